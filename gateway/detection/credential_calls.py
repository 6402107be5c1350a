"""Passwords passed as string literals to calls that build a credential, where no key names them.

`$pw = ConvertTo-SecureString "<pw>" -AsPlainText -Force` (PowerShell), `HTTPBasicAuth("jdoe", "<pw>")`,
`requests.get(url, auth=("jdoe", "<pw>"))`, `new NetworkCredential("jdoe", "<pw>", "CORP")`,
`client.login("jdoe", "<pw>")`, `user.set_password("<pw>")`, MQTT's `client.username_pw_set("jdoe",
"<pw>")`: the call says what its argument is. The
password is the last literal that reads as one (letters with digits, a symbol or mixed case); with
two literals or more the first is the login. A variable, a placeholder or an empty string is none;
`ConvertTo-SecureString` with `-AsPlainText` takes any literal, its switch says it is the secret.
A generated token in that place is reported as a SECRET (registry.py reads it through secret_kinds.py).

A pair assigned to a name for an account or its credentials names them by position too:
`KONTO = ("jdoe", "<pw>")`, `creds = ["jdoe", "<pw>"]`.

A client built from an address, a login and a password in that order names them by position:
`GIS("https://gis.example.gov/portal", "jdoe", "<pw>")`, `Jira("https://jira.example", "jdoe", "<pw>")`:
the last of three literals is the password when it reads as one, the second the login.

So does a host, a login and a password assigned together, whatever the name:
`SFTP_FALLBACK = ("203.0.113.5", "jdoe", "<pw>")`: the host first says what the two after it are.

SQL names the password it sets: `CREATE USER 'jdoe'@'%' IDENTIFIED BY '<pw>'` (MySQL, MariaDB; ALTER
USER and GRANT too), `ALTER USER scott IDENTIFIED BY <pw>` (Oracle, unquoted).

An unpacking assignment names its values by position: `OPC_USER, OPC_PASS = "jdoe", "<pw>"`; the
literal standing where a target's name says password or secret is one, whatever it reads as (but a
placeholder or a variable).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .labelled import label_positions
from .secret_kinds import PASSWORD
from .secrets import is_placeholder
from .types import Span
from .views import TextViews

SCORE = 0.85
# Call names (lower case, as label_positions finds them: "_" read as a space, so "set password(" is
# `set_password(`) whose string arguments are credentials.
_CALLS = ("convertto-securestring", "basicauth(", "digestauth(", "networkcredential(", "auth=(", "auth = (",
          "login(", "set password(", "setpassword(", "passwordcredential(", "usernamepasswordcredentials(",
          "passwordauthentication(", "username pw set(", "set credentials(", "setcredentials(")
_PLAIN_TEXT_SWITCH = "-asplaintext"
_LITERAL = re.compile(r"(?P<q>[\"'])(?P<value>[^\"'\n\\]{0,200})(?P=q)")
_MAX_CALL_CHARS = 240


def _reads_as_password(value: str) -> bool:
    if not 4 <= len(value) <= 128 or " " in value or "://" in value or "/" in value:
        return False
    has_letter = any(c.isalpha() for c in value)
    # ("Processing", "Welcome" are words: a capital after the first letter mixes cases)
    mixed_case = any(c.isupper() for c in value[1:]) and any(c.islower() for c in value)
    return has_letter and (not value.isalpha() or mixed_case and len(value) >= 8)


def _given_value(value: str) -> bool:
    """A literal of four characters or more that is neither a placeholder nor a variable: the value
    itself, where its place says it is a password whatever it reads as."""
    return len(value) >= 4 and not is_placeholder(value) and not value.startswith("$")


def _usable_password(value: str) -> bool:
    """A given literal that reads as a password too, where only its position says what it is."""
    return _reads_as_password(value) and _given_value(value)


def _call_end(text: str, start: int) -> int:
    """Where the call's arguments may end: the end of its line, at most _MAX_CALL_CHARS on."""
    line_end = text.find("\n", start)
    line_end = len(text) if line_end == -1 else line_end
    return min(line_end, start + _MAX_CALL_CHARS)


def find_call_passwords(views: TextViews) -> Iterator[Span]:
    """Password literals passed to credential-building calls and to clients built from an address."""
    for _, (start, end) in _call_credentials(views.original):
        yield Span(start, end, PASSWORD, SCORE)


