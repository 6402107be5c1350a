"""The detection engine's vocabulary: what a policy asks for and what the engine finds.

Everything here is plain, frozen and picklable so it can cross into detector worker processes.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Span:
    """One finding, in the coordinates of the original text (never carries the value itself)."""

    start: int
    end: int
    entity: str
    score: float


@dataclass(frozen=True, slots=True)
class CustomPattern:
    """A policy-defined recognizer: a regex, optionally boosted by nearby context words."""

    entity: str
    regex: str
    context: tuple[str, ...] = ()
    score: float = 0.85


@dataclass(frozen=True, slots=True)
class DetectionSpec:
    """What one policy asks the engine to look for. Hashable, so workers can cache compiled state."""

    entities: frozenset[str]
    score_threshold: float = 0.5
    allow_terms: tuple[str, ...] = ()
    deny_terms: tuple[str, ...] = ()
    custom: tuple[CustomPattern, ...] = field(default=())
    presidio: tuple[str, ...] = ()  # Presidio predefined recognizer class names (plugins.py)
    plugins: tuple[str, ...] = ()  # a team's EntityRecognizer classes, "package.module:ClassName"


# Entity reported for policy deny-list terms.
DENY_LIST_ENTITY = "DENY_LIST"
