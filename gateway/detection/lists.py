"""List continuation: in "our founders: Lapresse, Morris and Wright" one known name makes the
capitalised siblings names too; likewise the speaker labels of a dialogue ("Carys: ...\nJacob: ...").

Gazetteers never hold every surname, and NER sees a bare "Lapresse," as anything; but items of one
comma/"and" list are of one kind. A sibling is only taken when it is not already another entity,
and ordinary words ("Price", "Long", "English") only when most of the list already are names.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from .names import UPPER
from .gazetteer import is_common_word, is_english_word
from .types import Span

_LIST_SCORE = 0.75
_PERSON_SCORE = 0.7
_ITEM = rf"[{UPPER}][^\W\d_]+(?:['’\-][{UPPER}]?[^\W\d_]+)?"
# "A, B and C", "A and B", "A, B, C & D" — single capitalised words, one line.
# Only "and" and "&", not name_connectors.py's other languages: widening the list would change which
# siblings are taken, and that has not been measured.
# The first item's capital is matched before the look-behind ("no word character before it") is
# asked: a pattern that opens on a character class lets re skip in C to the next capital instead of
# trying the look-behind at every character (twice as fast, the same matches: the two-character
# look-behind checks the character before that capital; at the text's start it cannot fit and so
# holds, as the one-character look-behind does there).
_LIST = re.compile(rf"[{UPPER}](?<![\w'’\-.].)[^\W\d_]+(?:['’\-][{UPPER}]?[^\W\d_]+)?"
                   rf"(?:, {_ITEM})*,? (?:and|&) {_ITEM}(?![\w'’\-])")
_ITEM_RE = re.compile(_ITEM)
_SENTENCE_END = ".!?\n"
_SPEAKER = re.compile(rf"^[ \t]*({_ITEM}):", re.MULTILINE)


def _at_sentence_start(text: str, start: int) -> bool:
    before = text[:start].rstrip(" \t\"'“‘*-•>(")
    return not before or before[-1] in _SENTENCE_END


def list_members(text: str, spans: Sequence[Span]) -> list[Span]:
    """PERSON spans for unlabelled capitalised items of lists holding at least one PERSON.
    `spans` are sorted and disjoint (the output of overlap resolution)."""
    if not any(s.entity == "PERSON" for s in spans):
        return []
    starts = [s.start for s in spans]
    found = _speakers(text, spans, starts)
    for match in _LIST.finditer(text):
        items = [(m.start() + match.start(), m.end() + match.start()) for m in _ITEM_RE.finditer(match.group())]
        owners = [_owner(spans, starts, a, b) for a, b in items]
        persons = sum(1 for o in owners if o is not None and o.entity == "PERSON" and o.score >= _PERSON_SCORE)
        if persons == 0:
            continue
        mostly_names = persons * 2 >= len(items)
        for (a, b), owner in zip(items, owners):
            if owner is not None:
                continue
            word = text[a:b]
            if _at_sentence_start(text, a) and text.startswith(",", b):
                continue  # "Yesterday, Sarah and Tom": an opener set off by a comma
            ordinary = is_common_word(word) or is_english_word(word)
            if ordinary and (not mostly_names or _at_sentence_start(text, a)):
                continue
            found.append(Span(a, b, "PERSON", _LIST_SCORE))
    return found


def _owner(spans: Sequence[Span], starts: list[int], a: int, b: int) -> Span | None:
    """The span overlapping [a, b), if any."""
    i = bisect.bisect_right(starts, a) - 1
    for j in (i, i + 1):
        if 0 <= j < len(spans) and spans[j].start < b and a < spans[j].end:
            return spans[j]
    return None


def _speakers(text: str, spans: Sequence[Span], starts: list[int]) -> list[Span]:
    """Labels opening the lines of a dialogue, when most already are names ("Mary: ...")."""
    labels = [m.span(1) for m in _SPEAKER.finditer(text)]
    if len(labels) < 2:
        return []
    owners = [_owner(spans, starts, a, b) for a, b in labels]
    persons = sum(1 for o in owners if o is not None and o.entity == "PERSON")
    if persons == 0 or persons * 2 < len(labels):
        return []
    return [
        Span(a, b, "PERSON", _LIST_SCORE)
        for (a, b), owner in zip(labels, owners)
        if owner is None and not (is_common_word(text[a:b]) or is_english_word(text[a:b]))
    ]
