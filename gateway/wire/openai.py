"""OpenAI wire formats: chat completions, completions and embeddings.

Errors are `{"error": {"message", "type", "param", "code"}}`; streams are `data: {json}` events
ending with `data: [DONE]`. Answers get pseudonyms back in message content, reasoning, refusals and
tool-call arguments (chat) or in `text` (completions), streamed or not; embeddings have nothing to
restore.
"""

from __future__ import annotations

from typing import Any

from starlette.responses import JSONResponse, Response

from gateway.errors import GatewayError, bad_request
from gateway.inspection import ToolCallIds
from gateway.restore import StreamRestorer, restore
from gateway.vault import PseudonymVault
from gateway.wire import openai_shapes as shapes
from gateway.wire.base import Parsed, int_usage, optional_bool, require_model, resends_an_answer

Event = tuple[str | None, dict[str, Any]]
_USAGE = {"prompt_tokens": "prompt_tokens", "completion_tokens": "completion_tokens", "total_tokens": "total_tokens"}
_RESTORED_FIELDS = ("content", "reasoning_content", "refusal")


class OpenAIFormat:
    api = "openai"
    restores = True

    def usage(self, data: dict[str, Any]) -> dict[str, int] | None:
        return int_usage(data.get("usage"), _USAGE)

    def error_response(self, error: GatewayError, headers: dict[str, str]) -> Response:
        return JSONResponse(error.body(), status_code=error.status, headers=headers)

    def error_event(self, error: GatewayError) -> Event:
        return None, error.body()

    def answer_texts(self, data: Any) -> list[str]:
        return []  # completions and embeddings: no conversation sends these answers back

    def answer_fragments(self, name: str | None, data: dict[str, Any]) -> list[tuple[int, str]]:
        return []


def _no_token_arrays(value: Any, field: str) -> None:
    """Token-id prompts cannot be inspected (the ids spell any text), so they are refused."""
    items = value if isinstance(value, list) else [value]
    if not items or not all(isinstance(item, str) for item in items):
        raise bad_request(f"'{field}' must be a string or a non-empty array of strings.", param=field)


class ChatFormat(OpenAIFormat):
    endpoint = "/v1/chat/completions"
    upstream_path = "/chat/completions"
    shape = shapes.CHAT

    def parse(self, body: dict[str, Any]) -> Parsed:
        model = require_model(body)
        stream = optional_bool(body, "stream")
        messages = body.get("messages")
        if not isinstance(messages, list) or not messages:
            raise bad_request("'messages' is required and must be a non-empty array.", param="messages")
        return Parsed(model, stream, conversation=resends_an_answer(messages))

    def restore(self, data: Any, vault: PseudonymVault | None, ids: ToolCallIds) -> None:
        choices = data.get("choices") if isinstance(data, dict) else None
        for choice in choices if isinstance(choices, list) else []:
            message = choice.get("message") if isinstance(choice, dict) else None
            if isinstance(message, dict):
                _restore_message(message, vault, ids)

    def stream_restorer(self, vault: PseudonymVault | None, ids: ToolCallIds) -> "ChatChunks | None":
        return ChatChunks(vault, ids) if vault or ids else None

    def answer_texts(self, data: Any) -> list[str]:
        """Each choice's message content (what an assistant turn of the next request carries)."""
        choices = data.get("choices") if isinstance(data, dict) else None
        messages = [c.get("message") for c in choices if isinstance(c, dict)] if isinstance(choices, list) else []
        return [m["content"] for m in messages if isinstance(m, dict) and isinstance(m.get("content"), str)]

    def answer_fragments(self, name: str | None, data: dict[str, Any]) -> list[tuple[int, str]]:
        choices = data.get("choices")
        pieces = []
        for choice in choices if isinstance(choices, list) else []:
            delta = choice.get("delta") if isinstance(choice, dict) else None
            if isinstance(delta, dict) and isinstance(delta.get("content"), str):
                index = choice.get("index")
                pieces.append((index if isinstance(index, int) else 0, delta["content"]))
        return pieces


def _restore_message(message: dict[str, Any], vault: PseudonymVault | None, ids: ToolCallIds) -> None:
    if vault:
        for field in _RESTORED_FIELDS:
            if isinstance(message.get(field), str):
                message[field] = restore(message[field], vault)
    for call in message.get("tool_calls") or []:
        if not isinstance(call, dict):
            continue
        if isinstance(call.get("id"), str):
            call["id"] = ids.original(call["id"])
        fn = call.get("function")
        if vault and isinstance(fn, dict) and isinstance(fn.get("arguments"), str):
            fn["arguments"] = restore(fn["arguments"], vault, json_string=True)


