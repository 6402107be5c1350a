"""Apply a team's PII policy to every piece of text the provider would see.

Texts are collected from the request (string content, text parts, names, tool-call arguments as the
string values inside their JSON), analysed in one detector call, and rewritten in place by action:
allow | redact | mask | hash | pseudonymize | block. In dry-run mode nothing is rewritten; the
counts say what enforce mode would have done.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import re
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any, Callable, Protocol, Sequence

from gateway.detection.types import DetectionSpec, Span
from gateway.errors import GatewayError
from gateway.policy import LoadedPolicy
from gateway.validation import TEXT_PART_TYPES, ChatRequest
from gateway.vault import PseudonymVault

_JSON_STRING = re.compile(r'"(?:[^"\\]|\\.)*"', re.DOTALL)


class Detector(Protocol):
    version: str

    async def analyze(self, texts: Sequence[str], spec: DetectionSpec) -> list[list[Span]]: ...


@dataclass(slots=True)
class Redaction:
    counts: dict[str, dict[str, int]] = field(default_factory=dict)
    vault: PseudonymVault | None = None  # set when answers should be restored
    changed: bool = False
    blocked: tuple[str, ...] = ()  # entity types whose action is `block` (enforce mode only)


@dataclass(slots=True)
class _Slot:
    text: str
    write: Callable[[str], None]


class _JsonArguments:
    """Tool-call arguments: only the string literals inside the JSON are rewritten, so the rest of the
    JSON stays byte-for-byte what the client sent and stays valid."""

    def __init__(self, raw: str, store: Callable[[str], None]) -> None:
        self.raw = raw
        self._store = store
        self._tokens: list[tuple[int, int, str]] = []
        self._new: dict[int, str] = {}

    def slots(self) -> list[_Slot]:
        try:
            json.loads(self.raw)
        except ValueError:
            return [_Slot(self.raw, self._store)]  # not JSON: treat as plain text
        out = []
        for m in _JSON_STRING.finditer(self.raw):
            value = json.loads(m.group(0))
            index = len(self._tokens)
            self._tokens.append((m.start(), m.end(), value))
            out.append(_Slot(value, lambda new, i=index: self._set(i, new)))
        return out

    def _set(self, index: int, value: str) -> None:
        self._new[index] = value
        parts, last = [], 0
        for i, (start, end, _) in enumerate(self._tokens):
            if i in self._new:
                parts.append(self.raw[last:start])
                parts.append(json.dumps(self._new[i], ensure_ascii=False))
                last = end
        parts.append(self.raw[last:])
        self._store("".join(parts))


def _setter(container: Any, key: Any) -> Callable[[str], None]:
    def write(value: str) -> None:
        container[key] = value

    return write


def collect_slots(chat: ChatRequest) -> list[_Slot]:
    slots: list[_Slot] = []
    for msg in chat.body["messages"]:
        content = msg.get("content")
        if isinstance(content, str):
            slots.append(_Slot(content, _setter(msg, "content")))
        elif isinstance(content, list):
            for part in content:
                if part["type"] in TEXT_PART_TYPES:
                    key = "refusal" if part["type"] == "refusal" else "text"
                    slots.append(_Slot(part[key], _setter(part, key)))
        if isinstance(msg.get("name"), str):
            slots.append(_Slot(msg["name"], _setter(msg, "name")))
        functions = [c["function"] for c in msg.get("tool_calls") or []]
        if isinstance(msg.get("function_call"), dict):
            functions.append(msg["function_call"])
        for fn in functions:
            if isinstance(fn.get("arguments"), str):
                slots.extend(_JsonArguments(fn["arguments"], _setter(fn, "arguments")).slots())
    return slots


def mask(value: str, keep: int) -> str:
    """Star every letter and digit except the last `keep` of them; punctuation stays for shape."""
    alnum = sum(ch.isalnum() for ch in value)
    visible_from = max(alnum - keep, 0)
    seen, out = 0, []
    for ch in value:
        if ch.isalnum():
            out.append(ch if seen >= visible_from else "*")
            seen += 1
        else:
            out.append(ch)
    return "".join(out)


class Redactor:
    def __init__(self, detector: Detector, secret: bytes) -> None:
        self.detector = detector
        self._secret = secret

    def _hash_token(self, team: str, entity: str, value: str) -> str:
        digest = hmac.new(self._secret, f"{team}\x00{value}".encode(), hashlib.sha256).hexdigest()
        return f"<{entity}:{digest[:12]}>"

    async def apply(self, chat: ChatRequest, policy: LoadedPolicy) -> Redaction:
        """Rewrite `chat.body` per policy. A request to block comes back with `blocked` set and the
        body untouched; DetectorError propagates to the caller, which decides fail-closed or forward."""
        pii = policy.policy.pii
        if chat.has_opaque_parts and pii.images == "block" and pii.mode == "enforce":
            raise GatewayError(
                400,
                "Image, audio and file content parts are not allowed by this team's policy.",
                code="content_blocked",
                outcome="blocked",
            )
        slots = [s for s in collect_slots(chat) if s.text]
        result = Redaction()
        if not slots:
            return result
        spans_per_slot = await self.detector.analyze([s.text for s in slots], policy.spec)
        counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
        blocked: set[str] = set()
        for slot, spans in zip(slots, spans_per_slot):
            for span in spans:
                action = policy.action_for(span.entity)
                counts[span.entity][action] += 1
                if action == "block":
                    blocked.add(span.entity)
        result.counts = {e: dict(a) for e, a in counts.items()}
        if pii.mode == "dry_run" or not counts:
            return result
        if blocked:
            result.blocked = tuple(sorted(blocked))
            return result
        vault = PseudonymVault(reserved_text="\x00".join(s.text for s in slots))
        for slot, spans in zip(slots, spans_per_slot):
            if spans:
                slot.write(self._rewrite(slot.text, spans, policy, vault))
        result.changed = True
        if pii.restore_responses and len(vault):
            result.vault = vault
        return result

    def _rewrite(self, text: str, spans: list[Span], policy: LoadedPolicy, vault: PseudonymVault) -> str:
        out, last = [], 0
        for span in sorted(spans, key=lambda s: s.start):
            if span.start < last:
                continue  # the engine returns non-overlapping spans; stay safe if one slips through
            value = text[span.start : span.end]
            action = policy.action_for(span.entity)
            if action == "allow":
                continue
            out.append(text[last : span.start])
            if action == "redact":
                out.append(f"<{span.entity}>")
            elif action == "mask":
                out.append(mask(value, policy.policy.pii.mask_keep))
            elif action == "hash":
                out.append(self._hash_token(policy.team, span.entity, value))
            else:  # pseudonymize
                out.append(vault.placeholder(span.entity, value))
            last = span.end
        out.append(text[last:])
        return "".join(out)

