"""AuditWriter: exactly one row per commit, in batches, flushed on stop, failing closed when full."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import Engine

from gateway.audit import writer as writer_module
from gateway.audit.writer import AuditUnavailable, AuditWriter, write_admin_event, write_batch
from gateway.db import make_engine, migrate
from tests.audit_fixtures import count_rows, make_record

FAST = {"flush_interval_s": 0.02, "purge_interval_s": 3600.0}


async def wait_for(predicate, timeout_s: float = 10.0) -> None:  # type: ignore[no-untyped-def]
    deadline = asyncio.get_running_loop().time() + timeout_s
    while not predicate():
        assert asyncio.get_running_loop().time() < deadline, "condition not reached in time"
        await asyncio.sleep(0.02)


def test_each_commit_writes_exactly_one_row_with_its_fields(engine: Engine) -> None:
    created = datetime(2030, 1, 2, 3, 4, 5, 678000, tzinfo=UTC)
    records = [
        make_record(f"req-{i}", created_at=created + timedelta(seconds=i), team=f"team{i % 2}",
                    detections={"EMAIL_ADDRESS": {"pseudonymize": i + 1}, "CREDIT_CARD": {"block": 1}} if i else {})
        for i in range(5)
    ]

    async def run() -> None:
        writer = AuditWriter(engine, retention_days=9, **FAST)
        await writer.start()
        for record in records:
            writer.reserve().commit(record)
        await writer.stop()

    asyncio.run(run())
    with engine.connect() as conn:
        rows = {r.request_id: r for r in conn.execute(sa.text("SELECT * FROM audit_events"))}
        detections = conn.execute(
            sa.text("SELECT entity, action, count FROM audit_detections WHERE request_id = 'req-3'")
        ).all()
    assert sorted(rows) == [f"req-{i}" for i in range(5)]
    assert rows["req-1"].team == "team1" and rows["req-2"].team == "team0"
    assert sorted(tuple(d) for d in detections) == [("CREDIT_CARD", "block", 1), ("EMAIL_ADDRESS", "pseudonymize", 4)]
    assert count_rows(engine, "audit_detections") == 8  # two entity/action pairs for each of req-1..4


def test_expires_at_is_created_at_plus_retention(engine: Engine) -> None:
    from gateway.audit.query import query_events

    created = datetime.now(UTC) - timedelta(hours=1)
    write_batch(engine, [make_record("r1", created_at=created)], timedelta(days=3))
    (row,), _ = query_events(engine)
    assert row["created_at"] == created
    assert row["expires_at"] == created + timedelta(days=3)


def test_records_are_written_in_batches(engine: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    sizes: list[int] = []
    real = writer_module.write_batch

    def recording(engine_: Engine, items: list, retention: timedelta) -> None:  # type: ignore[type-arg]
        sizes.append(len(items))
        real(engine_, items, retention)

    monkeypatch.setattr(writer_module, "write_batch", recording)

    async def run() -> None:
        writer = AuditWriter(engine, batch_size=4, flush_interval_s=5.0, purge_interval_s=3600.0)
        await writer.start()
        for _ in range(10):
            writer.reserve().commit(make_record())
        await wait_for(lambda: sum(sizes) >= 8)  # two full batches go without waiting for the interval
        await writer.stop()

    asyncio.run(run())
    assert sum(sizes) == 10 == count_rows(engine, "audit_events")
    assert max(sizes) <= 4 and len(sizes) < 10


def test_stop_flushes_everything_queued(engine: Engine) -> None:
    async def run() -> None:
        writer = AuditWriter(engine, batch_size=1000, flush_interval_s=60.0, purge_interval_s=3600.0)
        await writer.start()
        tickets = [writer.reserve() for _ in range(7)]
        for ticket in tickets:
            ticket.commit(make_record())
        writer.admin("policy_loaded", team="alpha", detail="version=0123abcd")
        await writer.stop()
        assert writer.queue_depth() == 0

    asyncio.run(run())
    assert count_rows(engine, "audit_events") == 7
    assert count_rows(engine, "admin_events") == 1


def test_stop_waits_for_tickets_still_in_flight(engine: Engine) -> None:
    async def run() -> None:
        writer = AuditWriter(engine, **FAST)
        await writer.start()
        ticket = writer.reserve()

        async def finish_request_later() -> None:
            await asyncio.sleep(0.2)
            ticket.commit(make_record("late"))

        late = asyncio.create_task(finish_request_later())
        await writer.stop()
        await late

    asyncio.run(run())
    assert count_rows(engine, "audit_events") == 1


def test_a_second_commit_of_a_ticket_is_ignored(engine: Engine) -> None:
    async def run() -> None:
        writer = AuditWriter(engine, **FAST)
        await writer.start()
        ticket = writer.reserve()
        ticket.commit(make_record("once"))
        ticket.commit(make_record("twice"))
        await writer.stop()

    asyncio.run(run())
    with engine.connect() as conn:
        assert conn.execute(sa.text("SELECT request_id FROM audit_events")).scalars().all() == ["once"]


def test_retried_batch_does_not_duplicate_rows(engine: Engine) -> None:
    batch = [make_record("same-request")]
    write_batch(engine, batch, timedelta(days=14))
    write_batch(engine, batch, timedelta(days=14))  # e.g. the COMMIT reached the DB but its ack did not
    assert count_rows(engine, "audit_events") == 1


@pytest.mark.parametrize("dead_url", ["sqlite:////nonexistent-dir/audit/gateway.db", "postgresql+psycopg://postgres@127.0.0.1:1/none"])
def test_reserve_fails_closed_when_the_store_is_down_and_the_queue_is_full(dead_url: str) -> None:
    engine = make_engine(dead_url)

    async def run() -> None:
        writer = AuditWriter(engine, queue_size=2, **FAST)
        await writer.start()
        writer.reserve().commit(make_record())
        writer.reserve()  # reserved, not yet committed: still counts
        await wait_for(lambda: not writer.healthy())
        with pytest.raises(AuditUnavailable) as info:
            writer.reserve()
        assert "audit" in str(info.value)
        await writer.stop(timeout_s=0.2)
        assert writer.lost == 2

    asyncio.run(run())
    engine.dispose()


def test_rows_stay_queued_while_the_store_fails_and_are_written_when_it_recovers(tmp_path) -> None:
    url = f"sqlite:///{tmp_path / 'late.db'}"
    engine = make_engine(url)  # the tables do not exist yet: every write fails

    async def run() -> None:
        writer = AuditWriter(engine, **FAST)
        await writer.start()
        for _ in range(3):
            writer.reserve().commit(make_record())
        await wait_for(lambda: not writer.healthy())
        assert writer.queue_depth() == 3
        migrate(url)  # the store comes back
        await wait_for(writer.healthy)
        await wait_for(lambda: writer.queue_depth() == 0)
        await writer.stop()

    asyncio.run(run())
    assert count_rows(engine, "audit_events") == 3
    engine.dispose()


def test_reserve_refuses_before_start_and_after_stop(engine: Engine) -> None:
    async def run() -> None:
        writer = AuditWriter(engine, **FAST)
        with pytest.raises(AuditUnavailable):
            writer.reserve()
        await writer.start()
        assert writer.healthy()
        await writer.stop()
        assert not writer.healthy()
        with pytest.raises(AuditUnavailable):
            writer.reserve()

    asyncio.run(run())


def test_write_admin_event_writes_a_content_free_row(engine: Engine) -> None:
    write_admin_event(engine, "key_created", team="alpha", key_id="k_test0001", retention_days=2)
    with engine.connect() as conn:
        row = conn.execute(sa.text("SELECT action, team, key_id FROM admin_events")).one()
    assert tuple(row) == ("key_created", "alpha", "k_test0001")
    with pytest.raises(ValueError):
        write_admin_event(engine, "free text is not an action")


def test_a_record_the_store_refuses_does_not_stall_the_others(engine: Engine) -> None:
    async def run() -> AuditWriter:
        writer = AuditWriter(engine, batch_size=10, **FAST)
        await writer.start()
        writer.reserve().commit(make_record("good-1"))
        writer.reserve().commit(make_record(None, outcome=None))  # type: ignore[arg-type]  # NOT NULL outcome
        writer.reserve().commit(make_record("good-2"))
        await wait_for(lambda: writer.queue_depth() == 0)
        assert writer.healthy()
        await writer.stop()
        return writer

    writer = asyncio.run(run())
    assert writer.rejected == 1
    with engine.connect() as conn:
        assert sorted(conn.execute(sa.text("SELECT request_id FROM audit_events")).scalars()) == ["good-1", "good-2"]