class ChatChunks:
    """Restores streamed `chat.completion.chunk`s: one StreamRestorer per choice field and per tool
    call's arguments, flushed when that choice finishes (or when the stream ends)."""

    def __init__(self, vault: PseudonymVault | None, ids: ToolCallIds) -> None:
        self._vault, self._ids = vault, ids
        self._text: dict[tuple[int, str], StreamRestorer] = {}
        self._args: dict[tuple[int, int], StreamRestorer] = {}
        self._template: dict[str, Any] = {"object": "chat.completion.chunk"}

    def _feed(self, table: dict[Any, StreamRestorer], key: Any, fragment: str, json_string: bool) -> str:
        if self._vault is None:
            return fragment
        if key not in table:
            table[key] = StreamRestorer(self._vault, json_string=json_string)
        return table[key].feed(fragment)

    def event(self, name: str | None, data: dict[str, Any]) -> list[Event]:
        self._template.update({k: data[k] for k in ("id", "object", "created", "model") if k in data})
        for choice in data.get("choices") or []:
            delta = choice.get("delta") if isinstance(choice, dict) else None
            if not isinstance(delta, dict):
                continue
            index = choice.get("index", 0)
            for field in _RESTORED_FIELDS:
                if isinstance(delta.get(field), str):
                    delta[field] = self._feed(self._text, (index, field), delta[field], False)
            for call in delta.get("tool_calls") or []:
                if not isinstance(call, dict):
                    continue
                if isinstance(call.get("id"), str):
                    call["id"] = self._ids.original(call["id"])
                fn = call.get("function")
                if isinstance(fn, dict) and isinstance(fn.get("arguments"), str):
                    key = (index, call.get("index", 0))
                    fn["arguments"] = self._feed(self._args, key, fn["arguments"], True)
            if choice.get("finish_reason"):
                self._flush(index, delta)
        return [(name, data)]

    def _flush(self, index: int, delta: dict[str, Any]) -> None:
        for key in [k for k in self._text if k[0] == index]:
            rest = self._text.pop(key).flush()
            if rest:
                delta[key[1]] = (delta.get(key[1]) or "") + rest
        for key in [k for k in self._args if k[0] == index]:
            rest = self._args.pop(key).flush()
            if rest:
                delta.setdefault("tool_calls", []).append({"index": key[1], "function": {"arguments": rest}})

    def finish(self) -> list[Event]:
        choices = []
        for index in sorted({k[0] for k in self._text} | {k[0] for k in self._args}):
            delta: dict[str, Any] = {}
            self._flush(index, delta)
            if delta:
                choices.append({"index": index, "delta": delta, "finish_reason": None})
        return [(None, {**self._template, "choices": choices})] if choices else []


class CompletionsFormat(OpenAIFormat):
    endpoint = "/v1/completions"
    upstream_path = "/completions"
    shape = shapes.COMPLETIONS

    def parse(self, body: dict[str, Any]) -> Parsed:
        model = require_model(body)
        stream = optional_bool(body, "stream")
        _no_token_arrays(body.get("prompt"), "prompt")
        return Parsed(model, stream)

    def restore(self, data: Any, vault: PseudonymVault | None, ids: ToolCallIds) -> None:
        if vault is None or not isinstance(data, dict):
            return
        for choice in data.get("choices") or []:
            if isinstance(choice, dict) and isinstance(choice.get("text"), str):
                choice["text"] = restore(choice["text"], vault)

    def stream_restorer(self, vault: PseudonymVault | None, ids: ToolCallIds) -> "CompletionChunks | None":
        return CompletionChunks(vault) if vault else None


class CompletionChunks:
    def __init__(self, vault: PseudonymVault) -> None:
        self._vault = vault
        self._text: dict[int, StreamRestorer] = {}
        self._template: dict[str, Any] = {"object": "text_completion"}

    def event(self, name: str | None, data: dict[str, Any]) -> list[Event]:
        self._template.update({k: data[k] for k in ("id", "object", "created", "model") if k in data})
        for choice in data.get("choices") or []:
            if not isinstance(choice, dict) or not isinstance(choice.get("text"), str):
                continue
            index = choice.get("index", 0)
            restorer = self._text.setdefault(index, StreamRestorer(self._vault))
            choice["text"] = restorer.feed(choice["text"])
            if choice.get("finish_reason"):
                choice["text"] += self._text.pop(index).flush()
        return [(name, data)]

    def finish(self) -> list[Event]:
        choices = [{"index": i, "text": r.flush(), "finish_reason": None} for i, r in sorted(self._text.items())]
        self._text.clear()
        choices = [c for c in choices if c["text"]]
        return [(None, {**self._template, "choices": choices})] if choices else []


class EmbeddingsFormat(OpenAIFormat):
    endpoint = "/v1/embeddings"
    upstream_path = "/embeddings"
    shape = shapes.EMBEDDINGS
    restores = False

    def parse(self, body: dict[str, Any]) -> Parsed:
        model = require_model(body)
        _no_token_arrays(body.get("input"), "input")
        if "stream" in body:
            raise bad_request("Embeddings cannot be streamed.", param="stream")
        return Parsed(model, False)

    def restore(self, data: Any, vault: PseudonymVault | None, ids: ToolCallIds) -> None:
        return None

    def stream_restorer(self, vault: PseudonymVault | None, ids: ToolCallIds) -> None:
        return None


CHAT = ChatFormat()
COMPLETIONS = CompletionsFormat()
EMBEDDINGS = EmbeddingsFormat()
