"""Relay an upstream server-sent-event stream event by event, restoring pseudonyms on the way.

Never buffers the answer: each event is parsed, handed to the wire format's restorer (which holds
back at most a partial placeholder) and forwarded at once. Every event is re-serialised from what
was parsed; an event whose data does not parse as a JSON object ends the stream with an error event
in the wire format's shape, since nothing unparsed can be restored or checked. The whole answer
runs under the upstream `total_s` wall-clock deadline. The exchange is finished (audited) exactly
once, whether the stream ends, fails, or the client goes away.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Callable
from typing import Any

import httpx
from starlette.responses import StreamingResponse

from gateway.errors import GatewayError
from gateway.exchange import Exchange
from gateway.upstream import transport_error
from gateway.wire.base import EventRestorer, WireFormat

Event = tuple[str | None, dict[str, Any]]
DONE = "[DONE]"


class MalformedStream(Exception):
    """An upstream event that is not a JSON object."""


def format_event(name: str | None, data: dict[str, Any] | str) -> str:
    payload = data if isinstance(data, str) else json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return (f"event: {name}\n" if name else "") + f"data: {payload}\n\n"


async def sse_events(lines: AsyncIterator[str]) -> AsyncIterator[tuple[str | None, str]]:
    """(event name, data) per event; comments and ids are dropped, multi-line data is joined."""
    name: str | None = None
    data: list[str] = []
    async for line in lines:
        if not line:
            if data:
                yield name, "\n".join(data)
            name, data = None, []
        elif line.startswith("data:"):
            data.append(line[5:].removeprefix(" "))
        elif line.startswith("event:"):
            name = line[6:].strip() or None
    if data:
        yield name, "\n".join(data)


def parse_event(data: str) -> dict[str, Any]:
    try:
        value = json.loads(data)
    except ValueError:
        raise MalformedStream from None
    if not isinstance(value, dict):
        raise MalformedStream
    return value


class StreamedAnswer:
    """A streamed answer's texts as the client assembles them, handed to `done` when the stream
    has ended well (for the detector to analyse ahead of the next turn: DetectorService.prefetch).
    Past `limit` characters nothing is collected or handed on: the prefetch would not take them."""

    def __init__(self, wire: WireFormat, done: Callable[[list[str]], object], limit: int) -> None:
        self._wire, self._done, self._room = wire, done, limit
        self._parts: dict[int, list[str]] = {}

    def add(self, events: list[Event]) -> None:
        if self._room < 0:
            return
        for name, data in events:
            for part, text in self._wire.answer_fragments(name, data):
                self._parts.setdefault(part, []).append(text)
                self._room -= len(text)
        if self._room < 0:
            self._parts.clear()

    def finish(self) -> None:
        if self._parts:
            self._done(["".join(pieces) for pieces in self._parts.values()])


class RelayedStream(StreamingResponse):
    """A streamed answer that always closes the upstream call and finishes its exchange, even when
    the client hangs up before the first chunk (then the relay generator never starts, so its own
    cleanup never runs)."""

    def __init__(self, body: AsyncIterator[str], upstream: httpx.Response, ex: Exchange, headers: dict[str, str]) -> None:
        super().__init__(body, media_type="text/event-stream", headers={"cache-control": "no-cache", **headers})
        self._upstream, self._ex = upstream, ex

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        try:
            await super().__call__(scope, receive, send)
        finally:
            await self._upstream.aclose()
            self._ex.finish(status=200, outcome="forwarded")


async def relay(response: httpx.Response, ex: Exchange, wire: WireFormat, restorer: EventRestorer | None,
                deadline: float, answer: StreamedAnswer | None = None) -> AsyncIterator[str]:
    outcome, sent = "forwarded", 0
    try:
        async with asyncio.timeout_at(deadline):
            async for name, data in sse_events(response.aiter_lines()):
                if data == DONE:
                    events = restorer.finish() if restorer else []
                    out = "".join(format_event(n, d) for n, d in events) + format_event(None, DONE)
                else:
                    event = parse_event(data)
                    ex.usage(wire.usage(event) or _nested_usage(event, wire))
                    events = restorer.event(name, event) if restorer else [(name, event)]
                    out = "".join(format_event(n, d) for n, d in events)
                if answer is not None:
                    answer.add(events)
                sent += len(out)
                yield out
            if restorer:  # a stream that ended without [DONE] still delivers what was held back
                events = restorer.finish()
                out = "".join(format_event(n, d) for n, d in events)
                if answer is not None:
                    answer.add(events)
                if out:
                    sent += len(out)
                    yield out
        if answer is not None:
            answer.finish()
    except (httpx.TransportError, TimeoutError, MalformedStream) as exc:
        outcome = "upstream_error"
        error = (
            GatewayError(502, "The upstream stream was malformed; it was ended.", type="upstream_error",
                         code="upstream_bad_response")
            if isinstance(exc, MalformedStream) else transport_error(exc)
        )
        ex.record.error_code = error.code
        yield format_event(*wire.error_event(error))
    finally:
        await response.aclose()
        ex.record.response_bytes = sent
        ex.finish(status=200, outcome=outcome)


def _nested_usage(event: dict[str, Any], wire: WireFormat) -> dict[str, int] | None:
    """Anthropic's message_start carries usage inside `message`."""
    message = event.get("message")
    return wire.usage(message) if isinstance(message, dict) else None
