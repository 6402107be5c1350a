"""Usernames: a login name is personal when it names a person's account. Found

- after a label that says so ("username: jdoe", "login jane.doe", "Benutzer m.mueller", `uid=jdoe,`),
  as a record's key (`admin_user: jdoe`) or a table's column (tables.py); up to three words may
  stand between a label and its colon ("Login im Kundenportal: jdoe", "Usuario de banca online:
  jdoe"), and "Online-Zugang: jdoe" is a label too;
- in the grammar of logs and commands: an access log's user field (`203.0.113.5 - jdoe [05/Mar/...`),
  "for jdoe from 203.0.113.5", "for user 'jdoe' from ..." (sshd and its translations: "pour ...
  depuis", "für ... von"), the user a message is about ("token refresh failed for user jdoe (...)",
  "Fallo al renovar el token del usuario jdoe", "pour l'utilisateur jdoe", "dell'utente jdoe") and
  the user of `curl -u jdoe:<secret>`; sshd's "Accepted publickey for tvaneste from ..." whatever the
  login's shape; the user of a URL's credentials (`mysql://jdoe:<secret>@db/crm`, unless it is named
  like its host or database: a service's own account), a quoted login after "user" ("Access denied
  for user 'jdoe'"), sudo's log line ("sudo: jdoe : TTY=...") and a home directory ("/home/jdoe");
- in parentheses right after a person's name, when it is handle-shaped: "Requester: Jane Roe (jane_roe42)";
- after "by" and its translations when it reads as a name ("approved by jane.doe;", "von jdoe") or,
  after a form's "... by:", as a handle ("CHECKED BY: j.doe"); after a label that names nothing but a
  login, a plain token that ends the clause ("username bford."); and
  as the value of a key naming who acted ("updated_by = 'jane.doe'", "actualizado_por: jdoe");
- in chat (chat_handles.py): nicks, @mentions, "ping jdoe or ...".

A value followed by ":" and more ("UID:urn:uuid:...") is a URI's scheme, not a login. A CRM's
"account" column names a company ("MacKay-Watts"), so its cells must be lower-case handles.

A service account (`svc_orders`, `root`, `postgres`, `deploy-bot`) names no person and is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from .chat_handles import find_chat_handles
from .common_nouns import is_lexicon_word
from .gazetteer import load_gazetteer
from .prose_handles import find_announced_handles
from .shell_logins import find_command_users, find_shell_logins
from .labelled import label_positions
from .numbers import all_digit_runs
from .tables import table_cells
from .tlds import is_known_tld
from .types import Span
from .views import TextViews

USERNAME_ENTITY = "USERNAME"
USERNAME_SCORE = 0.8

USERNAME_LABELS = (
    "username", "user name", "user id", "userid", "login", "login name", "user", "uid", "account",
    "benutzername", "benutzer", "nutzername", "anmeldename", "identifiant", "nom d'utilisateur", "utilisateur",
    "usuario", "nombre de usuario", "nome utente", "utente", "zugang", "benutzerkennung", "benutzer-id",
    "bearbeiter", "bearbeiterin", "sachbearbeiter", "sachbearbeiterin", "assignee", "assigned to", "zugewiesen an",
    "assigné à", "asignado a", "assegnato a",
)
# A prefix of every label, found with str.find (labelled.label_positions).
_LABEL_STEMS = ("user", "login", "uid", "account", "benutzer", "nutzername", "anmeldename", "identifiant",
                "nom d", "utilisateur", "usuario", "nombre", "utente", "nome", "zugang", "bearbeiter", "sachbearbeiter",
                "assign", "zugewiesen", "asignado", "assegnato")
# Labels that name other things as often as a login: their value must be a lower-case handle.
_WEAK_LABELS = frozenset({"account", "zugang"})
# Labels naming the member of staff a case is with: the value is a login only in lower case
# ("Bearbeiter: mmuster"; "Bearbeiter: Max Muster" is a name).
_AGENT_LABELS = frozenset({"bearbeiter", "bearbeiterin", "sachbearbeiter", "sachbearbeiterin", "assignee", "assigned to",
                           "zugewiesen an", "assigné à", "asignado a", "assegnato a"})
_KEY_ONLY_LABELS = frozenset({"uid"})  # only as a key: "uid=jdoe", "uid: jdoe"
# Labels that name nothing but a login: the word after one is the login even without a colon
# ("..., username bford."), unless it is a word of the language ("username field").
_LOGIN_ONLY_LABELS = frozenset({
    "username", "user name", "userid", "user id", "login name", "benutzername", "nutzername", "anmeldename",
    "nom d'utilisateur", "nombre de usuario", "nome utente", "benutzerkennung", "benutzer-id",
})
_LABEL = "|".join(re.escape(w).replace(r"\ ", r"[\s_]?") for w in sorted(USERNAME_LABELS, key=len, reverse=True))
_HANDLE = r"[a-z][a-z0-9._\-]{2,31}"
# A username after a label that says so: "username: jdoe", "login jane.doe", "my username is jdoe42",
# "Benutzer: m.mueller",
# "Usuario web: jdoe", "Login im Kundenportal: jdoe", "Usuario del área de clientes: jdoe" (up to four
# words between a label and its colon).
_USERNAME = re.compile(
    rf"(?i)(?<![^\W_])(?P<label>{_LABEL})(?P<words>(?:[ \t]+[^\W\d_]{{2,14}}){{1,4}}(?=[ \t]*:))?"
    # (a quoted key and value in a call: "define( 'DB_USER', 'jdoe' )", '("user", "jdoe")')
    rf"(?P<sep>[\"']?\s*[:=]\s*[\"']?|[\"'][ \t]*,[ \t]*[\"']|,[ \t]+|[ \t]+(?P<copula>is|was|ist|lautet|est|es|è|era)[ \t]+[\"'“]?|[ \t]+)"
    rf"(?P<value>{_HANDLE})(?![\w@\-]|:\S)"
)
_NOT_A_USERNAME = frozenset(
    "is was has had and or the a an for of to in on at with from name id account accounts agent "
    "interface experience data group guide manual session sessions settings failed ok successful "
    "page form screen button details profile request requests story stories ist hat der die das und "
    "est et le la les de des du un une es el los las y con da di il lo gli e per non".split()
)
# Accounts of services and systems, not of people.
_SERVICE_ACCOUNT = re.compile(
    r"(?i)(?:svc|srv|sa|service|sys|system|app|api|bot|ci|cd|deploy|build|batch|cron|daemon|noreply|no-reply"
    r"|test|demo)[_\-].*|.*[_\-](?:svc|srv|service|bot|app|api|ci|system|daemon|batch|cron)"
    r"|root|admin|administrator|postgres|mysql|oracle|www-data|nobody|guest|jenkins|git|ubuntu|ec2-user"
    r"|daemon|anonymous|default|system|user|test|demo"
    # the default users of CI runners, dev containers and images: "/home/runner", "/home/vscode"
    r"|runner|vscode|node|circleci|gitpod|codespace|vagrant|appuser|worker|travis|centos|debian|pi"
    # and the accounts automation logs in with: "ansible_user=deploy", "ssh deployer@..."
    r"|deploy|deployer|deployment|provision|provisioner|automation|devops|ops|release|ci|jenkins-agent"
    # and of the servers and tools that run under their own name: "postgres://app:...@", "user 'etl'"
    r"|app|api|web|www|db|dbo|sa|etl|backup|monitor|monitoring|readonly|replicator|replication|report|reporting"
    r"|nginx|apache|httpd|tomcat|redis|mongo|mongodb|elastic|kibana|grafana|prometheus|airflow|kafka|rabbitmq"
    r"|minio|keycloak|zabbix|nagios|ansible|docker|hadoop|spark|hive|hdfs|ftp|mail|postfix|sshd|operator"
    # the fixed users of token logins: "https://oauth2:<token>@gitlab...", "x-access-token:<token>@github"
    r"|oauth2?|x-access-token|gitlab-ci-token|x-token-auth|token|apikey|api-key|bearer"
    r"|.*_(?:ro|rw|readonly|reader|writer|owner)"  # a database role: "report_ro", "orders_rw"
)

# Log and command grammar.
_IP = r"(?:(?:\d{1,3}\.){3}\d{1,3}|(?:[0-9A-Fa-f]{1,4}:){7}[0-9A-Fa-f]{1,4}|[0-9A-Fa-f:]*::[0-9A-Fa-f:]*)(?![\w:.])"
_IP_AT_LINE_START = re.compile(rf"(?m)^{_IP}")
# Common/combined access log: "<ip> <ident> <user> [<time>]".
_ACCESS_LOG_USER = re.compile(r" (?:-|[\w.\-]+) (?P<value>[^\s\[\]\"-][^\s\[\]\"]{0,63}) \[\d")
# "Failed password for jdoe from 203.0.113.5", "connexion refusée pour jdoe depuis ...".
_FOR_FROM = re.compile(
    rf"(?i)(?<![^\W_])(?:for|pour|für|fuer|para|per)\s+(?:(?:invalid|unknown|illegal)\s+)?"
    rf"(?P<user>(?:user|utilisateur|benutzer|usuario|utente)\s+)?['\"‘]?(?P<value>[a-z][a-z0-9._\-]{{1,31}})['\"’]?\s+"
    rf"(?:from|depuis|de|von|aus|desde|da|dal)\s+(?:(?:host|ip)\s+)?{_IP}"
)
_FOR_FROM_STEMS = ("for", "pour", "für", "fuer", "para", "per")
_SSHD_AUTH = re.compile(r"(?i)(?:accepted|failed)[ \t]+(?:password|publickey|keyboard-interactive(?:/pam)?|hostbased|none)[ \t]+$")
# The user a log message is about: a preposition (and article), the word "user", then a lower-case
# token that ends the message or is followed by "(", "," or ";": "refresh failed for user jdoe (req
# 4711)", "Fallo al renovar el token del usuario jdoe", "échec pour l'utilisateur jdoe.".
_USER_WORD = re.compile(r"(?i)(?:user|utilisateur|benutzers?|nutzers?|usuario|utente)[ \t]*\n?[ \t]*(?<=\s)(?-i:(?P<value>[a-z][a-z0-9._\-]{1,31}))"
                        r"(?=[ \t]*(?:$|[(,;]|\.(?:\s|$)))", re.M)
_USER_WORD_STEMS = ("user", "utilisateur", "benutzer", "nutzer", "usuario", "utente")
_PREPOSITION_BEFORE = re.compile(
    r"(?i)(?:(?<![^\W_])(?:for|of|by|pour|par|de|du|für|fuer|von|vom|des|dem|del|al|por|para|per|dal|da|di"
    r"|with|avec|mit|con|col)[ \t]+"
    r"|(?<![^\W_])(?:dell|all|dall|sull)['’])"
    r"(?:(?:the|your|el|il|lo|dem|den|der|des|le|votre|ton|su|tu|ihrem|ihren|tuo|suo)[ \t]+|l['’])?$"
)
# `curl -u jdoe:<secret>`, `--user jdoe:<secret>`: the user, then the password or token.
USER_PASS_FLAG = re.compile(
    r"(?<!\S)(?:-u|--user)(?:\s+|=)[\"']?(?P<user>[^\s:\"'@/$]{1,64}):(?P<password>[^\s\"']{1,200})"
)


@lru_cache(maxsize=1)
def _surnames() -> frozenset[str]:
    return frozenset(w.lower() for w in load_gazetteer().last_names)


@lru_cache(maxsize=1)
def _first_names() -> frozenset[str]:
    return frozenset(w.lower() for w in load_gazetteer().first_names)


def _name_shaped(value: str) -> bool:
    """"jane.doe", "jane_doe42", "jdoe": a first name and a surname, or an initial and a surname."""
    if _initial_and_surname(value):
        return True
    parts = re.split(r"[._]", value.rstrip("0123456789"))
    return (len(parts) == 2 and parts[0] in _first_names() and parts[1] in _surnames()
            and not is_lexicon_word(parts[0]) | is_lexicon_word(parts[1]))


# The agent of a record: "Requested via self-service by jane.doe;", "genehmigt von jdoe"; with a
# colon the words before are a form's label ("CHECKED BY: jdoe on ...", "Geprüft von: mmuster").
_BY_HANDLE = re.compile(
    r"(?i)(?<![\w\-])(?:by|von|par|por|da)(?P<colon>[ \t]*:)?[ \t]+(?-i:(?P<value>[a-z][a-z0-9._]{2,31}))"
    r"(?=[;,)]|\.?(?:\s|$))"
)


# A login of two parts ("ramona_durante95", "j.doe"), or a plain one before the team in brackets
# ("Entered by sray (Procurement) on ..."): "by default" and "by hand (see ...)" are words.
_SEPARATED_HANDLE = re.compile(r"[a-z]{1,20}[._][a-z]{2,20}\d{0,4}")


def _two_part_login(value: str) -> bool:
    """"ramona_durante95", "j.doe", "jane.doe": an initial or a first name, or a surname after the
    separator ("node.js", "acme.io", "user_id" and "created_at" are no logins)."""
    if not _SEPARATED_HANDLE.fullmatch(value):
        return False
    first, second = re.split(r"[._]", value.rstrip("0123456789"), maxsplit=1)
    return len(first) == 1 or first in _first_names() or second in _surnames()


_TEAM_AFTER = re.compile(r"[ \t]+\([A-Z][\w&/ \-]{1,40}\)")


# A record's key naming who acted: "updated_by = 'jane.doe'", "actualizado_por: jdoe", "geaendert_von=jdoe".
_AGENT_KEY = re.compile(
    r"(?i)[a-z]_(?:by|por|von|par|da)[\"'`]?[ \t]*[:=][ \t]*[\"'`]?(?-i:(?P<value>[a-z][a-z0-9._\-]{1,31}))(?![\w@\-])"
)
_AGENT_KEY_STEMS = ("_by", "_por", "_von", "_par", "_da")


def _after_an_agent_key(text: str) -> Iterator[tuple[int, int]]:
    if "_" not in text:
        return
    lower = text.lower()
    positions = sorted(at for stem in _AGENT_KEY_STEMS for at in _finds(lower, stem))
    for position in positions:
        match = _AGENT_KEY.match(text, position - 1) if position else None
        if match and _lower_case_handle(match.group("value").rstrip("._-")):
            value = match.group("value").rstrip("._-")
            yield match.start("value"), match.start("value") + len(value)


def _finds(text: str, needle: str) -> Iterator[int]:
    at = text.find(needle)
    while at != -1:
        yield at
        at = text.find(needle, at + 1)


def _by_a_handle(text: str) -> Iterator[tuple[int, int]]:
    for position in label_positions(text, ("by", "von", "par", "por", "da")):
        match = _BY_HANDLE.match(text, position)
        if match:
            value = match.group("value").rstrip("._")
            if (_name_shaped(value) or match.group("colon") and _lower_case_handle(value)
                    or _two_part_login(value)
                    or _plain_login(value) and _TEAM_AFTER.match(text, match.start("value") + len(value))):
                yield match.start("value"), match.start("value") + len(value)


def _initial_and_surname(word: str) -> bool:
    """"jrussell", "dpaolucci": the usual corporate login, an initial then a known surname."""
    return len(word) >= 5 and word.isalpha() and word.islower() and word[1:] in _surnames()


def _lower_case_handle(value: str) -> bool:
    return value == value.lower() and (any(c in "._0123456789" for c in value) or _initial_and_surname(value))


def _is_person_handle(value: str) -> bool:
    lower = value.lower()
    return lower not in _NOT_A_USERNAME and lower not in _USER_COMPOUNDS and not _SERVICE_ACCOUNT.fullmatch(value)


def _after_label(text: str) -> Iterator[tuple[int, int]]:
    last_end = -1
    for position in label_positions(text, _LABEL_STEMS):
        if position < last_end:
            continue
        match = _USERNAME.match(text, position)
        if not match:
            continue
        value = match.group("value").rstrip("._-")
        words = match.group("words")
        logged = _logged_user(text, match)
        if logged is not None:
            last_end = match.end()
            yield logged
            continue
        if words and len(words.split()) > 1 and not (_plain_login(value) and _opens_a_field(text, match.start())):
            continue  # "User account settings: Enabled"; "Login klappt nicht: Benutzer jdoe" (a label follows)
        last_end = match.end()
        label = " ".join(match.group("label").lower().replace("_", " ").split())
        # a copula reads like a bare label ("my username is jdoe42"; "the user is logged in" is prose)
        bare = not match.group("sep").strip() or match.group("copula") is not None
        if label in _KEY_ONLY_LABELS and bare:
            continue
        if match.group("sep").strip() == "," and (not (label not in _WEAK_LABELS and _lower_case_handle(value))
                                                  or text[: match.start()].rstrip()[-1:] in (",", "(")):
            continue  # "your username, j.doe." yes; "user, admin and guest" and "(email, username, created_by)" no
        if label in _WEAK_LABELS and not _lower_case_handle(value):
            continue
        if label in _AGENT_LABELS and not _plain_login(value):
            continue  # "Bearbeiter: Max Muster" is a name, "Bearbeiter: mmuster" a login
        if _speaker_turn(text, match, value) or _service_key(text, match, value):
            continue
        if bare and _domain_or_version(value):
            continue  # "docker login registry.example.com -u ...": the host logged in to
        if bare and not (label in _LOGIN_ONLY_LABELS and _ends_clause_login(text, match, value)
                         or _bare_label_value(text, match, value) or _netrc_login(text, match, label)):
            continue
        if _is_person_handle(value):
            yield match.start("value"), match.start("value") + len(value)


# A .netrc entry: "machine api.example.com login jdoe password ...", one token a line or all on one.
_NETRC_MACHINE = re.compile(r"(?:^|\s)machine[ \t]+[\w.\-]+\s+$")


def _netrc_login(text: str, match: re.Match[str], label: str) -> bool:
    return label == "login" and _NETRC_MACHINE.search(text, max(0, match.start() - 80), match.start()) is not None


def _logged_user(text: str, match: re.Match[str]) -> tuple[int, int] | None:
    """A log line's "user <login>: <message>" (Apache's "AH01617: user jdoe: authentication failure
    for ..."): the one word between the label and the colon is the login when a lower-case message
    follows the colon on the same line."""
    words = match.group("words")
    if not words or len(words.split()) != 1 or match.group("label").lower() not in ("user", "benutzer", "utilisateur", "usuario", "utente"):
        return None
    word = words.strip()
    if not _plain_login(word) or not _is_person_handle(word) or not _MESSAGE_AFTER.match(text, match.end("value")):
        return None
    start = match.start("words") + len(words) - len(words.lstrip())
    return start, start + len(word)


# A message going on after a value: "authentication failure for ...", "not found".
_MESSAGE_AFTER = re.compile(r"[ \t]+[a-z]{2,}[ \t]+[a-z\"'/]")


def _speaker_turn(text: str, match: re.Match[str], value: str) -> bool:
    """"USER: yes but my colleague ...": a transcript's speaker tag opening a line, then a word of
    the language and more prose, is no login field."""
    if match.group("sep").strip() != ":" or not is_lexicon_word(value.lower()):
        return False
    line_start = match.start() == 0 or text[match.start() - 1] == "\n"
    return line_start and _MESSAGE_AFTER.match(text, match.end("value")) is not None


# A key that configures a service ("DB_USERNAME", "MYSQL_USER", "ansible_user", "spring.datasource.username"):
# its value is the service's own account unless it reads as a person's login.
_SERVICE_KEY = re.compile(
    r"(?i)(?:db|database|mysql|mariadb|postgres|postgresql|pg|redis|mongo|mongodb|smtp|mail|amqp|rabbitmq|ldap"
    r"|ftp|sftp|ansible|datasource|jdbc|broker|kafka|cache|queue)[_.\-]$"
)


def _service_key(text: str, match: re.Match[str], value: str) -> bool:
    if not _SERVICE_KEY.search(text, max(0, match.start() - 12), match.start()):
        return False
    return not (_lower_case_handle(value) or _name_shaped(value))


def _announced_login(value: str) -> bool:
    """A handle someone says they go by: of two parts, a first name and a surname, an initial and a
    surname, or a lower-case handle with digits ("jane_doe42", "jane.doe", "jdoe", "mkowal42"); never
    a service's, a site's or a version."""
    # (a dotted value must read as a name: "notes.txt" and "v2.1" are a file and a version)
    plain_handle = "." not in value and _lower_case_handle(value) and not _domain_or_version(value)
    return (_two_part_login(value) or _name_shaped(value) or plain_handle) and _is_person_handle(value)


def _ends_clause_login(text: str, match: re.Match[str], value: str) -> bool:
    """After a label that names only a login, a plain lower-case token that ends the clause is one
    ("..., username bford."); "username requirements are ..." goes on as prose."""
    after = text[match.start("value") + len(value) : match.start("value") + len(value) + 2]
    return _plain_login(value) and (after[:1] in ("", "\n", ",", ";", ")") or after[:1] in ".!?" and after[1:] in ("", " ", "\n"))


def _opens_a_field(text: str, start: int) -> bool:
    """A label of several words opens a line or a sentence ("... kündigen. Login im Kundenportal:
    jdoe"); in mid-sentence ("the user said this: hello") the words are prose."""
    before = text[:start].rstrip(" \t-*•")
    return before == "" or before[-1] in "\n.;!?(|–—"  # "N° client : 66404164 – Identifiant ...: jdoe"


def _plain_login(value: str) -> bool:
    """A lower-case token that is no word of the five languages: "jdoe", "mrossi", "j.doe"."""
    return value == value.lower() and (_lower_case_handle(value) or not is_lexicon_word(value))


def _bare_label_value(text: str, match: re.Match[str], value: str) -> bool:
    """After a bare word label ("the user clicked"), only a handle-shaped value: "user j.doe",
    "Benutzer jdoe42", a plain lower-case word that goes on with a comma ("Benutzer hjuncken, ..."),
    or an initial and a surname ("utente dpaolucci non autorizzato")."""
    if text[match.start() - 1 : match.start()] == "_":
        return False  # "sync_user conn": an identifier's end, not a label
    if any(c in "._0123456789" for c in value):
        return True
    if value != value.lower():
        return False
    return text[match.end("value") : match.end("value") + 1] in (",", ";") or _initial_and_surname(value)


def _ip_possible(views: TextViews) -> bool:
    """Exact precheck: an IPv4 address holds a digit followed by a dot; an IPv6 one "::" or seven colons."""
    text, folded = views.original, views.folded
    return any(folded.text.startswith(".", end) for _, end in all_digit_runs(folded)) or (
        "::" in text or text.count(":") >= 7)


def _in_logs(views: TextViews) -> Iterator[tuple[int, int]]:
    if not _ip_possible(views):
        return
    text = views.original
    for match in _IP_AT_LINE_START.finditer(text):
        user = _ACCESS_LOG_USER.match(text, match.end())
        if user:
            yield user.start("value"), user.end("value")
    last_end = -1
    for position in label_positions(text, _FOR_FROM_STEMS):
        if position < last_end:
            continue
        match = _FOR_FROM.match(text, position)
        # "for jdoe from <ip>", "for user jdoe from <ip>"; "for nginx from <ip>" is a program's,
        # but sshd's "Accepted publickey for tvaneste from <ip>" names a login whatever its shape.
        if match and (match.group("user") or _lower_case_handle(match.group("value"))
                      or _plain_login(match.group("value")) and _SSHD_AUTH.search(text, max(0, position - 40), position)):
            last_end = match.end()
            yield match.start("value"), match.end("value")


def _about_user(text: str) -> Iterator[tuple[int, int]]:
    for position in label_positions(text, _USER_WORD_STEMS):
        match = _USER_WORD.match(text, position)
        if not match or not _PREPOSITION_BEFORE.search(text, max(0, position - 24), position):
            continue
        value = match.group("value").rstrip("._-")
        # A plain word is a login only where the message ends or a bracket follows ("for user
        # input." and "for user management, ..." are English compounds); a handle anywhere.
        ends = text[match.end("value") :].lstrip(" \t")[:1] in ("", "\n", "\r", "(")
        if _lower_case_handle(value) or ends and _plain_login(value):
            yield match.start("value"), match.start("value") + len(value)


# Nouns English and German put after "user" ("user input", "Benutzer Verwaltung"), not logins.
_USER_COMPOUNDS = frozenset(
    "input management feedback research testing tests adoption engagement acceptance consent access activity "
    "behavior behaviour preferences permissions permission roles role base count satisfaction journey flow "
    "error errors space mode level content query queries type types record records table object model "
    "entity credentials info information names friendly facing defined specific generated provided "
    "supplied story stories list lists directory groups onboarding support training manual guide "
    "verwaltung daten konto rechte gruppe gruppen final actual registrado anonimo anónimo autenticado "
    "finale attuale registrato connecté connecte actuel anonyme".split()
)


# A handle in parentheses right after a name: "Requester: Jane Roe (jane_roe42)", "Ana Gil (agil)".
_NAME_THEN_HANDLE = re.compile(
    r"(?<![\w])(?P<first>[A-Z][\w'’\-]+)(?:[ \t]+[A-Z][\w'’\-]+){1,2}[ \t]+\((?P<value>[a-z][a-z0-9._\-]{2,31})\)"
)


def _after_a_name(text: str) -> Iterator[tuple[int, int]]:
    if " (" not in text:
        return
    first_names = load_gazetteer().first_names
    for match in _NAME_THEN_HANDLE.finditer(text):
        value = match.group("value")
        if match.group("first") in first_names and _lower_case_handle(value) and not _domain_or_version(value):
            yield match.start("value"), match.end("value")


def _domain_or_version(value: str) -> bool:
    """"(acme.com)", "(v1.2)": a site or a version in brackets, not a login."""
    return is_known_tld(value.rsplit(".", 1)[-1]) and "." in value or sum(c.isalpha() for c in value) < 3


# The user of a URL's credentials, read after its "://": "mysql://jdoe:<secret>@db:3306/crm" (the
# secret may hold "@").
_URL_CREDENTIALS = re.compile(r"(?P<value>[^\s:/@'\"]{1,64}):[^\s/'\"]*@")
# A quoted login after the word "user": "Access denied for user 'jdoe'@'10.0.0.5'", "User \"jdoe\" not found",
# PostgreSQL's Spanish and German messages: "para el usuario «jdoe»", "für Benutzer „jdoe“".
_QUOTED_USER = re.compile(
    r"(?i)(?:user|utilisateur|benutzer|usuario|utente)[ \t]+['\"‘`«„](?P<value>[^\s'\"’`»“]{1,32})['\"’`»“]"
)
# A database driver reporting a program's own connection: "mysqli::__construct(): (HY000/1045): Access
# denied for user 'shop'@'localhost'", "SQLSTATE[HY000] [1045] ...", "PDOException", "psycopg2.OperationalError".
_APP_CONNECTION = re.compile(r"(?i)::__construct|sqlstate\[|pdoexception|mysqli|psycopg2?\.|jdbc:|sqlalchemy\.")
# sudo's syslog line names the invoking user first: "sudo: jdoe : TTY=pts/0 ; PWD=/home/jdoe ; ...".
_SUDO_USER = re.compile(r"sudo(?:\[\d+\])?:[ \t]+(?P<value>[a-z_][a-z0-9._\-]{0,31})[ \t]+:[ \t]+(?=[A-Z]+=)")
# A home directory is named after its user: "/home/jdoe/", "PWD=/home/jane.doe ;", "C:\\Users\\jdoe\\".
_HOME_DIR = re.compile(r"(?:/home/|/Users/|\\Users\\)(?P<value>[A-Za-z0-9._\-]{2,32})(?=[/\\\s;:'\"),]|$)")
# Each scan is tried only where its literal opens (str.find), after a character that is no part of a word.
_SYSTEM_SCANS = (
    ("://", _URL_CREDENTIALS, 3),
    ("sudo", _SUDO_USER, 0),
    ("/home/", _HOME_DIR, 0),
    ("/Users/", _HOME_DIR, 0),
    ("\\Users\\", _HOME_DIR, 0),
)


def _in_system_records(text: str) -> Iterator[tuple[int, int]]:
    """Logins in URLs' credentials, quoted after "user", in sudo's log line and in home directories."""
    matches: list[re.Match[str]] = []
    for literal, scan, skip in _SYSTEM_SCANS:
        for position in _finds(text, literal):
            if skip or not (position and (text[position - 1].isalnum() or text[position - 1] in "._-")):
                match = scan.match(text, position + skip)
                if match:
                    matches.append(match)
    for position in label_positions(text, _USER_WORD_STEMS):
        if not (position and text[position - 1].isalnum()):
            match = _QUOTED_USER.match(text, position)
            if match:
                matches.append(match)
    for match in matches:
        value = match.group("value").rstrip("._-")
        if match.re is _QUOTED_USER and _APP_CONNECTION.search(text, max(0, match.start() - 120), match.start()):
            continue  # a program's failed connection names the program's account
        if _plain_login(value) and not (match.re in (_URL_CREDENTIALS, _QUOTED_USER) and _names_a_service(text, value)):
            yield match.start("value"), match.start("value") + len(value)


def _names_a_service(text: str, value: str) -> bool:
    """A login that the same text also writes as part of a host name or a path is the service's own
    account: "postgres://fibu:<secret>@db-intern:5432/fibu", "mongodb://invoice:<secret>@db/invoices",
    "for user "billing"" beside
    "pg-primary.billing.svc" (a home directory, "/home/jdoe", names its user and does not count)."""
    # The login may open the segment's word: "invoice" in "/invoices", "pod/invoice-api-7d9f".
    for match in re.finditer(rf"(?<![\w\-]){re.escape(value)}[\w\-]*", text):
        before, after = text[max(0, match.start() - 6) : match.start()], text[match.end() : match.end() + 1]
        if before.endswith("://") or before.endswith(("/home/", "/Users/", "\\Users\\")):
            continue
        if before[-1:] in ("/", ".") or after in ("/", "."):
            return True
    return False


def find_usernames(views: TextViews) -> Iterator[Span]:
    text = views.original
    found = list(_after_label(text))
    found.extend(span for span in _about_user(text) if _is_person_handle(text[span[0] : span[1]]))
    found.extend(span for span in _by_a_handle(text) if _is_person_handle(text[span[0] : span[1]]))
    found.extend(span for span in _after_an_agent_key(text) if _is_person_handle(text[span[0] : span[1]]))
    found.extend(find_chat_handles(text, _is_person_handle))
    found.extend(span for span in _after_a_name(text) if _is_person_handle(text[span[0] : span[1]]))
    found.extend(span for span in _in_logs(views) if _is_person_handle(text[span[0] : span[1]]))
    found.extend(span for span in _in_system_records(text) if _is_person_handle(text[span[0] : span[1]]))
    found.extend(span for span in find_shell_logins(text) if _is_person_handle(text[span[0] : span[1]]))
    found.extend(span for span in find_command_users(text)
                 if _is_person_handle(text[span[0] : span[1]]) and _plain_login(text[span[0] : span[1]]))
    found.extend(find_announced_handles(text, _announced_login))
    if "-u" in text or "--user" in text:
        for match in USER_PASS_FLAG.finditer(text):
            if _is_person_handle(match.group("user")):
                found.append((match.start("user"), match.end("user")))
    for cell in table_cells(text):
        if _USERNAME_COLUMN.fullmatch(cell.column) and _is_table_handle(text[cell.start : cell.end]):
            if cell.column not in _WEAK_LABELS or _lower_case_handle(text[cell.start : cell.end]):
                found.append((cell.start, cell.end))
    for start, end in dict.fromkeys(found):  # one span once, whichever rules found it
        yield Span(start, end, USERNAME_ENTITY, USERNAME_SCORE)


_USERNAME_COLUMN = re.compile(rf"(?i){_LABEL}")
_WHOLE_HANDLE = re.compile(rf"(?i){_HANDLE}")


def _is_table_handle(value: str) -> bool:
    return bool(_WHOLE_HANDLE.fullmatch(value)) and _is_person_handle(value)
