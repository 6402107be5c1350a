"""UpstreamClient: talks HTTP to one region's Synthetic endpoints (OpenAI- or Anthropic-compatible).

Transport failures become OpenAI-shaped errors: timeouts 504, connection failures 502. Nothing is
retried against another region. What the provider says in an error is filtered before anyone sees
it: see `gateway.provider_errors`.
"""

from __future__ import annotations

import re

import httpx

from gateway.config import TimeoutConfig
from gateway.errors import GatewayError
from gateway.router import Upstream
from gateway.upstream_network import UpstreamTransport

# Client headers that change how the Anthropic API reads a request; forwarded only in strict shapes.
_ANTHROPIC_HEADERS = {
    "anthropic-version": re.compile(r"^\d{4}-\d{2}-\d{2}$"),
    "anthropic-beta": re.compile(r"^[a-z0-9][a-z0-9,._-]{0,255}$"),
}
DEFAULT_ANTHROPIC_VERSION = "2023-06-01"


def transport_error(exc: Exception) -> GatewayError:
    if isinstance(exc, (httpx.TimeoutException, TimeoutError)):
        return GatewayError(504, "The upstream did not answer in time.", type="upstream_error",
                            code="upstream_timeout", outcome="upstream_error")
    return GatewayError(502, "The upstream connection failed.", type="upstream_error",
                        code="upstream_unreachable", outcome="upstream_error")


def anthropic_headers(client_headers: dict[str, str]) -> dict[str, str]:
    out = {"anthropic-version": DEFAULT_ANTHROPIC_VERSION}
    for name, pattern in _ANTHROPIC_HEADERS.items():
        value = client_headers.get(name)
        if value and pattern.match(value):
            out[name] = value
    return out


class UpstreamClient:
    """One connection pool per region, used through a transport of our own (`upstream_network`)
    rather than an `httpx.AsyncClient`: the gateway wants none of what the client layer adds to every
    request (a cookie jar that would carry one team's upstream cookies into another team's requests,
    redirects, auth flows, proxies and .netrc from the environment), and it was about a tenth of the
    gateway process's profile samples under load; the transport's sockets are plain asyncio ones."""

    def __init__(self, timeouts: TimeoutConfig) -> None:
        self.timeouts = timeouts
        self._timeout = httpx.Timeout(
            connect=timeouts.connect_s, read=timeouts.read_s, write=timeouts.read_s, pool=timeouts.connect_s
        ).as_dict()
        self._transports: dict[str, UpstreamTransport] = {}
        self._urls: dict[str, httpx.URL] = {}  # parsed once: configured base URLs and fixed paths

    def _transport(self, region: str) -> UpstreamTransport:
        transport = self._transports.get(region)
        if transport is None:
            # At most 32 idle connections kept per origin; more would only wait to expire.
            transport = UpstreamTransport(max_connections=256, max_keepalive_connections=32)
            self._transports[region] = transport
        return transport

    async def close(self) -> None:
        for transport in self._transports.values():
            await transport.aclose()
        self._transports.clear()

    async def send(self, upstream: Upstream, api: str, method: str, path: str, body: bytes | None, *,
                   stream: bool, extra_headers: dict[str, str] | None = None) -> httpx.Response:
        """Opens the request; the caller reads (or streams) and closes the response."""
        headers = {
            "content-type": "application/json",
            "accept": "text/event-stream" if stream else "application/json",
            **(extra_headers or {}),
        }
        if api == "anthropic":
            headers["x-api-key"] = upstream.api_key
        else:
            headers["authorization"] = f"Bearer {upstream.api_key}"
        target = upstream.url(api) + path
        url = self._urls.get(target)
        if url is None:
            url = self._urls[target] = httpx.URL(target)
        request = httpx.Request(method, url, content=body, headers=headers, extensions={"timeout": self._timeout})
        try:
            return await self._transport(upstream.region).handle_async_request(request)
        except (httpx.TransportError, TimeoutError) as exc:
            raise transport_error(exc) from None
