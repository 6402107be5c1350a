"""A bounded LRU of detection results keyed by a keyed hash of (spec, text).

Only the spans are stored, never the text: the key is a BLAKE2b MAC with a random per-process key,
so the cache cannot be used to confirm a guessed text from outside the process either.
"""

from __future__ import annotations

import hashlib
import os
import pickle
from collections import OrderedDict

from .types import DetectionSpec, Span


class ResultCache:
    def __init__(self, capacity: int) -> None:
        self.capacity = capacity
        self._key = os.urandom(32)
        self._entries: OrderedDict[bytes, tuple[Span, ...]] = OrderedDict()
        self._spec_ids: dict[DetectionSpec, bytes] = {}
        self.hits = 0
        self.misses = 0

    def spec_id(self, spec: DetectionSpec) -> bytes:
        """A digest of the spec. Looking it up hashes the whole spec (every entity, term and
        pattern), so a request computes it once for all its texts."""
        spec_id = self._spec_ids.get(spec)
        if spec_id is None:
            spec_id = hashlib.blake2b(pickle.dumps(spec), digest_size=16).digest()
            if len(self._spec_ids) > 1024:
                self._spec_ids.clear()
            self._spec_ids[spec] = spec_id
        return spec_id

    def key(self, spec: DetectionSpec | bytes, text: str) -> bytes:
        """The cache key of `text` under `spec` (a spec, or its `spec_id`)."""
        spec_id = spec if isinstance(spec, bytes) else self.spec_id(spec)
        mac = hashlib.blake2b(key=self._key, digest_size=20)
        mac.update(spec_id)
        mac.update(text.encode("utf-8", "surrogatepass"))
        return mac.digest()

    def get(self, key: bytes) -> list[Span] | None:
        if self.capacity <= 0:
            return None
        found = self._entries.get(key)
        if found is None:
            self.misses += 1
            return None
        self._entries.move_to_end(key)
        self.hits += 1
        return list(found)

    def put(self, key: bytes, spans: list[Span]) -> None:
        if self.capacity <= 0:
            return
        self._entries[key] = tuple(spans)
        self._entries.move_to_end(key)
        while len(self._entries) > self.capacity:
            self._entries.popitem(last=False)

    def __len__(self) -> int:
        return len(self._entries)
