"""Policy-defined regex recognizers, compiled with RE2 (linear time, so no catastrophic backtracking).

Their context words go through the engine's one context rule (context.py).

`validate_custom_regex` is what the policy loader calls; it never echoes the pattern back.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import re2

from .recognizer import Recognizer
from .types import CustomPattern, Span
from .views import TextViews

MAX_REGEX_LENGTH = 1000
_RE2_OPTIONS = re2.Options()
_RE2_OPTIONS.max_mem = 8 << 20  # bound the compiled program size per pattern
_RE2_OPTIONS.log_errors = False  # RE2 would print the rejected pattern to stderr


def _compile(regex: str) -> Any:
    return re2.compile(regex, options=_RE2_OPTIONS)


def validate_custom_regex(regex: str) -> str | None:
    """None when the pattern is safe to run, else a content-free reason."""
    if not regex:
        return "empty regex"
    if len(regex) > MAX_REGEX_LENGTH:
        return f"regex longer than {MAX_REGEX_LENGTH} characters"
    try:
        compiled = _compile(regex)
    except Exception:  # re2.error, and ValueError on unsupported constructs
        return "invalid or unsupported regex (RE2 syntax: no backreferences or lookaround)"
    if compiled.search("") is not None and compiled.fullmatch("") is not None:
        return "regex matches the empty string"
    return None


class CompiledCustom(Recognizer):
    """One policy regex as a recognizer, on the folded view (so zero-width characters and
    look-alike letters inside a value do not hide it); spans map back to the original text."""

    view = "folded"

    def __init__(self, pattern: CustomPattern) -> None:
        self.pattern = pattern
        self.regex = _compile(pattern.regex)
        self.name = f"policy:{pattern.entity}"
        self.entities = frozenset({pattern.entity})
        self.context = pattern.context
        self.score = pattern.score

    def find(self, views: TextViews) -> Iterator[Span]:
        view = views.folded
        for match in self.regex.finditer(view.text):
            a, b = match.span()
            if b <= a:
                continue
            start, end = view.to_original(a, b)
            yield Span(start, end, self.pattern.entity, self.pattern.score)


def compile_custom(pattern: CustomPattern) -> CompiledCustom | None:
    """Compile one policy pattern; an unsafe pattern is skipped (the policy loader rejects it)."""
    if validate_custom_regex(pattern.regex) is not None:
        return None
    return CompiledCustom(pattern)
