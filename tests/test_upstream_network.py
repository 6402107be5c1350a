"""The upstream transport on plain asyncio sockets (gateway.upstream_network), against real local
servers: keep-alive reuse, a connection the server closed while idle, timeouts, refused connections,
back-pressure both ways, and TLS that verifies the server (an untrusted certificate fails closed)."""

from __future__ import annotations

import asyncio
import contextlib
import ssl
import subprocess
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path

import httpx
import pytest

from gateway.upstream_network import UpstreamTransport

Handler = Callable[[asyncio.StreamReader, asyncio.StreamWriter], Awaitable[None]]
TIMEOUTS = {"connect": 2.0, "read": 2.0, "write": 2.0, "pool": 2.0}


async def read_request(reader: asyncio.StreamReader) -> bytes | None:
    head = await reader.readuntil(b"\r\n\r\n")
    length = 0
    for line in head.split(b"\r\n"):
        if line.lower().startswith(b"content-length:"):
            length = int(line.split(b":", 1)[1])
    return await reader.readexactly(length) if length else b""


def answer(body: bytes, close: bool = False) -> bytes:
    return (b"HTTP/1.1 200 OK\r\ncontent-type: application/octet-stream\r\ncontent-length: "
            + str(len(body)).encode() + (b"\r\nconnection: close" if close else b"") + b"\r\n\r\n" + body)


async def serve(handler: Handler, ssl_context: ssl.SSLContext | None = None) -> tuple[asyncio.Server, int]:
    server = await asyncio.start_server(handler, "127.0.0.1", 0, ssl=ssl_context)
    return server, server.sockets[0].getsockname()[1]


@contextlib.asynccontextmanager
async def upstream(handler: Handler, max_connections: int = 8,
                   max_keepalive: int = 4) -> AsyncIterator[tuple[int, UpstreamTransport]]:
    """A local server running `handler` and a transport to use on it, both closed afterwards."""
    server, port = await serve(handler)
    transport = UpstreamTransport(max_connections, max_keepalive)
    try:
        yield port, transport
    finally:
        await transport.aclose()
        server.close()


async def post(transport: UpstreamTransport, url: str, body: bytes = b"{}", timeouts: dict | None = None) -> tuple[int, bytes]:
    request = httpx.Request("POST", url, content=body, extensions={"timeout": timeouts or TIMEOUTS})
    response = await transport.handle_async_request(request)
    try:
        return response.status_code, await response.aread()
    finally:
        await response.aclose()


def test_keep_alive_reuses_one_connection_and_bodies_arrive_whole() -> None:
    connections = []

    async def handler(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        connections.append(writer)
        while True:
            try:
                body = await read_request(reader)
            except asyncio.IncompleteReadError:
                break
            writer.write(answer(body[::-1] * 1000))  # a reply larger than one socket read
            await writer.drain()
        writer.close()

    async def main() -> None:
        async with upstream(handler) as (port, transport):
            for i in range(3):
                body = f"request number {i} ".encode() * 50
                assert await post(transport, f"http://127.0.0.1:{port}/v1/x", body) == (200, body[::-1] * 1000)
        assert len(connections) == 1

    asyncio.run(main())


def test_a_connection_the_server_closed_while_idle_is_not_reused() -> None:
    connections = []

    async def handler(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        connections.append(writer)
        await read_request(reader)
        writer.write(answer(b"once"))  # keep-alive promised, then the server hangs up anyway
        await writer.drain()
        writer.close()

    async def main() -> None:
        async with upstream(handler) as (port, transport):
            assert await post(transport, f"http://127.0.0.1:{port}/") == (200, b"once")
            await asyncio.sleep(0.1)  # the close reaches this side while the connection sits in the pool
            assert await post(transport, f"http://127.0.0.1:{port}/") == (200, b"once")
        assert len(connections) == 2

    asyncio.run(main())


def test_an_upstream_that_never_answers_is_a_read_timeout() -> None:
    async def handler(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await read_request(reader)
        await asyncio.sleep(5)

    async def main() -> None:
        async with upstream(handler) as (port, transport):
            with pytest.raises(httpx.ReadTimeout):
                await post(transport, f"http://127.0.0.1:{port}/", timeouts={**TIMEOUTS, "read": 0.2})

    asyncio.run(main())


def test_a_refused_connection_and_a_reply_cut_short_are_transport_errors() -> None:
    async def cut_short(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await read_request(reader)
        writer.write(b"HTTP/1.1 200 OK\r\ncontent-length: 100\r\n\r\nonly part")
        await writer.drain()
        writer.close()

    async def main() -> None:
        server, port = await serve(cut_short)
        transport = UpstreamTransport(8, 4)
        try:
            with pytest.raises(httpx.RemoteProtocolError):
                await post(transport, f"http://127.0.0.1:{port}/")
            server.close()
            await server.wait_closed()
            with pytest.raises(httpx.ConnectError):
                await post(transport, f"http://127.0.0.1:{port}/")
        finally:
            await transport.aclose()

    asyncio.run(main())


def test_a_large_body_to_a_slow_reader_is_sent_whole() -> None:
    received = []

    async def slow(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        head = await reader.readuntil(b"\r\n\r\n")
        length = int(next(l for l in head.split(b"\r\n") if l.lower().startswith(b"content-length:")).split(b":")[1])
        data = bytearray()
        while len(data) < length:
            data += await reader.read(65536)
            await asyncio.sleep(0.001)  # the socket buffers fill: the writer has to wait for them
        received.append(bytes(data))
        writer.write(answer(b"ok"))
        await writer.drain()

    async def main() -> None:
        body = bytes(range(256)) * (16 * 1024)  # 4 MiB
        async with upstream(slow) as (port, transport):
            assert await post(transport, f"http://127.0.0.1:{port}/", body) == (200, b"ok")
        assert received == [body]

    asyncio.run(main())


@pytest.fixture(scope="module")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    directory = tmp_path_factory.mktemp("tls")
    cert, key = directory / "cert.pem", directory / "key.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(key), "-out", str(cert),
                    "-days", "1", "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost"],
                   check=True, capture_output=True)
    return cert, key


def test_tls_verifies_the_server_and_refuses_an_untrusted_certificate(certificate: tuple[Path, Path]) -> None:
    cert, key = certificate
    server_context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server_context.load_cert_chain(cert, key)

    async def handler(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            body = await read_request(reader)
        except (asyncio.IncompleteReadError, ConnectionError):
            return  # the untrusted client hung up during the handshake
        writer.write(answer(b"secure " + body))
        await writer.drain()

    async def main() -> None:
        server, port = await serve(handler, server_context)
        trusting = UpstreamTransport(8, 4, ssl_context=ssl.create_default_context(cafile=str(cert)))
        default = UpstreamTransport(8, 4)  # certifi's roots: a self-signed certificate is not among them
        try:
            assert await post(trusting, f"https://localhost:{port}/", b"hi") == (200, b"secure hi")
            with pytest.raises(httpx.ConnectError):
                await post(default, f"https://localhost:{port}/", b"hi")
        finally:
            await trusting.aclose()
            await default.aclose()
            server.close()

    asyncio.run(main())
