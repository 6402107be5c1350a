"""NER's cheaper arithmetic and its reading each repeated piece once change no finding."""

from __future__ import annotations

import pytest
from thinc.api import NumpyOps

from gateway.detection.ner import ner_spans, vocabulary_bound
from gateway.detection.ner_blas import single_threaded_openblas
from tests.engine_fixtures import engine  # noqa: F401  (session fixture)

PIECES = [
    "Please forward the contract to Marisol Quintero before Friday.",
    "Our new hire Tobias Lindqvist starts in the Stockholm office on Monday.",
    "The shipment left Rotterdam and reaches 42 Harbour Road next week.",
    "ok",
]


def _ner(engine):  # noqa: F811
    return engine._nlp


def test_numpy_products_find_the_same_entities_as_blis(engine):  # noqa: F811
    nlp = _ner(engine)
    model = nlp.get_pipe("ner").model
    if getattr(model.ops, "use_blis", True):
        pytest.skip("numpy's BLAS could not be held to one thread here; BLIS stays")
    bound = vocabulary_bound(nlp)
    fast = ner_spans(nlp, PIECES, bound)
    blis = NumpyOps(use_blis=True)
    nodes = list(model.walk())
    previous = [node.ops for node in nodes]
    try:
        for node in nodes:
            node.ops = blis
        slow = ner_spans(nlp, PIECES, bound)
    finally:
        for node, ops in zip(nodes, previous):
            node.ops = ops
    assert fast == slow
    assert any(spans for spans in fast)


def test_openblas_is_held_to_one_thread_when_numpy_products_are_used(engine):  # noqa: F811
    if getattr(_ner(engine).get_pipe("ner").model.ops, "use_blis", True):
        pytest.skip("BLIS in use")
    assert single_threaded_openblas()
