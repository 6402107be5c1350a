"""Presidio recognizers inside the engine: Presidio's predefined ones by class name, and a team's
own `EntityRecognizer` subclasses by import path ("acme_pii.recognizers:EmployeeIdRecognizer").

Both run on the folded view (NFKC, invisible characters removed, look-alikes folded) and their
spans are mapped back to the original text, so zero-width characters inside a value do not hide it.
Their own validation (PatternRecognizer.validate_result / invalidate_result) is honoured, because
their own `analyze` runs. They get no NLP artefacts: a recognizer that needs an NLP engine, a model
or a remote service is refused when the policy loads (`presidio_refusal`). Their context words go
through the engine's one context rule (context.py), not Presidio's lemma-based enhancer.

Predefined pattern recognizers keep Presidio's own regexes on Python's `regex` engine: they are
fixed, reviewed patterns shipped in the pinned presidio-analyzer release (not policy input), and
re-running them on RE2 would silently change their semantics (several use lookaround). Patterns a
policy supplies always run on RE2 (custom.py).

A recognizer that raises fails the request closed: the error names the recognizer, never the text.
"""

from __future__ import annotations

import importlib
import inspect
import logging
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from .recognizer import Recognizer
from .types import Span
from .views import TextViews

# Presidio's recognizers that need an NLP engine's output or a model we do not ship.
_NEEDS_NLP = frozenset({"SpacyRecognizer", "StanzaRecognizer", "TransformersRecognizer", "GLiNERRecognizer",
                        "HuggingFaceNerRecognizer", "MedicalNERRecognizer"})
PLUGIN_PATH_FORMAT = "package.module:ClassName"


class RecognizerError(Exception):
    """A Presidio or plug-in recognizer failed. The message names the recognizer only."""


def offline_tldextract() -> None:
    """Point tldextract's shared extractor (used by Presidio's e-mail recognizer) at the bundled
    public-suffix snapshot, so nothing is fetched at run time."""
    import tldextract.tldextract as tld

    if tld.TLD_EXTRACTOR.suffix_list_urls:
        tld.TLD_EXTRACTOR = tld.TLDExtract(suffix_list_urls=(), cache_dir=None)


def _presidio() -> Any:
    offline_tldextract()
    logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)  # it logs per-language notices
    import presidio_analyzer.predefined_recognizers as predefined

    return predefined


def presidio_class_names() -> list[str]:
    """Every class Presidio exports as a predefined recognizer."""
    from presidio_analyzer import EntityRecognizer

    predefined = _presidio()
    return sorted(n for n in predefined.__all__
                  if inspect.isclass(getattr(predefined, n, None)) and issubclass(getattr(predefined, n), EntityRecognizer))


@lru_cache(maxsize=None)
def _predefined(name: str) -> Any:
    """An instance of a Presidio predefined recognizer, or a content-free reason string."""
    from presidio_analyzer import EntityRecognizer, RemoteRecognizer
    from presidio_analyzer.lm_recognizer import LMRecognizer

    cls = getattr(_presidio(), name, None)
    if not inspect.isclass(cls) or not issubclass(cls, EntityRecognizer):
        return "not a Presidio predefined recognizer class"
    if issubclass(cls, (RemoteRecognizer, LMRecognizer)):
        return "calls a remote service (the gateway is offline at run time)"
    if name in _NEEDS_NLP or any(c.__name__ in _NEEDS_NLP for c in cls.__mro__):
        return "needs an NLP engine or a model (use the gateway's own NER entities instead)"
    try:
        return cls()
    except Exception:
        return "cannot be built offline with its default settings"


def presidio_refusal(name: str) -> str | None:
    """None when the predefined recognizer `name` can run in the gateway, else why not."""
    found = _predefined(name)
    return found if isinstance(found, str) else None


def presidio_entities(name: str) -> frozenset[str]:
    found = _predefined(name)
    return frozenset() if isinstance(found, str) else frozenset(found.supported_entities)


@lru_cache(maxsize=None)
def _plugin(path: str) -> Any:
    """An instance of a team's EntityRecognizer subclass, or a content-free reason string."""
    from presidio_analyzer import EntityRecognizer

    module_name, _, class_name = path.partition(":")
    if not module_name or not class_name:
        return f"must look like {PLUGIN_PATH_FORMAT}"
    _presidio()
    try:
        module = importlib.import_module(module_name)
    except Exception:
        return "module cannot be imported (is its package installed, or on PYTHONPATH?)"
    cls = getattr(module, class_name, None)
    if not inspect.isclass(cls) or not issubclass(cls, EntityRecognizer):
        return "not a subclass of presidio_analyzer.EntityRecognizer"
    try:
        return cls()
    except Exception:
        return "cannot be instantiated without arguments"


def plugin_refusal(path: str) -> str | None:
    found = _plugin(path)
    return found if isinstance(found, str) else None


def plugin_entities(path: str) -> frozenset[str]:
    found = _plugin(path)
    return frozenset() if isinstance(found, str) else frozenset(found.supported_entities)


class PresidioRecognizer(Recognizer):
    """One Presidio EntityRecognizer as an engine recognizer (folded view, spans mapped back)."""

    view = "folded"

    def __init__(self, recognizer: Any, wanted: frozenset[str]) -> None:
        self.recognizer = recognizer
        self.name = recognizer.name
        self.entities = frozenset(recognizer.supported_entities) & wanted
        self.context = tuple(recognizer.context or ())

    def find(self, views: TextViews) -> Iterable[Span]:
        if not self.entities:
            return []
        folded = views.folded
        try:
            results = self.recognizer.analyze(folded.text, sorted(self.entities), None)
        except Exception:
            raise RecognizerError(f"recognizer {self.name} failed") from None
        spans = []
        for result in results or ():
            if result.entity_type not in self.entities or not 0 <= result.start < result.end <= len(folded.text):
                continue
            start, end = folded.to_original(result.start, result.end)
            spans.append(Span(start, end, result.entity_type, float(result.score)))
        return spans


def load_presidio(name: str, wanted: frozenset[str]) -> Recognizer:
    found = _predefined(name)
    if isinstance(found, str):
        raise RecognizerError(f"Presidio recognizer {name}: {found}")
    return PresidioRecognizer(found, wanted)


def load_plugin(path: str, wanted: frozenset[str]) -> Recognizer:
    found = _plugin(path)
    if isinstance(found, str):
        raise RecognizerError(f"recognizer {path}: {found}")
    return PresidioRecognizer(found, wanted)
