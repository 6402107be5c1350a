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
from pathlib import Path

from spacy.language import Language
from thinc.api import NumpyOps

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
    import numpy  # noqa: F401  (numpy maps its BLAS on import)

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


def use_numpy_blas(nlp: Language) -> bool:
    """Make the NER model multiply through numpy (single-threaded OpenBLAS) when that is safe.
    Returns whether it switched."""
    if not single_threaded_openblas():
        return False
    ops = NumpyOps(use_blis=False)
    for node in nlp.get_pipe("ner").model.walk():
        node.ops = ops
    return True
