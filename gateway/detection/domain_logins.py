"""Windows down-level logon names, `DOMAIN\\login`: the login is the part after the backslash.

`net use ... /user:CORP\\jdoe`, `runas /user:CORP\\jdoe`, `smbclient -U 'CORP\\jdoe'`, `User ID=CORP\\jdoe`
in a connection string, "Account: ACME\\jane.doe" in an event log. After a login label or switch the
login is a person's when it is no service account (`CORP\\svc_scanner`); without one, the domain must
be written in capitals, as NetBIOS names are, and the login must have a login's shape (two parts, an
initial and a surname, digits), so that an escape in a string ("ERROR\\nat") or a path
("C:\\Users\\Public") is left alone. The domain itself names no person (login_labels.py takes no
value that a backslash follows).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .login_shapes import announced_login, is_person_handle

# A domain not inside a path (no "\\" or "/" before it), a backslash (doubled in an escaped
# string), a login that ends the path (no further "\\").
_DOMAIN_LOGIN = re.compile(
    r"(?<![\w\\/.\-])(?P<domain>[A-Za-z][A-Za-z0-9\-]{1,14})\\{1,2}(?P<login>[A-Za-z_][\w.\-]{1,63})(?![\w\\])"
)
# A login label or switch right before the name: "/user:", "/u:", "-U ", "--username=", "User ID=", "login: ".
_LABEL_BEFORE = re.compile(
    r"(?i)(?:user(?:[ _]?(?:name|id))?|login|logon|account(?:[ _]name)?|benutzer(?:name)?|utilisateur|usuario|utente"
    r"|/u|-u|runas)[\"']?[ \t]*[:=]?[ \t]*[\"']?$"
)


def find_domain_logins(text: str) -> Iterator[tuple[int, int]]:
    if "\\" not in text:
        return
    for match in _DOMAIN_LOGIN.finditer(text):
        login = match.group("login").rstrip(".-")
        labelled = _LABEL_BEFORE.search(text, max(0, match.start() - 16), match.start()) is not None
        if not is_person_handle(login):
            continue
        if labelled or match.group("domain").isupper() and announced_login(login):
            yield match.start("login"), match.start("login") + len(login)
