"""CSV exports cannot smuggle spreadsheet formulas: such cells are neutralised with a leading quote."""

from __future__ import annotations

import csv
import io

import pytest

from gateway.audit.export import csv_cell, write_rows


@pytest.mark.parametrize("value", ["=HYPERLINK(\"http://x\")", "+1+2", "-2+3", "@SUM(A1)", "\tx", "\rx"])
def test_formula_cells_get_a_leading_quote(value: str) -> None:
    assert csv_cell(value) == "'" + value


@pytest.mark.parametrize("value", ["alpha", "a=b", "", None, 12.5, "/v1/chat/completions"])
def test_other_cells_are_unchanged(value: object) -> None:
    assert csv_cell(value) == ("" if value is None else str(value))


def test_csv_writer_neutralises_every_column() -> None:
    out = io.StringIO()
    rows = [{"team": "=cmd|' /C calc'!A0", "error_code": "@x", "latency_ms": 3.5}]
    write_rows(rows, "csv", out, ("team", "error_code", "latency_ms"))
    (header, row) = list(csv.reader(io.StringIO(out.getvalue())))
    assert header == ["team", "error_code", "latency_ms"]
    assert row == ["'=cmd|' /C calc'!A0", "'@x", "3.5"]


def test_streamed_lines_equal_the_written_export() -> None:
    from gateway.audit.export import export_lines

    rows = [{"team": "-x", "n": i} for i in range(3)]
    for fmt in ("csv", "jsonl"):
        out = io.StringIO()
        write_rows(rows, fmt, out, ("team", "n"))
        assert "".join(export_lines(rows, fmt, ("team", "n"))) == out.getvalue()
    assert "".join(export_lines([], "csv", ("team", "n"))) == "team,n\n"
