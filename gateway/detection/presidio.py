"""The engine for Presidio users: our recognizers as Presidio recognizers, and a ready AnalyzerEngine.

    from gateway.detection.presidio import analyzer_engine
    analyzer = analyzer_engine()                      # spaCy model and gazetteers load once
    results = analyzer.analyze(text, language="en")   # list[RecognizerResult]

`analyzer_engine()` builds a stock `presidio_analyzer.AnalyzerEngine` with Presidio's no-op NLP
engine (no spaCy pass of Presidio's own, no model download) and one `GatewayEngineRecognizer`,
which runs the whole gateway engine (every recognizer the requested entities need, the context
rule, threshold, overlap resolution, list continuation and repeat mentions), so its results are
exactly the gateway's spans: evasion-resistant (normalised views, spans in original coordinates)
and checksummed. `gateway_recognizers()` gives the building blocks instead, one Presidio
recognizer per built-in recognizer (each with the context rule, without the whole-text stages),
to mix into an existing Presidio registry.

Presidio is used offline: tldextract reads its bundled snapshot and Presidio's default NLP engine
provider (which may try to download en_core_web_lg) is never used.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from presidio_analyzer import AnalyzerEngine, EntityRecognizer, RecognizerRegistry, RecognizerResult
from presidio_analyzer.nlp_engine import NoOpNlpEngine

from .context import boost
from .engine import DetectionEngine
from .entities import SUPPORTED_ENTITIES
from .plugins import offline_tldextract
from .personal_numbers import PersonalNumbersRecognizer
from .recognizer import Recognizer
from .registry import PATTERN_RECOGNIZERS
from .settings import DetectorSettings
from .types import DENY_LIST_ENTITY, DetectionSpec, Span
from .views import TextViews

DEFAULT_LANGUAGES = ("en",)


def _result(span: Span, name: str) -> RecognizerResult:
    return RecognizerResult(span.entity, span.start, span.end, span.score, recognition_metadata={
        RecognizerResult.RECOGNIZER_NAME_KEY: name})


class GatewayEngineRecognizer(EntityRecognizer):
    """The whole gateway engine as one Presidio recognizer (same spans as the gateway)."""

    def __init__(self, engine: DetectionEngine, entities: Iterable[str] = SUPPORTED_ENTITIES - {DENY_LIST_ENTITY},
                 score_threshold: float = 0.5, language: str = "en") -> None:
        self.engine = engine
        self.score_threshold = score_threshold
        super().__init__(supported_entities=sorted(entities), name="GatewayEngine", supported_language=language,
                         version=engine.version)

    def load(self) -> None:
        pass

    def analyze(self, text: str, entities: list[str], nlp_artifacts: Any = None) -> list[RecognizerResult]:
        wanted = frozenset(entities or self.supported_entities) & frozenset(self.supported_entities)
        if not wanted:
            return []
        spans = self.engine.analyze([text], DetectionSpec(wanted, self.score_threshold))[0]
        return [_result(s, self.name) for s in spans]


class GatewayRecognizer(EntityRecognizer):
    """One engine recognizer as a Presidio recognizer: reads its view, applies the context rule."""

    def __init__(self, recognizer: Recognizer, score_threshold: float = 0.5, language: str = "en") -> None:
        self.recognizer = recognizer
        self.score_threshold = score_threshold
        super().__init__(supported_entities=sorted(recognizer.entities), name=recognizer.name,
                         supported_language=language, context=list(recognizer.context))

    def load(self) -> None:
        pass

    def analyze(self, text: str, entities: list[str], nlp_artifacts: Any = None) -> list[RecognizerResult]:
        views = TextViews(text)
        wanted = set(entities or self.supported_entities)
        out = []
        for span in self.recognizer.find_batch([views], [[]])[0]:
            if span.entity in wanted:
                span = boost(span, text, self.recognizer.context_pattern(span.entity), self.score_threshold)
                out.append(_result(span, self.name))
        return out


def gateway_recognizers(engine: DetectionEngine | None = None, score_threshold: float = 0.5,
                        language: str = "en") -> list[EntityRecognizer]:
    """Every built-in recognizer of the engine as a Presidio recognizer."""
    offline_tldextract()
    engine = engine or DetectionEngine(DetectorSettings())
    built_in: Sequence[Recognizer] = [*PATTERN_RECOGNIZERS, PersonalNumbersRecognizer(), *engine.registry.gazetteer_and_ner()]
    return [GatewayRecognizer(r, score_threshold, language) for r in built_in]


def analyzer_engine(engine: DetectionEngine | None = None, score_threshold: float = 0.5,
                    languages: Sequence[str] = DEFAULT_LANGUAGES) -> AnalyzerEngine:
    """A stock Presidio AnalyzerEngine, no-op NLP engine, running the gateway engine."""
    offline_tldextract()
    engine = engine or DetectionEngine(DetectorSettings())
    recognizers = [GatewayEngineRecognizer(engine, score_threshold=score_threshold, language=lang) for lang in languages]
    nlp_engine = NoOpNlpEngine(models=[{"lang_code": lang, "model_name": "no_op"} for lang in languages])
    registry = RecognizerRegistry(recognizers=recognizers, supported_languages=list(languages))
    return AnalyzerEngine(registry=registry, nlp_engine=nlp_engine, supported_languages=list(languages),
                          default_score_threshold=score_threshold)
