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
    principal = await run_in_threadpool(keys.verify, token.strip())
    if principal is None:
        raise unauthorized()
    request.state.principal = principal
    return principal
