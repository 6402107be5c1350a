"""An httpcore network backend on plain asyncio, for the upstream connection pools.

httpcore's default backend under asyncio goes through anyio: each read and write of a request opens
a cancel scope and first yields to the event loop once (a checkpoint), and each reuse of a pooled
connection builds anyio's table of socket attributes to ask whether the socket is readable. This
backend does the same work with an `asyncio.Protocol`: bytes land in a buffer as the loop reads
them, a read waits on a future under one loop timer, a write hands bytes to the transport and waits
only when the transport asks for back-pressure. Failures and timeouts raise httpcore's own exception
types, as its bundled backends do, so httpx and the gateway see no difference.
"""

from __future__ import annotations

import asyncio
import select
import socket
import ssl
import time
from collections.abc import AsyncIterator, Coroutine, Iterable
from typing import Any

import httpcore
import httpx

from gateway.upstream_http1 import Http1Connection, request_bytes
from gateway.upstream_pool import ConnectionPool, Origin

# Read flow control: stop reading the socket while this much is buffered and unread.
_HIGH_WATER = 256 * 1024
# A server closes an idle keep-alive connection after its keep-alive timeout, seconds at the least
# (uvicorn 5, gunicorn 2, nginx 75). A close that reached the socket before the event loop's last
# poll is already known to the protocol; within this long of the connection's last bytes, one that
# arrived since is the same race as one arriving just after the check, not worth a system call
# on every request (about 1% of a gateway process's samples under load).
_RECENTLY_USED_S = 0.5


class _Buffered(asyncio.Protocol):
    """Collects what the loop reads from the socket; wakes the one reader waiting for it."""

    def __init__(self) -> None:
        self.transport: asyncio.Transport | None = None
        self.data = bytearray()
        self.eof = False
        self.error: Exception | None = None
        self.paused_reading = False
        self.paused_writing = False
        self.waiter: asyncio.Future[None] | None = None  # a read or a drain in progress
        self.last_received = time.monotonic()

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]

    def data_received(self, data: bytes) -> None:
        self.data += data
        self.last_received = time.monotonic()
        if len(self.data) > _HIGH_WATER and self.transport is not None and not self.paused_reading:
            self.transport.pause_reading()
            self.paused_reading = True
        self._wake()

    def eof_received(self) -> bool:
        self.eof = True
        self._wake()
        return False  # close the transport

    def connection_lost(self, exc: Exception | None) -> None:
        self.eof = True
        self.error = exc
        self.paused_writing = False
        self._wake()

    def pause_writing(self) -> None:
        self.paused_writing = True

    def resume_writing(self) -> None:
        self.paused_writing = False
        self._wake()

    def _wake(self) -> None:
        waiter = self.waiter
        if waiter is not None and not waiter.done():
            waiter.set_result(None)

    def take(self, max_bytes: int) -> bytes:
        if len(self.data) <= max_bytes:
            chunk = bytes(self.data)
            self.data.clear()
        else:
            chunk = bytes(self.data[:max_bytes])
            del self.data[:max_bytes]
        if self.paused_reading and len(self.data) <= _HIGH_WATER // 2 and self.transport is not None:
            self.transport.resume_reading()
            self.paused_reading = False
        return chunk


async def _wait(protocol: _Buffered, timeout: float | None, on_timeout: type[Exception]) -> None:
    loop = asyncio.get_running_loop()
    waiter = protocol.waiter = loop.create_future()
    timer = None if timeout is None else loop.call_later(timeout, _expire, waiter)
    try:
        await waiter
    except TimeoutError:
        raise on_timeout("timed out") from None
    finally:
        protocol.waiter = None
        if timer is not None:
            timer.cancel()


def _expire(waiter: asyncio.Future[None]) -> None:
    if not waiter.done():
        waiter.set_exception(TimeoutError())


