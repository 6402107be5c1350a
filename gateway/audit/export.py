"""Rendering audit rows for people and tools: table, json (one array), csv (with header), jsonl.

Writers stream row by row (except `table`, which must measure its columns), so an export of a whole
retention window does not have to fit in memory.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator
from datetime import datetime
from typing import Any, TextIO

EVENT_FORMATS = ("table", "json", "csv", "jsonl")
SUMMARY_FORMATS = ("table", "json", "csv")

# The columns a person reads in a terminal; the other formats carry every field.
TABLE_COLUMNS = (
    "created_at", "request_id", "team", "region", "endpoint", "model", "outcome", "status", "latency_ms", "detections"
)
SUMMARY_COLUMNS = ("group", "kind", "outcome", "entity", "action", "count")


def jsonable(row: dict[str, Any]) -> dict[str, Any]:
    """Datetimes as ISO 8601 strings; everything else is already JSON."""
    return {k: v.isoformat() if isinstance(v, datetime) else v for k, v in row.items()}


def flat(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dict):
        return json.dumps(value, sort_keys=True, separators=(",", ":"))
    if isinstance(value, datetime):
        return value.isoformat()
    return str(value)


# A spreadsheet runs a cell that starts with one of these as a formula (CSV injection): such a cell
# gets a leading single quote, so it is shown as text. Team names and error codes are free-ish text.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value: Any) -> str:
    text = flat(value)
    return "'" + text if text.startswith(FORMULA_PREFIXES) else text


def detections_text(detections: dict[str, dict[str, int]]) -> str:
    return " ".join(f"{e}:{a}={n}" for e, actions in sorted(detections.items()) for a, n in sorted(actions.items()))


def export_lines(rows: Iterable[dict[str, Any]], fmt: str, columns: Iterable[str]) -> Iterator[str]:
    """`csv` (header first) or `jsonl`, one line at a time: for streaming a download."""
    columns = tuple(columns)
    if fmt == "jsonl":
        for row in rows:
            yield json.dumps(jsonable(row)) + "\n"
        return
    if fmt != "csv":
        raise ValueError(f"cannot stream format {fmt!r}")
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([csv_cell(row.get(c)) for c in columns])
        yield buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()
    if buffer.getvalue():
        yield buffer.getvalue()  # the header of an empty export


def write_rows(rows: Iterable[dict[str, Any]], fmt: str, out: TextIO, columns: Iterable[str]) -> int:
    """Write rows in `fmt`; returns how many were written."""
    columns = tuple(columns)
    count = 0
    if fmt == "json":
        out.write("[")
        for row in rows:
            out.write(("," if count else "") + "\n" + json.dumps(jsonable(row), sort_keys=False))
            count += 1
        out.write("\n]\n" if count else "]\n")
    elif fmt == "jsonl":
        for row in rows:
            out.write(json.dumps(jsonable(row)) + "\n")
            count += 1
    elif fmt == "csv":
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(columns)
        for row in rows:
            writer.writerow([csv_cell(row.get(c)) for c in columns])
            count += 1
    elif fmt == "table":
        cells = [[_cell(c, row.get(c)) for c in columns] for row in rows]
        count = len(cells)
        widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(columns)]
        out.write("  ".join(c.ljust(w) for c, w in zip(columns, widths)).rstrip() + "\n")
        for r in cells:
            out.write("  ".join(v.ljust(w) for v, w in zip(r, widths)).rstrip() + "\n")
    else:
        raise ValueError(f"unknown format {fmt!r}")
    return count


def _cell(column: str, value: Any) -> str:
    if column == "detections" and isinstance(value, dict):
        return detections_text(value)
    if isinstance(value, datetime):
        return value.isoformat(timespec="seconds")
    return flat(value)


def summary_rows(result: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """The two parts of a summary as one flat table (kind = requests | detections)."""
    for r in result["requests"]:
        yield {"group": r["group"], "kind": "requests", "outcome": r["outcome"], "count": r["count"]}
    for r in result["detections"]:
        yield {"group": r["group"], "kind": "detections", "entity": r["entity"], "action": r["action"], "count": r["count"]}
