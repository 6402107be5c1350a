"""Daily roll-ups of the audit trail: what the dashboard reads instead of a million events.

The writer calls `add_to_rollups(conn, events, retention)` in the transaction that inserts the
events, with only the events that transaction really inserted (a retried batch is not counted
twice). Counts are upserted (`ON CONFLICT DO UPDATE ... + excluded`), in key order so that two
replicas writing the same day cannot deadlock.

Latency goes into log-scale buckets: bucket b holds latencies in (GROWTH^(b-1), GROWTH^b] ms,
bucket 0 everything up to 1 ms. A percentile read from the buckets is the bucket's upper bound, at
most 5% above the exact value (what Prometheus-style histograms do, at a finer grain).

Each event row also carries its `latency_bucket`, so the parts of a time range the day roll-ups
cannot answer exactly (a day partly expired, a range starting or ending inside a day) are counted
from the events with the same GROUP BY (see `gateway.audit.stats`).
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable
from datetime import UTC, datetime, time, timedelta
from typing import Any

from sqlalchemy.engine import Connection

from gateway.audit.schema import audit_rollup, audit_rollup_detections, to_utc

GROWTH = 1.05
MAX_BUCKET = 400  # 1.05^400 ms is far beyond any timeout
GROUP_KEYS = ("day", "team", "region", "endpoint", "outcome", "error_code", "latency_bucket")
DETECTION_KEYS = ("day", "team", "region", "endpoint", "entity", "action")


def latency_bucket(latency_ms: float | None) -> int:
    if not latency_ms or latency_ms <= 1.0:
        return 0
    return min(MAX_BUCKET, math.ceil(math.log(latency_ms) / math.log(GROWTH) - 1e-9))


def bucket_upper_ms(bucket: int) -> float:
    return round(GROWTH**bucket, 1)


def day_expiry(day: Any, retention: timedelta) -> datetime:
    """When the last row a day can hold expires: the end of the day plus the retention."""
    return datetime.combine(day + timedelta(days=1), time.min, tzinfo=UTC) + retention


def rollup_groups(events: Iterable[dict[str, Any]]) -> dict[tuple[Any, ...], list[int]]:
    """Event rows (as built by `gateway.audit.store.event_row`) -> {GROUP_KEYS values: [requests,
    request_bytes, tokens]}."""
    groups: dict[tuple[Any, ...], list[int]] = defaultdict(lambda: [0, 0, 0])
    for e in events:
        key = (
            to_utc(e["created_at"]).date(), e["team"] or "", e["region"] or "", e["endpoint"] or "",
            e["outcome"] or "", e["error_code"] or "", e["latency_bucket"],
        )
        g = groups[key]
        g[0] += 1
        g[1] += int(e["request_bytes"] or 0)
        g[2] += int(e["total_tokens"] or 0)
    return groups


def _upsert(conn: Connection, table: Any, rows: list[dict[str, Any]], keys: tuple[str, ...], sums: tuple[str, ...]) -> None:
    if not rows:
        return
    if conn.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    statement = insert(table)
    statement = statement.on_conflict_do_update(
        index_elements=list(keys), set_={s: table.c[s] + statement.excluded[s] for s in sums}
    )
    conn.execute(statement, sorted(rows, key=lambda r: tuple(str(r[k]) for k in keys)))


def add_to_rollups(conn: Connection, events: list[dict[str, Any]], retention: timedelta) -> None:
    """Count newly inserted event rows (as built by `gateway.audit.store.event_row`) into the roll-ups."""
    if not events:
        return
    rows = [
        {**dict(zip(GROUP_KEYS, key)), "expires_at": day_expiry(key[0], retention),
         "requests": v[0], "request_bytes": v[1], "tokens": v[2]}
        for key, v in rollup_groups(events).items()
    ]
    _upsert(conn, audit_rollup, rows, GROUP_KEYS, ("requests", "request_bytes", "tokens"))
    detections: dict[tuple[Any, ...], int] = defaultdict(int)
    for e in events:
        day = to_utc(e["created_at"]).date()
        for entity, actions in e["detections"].items():
            for action, n in actions.items():
                detections[(day, e["team"] or "", e["region"] or "", e["endpoint"] or "", entity, action)] += n
    _upsert(
        conn, audit_rollup_detections,
        [{**dict(zip(DETECTION_KEYS, k)), "expires_at": day_expiry(k[0], retention), "count": n}
         for k, n in detections.items()],
        DETECTION_KEYS, ("count",),
    )
