"""The fake Synthetic upstream for the HTTP benchmarks, as a factory for `uvicorn --factory`:

    python -m uvicorn --factory bench._http_upstream:create_app --port 9000

It is `gateway.mock_upstream.make_mock_app` (echoes the last user message; streams it 3 characters per
chunk). The mock keeps every request it receives in a list for the tests; a benchmark sends hundreds
of thousands, so a tiny ASGI wrapper empties that list now and then to keep memory flat.
"""

from __future__ import annotations

import os
from typing import Any

from gateway.mock_upstream import make_mock_app


def create_app() -> Any:
    app = make_mock_app(os.environ.get("BENCH_UPSTREAM_REGION", "eu"))
    received = app.state.received

    async def trimmed(scope: Any, receive: Any, send: Any) -> None:
        if len(received) > 100:
            received.clear()
        await app(scope, receive, send)

    return trimmed
