"""Scans of patterns that can match only where a line starts.

A pattern opening on a multi-line "^" can match only at the text's start or right after a "\\n",
but finditer tries it at every character of the text. line_matches tries it at each line's start
only and yields the same matches: finditer's next match is the first one at or after the previous
match's end, and no other offset can hold one (tests/test_detection_prechecks_speed3.py compares
the two).
"""

from __future__ import annotations

import re
from collections.abc import Iterator


def line_matches(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """pattern.finditer(text) for a pattern whose first item is a multi-line "^" and whose matches
    are never empty."""
    start, last_end = 0, 0
    while True:
        if start >= last_end:
            match = pattern.match(text, start)
            if match is not None:
                yield match
                last_end = match.end()
        newline = text.find("\n", start)
        if newline == -1:
            return
        start = newline + 1
