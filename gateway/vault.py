"""Per-request pseudonym map: the same value gets the same placeholder everywhere in one request.

It lives in memory for one request only; it is never logged, stored or put in an error.
"""

from __future__ import annotations

import re

from .detection.titled_names import without_title

PLACEHOLDER = re.compile(r"<([A-Z][A-Z0-9_]*)_(\d+)>")


class PseudonymVault:
    def __init__(self, reserved_text: str = "") -> None:
        # Text the client sent: a placeholder that already appears there is never issued, so restoring
        # the answer cannot rewrite something the user typed literally.
        self._reserved = reserved_text
        self._by_value: dict[tuple[str, str], str] = {}
        self._by_placeholder: dict[str, str] = {}
        self._counters: dict[str, int] = {}

    def placeholder(self, entity: str, value: str) -> str:
        # A name with and without its title is one person ("Mr. Smith", "Smith"): one placeholder,
        # which restores to the form first seen.
        key = (entity, without_title(value) if entity == "PERSON" else value)
        existing = self._by_value.get(key)
        if existing:
            return existing
        n = self._counters.get(entity, 0)
        while True:
            n += 1
            candidate = f"<{entity}_{n}>"
            if candidate not in self._reserved:
                break
        self._counters[entity] = n
        self._by_value[key] = candidate
        self._by_placeholder[candidate] = value
        return candidate

    def original(self, placeholder: str) -> str | None:
        return self._by_placeholder.get(placeholder)

    def __len__(self) -> int:
        return len(self._by_placeholder)

    @property
    def longest(self) -> int:
        return max((len(p) for p in self._by_placeholder), default=0)

    def __repr__(self) -> str:  # never show the map
        return f"<PseudonymVault {len(self)} entries>"
