"""HTTP handlers. The chat handler is the pipeline of PRODUCT.md, one stage per line:

authenticate → load team policy → validate → redact → route to region → call upstream → restore →
respond (stream or not) → audit.
"""

from __future__ import annotations

import asyncio
import json
import time
from typing import Any, AsyncIterator, Awaitable, Callable

import httpx
import structlog
from starlette.concurrency import run_in_threadpool
from starlette.requests import ClientDisconnect, Request
from starlette.responses import JSONResponse, Response, StreamingResponse

from gateway.audit.writer import AuditUnavailable
from gateway.auth import authenticate
from gateway.detection.service import DetectorError
from gateway.errors import GatewayError, error_body, forbidden, unavailable
from gateway.exchange import Exchange
from gateway.keys import Principal
from gateway.policy import LoadedPolicy, PolicyError
from gateway.redaction import Redaction
from gateway.services import Services
from gateway.streaming import ChunkRestorer, restore_completion, usage_of
from gateway.upstream import normalize_error, transport_error
from gateway.validation import parse_chat_request, payload_too_large

log = structlog.get_logger("gateway.handlers")
Handler = Callable[[Request, Exchange], Awaitable[Response]]


def audited(handler: Handler) -> Callable[[Request], Awaitable[Response]]:
    """Wrap an API handler: reserve the audit slot first, turn errors into OpenAI-shaped answers, and
    make sure the exchange is finished (audited) exactly once unless a stream takes it over."""

    async def endpoint(request: Request) -> Response:
        services: Services = request.app.state.services
        ex = Exchange(services)
        ex.record.endpoint = getattr(request.scope.get("route"), "path", None)  # the route's template, never client text
        try:
            ex.reserve()
        except AuditUnavailable:
            return ex.refuse(unavailable("The audit store is unavailable; the request was not forwarded.",
                                         code="audit_unavailable"))
        try:
            response = await handler(request, ex)
        except GatewayError as error:
            return ex.refuse(error)
        except Exception as exc:
            # The type only: an exception's message or traceback locals could carry request content.
            log.error("unhandled_error", request_id=ex.request_id, error_type=type(exc).__name__)
            return ex.refuse(GatewayError(500, "Internal gateway error; the request was not completed.",
                                          type="server_error", code="internal_error"))
        response.headers.update(ex.headers())
        if not isinstance(response, StreamingResponse):
            ex.record.response_bytes = len(response.body)
            ex.finish(status=response.status_code)
        return response

    return endpoint


async def identify(request: Request, ex: Exchange) -> Principal:
    """Authenticate and put who is asking (team, key id, role; never the key) on the record."""
    principal = await authenticate(request, ex.services.keys)
    ex.record.team, ex.record.key_id, ex.record.role = principal.team, principal.key_id, principal.role
    return principal


async def team_policy(request: Request, ex: Exchange) -> LoadedPolicy:
    principal = await identify(request, ex)
    try:
        loaded = ex.services.policies.get(principal.team)
    except PolicyError:
        raise forbidden("This team has no valid policy; the request was not forwarded.") from None
    rec = ex.record
    rec.policy_name, rec.policy_version, rec.pii_mode = loaded.name, loaded.version, loaded.policy.pii.mode
    rec.region = loaded.policy.region
    return loaded


async def read_body(request: Request, limit: int) -> bytes:
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit:
        raise payload_too_large(limit)
    chunks, size = [], 0
    try:
        async for chunk in request.stream():
            size += len(chunk)
            if size > limit:
                raise payload_too_large(limit)
            chunks.append(chunk)
    except ClientDisconnect:
        raise GatewayError(400, "The client disconnected while sending the request.", code="client_disconnected") from None
    return b"".join(chunks)


async def redact(ex: Exchange, chat: Any, loaded: LoadedPolicy) -> Redaction:
    svc = ex.services
    ex.record.detector_version = svc.detector.version
    started = time.perf_counter()
    try:
        redaction = await svc.redactor.apply(chat, loaded)
    except DetectorError:
        if loaded.policy.pii.on_detector_error != "forward":
            raise unavailable(
                "PII detection failed; the request was not forwarded.", code="detector_error", outcome="detector_error"
            ) from None
        ex.record.error_code = "detector_error_forwarded"  # the policy's explicit opt-out
        redaction = Redaction()
    finally:
        svc.metrics.detection_latency.observe(time.perf_counter() - started)
    ex.record.detections = redaction.counts
    if redaction.blocked:
        raise GatewayError(400, "Request blocked by policy: it contains " + ", ".join(redaction.blocked) + ".",
                           code="pii_blocked", outcome="blocked")
    return redaction


