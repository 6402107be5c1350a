"""What every wire format provides to the shared pipeline, and the checks they have in common."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Protocol

from starlette.responses import Response

from gateway.errors import GatewayError, bad_request
from gateway.inspection import Shape, ToolCallIds
from gateway.vault import PseudonymVault

# Model ids are structural: a strict pattern first (so free text never reaches logs or the audit),
# then the team's allow list. "hf:meta-llama/Llama-3.3-70B-Instruct" passes; an e-mail does not.
MODEL_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._:/+-]{0,127}$")


@dataclass(frozen=True, slots=True)
class Parsed:
    model: str
    stream: bool
    conversation: bool = False  # the request resends an earlier answer: its next turn will resend this one


class EventRestorer(Protocol):
    def event(self, name: str | None, data: dict[str, Any]) -> list[tuple[str | None, dict[str, Any]]]:
        """Rewrite one streamed event; may hold text back, and may return extra events."""

    def finish(self) -> list[tuple[str | None, dict[str, Any]]]:
        """Events carrying whatever is still held back when the stream ends."""


class WireFormat(Protocol):
    endpoint: str  # the path recorded in the audit
    api: str  # which upstream base URL: "openai" | "anthropic"
    upstream_path: str
    shape: Shape
    restores: bool  # whether answers can carry placeholders to put back

    def parse(self, body: dict[str, Any]) -> Parsed: ...

    def restore(self, data: Any, vault: PseudonymVault | None, ids: ToolCallIds) -> None: ...

    def stream_restorer(self, vault: PseudonymVault | None, ids: ToolCallIds) -> EventRestorer | None: ...

    def usage(self, data: dict[str, Any]) -> dict[str, int] | None: ...

    def answer_texts(self, data: Any) -> list[str]:
        """The texts of a (restored) answer as a client sends them back in a conversation's next turn."""

    def answer_fragments(self, name: str | None, data: dict[str, Any]) -> list[tuple[int, str]]:
        """(part, text) pieces of those texts in one streamed event as the client gets it."""

    def error_response(self, error: GatewayError, headers: dict[str, str]) -> Response: ...

    def error_event(self, error: GatewayError) -> tuple[str | None, dict[str, Any]]: ...


def resends_an_answer(messages: list[Any]) -> bool:
    return any(isinstance(m, dict) and m.get("role") == "assistant" for m in messages)


def require_model(body: dict[str, Any]) -> str:
    model = body.get("model")
    if not isinstance(model, str) or not model:
        raise bad_request("'model' is required and must be a non-empty string.", param="model")
    if not MODEL_ID.match(model):
        raise bad_request("'model' is not a valid model id.", param="model", code="invalid_model")
    return model


def optional_bool(body: dict[str, Any], name: str) -> bool:
    value = body.get(name, False)
    if value is None:
        return False
    if not isinstance(value, bool):
        raise bad_request(f"'{name}' must be a boolean.", param=name)
    return value


def int_usage(usage: Any, fields: dict[str, str]) -> dict[str, int] | None:
    """Token counts from a usage object, renamed to the audit's names (prompt/completion/total)."""
    if not isinstance(usage, dict):
        return None
    out = {ours: usage[theirs] for theirs, ours in fields.items() if isinstance(usage.get(theirs), int)}
    if "total_tokens" not in out and {"prompt_tokens", "completion_tokens"} <= out.keys():
        out["total_tokens"] = out["prompt_tokens"] + out["completion_tokens"]
    return out or None
