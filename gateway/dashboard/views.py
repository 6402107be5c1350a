"""The dashboard's pages: login form, the dashboard, its JSON, and CSV/JSONL downloads.

Everything is server-rendered (tables and GET forms work without JavaScript); `dashboard.js` only
draws the charts from `data.json`, whose figures the page also shows as tables. Every response
carries a strict Content-Security-Policy (scripts and styles from the gateway itself only) and
`Cache-Control: no-store`. All figures come from `gateway.audit.stats` and `gateway.audit.query`,
the same layer as the CLI and the auditor endpoints; nothing here reads content, there is none.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jinja2
import sqlalchemy as sa
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, RedirectResponse, Response, StreamingResponse
from starlette.templating import Jinja2Templates

from gateway.audit.export import TABLE_COLUMNS, detections_text, export_lines, jsonable
from gateway.audit.query import EVENT_COLUMNS, MAX_LIMIT, QueryError, query_events
from gateway.audit.stats import dashboard_stats
from gateway.config import REGIONS
from gateway.dashboard import access
from gateway.dashboard.filters import FormState, parse_filters
from gateway.dashboard.session import SessionSigner
from gateway.db import api_keys
from gateway.services import Services

TEMPLATES = Path(__file__).resolve().parent / "templates"
PAGE_SIZE = 50
DOWNLOAD_FORMATS = ("csv", "jsonl")
ENDPOINTS = ("/v1/chat/completions", "/v1/completions", "/v1/embeddings", "/v1/models", "/anthropic/v1/messages",
             "/v1/messages", "/anthropic/v1/messages/count_tokens", "/v1/audit/events", "/v1/audit/summary")
SECURITY_HEADERS = {
    "content-security-policy": "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
    "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
    "cache-control": "no-store",
    "x-content-type-options": "nosniff",
    "referrer-policy": "same-origin",
    "x-frame-options": "DENY",
}


def _teams(svc: Services) -> list[str]:
    """Teams that have keys: the filter's choices, without scanning the events."""
    with svc.db_engine.connect() as conn:
        return [t for (t,) in conn.execute(sa.select(api_keys.c.team).distinct().order_by(api_keys.c.team))]


