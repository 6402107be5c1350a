"""structlog configured as data: JSON lines, a chain of small processors, never message content.

Only metadata is ever passed to the logger (ids, team, region, status, latencies, counts); the
`drop_unexpected_keys` step is a backstop that removes any field whose name suggests content.
"""

from __future__ import annotations

import logging
import sys
from typing import Any

import structlog

FORBIDDEN_KEYS = frozenset({"content", "messages", "prompt", "body", "text", "value", "api_key", "key", "authorization"})


def drop_unexpected_keys(_logger: Any, _name: str, event: dict[str, Any]) -> dict[str, Any]:
    for key in FORBIDDEN_KEYS & event.keys():
        event[key] = "[removed]"
    return event


PROCESSORS = [
    structlog.contextvars.merge_contextvars,
    structlog.processors.add_log_level,
    structlog.processors.TimeStamper(fmt="iso", utc=True),
    drop_unexpected_keys,
    structlog.processors.JSONRenderer(),
]


def configure(level: str = "info", stream: Any = None) -> None:
    structlog.configure(
        processors=PROCESSORS,
        wrapper_class=structlog.make_filtering_bound_logger(getattr(logging, level.upper())),
        logger_factory=structlog.PrintLoggerFactory(stream or sys.stderr),
        cache_logger_on_first_use=False,
    )
