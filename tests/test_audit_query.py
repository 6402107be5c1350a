"""Queries: filters, cursor paging, summaries, and expired rows invisible before any purge."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy.engine import Engine

from gateway.audit.query import QueryError, encode_cursor, parse_time, query_events, summary
from gateway.audit.writer import write_batch
from tests.audit_fixtures import make_record

RETENTION = timedelta(days=14)
BASE = datetime.now(UTC).replace(microsecond=0) - timedelta(days=2)


def seed(engine: Engine) -> None:
    write_batch(engine, [
        make_record("a1", created_at=BASE, team="alpha", region="eu", detections={"EMAIL_ADDRESS": {"pseudonymize": 2}}),
        make_record("a2", created_at=BASE + timedelta(hours=1), team="alpha", region="eu", outcome="blocked", status=400,
                    detections={"CREDIT_CARD": {"block": 1}, "EMAIL_ADDRESS": {"redact": 1}}),
        make_record("b1", created_at=BASE + timedelta(days=1), team="beta", region="us", model="hf:other/model"),
        make_record("b2", created_at=BASE + timedelta(days=1, hours=1), team="beta", region="us", outcome="upstream_error", status=502),
    ], RETENTION)


def ids(rows: list[dict]) -> list[str]:  # type: ignore[type-arg]
    return [r["request_id"] for r in rows]


def test_filters_combine(engine: Engine) -> None:
    seed(engine)
    assert ids(query_events(engine)[0]) == ["a1", "a2", "b1", "b2"]
    assert ids(query_events(engine, team="beta")[0]) == ["b1", "b2"]
    assert ids(query_events(engine, region="eu", outcome="blocked")[0]) == ["a2"]
    assert ids(query_events(engine, entity="EMAIL_ADDRESS")[0]) == ["a1", "a2"]
    assert ids(query_events(engine, entity="CREDIT_CARD", team="beta")[0]) == []
    assert ids(query_events(engine, model="hf:other/model")[0]) == ["b1"]
    assert ids(query_events(engine, since=BASE + timedelta(hours=1), until=BASE + timedelta(days=1, hours=1))[0]) == ["a2", "b1"]


def test_rows_carry_metadata_and_detection_counts(engine: Engine) -> None:
    seed(engine)
    (row,), _ = query_events(engine, team="alpha", outcome="blocked")
    assert row["detections"] == {"CREDIT_CARD": {"block": 1}, "EMAIL_ADDRESS": {"redact": 1}}
    assert row["status"] == 400 and row["created_at"] == BASE + timedelta(hours=1)
    assert row["created_at"].tzinfo is not None


def test_cursor_pages_through_every_row_once(engine: Engine) -> None:
    same_time = BASE + timedelta(hours=5)  # ties on created_at are broken by request id
    write_batch(engine, [make_record(f"r{i:02d}", created_at=same_time if i % 3 else BASE + timedelta(minutes=i)) for i in range(23)], RETENTION)
    seen: list[str] = []
    cursor = None
    pages = 0
    while True:
        rows, cursor = query_events(engine, limit=5, cursor=cursor)
        seen += ids(rows)
        pages += 1
        if cursor is None:
            break
    assert sorted(seen) == [f"r{i:02d}" for i in range(23)] and len(seen) == 23
    assert pages == 5


def test_expired_rows_are_invisible_immediately(engine: Engine) -> None:
    now = datetime.now(UTC)
    write_batch(engine, [
        make_record("old", created_at=now - timedelta(days=3, seconds=1), detections={"US_SSN": {"redact": 1}}),
        make_record("new", created_at=now - timedelta(days=1)),
    ], timedelta(days=3))
    assert ids(query_events(engine, now=now)[0]) == ["new"]
    assert query_events(engine, entity="US_SSN", now=now)[0] == []
    report = summary(engine, by="entity", now=now)
    assert report["requests"] == [] and report["detections"] == []
    assert ids(query_events(engine, now=now - timedelta(days=1))[0]) == ["old", "new"]


def test_summary_counts_requests_by_outcome_and_detections_by_entity_and_action(engine: Engine) -> None:
    seed(engine)
    by_team = summary(engine, by="team")
    assert by_team["requests"] == [
        {"group": "alpha", "outcome": "blocked", "count": 1},
        {"group": "alpha", "outcome": "forwarded", "count": 1},
        {"group": "beta", "outcome": "forwarded", "count": 1},
        {"group": "beta", "outcome": "upstream_error", "count": 1},
    ]
    assert {(d["group"], d["entity"], d["action"], d["count"]) for d in by_team["detections"]} == {
        ("alpha", "CREDIT_CARD", "block", 1), ("alpha", "EMAIL_ADDRESS", "pseudonymize", 2), ("alpha", "EMAIL_ADDRESS", "redact", 1),
    }
    by_day = summary(engine, by="day")
    assert {(r["group"], r["count"]) for r in by_day["requests"] if r["outcome"] == "forwarded"} == {
        (BASE.date().isoformat(), 1), ((BASE + timedelta(days=1)).date().isoformat(), 1),
    }
    by_region = summary(engine, by="region", since=BASE + timedelta(days=1))
    assert {(r["group"], r["outcome"]) for r in by_region["requests"]} == {("us", "forwarded"), ("us", "upstream_error")}
    by_entity = summary(engine, by="entity")
    assert {(r["group"], r["outcome"], r["count"]) for r in by_entity["requests"]} == {
        ("CREDIT_CARD", "blocked", 1), ("EMAIL_ADDRESS", "blocked", 1), ("EMAIL_ADDRESS", "forwarded", 1),
    }


def test_bad_parameters_raise_query_errors(engine: Engine) -> None:
    with pytest.raises(QueryError):
        parse_time("yesterday", param="since")
    with pytest.raises(QueryError):
        summary(engine, by="week")
    with pytest.raises(QueryError):
        query_events(engine, cursor="not-a-cursor")
    with pytest.raises(QueryError):
        query_events(engine, limit=0)
    with pytest.raises(QueryError):
        query_events(engine, outcome="maybe")
    assert parse_time("2030-01-02", param="since") == datetime(2030, 1, 2, tzinfo=UTC)
    assert parse_time("2030-01-02T03:00:00+02:00", param="since") == datetime(2030, 1, 2, 1, tzinfo=UTC)
    assert encode_cursor(BASE, "x") != encode_cursor(BASE, "y")


def test_endpoint_filter(engine: Engine) -> None:
    write_batch(engine, [
        make_record("c1", created_at=BASE, endpoint="/v1/chat/completions"),
        make_record("e1", created_at=BASE + timedelta(minutes=1), endpoint="/v1/embeddings"),
        make_record("x1", created_at=BASE + timedelta(minutes=2), endpoint="/" + "x" * 80),  # too long: not recorded
    ], RETENTION)
    assert ids(query_events(engine, endpoint="/v1/embeddings")[0]) == ["e1"]
    rows = query_events(engine)[0]
    assert [r["endpoint"] for r in rows] == ["/v1/chat/completions", "/v1/embeddings", None]
    assert summary(engine, by="endpoint", endpoint="/v1/embeddings")["requests"] == [
        {"group": "/v1/embeddings", "outcome": "forwarded", "count": 1}]


def test_newest_first_pages_backwards_with_the_cursor(engine: Engine) -> None:
    seed(engine)
    first, cursor = query_events(engine, limit=3, newest_first=True)
    assert ids(first) == ["b2", "b1", "a2"] and cursor
    rest, cursor = query_events(engine, limit=3, newest_first=True, cursor=cursor)
    assert ids(rest) == ["a1"] and cursor is None
