"""Aggregations of the audit trail for the dashboard, from the daily roll-ups plus the edges.

Every figure counts the unexpired requests that match one `StatsFilter` (team, region, endpoint,
created_at range), on SQLite and PostgreSQL alike. A time range is split in two:

- whole UTC days none of whose rows can have expired yet are read from the daily roll-ups
  (`gateway.audit.rollup`): a few thousand rows, however many requests there were;
- the rest (the oldest day, partly expired, and any part-day at either end of the range) is read
  from the events themselves, with `expires_at > now`: at most about a day of rows.

From one list of counts per (day, team, region, endpoint, outcome, error code) come requests per
day by outcome (`by_day_outcome`), traffic per team and region (`by_team_region`) and refusals by
reason (`by_reason`); latency percentiles per day come from the latency buckets, which the events
carry too (each figure is its bucket's upper bound, at most 5% above the exact value); detections are summed by (entity,
action). `trail_health` reports the oldest unexpired row against the retention and the purges
recorded as `audit_purged` admin events.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from gateway.audit.rollup import bucket_upper_ms
from gateway.audit.schema import (
    admin_events,
    audit_detections,
    audit_events,
    audit_rollup,
    audit_rollup_detections,
    to_utc,
)

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


@dataclass(frozen=True, slots=True)
class Split:
    """Whole days [first_day, end_day) from the roll-ups (end_day None: no end); raw ranges for the rest."""

    first_day: date | None
    end_day: date | None
    raw: list[tuple[datetime, datetime | None]]


def _midnight(d: date) -> datetime:
    return datetime.combine(d, time.min, tzinfo=UTC)


def split_range(f: StatsFilter, now: datetime, retention_days: int) -> Split:
    oldest_live = now - timedelta(days=retention_days)
    lo = max(to_utc(f.since), oldest_live) if f.since else oldest_live
    hi = to_utc(f.until) if f.until else None
    if hi is not None and hi <= lo:
        return Split(None, None, [])
    # The first midnight at or after `lo` whose rows cannot have expired (strictly after oldest_live).
    first = lo.date() if _midnight(lo.date()) == lo and lo > oldest_live else lo.date() + timedelta(days=1)
    end = hi.date() if hi is not None else None  # whole days end at the last midnight <= hi
    if end is not None and end <= first:
        return Split(None, None, [(lo, hi)])
    raw: list[tuple[datetime, datetime | None]] = []
    if lo < _midnight(first):
        raw.append((lo, _midnight(first)))
    if hi is not None and end is not None and _midnight(end) < hi:
        raw.append((_midnight(end), hi))
    return Split(first, end, raw)


def refusal_reason(outcome: str | None, error_code: str | None) -> str | None:
    """The refusal reason key (see REASON_LABELS), or None for a forwarded request."""
    if error_code in ("region_unavailable", "audit_unavailable"):
        return error_code
    if outcome == "blocked":
        return "blocked_by_policy"
    if outcome in ("detector_error", "upstream_error", "rejected"):
        return outcome
    return None


def _filters(table: sa.Table, f: StatsFilter) -> list[sa.ColumnElement[bool]]:
    c = table.c
    return [column == value for column, value in ((c.team, f.team), (c.region, f.region), (c.endpoint, f.endpoint))
            if value is not None]


def _raw_range(table: sa.Table, start: datetime, end: datetime | None, now: datetime) -> list[sa.ColumnElement[bool]]:
    c = table.c
    out = [c.expires_at > now, c.created_at >= start]
    if end is not None:
        out.append(c.created_at < end)
    return out


def _rollup_days(table: sa.Table, split: Split) -> list[sa.ColumnElement[bool]]:
    out = [table.c.day >= split.first_day]
    if split.end_day is not None:
        out.append(table.c.day < split.end_day)
    return out


def _none(value: str) -> str | None:
    return value or None


def _day(conn: Connection, column: sa.ColumnElement[Any]) -> sa.ColumnElement[Any]:
    if conn.dialect.name == "sqlite":
        return sa.func.date(column)  # stored as UTC text
    return sa.cast(sa.func.timezone(sa.literal_column("'UTC'"), column), sa.Date)


def _as_date(value: Any) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value))


def _parts(conn: Connection, f: StatsFilter, split: Split, now: datetime) -> list[tuple[sa.Table, Any, list[Any]]]:
    """(table, day expression, conditions) for each part of the range: the roll-ups, then the raw rows."""
    parts: list[tuple[sa.Table, Any, list[Any]]] = []
    if split.first_day is not None:
        parts.append((audit_rollup, audit_rollup.c.day, _rollup_days(audit_rollup, split) + _filters(audit_rollup, f)))
    for start, end in split.raw:
        e = audit_events
        parts.append((e, _day(conn, e.c.created_at), _raw_range(e, start, end, now) + _filters(e, f)))
    return parts


def request_groups(conn: Connection, f: StatsFilter, split: Split, now: datetime) -> list[dict[str, Any]]:
    """Counts per (day, team, region, endpoint, outcome, error_code) over the whole range."""
    out: dict[tuple[Any, ...], list[int]] = defaultdict(lambda: [0, 0, 0])
    for table, day, conditions in _parts(conn, f, split, now):
        c = table.c
        keys = [sa.func.coalesce(c[k], "") for k in ("team", "region", "endpoint", "outcome", "error_code")]
        if table is audit_rollup:
            sums = [sa.func.sum(c.requests), sa.func.sum(c.request_bytes), sa.func.sum(c.tokens)]
        else:
            sums = [sa.func.count(), sa.func.sum(c.request_bytes), sa.func.sum(sa.func.coalesce(c.total_tokens, 0))]
        statement = sa.select(day, *keys, *sums).where(*conditions).group_by(day, *keys)
        for row in conn.execute(statement):
            g = out[(_as_date(row[0]), *row[1:6])]
            g[0] += int(row[6]); g[1] += int(row[7] or 0); g[2] += int(row[8] or 0)
    return [
        {"day": k[0].isoformat(), "team": _none(k[1]), "region": _none(k[2]), "endpoint": _none(k[3]),
         "outcome": k[4], "error_code": _none(k[5]), "requests": v[0], "request_bytes": v[1], "tokens": v[2]}
        for k, v in out.items()
    ]


def latency_histogram(conn: Connection, f: StatsFilter, split: Split, now: datetime) -> dict[date, dict[int, int]]:
    """{day: {latency bucket: requests}} over the whole range."""
    out: dict[date, dict[int, int]] = defaultdict(lambda: defaultdict(int))
    for table, day, conditions in _parts(conn, f, split, now):
        c = table.c
        count = sa.func.sum(c.requests) if table is audit_rollup else sa.func.count()
        bucket = sa.func.coalesce(c.latency_bucket, 0)
        for d, b, n in conn.execute(sa.select(day, bucket, count).where(*conditions).group_by(day, bucket)):
            out[_as_date(d)][int(b)] += int(n)
    return out


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


def latency_percentiles(histogram: dict[date, dict[int, int]]) -> list[dict[str, Any]]:
    """Per day: requests, p50, p95, p99 of latency_ms (nearest rank over the buckets)."""
    out = []
    for day, buckets in sorted(histogram.items()):
        n = sum(buckets.values())
        row: dict[str, Any] = {"day": day.isoformat(), "requests": n}
        for p in PERCENTILES:
            rank, seen = max(1, math.ceil(p * n)), 0
            for bucket in sorted(buckets):
                seen += buckets[bucket]
                if seen >= rank:
                    row[f"p{round(p * 100)}"] = bucket_upper_ms(bucket)
                    break
        out.append(row)
    return out


def detection_counts(conn: Connection, f: StatsFilter, split: Split, now: datetime) -> list[dict[str, Any]]:
    counts: dict[tuple[str, str], int] = defaultdict(int)
    if split.first_day is not None:
        r = audit_rollup_detections.c
        statement = (
            sa.select(r.entity, r.action, sa.func.sum(r.count))
            .where(*_rollup_days(audit_rollup_detections, split), *_filters(audit_rollup_detections, f))
            .group_by(r.entity, r.action)
        )
        for entity, action, n in conn.execute(statement):
            counts[(entity, action)] += int(n)
    d = audit_detections.c
    for start, end in split.raw:
        statement = (
            sa.select(d.entity, d.action, sa.func.sum(d.count))
            .where(*_raw_range(audit_detections, start, end, now), *_filters(audit_detections, f))
            .group_by(d.entity, d.action)
        )
        for entity, action, n in conn.execute(statement):
            counts[(entity, action)] += int(n)
    return [{"entity": e, "action": a, "count": n} for (e, a), n in sorted(counts.items())]


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
    split = split_range(f, now, retention_days)
    with engine.connect() as conn:
        groups = request_groups(conn, f, split, now)
        histogram = latency_histogram(conn, f, split, now)
        detections = detection_counts(conn, f, split, now)
        health = trail_health(conn, retention_days, now)
    return {
        "requests_by_day": by_day_outcome(groups),
        "traffic": by_team_region(groups),
        "refusals": by_reason(groups),
        "latency": latency_percentiles(histogram),
        "detections": detections,
        "health": health,
        "total_requests": sum(g["requests"] for g in groups),
    }
