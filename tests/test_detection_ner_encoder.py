"""NER's encoder run as one function (ner_encoder.py) gives the model's own vectors, bit for bit."""

from __future__ import annotations

import dataclasses

import numpy
import pytest
import spacy
from thinc.api import Model, chain, list2array

from eval import gen_prompts, nonpii
from gateway.detection import ner_encoder
from gateway.detection.ner import ner_spans, vocabulary_bound
from gateway.detection.ner_encoder import EncoderForward, encoder_forward, fuse_encoder
from tests.engine_fixtures import engine  # noqa: F401  (session fixture)


def _model(engine):  # noqa: F811
    return engine._nlp.get_pipe("ner").model


def _texts() -> list[str]:
    """Varied texts the encoder never met at load: prompts in five languages, code, logs, prose,
    single words and an empty one."""
    texts = [t.text for t in gen_prompts.generate(60, seed=41)] + [t.text for t in nonpii.generate(20, seed=41)]
    return texts + ["Jo", "", "   ", "Zebulon Quackenbush", "A" * 300, "x\n\ny"]


def test_the_engine_runs_ner_through_the_fused_encoder(engine):  # noqa: F811
    # The shipped pipeline's encoder has the shape ner_encoder knows: a regression here would not
    # change a finding, only make every request's NER slower, so it is held here.
    assert _model(engine).layers[0].name == "fused_encoder"


def test_fused_vectors_equal_the_models_bit_for_bit_alone_and_in_batches(engine):  # noqa: F811
    nlp = engine._nlp
    fused = _model(engine).layers[0]
    own = fused.layers[0]
    docs = [nlp.make_doc(text) for text in _texts()]
    batches = [docs, docs[::-1], docs[:7], docs[30:80]] + [[doc] for doc in docs if len(doc)]
    for batch in batches:
        expected = own.predict(batch)
        got = fused.predict(batch)
        assert got.shape == expected.shape == (sum(len(doc) for doc in batch), expected.shape[1])
        assert numpy.array_equal(got, expected)


def test_the_same_entities_with_and_without_the_fused_encoder(engine):  # noqa: F811
    nlp = engine._nlp
    model = _model(engine)
    texts = _texts()
    fused = model.layers[0]
    with_fused = ner_spans(nlp, texts, vocabulary_bound(nlp))
    model.layers[0] = fused.layers[0]
    try:
        without = ner_spans(nlp, texts, vocabulary_bound(nlp))
    finally:
        model.layers[0] = fused
    assert with_fused == without
    assert sum(map(len, with_fused)) > 20  # names, places and streets were there to find


def test_a_batch_of_empty_documents_goes_to_the_models_own_encoder(engine):  # noqa: F811
    nlp = engine._nlp
    vectors, _ = _model(engine).layers[0]([nlp.make_doc(""), nlp.make_doc("")], is_train=False)
    assert vectors.shape[0] == 0


def test_an_encoder_of_another_shape_is_left_to_thinc():
    nlp = spacy.blank("en")
    architectures = spacy.registry.architectures
    embed = architectures.get("spacy.MultiHashEmbed.v2")(
        width=32, attrs=["NORM", "PREFIX", "SUFFIX", "SHAPE"], rows=[100, 50, 50, 50], include_static_vectors=False)
    encode = architectures.get("spacy.MishWindowEncoder.v2")(width=32, window_size=1, depth=2)
    encoder: Model = chain(architectures.get("spacy.Tok2Vec.v2")(embed, encode), list2array(),
                           spacy.registry.layers.get("Linear.v1")(nO=16, nI=32))
    encoder.initialize(X=[nlp.make_doc("a sample text")])
    assert encoder_forward(encoder) is None
    # the same builders with spaCy's maxout window encoder give the shape fusing knows
    encode = architectures.get("spacy.MaxoutWindowEncoder.v2")(width=32, window_size=1, maxout_pieces=3, depth=2)
    encoder = chain(architectures.get("spacy.Tok2Vec.v2")(embed, encode), list2array(),
                    spacy.registry.layers.get("Linear.v1")(nO=16, nI=32))
    docs = [nlp.make_doc("a sample text"), nlp.make_doc("another, longer sample of text")]
    encoder.initialize(X=docs)
    forward = encoder_forward(encoder)
    assert isinstance(forward, EncoderForward)
    assert numpy.array_equal(forward(docs), encoder.predict(docs))


def test_a_fused_encoder_that_differs_from_the_model_is_not_installed(engine, monkeypatch):  # noqa: F811
    model = _model(engine)
    fused = model.layers[0]
    own = fused.layers[0]
    honest = encoder_forward(own)
    assert honest is not None

    def slightly_off(encoder: Model) -> EncoderForward:
        return dataclasses.replace(honest, project_bias=honest.project_bias + numpy.float32(1e-6))

    model.layers[0] = own
    try:
        monkeypatch.setattr(ner_encoder, "encoder_forward", slightly_off)
        assert fuse_encoder(engine._nlp) is False
        assert model.layers[0] is own
        monkeypatch.undo()
        assert fuse_encoder(engine._nlp) is True  # the honest one is
        assert model.layers[0].name == "fused_encoder"
    finally:
        model.layers[0] = fused


def test_training_goes_through_the_models_own_encoder(engine):  # noqa: F811
    nlp = engine._nlp
    fused = _model(engine).layers[0]
    docs = [nlp.make_doc("Marisol Quintero wrote to Tobias Lindqvist.")]
    vectors, _ = fused(docs, is_train=True)
    expected, _ = fused.layers[0](docs, is_train=True)
    assert numpy.array_equal(vectors, expected)
    _, no_backprop = fused(docs, is_train=False)
    with pytest.raises(RuntimeError):
        no_backprop(vectors)
