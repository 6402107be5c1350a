"""The audit writer: batched inserts on a background thread, bounded, failing closed.

The request path calls `reserve()` before forwarding anything and `ticket.commit(record)` exactly
once at the end, whatever happened. A reserved slot counts against `queue_size` until its row is
written, so when the store is down (or not keeping up) and the queue is full, `reserve()` raises
`AuditUnavailable` and the request is refused instead of going out unaudited. Records that could not
be written stay queued and are retried with backoff; `stop()` waits for outstanding tickets and
flushes everything.

A second thread does maintenance: it creates PostgreSQL partitions ahead and purges expired rows
every `purge_interval_s`.

Inserts use ON CONFLICT DO NOTHING on the primary key, so retrying a batch whose commit was in fact
applied (a connection lost after COMMIT) cannot create a second row for the same request.
"""

from __future__ import annotations

import asyncio
import re
import threading
import time
import uuid
from collections import deque
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from itertools import islice
from typing import Any

import sqlalchemy as sa
import structlog
from sqlalchemy.engine import Connection, Engine

from gateway.audit.partitions import ensure_partitions
from gateway.audit.purge import purge_expired_stats
from gateway.audit.record import AuditRecord
from gateway.audit.schema import (
    DETAIL_LEN,
    HOST_LEN,
    ID_LEN,
    MODEL_LEN,
    NAME_LEN,
    admin_events,
    audit_detections,
    audit_events,
    to_utc,
)

log = structlog.get_logger("gateway.audit")

ACTION_NAME = re.compile(r"^[a-z][a-z0-9_]{0,63}$")
MAX_RETRY_DELAY_S = 5.0
STOP_TIMEOUT_S = 30.0


class AuditUnavailable(Exception):
    """The audit store cannot take another record; the request must not be forwarded."""

    def __init__(self, message: str = "The audit store is unavailable.") -> None:
        super().__init__(message)


@dataclass(slots=True)
class AdminEvent:
    """A content-free administrative event (key_created, key_revoked, policy_loaded, ...)."""

    action: str
    team: str | None = None
    key_id: str | None = None
    detail: str | None = None  # short, content-free, e.g. "version=3f2a9c1e"
    created_at: datetime = field(default_factory=lambda: datetime.now(UTC))
    event_id: str = field(default_factory=lambda: uuid.uuid4().hex)


class AuditTicket:
    """A reserved slot in the writer's queue; `commit` fills it exactly once."""

    __slots__ = ("_writer", "_committed")

    def __init__(self, writer: "AuditWriter") -> None:
        self._writer = writer
        self._committed = False

    def commit(self, record: AuditRecord) -> None:
        """Queue the record. Never raises: the slot was reserved; a second commit is ignored."""
        if self._committed:
            return
        self._committed = True
        self._writer._put(record)


