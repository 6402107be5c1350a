"""The upstream HTTP/1.1 connection (gateway.upstream_http1), through the transport, against real
local servers that answer in each of HTTP/1.1's ways: chunked pieces as they come, a body that runs
to the connection's close, "connection: close", and the answers it must refuse (malformed, an
unasked informational answer, two answers to one request, a header that would split the request)."""

from __future__ import annotations

import asyncio

import httpx
import pytest

from tests.test_upstream_network import TIMEOUTS, Handler, post, read_request, upstream


async def request_on(handler: Handler, requests: int = 1, body: bytes = b"{}") -> tuple[list[tuple[int, bytes]], int]:
    """`requests` requests one after the other; their (status, body) and the connections opened."""
    connections = 0

    async def counting(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        nonlocal connections
        connections += 1
        await handler(reader, writer)

    async with upstream(counting) as (port, transport):
        results = [await post(transport, f"http://127.0.0.1:{port}/v1/x", body) for _ in range(requests)]
    return results, connections


def test_chunked_pieces_reach_the_reader_as_they_come_and_the_connection_is_kept() -> None:
    release = asyncio.Event()
    seen: list[bytes] = []

    async def handler(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        while True:
            try:
                await read_request(reader)
            except (asyncio.IncompleteReadError, ConnectionError):
                break
            writer.write(b"HTTP/1.1 200 OK\r\ncontent-type: text/event-stream\r\ntransfer-encoding: chunked\r\n\r\n"
                         b"6\r\ndata 1\r\n")
            await writer.drain()
            await release.wait()  # the second piece only once the first was read
            writer.write(b"6\r\ndata 2\r\n0\r\n\r\n")
            await writer.drain()
            release.clear()
        writer.close()

    async def main() -> int:
        async with upstream(handler) as (port, transport):
            for _ in range(2):
                response = await transport.handle_async_request(
                    httpx.Request("POST", f"http://127.0.0.1:{port}/", content=b"{}", extensions={"timeout": TIMEOUTS}))
                async for piece in response.aiter_raw():
                    seen.append(piece)
                    release.set()
                await response.aclose()
            return len(transport._pool._idle[("http", "127.0.0.1", port)])

    assert asyncio.run(main()) == 1  # kept for a third
    assert seen == [b"data 1", b"data 2"] * 2


def test_a_body_without_a_length_runs_to_the_close_and_the_connection_is_not_reused() -> None:
    async def handler(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await read_request(reader)
        writer.write(b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\n\r\n" + b"x" * 100_000)
        await writer.drain()
        writer.close()

    results, connections = asyncio.run(request_on(handler, requests=2))
    assert results == [(200, b"x" * 100_000)] * 2 and connections == 2


def test_connection_close_is_honoured() -> None:
    async def handler(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await read_request(reader)
        writer.write(b"HTTP/1.1 200 OK\r\ncontent-length: 2\r\nconnection: close\r\n\r\nok")
        await writer.drain()
        await asyncio.sleep(0.05)  # the server would close after this
        writer.close()

    results, connections = asyncio.run(request_on(handler, requests=2))
    assert results == [(200, b"ok")] * 2 and connections == 2


@pytest.mark.parametrize("reply", [
    b"HTTP/1.1 200 OK\r\ncontent-length: 2\r\ncontent-length: 3\r\n\r\nok",  # two lengths: a smuggling shape
    b"HTTP/1.1 200 OK\r\nbad header\r\ncontent-length: 2\r\n\r\nok",
    b"HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\ncontent-length: 2\r\n\r\nok",  # never asked for
    b"HTTP/1.1 103 Early Hints\r\nlink: </style.css>\r\n\r\n",  # ... and alone in its read
    b"HTTP/1.1 200 OK\r\ncontent-length: 2\r\n\r\nokHTTP/1.1 200 OK\r\ncontent-length: 2\r\n\r\nno",
    b"HTTP/1.1 101 Switching Protocols\r\nupgrade: websocket\r\nconnection: upgrade\r\n\r\n",
], ids=["two-lengths", "malformed-header", "informational", "informational-alone", "two-answers", "upgrade"])
def test_an_answer_that_is_not_one_plain_response_is_a_protocol_error(reply: bytes) -> None:
    async def handler(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await read_request(reader)
        writer.write(reply)
        await writer.drain()
        await asyncio.sleep(0.2)
        writer.close()

    with pytest.raises(httpx.RemoteProtocolError):
        asyncio.run(request_on(handler))


def test_headers_without_end_are_an_error_not_memory() -> None:
    async def handler(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await read_request(reader)
        writer.write(b"HTTP/1.1 200 OK\r\n")
        try:
            for i in range(5_000):  # about 200 KB of headers, then silence: no end, no close
                writer.write(b"x-filler-%05d: %s\r\n" % (i, b"y" * 20))
                await writer.drain()
            await asyncio.sleep(3)  # longer than the read timeout: a client without a limit times out instead
        except ConnectionError:
            pass  # the client gave up on us: what the test wants
        writer.close()

    with pytest.raises(httpx.RemoteProtocolError):
        asyncio.run(request_on(handler))


@pytest.mark.parametrize("header", [{"x-team": "a\r\nx-injected: 1"}, {"x-team": "a\nx"}, {"x-te am": "a"},
                                    {"x-team:x": "a"}, {"x-team": "a\x00b"}], ids=["crlf", "lf", "space", "colon", "nul"])
def test_a_header_that_would_split_the_request_is_refused_before_anything_is_sent(header: dict[str, str]) -> None:
    received: list[bytes] = []

    async def handler(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        received.append(await reader.read(65536))
        writer.close()

    async def main() -> None:
        async with upstream(handler) as (port, transport):
            request = httpx.Request("POST", f"http://127.0.0.1:{port}/", content=b"{}", extensions={"timeout": TIMEOUTS},
                                    headers=header)
            with pytest.raises(httpx.LocalProtocolError):
                await transport.handle_async_request(request)
            await asyncio.sleep(0.05)

    asyncio.run(main())
    assert received == []
