"""Policy terms: the deny list as a recognizer (always reported) and allow-list ranges."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .recognizer import TERMS_PHASE, Recognizer
from .spans import compile_terms, term_ranges
from .types import DENY_LIST_ENTITY, Span
from .views import TextViews


class DenyListRecognizer(Recognizer):
    """Policy `deny` terms, case-insensitive whole words on the folded view, score 1.0.

    Runs after NER (TERMS_PHASE): NER still reads words a deny term covers, as it always has."""

    name = "deny_list"
    entities = frozenset({DENY_LIST_ENTITY})
    score = 1.0
    phase = TERMS_PHASE

    def __init__(self, terms: Sequence[str]) -> None:
        self.pattern: re.Pattern[str] | None = compile_terms(terms)

    def find(self, views: TextViews) -> list[Span]:
        folded = views.folded
        spans = []
        for a, b in term_ranges(self.pattern, folded.text):
            start, end = folded.to_original(a, b)
            spans.append(Span(start, end, DENY_LIST_ENTITY, 1.0))
        return spans


def allowed_ranges(pattern: re.Pattern[str] | None, views: TextViews) -> list[tuple[int, int]]:
    """Original ranges of policy `allow` terms (matched on the folded view)."""
    if pattern is None:
        return []
    folded = views.folded
    return [folded.to_original(a, b) for a, b in term_ranges(pattern, folded.text)]
