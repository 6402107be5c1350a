"""Logins after a label or a key that says so, and in a table's login column (usernames.py).

"username: jdoe", "login jane.doe", "my username is jdoe42", "Benutzer m.mueller", `uid=jdoe,`, a
record's key (`admin_user: jdoe`), a quoted key and value in a call (`define( 'DB_USER', 'jdoe' )`);
up to five words may stand between a label and its colon ("Login im Kundenportal: jdoe",
"Identifiant sur la plateforme du CSE : jdoe"); PHP's `'username' => 'jdoe'` and a key escaped in a
JSON string (`username=\\"jdoe\\"`) separate a key from its value too. After a
label that names nothing but a login, a plain token that ends the clause is one ("username
bford."); Apache's "user jdoe: authentication failure ..." names one between label and colon. A
transcript's speaker tag ("USER: yes but ...") and a service's configuration key ("DB_USERNAME")
are no login fields. A CRM's "account" column names a company ("MacKay-Watts"), so its cells must
be lower-case handles. A value followed by ":" and more ("UID:urn:uuid:...") is a URI's scheme,
not a login.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .common_nouns import is_lexicon_word
from .labelled import label_positions
from .login_shapes import (
    domain_or_version,
    initial_and_surname,
    is_person_handle,
    lower_case_handle,
    name_shaped,
    plain_login,
)
from .tables import table_cells

USERNAME_LABELS = (
    "username", "user name", "user id", "userid", "login", "login name", "user", "uid", "account",
    "benutzername", "benutzer", "nutzername", "anmeldename", "identifiant", "nom d'utilisateur", "utilisateur",
    "usuario", "nombre de usuario", "nome utente", "utente", "zugang", "benutzerkennung", "benutzer-id",
    "bearbeiter", "bearbeiterin", "sachbearbeiter", "sachbearbeiterin", "assignee", "assigned to", "zugewiesen an",
    "assigné à", "asignado a", "assegnato a",
    # an ID one signs in with on the web, a portal or a network ("Record-keeper web ID: ...", "Logon: ...")
    "web id", "web login", "online id", "portal id", "login id", "logon", "logon name", "logon id", "sign-in name",
    "network id", "windows id", "windows login",
    # the name a player or a forum member goes by ("in-game name holly.baldwin", `"handle": "jdoe82"`)
    "in-game name", "gamertag", "screen name", "pseudo", "nickname", "handle",
)
# A prefix of every label, found with str.find (labelled.label_positions).
_LABEL_STEMS = ("user", "login", "uid", "account", "benutzer", "nutzername", "anmeldename", "identifiant",
                "nom d", "utilisateur", "usuario", "nombre", "utente", "nome", "zugang", "bearbeiter", "sachbearbeiter",
                "assign", "zugewiesen", "asignado", "assegnato", "web id", "web login", "online id", "portal id", "logon",
                "sign-in", "network id", "windows id", "windows login", "in-game", "gamertag", "screen name", "pseudo",
                "nickname", "handle")
# Labels that name other things as often as a login: their value must be a lower-case handle.
_WEAK_LABELS = frozenset({"account", "zugang", "pseudo", "nickname", "handle"})
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
    "web id", "online id", "portal id", "login id", "logon name", "logon id", "sign-in name", "network id", "windows id",
    "in-game name", "gamertag", "screen name",
})
_LABEL = "|".join(re.escape(w).replace(r"\ ", r"[\s_]?") for w in sorted(USERNAME_LABELS, key=len, reverse=True))
_HANDLE = r"[a-z][a-z0-9._\-]{2,31}"
# A username after a label that says so: "username: jdoe", "login jane.doe", "my username is jdoe42",
# "Benutzer: m.mueller",
# "Usuario web: jdoe", "Login im Kundenportal: jdoe", "Usuario del área de clientes: jdoe" (up to five
# words between a label and its colon).
_USERNAME = re.compile(
    # (or before a copula: "mi usuario del portal es jdoe", read only after a possessive, _POSSESSIVE)
    rf"(?i)(?<![^\W_])(?P<label>{_LABEL})(?P<words>(?:[ \t]+[^\W\d_]{{2,14}}){{1,5}}(?=[ \t]*:|[ \t]+(?:is|ist|est|es|è)[ \t]))?"
    # (a quoted key and value in a call: "define( 'DB_USER', 'jdoe' )", '("user", "jdoe")')
    # (PHP's "'username' => 'jdoe'" and a key escaped inside a JSON string, 'username=\\"jdoe\\"')
    rf"(?P<sep>\\?[\"']?\s*(?:=>|[:=])\s*\\?[\"']?|>(?=[^<>\n]{{1,40}}</)|[\"'][ \t]*,[ \t]*[\"']|,[ \t]+|[ \t]+(?P<copula>is|was|ist|lautet|est|es|è|era)[ \t]+[\"'“]?|[ \t]+)"
    # (a value followed by "(" is a function called, `uid = common.authenticate(...)`, not a login)
    # (a Windows account names its domain first, "/user:CORP\\jdoe": the login follows the backslash)
    rf"(?:(?P<domain>[A-Za-z][\w\-]{{0,14}})\\)?(?P<value>{_HANDLE})(?![\w@\-(]|\.[\w(]|:\S)"
)
# A possessive before the label makes its qualified form a statement of one's own login ("my login
# for the portal is jdoe", "mi usuario del portal es jdoe"); without it ("the user of the portal is
# new") the words are prose.
_POSSESSIVE = re.compile(r"(?i)(?<![^\W_])(?:my|our|your|mi|tu|su|mon|ma|ton|mein|meine|dein|deine|il mio|la mia|il tuo)[ \t]+$")


def find_labelled_logins(text: str) -> Iterator[tuple[int, int]]:
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
        after_value = match.start("value") + len(match.group("value"))
        if text.startswith("\\", after_value) and not text.startswith(("\\\"", "\\'"), after_value):
            continue  # "/user:CORP\\_19": a Windows domain whose login is no handle, never the login
        if match.group("sep") == ">" and text[match.start() - 1 : match.start()] != "<":
            continue  # an XML element's text, "<username>jdoe</username>", and no other ">"
        if "\n\n" in match.group("sep") or "\n" in match.group("sep") and words:
            continue  # "... fails for this user only:" then a blank line: a block follows, not a login
        if words and match.group("copula") is not None:
            if not _POSSESSIVE.search(text, max(0, match.start() - 12), match.start()):
                continue
        elif words and len(words.split()) > 1 and not (plain_login(value) and _opens_a_field(text, match.start())):
            continue  # "User account settings: Enabled"; "Login klappt nicht: Benutzer jdoe" (a label follows)
        last_end = match.end()
        label = " ".join(match.group("label").lower().replace("_", " ").split())
        # a copula reads like a bare label ("my username is jdoe42"; "the user is logged in" is prose)
        bare = not match.group("sep").strip() or match.group("copula") is not None
        if label in _KEY_ONLY_LABELS and bare:
            continue
        if match.group("sep").strip() == "," and (not (label not in _WEAK_LABELS and lower_case_handle(value))
                                                  or text[: match.start()].rstrip()[-1:] in (",", "(")):
            continue  # "your username, j.doe." yes; "user, admin and guest" and "(email, username, created_by)" no
        if label in _WEAK_LABELS and not lower_case_handle(value):
            continue
        if label in _AGENT_LABELS and not plain_login(value):
            continue  # "Bearbeiter: Max Muster" is a name, "Bearbeiter: mmuster" a login
        if _speaker_turn(text, match, value) or _service_key(text, match, value):
            continue
        if bare and domain_or_version(value):
            continue  # "docker login registry.example.com -u ...": the host logged in to
        # "mi usuario del portal es tdez.": one's own login stated whole, as a login-only label does
        owned = words is not None and match.group("copula") is not None
        if bare and not ((label in _LOGIN_ONLY_LABELS or owned) and _ends_clause_login(text, match, value)
                         or _bare_label_value(text, match, value) or _netrc_login(text, match, label)):
            continue
        if text.startswith("(", match.start("value") + len(value)):
            continue  # "uid = common.authenticate(...)", "user = get_user(id)": code calls a function
        if is_person_handle(value):
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
    if not plain_login(word) or not is_person_handle(word) or not _MESSAGE_AFTER.match(text, match.end("value")):
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
    return not (lower_case_handle(value) or name_shaped(value))


def _ends_clause_login(text: str, match: re.Match[str], value: str) -> bool:
    """After a label that names only a login, a plain lower-case token that ends the clause is one
    ("..., username bford."); "username requirements are ..." goes on as prose."""
    after = text[match.start("value") + len(value) : match.start("value") + len(value) + 2]
    return plain_login(value) and (after[:1] in ("", "\n", ",", ";", ")") or after[:1] in ".!?" and after[1:] in ("", " ", "\n"))


def _opens_a_field(text: str, start: int) -> bool:
    """A label of several words opens a line or a sentence ("... kündigen. Login im Kundenportal:
    jdoe"); in mid-sentence ("the user said this: hello") the words are prose."""
    before = text[:start].rstrip(" \t-*•")
    # (or follows a comma: "checked in the app (AppName), driver's login for it: jdoe")
    return before == "" or before[-1] in "\n.;!?(|–—,"  # "N° client : 66404164 – Identifiant ...: jdoe"


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
    return text[match.end("value") : match.end("value") + 1] in (",", ";") or initial_and_surname(value)


def find_column_logins(text: str) -> Iterator[tuple[int, int]]:
    """The cells of a table's column whose header is a login label."""
    for cell in table_cells(text):
        if _USERNAME_COLUMN.fullmatch(cell.column) and _is_table_handle(text[cell.start : cell.end]):
            if cell.column not in _WEAK_LABELS or lower_case_handle(text[cell.start : cell.end]):
                yield cell.start, cell.end


_USERNAME_COLUMN = re.compile(rf"(?i){_LABEL}")
_WHOLE_HANDLE = re.compile(rf"(?i){_HANDLE}")


def _is_table_handle(value: str) -> bool:
    return bool(_WHOLE_HANDLE.fullmatch(value)) and is_person_handle(value)
