"""Entity names: the contract between policies and the detection engine.

Derived from the recognizer registry, so an entity type is declared in one place (registry.py).
"""

from __future__ import annotations

from .ner_recognizer import NER_ENTITIES
from .registry import BUILTIN_ENTITIES
from .types import DENY_LIST_ENTITY

__all__ = ["NER_ENTITIES", "PATTERN_ENTITIES", "SUPPORTED_ENTITIES", "DEFAULT_POLICY_ENTITIES"]

PATTERN_ENTITIES: frozenset[str] = BUILTIN_ENTITIES - NER_ENTITIES

SUPPORTED_ENTITIES: frozenset[str] = BUILTIN_ENTITIES | {DENY_LIST_ENTITY}

# The shipped default policy: every personal-data type except the two that are mostly not personal.
DEFAULT_POLICY_ENTITIES: frozenset[str] = SUPPORTED_ENTITIES - {"DATE_TIME", "URL"}
