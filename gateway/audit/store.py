"""Writing audit rows: an AuditRecord or admin event becomes table rows, inserted idempotently.

Values are clipped to the column widths so that no record can make a batch fail forever, and
inserts use ON CONFLICT DO NOTHING on the primary key, so retrying a batch whose COMMIT did reach
the database (the connection was lost before the answer) cannot write a second row for a request.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from gateway.audit.record import AuditRecord
from gateway.audit.rollup import add_to_rollups, latency_bucket
from gateway.audit.schema import (
    DETAIL_LEN,
    ENDPOINT_LEN,
    HOST_LEN,
    ID_LEN,
    MODEL_LEN,
    NAME_LEN,
    admin_events,
    audit_detections,
    audit_events,
    to_utc,
)

ACTION_NAME = re.compile(r"^[a-z][a-z0-9_]{0,63}$")


@dataclass(slots=True)
class AdminEvent:
    """A content-free administrative event (key_created, key_revoked, policy_loaded, ...)."""

    action: str
    team: str | None = None
    key_id: str | None = None
    detail: str | None = None  # short, content-free, e.g. "version=3f2a9c1e"
    created_at: datetime = field(default_factory=lambda: datetime.now(UTC))
    event_id: str = field(default_factory=lambda: uuid.uuid4().hex)


def _clip(value: str | None, length: int) -> str | None:
    return None if value is None else str(value)[:length]


def admin_action(action: str) -> str:
    if not ACTION_NAME.match(action):
        raise ValueError("admin action must be a short snake_case name")
    return action


def event_row(record: AuditRecord, retention: timedelta) -> dict[str, Any]:
    created = to_utc(record.created_at)
    return {
        "request_id": _clip(record.request_id, ID_LEN),
        "created_at": created,
        "expires_at": created + retention,
        "team": _clip(record.team, NAME_LEN),
        "key_id": _clip(record.key_id, ID_LEN),
        "role": _clip(record.role, 16),
        "region": _clip(record.region, 16),
        "upstream_host": _clip(record.upstream_host, HOST_LEN),
        "model": _clip(record.model, MODEL_LEN),
        "stream": bool(record.stream),
        "status": _number(record.status, int) or 0,
        "outcome": _clip(record.outcome, 32),
        "latency_ms": _number(record.latency_ms, float) or 0.0,
        "upstream_latency_ms": _number(record.upstream_latency_ms, float),
        "prompt_tokens": _number(record.prompt_tokens, int),
        "completion_tokens": _number(record.completion_tokens, int),
        "total_tokens": _number(record.total_tokens, int),
        "detections": _detection_counts(record),
        "policy_name": _clip(record.policy_name, NAME_LEN),
        "policy_version": _clip(record.policy_version, ID_LEN),
        "detector_version": _clip(record.detector_version, ID_LEN),
        "pii_mode": _clip(record.pii_mode, 16),
        "request_bytes": _number(record.request_bytes, int) or 0,
        "response_bytes": _number(record.response_bytes, int) or 0,
        "error_code": _clip(record.error_code, NAME_LEN),
        "endpoint": _endpoint(record.endpoint),
        "latency_bucket": latency_bucket(_number(record.latency_ms, float)),
    }


def _endpoint(value: str | None) -> str | None:
    # A path longer than the column is not one of ours (and could be free text): not recorded at all.
    return value if isinstance(value, str) and len(value) <= ENDPOINT_LEN else None


def _detection_counts(record: AuditRecord) -> dict[str, dict[str, int]]:
    counts: dict[str, dict[str, int]] = {}
    for entity, actions in (record.detections or {}).items():
        for action, n in (actions or {}).items():
            number = _number(n, int)
            if number and number > 0:
                counts.setdefault(str(entity)[:NAME_LEN], {})[str(action)[:32]] = number
    return counts


def _number(value: object, kind: type[int] | type[float]) -> Any:
    """The value as int or float, or None: a malformed field must not make the batch fail forever."""
    if value is None or isinstance(value, bool):
        return None
    try:
        return kind(value)  # type: ignore[arg-type]
    except (TypeError, ValueError, OverflowError):
        return None


def detection_rows(event: dict[str, Any]) -> list[dict[str, Any]]:
    return [
        {
            "request_id": event["request_id"],
            "created_at": event["created_at"],
            "expires_at": event["expires_at"],
            "entity": entity,
            "action": action,
            "count": n,
            "team": event["team"],
            "region": event["region"],
            "endpoint": event["endpoint"],
        }
        for entity, actions in event["detections"].items()
        for action, n in actions.items()
    ]


def admin_row(event: AdminEvent, retention: timedelta) -> dict[str, Any]:
    created = to_utc(event.created_at)
    return {
        "event_id": event.event_id,
        "created_at": created,
        "expires_at": created + retention,
        "action": event.action,
        "team": _clip(event.team, NAME_LEN),
        "key_id": _clip(event.key_id, ID_LEN),
        "detail": _clip(event.detail, DETAIL_LEN),
    }


def _insert_ignoring_duplicates(conn: Connection, table: sa.Table, rows: list[dict[str, Any]]) -> list[Any]:
    """Insert, skipping rows already there; returns the first key column of the rows inserted."""
    if not rows:
        return []
    if conn.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    elif conn.dialect.name == "sqlite":
        from sqlalchemy.dialects.sqlite import insert
    else:  # pragma: no cover - only the two supported dialects
        raise RuntimeError("unsupported database dialect")
    first_key = next(iter(table.primary_key.columns))
    result = conn.execute(insert(table).on_conflict_do_nothing().returning(first_key), rows)
    return [r[0] for r in result]


def write_batch(engine: Engine, items: list[AuditRecord | AdminEvent], retention: timedelta) -> None:
    """Write audit and admin events in one transaction, and count the new events into the roll-ups."""
    events = [event_row(i, retention) for i in items if isinstance(i, AuditRecord)]
    admins = [admin_row(i, retention) for i in items if isinstance(i, AdminEvent)]
    with engine.begin() as conn:
        inserted = set(_insert_ignoring_duplicates(conn, audit_events, events))
        new = [e for e in events if e["request_id"] in inserted]  # a retried batch is not counted twice
        _insert_ignoring_duplicates(conn, audit_detections, [d for e in new for d in detection_rows(e)])
        add_to_rollups(conn, new, retention)
        _insert_ignoring_duplicates(conn, admin_events, admins)


def write_admin_event(
    engine: Engine,
    action: str,
    *,
    team: str | None = None,
    key_id: str | None = None,
    detail: str | None = None,
    retention_days: int = 14,
) -> None:
    """Write one admin event now (for the CLI, which has no running writer)."""
    event = AdminEvent(admin_action(action), team=team, key_id=key_id, detail=detail)
    write_batch(engine, [event], timedelta(days=retention_days))
