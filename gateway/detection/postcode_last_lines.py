"""British and Irish postal blocks: the town on a line of its own, the postcode on the next one.

"17 Quarn Light\\nNorth Zorby\\nS6 7LJ", "76 QUARN STREET\\nZORBY VILLE\\nK811DX2", a record's
'town: "Zorby Ville\\nT17 66V8"'. The postcode line alone proves nothing (a code of letters and
digits), and neither does a capitalised line; together they are a town line when a street line
(a house number in it) stands above the town, or when the town opens a field.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .gazetteer import is_common_word, is_english_word
from .postal_lines import UPPER, street_line_above

# UK postcodes ("SW1A 1AA", "TF9P 4HN") and Irish Eircodes ("D02 X285", "K811DX2") filling their line.
# It opens on the line break (a literal first: re then looks for line breaks alone, in C).
_POSTCODE_LINE = re.compile(
    r"\n[ \t]*(?P<code>[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}|[A-Z][0-9][0-9W] ?[A-Z0-9]{4})[ \t]*\"?[ \t]*$",
    re.MULTILINE,
)
_TOWN_WORD = rf"[{UPPER}][^\W\d_]*(?:['’\-][^\W\d_]+)*\.?"
# The town line above: an optional field label ('town: "'), then one to four capitalised words.
_TOWN_LINE = re.compile(rf"[ \t]*(?P<field>[\w\-]+:[ ]?\"?)?(?P<town>{_TOWN_WORD}(?: {_TOWN_WORD}){{0,3}})[ \t]*")


def _names_a_town(town: str) -> bool:
    """"South Nicole", "WEST WENDYSIDE": a name among the words; not "Release Notes", "Build"
    (the postcode under the line is evidence enough for a compass word or "Port" beside a name)."""
    words = [w.strip(".").lower() for w in town.split()]
    return not all(is_common_word(w) or is_english_word(w) for w in words)


def _line_above(text: str, line_start: int) -> tuple[int, int] | None:
    if line_start < 2:
        return None
    end = line_start - 1
    return text.rfind("\n", 0, end) + 1, end


def postcode_last_pieces(text: str) -> Iterator[tuple[int, int, float]]:
    """(start, end, score) for each town-and-postcode pair and the street line above it."""
    if "\n" not in text:
        return
    for code in _POSTCODE_LINE.finditer(text):
        above = _line_above(text, code.start() + 1)
        if above is None:
            continue
        town = _TOWN_LINE.fullmatch(text, *above)
        if town is None or not _names_a_town(town.group("town")):
            continue
        street = street_line_above(text, above[0])
        if street is not None:
            yield street[0], street[1], 0.75
            yield town.start("town"), code.end("code"), 0.75
        elif town.group("field"):
            yield town.start("town"), code.end("code"), 0.6
