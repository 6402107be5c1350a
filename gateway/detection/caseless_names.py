"""Names in Georgian script, which has no capitals to open a name run.

The name finder (names.py) opens its runs on capitalised words; Georgian (Mkhedruli) is written
without case, and its capitals (Mtavruli, "ᲐᲜᲐ ᲑᲣᲙᲘᲐ") are used only for emphasis, so neither reads
as a title-case run. Georgian names are still easy to tell: surnames carry a few endings that say
"son of" or "of the family" (-ძე, -შვილი, and -ია, -ავა, -უა, -ანი, -ური, -ული, -ელი), and Faker's
ka_GE lists give the first names. Found:

- a first name next to a surname, in either order ("დათო კობერიძე", "ძნელაძე ვახტანგ");
- in text mostly in another script (a French mail, a German form), a known first name or a
  surname alone ("Bonjour ნინო,", "Herrn კაპანაძე"), as a lone Latin first name is found;
- a surname with a strong ending (-ძე, -შვილი) or a listed one anywhere.

A hyphenated pair of surnames alone ("მესხი-მიქაძე") and a bare list of surnames ("სვანიძე, ზარიძე
and თავაძე", "ლეჟავა, ფარცვანია და ვასაძე") name a firm, as firms.py reads them in Latin script:
people are listed by full or first names, a firm by its founders' surnames.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .gazetteer import load_gazetteer
from .lookup_tables import lookup_table

# Mkhedruli (U+10D0-10FF) and Mtavruli (U+1C90-1CBF, lowered to Mkhedruli before lookups).
_LETTERS = "\u10d0-\u10ff\u1c90-\u1cbf"
_ANY = re.compile(f"[{_LETTERS}]")
_WORD = re.compile(f"[{_LETTERS}]+(?:-[{_LETTERS}]+)*")
_LETTER = re.compile(r"[^\W\d_]")
_GEO_WORD = f"[{_LETTERS}]+"
# "სვანიძე, ზარიძე and თავაძე", "ლეჟავა და ვასაძე": surnames joined as a firm's name ("და" is "and").
_SURNAME_LIST = re.compile(
    rf"{_GEO_WORD}(?:, {_GEO_WORD})*,? (?:and|AND|&|und|et|y|e|და|ᲓᲐ) {_GEO_WORD}(?![{_LETTERS}\-])")
# Endings that make a word a surname on their own, and the weaker ones that do only beside a first name.
_STRONG_ENDINGS = ("ძე", "შვილი")
_WEAK_ENDINGS = ("ია", "ავა", "უა", "ანი", "ური", "ული", "ელი")
_MIN_STEM = 2
_PAIR_SCORE = 0.85
_LONE_SCORE = 0.7


@lookup_table
def _names() -> tuple[frozenset[str], frozenset[str]]:
    """The gazetteer's Georgian first names and surnames (Faker's ka_GE lists), in Mkhedruli."""
    gazetteer = load_gazetteer()
    georgian = _ANY.match
    return (frozenset(w for w in gazetteer.first_names if georgian(w)),
            frozenset(w for w in gazetteer.last_names if georgian(w)))


def _strong_surname(word: str) -> bool:
    return "-" not in word and any(
        word.endswith(e) and len(word) - len(e) >= _MIN_STEM for e in _STRONG_ENDINGS)


def _surname_shaped(word: str) -> bool:
    """A surname by its ending, strong or weak; a hyphenated one ("გიგაური-ქუთათელაძე") counts by its last part."""
    tail = word.rsplit("-", 1)[-1]
    return any(tail.endswith(e) and len(tail) - len(e) >= _MIN_STEM for e in _STRONG_ENDINGS + _WEAK_ENDINGS)


def _mostly_georgian(text: str, georgian_letters: int) -> bool:
    """Whether Georgian is the text's main script (then a lone first name may be a word)."""
    return georgian_letters * 2 > len(_LETTER.findall(text))


def find_georgian_names(text: str) -> Iterator[tuple[int, int, float]]:
    """(start, end, score) of each Georgian name in `text`."""
    if text.isascii() or _ANY.search(text) is None:  # isascii costs nothing: no scan of ASCII text
        return
    first, last = _names()
    words = [(m.start(), m.end(), m.group().lower()) for m in _WORD.finditer(text)]
    firm_spans = [m.span() for m in _SURNAME_LIST.finditer(text)] if "," in text or " " in text else []
    lone_ok = not _mostly_georgian(text, sum(e - s for s, e, _ in words))
    i = 0
    while i < len(words):
        start, end, word = words[i]
        if i + 1 < len(words) and text[end : words[i + 1][0]] == " ":
            other = words[i + 1][2]
            # "დათო კობერიძე" or "კობერიძე დათო": a first name beside a surname.
            if (word in first and "-" not in word and (other in last or _surname_shaped(other))) or (
                    other in first and "-" not in other and (word in last or _strong_surname(word))):
                yield start, words[i + 1][1], _PAIR_SCORE
                i += 2
                continue
        if "-" not in word and (_strong_surname(word) or lone_ok and (word in first or word in last)) and not (
                _in_firm(start, firm_spans, first, text)):
            yield start, end, _LONE_SCORE
        i += 1


def _in_firm(start: int, firm_spans: list[tuple[int, int]], first: frozenset[str], text: str) -> bool:
    """Whether the word at `start` is an item of a list of surnames (no first name among them)."""
    for a, b in firm_spans:
        if a <= start < b:
            return not any(m.group().lower() in first for m in _WORD.finditer(text, a, b))
    return False
