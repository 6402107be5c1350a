"""The baseline for the gateway's throughput target: the simplest reasonable pass-through proxy.

A bare Starlette app with one shared `httpx.AsyncClient`, run under uvicorn exactly like the gateway
(same server, same loop and HTTP implementation, 1 worker). It forwards any request under /v1/ to
`PASSTHROUGH_UPSTREAM` (e.g. http://127.0.0.1:9000/openai/v1) with the body unchanged, replaces the
Authorization header with the upstream key (`PASSTHROUGH_UPSTREAM_KEY`), and relays the answer:
streamed when the upstream streams (SSE), read whole and returned otherwise. No auth, no policy, no
detection, no audit: it is what any HTTP hop costs, so gateway/passthrough isolates the gateway's own
work.

    PASSTHROUGH_UPSTREAM=http://127.0.0.1:9000/openai/v1 \
        python -m bench.passthrough --port 9001 [--workers 2]

(served by `gateway.serving.serve`, as `gateway serve` is: with several workers both need the TCP
listening socket bound there, see that module.)
"""

from __future__ import annotations

import argparse
import os
from contextlib import asynccontextmanager
from typing import AsyncIterator

import httpx
from starlette.applications import Starlette
from starlette.background import BackgroundTask
from starlette.requests import Request
from starlette.responses import Response, StreamingResponse
from starlette.routing import Route

FORWARDED_HEADERS = ("content-type", "accept")


def create_app(upstream: str | None = None, api_key: str | None = None) -> Starlette:
    base = (upstream or os.environ["PASSTHROUGH_UPSTREAM"]).rstrip("/")
    key = api_key if api_key is not None else os.environ.get("PASSTHROUGH_UPSTREAM_KEY", "bench-upstream-key")
    state: dict[str, httpx.AsyncClient] = {}

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        state["client"] = httpx.AsyncClient(
            timeout=httpx.Timeout(120.0, connect=5.0),
            # The same pool limits as the gateway's UpstreamClient, so the comparison is like for like.
            limits=httpx.Limits(max_connections=256, max_keepalive_connections=32),
            trust_env=False,
        )
        try:
            yield
        finally:
            await state["client"].aclose()

    async def forward(request: Request) -> Response:
        client = state["client"]
        headers = {k: v for k, v in request.headers.items() if k in FORWARDED_HEADERS}
        headers["authorization"] = f"Bearer {key}"
        upstream_request = client.build_request(
            request.method, base + "/" + request.path_params["path"], content=await request.body(), headers=headers
        )
        response = await client.send(upstream_request, stream=True)
        media_type = response.headers.get("content-type", "")
        if media_type.startswith("text/event-stream"):
            return StreamingResponse(response.aiter_raw(), status_code=response.status_code, media_type=media_type,
                                     background=BackgroundTask(response.aclose))
        try:
            content = await response.aread()
        finally:
            await response.aclose()
        return Response(content, status_code=response.status_code, media_type=media_type or None)

    return Starlette(routes=[Route("/v1/{path:path}", forward, methods=["GET", "POST"])], lifespan=lifespan)


def main() -> None:
    from gateway.serving import serve

    parser = argparse.ArgumentParser(prog="python -m bench.passthrough")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=9001)
    parser.add_argument("--workers", type=int, default=1)
    args = parser.parse_args()
    serve("bench.passthrough:create_app", factory=True, host=args.host, port=args.port, workers=args.workers)


if __name__ == "__main__":
    main()
