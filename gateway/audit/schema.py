"""The audit tables: metadata only (who, when, where, which model, what was detected and done).

Never text, detected values, pseudonym maps, API keys or client IPs: there is no column for them.

Layout
- `audit_events`: one row per request that reached the gateway, every `AuditRecord` field, plus
  `expires_at` (= created_at + retention). `detections` keeps a JSON copy of the counts so a page
  of events is read without a join; it is for display only.
- `audit_detections`: the same counts as plain rows (request_id, entity, action, count, plus copies
  of the request's team, region and endpoint), the source of truth for "by entity" filters and
  reports, so those stay plain, indexable SQL on both dialects.
- `admin_events`: content-free administrative events (key_created, key_revoked, policy_loaded, ...).

Expiry on PostgreSQL: `audit_events` and `audit_detections` are range-partitioned by day on
`expires_at` (see `gateway.audit.partitions`), so the purge drops whole expired partitions instead of
deleting millions of rows; a DEFAULT partition catches any row whose day has no partition yet, so an
insert never fails, and the purge deletes what is left in batches. Hence the primary keys include
`expires_at` (PostgreSQL requires the partition key in every unique index). SQLite has no
partitioning: the same tables are plain and the purge deletes in batches.
`admin_events` is tiny and is never partitioned.

Daily roll-ups (`audit_rollup`, `audit_rollup_detections`): counts per UTC day and (team, region,
endpoint, outcome, error code, latency bucket), kept in step with the events by the writer, so the
dashboard reads thousands of rows instead of millions (see `gateway.audit.rollup`).

Times are stored in UTC and always come back timezone-aware (`UTCDateTime`), on both dialects.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Dialect

from gateway.db import metadata

# Column widths; the writer clips values to them so that no record can poison a batch.
ID_LEN = 64
NAME_LEN = 128
HOST_LEN = 255
MODEL_LEN = 255
DETAIL_LEN = 256
ENDPOINT_LEN = 64


class UTCDateTime(sa.TypeDecorator[datetime]):
    """A timestamp stored in UTC and returned timezone-aware on every dialect.

    SQLite has no time zones: it stores the UTC wall time as text, which sorts and compares correctly.
    """

    impl = sa.DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        value = to_utc(value)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if isinstance(value, str):  # raw text from SQLite expressions
            value = datetime.fromisoformat(value)
        return to_utc(value)


def to_utc(value: datetime) -> datetime:
    """Aware UTC; a naive datetime is taken to already be UTC."""
    if value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value.astimezone(UTC)


PARTITION_BY = "RANGE (expires_at)"

audit_events = sa.Table(
    "audit_events",
    metadata,
    sa.Column("request_id", sa.String(ID_LEN), nullable=False),
    sa.Column("created_at", UTCDateTime(), nullable=False),
    sa.Column("expires_at", UTCDateTime(), nullable=False),
    sa.Column("team", sa.String(NAME_LEN)),
    sa.Column("key_id", sa.String(ID_LEN)),
    sa.Column("role", sa.String(16)),
    sa.Column("region", sa.String(16)),
    sa.Column("upstream_host", sa.String(HOST_LEN)),
    sa.Column("model", sa.String(MODEL_LEN)),
    sa.Column("stream", sa.Boolean(), nullable=False),
    sa.Column("status", sa.Integer(), nullable=False),
    sa.Column("outcome", sa.String(32), nullable=False),
    sa.Column("latency_ms", sa.Float(), nullable=False),
    sa.Column("upstream_latency_ms", sa.Float()),
    sa.Column("prompt_tokens", sa.BigInteger()),
    sa.Column("completion_tokens", sa.BigInteger()),
    sa.Column("total_tokens", sa.BigInteger()),
    sa.Column("detections", sa.JSON(), nullable=False),
    sa.Column("policy_name", sa.String(NAME_LEN)),
    sa.Column("policy_version", sa.String(ID_LEN)),
    sa.Column("detector_version", sa.String(ID_LEN)),
    sa.Column("pii_mode", sa.String(16)),
    sa.Column("request_bytes", sa.BigInteger(), nullable=False),
    sa.Column("response_bytes", sa.BigInteger(), nullable=False),
    sa.Column("error_code", sa.String(NAME_LEN)),
    # Added by migration 0003, hence last: the route path the request came in on, and the latency's
    # log-scale bucket (gateway.audit.rollup), so part-day figures are plain SQL like the roll-ups.
    sa.Column("endpoint", sa.String(ENDPOINT_LEN)),
    sa.Column("latency_bucket", sa.SmallInteger()),
    sa.PrimaryKeyConstraint("request_id", "expires_at", name="pk_audit_events"),
    sa.Index("ix_audit_events_expires_at", "expires_at"),
    sa.Index("ix_audit_events_created_at", "created_at"),
    sa.Index("ix_audit_events_team_created_at", "team", "created_at"),
    sa.Index("ix_audit_events_endpoint_created_at", "endpoint", "created_at"),
    postgresql_partition_by=PARTITION_BY,
)

audit_detections = sa.Table(
    "audit_detections",
    metadata,
    sa.Column("request_id", sa.String(ID_LEN), nullable=False),
    sa.Column("created_at", UTCDateTime(), nullable=False),
    sa.Column("expires_at", UTCDateTime(), nullable=False),
    sa.Column("entity", sa.String(NAME_LEN), nullable=False),
    sa.Column("action", sa.String(32), nullable=False),
    sa.Column("count", sa.Integer(), nullable=False),
    # Copies of the request's values (migration 0003), so counts filter without a join.
    sa.Column("team", sa.String(NAME_LEN)),
    sa.Column("region", sa.String(16)),
    sa.Column("endpoint", sa.String(ENDPOINT_LEN)),
    sa.PrimaryKeyConstraint("request_id", "expires_at", "entity", "action", name="pk_audit_detections"),
    sa.Index("ix_audit_detections_expires_at", "expires_at"),
    sa.Index("ix_audit_detections_entity_created_at", "entity", "created_at"),
    sa.Index("ix_audit_detections_created_at", "created_at"),
    postgresql_partition_by=PARTITION_BY,
)

admin_events = sa.Table(
    "admin_events",
    metadata,
    sa.Column("event_id", sa.String(32), primary_key=True),
    sa.Column("created_at", UTCDateTime(), nullable=False),
    sa.Column("expires_at", UTCDateTime(), nullable=False),
    sa.Column("action", sa.String(64), nullable=False),
    sa.Column("team", sa.String(NAME_LEN)),
    sa.Column("key_id", sa.String(ID_LEN)),
    sa.Column("detail", sa.String(DETAIL_LEN)),
    sa.Index("ix_admin_events_expires_at", "expires_at"),
    sa.Index("ix_admin_events_created_at", "created_at"),
)

# Daily roll-ups for the dashboard (gateway.audit.rollup), written in the same transaction as the
# events they count. Key columns hold "" instead of NULL so the upsert's conflict target matches on
# every dialect. `expires_at` = end of the day + retention: a day's counts go when all its rows have.
audit_rollup = sa.Table(
    "audit_rollup",
    metadata,
    sa.Column("day", sa.Date(), nullable=False),
    sa.Column("team", sa.String(NAME_LEN), nullable=False),
    sa.Column("region", sa.String(16), nullable=False),
    sa.Column("endpoint", sa.String(ENDPOINT_LEN), nullable=False),
    sa.Column("outcome", sa.String(32), nullable=False),
    sa.Column("error_code", sa.String(NAME_LEN), nullable=False),
    sa.Column("latency_bucket", sa.SmallInteger(), nullable=False),
    sa.Column("expires_at", UTCDateTime(), nullable=False),
    sa.Column("requests", sa.BigInteger(), nullable=False),
    sa.Column("request_bytes", sa.BigInteger(), nullable=False),
    sa.Column("tokens", sa.BigInteger(), nullable=False),
    sa.PrimaryKeyConstraint(
        "day", "team", "region", "endpoint", "outcome", "error_code", "latency_bucket", name="pk_audit_rollup"
    ),
    sa.Index("ix_audit_rollup_expires_at", "expires_at"),
)

audit_rollup_detections = sa.Table(
    "audit_rollup_detections",
    metadata,
    sa.Column("day", sa.Date(), nullable=False),
    sa.Column("team", sa.String(NAME_LEN), nullable=False),
    sa.Column("region", sa.String(16), nullable=False),
    sa.Column("endpoint", sa.String(ENDPOINT_LEN), nullable=False),
    sa.Column("entity", sa.String(NAME_LEN), nullable=False),
    sa.Column("action", sa.String(32), nullable=False),
    sa.Column("expires_at", UTCDateTime(), nullable=False),
    sa.Column("count", sa.BigInteger(), nullable=False),
    sa.PrimaryKeyConstraint("day", "team", "region", "endpoint", "entity", "action", name="pk_audit_rollup_detections"),
    sa.Index("ix_audit_rollup_detections_expires_at", "expires_at"),
)

PARTITIONED_TABLES = (audit_events, audit_detections)
ROLLUP_TABLES = (audit_rollup, audit_rollup_detections)
