"""Objects alive after start-up leave the collector's generations (detection/heap.py)."""

from __future__ import annotations

import gc
import weakref


class _Node:
    def __init__(self) -> None:
        self.me = self  # a reference cycle: only the collector frees it


def test_live_objects_are_frozen_and_garbage_is_collected_first() -> None:
    gc.unfreeze()
    try:
        from gateway.detection.heap import freeze_loaded_objects

        loaded = [{"word": i} for i in range(5_000)]  # stands for a model's and a list's objects
        garbage = _Node()
        gone = weakref.ref(garbage)
        del garbage
        freeze_loaded_objects()
        assert gc.get_freeze_count() >= len(loaded)
        assert gone() is None  # collected before the freeze, not kept for good
        assert not any(obj is loaded for obj in gc.get_objects())  # out of every generation the collector walks
    finally:
        gc.unfreeze()