class AuditWriter:
    def __init__(
        self,
        engine: Engine,
        *,
        retention_days: int = 14,
        queue_size: int = 10_000,
        batch_size: int = 500,
        flush_interval_s: float = 0.2,
        purge_interval_s: float = 300.0,
    ) -> None:
        self._engine = engine
        self._retention = timedelta(days=retention_days)
        self._retention_days = retention_days
        self._queue_size = queue_size
        self._batch_size = batch_size
        self._flush_interval_s = flush_interval_s
        self._purge_interval_s = purge_interval_s
        self._cond = threading.Condition()
        self._buffer: deque[AuditRecord | AdminEvent] = deque()
        self._slots = 0  # reserved or buffered, not yet written
        self._store_ok = True
        self._running = False
        self._stopping = False
        self._deadline = 0.0
        self._maintenance_stop = threading.Event()
        self._flusher: threading.Thread | None = None
        self._maintainer: threading.Thread | None = None
        self.lost = 0  # records still unwritten when stop() gave up; logged as a count only

    # -- lifecycle -----------------------------------------------------------------------------
    async def start(self) -> None:
        if self._running:
            return
        self._running, self._stopping = True, False
        self._maintenance_stop.clear()
        self._flusher = threading.Thread(target=self._flush_loop, name="audit-writer", daemon=True)
        self._maintainer = threading.Thread(target=self._maintenance_loop, name="audit-maintenance", daemon=True)
        self._flusher.start()
        self._maintainer.start()

    async def stop(self, timeout_s: float = STOP_TIMEOUT_S) -> None:
        """Wait for outstanding tickets (up to `timeout_s`) and write everything queued."""
        if not self._running:
            return
        with self._cond:
            self._stopping = True
            self._deadline = time.monotonic() + timeout_s
            self._cond.notify_all()
        self._maintenance_stop.set()
        assert self._flusher is not None and self._maintainer is not None
        await asyncio.to_thread(self._flusher.join)
        await asyncio.to_thread(self._maintainer.join, 5.0)
        self._running = False

    # -- request path (event loop; never blocks on the database) ------------------------------
    def reserve(self) -> AuditTicket:
        with self._cond:
            if not self._running or self._stopping:
                raise AuditUnavailable("The audit writer is not running.")
            if self._slots >= self._queue_size:
                raise AuditUnavailable("The audit store is unavailable or overloaded.")
            self._slots += 1
        return AuditTicket(self)

    def admin(self, action: str, *, team: str | None = None, key_id: str | None = None, detail: str | None = None) -> None:
        """Queue an admin event. Rare and small, so it may exceed `queue_size` rather than be lost."""
        event = AdminEvent(_action(action), team=team, key_id=key_id, detail=detail)
        with self._cond:
            self._slots += 1
        self._put(event)

    def healthy(self) -> bool:
        """For /readyz: running, and the last write attempt succeeded."""
        with self._cond:
            return self._running and not self._stopping and self._store_ok

    def queue_depth(self) -> int:
        """Reserved and queued records not yet written (a gauge for /metrics)."""
        with self._cond:
            return self._slots

    def _put(self, item: AuditRecord | AdminEvent) -> None:
        with self._cond:
            self._buffer.append(item)
            if len(self._buffer) >= self._batch_size or self._stopping:
                self._cond.notify_all()

    # -- background threads ----------------------------------------------------------------------
    def _flush_loop(self) -> None:
        failures = 0
        while True:
            with self._cond:
                if self._stopping and self._slots == 0:
                    return
                waiting_for_more = len(self._buffer) < self._batch_size and not (self._stopping and self._buffer)
                if failures or waiting_for_more:
                    delay = min(self._flush_interval_s * 2**failures, MAX_RETRY_DELAY_S) if failures else self._flush_interval_s
                    self._cond.wait(delay)
                if self._stopping:
                    if self._slots == 0:
                        return
                    if time.monotonic() >= self._deadline:
                        self.lost = self._slots
                        log.error("audit_records_lost_on_stop", count=self._slots)
                        return
                batch = list(islice(self._buffer, self._batch_size))
            if not batch:
                continue
            try:
                write_batch(self._engine, batch, self._retention)
            except Exception as exc:  # any failure: keep the records and retry
                failures += 1
                with self._cond:
                    self._store_ok = False
                log.warning("audit_write_failed", error=type(exc).__name__, queued=len(batch), attempt=failures)
                continue
            failures = 0
            with self._cond:
                for _ in batch:
                    self._buffer.popleft()
                self._slots -= len(batch)
                self._store_ok = True

    def _maintenance_loop(self) -> None:
        while True:
            try:
                ensure_partitions(self._engine, retention_days=self._retention_days)
                stats = purge_expired_stats(self._engine)
                if stats.rows:
                    log.info("audit_purged", events=stats.events, admin=stats.admin, batches=stats.batches)
                    self.admin("audit_purged", detail=f"events={stats.events} admin={stats.admin}")
            except Exception as exc:
                log.warning("audit_maintenance_failed", error=type(exc).__name__)
            if self._maintenance_stop.wait(self._purge_interval_s):
                return


# -- rows ----------------------------------------------------------------------------------------
def _clip(value: str | None, length: int) -> str | None:
    return None if value is None else str(value)[:length]


