"""Machine formats that wrap each printed field in codes: label-printer (ZPL) and X12 EDI.

A shipping label printed with ZPL carries each line of the address between `^FD` and `^FS`, after
positioning codes; an X12 document carries it in `~`-terminated segments whose elements are joined
by `*` after a segment id (`N3*street~`, `N4*town*state*zip~`). The codes glue the fields to each
other, so nothing downstream sees a postal block. Detection therefore reads these texts with the
codes overwritten by blanks and line breaks, character for character: the cleaned text has the
same length, so every span found on it is already in the original's coordinates. Field contents
are never changed.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .types import Span

# A ZPL label runs from ^XA to ^XZ; one field's data from ^FD to the next ^FS (it may hold a
# line break).
_ZPL_LABEL = re.compile(r"\^XA.*?(?:\^XZ|\Z)", re.DOTALL)
_ZPL_FIELD = re.compile(r"\^FD(.*?)\^FS", re.DOTALL)
# A barcode command (^B1..^BZ, not ^BY, which only sets the module width) before a field.
_ZPL_BARCODE = re.compile(r"\^B[0-9A-XZ]")
# An X12 segment: an id of 2-3 capitals/digits, its elements after '*', ended by '~'.
_X12_SEGMENT = re.compile(r"(?m)^([A-Z][A-Z0-9]{1,2})\*([^~\n]*)~")
# X12 segments that continue a party's postal block: N2 more name, N3 street, N4 town/state/zip.
_ADDRESS_SEGMENTS = frozenset({"N2", "N3", "N4"})


def _zpl_cleaned(text: str) -> str:
    # Everything on a label outside the field data is printer code: blank it, keep line breaks.
    out = list(text)
    for label in _ZPL_LABEL.finditer(text):
        out[label.start() : label.end()] = ["\n" if char == "\n" else " " for char in label.group()]
        for field in _ZPL_FIELD.finditer(text, label.start(), label.end()):
            line_start = text.rfind("\n", label.start(), field.start()) + 1
            if _ZPL_BARCODE.search(text, max(line_start, label.start()), field.start()):
                # A barcode's payload is a machine id (tracking, SKU): it stays glued to its
                # codes as in the original, out of reach of the phone and street grammars.
                start = max(line_start, label.start())
                out[start : field.end()] = text[start : field.end()]
                continue
            out[field.start(1) : field.end(1)] = field.group(1)
    return "".join(out)


def _x12_cleaned(text: str) -> str:
    out = list(text)
    for match in _X12_SEGMENT.finditer(text):
        segment_id = match.group(1)
        id_end = match.end(1) + 1
        if segment_id in _ADDRESS_SEGMENTS:
            # Name continuation, street and town lines stay on the party's block.
            out[match.start(1) : id_end] = " " * (id_end - match.start(1))
            for index in range(match.start(2), match.end(2)):
                if out[index] == "*":
                    out[index] = " "
            out[match.end() - 1] = " "
        else:
            # Any other segment opens a new paragraph (N1 a new party); N1's first element is the
            # party's role code, not part of its name.
            out[match.start(1) : id_end] = "\n" + " " * (id_end - match.start(1) - 1)
            if segment_id == "N1":
                code_end = text.find("*", id_end, match.end(2))
                if code_end > 0:
                    out[id_end : code_end + 1] = " " * (code_end + 1 - id_end)
                    out[match.end() - 1] = " "
            # Its other elements keep their '*': codes, counts and dates, not words.
    return "".join(out)


def without_field_markup(text: str) -> str:
    """`text` with ZPL / X12 codes blanked (same length), or `text` itself when it has none."""
    if "^XA" in text and "^FD" in text:
        text = _zpl_cleaned(text)
    if "*" in text and "~" in text and _X12_SEGMENT.search(text):
        text = _x12_cleaned(text)
    return text


def outside_codes(original: str, cleaned: str, spans: list[Span]) -> list[Span]:
    """`spans` cut where they cross blanked codes, so that no finding covers a printer/EDI code."""
    if cleaned is original:
        return spans
    out: list[Span] = []
    for span in spans:
        start = None
        for index in range(span.start, span.end + 1):
            code = index == span.end or (original[index] != cleaned[index] and not original[index].isspace())
            if not code and start is None:
                start = index
            elif code and start is not None:
                end = index
                while end > start and cleaned[end - 1].isspace():
                    end -= 1
                if end > start:
                    out.append(replace(span, start=start, end=end))
                start = None
    return out
