"""The request pipeline of PRODUCT.md, shared by every model endpoint, one stage per line:

authenticate → load team policy → read and validate the body → redact → route to region → call
upstream → restore → respond (stream or not) → audit.

A wire format (`gateway.wire`) says where its texts are, how to restore its answers and how its
errors look; everything else happens here, in this order, for all of them.
"""

from __future__ import annotations

import asyncio
import json
import time
from typing import Any

import httpx
from starlette.requests import ClientDisconnect, Request
from starlette.responses import JSONResponse, Response

from gateway import jsonbody
from gateway.auth import authenticate, require_role
from gateway.detection.service import PREFETCH_CHARS, DetectorError
from gateway.errors import GatewayError, forbidden, unavailable
from gateway.exchange import Exchange
from gateway.inspection import Walk, inspect
from gateway.keys import Principal
from gateway.policy import LoadedPolicy, PolicyError
from gateway.provider_errors import provider_error
from gateway.redaction import Redaction
from gateway.router import Upstream
from gateway.streaming import RelayedStream, StreamedAnswer, relay
from gateway.upstream import anthropic_headers, transport_error
from gateway.wire.base import WireFormat


async def handle(request: Request, ex: Exchange, wire: WireFormat) -> Response:
    svc = ex.services
    ex.record.endpoint = wire.endpoint
    principal = await identify(request, ex, "client")
    loaded = team_policy(ex, principal)
    ex.hold(svc.inflight.acquire(principal.team, loaded.policy.max_in_flight))
    raw = await read_body(request, loaded.policy.max_body_bytes or svc.cfg.max_body_bytes,
                          svc.cfg.timeouts.request_body_s)
    ex.reserve()  # the audit slot, now that the body is in (AuditUnavailable: refused, 503)
    ex.record.request_bytes = len(raw)
    body = jsonbody.require_object(jsonbody.loads(raw))
    parsed = wire.parse(body)
    ex.record.stream = parsed.stream
    if not loaded.policy.allows_model(parsed.model):
        raise GatewayError(403, "This model is not allowed by the team's policy.", type="permission_error",
                           param="model", code="model_not_allowed")
    ex.record.model = parsed.model  # recorded only once it passed the id pattern and the allow list
    upstream = svc.router.route(loaded.policy.region)
    ex.record.upstream_host = upstream.host(wire.api)
    walk = inspect(body, wire.shape)
    # Formats whose answers carry nothing back (embeddings) get plain <TYPE> tokens unless the policy asks otherwise.
    pseudonyms = wire.restores or loaded.policy.pii.embedding_tokens == "pseudonym"
    redaction = await redact(ex, walk, loaded, pseudonyms=pseudonyms)
    payload = jsonbody.dumps(body)  # exactly what was inspected
    headers = anthropic_headers(dict(request.headers)) if wire.api == "anthropic" else None
    ex.upstream_begin()
    response = await svc.upstream.send(upstream, wire.api, "POST", wire.upstream_path, payload,
                                       stream=parsed.stream, extra_headers=headers)
    ex.upstream_end()
    svc.metrics.upstream_latency.labels(upstream.region).observe((ex.record.upstream_latency_ms or 0) / 1000)
    if response.status_code >= 400:
        raise await filtered_error(ex, response, loaded, upstream)
    vault = redaction.vault if wire.restores else None
    # A conversation sends this answer back with its next turn: analysed ahead while the detector
    # is idle, that turn brings one new text instead of two (DetectorService.prefetch).
    prefetch = (lambda texts: svc.detector.prefetch(texts, loaded.spec)) if parsed.conversation else None
    if parsed.stream and response.headers.get("content-type", "").startswith("text/event-stream"):
        deadline = asyncio.get_running_loop().time() + svc.cfg.timeouts.total_s
        restorer = wire.stream_restorer(vault, walk.tool_ids)
        answer = StreamedAnswer(wire, prefetch, PREFETCH_CHARS) if prefetch else None
        return RelayedStream(relay(response, ex, wire, restorer, deadline, answer), response, ex, ex.headers())
    content, data = await read_answer(response, ex)
    ex.usage(wire.usage(data))
    ex.record.outcome = "forwarded"
    # Nothing in the request replaced by a placeholder or an opaque id: the answer has nothing to
    # put back, and the upstream's JSON object (parsed above for its shape and usage) goes out as it
    # came instead of being serialised again.
    restores = vault is not None or bool(walk.tool_ids)
    if restores:
        wire.restore(data, vault, walk.tool_ids)
    if prefetch:
        prefetch(wire.answer_texts(data))
    if not restores:
        return Response(content, status_code=response.status_code, media_type="application/json")
    return JSONResponse(data, status_code=response.status_code)