def _action(action: str) -> str:
    if not ACTION_NAME.match(action):
        raise ValueError("admin action must be a short snake_case name")
    return action


def event_row(record: AuditRecord, retention: timedelta) -> dict[str, Any]:
    created = to_utc(record.created_at)
    return {
        "request_id": _clip(record.request_id, ID_LEN),
        "created_at": created,
        "expires_at": created + retention,
        "team": _clip(record.team, NAME_LEN),
        "key_id": _clip(record.key_id, ID_LEN),
        "role": _clip(record.role, 16),
        "region": _clip(record.region, 16),
        "upstream_host": _clip(record.upstream_host, HOST_LEN),
        "model": _clip(record.model, MODEL_LEN),
        "stream": bool(record.stream),
        "status": int(record.status),
        "outcome": _clip(record.outcome, 32),
        "latency_ms": float(record.latency_ms),
        "upstream_latency_ms": record.upstream_latency_ms,
        "prompt_tokens": record.prompt_tokens,
        "completion_tokens": record.completion_tokens,
        "total_tokens": record.total_tokens,
        "detections": _detection_counts(record),
        "policy_name": _clip(record.policy_name, NAME_LEN),
        "policy_version": _clip(record.policy_version, ID_LEN),
        "detector_version": _clip(record.detector_version, ID_LEN),
        "pii_mode": _clip(record.pii_mode, 16),
        "request_bytes": int(record.request_bytes),
        "response_bytes": int(record.response_bytes),
        "error_code": _clip(record.error_code, NAME_LEN),
    }


def _detection_counts(record: AuditRecord) -> dict[str, dict[str, int]]:
    return {
        str(entity)[:NAME_LEN]: {str(action)[:32]: int(n) for action, n in actions.items() if int(n) > 0}
        for entity, actions in record.detections.items()
        if any(int(n) > 0 for n in actions.values())
    }


def detection_rows(event: dict[str, Any]) -> list[dict[str, Any]]:
    return [
        {
            "request_id": event["request_id"],
            "created_at": event["created_at"],
            "expires_at": event["expires_at"],
            "entity": entity,
            "action": action,
            "count": n,
        }
        for entity, actions in event["detections"].items()
        for action, n in actions.items()
    ]


def admin_row(event: AdminEvent, retention: timedelta) -> dict[str, Any]:
    created = to_utc(event.created_at)
    return {
        "event_id": event.event_id,
        "created_at": created,
        "expires_at": created + retention,
        "action": event.action,
        "team": _clip(event.team, NAME_LEN),
        "key_id": _clip(event.key_id, ID_LEN),
        "detail": _clip(event.detail, DETAIL_LEN),
    }


def _insert_ignoring_duplicates(conn: Connection, table: sa.Table, rows: list[dict[str, Any]]) -> None:
    if not rows:
        return
    if conn.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    elif conn.dialect.name == "sqlite":
        from sqlalchemy.dialects.sqlite import insert
    else:  # pragma: no cover - only the two supported dialects
        conn.execute(table.insert(), rows)
        return
    conn.execute(insert(table).on_conflict_do_nothing(), rows)


def write_batch(engine: Engine, items: list[AuditRecord | AdminEvent], retention: timedelta) -> None:
    """Write audit and admin events in one transaction."""
    events = [event_row(i, retention) for i in items if isinstance(i, AuditRecord)]
    admins = [admin_row(i, retention) for i in items if isinstance(i, AdminEvent)]
    with engine.begin() as conn:
        _insert_ignoring_duplicates(conn, audit_events, events)
        _insert_ignoring_duplicates(conn, audit_detections, [d for e in events for d in detection_rows(e)])
        _insert_ignoring_duplicates(conn, admin_events, admins)


def write_admin_event(
    engine: Engine,
    action: str,
    *,
    team: str | None = None,
    key_id: str | None = None,
    detail: str | None = None,
    retention_days: int = 14,
) -> None:
    """Write one admin event now (for the CLI, which has no running writer)."""
    event = AdminEvent(_action(action), team=team, key_id=key_id, detail=detail)
    write_batch(engine, [event], timedelta(days=retention_days))
