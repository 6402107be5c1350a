"""Credentials in the fixed layouts of credential files, where no key word labels the password.

- a PostgreSQL password file line (`~/.pgpass`): `host:port:database:user:password`, one entry a line,
  the port a number or `*`;
- a mail address glued to its password by a colon, the layout of Postfix's `sasl_passwd` and of
  SMTP relay settings (`[smtp.example.com]:587 jdoe@example.com:<password>`).
- a basic-auth users list of a reverse proxy, `user:password` strings under `basicAuth`/`basic_auth`
  (Traefik's `users = ["ops:<password>"]`, HAProxy's `stats auth ops:<password>`), where a hash
  (`$apr1$...`, `$2y$...`) stands as often: a hash is no password typed in.

- a login and its password written as a pair after a credentials label (`admin: jcliadmin / <pw>`,
  `Zugangsdaten: mbauer / <pw>`, `creds jdoe/<pw>`): the second half, when it reads as a password
  (a letter and a digit or symbol, or mixed case over eight characters), as "2024" or "write" do not;
- a PIN as a configuration key of its own (`PIN=<value>` under a signing card's section, `sim_pin: <value>`,
  `smartcard.pin = <value>`, a script's `$ZertifikatPin = "<value>"`), at the start of its line; six
  digits alone stay: that is India's postal PIN code ("PIN: 560001" in an address).

The password is the last field; the login of a .pgpass line is usernames.py's (`find_pgpass_users`),
which drops service accounts (`replicator`, `postgres`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .labelled import label_positions
from .line_starts import line_matches
from .patterns import matches_at
from .secret_values import is_password_shaped
from .secrets import LABELLED_SCORE, PASSWORD_ENTITY, is_placeholder
from .types import Span
from .views import TextViews

# The fields are read from the right, so an IPv6 host keeps its colons. The host is a name, an
# address or `*`; a database, user and password hold no unescaped colon ("\:" is a colon in a field).
# (A /etc/passwd line, "root:x:0:0:root:/root:/bin/bash", has no host-shaped first part.)
_FIELD = r"(?:\\:|[^\s:\\])+"
_PGPASS_LINE = re.compile(
    r"(?m)^[ \t]*(?P<host>\*|\[?[0-9A-Fa-f:.]+\]?|[A-Za-z0-9](?:[A-Za-z0-9\-]*\.)*[A-Za-z0-9\-]+)"
    rf":(?:\d{{2,5}}|\*):(?:{_FIELD}):(?P<user>{_FIELD}):(?P<password>{_FIELD})[ \t]*$"
)
# A mail address, a colon and the password up to the end of the token. A git remote
# ("git@github.com:org/repo.git"), a copy target ("jdoe@host:~/dir") and a port ("@host:8080") are
# no password: a path or a number follows their colon.
_MAIL_PASSWORD = re.compile(
    r"(?<![\w.+\-])[\w.+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}:(?P<password>[^\s:/~\"'<>]{4,128})(?=\s|$)"
)


def _is_password(value: str) -> bool:
    """After a mail address, a password holds a letter and a digit or symbol, or mixes cases over
    eight characters or more; never a number or a placeholder."""
    has_letter = any(c.isalpha() for c in value)
    mixed_case = any(c.isupper() for c in value) and any(c.islower() for c in value) and len(value) >= 8
    return has_letter and (any(not c.isalpha() for c in value) or mixed_case) and not is_placeholder(value)


def _in_local_part(char: str) -> bool:
    """A character of _MAIL_PASSWORD's [\\w.+\\-] (\\w: what str.isalnum says, and "_")."""
    return char.isalnum() or char in "_.+-"


def _mail_starts(text: str) -> list[int]:
    """Where _MAIL_PASSWORD can open: its look-behind and [\\w.+\\-]+ before the "@" make it open only
    where a run of those characters ending right before an "@" opens (finditer tried every character)."""
    starts = []
    at = text.find("@")
    while at != -1:
        position = at
        while position > 0 and _in_local_part(text[position - 1]):
            position -= 1
        if position < at:
            starts.append(position)
        at = text.find("@", at + 1)
    return sorted(set(starts))


# Traefik's `[http.middlewares.x.basicAuth]` / `basicAuth:` then `users = ["ops:<pw>", ...]` (TOML, YAML,
# labels), within a few lines; HAProxy's `stats auth ops:<pw>`.
_BASIC_AUTH_BLOCK = re.compile(r"(?i)basic_?auth\b[^\n]*\n(?:[^\n]*\n){0,3}?[ \t\-]*\"?users\"?[ \t]*[:=][ \t]*\[?(?P<list>[^\n\]]*(?:\n[ \t]*-[ \t]*[^\n]*)*)")
_USER_PASSWORD = re.compile(
    r"(?:(?<=[\"'])|(?<=-[ \t]))(?P<user>[A-Za-z0-9_.\-]{1,64}):(?P<password>[^\"'\s,]{4,128})(?=[\"']|[ \t]*(?:\n|$))")
