"""Strict JSON in, canonical JSON out: a body is either inspected unambiguously or refused.

Parsers disagree about duplicate keys (first wins or last wins), NaN, lone surrogates, huge integers
and absurd nesting, so a body that uses any of them could be inspected in one form and read by the
provider in another. Such bodies are refused with 400. What goes upstream is always `dumps` of the
object that was inspected, never the client's bytes.
"""

from __future__ import annotations

import json
import re
from typing import Any

from gateway.errors import bad_request

MAX_DEPTH = 64  # arrays and objects nested deeper than this are refused
MAX_INT_DIGITS = 20  # integers longer than this (sign excluded) are refused; 2**64 has 20 digits
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


class _Refused(ValueError):
    def __init__(self, message: str, code: str) -> None:
        super().__init__(message)
        self.code = code


def _pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    obj = dict(pairs)
    if len(obj) != len(pairs):
        raise _Refused("Request body has a duplicate object key.", "duplicate_key")
    return obj


def _constant(name: str) -> Any:
    raise _Refused("Request body contains NaN or Infinity, which JSON does not allow.", "invalid_number")


def _int(text: str) -> int:
    if len(text.lstrip("-")) > MAX_INT_DIGITS:
        raise _Refused(f"Request body has an integer longer than {MAX_INT_DIGITS} digits.", "invalid_number")
    return int(text)


def _float(text: str) -> float:
    value = float(text)
    if value in (float("inf"), float("-inf")):
        raise _Refused("Request body has a number too large to represent.", "invalid_number")
    return value


def _check_tree(value: Any, check_surrogates: bool) -> None:
    """Depth and lone surrogates, without recursion (a hostile body must not exhaust the stack)."""
    stack: list[tuple[Any, int]] = [(value, 0)]
    while stack:
        node, depth = stack.pop()
        if isinstance(node, dict):
            if depth >= MAX_DEPTH:
                raise _Refused(f"Request body is nested deeper than {MAX_DEPTH} levels.", "too_deep")
            for key, item in node.items():
                if check_surrogates and _LONE_SURROGATE.search(key):
                    raise _Refused("Request body has an unpaired UTF-16 surrogate.", "invalid_unicode")
                stack.append((item, depth + 1))
        elif isinstance(node, list):
            if depth >= MAX_DEPTH:
                raise _Refused(f"Request body is nested deeper than {MAX_DEPTH} levels.", "too_deep")
            stack.extend((item, depth + 1) for item in node)
        elif check_surrogates and isinstance(node, str) and _LONE_SURROGATE.search(node):
            raise _Refused("Request body has an unpaired UTF-16 surrogate.", "invalid_unicode")


def loads(raw: bytes) -> Any:
    """Parse a request body or raise a 400 GatewayError that names the problem, never the content."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise bad_request("Request body is not valid UTF-8.", code="invalid_json") from None
    try:
        value = json.loads(
            text, object_pairs_hook=_pairs, parse_constant=_constant, parse_int=_int, parse_float=_float
        )
        # Surrogates can only come from \u escapes (UTF-8 cannot encode them), so look only then.
        _check_tree(value, check_surrogates="\\u" in text or "\\U" in text)
    except _Refused as exc:
        raise bad_request(str(exc), code=exc.code) from None
    except RecursionError:
        raise bad_request(f"Request body is nested deeper than {MAX_DEPTH} levels.", code="too_deep") from None
    except ValueError:
        raise bad_request("Request body is not valid JSON.", code="invalid_json") from None
    return value


def dumps(value: Any) -> bytes:
    """The canonical serialisation of an inspected body: the exact bytes sent upstream."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode("utf-8")


def require_object(value: Any) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise bad_request("Request body must be a JSON object.")
    return value


__all__ = ["MAX_DEPTH", "MAX_INT_DIGITS", "dumps", "loads", "require_object"]
