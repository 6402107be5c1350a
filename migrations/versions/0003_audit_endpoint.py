"""Audit: the endpoint each request came in on, and indexes for the dashboard's aggregations.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01

- `audit_events.endpoint` (String(64), nullable): the route path, e.g. "/v1/chat/completions".
  Rows written before this migration have NULL; they age out within the retention window.
- `audit_detections.team|region|endpoint`: copies of the request's values, so detection counts can
  be filtered and grouped without joining a million events. Existing rows get team and region back
  from their event.
- `ix_audit_events_dashboard`: one covering index in time order over the columns the dashboard
  groups by, so its aggregations read the index instead of the wide rows.
  `ix_audit_detections_created_at`: detection counts over a time range.

On PostgreSQL both audit tables are partitioned: ADD COLUMN and CREATE INDEX on the parent reach
every partition (the DEFAULT one included), and partitions created later inherit them.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

DASHBOARD_COLUMNS = ["created_at", "outcome", "team", "region", "endpoint", "error_code", "latency_ms"]


def upgrade() -> None:
    op.add_column("audit_events", sa.Column("endpoint", sa.String(64), nullable=True))
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
    op.create_index("ix_audit_events_dashboard", "audit_events", DASHBOARD_COLUMNS)
    op.create_index("ix_audit_events_endpoint_created_at", "audit_events", ["endpoint", "created_at"])
    op.create_index("ix_audit_detections_created_at", "audit_detections", ["created_at", "entity", "action"])


def downgrade() -> None:
    op.drop_index("ix_audit_detections_created_at", table_name="audit_detections")
    op.drop_index("ix_audit_events_endpoint_created_at", table_name="audit_events")
    op.drop_index("ix_audit_events_dashboard", table_name="audit_events")
    op.drop_column("audit_detections", "endpoint")
    op.drop_column("audit_detections", "region")
    op.drop_column("audit_detections", "team")
    op.drop_column("audit_events", "endpoint")
