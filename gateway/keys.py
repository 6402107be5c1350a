"""Team API keys: created once, stored only as a keyed hash, verified in constant time.

A key looks like `sgw_<key_id>_<secret>`. The key id is public (it goes in logs and the audit); the
secret part is hashed with HMAC-SHA256 under the gateway secret and never stored.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import time
from dataclasses import dataclass
from datetime import datetime, timezone

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from gateway.db import api_keys

ROLES = ("client", "auditor")
PREFIX = "sgw"


@dataclass(frozen=True, slots=True)
class Principal:
    key_id: str
    team: str
    role: str


@dataclass(frozen=True, slots=True)
class KeyInfo:
    key_id: str
    team: str
    role: str
    created_at: datetime
    revoked_at: datetime | None


def _hash(secret: bytes, key_secret: str) -> str:
    return hmac.digest(secret, key_secret.encode(), hashlib.sha256).hex()  # one-shot, in C: every request pays it


def split_key(key: str) -> tuple[str, str] | None:
    parts = key.split("_", 2)
    if len(parts) != 3 or parts[0] != PREFIX or not parts[1] or not parts[2]:
        return None
    return parts[1], parts[2]


class KeyStore:
    """Creates, lists, revokes and verifies keys. Verification results are cached briefly so the
    request path does not hit the database every time; a revocation takes effect within `cache_ttl_s`."""

    def __init__(self, engine: Engine, secret: bytes, cache_ttl_s: float = 5.0) -> None:
        self._engine = engine
        self._secret = secret
        self._ttl = cache_ttl_s
        self._cache: dict[str, tuple[float, str, str, str, bool]] = {}

    def create(self, team: str, role: str = "client") -> tuple[str, str]:
        """Returns (key_id, full key). The full key is shown once and never stored."""
        if role not in ROLES:
            raise ValueError(f"role must be one of {', '.join(ROLES)}")
        key_id = secrets.token_hex(6)
        key_secret = secrets.token_urlsafe(32)
        with self._engine.begin() as conn:
            conn.execute(
                api_keys.insert().values(
                    key_id=key_id,
                    key_hash=_hash(self._secret, key_secret),
                    team=team,
                    role=role,
                    created_at=datetime.now(timezone.utc),
                )
            )
        return key_id, f"{PREFIX}_{key_id}_{key_secret}"

    def revoke(self, key_id: str) -> bool:
        with self._engine.begin() as conn:
            result = conn.execute(
                api_keys.update()
                .where(api_keys.c.key_id == key_id, api_keys.c.revoked_at.is_(None))
                .values(revoked_at=datetime.now(timezone.utc))
            )
        self._cache.pop(key_id, None)
        return result.rowcount > 0

    def list(self, team: str | None = None) -> list[KeyInfo]:
        query = sa.select(api_keys).order_by(api_keys.c.team, api_keys.c.created_at)
        if team:
            query = query.where(api_keys.c.team == team)
        with self._engine.connect() as conn:
            return [
                KeyInfo(r.key_id, r.team, r.role, r.created_at, r.revoked_at)
                for r in conn.execute(query)
            ]

    def _lookup(self, key_id: str) -> tuple[float, str, str, str, bool] | None:
        now = time.monotonic()
        hit = self._cache.get(key_id)
        if hit and now - hit[0] < self._ttl:
            return hit
        with self._engine.connect() as conn:
            row = conn.execute(
                sa.select(api_keys.c.key_hash, api_keys.c.team, api_keys.c.role, api_keys.c.revoked_at)
                .where(api_keys.c.key_id == key_id)
            ).first()
        if row is None:
            self._cache.pop(key_id, None)
            return None
        entry = (now, row.key_hash, row.team, row.role, row.revoked_at is not None)
        if len(self._cache) > 10_000:
            self._cache.clear()
        self._cache[key_id] = entry
        return entry

    def current(self, key_id: str) -> Principal | None:
        """The principal of an unrevoked key id, read from the database now (never from the cache):
        for sessions that outlive the cache, e.g. the dashboard's, which re-check on every view."""
        with self._engine.connect() as conn:
            row = conn.execute(
                sa.select(api_keys.c.team, api_keys.c.role).where(
                    api_keys.c.key_id == key_id, api_keys.c.revoked_at.is_(None)
                )
            ).first()
        return Principal(key_id=key_id, team=row.team, role=row.role) if row else None

    def is_cached(self, key: str) -> bool:
        """True when `verify` will answer from memory (no database round trip, safe on the event loop)."""
        parts = split_key(key)
        hit = self._cache.get(parts[0]) if parts else None
        return parts is None or (hit is not None and time.monotonic() - hit[0] < self._ttl)

    def verify(self, key: str) -> Principal | None:
        """The principal for a valid, unrevoked key; None otherwise. May query the database unless
        `is_cached(key)`."""
        parts = split_key(key)
        if parts is None:
            return None
        key_id, key_secret = parts
        entry = self._lookup(key_id)
        # Hash even when the id is unknown, so timing does not tell which ids exist.
        candidate = _hash(self._secret, key_secret)
        stored = entry[1] if entry else "0" * 64
        if not hmac.compare_digest(candidate, stored) or entry is None or entry[4]:
            return None
        return Principal(key_id=key_id, team=entry[2], role=entry[3])
