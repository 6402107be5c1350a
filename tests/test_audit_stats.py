"""Dashboard aggregations (gateway.audit.stats) on SQLite and PostgreSQL, against known rows."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import Engine, make_url

from gateway.audit.purge import purge_expired_stats
from gateway.audit.rollup import latency_bucket
from gateway.audit.stats import StatsFilter, dashboard_stats, refusal_reason, split_range
from gateway.audit.writer import write_admin_event, write_batch
from gateway.db import make_engine, migrate
from tests.audit_fixtures import POSTGRES_URL, make_record

RETENTION = timedelta(days=14)
DAY1 = datetime.now(UTC).replace(hour=10, minute=0, second=0, microsecond=0) - timedelta(days=3)
DAY2 = DAY1 + timedelta(days=1)
CHAT, EMBED = "/v1/chat/completions", "/v1/embeddings"


def seed(engine: Engine) -> None:
    rows = [
        # Day 1, alpha/eu: ten forwarded chats with latencies 10..100 ms, one with two e-mails pseudonymized.
        *[make_record(f"a{i}", created_at=DAY1 + timedelta(minutes=i), team="alpha", region="eu", endpoint=CHAT,
                      latency_ms=10.0 * (i + 1), request_bytes=100, total_tokens=7,
                      detections={"EMAIL_ADDRESS": {"pseudonymize": 2}} if i == 0 else {})
          for i in range(10)],
        make_record("a-blocked", created_at=DAY1 + timedelta(hours=1), team="alpha", region="eu", endpoint=CHAT,
                    outcome="blocked", status=400, error_code="pii_blocked", detections={"CREDIT_CARD": {"block": 1}}),
        # Day 2, beta/us: embeddings, refusals of several kinds.
        make_record("b1", created_at=DAY2, team="beta", region="us", endpoint=EMBED, latency_ms=5.0),
        make_record("b-det", created_at=DAY2 + timedelta(minutes=1), team="beta", region="us", endpoint=CHAT,
                    outcome="detector_error", status=503, error_code="detector_error"),
        make_record("b-audit", created_at=DAY2 + timedelta(minutes=2), team="beta", region="us", endpoint=CHAT,
                    outcome="rejected", status=503, error_code="audit_unavailable"),
        make_record("b-region", created_at=DAY2 + timedelta(minutes=3), team="beta", region="us", endpoint=CHAT,
                    outcome="rejected", status=503, error_code="region_unavailable"),
        make_record("b-up", created_at=DAY2 + timedelta(minutes=4), team="beta", region="us", endpoint=CHAT,
                    outcome="upstream_error", status=502, error_code="upstream_timeout"),
        make_record("b-key", created_at=DAY2 + timedelta(minutes=5), team=None, region=None, endpoint=CHAT,
                    outcome="rejected", status=401, error_code="invalid_api_key"),
        make_record("b-mask", created_at=DAY2 + timedelta(minutes=6), team="beta", region="us", endpoint=CHAT,
                    detections={"PHONE_NUMBER": {"mask": 3}}),
    ]
    write_batch(engine, rows, RETENTION)
    # An expired row is invisible to every figure.
    write_batch(engine, [make_record("old", created_at=datetime.now(UTC) - timedelta(days=20), team="alpha",
                                     detections={"PERSON": {"redact": 1}})], RETENTION)


def test_figures_match_the_rows(engine: Engine) -> None:
    seed(engine)
    stats = dashboard_stats(engine, StatsFilter(), retention_days=14)
    d1, d2 = DAY1.date().isoformat(), DAY2.date().isoformat()
    assert stats["requests_by_day"] == {
        d1: {"forwarded": 10, "blocked": 1},
        d2: {"forwarded": 2, "detector_error": 1, "rejected": 3, "upstream_error": 1},
    }
    assert stats["total_requests"] == 18
    traffic = {(t["team"], t["region"]): t for t in stats["traffic"]}
    assert traffic[("alpha", "eu")]["requests"] == 11 and traffic[("alpha", "eu")]["forwarded"] == 10
    assert traffic[("alpha", "eu")]["tokens"] == 70
    assert traffic[("beta", "us")]["requests"] == 6 and ("(unknown)", "(none)") in traffic
    reasons = {r["reason"]: r["requests"] for r in stats["refusals"]}
    assert reasons == {"blocked_by_policy": 1, "detector_error": 1, "region_unavailable": 1, "audit_unavailable": 1,
                       "upstream_error": 1, "rejected": 1}
    assert {(d["entity"], d["action"]): d["count"] for d in stats["detections"]} == {
        ("EMAIL_ADDRESS", "pseudonymize"): 2, ("CREDIT_CARD", "block"): 1, ("PHONE_NUMBER", "mask"): 3}
    day1 = next(r for r in stats["latency"] if r["day"] == d1)
    # Day 1: 10, 20, ..., 100 and the blocked request's 12.5 -> 11 values; nearest rank is 50, 100, 100,
    # read from 5%-wide buckets as the bucket's upper bound.
    assert day1["requests"] == 11
    assert 50.0 <= day1["p50"] <= 52.5 and 100.0 <= day1["p95"] <= 105.0 and 100.0 <= day1["p99"] <= 105.0


def test_filters_apply_to_every_figure(engine: Engine) -> None:
    seed(engine)
    stats = dashboard_stats(engine, StatsFilter(team="beta", endpoint=CHAT), retention_days=14)
    assert stats["total_requests"] == 5
    assert {(d["entity"], d["action"]) for d in stats["detections"]} == {("PHONE_NUMBER", "mask")}
    assert [t["team"] for t in stats["traffic"]] == ["beta"]
    only_eu = dashboard_stats(engine, StatsFilter(region="eu", until=DAY1 + timedelta(minutes=5)), retention_days=14)
    assert only_eu["total_requests"] == 5
    assert only_eu["detections"] == [{"entity": "EMAIL_ADDRESS", "action": "pseudonymize", "count": 2}]
    since = dashboard_stats(engine, StatsFilter(since=DAY2), retention_days=14)
    assert list(since["requests_by_day"]) == [DAY2.date().isoformat()]


def test_trail_health_reports_oldest_row_and_purges(engine: Engine) -> None:
    seed(engine)
    write_admin_event(engine, "audit_purged", detail="events=40 admin=2")
    write_admin_event(engine, "audit_purged", detail="events=5 admin=0")
    health = dashboard_stats(engine, StatsFilter(), retention_days=14)["health"]
    # The oldest kept row is the first of DAY1 (10:00 three days ago); its age depends on the hour now.
    expected = (datetime.now(UTC) - DAY1).total_seconds() / 86400
    assert abs(health["oldest_row_age_days"] - expected) < 0.02 and health["within_retention"]
    assert health["purges"] == 2 and health["rows_purged"] == 47 and health["last_purge_at"] is not None
    assert dashboard_stats(engine, StatsFilter(), retention_days=2)["health"]["within_retention"] is False


def test_refusal_reason_precedence() -> None:
    assert refusal_reason("forwarded", None) is None
    assert refusal_reason("forwarded", "detector_error_forwarded") is None
    assert refusal_reason("rejected", "region_unavailable") == "region_unavailable"
    assert refusal_reason("blocked", "pii_blocked") == "blocked_by_policy"
    assert refusal_reason("rejected", "model_not_allowed") == "rejected"


def test_rollups_and_raw_rows_give_the_same_figures(engine: Engine) -> None:
    """A range cut inside days is read partly from raw rows; whole days from the roll-ups; same figures."""
    seed(engine)
    cut = StatsFilter(since=DAY1 + timedelta(minutes=5), until=DAY2 + timedelta(minutes=3))
    now = datetime.now(UTC)
    split = split_range(cut, now, 14)
    assert split.first_day is None and split.raw == [(cut.since, cut.until)]  # no whole day at all: rows only
    stats = dashboard_stats(engine, cut, retention_days=14, now=now)
    assert stats["total_requests"] == 5 + 1 + 3  # a5..a9, the blocked one, b1, b-det, b-audit
    whole = StatsFilter(since=DAY1.replace(hour=0), until=DAY2.replace(hour=0) + timedelta(days=1))
    split = split_range(whole, now, 14)
    assert split.raw == [] and split.first_day == DAY1.date()
    assert dashboard_stats(engine, whole, retention_days=14, now=now)["total_requests"] == 18
    # Half roll-ups (day 2), half rows (the end of day 1): the same as counting the rows.
    mixed = StatsFilter(since=DAY1 + timedelta(minutes=5))
    split = split_range(mixed, now, 14)
    assert split.raw == [(mixed.since, DAY2.replace(hour=0))] and split.first_day == DAY2.date()
    figures = dashboard_stats(engine, mixed, retention_days=14, now=now)
    assert figures["total_requests"] == 5 + 1 + 7
    assert {(d["entity"], d["action"]): d["count"] for d in figures["detections"]} == {
        ("CREDIT_CARD", "block"): 1, ("PHONE_NUMBER", "mask"): 3}


def test_the_oldest_day_is_read_from_rows_so_expired_requests_never_count(engine: Engine) -> None:
    now = datetime.now(UTC)
    oldest = now - timedelta(days=14)
    # Two requests on the oldest day of the window: one already expired, one not.
    write_batch(engine, [
        make_record("gone", created_at=oldest - timedelta(minutes=1), team="alpha"),
        make_record("kept", created_at=oldest + timedelta(minutes=1), team="alpha"),
    ], RETENTION)
    split = split_range(StatsFilter(), now, 14)
    assert split.raw[0][0] == oldest and split.first_day == oldest.date() + timedelta(days=1)
    assert dashboard_stats(engine, StatsFilter(), retention_days=14, now=now)["total_requests"] == 1


def test_a_retried_batch_is_counted_once(engine: Engine) -> None:
    records = [make_record(f"r{i}", created_at=DAY1, detections={"PERSON": {"redact": 1}}) for i in range(3)]
    write_batch(engine, records, RETENTION)
    write_batch(engine, records, RETENTION)  # the retry after a lost COMMIT answer
    stats = dashboard_stats(engine, StatsFilter(), retention_days=14)
    assert stats["total_requests"] == 3 and stats["detections"] == [{"entity": "PERSON", "action": "redact", "count": 3}]


def test_purge_removes_rollups_of_days_whose_rows_all_expired(engine: Engine) -> None:
    write_batch(engine, [make_record("x", created_at=DAY1, detections={"PERSON": {"redact": 1}})], RETENTION)
    assert purge_expired_stats(engine, now=DAY1 + RETENTION).rollups == 0  # the day's last row may still be live
    assert purge_expired_stats(engine, now=DAY1.replace(hour=0) + timedelta(days=1) + RETENTION).rollups == 2


@pytest.mark.parametrize("dialect", ["sqlite", "postgres"])
def test_migration_0003_rolls_up_the_rows_already_stored(dialect: str, tmp_path: Path) -> None:
    """Rows written under migration 0002 are counted into the roll-ups by 0003, with the writer's buckets."""
    latencies = [0.5, 1.0, 1.2, 10.0, 12.5, 99.9, 100.0, 1234.5, 60000.0]
    with _fresh_database(dialect, tmp_path) as url:
        migrate(url, "0002")
        engine = make_engine(url)
        with engine.begin() as conn:
            for i, ms in enumerate(latencies):
                conn.execute(sa.text(
                    "INSERT INTO audit_events (request_id, created_at, expires_at, team, region, stream, status, outcome, "
                    "latency_ms, detections, request_bytes, response_bytes) VALUES (:id, :c, :x, 'alpha', 'eu', false, 200, "
                    "'forwarded', :ms, '{}', 10, 20)"), {"id": f"m{i}", "c": DAY1, "x": DAY1 + RETENTION, "ms": ms})
            conn.execute(sa.text(
                "INSERT INTO audit_detections (request_id, created_at, expires_at, entity, action, count) "
                "VALUES ('m0', :c, :x, 'PERSON', 'redact', 2)"), {"c": DAY1, "x": DAY1 + RETENTION})
        migrate(url)
        with engine.connect() as conn:
            buckets = sorted(b for (b,) in conn.execute(sa.text("SELECT latency_bucket FROM audit_rollup")))
            detection = conn.execute(sa.text("SELECT team, region, count FROM audit_rollup_detections")).one()
        assert buckets == sorted({latency_bucket(ms) for ms in latencies})
        assert tuple(detection) == ("alpha", "eu", 2)
        stats = dashboard_stats(engine, StatsFilter(since=DAY1.replace(hour=0)), retention_days=14)
        assert stats["total_requests"] == len(latencies) and stats["traffic"][0]["request_bytes"] == 90
        engine.dispose()


@contextmanager
def _fresh_database(dialect: str, tmp_path: Path) -> Iterator[str]:
    if dialect == "sqlite":
        yield f"sqlite:///{tmp_path / 'm.db'}"
        return
    server = make_url(POSTGRES_URL)
    name = f"gw_mig_{uuid.uuid4().hex[:10]}"
    admin = sa.create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
    try:
        yield server.set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
