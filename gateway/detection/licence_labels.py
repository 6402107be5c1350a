"""Driver's licence numbers after a label that names them, whatever their shape.

States, provinces and countries each number licences their own way (six digits, letters then digits,
mixed case in test data), so the shape-based formats (patterns.py) miss some; a number right after
"driver's license number is", "driving licence no.:" or "DL#" is the licence's all the same. The
value must hold two digits, so that words ("driver's license is expired") are never taken.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .normalize import TextView
from .patterns import find_us_driver_licenses, span_in_original
from .types import Span

_LABEL = re.compile(
    r"(?i)\b(?:driver'?s?'?|driving)[ \-]licen[cs]e(?:[ \t]+(?:number|num|no\.?|nr\.?|id|#))?"
    r"|\bDL[ \t]?(?:#|no\.?|number)"
)
_VALUE_AFTER = re.compile(r"[ \t]*(?:(?:is|was|=|:|#|-)[ \t]*)?(?P<value>[A-Za-z0-9][A-Za-z0-9\-]{3,19})(?![\w\-])")
_LABELLED_SCORE = 0.85


def _labelled_values(view: TextView) -> Iterator[tuple[int, int]]:
    text = view.text
    if "licen" not in text.lower() and "DL" not in text:
        return
    for label in _LABEL.finditer(text):
        match = _VALUE_AFTER.match(text, label.end())
        if match is None:
            continue
        value = match.group("value")
        if sum(c.isdigit() for c in value) >= 2:
            yield match.start("value"), match.end("value")


def find_driver_licenses(view: TextView) -> Iterator[Span]:
    """The shape-based licence numbers, then the labelled ones no shape caught."""
    taken: set[tuple[int, int]] = set()
    for span in find_us_driver_licenses(view):
        taken.add((span.start, span.end))
        yield span
    for start, end in _labelled_values(view):
        span = span_in_original(view, start, end, "US_DRIVER_LICENSE", _LABELLED_SCORE)
        if (span.start, span.end) not in taken:
            yield span
