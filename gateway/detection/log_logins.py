"""Logins in logs and system records (usernames.py).

- an access log's user field (`203.0.113.5 - jdoe [05/Mar/...`); "for jdoe from 203.0.113.5", "for
  user 'jdoe' from ..." (sshd and its translations: "pour ... depuis", "für ... von"), and sshd's
  "Accepted publickey for tvaneste from ..." whatever the login's shape;
- the user a message is about ("token refresh failed for user jdoe (...)", "Fallo al renovar el
  token del usuario jdoe", "pour l'utilisateur jdoe", "dell'utente jdoe");
- the user of `curl -u jdoe:<secret>` (secrets.py takes the secret);
- the user of a URL's credentials (`mysql://jdoe:<secret>@db/crm`, unless it is named like its host
  or database: a service's own account), a quoted login after "user" ("Access denied for user
  'jdoe'"), sudo's log line ("sudo: jdoe : TTY=...") and a home directory ("/home/jdoe").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .labelled import label_positions
from .english_lexicon import is_english_word
from .login_shapes import known_name_part, lower_case_handle, plain_login
from .numbers import all_digit_runs
from .views import TextViews

# Log and command grammar.
_IP = r"(?:(?:\d{1,3}\.){3}\d{1,3}|(?:[0-9A-Fa-f]{1,4}:){7}[0-9A-Fa-f]{1,4}|[0-9A-Fa-f:]*::[0-9A-Fa-f:]*)(?![\w:.])"
# (a log line quoted in a config's or script's comment keeps its grammar: "# 203.0.113.5 - jdoe [...")
_IP_AT_LINE_START = re.compile(rf"(?m)^(?:[ \t]*(?:#+|//|--|;+|REM)[ \t]+)?{_IP}")
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


def _ip_possible(views: TextViews) -> bool:
    """Exact precheck: an IPv4 address holds a digit followed by a dot; an IPv6 one "::" or seven colons."""
    text, folded = views.original, views.folded
    return any(folded.text.startswith(".", end) for _, end in all_digit_runs(folded)) or (
        "::" in text or text.count(":") >= 7)


def _ip_line_openings(text: str) -> Iterator[re.Match[str]]:
    """_IP_AT_LINE_START.finditer(text), matched at each line's start only: its "^" (multi-line) can
    match nowhere else, and a finditer scan tried the pattern at every character. A match holds no
    line break, so the next match opens on a later line, as finditer would find it."""
    line_start = 0
    while line_start != -1:
        match = _IP_AT_LINE_START.match(text, line_start)
        if match is not None:
            yield match
        line_start = text.find("\n", line_start)
        line_start = line_start if line_start == -1 else line_start + 1


def find_log_logins(views: TextViews) -> Iterator[tuple[int, int]]:
    if not _ip_possible(views):
        return
    text = views.original
    for match in _ip_line_openings(text):
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
        if match and (match.group("user") or lower_case_handle(match.group("value"))
                      or plain_login(match.group("value")) and _SSHD_AUTH.search(text, max(0, position - 40), position)):
            last_end = match.end()
            yield match.start("value"), match.end("value")


def find_logins_of_a_user_word(text: str) -> Iterator[tuple[int, int]]:
    for position in label_positions(text, _USER_WORD_STEMS):
        match = _USER_WORD.match(text, position)
        if not match or not _PREPOSITION_BEFORE.search(text, max(0, position - 24), position):
            continue
        value = match.group("value").rstrip("._-")
        # A plain word is a login only where the message ends or a bracket follows ("for user
        # input." and "for user management, ..." are English compounds); a handle anywhere.
        ends = text[match.end("value") :].lstrip(" \t")[:1] in ("", "\n", "\r", "(")
        if lower_case_handle(value) or ends and plain_login(value):
            yield match.start("value"), match.start("value") + len(value)


def find_flag_users(text: str) -> Iterator[tuple[int, int]]:
    """The user of `curl -u jdoe:<secret>` and `--user jdoe:<secret>`."""
    if "-u" in text or "--user" in text:
        for match in USER_PASS_FLAG.finditer(text):
            yield match.start("user"), match.end("user")


def occurrences(text: str, needle: str) -> Iterator[int]:
    at = text.find(needle)
    while at != -1:
        yield at
        at = text.find(needle, at + 1)


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


# A database's or a broker's URL scheme right before the "://" of its credentials (a code host's URL,
# "https://auk:<token>@github.com", carries its person's login).
_DATABASE_SCHEME = re.compile(
    r"(?i)(?:mysql|mariadb|postgres|postgresql|mongodb|mongodb\+srv|redis|rediss|amqps?|mssql|sqlserver|oracle"
    r"|clickhouse|cockroachdb)(?:\+[a-z0-9]+)?://$")


def find_system_record_logins(text: str) -> Iterator[tuple[int, int]]:
    """Logins in URLs' credentials, quoted after "user", in sudo's log line and in home directories."""
    matches: list[re.Match[str]] = []
    for literal, scan, skip in _SYSTEM_SCANS:
        if literal[0] not in text:
            continue  # (one character's search: most prose has no "/" or "\\", and no literal then)
        for position in occurrences(text, literal):
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
        if plain_login(value) and not _service_account(text, match, value):
            yield match.start("value"), match.start("value") + len(value)


def _service_account(text: str, match: re.Match[str], value: str) -> bool:
    """Whether a URL's or a quoted user is a service's own account, not a person's: one the text also
    writes in a host name or a path (_names_a_service), or a database URL's user that is an English
    word no name list knows ("mysql://vet:<secret>@...", "postgres://chess:..."; "baker" stays)."""
    if match.re is _URL_CREDENTIALS and _DATABASE_SCHEME.search(text, max(0, match.start() - 24), match.start()):
        lower = value.lower()
        if is_english_word(lower) and not known_name_part(lower):
            return True
    return match.re in (_URL_CREDENTIALS, _QUOTED_USER) and _names_a_service(text, value)


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
