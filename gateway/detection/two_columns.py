"""Two blocks side by side: shipping labels ("SHIP FROM ... SHIP TO"), quotes and invoices
("Adresse de facturation : ... Adresse de livraison :") set two addresses in two columns.

Read line by line, such a layout interleaves the blocks: the right column's street stands between
the left column's name and town lines, so no block's grammar holds. A run of two or more lines
that each split into exactly two cells at a wide gap (four spaces or more) is read as two columns:
each column is a view of its own (its cells joined by line breaks, offsets mapped to the original),
in which the address patterns see two ordinary blocks. A line of three cells or more is a table row
("Désignation    Qté    PU HT"), never a column line.
"""

from __future__ import annotations

import re

from .normalize import TextView

# The gap between two columns: four spaces or more, or a tab.
_GAP = re.compile(r" {4,}|\t+")
# A column block of fewer lines is a label and its value ("Date :     10/12/2023").
_MIN_LINES = 2


def _cells(text: str, start: int, end: int) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The two cells of the line text[start:end], or None when it is not one of two cells."""
    while start < end and text[start] == " ":
        start += 1
    while end > start and text[end - 1] in " \t\r":
        end -= 1
    if end - start < 3 or start - (text.rfind("\n", 0, start) + 1) > 3:
        return None  # an empty line, or one indented as code is
    gaps = list(_GAP.finditer(text, start, end))
    if len(gaps) != 1:
        return None
    gap = gaps[0]
    if gap.start() == start:
        return None  # a tab that indents the line
    return (start, gap.start()), (gap.end(), end)


def _column_view(view: TextView, cells: list[tuple[int, int]]) -> TextView:
    """The view of one column: its cells joined by line breaks, each character mapped to the original."""
    text = view.text
    starts: list[int] = []
    ends: list[int] = []
    offsets = view.offset_lists()
    for index, (start, end) in enumerate(cells):
        if index:  # the joining line break stands for the end of the cell above
            starts.append(ends[-1])
            ends.append(ends[-1])
        if offsets is None:
            starts.extend(range(start, end))
            ends.extend(range(start + 1, end + 1))
        else:
            starts.extend(offsets[0][start:end])
            ends.extend(offsets[1][start:end])
    return TextView("\n".join(text[start:end] for start, end in cells), starts, ends)


def column_views(view: TextView) -> list[TextView]:
    """One view per column of each two-column block of the text (none for most texts)."""
    text = view.text
    if ("    " not in text and "\t" not in text) or "\n" not in text:
        return []
    views: list[TextView] = []
    left: list[tuple[int, int]] = []
    right: list[tuple[int, int]] = []
    position = 0
    while position <= len(text):
        line_end = text.find("\n", position)
        if line_end < 0:
            line_end = len(text)
        cells = _cells(text, position, line_end)
        if cells is not None:
            left.append(cells[0])
            right.append(cells[1])
        if cells is None or line_end == len(text):
            if len(left) >= _MIN_LINES:
                views.extend((_column_view(view, left), _column_view(view, right)))
            left, right = [], []
        position = line_end + 1
    return views
