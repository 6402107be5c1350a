"""Purge: expired rows gone, in batches, unexpired ones kept, safe from two purgers at once."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from gateway.audit.partitions import ensure_partitions, list_partitions
from gateway.audit.purge import purge_expired, purge_expired_stats
from gateway.audit.writer import AdminEvent, write_batch
from tests.audit_fixtures import count_rows, make_record

NOW = datetime.now(UTC)


def seed_expired(engine: Engine, n: int, *, days_ago: int = 20) -> None:
    created = NOW - timedelta(days=days_ago)
    records = [make_record(f"old-{i:05d}", created_at=created + timedelta(seconds=i), detections={"PERSON": {"mask": 1}}) for i in range(n)]
    write_batch(engine, records, timedelta(days=14))


def test_purge_removes_expired_rows_and_keeps_the_rest(engine: Engine) -> None:
    seed_expired(engine, 30)
    write_batch(engine, [make_record("fresh", created_at=NOW, detections={"PERSON": {"mask": 1}})], timedelta(days=14))
    write_batch(engine, [AdminEvent("key_created", created_at=NOW - timedelta(days=20))], timedelta(days=14))
    assert purge_expired(engine, now=NOW) == 31  # 30 audit events + 1 admin event
    assert count_rows(engine, "audit_events") == 1
    assert count_rows(engine, "audit_detections") == 1
    assert count_rows(engine, "admin_events") == 0
    assert purge_expired(engine, now=NOW) == 0


def test_purge_runs_in_batches(engine: Engine) -> None:
    seed_expired(engine, 25)
    stats = purge_expired_stats(engine, now=NOW, batch_size=10)
    assert stats.events == 25 and stats.detections == 25
    # 10 + 10 + 5 events, the same for detections, and one for each daily roll-up table (all one day).
    assert stats.rollups == 2 and stats.batches == 8


def test_two_concurrent_purges_delete_each_row_once(engine: Engine) -> None:
    seed_expired(engine, 400)
    results: list[int] = []
    errors: list[BaseException] = []
    start = threading.Barrier(2)

    def purge() -> None:
        try:
            start.wait()
            results.append(purge_expired(engine, now=NOW, batch_size=7))
        except BaseException as exc:  # surfaced below
            errors.append(exc)

    threads = [threading.Thread(target=purge) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert not any(t.is_alive() for t in threads), "a purge is stuck"
    assert errors == []
    assert sum(results) == 400
    assert count_rows(engine, "audit_events") == 0 == count_rows(engine, "audit_detections")


def test_postgres_drops_whole_expired_partitions(postgres_url: str) -> None:
    from gateway.db import make_engine

    engine = make_engine(postgres_url)
    with engine.begin() as conn:
        for table in ("audit_events", "audit_detections", "admin_events"):
            conn.execute(sa.text(f"DELETE FROM {table}"))
    past = NOW - timedelta(days=30)  # rows created then expire 16 days ago: give that day a partition
    ensure_partitions(engine, retention_days=14, now=past, ahead_days=0)
    write_batch(engine, [make_record(f"p{i}", created_at=past + timedelta(seconds=i)) for i in range(12)], timedelta(days=14))
    expired_day = (past + timedelta(days=14)).date()
    with engine.connect() as conn:
        assert expired_day in {p.day for p in list_partitions(conn, "audit_events")}
    stats = purge_expired_stats(engine, now=NOW)
    assert stats.events == 12 and stats.partitions_dropped >= 2
    with engine.connect() as conn:
        assert all(p.upper > NOW for p in list_partitions(conn, "audit_events"))
    assert count_rows(engine, "audit_events") == 0
    engine.dispose()
