"""The synchronous detection engine: one call analyses a batch of texts for one policy spec.

CPU-bound by design; the async service runs it in worker processes. The registry (registry.py)
picks the recognizers a spec needs; they run phase by phase (patterns and gazetteers, then spaCy
NER on what they left unexplained, then the policy's deny terms), every span goes through the one
context rule (context.py) with its recognizer's context words, and the stages (stages.py) turn the
candidates into the answer: threshold, allow terms, overlap resolution, list continuation, repeat
mentions.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache

from .context import boost
from .field_markup import outside_codes, without_field_markup
from .lookup_tables import load_lookup_tables
from .ner import load_pipeline, model_version
from .recognizer import Recognizer
from .registry import Plan, RecognizerRegistry
from .settings import DetectorSettings
from .spans import compile_terms
from .stages import Analysis
from .terms import allowed_ranges
from .types import DetectionSpec, Span
from .views import TextViews

ENGINE_VERSION = "gw-detect/1"


@lru_cache(maxsize=256)
def _allow_pattern(terms: tuple[str, ...]) -> re.Pattern[str] | None:
    return compile_terms(terms)


class DetectionEngine:
    """Loads the model and gazetteers once; `analyze` is pure and thread-compatible per process."""

    def __init__(self, settings: DetectorSettings = DetectorSettings()) -> None:
        self.settings = settings
        self._nlp = load_pipeline(settings.spacy_model)
        self.registry = RecognizerRegistry(self._nlp)
        load_lookup_tables()  # now, not on the first requests that need them (lookup_tables.py)
        self.version = f"{ENGINE_VERSION} {settings.spacy_model}-{self._nlp.meta.get('version', '0')}"
        self.model = model_version(self._nlp)

    def analyze(self, texts: Sequence[str], spec: DetectionSpec) -> list[list[Span]]:
        plan = self.registry.plan(spec)
        # Printer/EDI codes are blanked in place (same length), so spans need no mapping back.
        views = [TextViews(without_field_markup(text)) for text in texts]
        found = zip(texts, views, self.recognize(views, plan, spec))
        return [outside_codes(text, v.original, self._finish(v, plan, spec, spans)) for text, v, spans in found]

    def recognize(self, views: list[TextViews], plan: Plan, spec: DetectionSpec) -> list[list[Span]]:
        """Candidates per text: every recognizer of the plan, context-boosted, before the stages.
        Runs of recognizers that read one text at a time go text by text (each text's views stay
        hot); a batch recognizer (NER) sees every text and what the runs before it found."""
        found: list[list[Span]] = [[] for _ in views]
        run: list[Recognizer] = []
        for recognizer in (*plan.recognizers, None):
            if recognizer is not None and not recognizer.batched:
                run.append(recognizer)
                continue
            if run:
                # _add's loop inlined: this runs for every recognizer and text (a call and three
                # attribute lookups each time were a measurable part of the engine's own time).
                threshold = spec.score_threshold
                for out, view in zip(found, views):
                    text = view.original
                    for single in run:
                        for span in single.find(view):
                            if span.score < threshold:
                                span = boost(span, text, single.context_pattern(span.entity), threshold)
                            out.append(span)
                run = []
            if recognizer is not None:
                for index, spans in enumerate(recognizer.find_batch(views, found)):
                    self._add(found[index], recognizer, spans, views[index].original, spec.score_threshold)
        return found

    @staticmethod
    def _add(out: list[Span], recognizer: Recognizer, spans: Iterable[Span], text: str, threshold: float) -> None:
        for span in spans:
            if span.score < threshold:
                span = boost(span, text, recognizer.context_pattern(span.entity), threshold)
            out.append(span)

    def _finish(self, views: TextViews, plan: Plan, spec: DetectionSpec, found: list[Span]) -> list[Span]:
        analysis = Analysis(views, found, allowed_ranges(_allow_pattern(spec.allow_terms), views))
        for stage in plan.stages:
            analysis.spans = stage(analysis)
        return analysis.spans
