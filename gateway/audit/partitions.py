"""Daily range partitions of the audit tables on PostgreSQL (a no-op on other dialects).

Why: at volume, deleting expired rows one by one is the expensive part of a 14-day retention.
Partitioning by day on `expires_at` lets the purge drop a whole day of expired rows at once.

- Partition `<table>_pYYYYMMDD` holds rows whose `expires_at` falls on that UTC day.
- `<table>_default` (created by the migration) catches rows whose day has no partition yet, so an
  insert never fails; the purge deletes expired rows from it (and from any partition) in batches.
- `ensure_partitions` creates the days that new rows will land in (created_at + retention) ahead of
  time; the migration creates a first range and the writer's maintenance task keeps it going.
- DDL runs with a short `lock_timeout`: if the tables are busy it gives up and retries next time
  instead of stalling the request path. If the default partition already holds rows of a day, that
  day's partition cannot be created; the rows stay in the default partition and are purged by batch.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

import sqlalchemy as sa
import structlog
from sqlalchemy.engine import Connection, Engine

from gateway.audit.schema import PARTITIONED_TABLES

log = structlog.get_logger("gateway.audit")

LOCK_TIMEOUT = "2s"
AHEAD_DAYS = 7
_NAME = re.compile(r"^(?P<table>[a-z_]+)_p(?P<day>\d{8})$")


@dataclass(frozen=True, slots=True)
class Partition:
    table: str
    name: str
    day: date  # holds expires_at in [day 00:00 UTC, day+1 00:00 UTC)

    @property
    def upper(self) -> datetime:
        return datetime.combine(self.day + timedelta(days=1), datetime.min.time(), tzinfo=UTC)


def is_partitioned(engine: Engine | Connection) -> bool:
    return engine.dialect.name == "postgresql"


def partition_name(table: str, day: date) -> str:
    return f"{table}_p{day:%Y%m%d}"


def create_partition_sql(table: str, day: date) -> str:
    # Names and bounds come from a date and a fixed table name, never from input.
    nxt = day + timedelta(days=1)
    return (
        f"CREATE TABLE IF NOT EXISTS {partition_name(table, day)} PARTITION OF {table} "
        f"FOR VALUES FROM ('{day.isoformat()} 00:00:00+00') TO ('{nxt.isoformat()} 00:00:00+00')"
    )


def list_partitions(conn: Connection, table: str) -> list[Partition]:
    rows = conn.execute(
        sa.text(
            "SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid "
            "WHERE i.inhparent = CAST(:parent AS regclass)"
        ),
        {"parent": table},
    ).scalars()
    found = []
    for name in rows:
        m = _NAME.match(name)
        if m and m["table"] == table:
            found.append(Partition(table, name, datetime.strptime(m["day"], "%Y%m%d").date()))
    return sorted(found, key=lambda p: p.day)


def ensure_partitions(
    engine: Engine, *, retention_days: int, now: datetime | None = None, ahead_days: int = AHEAD_DAYS
) -> int:
    """Create the daily partitions new rows will land in; returns how many were created."""
    if not is_partitioned(engine):
        return 0
    now = now or datetime.now(UTC)
    first = (now + timedelta(days=retention_days)).date() - timedelta(days=1)
    wanted = [first + timedelta(days=i) for i in range(ahead_days + 2)]
    created = 0
    for table in PARTITIONED_TABLES:
        with engine.connect() as conn:
            existing = {p.day for p in list_partitions(conn, table.name)}
        for day in wanted:
            if day in existing:
                continue
            try:
                with engine.begin() as conn:
                    conn.execute(sa.text(f"SET LOCAL lock_timeout = '{LOCK_TIMEOUT}'"))
                    conn.execute(sa.text(create_partition_sql(table.name, day)))
                created += 1
            except sa.exc.DBAPIError as exc:
                # Busy table or rows of that day already in the default partition: retry later.
                log.warning("audit_partition_create_skipped", table=table.name, error=type(exc.orig).__name__)
    return created


def drop_expired_partitions(engine: Engine, *, now: datetime) -> tuple[int, int]:
    """Drop partitions whose every row has expired; returns (audit_events rows, partitions dropped).

    Locks are taken parent first, like every insert and query does, so this cannot deadlock with
    them; a transaction-level advisory lock keeps two replicas from dropping the same partition,
    and the row count is taken under the lock, so no row is counted twice.
    """
    if not is_partitioned(engine):
        return 0, 0
    rows = dropped = 0
    for table in PARTITIONED_TABLES:
        with engine.connect() as conn:
            expired = [p for p in list_partitions(conn, table.name) if p.upper <= now]
        for part in expired:
            try:
                with engine.begin() as conn:
                    conn.execute(sa.text(f"SET LOCAL lock_timeout = '{LOCK_TIMEOUT}'"))
                    if not conn.execute(sa.text("SELECT pg_try_advisory_xact_lock(hashtext('gateway_audit_partitions'))")).scalar():
                        return rows, dropped  # another replica is dropping partitions right now
                    if conn.execute(sa.text("SELECT to_regclass(:n)"), {"n": part.name}).scalar() is None:
                        continue
                    conn.execute(sa.text(f"LOCK TABLE ONLY {table.name} IN ACCESS EXCLUSIVE MODE"))
                    count = conn.execute(sa.text(f"SELECT count(*) FROM {part.name}")).scalar_one()
                    conn.execute(sa.text(f"DROP TABLE IF EXISTS {part.name}"))
            except sa.exc.DBAPIError as exc:
                log.warning("audit_partition_drop_skipped", table=table.name, error=type(exc.orig).__name__)
                continue
            dropped += 1
            if table.name == "audit_events":
                rows += int(count)
    return rows, dropped
