"""Where the texts are in OpenAI request bodies: the inspection shapes of chat, completions and
embeddings. Fields not named here are free-form and inspected whole; see `gateway.inspection`."""

from __future__ import annotations

from gateway.inspection import (
    EXEMPT,
    FREE,
    IDENT,
    JSON_TEXT,
    MEDIA_URL,
    OPAQUE,
    SCHEMA,
    Arr,
    ByType,
    Enum,
    Obj,
    Shape,
    Tagged,
    ToolCallId,
)

ROLES = frozenset({"system", "developer", "user", "assistant", "tool", "function"})
TOOL_ID = ToolCallId()

# Parameters named so their keys are not sent to the detector; their values are still inspected.
_PARAMS = (
    "temperature top_p n max_tokens max_completion_tokens presence_penalty frequency_penalty seed stop "
    "user metadata logit_bias logprobs top_logprobs parallel_tool_calls stream_options prediction "
    "modalities reasoning_effort service_tier store audio web_search_options verbosity echo best_of "
    "suffix encoding_format dimensions top_k min_p repetition_penalty"
).split()
PARAMS: dict[str, Shape] = {name: FREE for name in _PARAMS}

_TEXT_PART = Obj({"type": EXEMPT, "text": FREE})
PART = Tagged({
    "text": _TEXT_PART,
    "input_text": _TEXT_PART,
    "output_text": _TEXT_PART,
    "refusal": Obj({"type": EXEMPT, "refusal": FREE}),
    "image_url": Obj({"type": EXEMPT, "image_url": ByType(text=MEDIA_URL, object=Obj({
        "url": MEDIA_URL, "detail": Enum(frozenset({"auto", "low", "high"}))}))}),
    "input_audio": Obj({"type": EXEMPT, "input_audio": Obj({"data": OPAQUE, "format": Enum(frozenset({"wav", "mp3"}))})}),
    "file": Obj({"type": EXEMPT, "file": Obj({"file_data": OPAQUE, "file_id": FREE, "filename": FREE})}),
})
CONTENT = ByType(text=FREE, array=Arr(PART), strict=True)
FUNCTION_CALL = Obj({"name": IDENT, "arguments": JSON_TEXT})
TOOL_CALL = Obj({
    "id": TOOL_ID,
    "type": Enum(frozenset({"function", "custom"})),
    "function": FUNCTION_CALL,
    "custom": Obj({"name": IDENT, "input": FREE}),
})
MESSAGE = Obj({
    "role": EXEMPT,  # validated by the Tagged dispatch below
    "content": CONTENT,
    "name": FREE,
    "tool_calls": Arr(TOOL_CALL),
    "tool_call_id": TOOL_ID,
    "function_call": FUNCTION_CALL,
    "refusal": FREE,
    "reasoning_content": FREE,
})
TOOL = Obj({
    "type": Enum(frozenset({"function", "custom"})),
    "function": Obj({"name": IDENT, "description": FREE, "parameters": SCHEMA, "strict": EXEMPT}),
    "custom": Obj({"name": IDENT, "description": FREE, "format": FREE}),
})
TOOL_CHOICE = ByType(
    text=Enum(frozenset({"none", "auto", "required"})),
    object=Obj({
        "type": Enum(frozenset({"function", "custom", "allowed_tools"})),
        "function": Obj({"name": IDENT}),
        "custom": Obj({"name": IDENT}),
    }),
)
RESPONSE_FORMAT = Obj({
    "type": Enum(frozenset({"text", "json_object", "json_schema"})),
    "json_schema": Obj({"name": IDENT, "description": FREE, "schema": SCHEMA, "strict": EXEMPT}),
})

CHAT: Shape = Obj({
    **PARAMS,
    "model": EXEMPT,
    "stream": EXEMPT,
    "messages": Arr(Tagged({role: MESSAGE for role in ROLES}, tag="role")),
    "tools": Arr(TOOL),
    "tool_choice": TOOL_CHOICE,
    "functions": Arr(Obj({"name": IDENT, "description": FREE, "parameters": SCHEMA})),
    "function_call": ByType(text=Enum(frozenset({"none", "auto"})), object=Obj({"name": IDENT})),
    "response_format": RESPONSE_FORMAT,
})
COMPLETIONS: Shape = Obj({**PARAMS, "model": EXEMPT, "stream": EXEMPT, "prompt": FREE})
EMBEDDINGS: Shape = Obj({**PARAMS, "model": EXEMPT, "input": FREE})
