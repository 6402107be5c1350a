"""Authenticate a request: `Authorization: Bearer <key>` (OpenAI clients) or `x-api-key: <key>`
(Anthropic clients), and check that the key's role may use the endpoint."""

from __future__ import annotations

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request

from gateway.errors import GatewayError, unauthorized
from gateway.keys import KeyStore, Principal


def presented_key(request: Request) -> str | None:
    scheme, _, token = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() == "bearer" and token.strip():
        return token.strip()
    api_key = request.headers.get("x-api-key", "").strip()
    return api_key or None


async def authenticate(request: Request, keys: KeyStore) -> Principal:
    """The principal behind the request's key; 401 for a missing or unknown key."""
    token = presented_key(request)
    if token is None:
        raise unauthorized("Missing API key: send 'Authorization: Bearer <key>' or 'x-api-key: <key>'.")
    # A cached key is one HMAC away; only a cache miss needs the database, off the event loop.
    principal = keys.verify(token) if keys.is_cached(token) else await run_in_threadpool(keys.verify, token)
    if principal is None:
        raise unauthorized()
    return principal


def require_role(principal: Principal, role: str) -> None:
    """Client keys reach model endpoints, auditor keys the audit; nothing else crosses over."""
    if principal.role != role:
        raise GatewayError(403, f"This endpoint requires a {role} key.", type="permission_error",
                           code="wrong_key_role")
