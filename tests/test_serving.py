"""Several workers share a listening socket that asyncio recognises as TCP, so every connection gets
TCP_NODELAY (without it each two-part answer waits ~40 ms for the client's delayed ACK)."""

from __future__ import annotations

import asyncio
import socket

from gateway.serving import tcp_listener


async def _nodelay_of_accepted(listener: socket.socket) -> int:
    accepted: asyncio.Future[int] = asyncio.get_running_loop().create_future()

    def on_connect(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        sock = writer.get_extra_info("socket")
        accepted.set_result(sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY))
        writer.close()

    server = await asyncio.start_server(on_connect, sock=listener)
    port = listener.getsockname()[1]
    _, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        return await asyncio.wait_for(accepted, 10)
    finally:
        writer.close()
        server.close()
        await server.wait_closed()


def test_worker_socket_connections_get_tcp_nodelay():
    assert asyncio.run(_nodelay_of_accepted(tcp_listener("127.0.0.1", 0))) != 0


def test_a_socket_without_the_tcp_protocol_number_does_not():
    """What uvicorn binds for several workers (the reason `gateway.serving` binds its own)."""
    plain = socket.socket(socket.AF_INET)
    plain.bind(("127.0.0.1", 0))
    assert asyncio.run(_nodelay_of_accepted(plain)) == 0
