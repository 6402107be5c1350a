"""Name-like words that the text's layout shows to be markup or headings, not people or places.

A name finder or NER model reads any capitalised word as a possible name. In forms, tables and
markup, where a word stands says what it is:

- Tag names: "<Company>", "</Referente>", "<ShipTo id=...>". A word right after "<" or "</" names
  an element when the element is closed or has attributes ("<jeffrey> done" is a chat nick); a finding that runs from a tag name over ">" into the element's text keeps only the
  text ("Referente>Stacy Hunt" -> "Stacy Hunt").
- Column titles: "| # | Customer | Address | Job |" above "|---|---|", "Description     Qty"
  (cells padded apart by runs of spaces). A header row titles columns; a name's words are never
  padded apart.
- Property lists: 'ATTENDEE;CN="Angela Coley";ROLE=REQ-PARTICIPANT' (iCalendar, key=value lists). A
  finding that runs over the keys keeps only the quoted value.
- Form rows: "Carrier: UPS Standard   Tracking: 1Z..." - a line holding two labels is a form, and the
  word before its first colon names a field, not a speaker.
"""

from __future__ import annotations

import re

from .types import Span

# A tag's opening: "<", "</" (the finding's first character is the tag name's).
_TAG_OPEN = re.compile(r"</?$")
# After a tag name: its end, attributes or a self-closing slash.
_TAG_NAME_END = re.compile(r"[ \t>/]|$")
# An attribute after a tag's name: ' id="SO1"', " xml:lang=".
_ATTRIBUTE = re.compile(r"[ \t]+[\w:.-]+=")
# A markdown or plain-text table rule under a header row: "|---|:--:|", "---- ------", "+----+".
_RULE_LINE = re.compile(r"[ \t]*[|+]?[ \t]*:?-{3,}:?[ \t]*(?:[|+][ \t]*:?-{3,}:?[ \t]*)*[|+]?[ \t]*(?:\n|$)")
# Cells padded apart: three or more spaces, or a tab, between two words of one finding.
_PADDING = re.compile(r"[^\s] *(?: {3,}|\t)[ \t]*[^\s]")
# A second label on the same line after a wide gap or a separator: "   Tracking:", " | Ref:".
_SECOND_LABEL = re.compile(r"(?: {2,}|\t|[ \t][|·•][ \t])[ \t]*[^\W\d_][^\W\d_ ]*(?: [^\W\d_]+)?[ \t]?:(?!//)")


def is_tag_name(text: str, start: int, end: int) -> bool:
    """"<Company>", "</Comune>": the finding is the name of a markup element."""
    opening = _TAG_OPEN.search(text, max(0, start - 2), start)
    if opening is None or _TAG_NAME_END.match(text, end) is None:
        return False
    # A closing tag, or attributes, make it markup; "<jeffrey> deploy done" is a chat nick.
    if opening.group() == "</" or _ATTRIBUTE.match(text, end) is not None:
        return True
    return f"</{text[start:end]}>" in text


def without_tag_name(text: str, span: Span) -> Span | None:
    """"Referente>Stacy Hunt": the text after the tag's ">", or None when nothing is left."""
    close = text.find(">", span.start, span.end)
    if close == -1 or _TAG_OPEN.search(text, max(0, span.start - 2), span.start) is None:
        return span
    rest = close + 1
    while rest < span.end and text[rest].isspace():
        rest += 1
    return Span(rest, span.end, span.entity, span.score) if rest < span.end else None


def _line_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    return line_start, len(text) if line_end == -1 else line_end


def in_header_row(text: str, start: int, end: int) -> bool:
    """"| # | Customer | Address | Job |" above "|---|---|": the finding is a column's title."""
    line_start, line_end = _line_bounds(text, start, end)
    if line_end >= len(text) or "\n" in text[start:end]:
        return False
    line = text[line_start:line_end]
    # A header row has cells: pipes, or cells padded apart.
    if "|" not in line and _PADDING.search(line) is None:
        return False
    if _RULE_LINE.match(text, line_end + 1) is None:
        return False
    # The last data row above a table's closing rule is no header (Spark's show() and psql's boxed
    # output rule the table off below its rows too): a row stands above it, or above the rule over it.
    above = _line_above(text, line_start)
    if above is not None and _RULE_LINE.fullmatch(above[0]) is not None:
        above = _line_above(text, above[1])
    return above is None or "|" not in above[0] or _RULE_LINE.fullmatch(above[0]) is not None


def _line_above(text: str, line_start: int) -> tuple[str, int] | None:
    """The line before the one starting at `line_start`, and where it starts (None at the text's start)."""
    if line_start == 0:
        return None
    start = text.rfind("\n", 0, line_start - 1) + 1
    return text[start : line_start - 1], start


def is_padded_apart(text: str, start: int, end: int) -> bool:
    """"Description                         Qty": words of one finding in two cells of a table."""
    return _PADDING.search(text, start, end) is not None


def in_form_row(text: str, end: int) -> bool:
    """"Carrier: UPS Standard   Tracking: ...": the label is one of two on its line."""
    line_end = text.find("\n", end)
    line_end = len(text) if line_end == -1 else line_end
    colon = text.find(":", end, line_end)
    if colon == -1 or text[end:colon].strip():
        return False
    return _SECOND_LABEL.search(text, colon + 1, line_end) is not None


# A quoted value after a key: 'CN="Angela Coley"', "name='Jane Roe'".
_QUOTED_VALUE = re.compile(r"""=(["'])([^"'=;\n]+)\1""")


def without_property_keys(text: str, span: Span) -> Span | None:
    """'ATTENDEE;CN="Angela Coley";ROLE=...': the quoted value only, or the span as it was when it
    does not run over keys."""
    if "=" not in text[span.start : span.end]:
        return span
    value = _QUOTED_VALUE.search(text, span.start, span.end + 1)
    if value is None or value.end(2) <= span.start:
        return None
    start, end = max(span.start, value.start(2)), min(span.end, value.end(2))
    return Span(start, end, span.entity, span.score) if start < end else None
