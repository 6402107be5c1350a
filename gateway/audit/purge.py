"""Delete audit rows past `expires_at`, in batches, safely from several replicas at once.

Queries already hide expired rows (they filter `expires_at > now`); the purge makes them gone.

- PostgreSQL: first drop whole expired daily partitions (`gateway.audit.partitions`), then delete
  what is left (rows in the DEFAULT partition or in today's partition) in batches whose rows are
  picked with `FOR UPDATE SKIP LOCKED`, so two purgers never wait on or delete the same rows.
- The dashboard's daily roll-ups go by the same rule (`expires_at`: the end of their day plus the
  retention), in batches.
- SQLite: batches of `DELETE ... WHERE rowid IN (SELECT rowid ... LIMIT n)`; SQLite serializes
  writers, so concurrent purges simply take turns.
Each batch is its own short transaction, so the request path's inserts are never held up for long.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from gateway.audit.partitions import drop_expired_partitions
from gateway.audit.schema import ROLLUP_TABLES, admin_events, audit_detections, audit_events, to_utc

DEFAULT_BATCH_SIZE = 10_000


@dataclass(slots=True)
class PurgeStats:
    events: int = 0  # audit_events rows removed (dropped partitions included)
    detections: int = 0  # audit_detections rows removed by batch delete
    rollups: int = 0  # daily roll-up rows removed (whole days whose every event has expired)
    admin: int = 0  # admin_events rows removed
    batches: int = 0  # DELETE statements that removed rows
    partitions_dropped: int = 0

    @property
    def rows(self) -> int:
        """Audit and admin events removed: what `gateway audit purge` prints."""
        return self.events + self.admin


def purge_expired(engine: Engine, *, now: datetime | None = None, batch_size: int = DEFAULT_BATCH_SIZE) -> int:
    """Remove every audit row whose `expires_at` has passed; returns audit + admin events removed."""
    return purge_expired_stats(engine, now=now, batch_size=batch_size).rows


def purge_expired_stats(
    engine: Engine, *, now: datetime | None = None, batch_size: int = DEFAULT_BATCH_SIZE
) -> PurgeStats:
    if batch_size < 1:
        raise ValueError("batch_size must be at least 1")
    now = to_utc(now) if now else datetime.now(UTC)
    stats = PurgeStats()
    stats.events, stats.partitions_dropped = drop_expired_partitions(engine, now=now)
    for table in (audit_events, audit_detections, admin_events, *ROLLUP_TABLES):
        removed = _delete_in_batches(engine, table, now, batch_size, stats)
        if table is audit_events:
            stats.events += removed
        elif table is audit_detections:
            stats.detections += removed
        elif table is admin_events:
            stats.admin += removed
        else:
            stats.rollups += removed
    return stats


def _delete_in_batches(engine: Engine, table: sa.Table, now: datetime, batch_size: int, stats: PurgeStats) -> int:
    statement = _batch_delete(engine, table, now, batch_size)
    removed = 0
    while True:
        with engine.begin() as conn:
            deleted = conn.execute(statement).rowcount
        if deleted:
            stats.batches += 1
        removed += deleted
        # A short batch can mean rows were skipped because another purger holds them; only an
        # empty batch means nothing expired is left for us.
        if deleted == 0:
            return removed


def _batch_delete(engine: Engine, table: sa.Table, now: datetime, batch_size: int) -> sa.Delete:
    expired = table.c.expires_at <= now
    if engine.dialect.name == "sqlite":
        rowid = sa.literal_column("rowid")
        pick = sa.select(rowid).select_from(table).where(expired).limit(batch_size)
        return sa.delete(table).where(rowid.in_(pick))
    key = [c for c in table.primary_key.columns]
    pick = sa.select(*key).where(expired).limit(batch_size).with_for_update(skip_locked=True)
    return sa.delete(table).where(sa.tuple_(*key).in_(pick))
