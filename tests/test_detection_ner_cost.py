"""NER's cheaper arithmetic and its reading each repeated piece once change no finding."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import numpy
import pytest
from thinc.api import Model, NumpyOps

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


@contextmanager
def _multiplying_with(model: Model, ops: NumpyOps) -> Iterator[None]:
    """Every layer of `model` on `ops` for the block, then back on its own. The encoder runs as
    thinc's own layers meanwhile: the fused one (ner_encoder.py) keeps the products it was built with."""
    fused = model.layers[0]
    if fused.name == "fused_encoder":
        model.layers[0] = fused.layers[0]
    nodes = list(model.walk())
    previous = [node.ops for node in nodes]
    try:
        for node in nodes:
            node.ops = ops
        yield
    finally:
        for node, own in zip(nodes, previous):
            node.ops = own
        model.layers[0] = fused


def test_numpy_products_find_the_same_entities_as_blis(engine):  # noqa: F811
    nlp = _ner(engine)
    model = nlp.get_pipe("ner").model
    if getattr(model.ops, "use_blis", True):
        pytest.skip("numpy's BLAS could not be held to one thread here; BLIS stays")
    bound = vocabulary_bound(nlp)
    fast = ner_spans(nlp, PIECES, bound)
    with _multiplying_with(model, NumpyOps(use_blis=True)):
        slow = ner_spans(nlp, PIECES, bound)
    assert fast == slow
    assert any(spans for spans in fast)


def test_products_by_weights_stored_transposed_are_equal_bit_for_bit(engine):  # noqa: F811
    nlp = _ner(engine)
    model = nlp.get_pipe("ner").model
    if getattr(model.ops, "use_blis", True):
        pytest.skip("numpy's BLAS could not be held to one thread here; BLIS stays")
    tok2vec = model.get_ref("tok2vec")
    docs = [nlp.make_doc(piece) for piece in PIECES]
    pretransposed = tok2vec.predict(docs)
    with _multiplying_with(model, NumpyOps(use_blis=False)):
        transposing = tok2vec.predict(docs)
    assert pretransposed.shape[0] == sum(len(doc) for doc in docs)  # a vector per token
    assert numpy.array_equal(pretransposed, transposing)


def test_every_product_by_a_weight_uses_its_stored_transpose(engine, monkeypatch):  # noqa: F811
    # A layer that reads its weight another way than the copy was stored for would go back to the
    # slower transposing product, silently: none may.
    nlp = _ner(engine)
    if getattr(nlp.get_pipe("ner").model.ops, "use_blis", True):
        pytest.skip("numpy's BLAS could not be held to one thread here; BLIS stays")
    transposing: list[tuple[int, ...]] = []
    usual = NumpyOps.gemm

    def counted(self, x, y, out=None, trans1=False, trans2=False):  # noqa: ANN001, ANN202
        if trans2:
            transposing.append(y.shape)
        return usual(self, x, y, out=out, trans1=trans1, trans2=trans2)

    monkeypatch.setattr(NumpyOps, "gemm", counted)
    assert any(ner_spans(nlp, [f"{piece} ({n})" for n, piece in enumerate(PIECES)], vocabulary_bound(nlp)))
    assert transposing == []


def test_openblas_is_held_to_one_thread_when_numpy_products_are_used(engine):  # noqa: F811
    if getattr(_ner(engine).get_pipe("ner").model.ops, "use_blis", True):
        pytest.skip("BLIS in use")
    assert single_threaded_openblas()
