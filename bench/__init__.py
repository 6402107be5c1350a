"""Benchmarks: `python -m bench [--quick]` runs them all; each module also runs on its own."""
