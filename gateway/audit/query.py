"""Reading the audit trail: filtered, cursor-paged events and summary counts.

Every query filters `expires_at > now`, so an expired row is invisible at once, before the purge
deletes it. Events are returned oldest first, ordered by (created_at, request_id): the cursor is the
last row's key, so new rows never shift a page and paging never skips or repeats a row.
"""

from __future__ import annotations

import base64
import json
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from gateway.audit.record import OUTCOMES
from gateway.audit.schema import admin_events, audit_detections, audit_events, to_utc

SUMMARY_BY = ("day", "team", "region", "entity", "endpoint")
MAX_LIMIT = 1000

EVENT_COLUMNS = tuple(c.name for c in audit_events.columns)


class QueryError(ValueError):
    """A bad filter (unparseable time, unknown outcome or grouping, bad cursor); content-free."""

    def __init__(self, message: str, *, param: str) -> None:
        super().__init__(message)
        self.param = param


def parse_time(value: str | None, *, param: str) -> datetime | None:
    """ISO 8601 date or datetime; a date or naive time is UTC."""
    if value is None or value == "":
        return None
    try:
        return to_utc(datetime.fromisoformat(value.replace("Z", "+00:00")))
    except ValueError:
        raise QueryError(f"'{param}' must be an ISO 8601 date or datetime.", param=param) from None


def encode_cursor(created_at: datetime, request_id: str) -> str:
    raw = json.dumps([to_utc(created_at).isoformat(), request_id]).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(cursor: str) -> tuple[datetime, str]:
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        created, request_id = json.loads(raw)
        return to_utc(datetime.fromisoformat(created)), str(request_id)
    except (ValueError, TypeError):
        raise QueryError("'cursor' is not a cursor returned by this endpoint.", param="cursor") from None


def query_events(
    engine: Engine,
    *,
    team: str | None = None,
    region: str | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
    entity: str | None = None,
    outcome: str | None = None,
    model: str | None = None,
    endpoint: str | None = None,
    limit: int = 100,
    cursor: str | None = None,
    newest_first: bool = False,
    now: datetime | None = None,
) -> tuple[list[dict[str, Any]], str | None]:
    """One page of events, oldest first (or newest first); `next_cursor` is None on the last page.

    `since` is inclusive, `until` exclusive (both on created_at). A cursor continues in the order
    of the query that returned it.
    """
    if not 1 <= limit <= MAX_LIMIT:
        raise QueryError(f"'limit' must be between 1 and {MAX_LIMIT}.", param="limit")
    if outcome is not None and outcome not in OUTCOMES:
        raise QueryError(f"'outcome' must be one of {', '.join(OUTCOMES)}.", param="outcome")
    e = audit_events.c
    now = to_utc(now) if now else datetime.now(UTC)
    conditions: list[sa.ColumnElement[bool]] = [e.expires_at > now]
    for column, value in ((e.team, team), (e.region, region), (e.outcome, outcome), (e.model, model), (e.endpoint, endpoint)):
        if value is not None:
            conditions.append(column == value)
    if since is not None:
        conditions.append(e.created_at >= since)
    if until is not None:
        conditions.append(e.created_at < until)
    if entity is not None:
        d = audit_detections.c
        conditions.append(
            sa.exists().where(d.request_id == e.request_id, d.expires_at == e.expires_at, d.entity == entity)
        )
    if cursor:
        after_time, after_id = decode_cursor(cursor)
        if newest_first:
            conditions.append(
                sa.or_(e.created_at < after_time, sa.and_(e.created_at == after_time, e.request_id < after_id))
            )
        else:
            conditions.append(
                sa.or_(e.created_at > after_time, sa.and_(e.created_at == after_time, e.request_id > after_id))
            )
    order = (e.created_at.desc(), e.request_id.desc()) if newest_first else (e.created_at, e.request_id)
    statement = (
        sa.select(audit_events)
        .where(*conditions)
        .order_by(*order)
        .limit(limit + 1)  # one more tells whether there is a next page
    )
    with engine.connect() as conn:
        rows = [dict(r._mapping) for r in conn.execute(statement)]
    has_more = len(rows) > limit
    rows = rows[:limit]
    next_cursor = encode_cursor(rows[-1]["created_at"], rows[-1]["request_id"]) if has_more else None
    return rows, next_cursor


