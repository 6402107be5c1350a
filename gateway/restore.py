"""Put pseudonymized values back into answers, whole or streamed.

Streaming: text is forwarded as it comes; only a possible partial placeholder at the end of a chunk is
held back (at most the longest placeholder's length), so the first token is not delayed.
"""

from __future__ import annotations

import json
import re

from gateway.vault import PLACEHOLDER, PseudonymVault

_PARTIAL = re.compile(r"<[A-Z0-9_]*\Z")


def _escape_json(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)[1:-1]


def restore(text: str, vault: PseudonymVault, *, json_string: bool = False) -> str:
    """Replace known placeholders; `json_string` escapes values for use inside a JSON string literal."""
    if "<" not in text or not len(vault):
        return text

    def swap(m: re.Match[str]) -> str:
        value = vault.original(m.group(0))
        if value is None:
            return m.group(0)
        return _escape_json(value) if json_string else value

    return PLACEHOLDER.sub(swap, text)


class StreamRestorer:
    """Restores one stream of text fragments (one choice's content, or one tool call's arguments)."""

    def __init__(self, vault: PseudonymVault, *, json_string: bool = False) -> None:
        self._vault = vault
        self._json = json_string
        self._pending = ""
        self._limit = vault.longest

    def feed(self, fragment: str) -> str:
        text = self._pending + fragment
        self._pending = ""
        cut = text.rfind("<")
        if cut != -1 and len(text) - cut < self._limit and _PARTIAL.match(text, cut):
            text, self._pending = text[:cut], text[cut:]
        return restore(text, self._vault, json_string=self._json)

    def flush(self) -> str:
        text, self._pending = self._pending, ""
        return restore(text, self._vault, json_string=self._json)
