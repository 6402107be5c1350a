"""One HTTP/1.1 connection to an upstream: a request written whole, the response read by httptools.

httpcore's HTTP/1.1 connection drives h11 (pure Python: every header normalised and validated, every
event through a state machine) behind anyio locks and cancel scopes, and cost most of an upstream
call's CPU. The gateway sends one kind of request, built by itself (`UpstreamClient.send`), so it
writes the request's bytes itself and reads the answer with httptools, the C parser (llhttp) that
uvicorn already uses for the gateway's own clients. A connection is used for one request at a time
(the pool lends it), and is kept for the next only when the answer ended as HTTP/1.1 keep-alive says.
Failures raise httpcore's exception types, which the transport maps to httpx's.
"""

from __future__ import annotations

import re
import time
from collections.abc import AsyncIterator
from typing import Any

import httpcore
import httptools

_READ_SIZE = 64 * 1024
# A header the gateway writes must not be able to start another line (request splitting), and its
# name is an HTTP token.
_UNSAFE = re.compile(rb"[\r\n\x00]")
_TOKEN = re.compile(rb"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")
# The most an answer's status line and headers may take (httpcore's limit for h11 was 100 KB): an
# upstream sending headers without end is an error, not memory held until the read times out.
MAX_HEAD_BYTES = 100 * 1024


class _Answer:
    """httptools' callbacks for one response: status line and headers, body pieces, the end."""

    __slots__ = ("headers", "pieces", "headers_done", "complete", "messages", "keep_alive", "parser")

    def __init__(self) -> None:
        self.headers: list[tuple[bytes, bytes]] = []
        self.pieces: list[bytes] = []
        self.headers_done = False
        self.complete = False
        self.messages = 0
        self.keep_alive = False
        self.parser: httptools.HttpResponseParser | None = None

    def on_message_begin(self) -> None:
        self.messages += 1

    def on_header(self, name: bytes, value: bytes) -> None:
        self.headers.append((name, value))

    def on_headers_complete(self) -> None:
        self.headers_done = True
        # (asked here: once the message is complete, llhttp answers for the next one)
        self.keep_alive = self.parser is not None and self.parser.should_keep_alive()

    def on_body(self, body: bytes) -> None:
        self.pieces.append(body)

    def on_message_complete(self) -> None:
        self.complete = True


def request_bytes(method: bytes, target: bytes, headers: list[tuple[bytes, bytes]], body: bytes) -> bytes:
    """The request as it goes on the wire; refused (nothing sent) when a part could bend its framing."""
    for name, value in headers:
        if not _TOKEN.fullmatch(name) or _UNSAFE.search(value):
            raise httpcore.LocalProtocolError("A request header is malformed.")
    if _UNSAFE.search(method) or _UNSAFE.search(target) or b" " in target:
        raise httpcore.LocalProtocolError("The request line is malformed.")
    lines = [method, b" ", target, b" HTTP/1.1\r\n"]
    for name, value in headers:
        lines += (name, b": ", value, b"\r\n")
    lines.append(b"\r\n")
    lines.append(body)
    return b"".join(lines)


class Http1Connection:
    def __init__(self, stream: httpcore.AsyncNetworkStream, keepalive_expiry: float) -> None:
        self._stream = stream
        self._keepalive_expiry = keepalive_expiry
        self._expire_at: float | None = None
        self._busy = False
        self._closed = False

    def is_idle(self) -> bool:
        return not self._busy and not self._closed

    def has_expired(self) -> bool:
        expired = self._expire_at is not None and time.monotonic() > self._expire_at
        # An idle connection whose socket is readable was closed by the server (or says something
        # unasked): either way it cannot carry another request.
        return expired or bool(self._stream.get_extra_info("is_readable"))

    async def aclose(self) -> None:
        self._closed = True
        await self._stream.aclose()

    async def request(self, data: bytes, timeouts: dict[str, Any]) -> tuple[int, list[tuple[bytes, bytes]], AsyncIterator[bytes]]:
        """Send a request (`request_bytes`); the status, headers and the body's pieces. The caller
        reads the body to its end (the connection can then carry the next request) or closes it."""
        self._busy = True
        answer = _Answer()
        parser = answer.parser = httptools.HttpResponseParser(answer)
        read_timeout = timeouts.get("read")
        try:
            await self._stream.write(data, timeouts.get("write"))
            head = 0
            while not answer.headers_done:
                head += await self._feed(parser, answer, read_timeout)
                if head > MAX_HEAD_BYTES and not answer.headers_done:
                    raise httpcore.RemoteProtocolError("The upstream's response headers are too long.")
            if parser.get_status_code() < 200:  # never asked for (no "Expect"), not waited through
                raise httpcore.RemoteProtocolError("The upstream sent an informational response.")
        except BaseException:
            answer.parser = None
            await self.aclose()
            raise
        return parser.get_status_code(), list(answer.headers), self._body(parser, answer, read_timeout)

    async def _feed(self, parser: httptools.HttpResponseParser, answer: _Answer, timeout: float | None) -> int:
        """Read once and parse; the bytes read (0 at the end of the stream)."""
        data = await self._stream.read(_READ_SIZE, timeout)
        if not data:
            if answer.headers_done and _until_close(answer.headers):
                answer.complete = True  # a body without a length ends when the server closes
                return 0
            raise httpcore.RemoteProtocolError("Server disconnected without sending a complete response.")
        try:
            parser.feed_data(data)
        except httptools.HttpParserUpgrade:
            raise httpcore.RemoteProtocolError("The upstream switched protocols.") from None
        except httptools.HttpParserError:
            raise httpcore.RemoteProtocolError("The upstream sent a malformed response.") from None
        if answer.messages > 1:
            raise httpcore.RemoteProtocolError("The upstream sent more than one response.")
        return len(data)

    async def _body(self, parser: httptools.HttpResponseParser, answer: _Answer, timeout: float | None) -> AsyncIterator[bytes]:
        kept = False
        try:
            while True:
                if answer.pieces:
                    pieces, answer.pieces = answer.pieces, []
                    for piece in pieces:
                        yield piece
                if answer.complete:
                    break
                if not await self._feed(parser, answer, timeout) and not answer.pieces:
                    break  # the end of a body that runs to the connection's close
            kept = answer.complete and answer.keep_alive and not _until_close(answer.headers)
        finally:
            answer.parser = None  # (the parser holds the answer: no cycle left for the collector)
            self._busy = False
            if kept:
                self._expire_at = time.monotonic() + self._keepalive_expiry
            else:
                await self.aclose()


def _until_close(headers: list[tuple[bytes, bytes]]) -> bool:
    """The body runs to the end of the connection: neither a length nor chunked coding."""
    for name, value in headers:
        lowered = name.lower()
        if lowered == b"content-length" or lowered == b"transfer-encoding" and b"chunked" in value.lower():
            return False
    return True
