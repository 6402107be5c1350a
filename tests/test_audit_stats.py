"""Dashboard aggregations (gateway.audit.stats) on SQLite and PostgreSQL, against known rows."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy.engine import Engine

from gateway.audit.stats import StatsFilter, dashboard_stats, refusal_reason
from gateway.audit.writer import write_admin_event, write_batch
from tests.audit_fixtures import make_record

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
    # Day 1: 10, 20, ..., 100 and the blocked request's 12.5 -> 11 values; nearest rank.
    assert day1["requests"] == 11 and day1["p50"] == 50.0 and day1["p95"] == 100.0 and day1["p99"] == 100.0


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
    assert 2.5 < health["oldest_row_age_days"] < 3.5 and health["within_retention"]
    assert health["purges"] == 2 and health["rows_purged"] == 47 and health["last_purge_at"] is not None
    assert dashboard_stats(engine, StatsFilter(), retention_days=2)["health"]["within_retention"] is False


def test_refusal_reason_precedence() -> None:
    assert refusal_reason("forwarded", None) is None
    assert refusal_reason("forwarded", "detector_error_forwarded") is None
    assert refusal_reason("rejected", "region_unavailable") == "region_unavailable"
    assert refusal_reason("blocked", "pii_blocked") == "blocked_by_policy"
    assert refusal_reason("rejected", "model_not_allowed") == "rejected"
