"""The one SQLAlchemy metadata and engine factory; tables of every module register here.

The schema is only ever created or changed by the Alembic migrations in `migrations/`.
"""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.engine import Engine

metadata = sa.MetaData()

api_keys = sa.Table(
    "api_keys",
    metadata,
    # Public key id: the part of the key before the secret; safe to log and to audit.
    sa.Column("key_id", sa.String(32), primary_key=True),
    # HMAC-SHA256 of the secret under the gateway's key-hash secret; the key itself is never stored.
    sa.Column("key_hash", sa.String(64), nullable=False),
    sa.Column("team", sa.String(64), nullable=False, index=True),
    sa.Column("role", sa.String(16), nullable=False),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True),
)

MIGRATIONS_DIR = Path(__file__).resolve().parent.parent / "migrations"


def make_engine(database_url: str) -> Engine:
    """An engine with settings that suit both embedded SQLite and a shared PostgreSQL."""
    if database_url.startswith("sqlite"):
        engine = sa.create_engine(
            database_url, connect_args={"check_same_thread": False, "timeout": 30}
        )

        @sa.event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_conn, _record) -> None:  # type: ignore[no-untyped-def]
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=NORMAL")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.close()

        return engine
    return sa.create_engine(database_url, pool_pre_ping=True, pool_size=5, max_overflow=5)


def migrate(database_url: str, revision: str = "head") -> None:
    """Run the Alembic migrations up to `revision` (what `gateway migrate` does)."""
    from alembic import command
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("sqlalchemy.url", database_url.replace("%", "%%"))
    command.upgrade(cfg, revision)
