"""Synthetic EU/UK identifiers with valid checksums, each checked by python-stdnum.

Every generator draws from the caller's random.Random, so corpora stay reproducible. Values are
drawn at random and kept only when stdnum's validator accepts them: the validators, not our
arithmetic, are the authority on what a valid number is.
"""

from __future__ import annotations

import random
import re
import string
from collections.abc import Callable

from stdnum.be import nn as std_be_nn
from stdnum.de import idnr as std_de_idnr
from stdnum.es import dni as std_es_dni
from stdnum.eu import vat as std_eu_vat
from stdnum.fr import nir as std_fr_nir
from stdnum.gb import nhs as std_gb_nhs
from stdnum.it import codicefiscale as std_it_cf
from stdnum.nl import bsn as std_nl_bsn
from stdnum.pl import pesel as std_pl_pesel

_MAX_TRIES = 10_000


def _until_valid(draw: Callable[[], str], is_valid: Callable[[str], bool]) -> str:
    for _ in range(_MAX_TRIES):
        candidate = draw()
        if is_valid(candidate):
            return candidate
    raise RuntimeError("could not draw a valid identifier")  # no value in the message


def _digits(rng: random.Random, count: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(count))


def de_tax_id(rng: random.Random) -> str:
    """German Steuer-IdNr: 11 digits, printed in groups as on tax letters (e.g. 12 345 678 901)."""
    number = _until_valid(lambda: rng.choice("123456789") + _digits(rng, 10), std_de_idnr.is_valid)
    return rng.choice([number, f"{number[:2]} {number[2:5]} {number[5:8]} {number[8:]}"])


def fr_nir(rng: random.Random) -> str:
    """French social security number (NIR), 15 digits incl. the 2-digit key."""

    def draw() -> str:
        body = (
            rng.choice("12")
            + f"{rng.randint(40, 99):02d}{rng.randint(1, 12):02d}"
            + f"{rng.randint(1, 95):02d}{rng.randint(1, 999):03d}{rng.randint(1, 999):03d}"
        )
        return body + std_fr_nir.calc_check_digits(body)

    number = _until_valid(draw, std_fr_nir.is_valid)
    return rng.choice([number, std_fr_nir.format(number)])


def es_nif(rng: random.Random) -> str:
    """Spanish DNI/NIF: 8 digits and a check letter."""
    number = _until_valid(
        lambda: (body := _digits(rng, 8)) + std_es_dni.calc_check_digit(body), std_es_dni.is_valid
    )
    return rng.choice([number, f"{number[:8]}-{number[8]}"])


_CF_MONTHS = "ABCDEHLMPRST"


def it_fiscal_code(rng: random.Random) -> str:
    """Italian codice fiscale: 16 characters (surname, name, birth date, town, check letter)."""

    def draw() -> str:
        consonants = "BCDFGHLMNPRSTVZ"
        letters = "".join(rng.choice(consonants) for _ in range(6))
        day = rng.randint(1, 28) + rng.choice([0, 40])
        birth = f"{rng.randint(40, 99):02d}{rng.choice(_CF_MONTHS)}{day:02d}"
        town = rng.choice("ABCDEFGHLM") + f"{rng.randint(1, 999):03d}"
        body = letters + birth + town
        return body + std_it_cf.calc_check_digit(body)

    return _until_valid(draw, std_it_cf.is_valid)


def nl_bsn(rng: random.Random) -> str:
    """Dutch BSN: 9 digits passing the 11-test."""
    return _until_valid(lambda: rng.choice("123456789") + _digits(rng, 8), std_nl_bsn.is_valid)


def pl_pesel(rng: random.Random) -> str:
    """Polish PESEL: birth date, serial and check digit (11 digits)."""

    def draw() -> str:
        body = f"{rng.randint(40, 99):02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
        body += _digits(rng, 4)
        return body + std_pl_pesel.calc_check_digit(body)

    return _until_valid(draw, std_pl_pesel.is_valid)


def be_national_number(rng: random.Random) -> str:
    """Belgian national register number, usually printed as YY.MM.DD-SSS.CC."""

    def draw() -> str:
        body = f"{rng.randint(40, 99):02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
        body += f"{rng.randint(1, 997):03d}"
        return body + f"{97 - int(body) % 97:02d}"

    number = _until_valid(draw, std_be_nn.is_valid)
    formatted = f"{number[:2]}.{number[2:4]}.{number[4:6]}-{number[6:9]}.{number[9:]}"
    return rng.choice([number, formatted])


def eu_vat_number(rng: random.Random) -> str:
    """An EU VAT number from one of several member states, with its country prefix."""
    country, length = rng.choice([("DE", 9), ("IT", 11), ("NL", 12), ("BE", 10), ("ES", 9)])

    def draw() -> str:
        if country == "NL":
            return "NL" + _digits(rng, 9) + "B0" + rng.choice("123456789")
        if country == "BE":
            return "BE0" + _digits(rng, length - 1)
        if country == "ES":
            return "ES" + rng.choice("ABCDEFGHJ") + _digits(rng, 8)
        return country + rng.choice("123456789") + _digits(rng, length - 1)

    return _until_valid(draw, std_eu_vat.is_valid)


_NINO_FIRST = "ABCEGHJKLMNOPRSTWXYZ"
_NINO_SECOND = "ABCEGHJKLMNPRSTWXYZ"
_NINO_BAD_PREFIXES = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}
_NINO_PATTERN = re.compile(r"^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$")


def _nino_is_valid(number: str) -> bool:
    # python-stdnum has no NINO module; these are HMRC's published format rules (no checksum).
    compact = number.replace(" ", "")
    return bool(_NINO_PATTERN.match(compact)) and compact[:2] not in _NINO_BAD_PREFIXES


def uk_nino(rng: random.Random) -> str:
    """UK National Insurance number, e.g. QQ 12 34 56 C (format rules only: it has no checksum)."""

    def draw() -> str:
        return rng.choice(_NINO_FIRST) + rng.choice(_NINO_SECOND) + _digits(rng, 6) + "ABCD"[
            rng.randint(0, 3)
        ]

    number = _until_valid(draw, _nino_is_valid)
    spaced = f"{number[:2]} {number[2:4]} {number[4:6]} {number[6:8]} {number[8]}"
    return rng.choice([number, spaced])


def uk_nhs(rng: random.Random) -> str:
    """NHS number: 10 digits, mod-11 check digit, printed 3-3-4."""
    number = _until_valid(lambda: rng.choice("456789") + _digits(rng, 9), std_gb_nhs.is_valid)
    return rng.choice([number, std_gb_nhs.format(number)])


# Entity name -> generator. Validators above guarantee checksum validity.
EU_ID_GENERATORS: dict[str, Callable[[random.Random], str]] = {
    "DE_TAX_ID": de_tax_id,
    "FR_NIR": fr_nir,
    "ES_NIF": es_nif,
    "IT_FISCAL_CODE": it_fiscal_code,
    "NL_BSN": nl_bsn,
    "PL_PESEL": pl_pesel,
    "BE_NATIONAL_NUMBER": be_national_number,
    "EU_VAT": eu_vat_number,
    "UK_NINO": uk_nino,
    "UK_NHS": uk_nhs,
}
