"""Tables written as text: a CSV header row over its data rows (a Markdown or psql table is one with
"|" between its fields), a table aligned with spaces (pandas, `ps`), and a SQL INSERT's column list
over its VALUES tuples. A column's name labels every value under it just as "DOB:" labels the date after
it, so the recognizers of labelled values (birthdates.py, labelled.py) read the cells by column.

Only the grammar is here: which cell sits under which column name. Which names are labels, and
what a value must look like, is the recognizers' business.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache


@dataclass(frozen=True, slots=True)
class Cell:
    """One value of a table, with the (normalised) name of its column."""

    column: str
    start: int
    end: int


_DELIMITERS = (";", ",", "\t", "|")
# A column name: a short identifier, quoted or not ("date_of_birth", "memberId", `"Birth Date"`).
_COLUMN_NAME = re.compile(r"[\"'`\[]?[A-Za-zÀ-ÿ_][\wÀ-ÿ .\-]{0,40}[\"'`\]]?")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
_INSERT = re.compile(r"(?i)\binsert\s+into\s+[\w.\"`\[\]]+\s*\((?P<columns>[^()]{1,2000})\)\s*values\s*")
# One SQL value: a quoted string ('' escapes a quote) or a bare literal.
_SQL_VALUE = re.compile(r"\s*(?:'(?P<quoted>(?:[^']|'')*)'|(?P<bare>[^,()']*?))\s*(?=[,)])")


def column_name(raw: str) -> str:
    """'date_of_birth', 'birthDate', '"Birth-Date"' -> 'date of birth', 'birth date', 'birth date'."""
    name = raw.strip().strip("\"'`[]")
    name = _CAMEL.sub(" ", name)
    return " ".join(re.split(r"[\s_.\-]+", name.lower())).strip()


@lru_cache(maxsize=4)
def table_cells(text: str) -> tuple[Cell, ...]:
    """Every cell of every CSV table and SQL INSERT in the text. Cached: several recognizers ask."""
    cells: list[Cell] = []
    if "\n" in text:
        cells.extend(_csv_cells(text))
    if "VALUES" in text or "values" in text:
        cells.extend(_insert_cells(text))
    return tuple(cells)


def _csv_cells(text: str) -> Iterator[Cell]:
    lines = text.split("\n")
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line) + 1)
    i = 0
    while i < len(lines) - 1:
        header = _header(lines[i])
        if header is None:
            spaced: list[Cell] = []
            i = _spaced_table(lines, offsets, i, spaced) if "  " in lines[i] else i + 1
            yield from spaced
            continue
        delimiter, names = header
        j = i + 1
        # A rule under the header ("----+------" of psql, "|---|---|" of Markdown) is no row.
        if j < len(lines) and _RULE.fullmatch(lines[j].strip()):
            j += 1
        while j < len(lines) and lines[j].strip() and delimiter in lines[j]:
            row, last = _quoted_line_breaks(lines, j, delimiter, len(names))
            fields = _fields(row, delimiter)
            if len(fields) > len(names) and delimiter == ",":
                fields = _join_commas_of_values(row, fields, len(names))
            # A row with a stray delimiter in free text ("2025-07-02 00:17:57,009") cannot be read
            # by column, but the rows after it still can; and its first and last cells still sit
            # under the first and last columns (a stray delimiter falls between them).
            if len(fields) > len(names):
                fields = _without_stray_empty_fields(row, fields, len(names))
            if len(fields) == len(names):
                yield from _row_cells(row, offsets[j], fields, names)
            elif len(fields) > len(names):
                yield from _row_cells(row, offsets[j], [fields[0], fields[-1]], [names[0], names[-1]])
            j = last + 1
        i = max(j, i + 1)


_MAX_QUOTED_BREAKS = 4  # line breaks one quoted cell may hold ("Unit 84\n68 Gray Crescent")


def _quoted_line_breaks(lines: list[str], j: int, delimiter: str, wanted: int) -> tuple[str, int]:
    """The row starting on line j and the index of its last line. A quoted cell may hold line breaks
    (a spreadsheet's address cell, as RFC 4180 allows): while the row's double quotes are unbalanced
    the next line belongs to it, and the lines are taken together only when that gives the header's
    number of fields (a stray inch mark in free text, '27" monitor', keeps its line to itself)."""
    row, last = lines[j], j
    while row.count('"') % 2 and last + 1 < len(lines) and last - j < _MAX_QUOTED_BREAKS:
        last += 1
        row = row + "\n" + lines[last]
    if last == j or row.count('"') % 2 or len(_fields(row, delimiter)) != wanted:
        return lines[j], j
    return row, last


def _without_stray_empty_fields(line: str, fields: list[tuple[int, int]], wanted: int) -> list[tuple[int, int]]:
    """A row with a doubled delimiter ("4471;Widget;;open" under four names): when dropping its empty
    fields leaves exactly one field per name, the empty ones were stray and the rest line up."""
    filled = [(start, end) for start, end in fields if line[start:end].strip()]
    return filled if len(filled) == wanted else fields


# A clock time closing a field ("2024-03-01 09:15:42") and digits alone in the next one: the comma
# between them is the time's decimal mark ("09:15:42,318", as Python's logging and ISO 8601 write
# the fraction of a second), not a delimiter.
_CLOCK_END = re.compile(r"[0-9]{2}:[0-9]{2}:[0-9]{2}$")
_FRACTION = re.compile(r"[0-9]{1,9}")


def _second_fraction(line: str, start: int, end: int, next_start: int, next_end: int) -> bool:
    return bool(_CLOCK_END.search(line, start, end) and _FRACTION.fullmatch(line, next_start, next_end))


# A date written out the American way in an unquoted field ("June 16, 2024", "Tue, Mar 3, 2026"):
# the comma before the year, or after the weekday, is the date's own, not a delimiter.
_MONTHS = "jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec"
_MONTH_DAY_END = re.compile(rf"(?i)\b(?:{_MONTHS})[a-z]*\.? [0-9]{{1,2}}(?:st|nd|rd|th)?$")
_YEAR = re.compile(r" ?[0-9]{4}")
_WEEKDAY = re.compile(r"(?i)\s*(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday)?\.?")
_DATE_AFTER_WEEKDAY = re.compile(rf"(?i) (?:[0-9]{{1,2}} (?:{_MONTHS})|(?:{_MONTHS})[a-z]*\.? [0-9]{{1,2}})")


def _written_date(line: str, start: int, end: int, next_start: int, next_end: int) -> bool:
    """"June 16" + " 2024", "Tue" + " Mar 3"."""
    return bool((_MONTH_DAY_END.search(line, start, end) and _YEAR.fullmatch(line, next_start, next_end))
                or (_WEEKDAY.fullmatch(line, start, end) and _DATE_AFTER_WEEKDAY.match(line, next_start, next_end)))


def _join_commas_of_values(line: str, fields: list[tuple[int, int]], wanted: int) -> list[tuple[int, int]]:
    """`fields` with the commas that belong to a value joined back into its field (a clock time's
    fraction of a second, a written date's), while the row has more fields than its header names."""
    joined = list(fields)
    index = 0
    while len(joined) > wanted and index < len(joined) - 1:
        (start, end), (next_start, next_end) = joined[index], joined[index + 1]
        if _second_fraction(line, start, end, next_start, next_end) or _written_date(line, start, end, next_start, next_end):
            joined[index : index + 2] = [(start, next_end)]
            continue  # "Tue, Mar 3, 2026": the joined field may close on a month and day again
        index += 1
    return joined


def _header(line: str) -> tuple[str, list[str]] | None:
    """(delimiter, column names) when the line reads as a header row: three or more short names.
    A Markdown table's rows open and close on the delimiter ("| User | Login |"): the empty fields
    before the first and after the last are kept as nameless columns, so its rows line up."""
    delimiter = max(_DELIMITERS, key=line.count)
    if line.count(delimiter) < 2:
        return None
    fields = line.split(delimiter)
    framed = delimiter == "|" and len(fields) >= 4 and not fields[0].strip() and not fields[-1].strip()
    inner = fields[1:-1] if framed else fields
    if not all(_COLUMN_NAME.fullmatch(f.strip()) for f in inner):
        return None
    names = [column_name(f) for f in inner]
    return delimiter, ["", *names, ""] if framed else names


_RULE = re.compile(r"[|+:]?(?:[ ]*[\-=]{3,}[ ]*[|+:]?)+")
# A table aligned with spaces, as pandas, psql's unaligned mode or `ps` print one: fields apart by
# two spaces or more (or a tab), a field's words by one.
_SPACED_FIELD = re.compile(r"[^ \t]+(?: [^ \t]+)*")
# A column name may be a few words set apart by single spaces ("Screen no.", "Date of birth", "Garaging
# address", "Reg. / VIN (last 6)"): two spaces part the fields, so one space is still inside a name.
_SPACED_NAME = re.compile(r"[A-Za-z_%][\w.%\-]{0,40}(?: [\w.%\-/()#]{1,20}){0,4}")


_SPACED_RULE = re.compile(r"[ \t]*[\-=─━]{3,}(?:[ \t+|]+[\-=─━]{3,})*[ \t]*")


def _spaced_fields(line: str) -> list[tuple[int, int]] | None:
    """(start, end) of each field of a line aligned with spaces, or None when a single space is
    all that parts two of them (prose)."""
    fields = [m.span() for m in _SPACED_FIELD.finditer(line)]
    for (_, end), (start, _) in zip(fields, fields[1:]):
        if start - end < 2 and line[end] != "\t":
            return None
    return fields


def _spaced_table(lines: list[str], offsets: list[int], i: int, out: list[Cell]) -> int:
    """Cells of a space-aligned table whose header is lines[i] (three or more names of a few words),
    appended to `out`; the index of the line after the table. A row may open on an index that its
    header has no name for (pandas' "0", "1", ...)."""
    fields = _spaced_fields(lines[i])
    if fields is None or len(fields) < 3:
        return i + 1
    line = lines[i]
    if not all(_SPACED_NAME.fullmatch(line[start:end]) for start, end in fields):
        return i + 1
    names = [column_name(line[start:end]) for start, end in fields]
    j = i + 1
    if j < len(lines) and _SPACED_RULE.fullmatch(lines[j]):
        j += 1  # a rule under the header ("─── ────", "--- ----"), as CLI tools print one
    while j < len(lines) and lines[j].strip():
        row = _spaced_fields(lines[j])
        if row is not None and len(row) == len(names) + 1 and lines[j][row[0][0] : row[0][1]].isdigit():
            row = row[1:]
        if row is not None and len(row) == len(names):
            out.extend(Cell(name, offsets[j] + start, offsets[j] + end) for name, (start, end) in zip(names, row))
        elif row is None:
            break
        j += 1
    return j


def _fields(line: str, delimiter: str) -> list[tuple[int, int]]:
    """(start, end) of each field of a CSV row. A field in double quotes may hold the delimiter
    ("Surveyor, commercial"), as RFC 4180 writes it; a doubled quote inside is a quote."""
    if '"' not in line:
        bounds, start = [], 0
        for field in line.split(delimiter):
            bounds.append((start, start + len(field)))
            start += len(field) + 1
        return bounds
    bounds, start, quoted, index = [], 0, False, 0
    while index < len(line):
        char = line[index]
        if char == '"' and quoted and line.startswith('"', index + 1):
            index += 1  # "" inside a quoted field
        elif char == '"' and (quoted or not line[start:index].strip()):
            quoted = not quoted
        elif char == delimiter and not quoted:
            bounds.append((start, index))
            start = index + 1
        index += 1
    bounds.append((start, len(line)))
    return bounds


def _row_cells(line: str, offset: int, fields: list[tuple[int, int]], names: list[str]) -> Iterator[Cell]:
    for name, (start, end) in zip(names, fields):
        field = line[start:end]
        stripped = field.strip().strip("\"'").strip()
        if stripped:
            at = offset + start + field.index(stripped)
            yield Cell(name, at, at + len(stripped))


def _insert_cells(text: str) -> Iterator[Cell]:
    for insert in _INSERT.finditer(text):
        names = [column_name(c) for c in insert.group("columns").split(",")]
        position = insert.end()
        # The VALUES tuples, "(...), (...);", each read column by column.
        while text.startswith("(", position):
            position += 1
            for name in names:
                value = _SQL_VALUE.match(text, position)
                if value is None:
                    break
                group = "quoted" if value.group("quoted") is not None else "bare"
                if value.group(group):
                    yield Cell(name, value.start(group), value.end(group))
                position = value.end() + 1
                if text[value.end()] == ")":
                    break
            else:
                position = text.find(")", position - 1) + 1 or len(text)
            while position < len(text) and text[position] in ", \t\r\n":
                position += 1
