"""Check digits and structural rules: a look-alike that fails its checksum is not reported."""

from __future__ import annotations

import hashlib
import ipaddress
from collections.abc import Callable

from stdnum import iban as std_iban
from stdnum import luhn
from stdnum.exceptions import InvalidComponent, ValidationError
from stdnum.at import vnr as at_vnr
from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.ch import ssn as ch_ssn
from stdnum.de import idnr as de_idnr
from stdnum.es import dni as es_dni
from stdnum.es import nie as es_nie
from stdnum.eu import vat as eu_vat
from stdnum.fi import hetu as fi_hetu
from stdnum.fr import nir as fr_nir
from stdnum.gb import nhs as gb_nhs
from stdnum.it import codicefiscale as it_cf
from stdnum.nl import bsn as nl_bsn
from stdnum.pl import pesel as pl_pesel
from stdnum.ro import cnp as ro_cnp

# Issuer prefixes: Visa, Amex, Diners, JCB (incl. 1800/2131), Maestro/Mastercard, Discover, UnionPay.
_CARD_PREFIXES = ("4", "34", "37", "30", "36", "38", "39", "35", "1800", "2131", "5", "6", "2")


def is_credit_card(digits: str) -> bool:
    if not 13 <= len(digits) <= 19 or not digits.startswith(_CARD_PREFIXES):
        return False
    if len(set(digits)) == 1:
        return False
    # Opening on "2": Mastercard's 2221-2720, JCB's 2131, and Russia's Mir cards (IIN 2200-2204).
    if digits[0] == "2" and not ("2221" <= digits[:4] <= "2720" or digits.startswith("2131")
                                 or "2200" <= digits[:4] <= "2204"):
        return False
    return luhn.is_valid(digits)


def is_us_ssn(digits: str) -> bool:
    """SSA rules: no area 000/666/9xx, no group 00, no serial 0000, no all-same digits."""
    if len(digits) != 9 or not digits.isdigit() or len(set(digits)) == 1:
        return False
    area, group, serial = digits[:3], digits[3:5], digits[5:]
    if area in ("000", "666") or area[0] == "9" or group == "00" or serial == "0000":
        return False
    return digits not in ("123456789", "078051120", "219099999")


# Letters as ISO 7064 reads them in an IBAN: A=10 ... Z=35.
_IBAN_LETTER_DIGITS = str.maketrans({chr(ord("A") + i): str(10 + i) for i in range(26)})


def mod97_holds(compact: str) -> bool:
    """Whether an upper-case alphanumeric IBAN candidate's ISO 7064 mod 97-10 check digits hold:
    the first check stdnum's IBAN validation makes, here without its per-character generators
    (find_ibans tries a dozen cuts of one candidate, and a random cut passes once in 97)."""
    rotated = (compact[4:] + compact[:4]).translate(_IBAN_LETTER_DIGITS)
    return rotated.isdigit() and int(rotated) % 97 == 1


def is_iban(compact: str) -> bool:
    return std_iban.is_valid(compact)


def is_unregistered_iban(compact: str) -> bool:
    """An account number in the IBAN form of a country the IBAN registry does not list ("PH47 0065
    3787 7724 6668"): two letters, then 16 to 30 digits, whose ISO 7064 mod 97-10 check digits hold
    (a random number passes that check once in 97). stdnum says which: once the check digits pass,
    it raises InvalidComponent for a country it does not know; a listed country's number that fails
    its own format stays none."""
    if not (18 <= len(compact) <= 32 and compact[:2].isalpha() and compact[2:].isdigit()):
        return False
    try:
        std_iban.validate(compact)
    except InvalidComponent:
        return True
    except ValidationError:
        return False
    return False  # a valid IBAN of a listed country: is_iban's


