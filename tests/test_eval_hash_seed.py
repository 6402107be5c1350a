"""The evaluation and the detection benchmark run under one string-hash seed unless the caller sets
one (eval/hash_seed.py): their corpora, and so their figures, are the same from one run to the next."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

_PROBE = '''
from eval.hash_seed import run_under_fixed_hash_seed
run_under_fixed_hash_seed()
import sys
print(sys.flags.hash_randomization, sys.flags.utf8_mode, hash("Conca Dei Marini"), " ".join(sys.argv[1:]))
'''


def _probe(tmp_path: Path, seed: str | None) -> str:
    (tmp_path / "hash_probe.py").write_text(_PROBE)
    env = {k: v for k, v in os.environ.items() if k != "PYTHONHASHSEED"}
    env["PYTHONPATH"] = os.pathsep.join([str(tmp_path), str(ROOT)])
    if seed is not None:
        env["PYTHONHASHSEED"] = seed
    # An interpreter option too: the process runs again with its whole command line.
    out = subprocess.run([sys.executable, "-X", "utf8", "-m", "hash_probe", "--split", "dev"], env=env,
                         capture_output=True, text=True, timeout=60, check=True)
    return out.stdout.strip()


def test_without_a_seed_the_process_runs_again_under_seed_zero_with_its_arguments(tmp_path: Path) -> None:
    first, second = _probe(tmp_path, None), _probe(tmp_path, None)
    assert first == second == _probe(tmp_path, "0")
    assert first.startswith("0 1 ") and first.endswith("--split dev")


def test_a_seed_the_caller_set_is_kept(tmp_path: Path) -> None:
    assert _probe(tmp_path, "random").startswith("1 1 ")
    assert _probe(tmp_path, "7") != _probe(tmp_path, "0")


def test_the_evaluation_and_the_detection_benchmark_pin_the_seed_before_their_imports() -> None:
    for path in ("eval/__main__.py", "bench/bench_detection.py"):
        source = (ROOT / path).read_text()
        call = "run_under_fixed_hash_seed()"
        assert call in source
        assert source.index(call) < source.index("\nimport argparse")
