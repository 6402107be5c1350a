"""The audit record: metadata only. Never text, detected values, pseudonym maps, client IPs or keys."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

OUTCOMES = ("forwarded", "blocked", "rejected", "upstream_error", "detector_error")


@dataclass(slots=True)
class AuditRecord:
    request_id: str
    created_at: datetime  # timezone-aware UTC, when the request reached the gateway
    team: str | None = None  # None when the key was unknown
    key_id: str | None = None  # the public key id, never the key
    role: str | None = None
    endpoint: str | None = None  # the route path, e.g. "/v1/chat/completions" (at most 64 characters)
    region: str | None = None
    upstream_host: str | None = None
    model: str | None = None
    stream: bool = False
    status: int = 0  # HTTP status returned to the client
    outcome: str = "rejected"  # one of OUTCOMES
    latency_ms: float = 0.0
    upstream_latency_ms: float | None = None
    prompt_tokens: int | None = None
    completion_tokens: int | None = None
    total_tokens: int | None = None
    # {"EMAIL_ADDRESS": {"pseudonymize": 2}, "CREDIT_CARD": {"block": 1}}: counts only.
    detections: dict[str, dict[str, int]] = field(default_factory=dict)
    policy_name: str | None = None
    policy_version: str | None = None
    detector_version: str | None = None
    pii_mode: str | None = None  # enforce | dry_run
    request_bytes: int = 0
    response_bytes: int = 0
    error_code: str | None = None  # the OpenAI-shaped error code we returned, if any