_STATS_AUTH = re.compile(r"(?m)^[ \t]*stats[ \t]+auth[ \t]+(?P<user>[^\s:]{1,64}):(?P<password>\S{4,128})[ \t]*$")


# A credentials label (en/de/fr/es/it), up to four words to its colon (or none), a login, a slash and the password.
_PAIR = re.compile(
    r"(?i)(?<![^\W_])(?:credentials?|creds|login|admin|zugangsdaten|zugang|anmeldedaten|identifiants|acc[eè]s"
    r"|credenciales|acceso|credenziali|accesso)(?:[ \t]+[^\W\d_][\w\-]{0,20}){0,4}[ \t]*:?[ \t]+"
    r"(?P<login>[A-Za-z][\w.\-@]{1,63})[ \t]*/[ \t]*(?P<password>[^\s/\"'`,;()]{6,64})(?=[\s,;)]|$)")
_PAIR_STEMS = ("cred", "login", "admin", "zugang", "anmelde", "identifiant", "acc", "credenzial")


def _login_password_pairs(text: str) -> Iterator[re.Match[str]]:
    if "/" not in text:
        return
    for position in label_positions(text, _PAIR_STEMS):
        match = _PAIR.match(text, position)
        if match and (is_password_shaped(match.group("password")) or _is_password(match.group("password"))):
            yield match


def find_pair_logins(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of the login of each `<credentials label> login / password` pair."""
    for match in _login_password_pairs(text):
        yield match.start("login"), match.end("login")


# (a script's variable too, its words glued in camel case: "$ZertifikatPin = ...", "cardPin: ...")
_PIN_KEY = re.compile(
    r"(?im)^[ \t]*\$?[\"']?(?:(?:[a-z][a-z0-9]*[_.\-])*|(?-i:[A-Za-z][A-Za-z0-9]*(?=Pin\b)))"
    r"pin[\"']?[ \t]*(?:=|:)[ \t]*[\"']?(?P<password>[^\s\"',;]{4,64})")


def _pin_values(text: str) -> Iterator[re.Match[str]]:
    if not label_positions(text, ("pin",)):  # the labels' shared scan of the text (labelled.py)
        return
    for match in line_matches(_PIN_KEY, text):
        value = match.group("password")
        if not (len(value) == 6 and value.isdigit()):
            yield match


def _basic_auth_passwords(text: str) -> Iterator[re.Match[str]]:
    lowered = text.lower()
    if "basicauth" in lowered or "basic_auth" in lowered:
        for block in _BASIC_AUTH_BLOCK.finditer(text):
            yield from _USER_PASSWORD.finditer(text, block.start("list"), block.end("list"))
    if "stats auth" in lowered:
        yield from _STATS_AUTH.finditer(text)


def _pgpass_lines(text: str) -> Iterator[re.Match[str]]:
    if text.count(":") < 4:
        return
    for match in line_matches(_PGPASS_LINE, text):
        # (times and counters, "12:30:45:10:20", have numbers where a user and a password stand)
        if not match.group("user").isdigit() and not match.group("password").isdigit():
            yield match


def find_pgpass_users(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of the user field of each .pgpass line."""
    for match in _pgpass_lines(text):
        if match.group("user") != "*":
            yield match.start("user"), match.end("user")


def find_credential_line_passwords(views: TextViews) -> Iterator[Span]:
    text = views.original
    for match in _pgpass_lines(text):  # the layout says what the last field is
        if not is_placeholder(match.group("password")):
            yield Span(match.start("password"), match.end("password"), PASSWORD_ENTITY, LABELLED_SCORE)
    for match in _basic_auth_passwords(text):
        password = match.group("password")
        if not password.startswith("$") and not is_placeholder(password):  # "$apr1$...": a hash
            yield Span(match.start("password"), match.end("password"), PASSWORD_ENTITY, LABELLED_SCORE)
    for match in _login_password_pairs(text):
        yield Span(match.start("password"), match.end("password"), PASSWORD_ENTITY, LABELLED_SCORE)
    for match in _pin_values(text):
        if not is_placeholder(match.group("password")):
            yield Span(match.start("password"), match.end("password"), PASSWORD_ENTITY, LABELLED_SCORE)
    if "@" not in text:
        return
    for match in matches_at(_MAIL_PASSWORD, text, _mail_starts(text)):
        if _is_password(match.group("password")):
            yield Span(match.start("password"), match.end("password"), PASSWORD_ENTITY, LABELLED_SCORE)
