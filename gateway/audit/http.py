"""`GET /v1/audit/events` and `GET /v1/audit/summary`: the audit trail over HTTP, for auditor keys.

Auditors see every team. The handler passes the authenticated principal (role, team, key_id) in;
the engine is at `request.app.state.db_engine`; database work runs in the thread pool.
Errors are OpenAI-shaped and name the parameter, never a value.
"""

from __future__ import annotations

from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from gateway.audit.export import jsonable
from gateway.audit.query import MAX_LIMIT, QueryError, parse_time, query_events, summary
from gateway.errors import GatewayError, bad_request, forbidden
from gateway.keys import Principal

DEFAULT_LIMIT = 100


def _refuse_non_auditor(principal: Principal) -> GatewayError | None:
    if principal.role != "auditor":
        return forbidden("This endpoint requires an auditor key.")
    return None


def _limit(raw: str | None) -> int:
    if raw is None or raw == "":
        return DEFAULT_LIMIT
    try:
        value = int(raw)
    except ValueError:
        raise QueryError(f"'limit' must be an integer between 1 and {MAX_LIMIT}.", param="limit") from None
    if not 1 <= value <= MAX_LIMIT:
        raise QueryError(f"'limit' must be an integer between 1 and {MAX_LIMIT}.", param="limit")
    return value


def _optional(params: Any, name: str) -> str | None:
    value = params.get(name)
    return value if value else None


async def audit_events(request: Request, principal: Principal) -> Response:
    refused = _refuse_non_auditor(principal)
    if refused:
        return refused.response()
    p = request.query_params
    try:
        filters = {
            "team": _optional(p, "team"),
            "region": _optional(p, "region"),
            "since": parse_time(p.get("since"), param="since"),
            "until": parse_time(p.get("until"), param="until"),
            "entity": _optional(p, "entity"),
            "outcome": _optional(p, "outcome"),
            "model": _optional(p, "model"),
            "endpoint": _optional(p, "endpoint"),
            "limit": _limit(p.get("limit")),
            "cursor": _optional(p, "cursor"),
        }
        rows, next_cursor = await run_in_threadpool(lambda: query_events(request.app.state.db_engine, **filters))
    except QueryError as exc:
        return bad_request(str(exc), param=exc.param).response()
    data = [{"object": "audit.event", **jsonable(r)} for r in rows]
    return JSONResponse({"object": "list", "data": data, "next_cursor": next_cursor, "has_more": next_cursor is not None})


async def audit_summary(request: Request, principal: Principal) -> Response:
    refused = _refuse_non_auditor(principal)
    if refused:
        return refused.response()
    p = request.query_params
    try:
        since = parse_time(p.get("since"), param="since")
        until = parse_time(p.get("until"), param="until")
        by = p.get("by") or "day"
        endpoint = _optional(p, "endpoint")
        result = await run_in_threadpool(
            lambda: summary(request.app.state.db_engine, since=since, until=until, by=by, endpoint=endpoint)
        )
    except QueryError as exc:
        return bad_request(str(exc), param=exc.param).response()
    return JSONResponse(result)
