"""HTTP endpoints. Model endpoints all run `gateway.pipeline.handle` with their wire format; every
API request goes through `audited`, which finishes its exchange (one audit row) exactly once."""

from __future__ import annotations

import hmac
from typing import Awaitable, Callable

import sqlalchemy as sa
import structlog
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse

from gateway.audit.writer import AuditUnavailable
from gateway.errors import GatewayError, unauthorized, unavailable
from gateway.exchange import ErrorResponder, Exchange
from gateway.keys import Principal
from gateway.pipeline import handle, identify, read_json, team_policy
from gateway.policy import PolicyError
from gateway.services import Services
from gateway.wire.base import WireFormat

log = structlog.get_logger("gateway.handlers")
Handler = Callable[[Request, Exchange], Awaitable[Response]]
Endpoint = Callable[[Request], Awaitable[Response]]


def audited(handler: Handler, *, endpoint: str | None = None, respond: ErrorResponder | None = None) -> Endpoint:
    """Wrap an API handler: turn errors into answers in the right shape, and make sure the exchange
    is finished (audited) exactly once unless a stream takes it over."""

    async def run(request: Request) -> Response:
        services: Services = request.app.state.services
        ex = Exchange(services)
        ex.record.endpoint = endpoint
        try:
            response = await handler(request, ex)
        except GatewayError as error:
            return ex.refuse(error, respond)
        except AuditUnavailable:
            return ex.refuse(unavailable("The audit store is unavailable; the request was not forwarded.",
                                         code="audit_unavailable"), respond)
        except Exception as exc:
            # The type only: an exception's message or traceback locals could carry request content.
            log.error("unhandled_error", request_id=ex.request_id, error_type=type(exc).__name__)
            return ex.refuse(GatewayError(500, "Internal gateway error; the request was not completed.",
                                          type="server_error", code="internal_error"), respond)
        response.headers.update(ex.headers())
        if not isinstance(response, StreamingResponse):
            ex.record.response_bytes = len(response.body)
            ex.finish(status=response.status_code)
        return response

    return run


def model_endpoint(wire: WireFormat) -> Endpoint:
    async def run(request: Request, ex: Exchange) -> Response:
        if request.method != "POST":
            raise GatewayError(405, f"Use POST for {wire.endpoint}.", code="method_not_allowed")
        return await handle(request, ex, wire)

    return audited(run, endpoint=wire.endpoint, respond=wire.error_response)


async def _list_models(request: Request, ex: Exchange) -> Response:
    svc = ex.services
    principal = await identify(request, ex, "client")
    loaded = team_policy(ex, principal)
    upstream = svc.router.route(loaded.policy.region)
    ex.record.upstream_host = upstream.host()
    ex.reserve()
    ex.upstream_begin()
    response = await svc.upstream.send(upstream, "openai", "GET", "/models", None, stream=True)
    ex.upstream_end()
    if response.status_code >= 400:
        await response.aclose()
        raise GatewayError(response.status_code, f"Upstream returned HTTP {response.status_code}.",
                           type="upstream_error", outcome="upstream_error")
    data = await read_json(response, ex)
    listed = data.get("data")
    models = [
        {k: m[k] for k in ("id", "object", "created", "owned_by") if k in m}
        for m in (listed if isinstance(listed, list) else [])
        if isinstance(m, dict) and isinstance(m.get("id"), str) and loaded.policy.allows_model(m["id"])
    ]
    ex.record.outcome = "forwarded"
    return JSONResponse({"object": "list", "data": models})


list_models = audited(_list_models, endpoint="/v1/models")


def auditor_endpoint(inner: Callable[[Request, Principal], Awaitable[Response]], path: str) -> Endpoint:
    async def run(request: Request, ex: Exchange) -> Response:
        principal = await identify(request, ex, "auditor")
        ex.reserve()
        response = await inner(request, principal)
        ex.record.outcome = "forwarded" if response.status_code < 400 else "rejected"
        return response

    return audited(run, endpoint=path)


async def _not_found(request: Request, ex: Exchange) -> Response:
    raise GatewayError(404, f"Unknown path: {request.method} {request.url.path[:200]}", code="not_found")


not_found = audited(_not_found)


async def healthz(request: Request) -> Response:
    return JSONResponse({"status": "ok"})


async def readyz(request: Request) -> Response:
    svc: Services = request.app.state.services
    checks: dict[str, bool] = {}
    try:
        svc.policies.get("default")
        checks["policies"] = True
    except PolicyError:
        checks["policies"] = False
    checks["database"] = await run_in_threadpool(_db_ok, svc)
    checks["audit"] = svc.audit.healthy()
    checks["regions"] = bool(svc.router.regions())
    ready = all(checks.values())
    return JSONResponse({"status": "ready" if ready else "not_ready", "checks": checks}, status_code=200 if ready else 503)


def _db_ok(svc: Services) -> bool:
    try:
        with svc.db_engine.connect() as conn:
            conn.execute(sa.text("SELECT 1"))
        return True
    except Exception:
        return False


async def metrics(request: Request) -> Response:
    svc: Services = request.app.state.services
    token = svc.cfg.metrics_token()
    if token is not None:
        scheme, _, presented = request.headers.get("authorization", "").partition(" ")
        if scheme.lower() != "bearer" or not hmac.compare_digest(presented.strip().encode(), token.encode()):
            return unauthorized("/metrics requires its bearer token.").response()
    svc.metrics.audit_queue.set(svc.audit.queue_depth())
    return Response(svc.metrics.render(), media_type="text/plain; version=0.0.4")
