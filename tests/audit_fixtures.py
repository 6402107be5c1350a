"""Shared audit-test fixtures (a pytest plugin): a migrated database on SQLite and on PostgreSQL.

PostgreSQL is required: if it is unreachable, the postgres-parametrized tests fail, they never skip.
One uniquely named database is created per test session (dropped afterwards); each test starts from
empty audit tables. Override the server with GATEWAY_TEST_POSTGRES_URL. Fixtures use synthetic data.
"""

from __future__ import annotations

import os
from contextlib import contextmanager
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import Engine, make_url

from gateway.audit.record import AuditRecord
from gateway.db import make_engine, migrate

POSTGRES_URL = os.environ.get("GATEWAY_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
AUDIT_TABLES = ("audit_events", "audit_detections", "admin_events", "audit_rollup", "audit_rollup_detections")


@contextmanager
def temporary_postgres_database(prefix: str = "gw_audit") -> Iterator[str]:
    """A fresh, migrated PostgreSQL database, dropped on exit; fails (never skips) without a server."""
    server = make_url(POSTGRES_URL)
    name = f"{prefix}_{uuid.uuid4().hex[:12]}"
    admin = sa.create_engine(server, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
    except sa.exc.OperationalError as exc:
        admin.dispose()
        pytest.fail(f"PostgreSQL at {server.host}:{server.port} is required for these tests ({type(exc.orig).__name__})")
    url = server.set(database=name).render_as_string(hide_password=False)
    try:
        migrate(url)
        yield url
    finally:
        with admin.connect() as conn:
            conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    """A fresh, migrated PostgreSQL database for this session; dropped at the end."""
    with temporary_postgres_database() as url:
        yield url


@pytest.fixture(params=["sqlite", "postgres"])
def db_url(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> str:
    """A migrated database with empty audit tables, once per dialect."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path_factory.mktemp('audit') / 'gateway.db'}"
        migrate(url)
        return url
    url: str = request.getfixturevalue("postgres_url")
    engine = make_engine(url)
    with engine.begin() as conn:
        for table in AUDIT_TABLES:  # DELETE, not TRUNCATE: far cheaper on a few rows in many partitions
            conn.execute(sa.text(f"DELETE FROM {table}"))
    engine.dispose()
    return url


@pytest.fixture
def engine(db_url: str) -> Iterator[Engine]:
    engine = make_engine(db_url)
    yield engine
    engine.dispose()


def make_record(request_id: str | None = None, *, created_at: datetime | None = None, **fields: object) -> AuditRecord:
    """A synthetic audit record: metadata only, plausible defaults."""
    defaults: dict[str, object] = {
        "team": "alpha",
        "key_id": "k_test0001",
        "role": "client",
        "region": "eu",
        "upstream_host": "eu.example.invalid",
        "model": "hf:meta-llama/Llama-3.3-70B-Instruct",
        "status": 200,
        "outcome": "forwarded",
        "latency_ms": 12.5,
        "policy_name": "default",
        "policy_version": "v0123abcd",
        "detector_version": "test-1",
        "pii_mode": "enforce",
        "request_bytes": 321,
        "response_bytes": 654,
    }
    defaults.update(fields)
    return AuditRecord(
        request_id=request_id or uuid.uuid4().hex,
        created_at=created_at or datetime.now(UTC),
        **defaults,  # type: ignore[arg-type]
    )


def count_rows(engine: Engine, table: str) -> int:
    with engine.connect() as conn:
        return int(conn.execute(sa.text(f"SELECT count(*) FROM {table}")).scalar_one())
