"""The upstream connection pool (gateway.upstream_pool), through the transport, against real local
servers: one request per connection at a time, the connection limit and its timeout, room made by
closing another origin's idle connection, and a response closed unread never reused."""

from __future__ import annotations

import asyncio

import httpx
import pytest

from gateway.upstream_network import UpstreamTransport
from tests.test_upstream_network import TIMEOUTS, answer, post, read_request, serve, upstream


class Recorder:
    """A keep-alive server that answers each request after `delay`, counting connections and the
    most requests it ever had in progress at once."""

    def __init__(self, delay: float = 0.0) -> None:
        self.delay = delay
        self.connections = 0
        self.busy = 0
        self.most_busy = 0
        self.requests = 0

    async def __call__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.connections += 1
        while True:
            try:
                body = await read_request(reader)
            except (asyncio.IncompleteReadError, ConnectionError):
                break
            self.requests += 1
            self.busy += 1
            self.most_busy = max(self.most_busy, self.busy)
            await asyncio.sleep(self.delay)
            self.busy -= 1
            writer.write(answer(b"re:" + (body or b"")))
            await writer.drain()
        writer.close()


def test_concurrent_requests_each_get_a_connection_of_their_own_and_reuse_them() -> None:
    recorder = Recorder(delay=0.002)

    async def main() -> None:
        async with upstream(recorder, 64, 16) as (port, transport):
            async def client(i: int) -> None:
                for j in range(20):
                    body = f"{i}-{j}".encode()
                    assert await post(transport, f"http://127.0.0.1:{port}/", body) == (200, b"re:" + body)

            await asyncio.gather(*(client(i) for i in range(8)))

    asyncio.run(main())
    assert recorder.requests == 160
    assert recorder.connections <= 8  # kept alive and reused, never more than the requests in flight


def test_the_connection_limit_holds_and_waiting_past_the_pool_timeout_is_an_error() -> None:
    recorder = Recorder(delay=0.05)

    async def main() -> None:
        async with upstream(recorder, 2, 2) as (port, transport):
            results = await asyncio.gather(*(post(transport, f"http://127.0.0.1:{port}/", b"x") for _ in range(5)))
            assert results == [(200, b"re:x")] * 5
            assert recorder.connections == 2 and recorder.most_busy == 2

            # Both connections lent to responses nobody closes: a third request waits, then gives up.
            held = [await transport.handle_async_request(
                httpx.Request("POST", f"http://127.0.0.1:{port}/", content=b"h", extensions={"timeout": TIMEOUTS}))
                for _ in range(2)]
            with pytest.raises(httpx.PoolTimeout):
                await post(transport, f"http://127.0.0.1:{port}/", timeouts={**TIMEOUTS, "pool": 0.1})
            await held[0].aread()
            await held[0].aclose()  # one given back: the next request gets it
            assert await post(transport, f"http://127.0.0.1:{port}/", b"y", timeouts={**TIMEOUTS, "pool": 0.5}) == (200, b"re:y")
            await held[1].aclose()

    asyncio.run(main())


def test_a_request_waiting_for_a_connection_gets_one_when_a_response_is_closed() -> None:
    recorder = Recorder()

    async def main() -> None:
        async with upstream(recorder, 1, 1) as (port, transport):
            first = await transport.handle_async_request(
                httpx.Request("POST", f"http://127.0.0.1:{port}/", content=b"1", extensions={"timeout": TIMEOUTS}))
            waiting = asyncio.create_task(post(transport, f"http://127.0.0.1:{port}/", b"2"))
            await asyncio.sleep(0.05)
            assert not waiting.done()  # the only connection is lent out
            await first.aread()
            await first.aclose()
            assert await asyncio.wait_for(waiting, 2.0) == (200, b"re:2")

    asyncio.run(main())
    assert recorder.connections == 1


def test_an_idle_connection_to_another_origin_is_closed_to_make_room() -> None:
    first, second = Recorder(), Recorder()

    async def main() -> None:
        server_a, port_a = await serve(first)
        server_b, port_b = await serve(second)
        transport = UpstreamTransport(1, 1)
        try:
            assert await post(transport, f"http://127.0.0.1:{port_a}/", b"a") == (200, b"re:a")
            assert await post(transport, f"http://127.0.0.1:{port_b}/", b"b", timeouts={**TIMEOUTS, "pool": 0.5}) == (200, b"re:b")
            assert await post(transport, f"http://127.0.0.1:{port_a}/", b"c", timeouts={**TIMEOUTS, "pool": 0.5}) == (200, b"re:c")
        finally:
            await transport.aclose()
            server_a.close()
            server_b.close()

    asyncio.run(main())
    assert (first.connections, second.connections) == (2, 1)


def test_a_response_closed_before_its_end_does_not_leave_its_connection_in_the_pool() -> None:
    connections = []

    async def handler(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        connections.append(writer)
        while True:
            try:
                await read_request(reader)
            except (asyncio.IncompleteReadError, ConnectionError):
                break
            writer.write(answer(b"z" * 1_000_000))
            try:
                await writer.drain()
            except ConnectionError:
                break
        writer.close()

    async def main() -> None:
        async with upstream(handler, 4, 4) as (port, transport):
            response = await transport.handle_async_request(
                httpx.Request("POST", f"http://127.0.0.1:{port}/", content=b"{}", extensions={"timeout": TIMEOUTS}))
            async for _ in response.aiter_bytes():
                break  # the client read a first chunk and went away
            await response.aclose()
            status, body = await post(transport, f"http://127.0.0.1:{port}/")
            assert status == 200 and len(body) == 1_000_000

    asyncio.run(main())
    assert len(connections) == 2