class DashboardViews:
    def __init__(self, signer: SessionSigner) -> None:
        self.signer = signer
        env = jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATES), autoescape=True)
        self.templates = Jinja2Templates(env=env)

    def _render(self, request: Request, name: str, context: dict[str, Any], status: int = 200) -> Response:
        return self.templates.TemplateResponse(request, name, context, status_code=status, headers=SECURITY_HEADERS)

    def _filters(self, request: Request) -> FormState:
        svc: Services = request.app.state.services
        return parse_filters(request.query_params, retention_days=svc.cfg.audit.retention_days)

    # -- login / logout ------------------------------------------------------------------------
    async def login_form(self, request: Request, message: str | None = None, status: int = 200) -> Response:
        return self._render(request, "login.html", {"message": message}, status)

    async def login(self, request: Request) -> Response:
        if not access.same_origin(request):
            return await self.login_form(request, "This form must be sent from the dashboard itself.", 403)
        form = await access.read_form(request)
        principal, reason = await access.check_login(request, form.get("key", "").strip())
        if principal is None:
            message = ("This dashboard is for auditor keys; client keys are refused." if reason == "not_auditor"
                       else "That key is not valid (unknown, mistyped or revoked).")
            return await self.login_form(request, message, 403 if reason == "not_auditor" else 401)
        session, cookie = self.signer.issue(principal.key_id)
        response = RedirectResponse("/dashboard", status_code=303, headers=SECURITY_HEADERS)
        access.set_session_cookie(response, request, cookie, self.signer.lifetime_s)
        return response

    async def logout(self, request: Request) -> Response:
        auditor = await access.current_auditor(request, self.signer)
        form = await access.read_form(request)
        if auditor is not None:
            if not access.same_origin(request) or not self.signer.check_csrf(auditor.session, form.get("csrf")):
                return self._render(request, "login.html", {"message": "Logout refused: invalid form token."}, 403)
            await access.record_logout(request, auditor)
        response = RedirectResponse("/dashboard", status_code=303, headers=SECURITY_HEADERS)
        access.clear_session_cookie(response, request)
        return response

    # -- the dashboard -------------------------------------------------------------------------
    async def page(self, request: Request) -> Response:
        auditor = await access.current_auditor(request, self.signer)
        if auditor is None:
            response = await self.login_form(request)
            if request.cookies.get(access.COOKIE_NAME):
                access.clear_session_cookie(response, request)  # expired, revoked or logged out
            return response
        svc: Services = request.app.state.services
        state = self._filters(request)
        cursor = request.query_params.get("cursor") or None
        try:
            events, next_cursor = await run_in_threadpool(self._events, svc, state, cursor, PAGE_SIZE)
        except QueryError:
            state.errors.append("'cursor' was not a page link of this dashboard; showing the first page.")
            events, next_cursor = await run_in_threadpool(self._events, svc, state, None, PAGE_SIZE)
        stats = await run_in_threadpool(
            dashboard_stats, svc.db_engine, state.stats, retention_days=svc.cfg.audit.retention_days
        )
        context = {
            "auditor": auditor.principal,
            "csrf": self.signer.csrf_token(auditor.session),
            "form": state,
            "choices": {"team": await run_in_threadpool(_teams, svc), "region": list(REGIONS), "endpoint": list(ENDPOINTS)},
            "stats": stats,
            "outcomes": sorted({o for day in stats["requests_by_day"].values() for o in day}),
            "events": [self._event_cells(e) for e in events],
            "columns": TABLE_COLUMNS,
            "next_page": state.query(cursor=next_cursor) if next_cursor else None,
            "first_page": state.query() if cursor else None,
            "query": state.query(),
            "session_minutes": self.signer.lifetime_s // 60,
        }
        return self._render(request, "dashboard.html", context)

    @staticmethod
    def _events(svc: Services, state: FormState, cursor: str | None, limit: int) -> tuple[list[dict[str, Any]], str | None]:
        f = state.stats
        return query_events(
            svc.db_engine, team=f.team, region=f.region, endpoint=f.endpoint, since=f.since, until=f.until,
            limit=limit, cursor=cursor, newest_first=True,
        )

    @staticmethod
    def _event_cells(event: dict[str, Any]) -> dict[str, str]:
        cells = {}
        for column in TABLE_COLUMNS:
            value = event.get(column)
            if column == "detections":
                cells[column] = detections_text(value or {})
            elif column == "created_at":
                cells[column] = value.strftime("%Y-%m-%d %H:%M:%S") if value else ""
            else:
                cells[column] = "" if value is None else str(value)
        return cells

    async def data(self, request: Request) -> Response:
        auditor = await access.current_auditor(request, self.signer)
        if auditor is None:
            return JSONResponse({"error": {"message": "Log in to the dashboard first.", "type": "authentication_error",
                                           "param": None, "code": "not_logged_in"}}, status_code=401,
                                headers=SECURITY_HEADERS)
        svc: Services = request.app.state.services
        state = self._filters(request)
        stats = await run_in_threadpool(
            dashboard_stats, svc.db_engine, state.stats, retention_days=svc.cfg.audit.retention_days
        )
        stats["health"] = jsonable(stats["health"])
        return JSONResponse(stats, headers=SECURITY_HEADERS)

    async def export(self, request: Request) -> Response:
        fmt = request.path_params["fmt"]
        auditor = await access.current_auditor(request, self.signer)
        if auditor is None:
            return RedirectResponse("/dashboard", status_code=303, headers=SECURITY_HEADERS)
        if fmt not in DOWNLOAD_FORMATS:
            return Response("Unknown export format.", status_code=404, headers=SECURITY_HEADERS)
        svc: Services = request.app.state.services
        state = self._filters(request)

        def pages() -> Iterator[dict[str, Any]]:
            cursor: str | None = None
            while True:
                f = state.stats
                rows, cursor = query_events(svc.db_engine, team=f.team, region=f.region, endpoint=f.endpoint,
                                            since=f.since, until=f.until, limit=MAX_LIMIT, cursor=cursor)
                yield from rows
                if cursor is None:
                    return

        media = "text/csv; charset=utf-8" if fmt == "csv" else "application/x-ndjson"
        headers = {**SECURITY_HEADERS, "content-disposition": f'attachment; filename="audit-events.{fmt}"'}
        # A sync iterator: Starlette runs it in the thread pool, page by page.
        return StreamingResponse(export_lines(pages(), fmt, EVENT_COLUMNS), media_type=media, headers=headers)
