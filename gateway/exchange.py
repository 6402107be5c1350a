"""Exchange: one request's id, timings and audit record, committed to the audit exactly once.

Every request that reaches an API route gets an Exchange; whatever happens (success, a GatewayError,
an unexpected exception, a stream cut short) its `finish` runs once and writes one audit row,
counts the request in the metrics and logs one content-free line: at info level when the request
was refused or failed, at debug level when it was forwarded. The audit row already records every
request and the metrics count them, so at the default info level a forwarded request does not pay
for rendering and writing a log line too.
"""

from __future__ import annotations

import time
import uuid
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Any, Callable

import structlog
from starlette.responses import Response

from gateway.audit.record import AuditRecord
from gateway.audit.writer import AuditUnavailable
from gateway.errors import GatewayError

if TYPE_CHECKING:
    from gateway.services import Services

log = structlog.get_logger("gateway.request")
ErrorResponder = Callable[[GatewayError, dict[str, str]], Response]


class Exchange:
    def __init__(self, services: "Services") -> None:
        self.services = services
        self.request_id = uuid.uuid4().hex
        self.started = time.perf_counter()
        self.upstream_started: float | None = None
        self.record = AuditRecord(request_id=self.request_id, created_at=datetime.now(timezone.utc))
        self.ticket: Any = None
        self._releases: list[Callable[[], None]] = []
        self._finished = False

    def headers(self) -> dict[str, str]:
        return {"x-request-id": self.request_id, "x-gateway-region": self.record.region or "none"}

    def reserve(self) -> None:
        """Claim the audit slot before anything is forwarded (AuditUnavailable if the store is down).
        Called once the request body is in, so a slow client does not hold a slot while it types."""
        if self.ticket is None:
            self.ticket = self.services.audit.reserve()

    def hold(self, release: Callable[[], None]) -> None:
        """Something to give back when the exchange finishes (the team's in-flight slot)."""
        self._releases.append(release)

    def upstream_begin(self) -> None:
        self.upstream_started = time.perf_counter()

    def upstream_end(self) -> None:
        if self.upstream_started is not None:
            self.record.upstream_latency_ms = round((time.perf_counter() - self.upstream_started) * 1000, 3)

    def usage(self, usage: dict[str, Any] | None) -> None:
        if not usage:
            return
        rec = self.record
        for field in ("prompt_tokens", "completion_tokens", "total_tokens"):
            value = usage.get(field)
            if isinstance(value, int):
                setattr(rec, field, value)
        if "total_tokens" not in usage and rec.prompt_tokens is not None and rec.completion_tokens is not None:
            rec.total_tokens = rec.prompt_tokens + rec.completion_tokens  # streamed in two events

    def fail(self, error: GatewayError) -> None:
        self.record.status = error.status
        self.record.outcome = error.outcome
        self.record.error_code = error.code

    def refuse(self, error: GatewayError, respond: ErrorResponder | None = None) -> Response:
        """Finish the exchange as refused and answer with the error, in the wire format's shape
        (OpenAI's by default)."""
        self.fail(error)
        self.finish()
        return (respond or GatewayError.response)(error, self.headers())

    def finish(self, status: int | None = None, outcome: str | None = None) -> None:
        if self._finished:
            return
        self._finished = True
        rec = self.record
        if status is not None:
            rec.status = status
        if outcome is not None:
            rec.outcome = outcome
        rec.latency_ms = round((time.perf_counter() - self.started) * 1000, 3)
        for release in self._releases:
            release()
        if self.ticket is None:  # refused before its body was in: it still gets its row
            try:
                self.ticket = self.services.audit.reserve()
            except AuditUnavailable:
                self.services.metrics.unaudited.inc()
        if self.ticket is not None:
            self.ticket.commit(rec)
        m = self.services.metrics
        m.requests.labels(rec.team or "unknown", rec.region or "none", str(rec.status), rec.outcome).inc()
        m.latency.labels(rec.region or "none").observe(rec.latency_ms / 1000)
        for entity, actions in rec.detections.items():
            for action, count in actions.items():
                m.detections.labels(entity, action).inc(count)
        (log.debug if rec.outcome == "forwarded" else log.info)(
            "request",
            request_id=rec.request_id,
            team=rec.team,
            key_id=rec.key_id,
            region=rec.region,
            endpoint=rec.endpoint,
            model=rec.model,
            stream=rec.stream,
            status=rec.status,
            outcome=rec.outcome,
            error_code=rec.error_code,
            latency_ms=rec.latency_ms,
            upstream_ms=rec.upstream_latency_ms,
            detections=sum(sum(a.values()) for a in rec.detections.values()),
        )
