"""Several logins named at once after a plural label: "the usernames will be jdoe and mkeller",
"logins: a.roe, bsmith, c_lee", "Benutzernamen sind jdoe und mkeller", "les identifiants seront jdoe
et mkeller". Each item of the list is a login when it reads as a person's handle (login_shapes.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .labelled import label_positions
from .login_shapes import announced_login, is_person_handle, plain_login

_PLURAL_LABELS = ("usernames", "user names", "user ids", "userids", "logins", "login names", "benutzernamen",
                  "benutzerkennungen", "identifiants", "noms d'utilisateur", "usuarios", "nombres de usuario",
                  "nomi utente")
_LABEL = "|".join(re.escape(w).replace(r"\ ", r"[ \t_]") for w in sorted(_PLURAL_LABELS, key=len, reverse=True))
_HANDLE = r"[a-z][a-z0-9._\-]{2,31}"
# The label, then a colon or a copula ("will be", "are", "sind", "seront"), then the list of handles
# joined by commas or a word for "and" (a wrapped line may part the label from its copula; the list
# itself stays on one line, as a sentence's does).
_LIST = re.compile(
    rf"(?i)(?<![^\W_])(?:{_LABEL})(?:[ \t]*:[ \t]*|[ \t]*\n?[ \t]*(?<=\s)(?:will[ \t]+be|are|were|sind|lauten|werden[ \t]+sein"
    rf"|seront|sont|serán|son|saranno|sono)[ \t]+)"
    rf"(?P<items>{_HANDLE}(?:(?:[ \t]*,[ \t]*|[ \t]+(?:and|und|et|y|e)[ \t]+|,[ \t]*(?:and|und|et|y|e)[ \t]+){_HANDLE}){{0,9}})"
)
_ITEM = re.compile(_HANDLE)
_JOINERS = frozenset({"and", "und", "et", "y", "e"})


def find_listed_logins(text: str) -> Iterator[tuple[int, int]]:
    for position in label_positions(text, _PLURAL_LABELS):
        match = _LIST.match(text, position)
        if match is None:
            continue
        items = list(_ITEM.finditer(text, match.start("items"), match.end("items")))
        joined = [i for i, item in enumerate(items) if item.group().lower() in _JOINERS]
        if joined:  # "a, b and c, passwords by mail": the list ends at the item after its "and"
            items = items[: joined[-1] + 2]
        for item in items:
            value = item.group().rstrip("._-")
            if value.lower() in _JOINERS or not is_person_handle(value):
                continue
            # (a hyphenated word is prose: "usernames are case-sensitive")
            if not (announced_login(value) or plain_login(value) and value.isalnum()):
                continue
            yield item.start(), item.start() + len(value)
