"""The dashboard's filter form: GET parameters in, a `StatsFilter` clamped to the retention window out.

Parameters: `team`, `region`, `endpoint` (exact values; empty means all) and `from`/`to` (ISO dates,
both inclusive, UTC days). A date before the window is moved to the window's start; a bad value is
ignored and reported back to the form (by parameter name, never echoing the value).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Mapping
from urllib.parse import urlencode

from gateway.audit.stats import StatsFilter

MAX_VALUE_LEN = 128
PARAMS = ("team", "region", "endpoint", "from", "to")


@dataclass(frozen=True, slots=True)
class FormState:
    """What the form shows (the cleaned values) and the filter it stands for."""

    values: dict[str, str]
    stats: StatsFilter
    window_start: date
    today: date
    errors: list[str] = field(default_factory=list)

    def query(self, **extra: str) -> str:
        """The current filter as a query string, plus `extra` (e.g. a cursor)."""
        params = {k: v for k, v in self.values.items() if v}
        params.update({k: v for k, v in extra.items() if v})
        return urlencode(params)


def _day(value: str) -> date | None:
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def parse_filters(params: Mapping[str, str], *, retention_days: int, now: datetime | None = None) -> FormState:
    now = now or datetime.now(UTC)
    today = now.date()
    window_start = (now - timedelta(days=retention_days)).date()
    errors: list[str] = []
    values: dict[str, str] = {}
    for name in ("team", "region", "endpoint"):
        raw = (params.get(name) or "").strip()
        if len(raw) > MAX_VALUE_LEN:
            errors.append(f"'{name}' is too long and was ignored.")
            raw = ""
        values[name] = raw
    days: dict[str, date | None] = {}
    for name in ("from", "to"):
        raw = (params.get(name) or "").strip()
        parsed = _day(raw) if raw else None
        if raw and parsed is None:
            errors.append(f"'{name}' must be a date (YYYY-MM-DD) and was ignored.")
        days[name] = parsed
    start = max(days["from"] or window_start, window_start)
    end = days["to"]
    if end is not None and end < start:
        errors.append("'to' is before 'from' and was ignored.")
        end = None
    values["from"] = start.isoformat() if days["from"] else ""
    values["to"] = end.isoformat() if end else ""
    since = max(datetime.combine(start, time.min, tzinfo=UTC), now - timedelta(days=retention_days))
    until = datetime.combine(end + timedelta(days=1), time.min, tzinfo=UTC) if end else None
    stats = StatsFilter(
        team=values["team"] or None, region=values["region"] or None, endpoint=values["endpoint"] or None,
        since=since, until=until,
    )
    return FormState(values=values, stats=stats, window_start=window_start, today=today, errors=errors)
