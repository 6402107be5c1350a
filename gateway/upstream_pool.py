"""The upstream connection pool: HTTP/1.1 keep-alive connections, each lent to one request at a time.

httpcore's own pool (`AsyncConnectionPool`) serves HTTP/2 as well, so it never hands a connection to
one request alone: it assigns every queued request to the first idle connection, lets the requests
race for it, and sends the losers round again (`ConnectionNotAvailable`); each round scans the whole
pool, asking every idle connection whether its socket is readable, through anyio events and cancel
scopes. Under eight concurrent requests on loopback, nearly every request lost one race. The gateway
speaks HTTP/1.1 to its upstreams only, so this pool lends a connection out and takes it back: the
most recently returned first (the one least likely to have been closed by the server), a new one when
none is idle, up to `max_connections`, and at most `max_keepalive` kept idle per origin. The
connections are `gateway.upstream_http1`'s.
"""

from __future__ import annotations

import asyncio
import ssl
from collections import deque
from typing import Any

import httpcore

from gateway.upstream_http1 import Http1Connection

Origin = tuple[str, str, int]  # scheme ("http" or "https"), host, port



class ConnectionPool:
    def __init__(self, backend: httpcore.AsyncNetworkBackend, ssl_context: ssl.SSLContext, *,
                 max_connections: int, max_keepalive: int, keepalive_expiry: float) -> None:
        self._backend = backend
        self._ssl_context = ssl_context
        self._ssl_context.set_alpn_protocols(["http/1.1"])
        self._max_connections = max_connections
        self._max_keepalive = max_keepalive
        self._keepalive_expiry = keepalive_expiry
        self._idle: dict[Origin, list[Http1Connection]] = {}
        self._open = 0  # lent, idle or connecting
        self._waiters: deque[asyncio.Future[None]] = deque()
        self._closed = False

    async def lend(self, origin: Origin, timeouts: dict[str, Any]) -> Http1Connection:
        """A connection to `origin` for one request; `give_back` it when the response is closed."""
        loop = asyncio.get_running_loop()
        deadline = None if timeouts.get("pool") is None else loop.time() + timeouts["pool"]
        while True:
            idle = self._idle.get(origin)
            while idle:
                connection = idle.pop()
                if connection.is_idle() and not connection.has_expired():
                    return connection
                await self._close(connection)
            if self._open < self._max_connections:
                self._open += 1
                try:
                    return await self._connect(origin, timeouts)
                except BaseException:
                    self._open -= 1
                    self._wake()
                    raise
            elsewhere = next((connections for connections in self._idle.values() if connections), None)
            if elsewhere is not None:  # the oldest idle connection to another origin makes room
                await self._close(elsewhere.pop(0))
            else:
                await self._wait(loop, deadline)

    async def give_back(self, connection: Http1Connection, origin: Origin) -> None:
        idle = self._idle.setdefault(origin, [])
        if connection.is_idle() and len(idle) < self._max_keepalive and not self._closed:
            idle.append(connection)
            self._wake()
        else:
            await self._close(connection)

    async def aclose(self) -> None:
        """Close the idle connections now, and each lent one as it comes back."""
        self._closed = True
        idle = [c for connections in self._idle.values() for c in connections]
        self._idle.clear()
        for connection in idle:
            await self._close(connection)

    async def _connect(self, origin: Origin, timeouts: dict[str, Any]) -> Http1Connection:
        scheme, host, port = origin
        stream = await self._backend.connect_tcp(host, port, timeout=timeouts.get("connect"))
        if scheme == "https":
            try:
                stream = await stream.start_tls(self._ssl_context, server_hostname=host, timeout=timeouts.get("connect"))
            except BaseException:
                await stream.aclose()
                raise
        return Http1Connection(stream, self._keepalive_expiry)

    async def _close(self, connection: Http1Connection) -> None:
        self._open -= 1
        self._wake()
        await connection.aclose()

    def _wake(self) -> None:
        while self._waiters:
            waiter = self._waiters.popleft()
            if not waiter.done():
                waiter.set_result(None)
                return

    async def _wait(self, loop: asyncio.AbstractEventLoop, deadline: float | None) -> None:
        waiter = loop.create_future()
        self._waiters.append(waiter)
        try:
            if deadline is None:
                await waiter
            else:
                async with asyncio.timeout_at(deadline):
                    await waiter
        except BaseException as exc:
            if waiter.done() and not waiter.cancelled():
                self._wake()  # woken, but leaving: the turn goes to the next request waiting
            if isinstance(exc, TimeoutError):
                raise httpcore.PoolTimeout("no connection became free in time") from None
            raise
        finally:
            if not waiter.done():
                waiter.cancel()
