"""One-line postal addresses closed by a country's name, in any case: "..., odensegade 3, 9485 kolind,
denmark", "..., avenida cunha, 640, 6814-373 tondela, portugal", "..., πάρ. ρωμανού 76, τκ 700 40
λευκάδα, greece".

Typed in a chat or a request, a whole address may be written in lower case, so no capital opens its
town or its street. The form still proves it: the town line (a postcode of a European form, then one
to three words) stands between commas and a country's name follows it; the street is the comma
segment before it, with a house number or a street word (the number may stand in a segment of its
own: "26, chemin gherbi", "avenida cunha, 640"). Country names are Faker's English list.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from faker.providers.address.en_US import Provider

from .gazetteer import is_common_word, is_english_word

# Postcodes that open a town line: "9485", "17233", "088 67", "6814-373", "00-950", Greek "τκ 700 40"
# (the folded view may write its letters Latin).
_POSTCODE = (r"(?:(?:[τtT][κkK]|ΤΚ) )?(?:[0-9]{3} [0-9]{2}|[0-9]{4}-[0-9]{3}|[0-9]{2}-[0-9]{3}|[0-9]{4,5})"
             r"(?![\w\-])")
_TOWN_WORD = r"[^\W\d_][^\W\d_'’\-]*(?:['’\-][^\W\d_]+)*"
# A street's house number: "3", "2a", "15/2".
_HOUSE_NUMBER = re.compile(r"[0-9]{1,5}[^\W\d_]?(?:/[0-9]{1,4})?")
_MAX_STREET = 60


def _town_country_pattern() -> re.Pattern[str]:
    # "Slovakia (Slovak Republic)": the name before its bracket is how a line writes it.
    countries = sorted({c.split(" (")[0].lower() for c in Provider.countries}, key=len, reverse=True)
    country = "|".join(re.escape(c) for c in countries)
    return re.compile(
        rf", (?P<line>{_POSTCODE} {_TOWN_WORD}(?: {_TOWN_WORD}){{0,2}}), (?i:{country})(?![\w])"
    )


# Compiled at import (a few hundred names, case-insensitive: a fraction of a second, never on a request).
_TOWN_COUNTRY = _town_country_pattern()


def _segment_before(text: str, end: int, low: int) -> int:
    """Where the comma segment that ends at `end` starts (after ", "), or `low` when none opens."""
    comma = text.rfind(", ", low, end)
    return low if comma < 0 else comma + 2


def _street(text: str, end: int, is_street_word: Callable[[str], bool]) -> tuple[int, int] | None:
    """The street line ending at `end` (before ", " and the town line): one comma segment, or two
    when one of them is the bare house number."""
    line_start = text.rfind("\n", 0, end) + 1
    low = max(line_start, end - _MAX_STREET)
    start = _segment_before(text, end, low)
    if start == low:
        return None  # no comma before: the street's first segment is not known
    segment = text[start:end]
    if _HOUSE_NUMBER.fullmatch(segment) or (
        start >= 2 and _HOUSE_NUMBER.fullmatch(text[_segment_before(text, start - 2, low):start - 2])
    ):
        previous = _segment_before(text, start - 2, low)
        if previous == low:
            return None
        start, segment = previous, text[previous:end]
    words = segment.replace(",", " ").split()
    if not 2 <= len(words) <= 6 or not any(c.isalpha() for c in segment):
        return None
    if any(is_street_word(w) for w in words):
        return start, end
    # A number among words of a sentence is no house number ("so, we sold 12 boxes, 2024 ..."): the
    # house number opens or closes a street line, and a street's name has a word that is no ordinary one.
    names = [w for w in words if not _HOUSE_NUMBER.fullmatch(w)]
    numbered = _HOUSE_NUMBER.fullmatch(words[0]) or _HOUSE_NUMBER.fullmatch(words[-1])
    if numbered and len(names) == len(words) - 1 and any(not (is_common_word(w) or is_english_word(w)) for w in names):
        return start, end
    return None


def country_closed_pieces(text: str, is_street_word: Callable[[str], bool]) -> list[tuple[int, int, float]]:
    """(start, end, score) for the street and the town line of each such address, on the folded view."""
    if ", " not in text:
        return []
    pieces: list[tuple[int, int, float]] = []
    for match in _TOWN_COUNTRY.finditer(text):
        street = _street(text, match.start(), is_street_word)
        if street is not None:
            pieces.append((*street, 0.75))
            pieces.append((match.start("line"), match.end("line"), 0.75))
    return pieces
