"""Whether a run of digits is a phone number some numbering plan allows, by `phonenumbers`.

Shared by the free-text phone finder (phones.py) and the table-column reader (phone_columns.py),
each with the regions it tries a number without a country prefix in.
"""

from __future__ import annotations

from collections.abc import Iterable

import phonenumbers

from .lookup_tables import lookup_table

# Keep every numbering-plan pattern phonenumbers compiles. Without this it relies on the re module's
# cache of 512 patterns, which the plans of the ~250 regions tried (a number is checked in several)
# overflow, so patterns were compiled again and again: about 2.5% of the engine's time on the
# benchmark corpus. The patterns come from fixed metadata, so what is kept is bounded.
phonenumbers.enable_pattern_cache()

# The kinds of number whose patterns a plan's example numbers exercise at start (see numbering_plans).
_EXAMPLE_KINDS = (phonenumbers.PhoneNumberType.FIXED_LINE, phonenumbers.PhoneNumberType.MOBILE)


@lookup_table
def numbering_plans() -> int:
    """Every region's numbering plan loaded and its patterns compiled, at start: phonenumbers reads a
    region's metadata and compiles its patterns when a number first meets that region: tens of
    milliseconds in all over a process's first few hundred requests (measured on the benchmark
    corpus), each part paid by the request that met it. Parsing, then checking, each region's example fixed-line and mobile
    numbers as a number of that region touches the patterns the finders use (the parsing prefixes,
    the general plan, and every kind a valid number is told apart by). Returns the regions warmed."""
    regions = sorted(phonenumbers.SUPPORTED_REGIONS)
    for region in regions:
        for kind in _EXAMPLE_KINDS:
            example = phonenumbers.example_number_for_type(region, kind)
            if example is None:
                continue
            parsed = _parsed(phonenumbers.national_significant_number(example), region)
            if parsed is not None:
                phonenumbers.is_possible_number(parsed)
                phonenumbers.is_valid_number(parsed)
    return len(regions)


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
