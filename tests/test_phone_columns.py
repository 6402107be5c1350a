"""Phones named by their table column (phone_columns.py), CSV rows whose timestamps carry a comma
before the fraction of a second or whose written dates one before the year, quoted cells over two
lines (tables.py), and phone layouts the free-text pattern reads
(phones.py): a one-digit area code between dots after "+", a national number in two dotted groups
and a dot after the bracketed area code; a range of two dotted runs stays no phone.

Every number, name and address here is synthetic (555 numbers, example.com).
"""

from __future__ import annotations

from gateway.detection.phone_columns import find_phone_cells, is_phone_column
from gateway.detection.phones import find_phone_numbers
from gateway.detection.tables import table_cells
from gateway.detection.views import TextViews


def reported(text: str) -> list[str]:
    return sorted({text[s.start : s.end] for s in find_phone_numbers(TextViews(text).digits, text) if s.score >= 0.5})


CSV = (
    "first,last,org,mail,mobile,seen_at,stage\n"
    "Ada,Quill,\"Quill, Hart and Sons\",ada@example.com,+15550100123,2024-02-03 10:11:12,387,open\n"
    "Ben,Marsh,\"Marsh Ltd\",ben@example.org,(0161) 555 0147,2024-02-04T08:00:00Z,won\n"
    "Cy,Dale,\"Dale AS\",cy@example.net,55 50 12 34,2024-02-05 09:30:00,12,lost\n"
)


def test_a_phone_columns_cells_are_phones() -> None:
    assert [CSV[s.start : s.end] for s in find_phone_cells(CSV)] == ["+15550100123", "(0161) 555 0147", "55 50 12 34"]
    assert reported(CSV) == ["(0161) 555 0147", "+15550100123", "55 50 12 34"]


def test_other_columns_and_non_numbers_under_a_phone_column_are_not() -> None:
    text = "id,order_no,phone,amount\n1,5550100123,n/a,1200\n2,5550100124,2024-02-03,1300\n3,5550100125,12,1400\n"
    assert list(find_phone_cells(text)) == []
    counts = "day,cell,mobile,desktop\nmon,5550123,120455,98210\n"
    assert list(find_phone_cells(counts)) == []


def test_phone_column_names() -> None:
    assert is_phone_column("mobile phone") and is_phone_column("telefon") and is_phone_column("fax")
    assert is_phone_column("cell phone") and not is_phone_column("cell")
    assert not is_phone_column("phase") and not is_phone_column("contact email") and not is_phone_column("telemetry")


def test_a_comma_before_a_clock_times_fraction_is_no_delimiter() -> None:
    text = "host,when,status\nweb-1,2024-02-03 10:11:12,387,up\n"
    cells = {c.column: text[c.start : c.end] for c in table_cells(text)}
    assert cells == {"host": "web-1", "when": "2024-02-03 10:11:12,387", "status": "up"}


def test_a_written_dates_comma_is_no_delimiter() -> None:
    # An unquoted "June 16, 2024" (or "Tue, Mar 3, 2026") in a later column used to leave the row
    # unread but for its first and last cells, and the phone column's number with it.
    text = ("round,customer,phone,last_visit,price\n"
            "R1,Jo Example,+1 555 010 0123,June 16, 2024,18.00\n"
            "R2,Al Example,020 7946 0000,Tue, Mar 3, 2026,12.00\n"
            "R3,Cy Example,020 7946 0001,16 June, 2024,9.00\n")
    cells = [(c.column, text[c.start : c.end]) for c in table_cells(text)]
    assert ("last visit", "June 16, 2024") in cells and ("last visit", "Tue, Mar 3, 2026") in cells
    assert [text[s.start : s.end] for s in find_phone_cells(text)] == ["+1 555 010 0123", "020 7946 0000"]
    # "16 June, 2024" is no written date of this form: the row keeps its first and last cells only.
    assert ("phone", "020 7946 0001") not in cells and ("round", "R3") in cells and ("price", "9.00") in cells


def test_a_quoted_cell_may_hold_a_line_break() -> None:
    # A spreadsheet's address cell over two lines, quoted as RFC 4180 allows: the row is read across
    # the break; a stray inch mark in free text does not pull the next row into its own.
    text = ("id,customer,address,town,phone,notes\n"
            "1,Jo Example,\"Unit 84\n68 Example Crescent\",\"Exampleton 5000\",07 5550 1234,ok\n"
            "2,Al Example,\"5 Main St\",Town,020 7946 0000,\"27\" monitor\n"
            "3,Cy Example,\"2 Side St\",Town,020 7946 0001,fine\n")
    cells = [(c.column, text[c.start : c.end]) for c in table_cells(text)]
    assert ("address", "Unit 84\n68 Example Crescent") in cells and ("town", "Exampleton 5000") in cells
    assert [text[s.start : s.end] for s in find_phone_cells(text)] == ["07 5550 1234", "020 7946 0000", "020 7946 0001"]


def test_a_plus_number_with_dots_between_its_groups_is_a_phone() -> None:
    assert reported("Emergency contact: Jo Example, +61.3.5550.0123") == ["+61.3.5550.0123"]
    assert reported("Release +1.2.3.4 shipped") == []


def test_a_trunk_prefixed_number_in_two_dotted_groups_is_a_phone_but_a_decimal_is_not() -> None:
    assert reported("please ring 0555.0187 after six") == ["0555.0187"]
    assert reported("the ratio came to 5550.0187 overall") == []
    assert reported("invoiced 01.2025, ratio 0.5550187") == []


def test_a_dot_after_the_bracketed_area_code() -> None:
    assert reported("Tel (03).5550.0187") == ["(03).5550.0187"]


def test_a_range_of_two_dotted_runs_is_no_phone() -> None:
    assert reported("index 0345678..0000000\n--- a/keys/ci") == []
