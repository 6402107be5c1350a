"""Normalised views of a text that keep an exact map back to the original characters.

Detection runs on a view in which evasion tricks are undone: Unicode NFKC, invisible format
characters removed, look-alike letters folded to Latin, other scripts' digits folded to ASCII, and
(in the digit view) separators between digits collapsed. Every view character remembers the
original range it came from, so a span found on a view maps back to the whole original value,
invisible characters inside it included, and nothing else.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, TypeVar

T = TypeVar("T")

# Cyrillic and Greek letters that render like Latin ones, plus dash look-alikes.
_CONFUSABLES: dict[str, str] = {
    **dict(zip("аеорсухіјѕԁԛԝһӏ", "aeopcyxijsdqwhl")),
    **dict(zip("АВЕКМНОРСТХІЈЅУԌ", "ABEKMHOPCTXIJSYG")),
    **dict(zip("ΑΒΕΖΗΙΚΜΝΟΡΤΥΧοικνρυ", "ABEZHIKMNOPTYXoikvpu")),
    **dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d", "-"),
}
# Invisible characters that are not in category Cf / Mn but still render as nothing.
_INVISIBLE_EXTRA = frozenset("\u115f\u1160\u3164\uffa0")
_DROP_CATEGORIES = frozenset({"Cf", "Mn", "Me"})


def _fold_char(char: str) -> str:
    """The normalised form of one character: '' when invisible, else NFKC + confusable fold."""
    if char in _INVISIBLE_EXTRA or unicodedata.category(char) in _DROP_CATEGORIES:
        return ""
    out = []
    for c in unicodedata.normalize("NFKC", char):
        if c.isdigit() and not c.isascii():
            value = unicodedata.decimal(c, None)
            c = str(value) if value is not None else c
        out.append(_CONFUSABLES.get(c, c))
    return "".join(out)


@dataclass(frozen=True, slots=True)
class TextView:
    """A transformed text plus, per character, the original [start, end) it stands for.

    `starts`/`ends` are None for the identity view (the common pure-ASCII case costs nothing).
    `joins` (sorted) are view positions where collapsed separators were removed before the char.
    `shifts`, when set (starts/ends None), says that the view is the original with characters
    removed: shifts[i] characters were removed before joins[i] and everything after it. A per-
    character map of such a view cost two Python ints per character (37 µs for 1 KB of prose with
    one version tag like "1-17", against 7 µs now); this one costs a bisect per mapped span.
    `facts` holds what several recognizers derive from `text` (its digit runs, its words), computed
    by the first that asks (see `view_fact`) instead of once per recognizer.
    """

    text: str
    starts: list[int] | None = None
    ends: list[int] | None = None
    joins: tuple[int, ...] = ()
    shifts: tuple[int, ...] = ()
    facts: dict[Callable[[str], Any], Any] = field(default_factory=dict, compare=False, repr=False)

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a non-empty view span [start, end) to the original text's coordinates."""
        if self.starts is None or self.ends is None:
            if not self.shifts:
                return start, end
            return start + self._removed_before(start), end + self._removed_before(end - 1)
        return self.starts[start], self.ends[end - 1]

    def _removed_before(self, position: int) -> int:
        """Characters removed from the original before view character `position` (shifted views)."""
        index = bisect.bisect_right(self.joins, position)
        return self.shifts[index - 1] if index else 0

    def offset_lists(self) -> tuple[list[int], list[int]] | None:
        """Per view character, the original start and end as lists; None for the identity view."""
        if self.starts is not None and self.ends is not None:
            return self.starts, self.ends
        if not self.shifts:
            return None
        starts = list(range(len(self.text)))
        bounds = (*self.joins, len(self.text))
        for index, shift in enumerate(self.shifts):
            starts[bounds[index] : bounds[index + 1]] = range(bounds[index] + shift, bounds[index + 1] + shift)
        return starts, [start + 1 for start in starts]


def view_fact(view: TextView, compute: Callable[[str], T]) -> T:
    """`compute(view.text)`, computed once per view (the function is the key)."""
    try:
        return view.facts[compute]  # type: ignore[no-any-return]
    except KeyError:
        value = view.facts[compute] = compute(view.text)
        return value


