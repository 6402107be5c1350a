"""Apply a team's PII policy to every slot the inspection walk found.

All slots of a request (texts, free-form keys, long numbers) go to the detector in one call, so a
value found anywhere is looked for everywhere (see `gateway.detection.propagation`), and are
rewritten in place by action: allow | redact | mask | hash | pseudonymize | block. A number slot is
rewritten only when a recognizer with a numeric form (card, SSN, phone, national id...) finds it;
it then becomes a string placeholder, so the JSON stays valid. In dry-run mode nothing is
rewritten; the counts say what enforce mode would have done.
"""

from __future__ import annotations

import hashlib
import hmac
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Protocol, Sequence

from gateway.detection.titled_names import without_title
from gateway.detection.types import DetectionSpec, Span
from gateway.errors import GatewayError
from gateway.inspection import Slot, Walk
from gateway.policy import LoadedPolicy
from gateway.vault import PseudonymVault

# A bare number is never a date worth hiding, and reading one as such would break numeric fields.
NOT_NUMERIC_FORMS = frozenset({"DATE_TIME"})


class Detector(Protocol):
    version: str

    async def analyze(self, texts: Sequence[str], spec: DetectionSpec) -> list[list[Span]]: ...


@dataclass(slots=True)
class Redaction:
    counts: dict[str, dict[str, int]] = field(default_factory=dict)
    vault: PseudonymVault | None = None  # set when answers should be restored
    blocked: tuple[str, ...] = ()  # entity types whose action is `block` (enforce mode only)


def mask(value: str, keep: int) -> str:
    """Star every letter and digit but the last `keep`, never showing more than half of them; a
    value of at most 2*keep letters and digits ("Bo Li", "a@b.co") is masked whole. Punctuation
    stays for shape."""
    alnum = sum(ch.isalnum() for ch in value)
    visible = min(keep, alnum // 2) if alnum > 2 * keep else 0
    hide, seen, out = alnum - visible, 0, []
    for ch in value:
        if ch.isalnum():
            out.append("*" if seen < hide else ch)
            seen += 1
        else:
            out.append(ch)
    return "".join(out)


def _relevant(slot: Slot, spans: list[Span]) -> list[Span]:
    if slot.kind != "number":
        return spans
    return [s for s in spans if s.entity not in NOT_NUMERIC_FORMS]


class Redactor:
    def __init__(self, detector: Detector, secret: bytes) -> None:
        self.detector = detector
        self._secret = secret

    def _hash_token(self, team: str, entity: str, value: str) -> str:
        if entity == "PERSON":
            value = without_title(value)  # "Mr. Smith" and "Smith" hash alike, as they pseudonymize alike
        digest = hmac.new(self._secret, f"{team}\x00{value}".encode(), hashlib.sha256).hexdigest()
        return f"<{entity}:{digest[:12]}>"

    async def apply(self, walk: Walk, policy: LoadedPolicy, *, pseudonyms: bool = True) -> Redaction:
        """Rewrite the walked body per policy. A request to block comes back with `blocked` set and
        the body untouched; DetectorError propagates to the caller, which decides fail-closed or
        forward. `pseudonyms=False` writes plain `<TYPE>` tokens where the policy pseudonymizes
        (embeddings: nothing comes back to restore)."""
        pii = policy.policy.pii
        if walk.opaque_parts and pii.images == "block" and pii.mode == "enforce":
            raise GatewayError(400, "Image, audio and file content parts are not allowed by this team's policy.",
                               code="content_blocked", outcome="blocked")
        result = Redaction()
        if not walk.slots:
            return result
        found = await self.detector.analyze([s.text for s in walk.slots], policy.spec)
        spans_per_slot = [_relevant(slot, spans) for slot, spans in zip(walk.slots, found)]
        counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
        blocked: set[str] = set()
        for spans in spans_per_slot:
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
        vault = PseudonymVault(reserved_text="\x00".join(s.text for s in walk.slots))
        late = []
        for slot, spans in zip(walk.slots, spans_per_slot):
            if not spans:
                continue
            new = self._rewrite(slot.text, spans, policy, vault, pseudonyms)
            if new != slot.text:
                # Keys are renamed last, once every value under them has been written.
                (late.append((slot, new)) if slot.kind == "key" else slot.write(new))
        for slot, new in late:
            slot.write(new)
        if pii.restore_responses and pseudonyms and len(vault):
            result.vault = vault
        return result

    def _rewrite(self, text: str, spans: list[Span], policy: LoadedPolicy, vault: PseudonymVault,
                 pseudonyms: bool) -> str:
        out, last = [], 0
        for span in sorted(spans, key=lambda s: s.start):
            if span.start < last:
                continue  # the engine returns non-overlapping spans; stay safe if one slips through
            value = text[span.start : span.end]
            action = policy.action_for(span.entity)
            if action == "allow":
                continue
            out.append(text[last : span.start])
            if action == "redact" or (action == "pseudonymize" and not pseudonyms):
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