def is_dea_number(value: str) -> bool:
    """US DEA registration number (Presidio's MEDICAL_LICENSE): two letters, 7 digits, check digit."""
    value = value.upper()
    if len(value) != 9 or not value[:2].isalpha() or not value[2:].isdigit():
        return False
    d = [int(c) for c in value[2:]]
    return (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10 == d[6]


_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
_BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _bech32_polymod(values: list[int]) -> int:
    generator = (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)
    checksum = 1
    for value in values:
        top = checksum >> 25
        checksum = (checksum & 0x1FFFFFF) << 5 ^ value
        for i in range(5):
            checksum ^= generator[i] if (top >> i) & 1 else 0
    return checksum


def is_bitcoin_address(value: str) -> bool:
    if value.lower().startswith("bc1"):
        lowered = value.lower()
        if lowered != value and value.upper() != value:
            return False
        data = lowered[3:]
        if not 6 <= len(data) <= 87 or any(c not in _BECH32 for c in data):
            return False
        hrp = [ord(c) >> 5 for c in "bc"] + [0] + [ord(c) & 31 for c in "bc"]
        return _bech32_polymod(hrp + [_BECH32.index(c) for c in data]) in (1, 0x2BC830A3)
    if value[0] not in "13" or any(c not in _B58 for c in value):
        return False
    number = 0
    for char in value:
        number = number * 58 + _B58.index(char)
    raw = number.to_bytes(25, "big") if number.bit_length() <= 200 else b""
    if len(raw) != 25:
        return False
    return hashlib.sha256(hashlib.sha256(raw[:-4]).digest()).digest()[:4] == raw[-4:]


def is_ip_address(value: str) -> bool:
    try:
        ipaddress.ip_address(value)
    except ValueError:
        return False
    return True


# European, UK and Canadian national identifiers, validated by python-stdnum.
ID_VALIDATORS = {
    "DE_TAX_ID": de_idnr.is_valid,
    "FR_NIR": fr_nir.is_valid,
    "NL_BSN": nl_bsn.is_valid,
    "PL_PESEL": pl_pesel.is_valid,
    "RO_CNP": ro_cnp.is_valid,
    "BE_NATIONAL_NUMBER": be_nn.is_valid,
    "UK_NHS": gb_nhs.is_valid,
    "CH_AHV": ch_ssn.is_valid,
    "AT_SVNR": at_vnr.is_valid,
    "CA_SIN": ca_sin.is_valid,
    "IT_FISCAL_CODE": it_cf.is_valid,
    "EU_VAT": eu_vat.is_valid,
}


# Necessary conditions of the validators above for a string of exactly the id's length in ASCII
# digits (each a rule the python-stdnum validator enforces before or beside its checksum): most
# windows of a phone or order number fail one without stdnum's cleaning and exception machinery.
DIGIT_PRECHECKS: dict[str, Callable[[str], bool]] = {
    # One digit of the first ten repeated two or three times, the others once; no leading zero.
    "DE_TAX_ID": lambda d: d[0] != "0" and len(set(d[:10])) in (8, 9),
    # A birth month (plus 20 per century) and day.
    "PL_PESEL": lambda d: 1 <= int(d[2:4]) % 20 <= 12 and 1 <= int(d[4:6]) <= 31,
    # Sex and century digit 1-9, then a birth date (YYMMDD): the month and the day.
    "RO_CNP": lambda d: d[0] != "0" and 1 <= int(d[3:5]) <= 12 and 1 <= int(d[5:7]) <= 31,
    # The month digits (0 for unknown) are at most 12.
    "BE_NATIONAL_NUMBER": lambda d: int(d[2:4]) <= 12,
    "CH_AHV": lambda d: d.startswith("756"),
    "AT_SVNR": lambda d: d[0] != "0",
    "CA_SIN": lambda d: d[0] not in "08",
}


def is_fi_hetu(value: str) -> bool:
    """A Finnish personal identity code: its date, century sign and modulo-31 check character."""
    return fi_hetu.is_valid(value)


def is_es_nif(value: str) -> bool:
    return es_dni.is_valid(value) or es_nie.is_valid(value)
