"""The three views one analysis works on, built lazily: original, folded, digits-collapsed."""

from __future__ import annotations

from functools import cached_property

from .normalize import TextView, collapse_digit_separators, fold


class TextViews:
    """All views of one text. Recognizers ask for the view they need; each is built at most once."""

    def __init__(self, text: str) -> None:
        self.original = text

    @cached_property
    def folded(self) -> TextView:
        return fold(self.original)

    @cached_property
    def digits(self) -> TextView:
        return collapse_digit_separators(self.folded)
