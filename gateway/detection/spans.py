"""Turning raw candidates into the answer: allow/deny terms, threshold, overlap resolution."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence

from .types import DENY_LIST_ENTITY, Span


def compile_terms(terms: Sequence[str]) -> re.Pattern[str] | None:
    """Case-insensitive whole-word matcher for policy terms (longest first)."""
    cleaned = sorted({t.strip() for t in terms if t.strip()}, key=len, reverse=True)
    if not cleaned:
        return None
    parts = []
    for term in cleaned:
        left = r"(?<!\w)" if term[0].isalnum() else ""
        right = r"(?!\w)" if term[-1].isalnum() else ""
        parts.append(left + re.escape(term) + right)
    return re.compile("|".join(parts), re.IGNORECASE)


def term_ranges(pattern: re.Pattern[str] | None, text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)] if pattern else []


def drop_allowed(spans: Iterable[Span], allowed: list[tuple[int, int]]) -> list[Span]:
    """Drop spans that lie inside an allow-term occurrence (deny-list spans always stay)."""
    if not allowed:
        return list(spans)
    kept = []
    for span in spans:
        inside = any(a <= span.start and span.end <= b for a, b in allowed)
        if inside and span.entity != DENY_LIST_ENTITY:
            continue
        kept.append(span)
    return kept


# A character str.isalnum() accepts (re's \w is exactly those and "_": checked over every code
# point), searched in C instead of a generator over the piece's characters.
_ALNUM = re.compile(r"[^\W_]")


def priority(span: Span) -> tuple[int, int, float]:
    # Deny terms first, then checksum-validated findings (score >= 0.9), then the longest.
    tier = 3 if span.entity == DENY_LIST_ENTITY else 2 if span.score >= 0.9 else 1
    return (tier, span.end - span.start, span.score)


def resolve_overlaps(spans: Iterable[Span], text: str) -> list[Span]:
    """Sorted, non-overlapping spans. A lower-priority span keeps the parts nobody else covers,
    so a redaction never leaves a tail of a value behind."""
    starts: list[int] = []  # accepted spans, disjoint and sorted, as parallel lists
    ends: list[int] = []
    accepted: list[Span] = []
    for span in sorted(spans, key=priority, reverse=True):
        pieces = []
        cursor = span.start
        i = bisect.bisect_right(ends, span.start)
        while i < len(starts) and starts[i] < span.end:
            if starts[i] > cursor:
                pieces.append((cursor, starts[i]))
            cursor = max(cursor, ends[i])
            i += 1
        if cursor < span.end:
            pieces.append((cursor, span.end))
        for a, b in pieces:
            a, b = _strip(text, a, b)
            if b - a >= 2 and _ALNUM.search(text, a, b):
                j = bisect.bisect_left(starts, a)
                starts.insert(j, a)
                ends.insert(j, b)
                accepted.insert(j, Span(a, b, span.entity, span.score))
    return accepted


def _strip(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a] in " \t\n,;:":
        a += 1
    while b > a and text[b - 1] in " \t\n,;:":
        b -= 1
    return a, b
