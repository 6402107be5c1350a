"""The NER model's token encoder run as one function instead of thinc's chain of ~60 layers.

spaCy's small pipelines give NER a token encoder of its own (HashEmbedCNN): four hashed embeddings
of each token's NORM, PREFIX, SUFFIX and SHAPE, a maxout layer with layer normalisation, then a few
residual window-maxout blocks, then a linear projection. thinc runs it as a tree of layer objects,
each call wrapping its input (lists, ragged arrays), building a backprop closure nobody uses at
inference, and working out a layer normalisation's moments through numpy's Python-level mean/var.
On the short pieces a request brings, that bookkeeping, not arithmetic, is most of the encoder's
time: a 6-token piece spent ~0.9 ms in thinc's encoder, ~0.2 ms of it in matrix products; ~0.5 ms here.

`EncoderForward` does the same operations on the same arrays in the same order: the same matrix
products (the model's own `gemm`, or ner_blas's stored transposes), the same hash and gather
kernels, the same padding between a batch's documents, and a layer normalisation written out as the
additions and divisions numpy's mean and var make. Its output is therefore equal bit for bit to the
model's, and `fuse_encoder` only installs it after checking exactly that on probe texts alone and
in a batch. An encoder of another shape (static vectors, a transformer, a listener) is left as it
is, as is one whose check fails: then thinc's own forward runs, slower and the same.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy
from spacy.language import Language
from spacy.tokens import Doc
from thinc.api import Model

from .ner_blas import product

# Probe texts for the check at load: lengths from one token to several dozen, alone and together,
# with an empty document among them (the encoder pads around non-empty documents only).
_PROBES = (
    "Hello",
    "Please send the signed contract to Marisol Quintero at 14 Calle Mayor, Valencia, before Friday.",
    "",
    "Ticket #4471: user jdoe@example.com cannot log in since 09:14 UTC; last login from 203.0.113.7.",
    "Guten Tag Herr Lindqvist, anbei die Rechnung Nr. 2024-118 über 1.250,00 EUR für März. "
    "Mit freundlichen Grüßen, Anna Schmidt, Müller & Söhne GmbH, Bahnhofstraße 12, 80331 München",
    "ok ok",
)

Multiply = Callable[[numpy.ndarray], numpy.ndarray]


@dataclass(frozen=True)
class _MaxoutNorm:
    """maxout >> layernorm (>> dropout, which is the identity at inference)."""

    multiply: Multiply  # X @ W.T, as the model computes it
    bias: numpy.ndarray  # (nO * nP,)
    pieces: int  # nP
    gain: numpy.ndarray  # layernorm's G
    shift: numpy.ndarray  # layernorm's b

    def __call__(self, inputs: numpy.ndarray) -> numpy.ndarray:
        products = self.multiply(inputs)
        products += self.bias
        by_piece = products.reshape(products.shape[0], -1, self.pieces)
        best = numpy.maximum(by_piece[:, :, 0], by_piece[:, :, 1])  # thinc's maxout keeps the largest piece
        for piece in range(2, self.pieces):
            numpy.maximum(best, by_piece[:, :, piece], out=best)
        # thinc's layernorm: mu = X.mean(1), var = X.var(1) + 1e-08, (X - mu) * var ** -0.5 * G + b,
        # with numpy's mean and var spelled out as the sums and divisions they make (the same ones).
        width = numpy.intp(best.shape[1])
        mean = numpy.add.reduce(best, axis=1, keepdims=True)
        numpy.true_divide(mean, width, out=mean, casting="unsafe")
        centred = best - mean
        variance = numpy.add.reduce(centred * centred, axis=1, keepdims=True)
        numpy.true_divide(variance, width, out=variance, casting="unsafe")
        variance += 1e-08
        normalised = centred * variance ** (-1.0 / 2.0)
        normalised *= self.gain
        normalised += self.shift
        return normalised


@dataclass(frozen=True)
class EncoderForward:
    """Docs -> one vector per token (the rows of all docs, in order), as the model's encoder."""

    columns: tuple[object, ...]  # the token attributes embedded, as the feature extractor reads them
    embeddings: tuple[tuple[int, int, numpy.ndarray], ...]  # (column, seed, table) per hashed embedding
    hash: Callable[[numpy.ndarray, int], numpy.ndarray]
    gather_add: Callable[[numpy.ndarray, numpy.ndarray], numpy.ndarray]
    seq2col: Callable[[numpy.ndarray, int], numpy.ndarray]
    reduce: _MaxoutNorm
    blocks: tuple[_MaxoutNorm, ...]  # residual window blocks
    window: int
    pad: int  # zero rows around each document while the window blocks run
    project: Multiply
    project_bias: numpy.ndarray

    def __call__(self, docs: Sequence[Doc]) -> numpy.ndarray:
        features = [doc.to_array(self.columns) for doc in docs]
        ids = numpy.concatenate(features).astype("uint64", copy=False)
        embedded = []
        for column, seed, table in self.embeddings:
            keys = self.hash(numpy.ascontiguousarray(ids[:, column]), seed) % table.shape[0]
            embedded.append(self.gather_add(table, keys))
        tokens = self.reduce(numpy.hstack(embedded))
        lengths = [len(f) for f in features if len(f)]
        padded = numpy.zeros((len(tokens) + self.pad * (len(lengths) + 1), tokens.shape[1]), dtype=tokens.dtype)
        rows = []  # where each document's rows lie in `padded`
        at, taken = self.pad, 0
        for length in lengths:
            padded[at : at + length] = tokens[taken : taken + length]
            rows.append(slice(at, at + length))
            at, taken = at + length + self.pad, taken + length
        for block in self.blocks:
            padded = padded + block(self.seq2col(padded, self.window))
        vectors = self.project(numpy.concatenate([padded[r] for r in rows]))
        vectors += self.project_bias
        return vectors


