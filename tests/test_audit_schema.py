"""The audit schema exists only through Alembic, matches the code's tables, and partitions on PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from gateway.audit.partitions import ensure_partitions, list_partitions, partition_name
from gateway.audit.schema import admin_events, audit_detections, audit_events
from gateway.db import make_engine, migrate


def test_migrations_create_the_audit_tables_from_nothing(tmp_path) -> None:
    url = f"sqlite:///{tmp_path / 'fresh.db'}"
    engine = make_engine(url)
    assert not sa.inspect(engine).has_table("audit_events")
    migrate(url)
    inspector = sa.inspect(engine)
    for table in (audit_events, audit_detections, admin_events):
        assert inspector.has_table(table.name)
    engine.dispose()


def test_migrated_columns_and_indexes_match_the_code(engine: Engine) -> None:
    inspector = sa.inspect(engine)
    for table in (audit_events, audit_detections, admin_events):
        migrated = {c["name"] for c in inspector.get_columns(table.name)}
        assert migrated == {c.name for c in table.columns}, table.name
        assert set(inspector.get_pk_constraint(table.name)["constrained_columns"]) == {
            c.name for c in table.primary_key.columns
        }
        indexed = {tuple(ix["column_names"]) for ix in inspector.get_indexes(table.name)}
        assert {tuple(c.name for c in ix.columns) for ix in table.indexes} <= indexed


def test_no_column_could_hold_text_values_or_keys(engine: Engine) -> None:
    forbidden = {"prompt", "messages", "content", "text", "value", "values", "api_key", "client_ip", "ip", "pseudonyms"}
    inspector = sa.inspect(engine)
    for table in ("audit_events", "audit_detections", "admin_events"):
        names = {c["name"] for c in inspector.get_columns(table)}
        assert not names & forbidden


def test_postgres_tables_are_partitioned_by_day_with_a_default(postgres_url: str) -> None:
    engine = make_engine(postgres_url)
    with engine.connect() as conn:
        for table in ("audit_events", "audit_detections"):
            strategy = conn.execute(
                sa.text("SELECT partstrat FROM pg_partitioned_table WHERE partrelid = CAST(:t AS regclass)"), {"t": table}
            ).scalar()
            assert strategy == "r"
            assert conn.execute(sa.text("SELECT to_regclass(:n)"), {"n": f"{table}_default"}).scalar() is not None
            days = {p.day for p in list_partitions(conn, table)}
            today = datetime.now(UTC).date()
            assert today + timedelta(days=14) in days
    engine.dispose()


def test_ensure_partitions_creates_the_days_new_rows_land_in(postgres_url: str) -> None:
    engine = make_engine(postgres_url)
    later = datetime.now(UTC) + timedelta(days=60)
    created = ensure_partitions(engine, retention_days=14, now=later, ahead_days=2)
    with engine.connect() as conn:
        days = {p.day for p in list_partitions(conn, "audit_events")}
    target = (later + timedelta(days=14)).date()
    assert {target - timedelta(days=1), target, target + timedelta(days=1), target + timedelta(days=2)} <= days
    assert created == 8  # 4 days x 2 tables
    assert ensure_partitions(engine, retention_days=14, now=later, ahead_days=2) == 0
    with engine.begin() as conn:
        for table in ("audit_events", "audit_detections"):
            for offset in (-1, 0, 1, 2):
                conn.execute(sa.text(f"DROP TABLE {partition_name(table, target + timedelta(days=offset))}"))
    engine.dispose()
