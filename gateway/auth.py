"""Authenticate a request from its `Authorization: Bearer <key>` header."""

from __future__ import annotations

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request

from gateway.errors import unauthorized
from gateway.keys import KeyStore, Principal


async def authenticate(request: Request, keys: KeyStore) -> Principal:
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise unauthorized("Missing API key: send 'Authorization: Bearer <key>'.")
    token = token.strip()
    # A cached key is one HMAC away; only a cache miss needs the database, off the event loop.
    principal = keys.verify(token) if keys.is_cached(token) else await run_in_threadpool(keys.verify, token)
    if principal is None:
        raise unauthorized()
    request.state.principal = principal
    return principal