class AsyncioStream(httpcore.AsyncNetworkStream):
    def __init__(self, transport: asyncio.Transport, protocol: _Buffered) -> None:
        self._transport = transport
        self._protocol = protocol

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        protocol = self._protocol
        if not protocol.data and not protocol.eof:
            await _wait(protocol, timeout, httpcore.ReadTimeout)
        if protocol.data:
            return protocol.take(max_bytes)
        if protocol.error is not None:
            raise httpcore.ReadError(str(protocol.error))
        return b""  # the peer closed the connection

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        if not buffer:
            return
        protocol = self._protocol
        if self._transport.is_closing() or protocol.error is not None:
            raise httpcore.WriteError("connection closed")
        self._transport.write(buffer)
        while protocol.paused_writing:
            await _wait(protocol, timeout, httpcore.WriteTimeout)
            if protocol.error is not None:
                raise httpcore.WriteError(str(protocol.error))

    async def aclose(self) -> None:
        self._transport.close()

    async def start_tls(self, ssl_context: ssl.SSLContext, server_hostname: str | None = None,
                        timeout: float | None = None) -> httpcore.AsyncNetworkStream:
        loop = asyncio.get_running_loop()
        try:
            transport = await loop.start_tls(self._transport, self._protocol, ssl_context,
                                             server_hostname=server_hostname, ssl_handshake_timeout=timeout)
        except TimeoutError:
            self._transport.close()
            raise httpcore.ConnectTimeout("TLS handshake timed out") from None
        except (OSError, ssl.SSLError) as exc:
            self._transport.close()
            raise httpcore.ConnectError(str(exc)) from None
        if transport is None:
            raise httpcore.ConnectError("TLS handshake failed")
        return AsyncioStream(transport, self._protocol)  # type: ignore[arg-type]

    def get_extra_info(self, info: str) -> Any:
        if info == "ssl_object":
            return self._transport.get_extra_info("ssl_object")
        if info == "client_addr":
            return self._transport.get_extra_info("sockname")
        if info == "server_addr":
            return self._transport.get_extra_info("peername")
        if info == "socket":
            return self._transport.get_extra_info("socket")
        if info == "is_readable":  # asked of an idle pooled connection: has the server closed it or said something?
            return self._readable()
        return None

    def _readable(self) -> bool:
        protocol = self._protocol
        if protocol.data or protocol.eof or self._transport.is_closing():
            return True
        if time.monotonic() - protocol.last_received < _RECENTLY_USED_S:
            return False
        sock = self._transport.get_extra_info("socket")
        if sock is None:
            return False
        # What the kernel holds but the loop has not read yet (a close that arrived just now).
        return bool(select.select([sock], [], [], 0)[0])


class AsyncioBackend(httpcore.AsyncNetworkBackend):
    async def connect_tcp(self, host: str, port: int, timeout: float | None = None, local_address: str | None = None,
                          socket_options: Iterable[tuple[int, int, Any]] | None = None) -> httpcore.AsyncNetworkStream:
        loop = asyncio.get_running_loop()
        local = (local_address, 0) if local_address else None
        return await _connect(loop.create_connection(_Buffered, host, port, local_addr=local), timeout, socket_options)

    async def connect_unix_socket(self, path: str, timeout: float | None = None,
                                  socket_options: Iterable[tuple[int, int, Any]] | None = None) -> httpcore.AsyncNetworkStream:
        loop = asyncio.get_running_loop()
        return await _connect(loop.create_unix_connection(_Buffered, path), timeout, socket_options)

    async def sleep(self, seconds: float) -> None:
        await asyncio.sleep(seconds)


async def _connect(opening: Coroutine[Any, Any, tuple[asyncio.BaseTransport, _Buffered]], timeout: float | None,
                   socket_options: Iterable[tuple[int, int, Any]] | None) -> AsyncioStream:
    try:
        async with asyncio.timeout(timeout):
            transport, protocol = await opening
    except TimeoutError:
        raise httpcore.ConnectTimeout("connect timed out") from None
    except OSError as exc:
        raise httpcore.ConnectError(str(exc)) from None
    sock: socket.socket | None = transport.get_extra_info("socket")
    for option in socket_options or ():
        if sock is not None:
            sock.setsockopt(*option)
    return AsyncioStream(transport, protocol)  # type: ignore[arg-type]


