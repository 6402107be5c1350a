"""Audit trail: audit_events, audit_detections (daily partitions on PostgreSQL), admin_events.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26

On PostgreSQL the two audit tables are range-partitioned by `expires_at`, with a DEFAULT partition
(an insert never fails) and the first 22 daily partitions; the gateway creates later ones itself
(gateway.audit.partitions). The SQL is inlined here on purpose: a migration must not change when
application code does.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

PARTITIONED = ("audit_events", "audit_detections")
FIRST_DAYS = 22  # today .. today + 14 days retention + 7 days ahead


def _ts() -> sa.types.TypeEngine:
    return sa.DateTime(timezone=True)


def upgrade() -> None:
    pg = op.get_bind().dialect.name == "postgresql"
    partition = {"postgresql_partition_by": "RANGE (expires_at)"}
    op.create_table(
        "audit_events",
        sa.Column("request_id", sa.String(64), nullable=False),
        sa.Column("created_at", _ts(), nullable=False),
        sa.Column("expires_at", _ts(), nullable=False),
        sa.Column("team", sa.String(128)),
        sa.Column("key_id", sa.String(64)),
        sa.Column("role", sa.String(16)),
        sa.Column("region", sa.String(16)),
        sa.Column("upstream_host", sa.String(255)),
        sa.Column("model", sa.String(255)),
        sa.Column("stream", sa.Boolean(), nullable=False),
        sa.Column("status", sa.Integer(), nullable=False),
        sa.Column("outcome", sa.String(32), nullable=False),
        sa.Column("latency_ms", sa.Float(), nullable=False),
        sa.Column("upstream_latency_ms", sa.Float()),
        sa.Column("prompt_tokens", sa.BigInteger()),
        sa.Column("completion_tokens", sa.BigInteger()),
        sa.Column("total_tokens", sa.BigInteger()),
        sa.Column("detections", sa.JSON(), nullable=False),
        sa.Column("policy_name", sa.String(128)),
        sa.Column("policy_version", sa.String(64)),
        sa.Column("detector_version", sa.String(64)),
        sa.Column("pii_mode", sa.String(16)),
        sa.Column("request_bytes", sa.BigInteger(), nullable=False),
        sa.Column("response_bytes", sa.BigInteger(), nullable=False),
        sa.Column("error_code", sa.String(128)),
        sa.PrimaryKeyConstraint("request_id", "expires_at", name="pk_audit_events"),
        **partition,
    )
    op.create_index("ix_audit_events_expires_at", "audit_events", ["expires_at"])
    op.create_index("ix_audit_events_created_at", "audit_events", ["created_at"])
    op.create_index("ix_audit_events_team_created_at", "audit_events", ["team", "created_at"])

    op.create_table(
        "audit_detections",
        sa.Column("request_id", sa.String(64), nullable=False),
        sa.Column("created_at", _ts(), nullable=False),
        sa.Column("expires_at", _ts(), nullable=False),
        sa.Column("entity", sa.String(128), nullable=False),
        sa.Column("action", sa.String(32), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("request_id", "expires_at", "entity", "action", name="pk_audit_detections"),
        **partition,
    )
    op.create_index("ix_audit_detections_expires_at", "audit_detections", ["expires_at"])
    op.create_index("ix_audit_detections_entity_created_at", "audit_detections", ["entity", "created_at"])

    op.create_table(
        "admin_events",
        sa.Column("event_id", sa.String(32), primary_key=True),
        sa.Column("created_at", _ts(), nullable=False),
        sa.Column("expires_at", _ts(), nullable=False),
        sa.Column("action", sa.String(64), nullable=False),
        sa.Column("team", sa.String(128)),
        sa.Column("key_id", sa.String(64)),
        sa.Column("detail", sa.String(256)),
    )
    op.create_index("ix_admin_events_expires_at", "admin_events", ["expires_at"])
    op.create_index("ix_admin_events_created_at", "admin_events", ["created_at"])

    if pg:
        today = datetime.now(UTC).date()
        for table in PARTITIONED:
            op.execute(f"CREATE TABLE {table}_default PARTITION OF {table} DEFAULT")
            for i in range(FIRST_DAYS):
                day = today + timedelta(days=i)
                nxt = day + timedelta(days=1)
                op.execute(
                    f"CREATE TABLE IF NOT EXISTS {table}_p{day:%Y%m%d} PARTITION OF {table} "
                    f"FOR VALUES FROM ('{day.isoformat()} 00:00:00+00') TO ('{nxt.isoformat()} 00:00:00+00')"
                )


def downgrade() -> None:
    op.drop_table("admin_events")  # indexes go with their tables; partitions with their parent
    op.drop_table("audit_detections")
    op.drop_table("audit_events")
