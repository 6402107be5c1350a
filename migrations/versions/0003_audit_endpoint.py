"""Audit: the endpoint each request came in on, and daily roll-ups for the dashboard.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01

- `audit_events.endpoint` (String(64), nullable): the route path, e.g. "/v1/chat/completions".
  Rows written before this migration have NULL; they age out within the retention window.
- `audit_events.latency_bucket` (SmallInteger): the latency's log-scale bucket (5% wide), filled
  here for the rows already stored.
- `audit_detections.team|region|endpoint`: copies of the request's values, so detection counts can
  be filtered without a join. Existing rows get team and region back from their event.
- `audit_rollup`, `audit_rollup_detections`: counts per UTC day and (team, region, endpoint,
  outcome, error code, latency bucket) / (..., entity, action), kept up to date by the writer and
  filled here from the rows already stored. Key columns hold '' for "none" (see the schema).
- Indexes: `audit_events (endpoint, created_at)` for the endpoint filter, `audit_detections
  (created_at)` for detection counts over part of a day.

On PostgreSQL both audit tables are partitioned: ADD COLUMN and CREATE INDEX on the parent reach
every partition (the DEFAULT one included), and partitions created later inherit them. The SQL is
inlined on purpose: a migration must not change when application code does.
"""

from __future__ import annotations

import math

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

GROWTH = 1.05  # the latency bucket width of gateway.audit.rollup at the time of this migration
MAX_BUCKET = 400


def _ts() -> sa.types.TypeEngine:
    return sa.DateTime(timezone=True)


def _rollup_keys() -> list[sa.Column]:
    return [
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("team", sa.String(128), nullable=False),
        sa.Column("region", sa.String(16), nullable=False),
        sa.Column("endpoint", sa.String(64), nullable=False),
    ]


def upgrade() -> None:
    bind = op.get_bind()
    op.add_column("audit_events", sa.Column("endpoint", sa.String(64), nullable=True))
    op.add_column("audit_events", sa.Column("latency_bucket", sa.SmallInteger(), nullable=True))
    op.add_column("audit_detections", sa.Column("team", sa.String(128), nullable=True))
    op.add_column("audit_detections", sa.Column("region", sa.String(16), nullable=True))
    op.add_column("audit_detections", sa.Column("endpoint", sa.String(64), nullable=True))
    op.execute(
        "UPDATE audit_detections SET "
        "team = (SELECT e.team FROM audit_events e WHERE e.request_id = audit_detections.request_id "
        "AND e.expires_at = audit_detections.expires_at), "
        "region = (SELECT e.region FROM audit_events e WHERE e.request_id = audit_detections.request_id "
        "AND e.expires_at = audit_detections.expires_at)"
    )
    op.create_index("ix_audit_events_endpoint_created_at", "audit_events", ["endpoint", "created_at"])
    op.create_index("ix_audit_detections_created_at", "audit_detections", ["created_at"])

    op.create_table(
        "audit_rollup",
        *_rollup_keys(),
        sa.Column("outcome", sa.String(32), nullable=False),
        sa.Column("error_code", sa.String(128), nullable=False),
        sa.Column("latency_bucket", sa.SmallInteger(), nullable=False),
        sa.Column("expires_at", _ts(), nullable=False),
        sa.Column("requests", sa.BigInteger(), nullable=False),
        sa.Column("request_bytes", sa.BigInteger(), nullable=False),
        sa.Column("tokens", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint(
            "day", "team", "region", "endpoint", "outcome", "error_code", "latency_bucket", name="pk_audit_rollup"
        ),
    )
    op.create_index("ix_audit_rollup_expires_at", "audit_rollup", ["expires_at"])
    op.create_table(
        "audit_rollup_detections",
        *_rollup_keys(),
        sa.Column("entity", sa.String(128), nullable=False),
        sa.Column("action", sa.String(32), nullable=False),
        sa.Column("expires_at", _ts(), nullable=False),
        sa.Column("count", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint(
            "day", "team", "region", "endpoint", "entity", "action", name="pk_audit_rollup_detections"
        ),
    )
    op.create_index("ix_audit_rollup_detections_expires_at", "audit_rollup_detections", ["expires_at"])

    backfill_rollups(bind)


def backfill_rollups(bind: sa.engine.Connection) -> None:
    """Bucket the latencies of the rows already stored and count them into the roll-ups (also used by
    bench/bench_dashboard.py, which bulk-loads events with SQL instead of going through the writer)."""
    pg = bind.dialect.name == "postgresql"
    if pg:
        day = "CAST(timezone('UTC', created_at) AS date)"
        ln = "ln"
    else:
        day = "date(created_at)"
        ln = "gw_ln"  # SQLite builds differ in math functions: bring our own for this statement
        bind.connection.driver_connection.create_function(ln, 1, math.log, deterministic=True)
    ratio = f"{ln}(latency_ms) / {math.log(GROWTH)!r} - 1e-9"
    if pg:
        capped = f"LEAST({MAX_BUCKET}, CAST(ceil({ratio}) AS INTEGER))"
    else:  # CAST truncates on SQLite: truncating x + (1 - 1e-9) is ceil(x) for x > 0
        capped = f"min({MAX_BUCKET}, CAST({ratio} + 0.999999999 AS INTEGER))"
    bucket = f"CASE WHEN latency_ms <= 1 THEN 0 ELSE {capped} END"
    bind.execute(sa.text(f"UPDATE audit_events SET latency_bucket = {bucket} WHERE latency_bucket IS NULL"))
    bind.execute(sa.text(
        "INSERT INTO audit_rollup (day, team, region, endpoint, outcome, error_code, latency_bucket, expires_at, "
        "requests, request_bytes, tokens) "
        "SELECT day, team, region, endpoint, outcome, error_code, bucket, max(expires_at), count(*), "
        "sum(request_bytes), sum(tokens) FROM ("
        f"SELECT {day} AS day, coalesce(team, '') AS team, coalesce(region, '') AS region, "
        "coalesce(endpoint, '') AS endpoint, outcome, coalesce(error_code, '') AS error_code, "
        "latency_bucket AS bucket, expires_at, request_bytes, coalesce(total_tokens, 0) AS tokens FROM audit_events"
        ") AS e GROUP BY day, team, region, endpoint, outcome, error_code, bucket"
    ))
    bind.execute(sa.text(
        "INSERT INTO audit_rollup_detections (day, team, region, endpoint, entity, action, expires_at, count) "
        "SELECT day, team, region, endpoint, entity, action, max(expires_at), sum(count) FROM ("
        f"SELECT {day} AS day, coalesce(team, '') AS team, coalesce(region, '') AS region, "
        "coalesce(endpoint, '') AS endpoint, entity, action, expires_at, count FROM audit_detections"
        ") AS d GROUP BY day, team, region, endpoint, entity, action"
    ))


def downgrade() -> None:
    op.drop_table("audit_rollup_detections")
    op.drop_table("audit_rollup")
    op.drop_index("ix_audit_detections_created_at", table_name="audit_detections")
    op.drop_index("ix_audit_events_endpoint_created_at", table_name="audit_events")
    op.drop_column("audit_detections", "endpoint")
    op.drop_column("audit_detections", "region")
    op.drop_column("audit_detections", "team")
    op.drop_column("audit_events", "endpoint")
