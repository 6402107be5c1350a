"""Phone numbers spelled out in words ("plus four four seven nine four six ...") in en/de/fr/es/it.

A run of at least MIN_DIGITS digit words (optionally opened by "plus"/"más"/"più", and with
"double"/"doppel" repeats, "oh" for zero) is a phone number: nobody spells out seven digits of
anything else in a chat. Counting words ("one or two", "drei, vier Tage") never reach the length.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .types import Span
from .views import TextViews

PHONE_ENTITY = "PHONE_NUMBER"
SPELLED_PHONE_SCORE = 0.8
MIN_DIGITS = 7
DIGIT_WORDS = (
    "zero oh one two three four five six seven eight nine "  # en
    "null eins zwei zwo drei vier fünf sechs sieben acht neun "  # de
    "zéro un deux trois quatre cinq six sept huit neuf "  # fr
    "cero uno dos tres cuatro cinco seis siete ocho nueve "  # es
    "zero uno due tre quattro cinque sei sette otto nove"  # it
).split()
REPEAT_WORDS = ("double", "triple", "doppel", "doppio", "doble")
PLUS_WORDS = ("plus", "más", "mas", "più", "piu")

_DIGIT = "|".join(sorted({re.escape(w) for w in DIGIT_WORDS}, key=len, reverse=True))
_REPEAT = "|".join(REPEAT_WORDS)
_ITEM = rf"(?:(?:{_REPEAT})\s+)?(?:{_DIGIT})"
_SPELLED = re.compile(
    rf"(?i)(?<![^\W_])(?:(?:{'|'.join(PLUS_WORDS)})\s+)?{_ITEM}(?:[\s,\-]{{1,3}}{_ITEM}){{{MIN_DIGITS - 1},}}(?![^\W_])"
)


_DIGIT_SET = frozenset(DIGIT_WORDS) | frozenset(REPEAT_WORDS) | frozenset(PLUS_WORDS)


def _has_long_run(text: str) -> bool:
    """Whether MIN_DIGITS digit words ever follow each other: a cheap gate before the pattern."""
    run = 0
    for word in text.lower().split():
        if word.strip(",.-;:!?") in _DIGIT_SET:
            run += 1
            if run >= MIN_DIGITS:
                return True
        else:
            run = 0
    return False


def find_spelled_phone_numbers(views: TextViews) -> Iterator[Span]:
    text = views.original
    if not _has_long_run(text):
        return
    for match in _SPELLED.finditer(text):
        yield Span(match.start(), match.end(), PHONE_ENTITY, SPELLED_PHONE_SCORE)
