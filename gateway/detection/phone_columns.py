"""Phone numbers named by their table column: a CSV export's or a SQL INSERT's `phone`, `mobile`,
`Telefon`, `fax` column (tables.py reads which cell sits under which name).

Inside a table the free-text pattern (phones.py) cannot read a number's bounds: the delimiter after it
("...,+15550100123,2024-05-01...") looks like a thousands comma, and a national number without a
context word ("47 05 46 14") is too weak on its own. The column's name is the context word, and the
cell's bounds are exact. The cell must still be a phone in shape: only digits, spaces and phone
punctuation, 7 to 15 digits, no date, and a number `phonenumbers` accepts as possible.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .phone_plans import possible_somewhere
from .tables import table_cells
from .types import Span

COLUMN_PHONE_SCORE = 0.85
_MIN_DIGITS = 7  # the shortest national numbers in use; a count or a small id under "mobile" has fewer
# Words of a column name (as tables.column_name writes it: lower case, words apart) that name a phone.
# ("cell" alone is left out: a spreadsheet's or a lab's cell holds counts and ids; "cell phone" has "phone".)
_PHONE_COLUMN_WORDS = frozenset(
    "phone phones telephone tel mobile cellphone fax landline msisdn whatsapp phonenumber mobilephone "
    "telefon telefonnummer handy mobil mobilnummer handynummer rufnummer durchwahl telefax festnetz "
    "téléphone telephone portable fixe tél teléfono telefono móvil movil celular cellulare fisso "
    "telefone telemóvel telefoon mobiel gsm puhelin telefonszám mobiltelefon komórka".split()
)
# A cell holding a number and nothing else: an optional "+" or "00" prefix, digit groups apart by
# spaces, dots, dashes, slashes or brackets, an optional extension.
_CELL = re.compile(r"\+?[0-9(][0-9 ()./\-]{4,24}[0-9](?:[ ]?(?:x|ext\.?|#)[ ]?[0-9]{1,6})?", re.IGNORECASE)
# A date left in a phone column ("2024-02-03", "03.02.2024") is no number anyone dials.
_DATE = re.compile(r"[0-9]{4}(?P<a>[-/.])[0-9]{1,2}(?P=a)[0-9]{1,2}|[0-9]{1,2}(?P<b>[-/.])[0-9]{1,2}(?P=b)(?:[0-9]{2}){1,2}")
_EXTENSION = re.compile(r"[ ]?(?:x|ext\.?|#)[ ]?[0-9]{1,6}$", re.IGNORECASE)
# Regions whose national formats a cell without a country prefix is tried in (phonenumbers' ids).
_REGIONS = ("US", "GB", "DE", "FR", "ES", "IT", "NL", "BE", "PL", "CH", "AT", "IN", "NO", "SE", "DK", "FI",
            "CZ", "HU", "RO", "PT", "IE", "AU", "CA", "DZ", "MA", "IL", "ID", "BR")


def is_phone_column(column: str) -> bool:
    """Whether a column name ("phone", "mobile phone", "telefon nr", "fax") names a phone number."""
    return any(word in _PHONE_COLUMN_WORDS for word in column.split())


def _possible(value: str) -> bool:
    digits = re.sub(r"[^0-9]", "", _EXTENSION.sub("", value))
    if not _MIN_DIGITS <= len(digits) <= 15 or len(set(digits)) < 3:
        return False
    if value.startswith(("+", "00")):
        return possible_somewhere("+" + (digits[2:] if value.startswith("00") else digits), (None,))
    return possible_somewhere(digits, _REGIONS)


def find_phone_cells(text: str) -> Iterator[Span]:
    """The cells of phone columns that hold a possible phone number."""
    for cell in table_cells(text):
        if not is_phone_column(cell.column):
            continue
        value = text[cell.start : cell.end]
        if _CELL.fullmatch(value) and not _DATE.fullmatch(value) and _possible(value):
            yield Span(cell.start, cell.end, "PHONE_NUMBER", COLUMN_PHONE_SCORE)
