"""The one context rule: a telling word near a weak match ("phone", "IBAN", "Steuer-ID") raises it.

Each recognizer carries its own context words (recognizer.py); the engine applies this rule to the
spans of every recognizer alike (built-in, policy regex, Presidio or plug-in): a span scored below
the policy threshold with one of its recognizer's context words within CONTEXT_WINDOW characters
before or after it, in the original text, is raised by CONTEXT_BOOST (at most to 1.0). Spans already
at or above the threshold keep their score, so context never reorders confident findings.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .types import Span

CONTEXT_WINDOW = 40  # characters on either side of a match
CONTEXT_BOOST = 0.35


def compile_context(words: Iterable[str]) -> re.Pattern[str] | None:
    """Case-insensitive whole-word matcher for context words (longest first), or None."""
    words = [w for w in words if w]
    if not words:
        return None
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![^\W_])(?:{alternatives})(?![^\W_])", re.IGNORECASE)


def has_context(text: str, start: int, end: int, pattern: re.Pattern[str] | None) -> bool:
    """Whether a context word occurs within CONTEXT_WINDOW characters before or after the span."""
    if pattern is None:
        return False
    if pattern.search(text, max(0, start - CONTEXT_WINDOW), start):
        return True
    return pattern.search(text, end, min(len(text), end + CONTEXT_WINDOW)) is not None


def boost(span: Span, text: str, pattern: re.Pattern[str] | None, threshold: float) -> Span:
    """`span`, raised by CONTEXT_BOOST when it is below `threshold` and has context nearby."""
    if span.score < threshold and has_context(text, span.start, span.end, pattern):
        return Span(span.start, span.end, span.entity, min(1.0, span.score + CONTEXT_BOOST))
    return span
