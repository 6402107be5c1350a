"""The audit writer: batched inserts on a background thread, bounded, failing closed.

The request path calls `reserve()` before forwarding anything and `ticket.commit(record)` exactly
once at the end, whatever happened. A reserved slot counts against `queue_size` until its row is
written, so when the store is down (or not keeping up) and the queue is full, `reserve()` raises
`AuditUnavailable` and the request is refused instead of going out unaudited. Records that could not
be written stay queued and are retried with backoff; `stop()` waits for outstanding tickets and
flushes everything. Rows are built and inserted by `gateway.audit.store`.

A second thread does maintenance: it creates PostgreSQL partitions ahead and purges expired rows
every `purge_interval_s`.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections import deque
from datetime import timedelta
from itertools import islice

import sqlalchemy as sa
import structlog
from sqlalchemy.engine import Engine

from gateway.audit.partitions import ensure_partitions
from gateway.audit.purge import purge_expired_stats
from gateway.audit.record import AuditRecord
from gateway.audit.store import AdminEvent, admin_action, write_admin_event, write_batch

log = structlog.get_logger("gateway.audit")

MAX_RETRY_DELAY_S = 5.0
STOP_TIMEOUT_S = 30.0


def is_bad_record_error(exc: BaseException) -> bool:
    """The store is up but refused the data (constraint, type, conversion), as opposed to the store
    being unreachable or failing, which is retried."""
    if isinstance(exc, (sa.exc.IntegrityError, sa.exc.DataError, ValueError, TypeError)):
        return True
    # Errors raised while binding parameters, before reaching the database.
    return isinstance(exc, sa.exc.StatementError) and not isinstance(exc, sa.exc.DBAPIError)


class AuditUnavailable(Exception):
    """The audit store cannot take another record; the request must not be forwarded."""

    def __init__(self, message: str = "The audit store is unavailable.") -> None:
        super().__init__(message)


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
        self.rejected = 0  # records the store refused as invalid (a bug upstream of the writer)

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
        event = AdminEvent(admin_action(action), team=team, key_id=key_id, detail=detail)
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
                try:
                    write_batch(self._engine, batch, self._retention)
                except Exception as exc:
                    if not is_bad_record_error(exc):
                        raise
                    self._write_one_by_one(batch)
            except Exception as exc:  # the store failed: keep the records and retry
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

    def _write_one_by_one(self, batch: list[AuditRecord | AdminEvent]) -> None:
        """The store rejected a record (a broken contract, e.g. a missing request id): write the batch
        item by item and drop only what the store refuses, so one bad record cannot stall every request.
        Items written before a store failure are safe to retry: inserts ignore duplicates."""
        for item in batch:
            try:
                write_batch(self._engine, [item], self._retention)
            except Exception as exc:
                if not is_bad_record_error(exc):
                    raise
                self.rejected += 1
                log.error("audit_record_rejected", error=type(exc).__name__)

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


__all__ = ["AdminEvent", "AuditTicket", "AuditUnavailable", "AuditWriter", "write_admin_event", "write_batch"]
