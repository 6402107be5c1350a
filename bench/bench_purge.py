"""Time the audit purge on N expired rows, on SQLite and on PostgreSQL.

    python -m bench.bench_purge [--rows 1000000] [--batch-size 10000] [--dialect sqlite|postgres|both]

Each run uses a fresh database (a temp SQLite file; a uniquely named PostgreSQL database, dropped
afterwards), migrated with Alembic. The expired rows are spread over the 14 days before now.
PostgreSQL is measured twice: with the rows in daily partitions (the purge drops them whole) and with
the rows in the DEFAULT partition (the purge falls back to batched deletes).
Set GATEWAY_BENCH_POSTGRES_URL to use another server.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import tempfile
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.engine import make_url

from gateway.audit.partitions import ensure_partitions
from gateway.audit.purge import purge_expired_stats
from gateway.db import make_engine, migrate

POSTGRES_URL = os.environ.get("GATEWAY_BENCH_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
SPAN = timedelta(days=14)  # expired rows are spread over this window before now
RETENTION = timedelta(days=14)


def _row_times(now: datetime, n: int) -> tuple[datetime, float]:
    """First created_at and the step in seconds so that expires_at runs over the SPAN before now."""
    first_created = now - RETENTION - SPAN
    return first_created, (SPAN.total_seconds() - 60) / max(n, 1)


def _report(label: str, rows: int, seconds_insert: float, stats, seconds: float) -> None:  # type: ignore[no-untyped-def]
    print(
        f"{label:<32} rows={stats.events:>9,} (inserted {rows:,} in {seconds_insert:6.1f}s)  "
        f"purge={seconds:7.2f}s  batches={stats.batches:>4}  partitions_dropped={stats.partitions_dropped}",
        flush=True,
    )


def bench_sqlite(rows: int, batch_size: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.db"
        url = f"sqlite:///{path}"
        migrate(url)
        now = datetime.now(UTC)
        first, step = _row_times(now, rows)
        started = time.perf_counter()
        conn = sqlite3.connect(path)
        with conn:  # one transaction
            conn.executemany(
                "INSERT INTO audit_events (request_id, created_at, expires_at, team, key_id, role, region, "
                "upstream_host, model, stream, status, outcome, latency_ms, detections, request_bytes, response_bytes) "
                "VALUES (?, ?, ?, ?, 'k_bench', 'client', 'eu', 'eu.example.invalid', 'hf:bench/model', 0, 200, "
                "'forwarded', 10.0, '{}', 100, 200)",
                (
                    (f"bench-{i}", _sqlite_ts(c := first + timedelta(seconds=i * step)), _sqlite_ts(c + RETENTION), f"team{i % 10}")
                    for i in range(rows)
                ),
            )
        conn.close()
        inserted = time.perf_counter() - started
        engine = make_engine(url)
        started = time.perf_counter()
        stats = purge_expired_stats(engine, now=now, batch_size=batch_size)
        _report("sqlite (batched deletes)", rows, inserted, stats, time.perf_counter() - started)
        engine.dispose()


def _sqlite_ts(value: datetime) -> str:
    return value.replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds")


def bench_postgres(rows: int, batch_size: int, *, partitioned: bool) -> None:
    server = make_url(POSTGRES_URL)
    name = f"gw_bench_{uuid.uuid4().hex[:10]}"
    admin = sa.create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
    url = server.set(database=name).render_as_string(hide_password=False)
    try:
        migrate(url)
        engine = make_engine(url)
        now = datetime.now(UTC)
        first, step = _row_times(now, rows)
        if partitioned:  # the partitions the writer would have created while these rows were written
            for day in range(int(SPAN.days) + 1):
                ensure_partitions(engine, retention_days=14, now=first + timedelta(days=day), ahead_days=0)
        started = time.perf_counter()
        with engine.begin() as conn:
            conn.execute(
                sa.text(
                    "INSERT INTO audit_events (request_id, created_at, expires_at, team, key_id, role, region, "
                    "upstream_host, model, stream, status, outcome, latency_ms, detections, request_bytes, response_bytes) "
                    "SELECT 'bench-' || g, ts, ts + interval '14 days', 'team' || (g % 10), 'k_bench', 'client', 'eu', "
                    "'eu.example.invalid', 'hf:bench/model', false, 200, 'forwarded', 10.0, '{}', 100, 200 "
                    "FROM (SELECT g, CAST(:first AS timestamptz) + g * CAST(:step AS double precision) * interval '1 second' AS ts "
                    "FROM generate_series(0, :n - 1) AS g) AS s"
                ),
                {"first": first, "step": step, "n": rows},
            )
        inserted = time.perf_counter() - started
        with engine.connect() as conn:
            conn.execute(sa.text("ANALYZE audit_events"))
        started = time.perf_counter()
        stats = purge_expired_stats(engine, now=now, batch_size=batch_size)
        label = "postgres (daily partitions)" if partitioned else "postgres (default partition)"
        _report(label, rows, inserted, stats, time.perf_counter() - started)
        engine.dispose()
    finally:
        with admin.connect() as conn:
            conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.bench_purge", description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--batch-size", type=int, default=10_000)
    parser.add_argument("--dialect", choices=("sqlite", "postgres", "both"), default="both")
    args = parser.parse_args(argv)
    if args.dialect in ("sqlite", "both"):
        bench_sqlite(args.rows, args.batch_size)
    if args.dialect in ("postgres", "both"):
        bench_postgres(args.rows, args.batch_size, partitioned=True)
        bench_postgres(args.rows, args.batch_size, partitioned=False)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
