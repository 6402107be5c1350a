"""Whether a run of digits is a phone number some numbering plan allows, by `phonenumbers`.

Shared by the free-text phone finder (phones.py) and the table-column reader (phone_columns.py),
each with the regions it tries a number without a country prefix in.
"""

from __future__ import annotations

from collections.abc import Iterable

import phonenumbers

# Keep every numbering-plan pattern phonenumbers compiles. Without this it relies on the re module's
# cache of 512 patterns, which the plans of the ~250 regions tried (a number is checked in several)
# overflow, so patterns were compiled again and again: about 2.5% of the engine's time on the
# benchmark corpus. The patterns come from fixed metadata, so what is kept is bounded.
phonenumbers.enable_pattern_cache()


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
