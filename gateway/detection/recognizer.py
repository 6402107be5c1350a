"""The one recognizer interface of the engine, shaped after Presidio's EntityRecognizer.

A recognizer says which entities it supports, which view of the text it reads (`original`,
`folded`: NFKC, invisible characters removed, look-alikes folded; `digits`: folded with separators
between digits collapsed; see views.py), its context words and its base score, and finds spans in
*original* coordinates (it reads its view and maps every span back with `TextView.to_original`).
The engine applies one context rule to every recognizer (context.py): a span scored below the
policy threshold with one of its recognizer's context words nearby is raised by CONTEXT_BOOST.

Wrapping a detector function is a one-liner. A module with

    ENTITY = "API_SECRET"
    SCORE = 0.9
    CONTEXT = ("token", "secret")
    def find_secrets(views: TextViews) -> list[Span]: ...

becomes a recognizer with

    FunctionRecognizer(entity=ENTITY, find=find_secrets, context=CONTEXT, score=SCORE)

and is added to `PATTERN_RECOGNIZERS` in registry.py (the one place an entity type is declared).
With `score=None` the function's own (evidence-graded) span scores stand; with a number, every span
the function yields is reported at that score. `validate=` (a `str -> bool` check such as a
checksum) drops spans whose normalised value fails it, like Presidio's `validate_result`.

`find_batch` lets a recognizer see a whole batch and what the recognizers before it found (the NER
recognizer reads only the stretches the others left unexplained); `phase` orders them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache
from typing import Literal

from .context import compile_context
from .normalize import fold
from .types import Span
from .views import TextViews

View = Literal["original", "folded", "digits"]
PATTERN_PHASE = 0  # recognizers that read the text alone
NER_PHASE = 1  # recognizers that also read what the pattern phase found
TERMS_PHASE = 2  # policy deny terms, last


@lru_cache(maxsize=1024)
def compiled_context(words: tuple[str, ...]) -> re.Pattern[str] | None:
    """compile_context, once per set of words (a recognizer with per-entity words uses it too)."""
    return compile_context(words)


class Recognizer:
    """Base class: subclasses set the attributes and implement `find` (or `find_batch`)."""

    name: str = "recognizer"
    entities: frozenset[str] = frozenset()
    view: View = "folded"
    context: tuple[str, ...] = ()
    score: float | None = None  # base score; None when spans carry evidence-graded scores
    phase: int = PATTERN_PHASE
    batched: bool = False  # True when it overrides `find_batch` (reads the batch and earlier findings)

    def find(self, views: TextViews) -> Iterable[Span]:
        raise NotImplementedError

    def find_batch(self, views: Sequence[TextViews], found: Sequence[Sequence[Span]]) -> list[list[Span]]:
        """Spans per text; `found` holds what earlier phases found in each text."""
        return [list(self.find(v)) for v in views]

    def context_pattern(self, entity: str) -> re.Pattern[str] | None:
        """Compiled context words for spans of `entity` (the same words for all entities by default)."""
        return compiled_context(self.context)

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.name} {sorted(self.entities)}>"


class FunctionRecognizer(Recognizer):
    """A recognizer around a function `find(views: TextViews) -> Iterable[Span]` for one entity."""

    def __init__(
        self,
        entity: str,
        find: Callable[[TextViews], Iterable[Span]],
        context: Sequence[str] = (),
        score: float | None = None,
        view: View = "folded",
        name: str | None = None,
        validate: Callable[[str], bool] | None = None,
    ) -> None:
        self.entity = entity
        self.entities = frozenset({entity})
        self._find = find
        self.context = tuple(context)
        self.score = score
        self.view = view
        self.name = name or getattr(find, "__name__", entity.lower())
        self._validate = validate

    def find(self, views: TextViews) -> Iterable[Span]:
        spans = self._find(views)
        if self._validate is not None:
            # Validation reads the normalised value (zero-width characters gone, look-alikes folded).
            check = self._validate
            spans = [s for s in spans if check(fold(views.original[s.start : s.end]).text)]
        if self.score is None:
            return spans
        return [Span(s.start, s.end, s.entity, self.score) for s in spans]
