"""Aggregations of the audit trail for the dashboard, from the daily roll-ups plus the edges.

Every figure counts the unexpired requests that match one `StatsFilter` (team, region, endpoint,
created_at range), on SQLite and PostgreSQL alike. A time range is split in two:

- whole UTC days none of whose rows can have expired yet are read from the daily roll-ups
  (`gateway.audit.rollup`): a few thousand rows, however many requests there were;
- the rest (the oldest day, partly expired, and any part-day at either end of the range) is read
  from the events themselves, with `expires_at > now`: at most about a day of rows.

From one list of counts per (day, team, region, endpoint, outcome, error code) come requests per
day by outcome (`by_day_outcome`), traffic per team and region (`by_team_region`) and refusals by
reason (`by_reason`); latency percentiles per day come from the latency buckets (each figure is
its bucket's upper bound, at most 5% above the exact value); detections are summed by (entity,
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

from gateway.audit.rollup import bucket_upper_ms, rollup_groups
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
GROUP_FIELDS = ("day", "team", "region", "endpoint", "outcome", "error_code")

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


def _filters(table: sa.Table, f: StatsFilter, *, rollup: bool) -> list[sa.ColumnElement[bool]]:
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


def bucket_groups(conn: Connection, f: StatsFilter, split: Split, now: datetime) -> dict[tuple[Any, ...], list[int]]:
    """{(day, team, region, endpoint, outcome, error_code, latency_bucket): [requests, request_bytes, tokens]},
    key values as in the roll-ups ('' for none)."""
    groups: dict[tuple[Any, ...], list[int]] = defaultdict(lambda: [0, 0, 0])
    if split.first_day is not None:
        r = audit_rollup.c
        keys = (r.day, r.team, r.region, r.endpoint, r.outcome, r.error_code, r.latency_bucket)
        statement = (
            sa.select(*keys, sa.func.sum(r.requests), sa.func.sum(r.request_bytes), sa.func.sum(r.tokens))
            .where(*_rollup_days(audit_rollup, split), *_filters(audit_rollup, f, rollup=True))
            .group_by(*keys)
        )
        for row in conn.execute(statement):
            day = row[0] if isinstance(row[0], date) else date.fromisoformat(str(row[0]))
            g = groups[(day, *row[1:7])]
            g[0] += int(row[7]); g[1] += int(row[8]); g[2] += int(row[9])
    e = audit_events.c
    for start, end in split.raw:
        statement = sa.select(
            e.created_at, e.team, e.region, e.endpoint, e.outcome, e.error_code, e.latency_ms, e.request_bytes,
            e.total_tokens,
        ).where(*_raw_range(audit_events, start, end, now), *_filters(audit_events, f, rollup=False))
        for key, v in rollup_groups(r._mapping for r in conn.execute(statement)).items():
            g = groups[key]
            g[0] += v[0]; g[1] += v[1]; g[2] += v[2]
    return groups


def request_groups(buckets: dict[tuple[Any, ...], list[int]]) -> list[dict[str, Any]]:
    """Counts per (day, team, region, endpoint, outcome, error_code), latency buckets summed."""
    out: dict[tuple[Any, ...], list[int]] = defaultdict(lambda: [0, 0, 0])
    for key, v in buckets.items():
        g = out[key[:6]]
        g[0] += v[0]; g[1] += v[1]; g[2] += v[2]
    return [
        {"day": k[0].isoformat(), "team": _none(k[1]), "region": _none(k[2]), "endpoint": _none(k[3]),
         "outcome": k[4], "error_code": _none(k[5]), "requests": v[0], "request_bytes": v[1], "tokens": v[2]}
        for k, v in out.items()
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


def latency_percentiles(buckets: dict[tuple[Any, ...], list[int]]) -> list[dict[str, Any]]:
    """Per day: requests, p50, p95, p99 of latency_ms (nearest rank over the buckets)."""
    per_day: dict[date, dict[int, int]] = defaultdict(lambda: defaultdict(int))
    for key, v in buckets.items():
        per_day[key[0]][key[6]] += v[0]
    out = []
    for day, histogram in sorted(per_day.items()):
        n = sum(histogram.values())
        row: dict[str, Any] = {"day": day.isoformat(), "requests": n}
        for p in PERCENTILES:
            rank, seen = max(1, math.ceil(p * n)), 0
            for bucket in sorted(histogram):
                seen += histogram[bucket]
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
            .where(*_rollup_days(audit_rollup_detections, split), *_filters(audit_rollup_detections, f, rollup=True))
            .group_by(r.entity, r.action)
        )
        for entity, action, n in conn.execute(statement):
            counts[(entity, action)] += int(n)
    d = audit_detections.c
    for start, end in split.raw:
        statement = (
            sa.select(d.entity, d.action, sa.func.sum(d.count))
            .where(*_raw_range(audit_detections, start, end, now), *_filters(audit_detections, f, rollup=False))
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
        buckets = bucket_groups(conn, f, split, now)
        detections = detection_counts(conn, f, split, now)
        health = trail_health(conn, retention_days, now)
    groups = request_groups(buckets)
    return {
        "requests_by_day": by_day_outcome(groups),
        "traffic": by_team_region(groups),
        "refusals": by_reason(groups),
        "latency": latency_percentiles(buckets),
        "detections": detections,
        "health": health,
        "total_requests": sum(g["requests"] for g in groups),
    }
