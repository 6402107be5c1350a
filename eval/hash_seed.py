"""One string-hash seed for the evaluation and the detection benchmark, unless the caller picks one.

The corpora are generated in memory from fixed seeds, but not every draw depends on the seed alone:
Faker (40.x) builds its it_IT town list from a set, so the town a seeded draw returns follows
Python's string hashing, which is randomised per process. The `own_prompts` corpus and the kind
corpora of the splits hold such towns, so without a fixed hash seed two runs of the same code score
slightly different texts (recall 0.991 in one run of `bench.bench_detection`, 0.992 in the next).
The recorded evaluation figures were all measured under PYTHONHASHSEED=0; `python -m eval` and
`python -m bench.bench_detection` re-execute themselves under it, so that their figures reproduce
without the caller knowing any of this.
"""

from __future__ import annotations

import os
import sys

SEED = "0"


def run_under_fixed_hash_seed() -> None:
    """Re-execute this process's command line, interpreter options included (`sys.orig_argv`),
    under PYTHONHASHSEED=0, unless PYTHONHASHSEED is set already (any value, "random" included, is
    the caller's choice). Call it before anything is imported or printed: the process is replaced."""
    if "PYTHONHASHSEED" in os.environ:
        return
    sys.stdout.flush()
    os.execve(sys.executable, sys.orig_argv, {**os.environ, "PYTHONHASHSEED": SEED})
