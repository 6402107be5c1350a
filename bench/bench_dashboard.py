"""Time the dashboard's data (every aggregation the page draws) over N audit rows on PostgreSQL.

    python -m bench.bench_dashboard [--rows 1000000] [--repeat 3]

A fresh, migrated PostgreSQL database (uniquely named, dropped afterwards) gets N requests spread
over the 14-day retention window (20 teams, 2 regions, 4 endpoints, realistic outcome and error
mixes, ~30% with detections), bulk-inserted by one INSERT ... SELECT generate_series each, the daily
roll-ups filled from them by migration 0003's backfill (what the writer does batch by batch), then
VACUUM ANALYZE (what autovacuum does to an insert-only table). It then times
`gateway.audit.stats.dashboard_stats` (requests per day by outcome, traffic, refusals, latency
percentiles, detections, trail health) and the first page of recent events, unfiltered and with
the dashboard's filters. Target: under a second for the whole page's data. Figures are medians.
Set GATEWAY_BENCH_POSTGRES_URL to use another server.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import statistics
import time
import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Engine, make_url

from gateway.audit.query import query_events
from gateway.audit.stats import StatsFilter, dashboard_stats
from gateway.db import make_engine, migrate

POSTGRES_URL = os.environ.get("GATEWAY_BENCH_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
RETENTION_DAYS = 14

INSERT_EVENTS = """
INSERT INTO audit_events (request_id, created_at, expires_at, team, key_id, role, endpoint, region, upstream_host,
    model, stream, status, outcome, latency_ms, upstream_latency_ms, prompt_tokens, completion_tokens, total_tokens,
    detections, policy_name, policy_version, detector_version, pii_mode, request_bytes, response_bytes, error_code)
SELECT 'bench-' || g, ts, ts + interval '14 days', 'team' || (g % 20), 'k' || (g % 40), 'client',
    (ARRAY['/v1/chat/completions', '/v1/chat/completions', '/v1/embeddings', '/anthropic/v1/messages'])[1 + g % 4],
    CASE WHEN g % 20 < 12 THEN 'eu' ELSE 'us' END, 'api.example.invalid', 'hf:bench/model', g % 3 = 0,
    CASE o WHEN 'forwarded' THEN 200 WHEN 'blocked' THEN 400 WHEN 'rejected' THEN 403 ELSE 502 END,
    o, 20 + r * 900, 15 + r * 850, 200, 100, 300,
    CAST(CASE WHEN g % 10 < 3 THEN '{"EMAIL_ADDRESS": {"pseudonymize": 1}}' ELSE '{}' END AS json),
    'default', 'v1', 'bench', 'enforce', 1500, 900,
    CASE o WHEN 'blocked' THEN 'pii_blocked' WHEN 'rejected' THEN (ARRAY['model_not_allowed', 'invalid_api_key',
        'region_unavailable', 'audit_unavailable'])[1 + g % 4] WHEN 'upstream_error' THEN 'upstream_timeout'
        WHEN 'detector_error' THEN 'detector_error' END
FROM (
    SELECT g, r, now() - interval '14 days' + interval '1 minute' + (g * CAST(:step AS double precision)) * interval '1 second' AS ts,
        CASE WHEN r < 0.90 THEN 'forwarded' WHEN r < 0.94 THEN 'blocked' WHEN r < 0.97 THEN 'rejected'
             WHEN r < 0.99 THEN 'upstream_error' ELSE 'detector_error' END AS o
    FROM (SELECT g, random() AS r FROM generate_series(0, :n - 1) AS g) AS s
) AS t
"""

INSERT_DETECTIONS = """
INSERT INTO audit_detections (request_id, created_at, expires_at, entity, action, count, team, region, endpoint)
SELECT request_id, created_at, expires_at, entity, action, 1 + length(request_id) % 3, team, region, endpoint
FROM audit_events,
     LATERAL (VALUES ('EMAIL_ADDRESS', 'pseudonymize'), ('PERSON', 'redact')) AS d(entity, action)
WHERE detections::text <> '{}'
"""


def _migration_0003() -> Any:
    path = Path(__file__).resolve().parent.parent / "migrations" / "versions" / "0003_audit_endpoint.py"
    spec = importlib.util.spec_from_file_location("migration_0003", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _median_s(fn: Callable[[], Any], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def _page(engine: Engine, f: StatsFilter) -> None:
    """What one dashboard view reads: every aggregation and the first page of recent events."""
    dashboard_stats(engine, f, retention_days=RETENTION_DAYS)
    query_events(engine, team=f.team, region=f.region, endpoint=f.endpoint, since=f.since, until=f.until,
                 limit=50, newest_first=True)


def run(rows: int, repeat: int) -> None:
    server = make_url(POSTGRES_URL)
    name = f"gw_bench_dash_{uuid.uuid4().hex[:10]}"
    admin = sa.create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
    url = server.set(database=name).render_as_string(hide_password=False)
    try:
        migrate(url)
        engine = make_engine(url)
        started = time.perf_counter()
        step = (RETENTION_DAYS * 86400 - 120) / rows
        with engine.begin() as conn:
            conn.execute(sa.text(INSERT_EVENTS), {"n": rows, "step": step})
            detections = conn.execute(sa.text(INSERT_DETECTIONS)).rowcount
            _migration_0003().backfill_rollups(conn)  # the daily roll-ups the writer keeps in step
        inserted = time.perf_counter() - started
        vacuum = sa.create_engine(url, isolation_level="AUTOCOMMIT")
        with vacuum.connect() as conn:
            conn.execute(sa.text("VACUUM ANALYZE audit_events"))
            conn.execute(sa.text("VACUUM ANALYZE audit_detections"))
            conn.execute(sa.text("VACUUM ANALYZE audit_rollup"))
            conn.execute(sa.text("VACUUM ANALYZE audit_rollup_detections"))
        vacuum.dispose()
        print(f"inserted {rows:,} events and {detections:,} detection rows in {inserted:.1f}s", flush=True)
        now = datetime.now(UTC)
        since = now - timedelta(days=RETENTION_DAYS)
        cases = {
            "whole window, no filter": StatsFilter(since=since),
            "one team": StatsFilter(team="team7", since=since),
            "region eu + endpoint": StatsFilter(region="eu", endpoint="/v1/embeddings", since=since),
            "last 3 days": StatsFilter(since=now - timedelta(days=3)),
        }
        stats = dashboard_stats(engine, cases["whole window, no filter"], retention_days=RETENTION_DAYS)
        print(f"the dashboard counts {stats['total_requests']:,} live requests of {rows:,}", flush=True)
        for label, f in cases.items():
            seconds = _median_s(lambda: _page(engine, f), repeat)
            verdict = "ok" if seconds < 1.0 else "OVER the 1 s target"
            print(f"dashboard data, {label:<26} {seconds * 1000:8.1f} ms  (target < 1000 ms: {verdict})", flush=True)
        engine.dispose()
    finally:
        with admin.connect() as conn:
            conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.bench_dashboard", description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    run(args.rows, args.repeat)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
