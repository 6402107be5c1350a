"""Usernames a person announces in prose: "I'm on most platforms as jdoe", "find me on GitHub as
jane_doe42", "ich bin auf Mastodon als mkowal unterwegs", "je suis sur Discord comme j.doe",
"estoy en Slack como ana.ruiz", "sono su Teams come m.rossi", "logged in as jdoe42".

A place ("on", "auf", "sur", "en", "su" and up to five words: the platform) or a login verb ("logged
in", "eingeloggt", "connecté", "conectado", "connesso") then "as" and the handle. Words are no handles ("on Monday as planned", "on site as usual"): the caller's predicate
decides what reads as a login.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from .labelled import label_positions

_ON_AS = re.compile(
    r"(?i)(?<![^\W_])(?:(?:on|auf|bei|sur|en|su)(?:[ \t]+[\w'’\-]+){1,5}?"
    r"|(?:logged|signed)[ \t]+(?:in|on)|eingeloggt|angemeldet|connecté|connectée|conectado|conectada|connesso|connessa)"
    r"[ \t]+(?:as|als|comme|como|come)[ \t]+@?"
    r"(?-i:(?P<value>[a-z][a-z0-9._\-]{2,31}))(?=[,;:)!?]|\.?(?:\s|$))"
)
_AS_WORDS = (" as ", " als ", " comme ", " como ", " come ")
_REACH = 60  # the place and the platform stand at most this many characters before the "as"


def find_announced_handles(text: str, is_login: Callable[[str], bool]) -> Iterator[tuple[int, int]]:
    """(start, end) of each handle announced after a platform and "as"."""
    last_end = -1
    for at in label_positions(text, _AS_WORDS):
        for match in _ON_AS.finditer(text, max(last_end, at - _REACH, 0), at + len(" comme ") + 34):
            if match.start("value") < at:
                continue
            value = match.group("value").rstrip("._-")
            if is_login(value):
                last_end = match.end()
                yield match.start("value"), match.start("value") + len(value)
            break

