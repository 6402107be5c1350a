"""UpstreamClient: talks HTTP to one region's Synthetic endpoint; normalises its failures.

Failures become OpenAI-shaped errors with the upstream's status kept (Synthetic sometimes answers with
a bare string `{"error": "..."}`); timeouts become 504 and transport failures 502. Nothing is retried
against another region.
"""

from __future__ import annotations

import json
from typing import Any

import httpx

from gateway.config import TimeoutConfig
from gateway.errors import GatewayError, error_body
from gateway.router import Upstream


def normalize_error(status: int, content: bytes) -> dict[str, Any]:
    try:
        data = json.loads(content)
    except (ValueError, UnicodeDecodeError):
        data = None
    message, kind, code, param = f"Upstream returned HTTP {status}.", "upstream_error", None, None
    if isinstance(data, dict):
        err = data.get("error")
        if isinstance(err, str) and err:
            message = err
        elif isinstance(err, dict):
            message = str(err.get("message") or message)
            kind = str(err.get("type") or kind)
            code = err.get("code") if isinstance(err.get("code"), (str, type(None))) else str(err.get("code"))
            param = err.get("param") if isinstance(err.get("param"), (str, type(None))) else None
        elif isinstance(data.get("message"), str):
            message = data["message"]
    return error_body(message, type=kind, param=param, code=code)


def transport_error(exc: Exception) -> GatewayError:
    if isinstance(exc, httpx.TimeoutException) or isinstance(exc, TimeoutError):
        return GatewayError(504, "The upstream did not answer in time.", type="upstream_error",
                            code="upstream_timeout", outcome="upstream_error")
    return GatewayError(502, "The upstream connection failed.", type="upstream_error",
                        code="upstream_unreachable", outcome="upstream_error")


class UpstreamClient:
    def __init__(self, timeouts: TimeoutConfig) -> None:
        self.timeouts = timeouts
        self._timeout = httpx.Timeout(
            connect=timeouts.connect_s, read=timeouts.read_s, write=timeouts.read_s, pool=timeouts.connect_s
        )
        self._clients: dict[str, httpx.AsyncClient] = {}

    def _client(self, upstream: Upstream) -> httpx.AsyncClient:
        client = self._clients.get(upstream.base_url)
        if client is None:
            client = httpx.AsyncClient(
                timeout=self._timeout,
                # httpcore scans its pool on every request: a moderate keep-alive pool is faster than a huge one.
                limits=httpx.Limits(max_connections=256, max_keepalive_connections=32),
                # The egress path must not pick up proxies or .netrc from the environment silently.
                trust_env=False,
            )
            self._clients[upstream.base_url] = client
        return client

    async def close(self) -> None:
        for client in self._clients.values():
            await client.aclose()
        self._clients.clear()

    def _headers(self, upstream: Upstream, stream: bool) -> dict[str, str]:
        return {
            "authorization": f"Bearer {upstream.api_key}",
            "content-type": "application/json",
            "accept": "text/event-stream" if stream else "application/json",
        }

    async def send(self, upstream: Upstream, method: str, path: str, body: bytes | None, *, stream: bool) -> httpx.Response:
        """Opens the request; the caller reads (or streams) and closes the response."""
        client = self._client(upstream)
        request = client.build_request(
            method, upstream.base_url + path, content=body, headers=self._headers(upstream, stream)
        )
        try:
            return await client.send(request, stream=True)
        except (httpx.TransportError, TimeoutError) as exc:
            raise transport_error(exc) from None