def call_logins(text: str) -> Iterator[tuple[int, int]]:
    """The literal standing for the login of such a call: the first of two or more when a later one
    is the password (`auth=("jdoe", "<pw>")`), the one after the address (usernames.py keeps it when
    it reads as a person's)."""
    for login, _ in _call_credentials(text):
        if login is not None and login[1] > login[0]:
            yield login


Position = tuple[int, int]


def _call_credentials(text: str) -> Iterator[tuple[Position | None, Position]]:
    """(login literal or None, password literal) of each credential-building call."""
    lowered = text.lower()
    for position in label_positions(text, _CALLS):
        end = _call_end(text, position)
        literals = [m for m in _LITERAL.finditer(text, position, end) if not is_placeholder(m.group("value"))
                    and not m.group("value").startswith("$")]
        if not literals:
            continue
        plain_switch = lowered.startswith("convertto-securestring", position) and _PLAIN_TEXT_SWITCH in lowered[position:end]
        if plain_switch:
            chosen = literals[0] if len(literals[0].group("value")) >= 4 else None
        else:
            candidates = literals[1:] if len(literals) > 1 else literals
            chosen = next((m for m in reversed(candidates) if _reads_as_password(m.group("value"))), None)
        if chosen is None:
            continue
        login = literals[0] if not plain_switch and len(literals) > 1 and literals[0] is not chosen else None
        yield (login.span("value") if login else None), chosen.span("value")
    yield from _address_calls(text)
    yield from _pair_assignments(text)
    yield from _host_triples(text)
    yield from _sql_passwords(text)


# `Client("https://host/path", "jdoe", "<pw>")`: an address with its scheme, then two literals, closing the call
# or before its keyword arguments.
_ADDRESS_LOGIN_PASSWORD = re.compile(
    r"\([ \t]*(?P<q0>[\"'])[a-z][a-z0-9+.\-]*://[^\"'\s]+(?P=q0)[ \t]*,[ \t]*"
    r"(?P<q1>[\"'])(?P<login>[^\"'\s\\]{1,64})(?P=q1)[ \t]*,[ \t]*"
    r"(?P<q2>[\"'])(?P<password>[^\"'\n\\]{4,128})(?P=q2)[ \t]*[,)]"
)


def _address_calls(text: str) -> Iterator[tuple[Position, Position]]:
    if "://" not in text:
        return
    for match in _ADDRESS_LOGIN_PASSWORD.finditer(text):
        if _usable_password(match.group("password")):
            yield match.span("login"), match.span("password")


# `KONTO = ("jdoe", "<pw>")`, `creds = ["jdoe", "<pw>"]`: a pair of literals assigned to a name for an
# account or its credentials, the login first.
_PAIR_ASSIGNMENT = re.compile(
    r"(?m)^[ \t]*\$?(?P<target>[A-Za-z_][\w.]*)[ \t]*:?=[ \t]*[(\[][ \t]*"
    r"(?P<q1>[\"'])(?P<login>[^\"'\s\\]{1,64})(?P=q1)[ \t]*,[ \t]*"
    r"(?P<q2>[\"'])(?P<password>[^\"'\n\\]{4,128})(?P=q2)[ \t]*[)\]]")
_ACCOUNT_TARGET = re.compile(r"(?i)account|konto|compte|cuenta|conto|cred|auth|login|zugang|acceso|accesso")


def _pair_assignments(text: str) -> Iterator[tuple[Position, Position]]:
    if "," not in text or "=" not in text:
        return
    for match in _PAIR_ASSIGNMENT.finditer(text):
        if _ACCOUNT_TARGET.search(match.group("target")) and _usable_password(match.group("password")):
            yield match.span("login"), match.span("password")


# `SFTP_FALLBACK = ("203.0.113.5", "jdoe", "<pw>")`: an IP address or a dotted host name (a port may
# follow), then a login and a password, assigned as a tuple or a list.
_HOST_LOGIN_PASSWORD = re.compile(
    r"(?m)^[ \t]*\$?[A-Za-z_][\w.]*[ \t]*:?=[ \t]*[(\[][ \t]*"
    r"(?P<q0>[\"'])(?:[0-9]{1,3}(?:\.[0-9]{1,3}){3}|[0-9a-fA-F]{0,4}(?::[0-9a-fA-F]{0,4}){2,7}"
    r"|[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+)(?::[0-9]{1,5})?(?P=q0)[ \t]*,[ \t]*"
    r"(?P<q1>[\"'])(?P<login>[^\"'\s\\]{1,64})(?P=q1)[ \t]*,[ \t]*"
    r"(?P<q2>[\"'])(?P<password>[^\"'\n\\]{4,128})(?P=q2)[ \t]*[)\]]")


