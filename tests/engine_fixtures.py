"""One detection engine per test session for the detection test modules that import `engine` from here
(loading spaCy and the gazetteers takes seconds; `DetectionEngine.analyze` keeps no state between
calls), and the helpers the name tests share. Not a plugin: the audit tests' `engine` is a database."""

from __future__ import annotations

from functools import cache

import pytest

from gateway.detection.engine import DetectionEngine
from gateway.detection.entities import DEFAULT_POLICY_ENTITIES
from gateway.detection.types import DetectionSpec

DEFAULT = DetectionSpec(frozenset(DEFAULT_POLICY_ENTITIES))


@cache
def _session_engine() -> DetectionEngine:
    return DetectionEngine()


@pytest.fixture(scope="session")
def engine() -> DetectionEngine:
    return _session_engine()


def people(engine: DetectionEngine, text: str) -> list[str]:
    """The PERSON findings of `text` under the shipped default policy's entities."""
    return [text[s.start : s.end] for s in engine.analyze([text], DEFAULT)[0] if s.entity == "PERSON"]


def kept_by_non_person_filter(text: str, value: str, entity: str = "PERSON") -> list[str]:
    """What not_persons.drop_non_persons keeps of one finding of `value` in `text` (as text), with an
    engine loaded first, as in the gateway: the filter reads the English lexicon that an engine loads
    from its spaCy pipeline, so a test run alone (no engine yet) used to see no English words."""
    from gateway.detection.not_persons import drop_non_persons
    from gateway.detection.types import Span

    _session_engine()
    start = text.index(value)
    return [text[s.start : s.end] for s in drop_non_persons(text, [Span(start, start + len(value), entity, 0.85)])]
