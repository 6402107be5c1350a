"""Logins in a markup element named for one: `<username>jdoe</username>` (Maven's settings.xml, an
NuGet or Ant config, a SOAP header's `<wsse:Username>`), `<login>`, `<user>`, `<benutzer>`.

The element's name says what its text is, as a key does in YAML or JSON; the text is a login when it
is a single login-shaped token and no service's account (`<username>ci-bot</username>`, `<user>admin</user>`).
An address (`<user>jdoe@example.com</user>`) is the e-mail finder's.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .login_shapes import announced_login, is_person_handle, plain_login

_ELEMENT = re.compile(
    r"(?i)<(?P<tag>(?:[\w\-]+:)?(?:user(?:[_\-]?(?:name|id))?|login(?:[_\-]?name)?|logon[_\-]?name|account[_\-]?name"
    r"|benutzer(?:name)?|benutzerkennung|utilisateur|identifiant|usuario|utente|uid))(?:[ \t][^<>\n]*)?>"
    r"[ \t]*(?P<value>[A-Za-z_][\w.\-]{1,63})[ \t]*</(?P=tag)>"
)


# A setting in the element's place ("<login>disabled</login>", "<user>none</user>"), not a login.
_SETTINGS = frozenset("enabled disabled enable disable true false none null nil yes no on off auto required optional "
                      "anonymous default inherit unset empty".split())


def find_element_logins(text: str) -> Iterator[tuple[int, int]]:
    if "</" not in text:
        return
    for match in _ELEMENT.finditer(text):
        value = match.group("value")
        # (a word of the language, "<user>true</user>", "<login>disabled</login>", is a setting)
        if value.lower() not in _SETTINGS and is_person_handle(value) and (plain_login(value) or announced_login(value)):
            yield match.start("value"), match.end("value")