def _host_triples(text: str) -> Iterator[tuple[Position, Position]]:
    if "," not in text or "=" not in text:
        return
    for match in _HOST_LOGIN_PASSWORD.finditer(text):
        if _usable_password(match.group("password")):
            yield match.span("login"), match.span("password")


# `IDENTIFIED BY '<pw>'` (`IDENTIFIED WITH mysql_native_password BY '<pw>'`), quoted, or unquoted as
# Oracle writes it; `IDENTIFIED BY VALUES '<hash>'` gives a stored hash, not the password.
_SQL_IDENTIFIED_BY = re.compile(
    r"(?i)identified[ \t]+(?:with[ \t]+\w+[ \t]+)?by[ \t]+(?!values[ \t])"
    r"(?:(?P<q>['\"])(?P<quoted>[^'\"\n\\]{1,128})(?P=q)|(?P<bare>[^'\"\s;,]{4,128}))")


def _sql_passwords(text: str) -> Iterator[tuple[None, Position]]:
    for position in label_positions(text, ("identified",)):
        match = _SQL_IDENTIFIED_BY.match(text, position)
        if match is None:
            continue
        if match.group("quoted") is not None:
            value, span = match.group("quoted"), match.span("quoted")
            if _given_value(value):
                yield None, span
        elif _reads_as_password(match.group("bare")) and not is_placeholder(match.group("bare")):
            yield None, match.span("bare")


# `A_USER, A_PASS = "jdoe", "<pw>"`: two to four targets, as many literals, on one line.
_UNPACKING = re.compile(
    r"(?m)^[ \t]*(?P<targets>[A-Za-z_]\w*(?:[ \t]*,[ \t]*[A-Za-z_]\w*){1,3})[ \t]*:?=[ \t]*"
    r"(?P<values>[\"'][^\"'\n]*[\"'](?:[ \t]*,[ \t]*[\"'][^\"'\n]*[\"']){1,3})[ \t]*;?[ \t]*$")
_SECRET_TARGET = re.compile(r"(?i)pass|pwd|secret")


def _credential_unpackings(text: str) -> Iterator[tuple[re.Match[str], list[tuple[str, re.Match[str]]]]]:
    """Each unpacking assignment with a password or secret target, and its (target, literal) pairs."""
    if "," not in text or "=" not in text:
        return
    for match in _UNPACKING.finditer(text):
        targets = [t.strip() for t in match.group("targets").split(",")]
        literals = list(_LITERAL.finditer(text, match.start("values"), match.end("values")))
        if len(literals) == len(targets) and any(_SECRET_TARGET.search(t) for t in targets):
            yield match, list(zip(targets, literals))


def unpacked_passwords(text: str) -> tuple[list[Span], list[tuple[int, int]]]:
    """The literals an unpacking assignment gives to targets named for a password or a secret, and
    the stretch of values of every such assignment: there a password label's first literal
    (`OPC_PASS = "jdoe"` read as `key = value`) is another target's value, not the password."""
    found: list[Span] = []
    stretches: list[tuple[int, int]] = []
    for match, pairs in _credential_unpackings(text):
        stretches.append((match.start("values"), match.end("values")))
        for target, literal in pairs:
            value = literal.group("value")
            if _SECRET_TARGET.search(target) and _given_value(value):
                found.append(Span(literal.start("value"), literal.end("value"), PASSWORD, SCORE))
    return found, stretches


_LOGIN_TARGET = re.compile(r"(?i)user|login|uid")


def unpacked_logins(text: str) -> Iterator[tuple[int, int]]:
    """The literal an unpacking assignment with a password target gives to a target named for the
    user: `OPC_USER, OPC_PASS = "jdoe", "<pw>"` (usernames.py keeps it when it reads as a person's)."""
    for _, pairs in _credential_unpackings(text):
        for target, literal in pairs:
            if _LOGIN_TARGET.search(target) and not _SECRET_TARGET.search(target) and literal.group("value"):
                yield literal.start("value"), literal.end("value")