# A word that has a letter of its own script which looks like no Latin one ("ЛИНА", "Олег") is
# written in that script, not disguised: its look-alike letters stay as they are, so that its
# capitals and small letters still match each other (Н and н; folded, Н would become Latin H and
# н would not). A word with a Latin letter in it ("Jоhn" with a Cyrillic о) or made of look-alikes
# only ("Мах") is folded. This is Unicode's mixed-script rule (UTS #39), word by word.
_LOOKALIKE_LETTERS = "".join(c for c in _CONFUSABLES if c.isalpha())
_HAS_LOOKALIKE = re.compile("[" + _LOOKALIKE_LETTERS + "]")
_WORD = re.compile(r"[^\W\d_]+")


def _native_positions(text: str) -> frozenset[int]:
    """Positions of look-alike letters inside words written in their own script."""
    if not _HAS_LOOKALIKE.search(text):
        return frozenset()
    kept: set[int] = set()
    for match in _WORD.finditer(text):
        word = match.group()
        if not _HAS_LOOKALIKE.search(word) or any("a" <= c.lower() <= "z" for c in word):
            continue
        if any(c not in _CONFUSABLES and not c.isascii() for c in word):
            kept.update(i for i, c in enumerate(word, match.start()) if c in _CONFUSABLES)
    return frozenset(kept)


@lru_cache(maxsize=8192)
def _folded(char: str) -> str:
    return _fold_char(char)


@lru_cache(maxsize=256)
def _any_of(chars: frozenset[str]) -> re.Pattern[str]:
    return re.compile("[" + "".join(re.escape(c) for c in sorted(chars)) + "]")


def fold(text: str) -> TextView:
    """NFKC + invisible-character removal + confusable folding, with an offset map.

    Only the characters that change are visited one by one; the runs between them are copied
    whole. Most non-ASCII text changes nowhere ("José Müller": composed accents are their own NFKC
    form), and a character-by-character loop cost about half a microsecond a character."""
    if text.isascii():
        return TextView(text)
    changing = frozenset(c for c in set(text) if not c.isascii() and _folded(c) != c)
    if not changing:
        return TextView(text)  # the identity view, as for ASCII
    native = _native_positions(text)
    pieces: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    copied = 0  # text[:copied] is in the view
    for match in _any_of(changing).finditer(text):
        index = match.start()
        if copied < index:
            pieces.append(text[copied:index])
            starts.extend(range(copied, index))
            ends.extend(range(copied + 1, index + 1))
        copied = index + 1
        char = text[index]
        folded = char if index in native else _folded(char)
        if not folded:
            # A dropped mark belongs to the character before it: a span ending on that character
            # ends after its marks ("பகலவன்" keeps its final virama, "José" written with a
            # combining accent its accent).
            if ends and ends[-1] == index:
                ends[-1] = index + 1
            continue
        pieces.append(folded)
        starts.extend([index] * len(folded))
        ends.extend([index + 1] * len(folded))
    if copied < len(text):
        pieces.append(text[copied:])
        starts.extend(range(copied, len(text)))
        ends.extend(range(copied + 1, len(text) + 1))
    return TextView("".join(pieces), starts, ends)


# Up to three separator characters between two digits: "4111 1111", "4 1 1 1", "85.07.30-033.28".
# The digit before is matched, not looked behind at, so that re skips from digit to digit in C
# instead of trying every character; the separators are the match minus its first character. The
# matches are the same: the digit a match looks ahead at stays free to open the next one.
_DIGIT_SEPARATORS = re.compile(r"[0-9][ \t.\-/]{1,3}(?=[0-9])")


def collapse_digit_separators(view: TextView) -> TextView:
    """A view of `view` in which separators between digits are removed (checksums still decide)."""
    source = view.text
    matches = list(_DIGIT_SEPARATORS.finditer(source))
    if not matches:
        return view
    kept: list[range] = []
    joins: list[int] = []
    position = 0
    length = 0
    for match in matches:
        start = match.start() + 1  # after the digit
        kept.append(range(position, start))
        length += start - position
        joins.append(length)
        position = match.end()
    kept.append(range(position, len(source)))
    text = "".join(source[r.start : r.stop] for r in kept)
    offsets = view.offset_lists()
    if offsets is None:
        # The original with separators removed: a shift per join instead of a map per character.
        shifts = tuple(r.start - join for r, join in zip(kept[1:], joins))
        return TextView(text, joins=tuple(joins), shifts=shifts)
    starts: list[int] = []
    ends: list[int] = []
    base_starts, base_ends = offsets
    for r in kept:
        starts.extend(base_starts[r.start : r.stop])
        ends.extend(base_ends[r.start : r.stop])
    return TextView(text, starts, ends, tuple(joins))
