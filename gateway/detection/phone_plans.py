"""Whether a run of digits is a phone number some numbering plan allows, by `phonenumbers`.

Shared by the free-text phone finder (phones.py) and the table-column reader (phone_columns.py),
each with the regions it tries a number without a country prefix in.
"""

from __future__ import annotations

from collections.abc import Iterable

import phonenumbers


def _parsed(number: str, region: str | None) -> phonenumbers.PhoneNumber | None:
    try:
        return phonenumbers.parse(number, region)
    except phonenumbers.NumberParseException:
        return None


def possible_somewhere(number: str, regions: Iterable[str | None]) -> bool:
    """A possible number (the right length) read in one of `regions` (None: it carries its "+" prefix)."""
    return any((parsed := _parsed(number, region)) is not None and phonenumbers.is_possible_number(parsed)
               for region in regions)


def valid_somewhere(number: str, regions: Iterable[str | None]) -> bool:
    """A valid number (an allocated range) read in one of `regions`."""
    return any((parsed := _parsed(number, region)) is not None and phonenumbers.is_valid_number(parsed)
               for region in regions)
