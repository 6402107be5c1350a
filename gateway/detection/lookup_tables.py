"""Lookup tables the recognizers build from package data: name and word sets, indexes.

A module marks the zero-argument function that builds one with `@lookup_table` (a cached function, as
`lru_cache` makes it); an engine builds them all when it starts (`load_lookup_tables`). Built on first use
instead, they cost the first requests of every process up to a quarter of a second (the suffix list
of tlds.py about 120 ms, the job-title index about 90 ms, measured 2026-12-03), and they would be
made after the process froze its start-up objects out of the garbage collector's generations
(heap.py), so every later full collection would walk them again.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import TypeVar

T = TypeVar("T")

_TABLES: list[Callable[[], object]] = []


def lookup_table(build: Callable[[], T]) -> Callable[[], T]:
    """`build`, cached (built once per process), and registered to be built at start."""
    cached = lru_cache(maxsize=1)(build)
    _TABLES.append(cached)
    return cached


def load_lookup_tables() -> None:
    """Build every registered table not built yet (the modules registering them are imported by
    the registry, so all of them are known once an engine's recognizers exist)."""
    for build in _TABLES:
        build()