# httpcore's failures as httpx's, most specific first (httpx's transport does the same mapping).
_EXCEPTIONS: tuple[tuple[type[Exception], type[httpx.TransportError]], ...] = (
    (httpcore.ConnectTimeout, httpx.ConnectTimeout), (httpcore.ReadTimeout, httpx.ReadTimeout),
    (httpcore.WriteTimeout, httpx.WriteTimeout), (httpcore.PoolTimeout, httpx.PoolTimeout),
    (httpcore.TimeoutException, httpx.TimeoutException), (httpcore.ConnectError, httpx.ConnectError),
    (httpcore.ReadError, httpx.ReadError), (httpcore.WriteError, httpx.WriteError),
    (httpcore.NetworkError, httpx.NetworkError), (httpcore.RemoteProtocolError, httpx.RemoteProtocolError),
    (httpcore.LocalProtocolError, httpx.LocalProtocolError), (httpcore.ProtocolError, httpx.ProtocolError),
    (httpcore.UnsupportedProtocol, httpx.UnsupportedProtocol),
)


def _as_httpx(exc: Exception) -> Exception:
    for source, target in _EXCEPTIONS:
        if isinstance(exc, source):
            return target(str(exc))
    return exc


class _ResponseStream(httpx.AsyncByteStream):
    """The response body; closing it gives the connection back to the pool (once)."""

    def __init__(self, body: AsyncIterator[bytes], pool: ConnectionPool, connection: Http1Connection,
                 origin: Origin) -> None:
        self._body = body
        self._lent: tuple[ConnectionPool, Http1Connection, Origin] | None = (pool, connection, origin)

    async def __aiter__(self) -> AsyncIterator[bytes]:
        try:
            async for part in self._body:
                yield part
        except httpcore.TimeoutException as exc:
            raise _as_httpx(exc) from None
        except (httpcore.NetworkError, httpcore.ProtocolError) as exc:
            raise _as_httpx(exc) from None

    async def aclose(self) -> None:
        lent, self._lent = self._lent, None
        try:
            await self._body.aclose()  # type: ignore[attr-defined]  # an async generator's
        finally:
            if lent is not None:
                await lent[0].give_back(lent[1], lent[2])


class UpstreamTransport(httpx.AsyncBaseTransport):
    """httpx's transport interface over a pool of our own (`gateway.upstream_pool`) of HTTP/1.1
    connections (`gateway.upstream_http1`) on `AsyncioBackend`: no proxies, no environment settings."""

    def __init__(self, max_connections: int, max_keepalive_connections: int,
                 ssl_context: ssl.SSLContext | None = None) -> None:
        self._pool = ConnectionPool(
            AsyncioBackend(),
            # By default certifi's roots and nothing from the environment (SSL_CERT_FILE and the like).
            ssl_context or httpx.create_ssl_context(trust_env=False),
            max_connections=max_connections, max_keepalive=max_keepalive_connections, keepalive_expiry=5.0)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        url = request.url
        if url.scheme not in ("http", "https"):
            raise httpx.UnsupportedProtocol("The upstream URL must be http or https.")
        # (the host in its IDNA form, as it is resolved and named in TLS)
        origin = (url.scheme, url.raw_host.decode("ascii"), url.port or (443 if url.scheme == "https" else 80))
        timeouts = request.extensions.get("timeout", {})
        try:
            data = request_bytes(request.method.encode("ascii"), url.raw_path, request.headers.raw, request.read())
            connection = await self._pool.lend(origin, timeouts)
            try:
                status, headers, body = await connection.request(data, timeouts)
            except BaseException:
                await self._pool.give_back(connection, origin)
                raise
        except (httpcore.TimeoutException, httpcore.NetworkError, httpcore.ProtocolError,
                httpcore.UnsupportedProtocol) as exc:
            raise _as_httpx(exc) from None
        return httpx.Response(status_code=status, headers=headers,
                              stream=_ResponseStream(body, self._pool, connection, origin))

    async def aclose(self) -> None:
        await self._pool.aclose()
