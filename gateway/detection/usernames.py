"""Usernames: a login name is personal when it names a person's account. Found

- after a label that says so ("username: jdoe", "login jane.doe", "Benutzer m.mueller", `uid=jdoe,`),
  as a record's key (`admin_user: jdoe`) or a table's column (tables.py);
- in the grammar of logs and commands: an access log's user field (`203.0.113.5 - jdoe [05/Mar/...`),
  "for jdoe from 203.0.113.5" (sshd and its translations: "pour ... depuis", "für ... von"), and the
  user of `curl -u jdoe:<secret>`.

A service account (`svc_orders`, `root`, `postgres`, `deploy-bot`) names no person and is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from .gazetteer import load_gazetteer
from .labelled import label_positions
from .numbers import all_digit_runs
from .tables import table_cells
from .types import Span
from .views import TextViews

USERNAME_ENTITY = "USERNAME"
USERNAME_SCORE = 0.8

USERNAME_LABELS = (
    "username", "user name", "user id", "userid", "login", "login name", "user", "uid", "account",
    "benutzername", "benutzer", "nutzername", "anmeldename", "identifiant", "nom d'utilisateur", "utilisateur",
    "usuario", "nombre de usuario", "nome utente", "utente",
)
# A prefix of every label, found with str.find (labelled.label_positions).
_LABEL_STEMS = ("user", "login", "uid", "account", "benutzer", "nutzername", "anmeldename", "identifiant",
                "nom d", "utilisateur", "usuario", "nombre", "utente", "nome")
# Labels that name other things as often as a login: their value must be a lower-case handle.
_WEAK_LABELS = frozenset({"account"})
_KEY_ONLY_LABELS = frozenset({"uid"})  # only as a key: "uid=jdoe", "uid: jdoe"
_LABEL = "|".join(re.escape(w).replace(r"\ ", r"[\s_]?") for w in sorted(USERNAME_LABELS, key=len, reverse=True))
_HANDLE = r"[a-z][a-z0-9._\-]{2,31}"
# A username after a label that says so: "username: jdoe", "login jane.doe", "Benutzer: m.mueller",
# "Usuario web: jdoe" (one qualifying word between a label and its colon).
_USERNAME = re.compile(
    rf"(?i)(?<![^\W_])(?P<label>{_LABEL})(?:[ \t]+[^\W\d_]{{2,12}}(?=[ \t]*:))?(?P<sep>[\"']?\s*[:=]\s*[\"']?|[ \t]+)"
    rf"(?P<value>{_HANDLE})(?![\w@\-])"
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
)

# Log and command grammar.
_IP = r"(?:(?:\d{1,3}\.){3}\d{1,3}|(?:[0-9A-Fa-f]{1,4}:){7}[0-9A-Fa-f]{1,4}|[0-9A-Fa-f:]*::[0-9A-Fa-f:]*)(?![\w:.])"
_IP_AT_LINE_START = re.compile(rf"(?m)^{_IP}")
# Common/combined access log: "<ip> <ident> <user> [<time>]".
_ACCESS_LOG_USER = re.compile(r" (?:-|[\w.\-]+) (?P<value>[^\s\[\]\"-][^\s\[\]\"]{0,63}) \[\d")
# "Failed password for jdoe from 203.0.113.5", "connexion refusée pour jdoe depuis ...".
_FOR_FROM = re.compile(
    rf"(?i)(?<![^\W_])(?:for|pour|für|fuer|para|per)\s+(?:(?:invalid|unknown|illegal)\s+)?"
    rf"(?P<user>(?:user|utilisateur|benutzer|usuario|utente)\s+)?(?P<value>[a-z][a-z0-9._\-]{{1,31}})\s+"
    rf"(?:from|depuis|de|von|aus|desde|da|dal)\s+(?:(?:host|ip)\s+)?{_IP}"
)
_FOR_FROM_STEMS = ("for", "pour", "für", "fuer", "para", "per")
# `curl -u jdoe:<secret>`, `--user jdoe:<secret>`: the user, then the password or token.
USER_PASS_FLAG = re.compile(
    r"(?<!\S)(?:-u|--user)(?:\s+|=)[\"']?(?P<user>[^\s:\"'@/$]{1,64}):(?P<password>[^\s\"']{1,200})"
)


@lru_cache(maxsize=1)
def _surnames() -> frozenset[str]:
    return frozenset(w.lower() for w in load_gazetteer().last_names)


def _initial_and_surname(word: str) -> bool:
    """"jrussell", "dpaolucci": the usual corporate login, an initial then a known surname."""
    return len(word) >= 5 and word.isalpha() and word.islower() and word[1:] in _surnames()


def _lower_case_handle(value: str) -> bool:
    return value == value.lower() and (any(c in "._0123456789" for c in value) or _initial_and_surname(value))


def _is_person_handle(value: str) -> bool:
    return value.lower() not in _NOT_A_USERNAME and not _SERVICE_ACCOUNT.fullmatch(value)


def _after_label(text: str) -> Iterator[tuple[int, int]]:
    last_end = -1
    for position in label_positions(text, _LABEL_STEMS):
        if position < last_end:
            continue
        match = _USERNAME.match(text, position)
        if not match:
            continue
        last_end = match.end()
        label = " ".join(match.group("label").lower().replace("_", " ").split())
        value = match.group("value").rstrip("._-")
        bare = not match.group("sep").strip()
        if label in _KEY_ONLY_LABELS and bare:
            continue
        if label in _WEAK_LABELS and not _lower_case_handle(value):
            continue
        if bare and not _bare_label_value(text, match, value):
            continue
        if _is_person_handle(value):
            yield match.start("value"), match.start("value") + len(value)


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
        # "for jdoe from <ip>", "for user jdoe from <ip>"; "for nginx from <ip>" is a program's.
        if match and (match.group("user") or _lower_case_handle(match.group("value"))):
            last_end = match.end()
            yield match.start("value"), match.end("value")


def find_usernames(views: TextViews) -> Iterator[Span]:
    text = views.original
    found = list(_after_label(text))
    found.extend(span for span in _in_logs(views) if _is_person_handle(text[span[0] : span[1]]))
    if "-u" in text or "--user" in text:
        for match in USER_PASS_FLAG.finditer(text):
            if _is_person_handle(match.group("user")):
                found.append((match.start("user"), match.end("user")))
    for cell in table_cells(text):
        if _USERNAME_COLUMN.fullmatch(cell.column) and _is_table_handle(text[cell.start : cell.end]):
            found.append((cell.start, cell.end))
    for start, end in found:
        yield Span(start, end, USERNAME_ENTITY, USERNAME_SCORE)


_USERNAME_COLUMN = re.compile(rf"(?i){_LABEL}")
_WHOLE_HANDLE = re.compile(rf"(?i){_HANDLE}")


def _is_table_handle(value: str) -> bool:
    return bool(_WHOLE_HANDLE.fullmatch(value)) and _is_person_handle(value)