def query_admin_events(
    engine: Engine, *, since: datetime | None = None, until: datetime | None = None, now: datetime | None = None
) -> list[dict[str, Any]]:
    """Unexpired admin events (key and policy changes), oldest first."""
    a = admin_events.c
    conditions: list[sa.ColumnElement[bool]] = [a.expires_at > (to_utc(now) if now else datetime.now(UTC))]
    if since is not None:
        conditions.append(a.created_at >= since)
    if until is not None:
        conditions.append(a.created_at < until)
    with engine.connect() as conn:
        result = conn.execute(sa.select(admin_events).where(*conditions).order_by(a.created_at, a.event_id))
        return [dict(r._mapping) for r in result]


def _day(engine: Engine, column: sa.ColumnElement[Any]) -> sa.ColumnElement[Any]:
    if engine.dialect.name == "sqlite":
        return sa.func.date(column)  # stored as UTC text
    return sa.cast(sa.func.timezone(sa.literal_column("'UTC'"), column), sa.Date)


def summary(
    engine: Engine,
    *,
    since: datetime | None = None,
    until: datetime | None = None,
    by: str = "day",
    endpoint: str | None = None,
    now: datetime | None = None,
) -> dict[str, Any]:
    """Counts of requests by (group, outcome) and of detections by (group, entity, action).

    For `by=entity`, a request counts once under every entity detected in it. `endpoint` keeps only
    requests that came in on that route path.
    """
    if by not in SUMMARY_BY:
        raise QueryError(f"'by' must be one of {', '.join(SUMMARY_BY)}.", param="by")
    e, d = audit_events.c, audit_detections.c
    now = to_utc(now) if now else datetime.now(UTC)
    live = [e.expires_at > now]
    if since is not None:
        live.append(e.created_at >= since)
    if until is not None:
        live.append(e.created_at < until)
    if endpoint is not None:
        live.append(e.endpoint == endpoint)
    joined = audit_events.join(
        audit_detections, sa.and_(d.request_id == e.request_id, d.expires_at == e.expires_at)
    )
    group: sa.ColumnElement[Any] = {
        "day": _day(engine, e.created_at),
        "team": e.team,
        "region": e.region,
        "entity": d.entity,
        "endpoint": e.endpoint,
    }[by]
    request_from = joined if by == "entity" else audit_events
    request_count = sa.func.count(sa.distinct(e.request_id)) if by == "entity" else sa.func.count()
    requests = (
        sa.select(group.label("group"), e.outcome, request_count.label("count"))
        .select_from(request_from)
        .where(*live)
        .group_by(group, e.outcome)
        .order_by(group, e.outcome)
    )
    detections = (
        sa.select(group.label("group"), d.entity, d.action, sa.func.sum(d.count).label("count"))
        .select_from(joined)
        .where(*live)
        .group_by(group, d.entity, d.action)
        .order_by(group, d.entity, d.action)
    )
    with engine.connect() as conn:
        request_rows = [
            {"group": _text(r.group), "outcome": r.outcome, "count": int(r.count)} for r in conn.execute(requests)
        ]
        detection_rows = [
            {"group": _text(r.group), "entity": r.entity, "action": r.action, "count": int(r.count)}
            for r in conn.execute(detections)
        ]
    return {
        "object": "audit.summary",
        "by": by,
        "since": since.isoformat() if since else None,
        "until": until.isoformat() if until else None,
        "endpoint": endpoint,
        "requests": request_rows,
        "detections": detection_rows,
    }


def _text(value: Any) -> str | None:
    return None if value is None else str(value)
