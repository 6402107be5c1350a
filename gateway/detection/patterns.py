"""Recognizers for identifiers written with letters: IBAN, URL, dates, national ids (e-mails:
emails.py; IP addresses: ip_addresses.py).

Each `find_*` function takes the analysis views and yields spans in original coordinates.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from .checksums import (
    ID_VALIDATORS,
    is_bitcoin_address,
    is_dea_number,
    is_es_nif,
    is_iban,
    is_unregistered_iban,
    mod97_holds,
)
from .normalize import TextView, view_fact
from .numbers import all_digit_runs, longest_digit_run, matches_at_digit_runs
from .legal_forms import is_legal_form
from .document_numbers import document_not_licence
from .id_keys import in_id_column
from .reference_labels import labelled_as_document
from .types import Span


def span_in_original(view: TextView, a: int, b: int, entity: str, score: float) -> Span:
    start, end = view.to_original(a, b)
    return Span(start, end, entity, score)


# Exact prechecks. Each pattern below is tried by Python's re at every character of the text
# (a lookbehind opens it, so re cannot skip ahead), which costs ~20 us per KB of prose even when
# nothing matches. Most need a run of digits of a given length, and the view's digit runs are
# found once (numbers.all_digit_runs): a text without such a run cannot hold a match, so the
# scan is skipped. Each check is a necessary condition of its pattern, never a heuristic.
_ASCII_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
_ASCII_CAPITALS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")


def _has_run_of(view: TextView, shortest: int, longest: int | None = None) -> bool:
    """Whether the view has a maximal digit run of shortest..longest digits."""
    top = shortest if longest is None else longest
    return any(shortest <= end - start <= top for start, end in all_digit_runs(view))


def matches_at(pattern: re.Pattern[str], text: str, starts: Iterable[int]) -> Iterator[re.Match[str]]:
    """The matches `pattern.finditer(text)` yields, given (ascending) every position one can open
    at: each is tried after the previous match, as finditer would, and nowhere else."""
    after = 0
    for start in starts:
        if start >= after:
            match = pattern.match(text, start)
            if match is not None:
                after = match.end()
                yield match


_IBAN = re.compile(
    r"(?<![A-Za-z0-9])[A-Za-z]{2}[0-9]{2}(?:[ \-]?[A-Za-z0-9]){11,30}(?![A-Za-z0-9])"
)


# An IBAN-shaped account number of a country outside the registry: the check digits hold, the
# country's format is unknown.
UNREGISTERED_IBAN_SCORE = 0.85


def _iban_possible(view: TextView) -> bool:
    """An IBAN opens with two letters then two digits: a run of 2+ digits right after a letter."""
    text = view.text
    return any(end - start >= 2 and text[start - 1 : start] in _ASCII_LETTERS for start, end in all_digit_runs(view))


def _iban_starts(view: TextView) -> list[int]:
    """An IBAN opens two letters before a run of two digits or more."""
    text = view.text
    return [start - 2 for start, end in all_digit_runs(view) if end - start >= 2 and start >= 2
            and text[start - 2] in _ASCII_LETTERS and text[start - 1] in _ASCII_LETTERS]


def find_ibans(view: TextView) -> Iterator[Span]:
    if not _iban_possible(view):
        return
    for match in matches_at(_IBAN, view.text, _iban_starts(view)):
        raw = match.group()
        # Greedy matching may swallow a following word: shorten until the checksum holds.
        for cut in range(len(raw), 14, -1):
            piece = raw[:cut]
            if piece[-1] in " -" or (cut < len(raw) and raw[cut].isalnum() and raw[cut - 1].isalnum()):
                continue
            compact = re.sub(r"[ \-]", "", piece).upper()
            if not mod97_holds(compact):
                continue  # both checks below need the check digits to hold: most cuts end here
            if is_iban(compact):
                yield span_in_original(view, match.start(), match.start() + cut, "IBAN_CODE", 1.0)
                break
            if is_unregistered_iban(compact):
                yield span_in_original(view, match.start(), match.start() + cut, "IBAN_CODE", UNREGISTERED_IBAN_SCORE)
                break


_URL_TLDS = (r"com|org|net|io|gov|edu|eu|de|fr|es|it|nl|be|pl|"
             r"uk|co\.uk|ch|at|se|dk|no|fi|ie|pt|us|ca|info|biz|dev|app|ai")
_URL = re.compile(
    r"(?:(?:https?|ftp)://[^\s<>\"'`]+|(?<![\w@.\-])www\.[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+[^\s<>\"'`]*"
    rf"|(?<![\w@.\-/])(?:[A-Za-z0-9\-]+\.)+(?P<tld>{_URL_TLDS})(?:/[^\s<>\"'`]*)?(?![\w@\-]))",
    re.IGNORECASE,
)
# A dot and a top-level domain, in lower-case text: a bare domain's place (see _url_starts). It opens
# on a literal ".", so re skips to the dots in C (_URL opens on lookbehinds: it is tried at every
# character, most of its time on prose).
_DOT_TLD = re.compile(rf"\.(?:{_URL_TLDS})")
_DOMAIN_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789.-")


def _url_starts(text: str) -> list[int]:
    """Every place a _URL match can start in ASCII text (IGNORECASE then folds ASCII letters only),
    ascending: 3, 4 or 5 characters before a "://" ("ftp", "http", "https"), at a "www." in any case,
    and at the start of a run of [A-Za-z0-9.-] holding a dot and a top-level domain (a bare domain's
    lookbehind puts no such character before it, and its name and domain are such characters)."""
    starts = []
    at = text.find("://")
    while at != -1:
        starts += (at - 5, at - 4, at - 3)
        at = text.find("://", at + 1)
    lower = text.lower()
    at = lower.find("www.")
    while at != -1:
        starts.append(at)
        at = lower.find("www.", at + 1)
    last_dot, last_start = -1, 0
    for match in _DOT_TLD.finditer(lower):
        start = match.start()
        # Back to the run's start, or to the previous dot found: then the same run (its dot is a
        # run character too), whose start is known; each character is stepped over once.
        while start > last_dot and text[start - 1] in _DOMAIN_CHARS:
            start -= 1
        if start == last_dot:
            start = last_start
        last_dot, last_start = match.start(), start
        starts.append(start)
    return sorted({start for start in starts if start >= 0})


def _url_matches(text: str) -> Iterator[re.Match[str]]:
    """The matches `_URL.finditer(text)` yields, tried only where one can start (_url_starts), left
    to right, after the previous match (no match is empty)."""
    if not text.isascii():  # (IGNORECASE folds a few other letters to ASCII ones: "ſ", "K")
        yield from _URL.finditer(text)
        return
    after = 0
    for start in _url_starts(text):
        if start < after:
            continue
        match = _URL.match(text, start)
        if match is not None:
            after = match.end()
            yield match


def find_urls(view: TextView) -> Iterator[Span]:
    for match in _url_matches(view.text):
        end = match.end()
        while end > match.start() and view.text[end - 1] in ".,;:!?)]}'\"":
            end -= 1
        yield span_in_original(view, match.start(), end, "URL", 0.6)


_MONTHS = (r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
           r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?")
_DATE = re.compile(
    r"(?<![\w])(?:[0-9]{4}-[01]?[0-9]-[0-3]?[0-9](?:[T ][0-2][0-9]:[0-5][0-9](?::[0-5][0-9](?:\.[0-9]+)?)?)?"
    r"|[0-3]?[0-9][./][01]?[0-9][./](?:[0-9]{4}|[0-9]{2})"
    r"|[01]?[0-9]/[0-3]?[0-9]/[0-9]{4}"
    rf"|[0-3]?[0-9](?:st|nd|rd|th)? (?:{_MONTHS})\.?,? [0-9]{{4}}"
    rf"|(?:{_MONTHS})\.? [0-3]?[0-9](?:st|nd|rd|th)?,? [0-9]{{4}})(?![\w])",
    re.IGNORECASE,
)


def find_dates(view: TextView) -> Iterator[Span]:
    if not all_digit_runs(view):
        return  # every branch of _DATE holds an ASCII digit ([0-9]): text without one has no date
    for match in _DATE.finditer(view.text):
        yield span_in_original(view, match.start(), match.end(), "DATE_TIME", 0.6)


_BTC = re.compile(r"(?<![\w])(?:bc1[a-z0-9]{20,80}|[13][1-9A-HJ-NP-Za-km-z]{25,34})(?![\w])")


# A legacy address: a digit run opening on 1 or 3, then 25 or more base58 characters.
_BASE58_OPENING = re.compile(r"[13][1-9A-HJ-NP-Za-km-z]{25}")


def _crypto_possible(view: TextView) -> bool:
    text = view.text
    return "bc1" in text or any(_BASE58_OPENING.match(text, start) for start, _ in all_digit_runs(view))


def find_crypto(view: TextView) -> Iterator[Span]:
    if not _crypto_possible(view):
        return
    for match in _BTC.finditer(view.text):
        if is_bitcoin_address(match.group()):
            yield span_in_original(view, match.start(), match.end(), "CRYPTO", 1.0)


_DEA = re.compile(r"(?<![\w])[ABCDEFGHJKLMPRSTUXabcdefghjklmprstux][A-Za-z][0-9]{7}(?![\w])")


def find_medical_licenses(view: TextView) -> Iterator[Span]:
    if not _has_run_of(view, 7):  # two letters, then exactly seven digits
        return
    text = view.text
    for match in _DEA.finditer(text):
        # "/api/v2/orders/SO6215354": a segment of a path or URL is a resource id, not a licence.
        if text.startswith("/", match.start() - 1) or text.startswith("/", match.end()):
            continue
        # "order #SO1974318", "fattura n. SO7804481": one reference number in ten passes the checksum.
        if is_dea_number(match.group()) and not labelled_as_document(text, match.start()) \
                and not document_not_licence(text, match.start(), match.group()):
            yield span_in_original(view, match.start(), match.end(), "MEDICAL_LICENSE", 0.6)


_ES_NIF = re.compile(r"(?<![\w])(?:[XYZxyz][ \-]?)?[0-9]{7,8}[ \-]?[A-Za-z](?![\w])")


def find_es_nifs(view: TextView) -> Iterator[Span]:
    if not _has_run_of(view, 7, 8):  # seven or eight digits between a letter or separator and a letter
        return
    for match in _ES_NIF.finditer(view.text):
        compact = re.sub(r"[ \-]", "", match.group()).upper()
        if is_es_nif(compact):
            yield span_in_original(view, match.start(), match.end(), "ES_NIF", 0.85)


_IT_CF = re.compile(r"(?<![\w])[A-Za-z]{6}[0-9LMNPQRSTUVlmnpqrstuv]{2}[A-Za-z][0-9LMNPQRSTUVlmnpqrstuv]{2}"
                    r"[A-Za-z][0-9LMNPQRSTUVlmnpqrstuv]{3}[A-Za-z](?![\w])")


def _long_stretches(text: str) -> list[tuple[int, int]]:
    """(start, end) of the text's stretches between whitespace of sixteen characters or more. A
    long word is found from the end of the last one: the words between are shorter than it, so it
    cannot occur among them."""
    stretches = []
    cursor = 0
    for word in text.split():
        if len(word) >= 16:
            start = text.find(word, cursor)
            cursor = start + len(word)
            stretches.append((start, cursor))
    return stretches


def find_it_fiscal_codes(view: TextView) -> Iterator[Span]:
    # A code is sixteen letters and digits, so it lies within one such stretch: the pattern is
    # tried there only, not at every character of the text. (Its lookbehind still sees the
    # character before the stretch; at the stretch's end, the text has whitespace or ends.)
    text = view.text
    for start, end in view_fact(view, _long_stretches):
        for match in _IT_CF.finditer(text, start, end):
            if ID_VALIDATORS["IT_FISCAL_CODE"](match.group().upper()):
                yield span_in_original(view, match.start(), match.end(), "IT_FISCAL_CODE", 0.95)


_FR_NIR = re.compile(r"(?<![\w])[12][0-9]{4}(?:[0-9]{2}|2[ABab])[0-9]{6}(?:[ ]?[0-9]{2})(?![\w])")


def _nir_starts(digits: TextView) -> list[int]:
    """A NIR opens on a "1" or "2" that opens a digit run (nothing of a word before it)."""
    text = digits.text
    return [start for start, _ in all_digit_runs(digits) if text[start] in "12"]


def find_fr_nirs(digits: TextView) -> Iterator[Span]:
    if longest_digit_run(digits) < 5:  # opens on five digits
        return
    for match in matches_at(_FR_NIR, digits.text, _nir_starts(digits)):
        compact = match.group().replace(" ", "").upper()
        if ID_VALIDATORS["FR_NIR"](compact):
            yield span_in_original(digits, match.start(), match.end(), "FR_NIR", 0.85)


_VAT_COUNTRIES = ("AT|BE|BG|CY|CZ|DE|DK|EE|EL|GR|ES|FI|FR|HR|HU|IE|IT|LT|LU|LV|MT|NL|PL|PT|RO|SE|SI|SK"
                  "|XI|GB|CHE")
_VAT = re.compile(rf"(?<![\w])(?:{_VAT_COUNTRIES})[ \-]?[0-9A-Z][0-9A-Z+*]{{1,13}}(?![\w])")


# Every country code is two or three capitals ("DE", "CHE"): a scan that stops only at capitals.
_TWO_CAPITALS = re.compile(r"[A-Z][A-Z]")


_LINE_WORD = re.compile(r"[^\s,;:()\[\]|]+")


def _company_vat(text: str, start: int) -> bool:
    """A VAT id on a line, or under a line, that names a company by its legal form ("From: Hrubý k.s.,
    VAT DE...", "Supplier: Albuquerque Ltda.\nVAT ID: DE..."): the firm's tax number, not personal data
    (a sole trader's VAT id, written beside their own name, stays masked)."""
    line_start = text.rfind("\n", 0, start) + 1
    above = text.rfind("\n", 0, max(0, line_start - 1)) + 1 if line_start else line_start
    segment = text[max(above, start - 160) : start]
    return any(is_legal_form(word) for word in _LINE_WORD.findall(segment))


def find_eu_vats(digits: TextView) -> Iterator[Span]:
    if not _TWO_CAPITALS.search(digits.text):
        return
    for match in _VAT.finditer(digits.text):
        compact = re.sub(r"[ \-]", "", match.group())
        if ID_VALIDATORS["EU_VAT"](compact) and not _company_vat(digits.text, match.start()):
            yield span_in_original(digits, match.start(), match.end(), "EU_VAT", 0.85)


_NINO = re.compile(r"(?<![\w])(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]"
                   r"[ \-]?[0-9]{2}[ \-]?[0-9]{2}[ \-]?[0-9]{2}[ \-]?[A-D](?![\w])")


def _nino_possible(view: TextView) -> bool:
    """A NINO's digits open on a run of 2+ right after a capital (or a capital and a separator)."""
    text = view.text
    for start, end in all_digit_runs(view):
        before = text[max(0, start - 2) : start]
        if end - start >= 2 and (before[-1:] in _ASCII_CAPITALS or before[-1:] in (" ", "-") and before[:1] in _ASCII_CAPITALS):
            return True
    return False


def find_uk_ninos(view: TextView) -> Iterator[Span]:
    if not _nino_possible(view):
        return
    for match in _NINO.finditer(view.text):
        yield span_in_original(view, match.start(), match.end(), "UK_NINO", 0.85)


# Weak formats: reported only with a context word nearby (base score below the usual threshold).
_US_PASSPORT = re.compile(r"(?<![\w])[A-Z]?[0-9]{9}(?![\w])")
# A digit run that a hyphen joins to a word of letters before it ("CASE-40017733", "INC-5521093") is
# that reference's number (a ticket's, a case's), never a free-standing account or licence number.
_NOT_A_PREFIX_NUMBER = r"(?<![A-Za-z][A-Za-z]-)"
_US_BANK = re.compile(rf"(?<![\w]){_NOT_A_PREFIX_NUMBER}[0-9]{{8,17}}(?![\w])")
# US state formats: FL "A123-456-78-901-2", IL "A123-4567-8901", WI "A123-4567-8901-23", MD
# "A-123-456-789-012", MI "A 123 456 789 012", NY "123 456 789", PA "12 345 678", CO "12-345-6789",
# KS "K00-00-0000", VT "1234567A", WA "WDL" + 9, IA "123AB4567", NH "12ABC34567", CA "A1234567".
_US_DRIVER_LICENSE = re.compile(
    r"(?<![\w])" + _NOT_A_PREFIX_NUMBER + r"(?:[A-Za-z][ \-]?[0-9]{3,6}(?:[ \-]?[0-9]{1,5}){0,4}|[A-Za-z]{1,2}[0-9]{5,14}|[0-9]{7,14}"
    r"|[0-9]{3} [0-9]{3} [0-9]{3}|[0-9]{2} [0-9]{3} [0-9]{3}|[0-9]{2}-[0-9]{3}-[0-9]{4}"
    r"|[A-Za-z][0-9]{2}-[0-9]{2}-[0-9]{4}|[0-9]{7}[A-Za-z]|WDL[A-Z0-9]{9}"
    r"|[0-9]{3}[A-Za-z]{2}[0-9]{4}|[0-9]{2}[A-Za-z]{3}[0-9]{5}|[0-9]{9}[A-Za-z]{2}|[A-Za-z]{2}[0-9]{5}[A-Za-z]"
    r"|[0-9]{8}[A-Za-z]{2}|[A-Za-z]{3}[0-9]{2}[A-Za-z]{4}[0-9]{2})(?![\w])"
)


# A US state format holds three digits in a row, or "WDL", or only two in a row then four
# letters (the last format above, "ABC12DEFG34").
_LICENSE_TWO_DIGITS = re.compile(r"[0-9][0-9][A-Za-z]{4}[0-9]{2}")


def _license_possible(view: TextView) -> bool:
    longest = longest_digit_run(view)
    return longest >= 3 or "WDL" in view.text or (longest == 2 and _LICENSE_TWO_DIGITS.search(view.text) is not None)


def find_us_passports(view: TextView) -> Iterator[Span]:
    if not _has_run_of(view, 9):  # exactly nine digits
        return
    for match in _US_PASSPORT.finditer(view.text):
        yield span_in_original(view, match.start(), match.end(), "US_PASSPORT", 0.2)


def find_us_bank_numbers(view: TextView) -> Iterator[Span]:
    if not _has_run_of(view, 8, 17):
        return
    for match in _US_BANK.finditer(view.text):
        if in_id_column(view.text, match.start(), match.end()):
            continue  # a cell of an "order_id" or "courier_ref" column: a record's or a parcel's number
        yield span_in_original(view, match.start(), match.end(), "US_BANK_NUMBER", 0.2)


def _license_matches(view: TextView) -> Iterator[re.Match[str]]:
    """The matches `_US_DRIVER_LICENSE.finditer` yields, tried only where one can open. Every format
    but "WDL..." holds a digit at most three characters in ("ABC12DEFG34"), after letters, a space or
    a hyphen, so that digit opens a whole digit run: the pattern is tried at each run's start and at
    a letter up to three characters before it, left to right, after the previous match."""
    text = view.text
    if "WDL" in text:
        yield from _US_DRIVER_LICENSE.finditer(text)
        return
    # (every format's first run of digits holds two or more: "A12-34-5678", "12 345 678", "123AB4567")
    yield from matches_at_digit_runs(view, _US_DRIVER_LICENSE, _ASCII_LETTERS, min_run=2)


def find_us_driver_licenses(view: TextView) -> Iterator[Span]:
    if not _license_possible(view):
        return
    for match in _license_matches(view):
        value = match.group()
        if labelled_as_document(view.text, match.start()):
            continue  # "your order #SO1974318 (Pro licence)": the order's number, whatever word follows
        if view.text[max(0, match.start() - 2) : match.start()].lower() == "s/":
            continue  # "S/N 956481020490": a serial number's N read as a licence's letter
        has_letter = any(c.isalpha() for c in value)
        yield span_in_original(view, match.start(), match.end(), "US_DRIVER_LICENSE", 0.3 if has_letter else 0.25)