def _maxout_norm(maxout: Model, norm: Model) -> _MaxoutNorm:
    weights = maxout.get_param("W")
    return _MaxoutNorm(product(maxout.ops, weights.reshape((-1, weights.shape[-1]))),
                       maxout.get_param("b").reshape(-1), maxout.get_dim("nP"),
                       norm.get_param("G"), norm.get_param("b"))


def encoder_forward(encoder: Model) -> EncoderForward | None:
    """The straight-line forward of spaCy's HashEmbedCNN encoder followed by its projection
    (`tok2vec >> list2array >> linear`, as a small pipeline's NER has it); None for another shape."""
    # The layers that compute, in the order their outputs are used.
    leaves = [node for node in encoder.walk(order="dfs_pre") if not node.layers]
    names = [leaf.name for leaf in leaves]
    if "maxout" not in names:
        return None
    embeds = names.index("maxout")  # the first maxout reduces the concatenated embeddings
    if names[:2] != ["extract_features", "list2ragged"] or names[embeds:embeds + 4] != [
            "maxout", "layernorm", "dropout", "ragged2list"] or names[-2:] != ["list2array", "linear"]:
        return None
    hashed = leaves[2:embeds]
    blocks = leaves[embeds + 4 : -2]
    if len(hashed) % 2 or any(a.name != "ints-getitem" or b.name != "hashembed" for a, b in zip(hashed[::2], hashed[1::2])):
        return None
    if not blocks or len(blocks) % 4 or any(
            [b.name for b in blocks[i : i + 4]] != ["expand_window", "maxout", "layernorm", "dropout"]
            for i in range(0, len(blocks), 4)):
        return None
    windows = {leaf.attrs["window_size"] for leaf in blocks[::4]}
    padding = [node.attrs.get("pad") for node in encoder.walk() if node.name.startswith("with_array(residual(")]
    if len(windows) != 1 or len(padding) != 1 or not isinstance(padding[0], int):
        return None
    embeddings = []
    for getitem, embed in zip(hashed[::2], hashed[1::2]):
        index = getitem.attrs.get("index")
        if not (isinstance(index, tuple) and len(index) == 2 and isinstance(index[1], int)
                and index[0] in (slice(None), slice(0, None))):  # X[:, column]
            return None
        embeddings.append((index[1], embed.attrs["seed"], embed.get_param("E")))
    ops = encoder.ops
    linear = leaves[-1]
    return EncoderForward(
        columns=tuple(leaves[0].attrs["columns"]), embeddings=tuple(embeddings),
        hash=ops.hash, gather_add=ops.gather_add, seq2col=ops.seq2col,
        reduce=_maxout_norm(leaves[embeds], leaves[embeds + 1]),
        blocks=tuple(_maxout_norm(blocks[i + 1], blocks[i + 2]) for i in range(0, len(blocks), 4)),
        window=windows.pop(), pad=padding[0],
        project=product(linear.ops, linear.get_param("W")), project_bias=linear.get_param("b"))


def _same_as_model(encoder: Model, forward: EncoderForward, nlp: Language) -> bool:
    docs = [nlp.make_doc(text) for text in _PROBES]
    batches = [docs] + [[doc] for doc in docs if len(doc)]
    try:
        return all(numpy.array_equal(encoder.predict(batch), forward(batch)) for batch in batches)
    except Exception:  # a shape this module does not know after all: the model's own forward stays
        return False


def fuse_encoder(nlp: Language) -> bool:
    """Run the NER model's encoder through EncoderForward when it is equal bit for bit to the model
    on the probe texts; returns whether it does. The model's own encoder stays inside, for training
    and for any batch of empty documents."""
    model = nlp.get_pipe("ner").model
    encoder = model.layers[0]
    forward = encoder_forward(encoder)
    if forward is None or not _same_as_model(encoder, forward, nlp):
        return False

    def run(fused: Model, docs: Sequence[Doc], is_train: bool) -> tuple[numpy.ndarray, Callable]:
        if is_train or not any(len(doc) for doc in docs):
            return fused.layers[0](docs, is_train)
        return forward(docs), _no_backprop

    # thinc's documented way to change a model's structure is to edit its `layers` list in place;
    # spaCy's parser runs `layers[0]` as the encoder of each batch (ParserStepModel).
    model.layers[0] = Model("fused_encoder", run, layers=[encoder])
    return True


def _no_backprop(_: object) -> None:
    raise RuntimeError("the fused NER encoder is for inference only")
