"""Run every benchmark in one go: `python -m bench [--quick]`.

Each benchmark runs in its own process, one after the other, and prints its figures next to its
targets: detection (engine vs stock Presidio, size scaling, multi-turn), HTTP (throughput, streaming
time to first token, responsiveness during a 64 KB analysis), the audit purge (1,000,000 rows) and the
dashboard's data (1,000,000 rows on PostgreSQL).
"""

from __future__ import annotations

import argparse
import subprocess
import sys

BENCHMARKS = ("bench.bench_detection", "bench.bench_http", "bench.bench_purge", "bench.bench_dashboard")


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="shorter runs (the purge uses 100,000 rows)")
    parser.add_argument("--only", choices=[b.split("_", 1)[1] for b in BENCHMARKS], action="append")
    args = parser.parse_args()
    failed = []
    for module in BENCHMARKS:
        name = module.split("_", 1)[1]
        if args.only and name not in args.only:
            continue
        extra = (["--rows", "100000"] if name in ("purge", "dashboard") else ["--quick"]) if args.quick else []
        print(f"\n===== {module} {' '.join(extra)} =====", flush=True)
        if subprocess.call([sys.executable, "-m", module, *extra]) != 0:
            failed.append(module)
    if failed:
        print(f"\nbenchmarks that did not complete: {', '.join(failed)}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
