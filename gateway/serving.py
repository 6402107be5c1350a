"""Serving an ASGI app with uvicorn: one process, or several processes sharing one listening socket.

For several workers uvicorn binds the shared socket as `socket.socket(AF_INET)`, whose protocol
number is 0 rather than TCP, and asyncio only sets TCP_NODELAY on connections whose socket says TCP.
Without it, an answer written in two parts (headers, then body) waits for the client's delayed ACK:
about 40 ms per request, measured with `--workers 2` (21 req/s on one keep-alive connection instead of
about 400). So for several workers we bind the socket ourselves, naming TCP, and hand it to uvicorn's
own multi-process supervisor; one worker is served exactly as `uvicorn.run` serves it.
"""

from __future__ import annotations

import socket

import uvicorn
from uvicorn.supervisors import Multiprocess


def tcp_listener(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    sock.set_inheritable(True)  # the worker processes accept on it
    return sock


def serve(app: str, *, host: str, port: int, workers: int = 1, factory: bool = False, log_level: str = "warning",
          access_log: bool = False) -> None:
    """Serve `app` ("module:attribute", a factory when `factory`) until interrupted."""
    if workers <= 1:
        uvicorn.run(app, factory=factory, host=host, port=port, log_level=log_level, access_log=access_log)
        return
    config = uvicorn.Config(app, factory=factory, host=host, port=port, workers=workers, log_level=log_level,
                            access_log=access_log)
    sock = tcp_listener(host, port)
    try:
        Multiprocess(config, sockets=[sock]).run()
    except KeyboardInterrupt:
        pass
    finally:
        sock.close()
