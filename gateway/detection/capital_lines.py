"""Postal lines written wholly in capitals ("4 GORDON STREET", "RUE DES LILAS 12") read as if
title-cased.

Labels, registered letters and CRM duplicates print a whole block in capitals, while the street
patterns know street words and names written capitalised ("Street", "Gordon"). Rather than double
every pattern, such lines are title-cased in a same-length copy of the text and the patterns run on
it once more; only strong findings on those lines are kept from it. A line qualifies when it has no
lower-case letter; the extra pass runs only when one such line holds a number (a street or postcode
line), so headings alone never start it.
"""

from __future__ import annotations

from .normalize import TextView


def _shouted(line: str) -> bool:
    # str.isupper (in C) first: a capital and no lower-case letter; most lines fail it at once.
    return line.isupper() and sum(c.isalpha() for c in line) >= 3


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
    lines: list[tuple[int, int]] = []
    numbered = False
    position = 0
    for line in text.split("\n"):
        if _shouted(line):
            lines.append((position, position + len(line)))
            numbered = numbered or any(c.isdigit() for c in line)
        position += len(line) + 1
    if not numbered:
        return None
    pieces = list(text)
    for start, end in lines:
        pieces[start:end] = _title_cased(text[start:end])
    return TextView("".join(pieces)), lines