@audited
async def chat_completions(request: Request, ex: Exchange) -> Response:
    svc = ex.services
    if request.method != "POST":
        raise GatewayError(405, "Use POST for /v1/chat/completions.", code="method_not_allowed")
    loaded = await team_policy(request, ex)
    upstream = svc.router.route(loaded.policy.region)
    ex.record.upstream_host = upstream.host
    raw = await read_body(request, loaded.policy.max_body_bytes or svc.cfg.max_body_bytes)
    ex.record.request_bytes = len(raw)
    chat = parse_chat_request(raw)
    ex.record.stream = chat.stream
    if not loaded.policy.allows_model(chat.model):
        # The free-text model field is recorded only once it matches the allow list, so nothing a
        # client types there reaches the logs or the audit.
        raise GatewayError(403, "This model is not allowed by the team's policy.", type="permission_error",
                           param="model", code="model_not_allowed")
    ex.record.model = chat.model
    redaction = await redact(ex, chat, loaded)
    body = json.dumps(chat.body, ensure_ascii=False).encode() if redaction.changed else raw
    ex.upstream_begin()
    response = await svc.upstream.send(upstream, "POST", "/chat/completions", body, stream=True)
    ex.upstream_end()
    svc.metrics.upstream_latency.labels(upstream.region).observe((ex.record.upstream_latency_ms or 0) / 1000)
    if response.status_code >= 400:
        content = await _read(response, ex)
        error = normalize_error(response.status_code, content)
        ex.record.error_code = error["error"].get("code")
        ex.record.outcome = "upstream_error"
        return JSONResponse(error, status_code=response.status_code)
    if chat.stream and response.headers.get("content-type", "").startswith("text/event-stream"):
        restorer = ChunkRestorer(redaction.vault) if redaction.vault else None
        return RelayedStream(relay(response, ex, restorer), response, ex)
    content = await _read(response, ex)
    try:
        data = json.loads(content)
    except ValueError:
        raise GatewayError(502, "The upstream returned an answer that is not JSON.", type="upstream_error",
                           code="upstream_bad_response", outcome="upstream_error") from None
    ex.usage(data.get("usage") if isinstance(data, dict) else None)
    if redaction.vault and isinstance(data, dict):
        restore_completion(data, redaction.vault)
    ex.record.outcome = "forwarded"
    return JSONResponse(data, status_code=response.status_code)


async def _read(response: httpx.Response, ex: Exchange) -> bytes:
    total = ex.services.cfg.timeouts.total_s
    try:
        async with asyncio.timeout(total):
            return await response.aread()
    except (httpx.TransportError, TimeoutError) as exc:
        raise transport_error(exc) from None
    finally:
        await response.aclose()


class RelayedStream(StreamingResponse):
    """A streamed answer that always closes the upstream call and finishes its exchange, even when the
    client hangs up before the first chunk (then the relay generator never starts, so its own
    cleanup never runs)."""

    def __init__(self, body: AsyncIterator[str], upstream: httpx.Response, ex: Exchange) -> None:
        super().__init__(body, media_type="text/event-stream", headers={"cache-control": "no-cache"})
        self._upstream, self._ex = upstream, ex

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        try:
            await super().__call__(scope, receive, send)
        finally:
            await self._upstream.aclose()
            self._ex.finish(status=200, outcome="forwarded")


async def relay(response: httpx.Response, ex: Exchange, restorer: ChunkRestorer | None) -> AsyncIterator[str]:
    """Forward the upstream's SSE lines as they come; the exchange is finished when the stream ends,
    fails, or the client goes away (which cancels this generator and closes the upstream call)."""
    outcome, sent = "forwarded", 0
    deadline = time.monotonic() + ex.services.cfg.timeouts.total_s
    try:
        async for line in response.aiter_lines():
            if time.monotonic() > deadline:
                raise TimeoutError
            if line.startswith("data:"):
                payload = line[5:].strip()
                ex.usage(usage_of(payload))
                if restorer is not None:
                    if payload == "[DONE]":
                        tail = restorer.tail()
                        if tail:
                            out = f"data: {json.dumps(tail, ensure_ascii=False)}\n\n"
                            sent += len(out)
                            yield out
                    elif payload.startswith("{"):
                        chunk = json.loads(payload)
                        restorer.transform(chunk)
                        line = "data: " + json.dumps(chunk, ensure_ascii=False)
            sent += len(line) + 1
            yield line + "\n"
    except (httpx.TransportError, TimeoutError, ValueError) as exc:
        outcome = "upstream_error"
        error = transport_error(exc) if not isinstance(exc, ValueError) else None
        message = error.message if error else "The upstream stream was malformed."
        code = error.code if error else "upstream_bad_response"
        ex.record.error_code = code
        yield f"data: {json.dumps(error_body(message, type='upstream_error', code=code))}\n\n"
    finally:
        await response.aclose()
        ex.record.response_bytes = sent
        ex.finish(status=200, outcome=outcome)


@audited
async def list_models(request: Request, ex: Exchange) -> Response:
    svc = ex.services
    loaded = await team_policy(request, ex)
    upstream = svc.router.route(loaded.policy.region)
    ex.record.upstream_host = upstream.host
    ex.upstream_begin()
    response = await svc.upstream.send(upstream, "GET", "/models", None, stream=True)
    ex.upstream_end()
    content = await _read(response, ex)
    if response.status_code >= 400:
        ex.record.outcome = "upstream_error"
        return JSONResponse(normalize_error(response.status_code, content), status_code=response.status_code)
    try:
        data = json.loads(content)
        models = [m for m in data.get("data", []) if loaded.policy.allows_model(str(m.get("id", "")))]
    except (ValueError, AttributeError):
        raise GatewayError(502, "The upstream model list was malformed.", type="upstream_error",
                           code="upstream_bad_response", outcome="upstream_error") from None
    ex.record.outcome = "forwarded"
    return JSONResponse({"object": "list", "data": models})


def auditor_endpoint(inner: Callable[[Request], Awaitable[Response]]) -> Callable[[Request], Awaitable[Response]]:
    @audited
    async def endpoint(request: Request, ex: Exchange) -> Response:
        await identify(request, ex)
        response = await inner(request)
        ex.record.outcome = "forwarded" if response.status_code < 400 else "rejected"
        return response

    return endpoint


@audited
async def not_found(request: Request, ex: Exchange) -> Response:
    raise GatewayError(404, f"Unknown path: {request.method} {request.url.path[:200]}", code="not_found")


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
    import sqlalchemy as sa

    try:
        with svc.db_engine.connect() as conn:
            conn.execute(sa.text("SELECT 1"))
        return True
    except Exception:
        return False


async def metrics(request: Request) -> Response:
    svc: Services = request.app.state.services
    svc.metrics.audit_queue.set(svc.audit.queue_depth())
    return Response(svc.metrics.render(), media_type="text/plain; version=0.0.4")
