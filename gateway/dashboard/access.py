"""Who may see the dashboard: login (auditor keys only), logout, and the check on every page view.

- Login: the key is posted once from the form, verified like an API key, then re-read from the
  database (not the key cache) so a key revoked a second ago cannot start a session. Client keys
  are refused. Success and failure are recorded as content-free admin events
  (`dashboard_login`, `dashboard_login_failed` with `reason=...`; the key id only when it exists).
- Every view: the cookie's signature and expiry, then the key is re-read from the database (revoked,
  deleted or no longer an auditor ends the session at once) and the session must not be logged out.
- Logout (POST with a CSRF token): writes `dashboard_logout` with `session=<id>` straight to the
  store, so a copy of the cookie stops working on every replica, and clears the cookie.

Cookie: HttpOnly, SameSite=Strict, Path=/dashboard, Secure when served over HTTPS.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from urllib.parse import parse_qs

import sqlalchemy as sa
from sqlalchemy.engine import Engine
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response

from gateway.audit.schema import admin_events
from gateway.audit.store import write_admin_event
from gateway.keys import KeyStore, Principal, split_key
from gateway.services import Services
from gateway.dashboard.session import COOKIE_NAME, Session, SessionSigner

COOKIE_PATH = "/dashboard"
MAX_FORM_BYTES = 4096


@dataclass(frozen=True, slots=True)
class Auditor:
    session: Session
    principal: Principal


def logged_out(engine: Engine, session: Session) -> bool:
    a = admin_events.c
    since = datetime.fromtimestamp(session.issued_at, UTC) - timedelta(minutes=1)
    statement = sa.select(sa.literal(1)).where(
        a.action == "dashboard_logout", a.key_id == session.key_id, a.detail == f"session={session.session_id}",
        a.created_at >= since,
    ).limit(1)
    with engine.connect() as conn:
        return conn.execute(statement).first() is not None


def _still_valid(keys: KeyStore, engine: Engine, session: Session) -> Principal | None:
    principal = keys.current(session.key_id)
    if principal is None or principal.role != "auditor" or logged_out(engine, session):
        return None
    return principal


async def current_auditor(request: Request, signer: SessionSigner) -> Auditor | None:
    """The logged-in auditor of this request, checked against the database now; None otherwise."""
    session = signer.verify(request.cookies.get(COOKIE_NAME))
    if session is None:
        return None
    svc: Services = request.app.state.services
    principal = await run_in_threadpool(_still_valid, svc.keys, svc.db_engine, session)
    return Auditor(session, principal) if principal else None


async def read_form(request: Request) -> dict[str, str]:
    """A small urlencoded form (login and logout only); anything larger or malformed is empty."""
    body = b""
    async for chunk in request.stream():
        body += chunk
        if len(body) > MAX_FORM_BYTES:
            return {}
    try:
        parsed = parse_qs(body.decode("utf-8"), max_num_fields=8, strict_parsing=False)
    except (UnicodeDecodeError, ValueError):
        return {}
    return {k: v[0] for k, v in parsed.items() if v}


def same_origin(request: Request) -> bool:
    """Browsers send Origin on POST: a form posted from another site is refused."""
    origin = request.headers.get("origin")
    return origin is None or origin == f"{request.url.scheme}://{request.url.netloc}"


def set_session_cookie(response: Response, request: Request, value: str, max_age: int) -> None:
    response.set_cookie(
        COOKIE_NAME, value, max_age=max_age, path=COOKIE_PATH, httponly=True, samesite="strict",
        secure=request.url.scheme == "https",
    )


def clear_session_cookie(response: Response, request: Request) -> None:
    response.delete_cookie(
        COOKIE_NAME, path=COOKIE_PATH, httponly=True, samesite="strict", secure=request.url.scheme == "https"
    )


async def check_login(request: Request, key: str) -> tuple[Principal | None, str]:
    """(principal, "ok") for a valid auditor key; otherwise (None, reason). Records an admin event."""
    svc: Services = request.app.state.services
    parts = split_key(key)
    principal = await run_in_threadpool(svc.keys.verify, key) if parts else None
    if principal is not None:
        principal = await run_in_threadpool(svc.keys.current, principal.key_id)  # not the cache
    if principal is None:
        svc.audit.admin("dashboard_login_failed", detail="reason=invalid_key")
        return None, "invalid_key"
    if principal.role != "auditor":
        svc.audit.admin("dashboard_login_failed", team=principal.team, key_id=principal.key_id, detail="reason=not_auditor")
        return None, "not_auditor"
    svc.audit.admin("dashboard_login", team=principal.team, key_id=principal.key_id)
    return principal, "ok"


async def record_logout(request: Request, auditor: Auditor) -> None:
    svc: Services = request.app.state.services
    await run_in_threadpool(
        write_admin_event, svc.db_engine, "dashboard_logout", team=auditor.principal.team,
        key_id=auditor.principal.key_id, detail=f"session={auditor.session.session_id}",
        retention_days=svc.cfg.audit.retention_days,
    )