async def identify(request: Request, ex: Exchange, role: str) -> Principal:
    """Authenticate, put who is asking on the record (team, key id, role; never the key), and check
    the key's role."""
    principal = await authenticate(request, ex.services.keys)
    ex.record.team, ex.record.key_id, ex.record.role = principal.team, principal.key_id, principal.role
    require_role(principal, role)
    return principal


def team_policy(ex: Exchange, principal: Principal) -> LoadedPolicy:
    try:
        loaded = ex.services.policies.get(principal.team)
    except PolicyError:
        raise forbidden("This team has no valid policy; the request was not forwarded.") from None
    rec = ex.record
    rec.policy_name, rec.policy_version, rec.pii_mode = loaded.name, loaded.version, loaded.policy.pii.mode
    rec.region = loaded.policy.region
    return loaded


async def read_body(request: Request, limit: int, deadline_s: float) -> bytes:
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit:
        raise payload_too_large(limit)
    chunks, size = [], 0
    try:
        async with asyncio.timeout(deadline_s):
            async for chunk in request.stream():
                size += len(chunk)
                if size > limit:
                    raise payload_too_large(limit)
                chunks.append(chunk)
    except ClientDisconnect:
        raise GatewayError(400, "The client disconnected while sending the request.", code="client_disconnected") from None
    except TimeoutError:
        raise GatewayError(408, f"The request body did not arrive within {deadline_s:g} s.", code="request_timeout") from None
    return b"".join(chunks)


def payload_too_large(limit: int) -> GatewayError:
    return GatewayError(413, f"Request body exceeds the {limit}-byte limit.", code="request_too_large")


async def redact(ex: Exchange, walk: Walk, loaded: LoadedPolicy, *, pseudonyms: bool) -> Redaction:
    svc = ex.services
    ex.record.detector_version = svc.detector.version
    started = time.perf_counter()
    try:
        redaction = await svc.redactor.apply(walk, loaded, pseudonyms=pseudonyms)
    except DetectorError:
        if loaded.policy.pii.on_detector_error != "forward":
            raise unavailable(
                "PII detection failed; the request was not forwarded.", code="detector_error", outcome="detector_error"
            ) from None
        ex.record.error_code = "detector_error_forwarded"  # the policy's explicit opt-out
        redaction = Redaction()
    finally:
        svc.metrics.detection_latency.observe(time.perf_counter() - started)
    walk.finish()
    ex.record.detections = redaction.counts
    if redaction.blocked:
        raise GatewayError(400, "Request blocked by policy: it contains " + ", ".join(redaction.blocked) + ".",
                           code="pii_blocked", outcome="blocked")
    return redaction


async def read_body_of(response: httpx.Response, ex: Exchange) -> bytes:
    try:
        async with asyncio.timeout(ex.services.cfg.timeouts.total_s):
            return await response.aread()
    except (httpx.TransportError, TimeoutError) as exc:
        raise transport_error(exc) from None
    finally:
        await response.aclose()


async def read_answer(response: httpx.Response, ex: Exchange) -> tuple[bytes, dict[str, Any]]:
    """The upstream's answer as bytes and as the JSON object they must be (502 otherwise)."""
    content = await read_body_of(response, ex)
    ex.record.response_bytes = len(content)
    try:
        data = json.loads(content)
    except ValueError:
        data = None
    if not isinstance(data, dict):
        raise GatewayError(502, "The upstream returned an answer that is not a JSON object.", type="upstream_error",
                           code="upstream_bad_response", outcome="upstream_error")
    return content, data


async def read_json(response: httpx.Response, ex: Exchange) -> dict[str, Any]:
    return (await read_answer(response, ex))[1]


async def filtered_error(ex: Exchange, response: httpx.Response, loaded: LoadedPolicy, upstream: Upstream) -> GatewayError:
    """The provider's error, shown only after filtering (see `gateway.provider_errors`)."""
    content = await read_body_of(response, ex)
    try:
        return await provider_error(response.status_code, content, ex.services.detector, loaded.spec,
                                    [upstream.api_key])
    except DetectorError:
        return GatewayError(response.status_code, "The upstream returned an error; its message was withheld.",
                            type="upstream_error", outcome="upstream_error")
