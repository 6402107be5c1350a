"""Aggregations of the audit trail for the dashboard: a handful of GROUP BY queries, no row fetched.

Every figure is computed in SQL over the unexpired rows that match one `StatsFilter` (team, region,
endpoint, created_at range), on SQLite and PostgreSQL alike:

- `request_groups`: request counts per (day, team, region, endpoint, outcome, error_code), with
  request bytes and tokens. Requests per day by outcome, traffic per team and region and refusals
  by reason are all sums over this one small result (`by_day_outcome`, `by_team_region`,
  `by_reason`), so the events are read once. The index `ix_audit_events_dashboard` covers it.
- `latency_percentiles`: p50/p95/p99 of total latency per day (nearest rank: the smallest value
  with at least p of the day's requests at or below it).
- `detection_counts`: detections summed by (entity, action), from `audit_detections` alone (it
  carries copies of team, region and endpoint, so no join).
- `trail_health`: the oldest unexpired row's age against the retention, and the purges recorded
  as `audit_purged` admin events.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from gateway.audit.schema import admin_events, audit_detections, audit_events, to_utc

PERCENTILES = (0.5, 0.95, 0.99)
_PURGE_DETAIL = re.compile(r"events=(\d+) admin=(\d+)")

# Why a request was not forwarded, from its outcome and error code (in this order of precedence).
REASON_LABELS = {
    "blocked_by_policy": "Blocked by policy",
    "detector_error": "Detector error",
    "region_unavailable": "Region unavailable",
    "audit_unavailable": "Audit store unavailable",
    "upstream_error": "Upstream error",
    "rejected": "Rejected (bad request, key or model)",
}


@dataclass(frozen=True, slots=True)
class StatsFilter:
    """Which unexpired requests to count; `since` inclusive, `until` exclusive (on created_at)."""

    team: str | None = None
    region: str | None = None
    endpoint: str | None = None
    since: datetime | None = None
    until: datetime | None = None


def refusal_reason(outcome: str | None, error_code: str | None) -> str | None:
    """The refusal reason key (see REASON_LABELS), or None for a forwarded request."""
    if error_code in ("region_unavailable", "audit_unavailable"):
        return error_code
    if outcome == "blocked":
        return "blocked_by_policy"
    if outcome in ("detector_error", "upstream_error", "rejected"):
        return outcome
    return None


def _conditions(table: sa.Table, f: StatsFilter, now: datetime) -> list[sa.ColumnElement[bool]]:
    c = table.c
    out: list[sa.ColumnElement[bool]] = [c.expires_at > now]
    for column, value in ((c.team, f.team), (c.region, f.region), (c.endpoint, f.endpoint)):
        if value is not None:
            out.append(column == value)
    if f.since is not None:
        out.append(c.created_at >= f.since)
    if f.until is not None:
        out.append(c.created_at < f.until)
    return out


def _day(conn: Connection, column: sa.ColumnElement[Any]) -> sa.ColumnElement[Any]:
    if conn.dialect.name == "sqlite":
        return sa.func.date(column)  # stored as UTC text
    return sa.cast(sa.func.timezone(sa.literal_column("'UTC'"), column), sa.Date)


def request_groups(conn: Connection, f: StatsFilter, now: datetime) -> list[dict[str, Any]]:
    e = audit_events.c
    day = _day(conn, e.created_at).label("day")
    keys = (e.team, e.region, e.endpoint, e.outcome, e.error_code)
    statement = (
        sa.select(
            day, *keys, sa.func.count().label("requests"),
            sa.func.coalesce(sa.func.sum(e.request_bytes), 0).label("request_bytes"),
            sa.func.coalesce(sa.func.sum(e.total_tokens), 0).label("tokens"),
        )
        .where(*_conditions(audit_events, f, now))
        .group_by(day, *keys)
    )
    return [
        {**r._mapping, "day": str(r.day), "requests": int(r.requests), "request_bytes": int(r.request_bytes),
         "tokens": int(r.tokens)}
        for r in conn.execute(statement)
    ]


def by_day_outcome(groups: list[dict[str, Any]]) -> dict[str, dict[str, int]]:
    out: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for g in groups:
        out[g["day"]][g["outcome"]] += g["requests"]
    return {day: dict(outcomes) for day, outcomes in sorted(out.items())}


def by_team_region(groups: list[dict[str, Any]]) -> list[dict[str, Any]]:
    out: dict[tuple[str, str], dict[str, int]] = {}
    for g in groups:
        key = (g["team"] or "(unknown)", g["region"] or "(none)")
        row = out.setdefault(key, {"requests": 0, "forwarded": 0, "request_bytes": 0, "tokens": 0})
        row["requests"] += g["requests"]
        row["forwarded"] += g["requests"] if g["outcome"] == "forwarded" else 0
        row["request_bytes"] += g["request_bytes"]
        row["tokens"] += g["tokens"]
    return [{"team": t, "region": r, **v} for (t, r), v in sorted(out.items())]


def by_reason(groups: list[dict[str, Any]]) -> list[dict[str, Any]]:
    counts: dict[str, int] = defaultdict(int)
    codes: dict[str, set[str]] = defaultdict(set)
    for g in groups:
        reason = refusal_reason(g["outcome"], g["error_code"])
        if reason is not None:
            counts[reason] += g["requests"]
            if g["error_code"]:
                codes[reason].add(g["error_code"])
    return [
        {"reason": r, "label": label, "requests": counts[r], "error_codes": sorted(codes[r])}
        for r, label in REASON_LABELS.items() if counts.get(r)
    ]


def latency_percentiles(conn: Connection, f: StatsFilter, now: datetime) -> list[dict[str, Any]]:
    """Per day: requests, p50, p95, p99 of latency_ms (nearest rank)."""
    e = audit_events.c
    where = _conditions(audit_events, f, now)
    names = [f"p{round(p * 100)}" for p in PERCENTILES]
    if conn.dialect.name == "postgresql":
        day = _day(conn, e.created_at).label("day")
        columns = [sa.func.percentile_disc(p).within_group(e.latency_ms).label(n) for p, n in zip(PERCENTILES, names)]
        statement = sa.select(day, sa.func.count().label("requests"), *columns).where(*where).group_by(day).order_by(day)
        rows = conn.execute(statement).all()
    else:
        # SQLite has no percentile aggregate: rank each day's latencies and pick the ranks.
        day = _day(conn, e.created_at)
        ranked = sa.select(
            day.label("day"), e.latency_ms,
            sa.func.row_number().over(partition_by=day, order_by=e.latency_ms).label("rank"),
            sa.func.count().over(partition_by=day).label("n"),
        ).where(*where).subquery()
        r = ranked.c
        columns = [
            sa.func.min(sa.case((r.rank >= sa.func.ceil(r.n * p), r.latency_ms))).label(n)
            for p, n in zip(PERCENTILES, names)
        ]
        statement = sa.select(r.day, sa.func.max(r.n).label("requests"), *columns).group_by(r.day).order_by(r.day)
        rows = conn.execute(statement).all()
    return [
        {"day": str(row.day), "requests": int(row.requests), **{n: float(getattr(row, n) or 0.0) for n in names}}
        for row in rows
    ]


def detection_counts(conn: Connection, f: StatsFilter, now: datetime) -> list[dict[str, Any]]:
    d = audit_detections.c
    statement = (
        sa.select(d.entity, d.action, sa.func.sum(d.count).label("count"))
        .where(*_conditions(audit_detections, f, now))
        .group_by(d.entity, d.action)
        .order_by(d.entity, d.action)
    )
    return [{"entity": r.entity, "action": r.action, "count": int(r.count)} for r in conn.execute(statement)]


def trail_health(conn: Connection, retention_days: int, now: datetime) -> dict[str, Any]:
    """The whole trail (filters do not apply): oldest unexpired row and recorded purges."""
    e, a = audit_events.c, admin_events.c
    oldest = conn.execute(sa.select(sa.func.min(e.created_at)).where(e.expires_at > now)).scalar()
    if isinstance(oldest, str):  # SQLite returns an aggregate of a typed column as text
        oldest = datetime.fromisoformat(oldest)
    oldest = to_utc(oldest) if oldest else None
    purges = conn.execute(
        sa.select(a.created_at, a.detail).where(a.action == "audit_purged", a.expires_at > now).order_by(a.created_at)
    ).all()
    purged = 0
    for p in purges:
        match = _PURGE_DETAIL.search(p.detail or "")
        purged += int(match.group(1)) + int(match.group(2)) if match else 0
    age = (now - oldest) if oldest else None
    retention = timedelta(days=retention_days)
    return {
        "retention_days": retention_days,
        "oldest_row_at": oldest,
        "oldest_row_age_days": round(age.total_seconds() / 86400, 2) if age is not None else None,
        "within_retention": age is None or age <= retention,
        "last_purge_at": purges[-1].created_at if purges else None,
        "purges": len(purges),
        "rows_purged": purged,
    }


def dashboard_stats(engine: Engine, f: StatsFilter, *, retention_days: int, now: datetime | None = None) -> dict[str, Any]:
    """Everything the dashboard draws, for one filter, in one read transaction."""
    now = to_utc(now) if now else datetime.now(UTC)
    with engine.connect() as conn:
        groups = request_groups(conn, f, now)
        latency = latency_percentiles(conn, f, now)
        detections = detection_counts(conn, f, now)
        health = trail_health(conn, retention_days, now)
    return {
        "requests_by_day": by_day_outcome(groups),
        "traffic": by_team_region(groups),
        "refusals": by_reason(groups),
        "latency": latency,
        "detections": detections,
        "health": health,
        "total_requests": sum(g["requests"] for g in groups),
    }

