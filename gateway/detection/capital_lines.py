"""Postal lines written wholly in capitals ("4 GORDON STREET", "RUE DES LILAS 12") read as if
title-cased.

Labels, registered letters and CRM duplicates print a whole block in capitals, while the street
patterns know street words and names written capitalised ("Street", "Gordon"). Rather than double
every pattern, such lines are title-cased in a same-length copy of the text and the patterns run on
it once more; only findings on those lines are kept from it. A line qualifies when it has no
lower-case letter and the block it stands in has a line in capitals with a number in it (a street
or postcode line), so headings alone never start the extra pass.
"""

from __future__ import annotations

import re

from .normalize import TextView

_LINE = re.compile(r"[^\n]+")


def _shouted(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 3 and not any(c.islower() for c in letters) and any(c.isupper() for c in letters)


def _title_cased(line: str) -> str:
    # Per character, so the length never changes ("ß" has no one-letter capital, "İ" lower-cases to
    # two characters: such letters are left as they are).
    out = []
    previous_letter = False
    for char in line:
        if char.isalpha() and previous_letter:
            lower = char.lower()
            out.append(lower if len(lower) == 1 else char)
        else:
            out.append(char)
        previous_letter = char.isalpha() or char in "'’"
    return "".join(out)


def title_cased_lines(view: TextView) -> tuple[TextView, list[tuple[int, int]]] | None:
    """A same-length view with the lines in capitals title-cased and those lines' ranges, or None
    when no line in capitals holds a number."""
    text = view.text
    lines = [(m.start(), m.end()) for m in _LINE.finditer(text) if _shouted(m.group())]
    if not any(any(c.isdigit() for c in text[s:e]) for s, e in lines):
        return None
    pieces = list(text)
    for start, end in lines:
        pieces[start:end] = _title_cased(text[start:end])
    return TextView("".join(pieces)), lines
