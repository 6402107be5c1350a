"""Provider errors, filtered: nothing the provider says reaches a client, a log or the audit raw.

A provider's error message may echo the prompt (with the personal data the gateway just removed, if
the provider saw it some other way) or the credential it was given. So: 401/403 become fixed text
(they are about the gateway's own key, not the client's); other messages are cut to a bounded
length, scrubbed of credentials and passed through the team's detector, every finding redacted to
`<TYPE>`; the error `type` and `code` are kept only when they are on an allow list; `param` only
when it is a plain field path. The status is kept.
"""

from __future__ import annotations

import json
import re
from typing import Any, Sequence

from gateway.detection.types import DetectionSpec, Span
from gateway.errors import GatewayError
from gateway.redaction import Detector

MAX_MESSAGE = 500
TYPES = frozenset({
    "invalid_request_error", "authentication_error", "permission_error", "not_found_error",
    "rate_limit_error", "server_error", "api_error", "overloaded_error", "request_too_large",
    "upstream_error", "timeout_error",
})
CODES = frozenset({
    "model_not_found", "context_length_exceeded", "rate_limit_exceeded", "insufficient_quota",
    "invalid_request", "invalid_value", "missing_required_parameter", "unsupported_parameter",
    "unsupported_value", "server_error", "internal_error", "overloaded", "timeout", "not_found",
    "max_tokens_exceeded", "string_above_max_length", "invalid_type",
})
_PARAM = re.compile(r"^[A-Za-z_][A-Za-z0-9_.\[\]]{0,63}$")
_CREDENTIALS = re.compile(
    r"(?i)\b(?:bearer|basic)\s+[A-Za-z0-9._~+/=-]{8,}"
    r"|\b(?:sk|pk|rk|sgw|syn|key|api|token)[-_][A-Za-z0-9._-]{8,}"
    r"|\b[A-Za-z0-9+/_-]{32,}={0,2}"
)
FIXED = {
    401: "The upstream rejected the gateway's credentials for this region.",
    403: "The upstream refused the gateway's credentials for this request.",
}


def _fields(content: bytes) -> tuple[str | None, str | None, str | None, str | None]:
    """(message, type, code, param) from an OpenAI-, Anthropic- or bare-string-shaped error."""
    try:
        data: Any = json.loads(content)
    except (ValueError, UnicodeDecodeError):
        return None, None, None, None
    if not isinstance(data, dict):
        return None, None, None, None
    err = data.get("error")
    if isinstance(err, str):
        return err, None, None, None
    if isinstance(err, dict):
        return tuple(v if isinstance(v, str) else None for v in  # type: ignore[return-value]
                     (err.get("message"), err.get("type"), err.get("code"), err.get("param")))
    message = data.get("message")
    return (message if isinstance(message, str) else None), None, None, None


def scrub_credentials(text: str, secrets: Sequence[str]) -> str:
    for secret in secrets:
        if secret:
            text = text.replace(secret, "<CREDENTIAL>")
    return _CREDENTIALS.sub("<CREDENTIAL>", text)


def _redact(text: str, spans: list[Span]) -> str:
    out, last = [], 0
    for span in sorted(spans, key=lambda s: s.start):
        if span.start < last:
            continue
        out.append(text[last : span.start] + f"<{span.entity}>")
        last = span.end
    return "".join(out) + text[last:]


async def provider_error(status: int, content: bytes, detector: Detector, spec: DetectionSpec,
                         secrets: Sequence[str]) -> GatewayError:
    """The GatewayError to show for a provider error; raises DetectorError if filtering fails."""
    message, kind, code, param = _fields(content)
    if status in FIXED:
        message, code, param = FIXED[status], None, None
        kind = "authentication_error" if status == 401 else "permission_error"
    elif message:
        message = scrub_credentials(message[:MAX_MESSAGE], secrets)
        spans = (await detector.analyze([message], spec))[0]
        message = _redact(message, spans)
    return GatewayError(
        status,
        message or f"Upstream returned HTTP {status}.",
        type=kind if kind in TYPES else "upstream_error",
        code=code if code in CODES else None,
        param=param if param and _PARAM.match(param) else None,
        outcome="upstream_error",
    )
