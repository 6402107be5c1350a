"""Benchmarks. Run a module, e.g. `python -m bench.bench_detection --quick`."""
