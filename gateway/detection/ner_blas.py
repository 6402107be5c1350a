"""The NER model's matrix products on numpy's own BLAS, held to one thread.

thinc multiplies through BLIS by default. numpy's bundled OpenBLAS does the same float32 products
about 3x faster per CPU second on the gateway's x86 hosts (measured 39 vs 114 GFLOPS for the
tok2vec's 288x288 layers), which is about a quarter less NER CPU, with the same entities. But only
single-threaded: at NER's batch sizes OpenBLAS's threads spin, and a 200-row product cost 15 ms of
CPU instead of 0.3 ms. So the switch happens only when OpenBLAS can be held to one thread in this
process (a detector process runs one analysis at a time and gets its parallelism from worker
processes); where it can't (another BLAS, another platform), BLIS stays.
"""

from __future__ import annotations

import ctypes
from collections.abc import Callable, Iterable
from pathlib import Path

import numpy  # maps its BLAS into the process on import, where _loaded_openblas finds it
from spacy.language import Language
from thinc.api import Model, NumpyOps, Ops

# OpenBLAS's thread setter under the names its builds export (numpy's wheels prefix and suffix it).
_SETTERS = ("scipy_openblas_set_num_threads64_", "scipy_openblas_set_num_threads", "openblas_set_num_threads64_",
            "openblas_set_num_threads")
_GETTERS = tuple(name.replace("set_", "get_") for name in _SETTERS)


def _loaded_openblas() -> list[str]:
    """Paths of the OpenBLAS libraries mapped into this process (numpy loads its own at import)."""
    try:
        maps = Path("/proc/self/maps").read_text().splitlines()
    except OSError:
        return []
    paths = {line.split(maxsplit=5)[-1] for line in maps if "openblas" in line.rsplit("/", 1)[-1].lower()}
    return sorted(p for p in paths if p.startswith("/"))


def single_threaded_openblas() -> bool:
    """Hold every OpenBLAS numpy uses to one thread; True when that is known to have worked."""
    paths = _loaded_openblas()
    if not paths:
        return False
    for path in paths:
        try:
            lib = ctypes.CDLL(path)
        except OSError:
            return False
        setter = next((getattr(lib, n) for n in _SETTERS if hasattr(lib, n)), None)
        getter = next((getattr(lib, n) for n in _GETTERS if hasattr(lib, n)), None)
        if setter is None or getter is None:
            return False
        setter(1)
        if getter() != 1:
            return False
    return True


class _PretransposedOps(NumpyOps):
    """NumpyOps that multiplies by the model's weight matrices as stored transposed once.

    Every layer of the NER model multiplies its input by a weight matrix transposed (`gemm(X, W,
    trans2=True)`). OpenBLAS's kernel for a transposed operand is slower on the few rows one request
    brings: measured 79 vs 49 us for 22 tokens through a 288x288 layer, about the same from 500 rows
    on. The products are equal bit for bit (the same sums in the same order), so the entities are
    the same. A weight is known by its memory (layers pass a reshaped view of it, a new object each
    call); the model's weights are held here, so no other array can take their memory, and they
    never change (inference only). Any other operand goes the usual way."""

    def __init__(self, weights: Iterable[numpy.ndarray]) -> None:
        super().__init__(use_blis=False)
        self._weights = list(weights)  # held: their memory stays theirs
        self._transposed: dict[tuple[int, tuple[int, ...], tuple[int, ...], str], numpy.ndarray] = {}
        for weight in self._weights:
            matrix = weight.reshape((-1, weight.shape[-1]))  # as the layers read it: (nO * nP, nI)
            self._transposed[_memory(matrix)] = numpy.ascontiguousarray(matrix.T)

    def stored_transpose(self, weight: numpy.ndarray) -> numpy.ndarray | None:
        """The copy of `weight` (as a layer reads it) stored transposed, if it is one of the model's."""
        return self._transposed.get(_memory(weight))

    def gemm(self, x, y, out=None, trans1=False, trans2=False):  # type: ignore[no-untyped-def]  # thinc's signature
        if trans2 and not trans1:
            transposed = self.stored_transpose(y)
            if transposed is not None:
                return numpy.dot(x, transposed, out=out)  # into `out` when given, as Ops.gemm
        return super().gemm(x, y, out=out, trans1=trans1, trans2=trans2)


def product(ops: Ops, weight: numpy.ndarray) -> Callable[[numpy.ndarray], numpy.ndarray]:
    """X -> X @ weight.T, computed as `ops.gemm(X, weight, trans2=True)` computes it (the same
    operands, so the same result), without looking the stored transpose up on every call."""
    if isinstance(ops, _PretransposedOps):
        transposed = ops.stored_transpose(weight)
        if transposed is not None:
            return lambda inputs: numpy.dot(inputs, transposed)
    return lambda inputs: ops.gemm(inputs, weight, trans2=True)


def _memory(array: numpy.ndarray) -> tuple[int, tuple[int, ...], tuple[int, ...], str]:
    """Where an array's elements lie and how they are read: equal for a weight and its views."""
    return (array.__array_interface__["data"][0], array.shape, array.strides, array.dtype.str)


def _weight_matrices(model: Model) -> list[numpy.ndarray]:
    """The weights the layers multiply by ("W"; embedding tables and biases are added, not multiplied)."""
    return [node.get_param("W") for node in model.walk() if "W" in node.param_names and node.has_param("W")]


def use_numpy_blas(nlp: Language) -> bool:
    """Make the NER model multiply through numpy (single-threaded OpenBLAS) when that is safe.
    Returns whether it switched."""
    if not single_threaded_openblas():
        return False
    model = nlp.get_pipe("ner").model
    ops = _PretransposedOps(_weight_matrices(model))
    for node in model.walk():
        node.ops = ops
    return True
