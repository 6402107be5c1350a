"""Phone numbers: E.164, US and EU national formats, on the digits-collapsed view.

Candidates come from a shape regex; `phonenumbers` judges whether the digits can be a number.
The original grouping sets the score: "+41 44 668 18 00" or "(555) 123-4567" are phones on their
own, a bare run of ten digits needs a context word ("call", "Tel.") to be reported, and so does a
number opening on "00" that no numbering plan accepts. A number after a label that names another
thing ("Ordine n.", "Bestellnr.", "Invoice:"), a meeting's ID or a device's serial number ("Meeting
ID:", "S/N"), or in year-dash-number form ("2025-0412", "2019–2023") or a span of months ("2016-08   2019-02") is no phone; nor is an amount in thousands beside
a currency ("1 250 000 €"), a log's year-first date ("2025/06/03 08:14"), and a bare run of digits alone
in brackets ("(183442001408)") needs a phone word near it. A number after "+" that a numbering plan allows
is a phone whatever its dots ("+61.3.5550.0123"), and so is a number opening on a trunk "0" in two
dotted groups ("0555.0187": a decimal's whole part has no leading zero). A table's phone column is
read by phone_columns.py.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import phonenumbers

from .id_keys import in_id_column, keyed_as_identifier
from .institutions import after_register_label
from .normalize import TextView
from .numbers import group_shape, matches_at_digit_runs
from .phone_columns import find_phone_cells
from .phone_plans import possible_somewhere, valid_somewhere
from .reference_labels import labelled_as_document, on_shipment_line
from .types import Span

_PHONE = re.compile(
    r"(?<![\w+])"
    r"(?P<intl>(?:\+|00)[0-9]{1,4}[ \-]?)?"
    r"(?:\(\s?(?:\+?[0-9]{1,5}|0)\s?\)[ \-.]?)?"
    r"[0-9]{4,15}"
    r"(?:[ ]?(?:x|ext\.?|extension|#)[ ]?[0-9]{1,6})?"
    r"(?![\w]|\.[0-9]|,[0-9])",
    re.IGNORECASE,
)
_EXTENSION = re.compile(r"(?:x|ext\.?|extension|#)\s?[0-9]+$", re.IGNORECASE)
_NATIONAL_REGIONS = ("US", "GB", "DE", "FR", "ES", "IT", "NL", "BE", "PL", "CH", "AT", "IN")


# "2024-01-15", "2025/06/03 08:14" (a log's year-first date), "15.01.2024": a date opens the number.
_DATE_PREFIX = re.compile(r"[0-9]{4}(?P<ysep>[./-])[0-9]{1,2}(?P=ysep)[0-9]{1,2}|[0-9]{1,2}[./-][0-9]{1,2}[./-][0-9]{4}")
# "28/09/25", "3.11.24": a day, a month and a two-digit year (either of the first two may be the month).
_SHORT_DATE = re.compile(r"(?P<a>[0-9]{1,2})(?P<sep>[./])(?P<b>[0-9]{1,2})(?P=sep)[0-9]{2}")


def _short_date(original: str) -> bool:
    match = _SHORT_DATE.fullmatch(original)
    if match is None:
        return False
    a, b = int(match.group("a")), int(match.group("b"))
    return 1 <= min(a, b) and min(a, b) <= 12 and max(a, b) <= 31


def _looks_like_date_or_version(original: str, shape: tuple[int, ...]) -> bool:
    """Dates (2024-01-15, 15.01.2024), dotted quads, versions and decimals are not phones."""
    if len(shape) >= 7 and max(shape) == 1:
        return False  # "5.5.5.2.3.4.8.8.7.1": digits spelled one by one to dodge filters
    if _DATE_PREFIX.match(original) or _short_date(original) or ("." in original and min(shape) == 1):
        return True
    if len(shape) == 3 and (shape[0] == 4 or shape[2] == 4) and sorted(shape)[:2] == [2, 2]:
        return True
    if len(shape) == 3 and shape == (2, 2, 2) and "." in original:
        return True
    if original.count(".") >= 2 and max(shape) <= 3 and len(shape) == 4:
        return True
    # "12.5", "1234.56": a decimal. A decimal's whole part never opens on a padding zero, a trunk
    # prefix does: "0360.6945" is a number dialled in two groups.
    return len(shape) == 2 and "." in original and "(" not in original and not _trunk_prefixed(original, shape)


def _trunk_prefixed(original: str, shape: tuple[int, ...]) -> bool:
    """"0555.0187": a trunk "0" opening three digits or more, one dot, 7 digits or more. ("0255897..0000000",
    a git diff's index line, has two dots: a range, not a number.)"""
    return original.startswith("0") and shape[0] >= 3 and sum(shape) >= 7 and original.count(".") == 1 \
        and len(original) == sum(shape) + 1


def _phone_like_groups(shape: tuple[int, ...]) -> bool:
    """Grouping people use for phone numbers: 2-4 groups, no two leading groups of four."""
    if not 2 <= len(shape) <= 5 or not 6 <= sum(shape) <= 12 or shape[0] > 5:
        return False  # "20240115-0042": a long leading run is a date or an id, not a phone group
    return not (len(shape) >= 3 and shape[0] == 4 and shape[1] == 4)


def _thousands_like(shape: tuple[int, ...]) -> bool:
    return len(shape) >= 2 and 1 <= shape[0] <= 3 and all(g == 3 for g in shape[1:])


# A currency sign or code beside a number grouped in thousands makes it an amount: "Capital social
# 1 250 000 €", "EUR 2 500 000", "CHF 1'250'000" is money, not a phone.
_CURRENCY_AFTER = re.compile(r"[ \u00a0]?(?:[€$£¥]|(?:EUR|USD|GBP|CHF|SEK|NOK|DKK|PLN|CZK|HUF|RON|Fr\.|kr|zł|Kč|Ft)(?![^\W\d_]))")
_CURRENCY_BEFORE = re.compile(r"(?:[€$£¥]|(?<![^\W\d_])(?:EUR|USD|GBP|CHF|SEK|NOK|DKK|PLN|CZK|HUF|RON|Fr\.|kr|zł|Kč|Ft))[ \u00a0]?$")


def _an_amount(text: str, start: int, end: int) -> bool:
    return _CURRENCY_AFTER.match(text, end) is not None or _CURRENCY_BEFORE.search(text, max(0, start - 5), start) is not None


# A bare run of digits alone in brackets: "(183442001408)".
_BRACKETED = re.compile(r"\([0-9]+\)")
# Eight digits that read as a date, year first: "20260114" in an EDI segment or a file name.
_COMPACT_DATE = re.compile(r"(?:19|20)[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])")


def _followed_by_word(text: str, end: int) -> bool:
    rest = text[end : end + 3].lstrip(" ")
    return bool(rest) and rest[0].isalpha() and rest[0].islower()


# "ORD-2023-309699", "#22824607": the digits are the tail of an identifier, not a phone.
_ID_PREFIX = re.compile(r"(?:[A-Za-z]-|#)$")
# "11150054-aa4f-482f-...": the digits open a UUID (hex groups of four follow).
_ID_SUFFIX = re.compile(r"-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}")
# "2025/6894", "FT 8182/2022": an invoice or order number in year/number form. German area codes
# written "0221/123456" open on 0, so a slash pair with a year at either end is never one.
_YEAR_SLASH = re.compile(r"(?:19|20)[0-9]{2}/[1-9][0-9]{2,5}|[1-9][0-9]{2,5}/(?:19|20)[0-9]{2}")
# "2025-0412": a reference in year-dash-number form. No national format the regions above use opens a
# phone on a 19xx/20xx group split off by a dash (area codes open on 0, US ones are three digits).
# The dash may be an en or em dash: "2019–2023" is a span of years on a CV or a signature's tenure.
_YEAR_DASH = re.compile(r"(?:19|20)[0-9]{2}[-\u2013\u2014][0-9]{3,6}")
# "2016-08   2019-02", "2014-01 – 2016-07": a span of months (an address history's From/To columns).
_MONTH_SPAN = re.compile(
    r"(?:19|20)[0-9]{2}-(?:0[1-9]|1[0-2])\s*[-\u2013\u2014]?\s*(?:19|20)[0-9]{2}-(?:0[1-9]|1[0-2])")
# A number after a label that names something else is that thing's number: "Ordine n. 4500219877",
# "Bestellnr. 4500219877", "Invoice: 4500219877", "Segnalazione n. 2025-0412", "bag tag 7543563930".
# Two forms: an order, invoice, tag or delivery-slip noun in en/de/fr/es/it (with or without its number word), or any noun before a written
# "number" abbreviation ("n.", "Nr.", "No.", "n°"), unless that noun is a phone's ("Tel. Nr.", "Fax-Nr.").
_REFERENCE_NOUN = (
    r"(?:order|ordine|orden|bestellung|bestell|auftrag|commande|pedido|invoice|rechnung|facture|factura"
    r"|fattura|lieferschein|ticket|tracking|tag|etiqueta|étiquette|etichetta|bordereau|albarán|albaran|waybill"
    r"|consignment|sendung)[^\W\d_]*"
)
_NUMBER_WORD = r"(?:number|nummer|numéro|número|numero|no\.?|nr\.?|n\.?\s?[°º]|n\.|id|ref\.?)"
# The identifier of a thing, not of a person: a meeting's or a session's ID ("Meeting ID: 347 219
# 884 120", "Teams meeting ID 318 552 907 41") or a device's serial number ("S/N 592782269037"). A
# person's ID ("worker_id", "Kunden-ID") is personal data and stays masked, as a phone if need be.
_THING_ID_BEFORE = re.compile(
    r"(?i)(?:(?<![^\W_])(?:meeting|conference|konferenz|besprechungs|webinar|session|sitzungs|event|réunion|"
    r"reunión|riunione|room|raum|device|geräte)[\s_\-]*id|(?<![^\W_])(?:s/n|sn|serial(?:[\s_\-]*(?:no\.?|nr\.?|number))?"
    r"|seriennummer|numéro de série|número de serie|numero di serie))\s*[:.#]?\s*$"
)
_THING_ID_HINTS = ("id", "s/n", "sn", "serial", "serie", "série")
_LABEL_BEFORE = re.compile(
    rf"(?i)(?:(?<![^\W_]){_REFERENCE_NOUN}(?:[\s_\-]*{_NUMBER_WORD})?"
    rf"|(?:(?<![^\W_])(?P<noun>[^\W\d_]+)[.\-]?\s*)?(?<![^\W\d_])(?:n\.?\s?[°º]|n\.|nr\.|no\.|num\.))"
    r"[\"']?\s*[:.=]?\s*[\"']?$"  # a quoted key too: '"bag_tag": "8221575411"'
)
# A phone line's own nouns count too: "ligne fixe n° 728 2956", "linea fissa n.", "Festnetz-Nr.",
# "landline no.": a subscriber's line number is a phone number.
_PHONE_NOUN_STEMS = ("tel", "phone", "fon", "fax", "mob", "handy", "cell", "portable", "móvil", "movil", "whats",
                     "sms", "ruf", "durchwahl", "hotline", "contact", "kontakt", "contatto", "contacto", "zentrale",
                     "fixe", "fisso", "fissa", "fijo", "festnetz", "ligne", "linea", "línea", "landline", "gsm")
_LABEL_REACH = 40  # characters before a number in which its label is read
VALID_INTERNATIONAL_SCORE = 0.9
POSSIBLE_INTERNATIONAL_SCORE = 0.75  # a length the country's plan allows, in no range it assigns
UNPLANNED_INTERNATIONAL_SCORE = 0.35  # below the default threshold: a context word must raise it
# An access log's status and byte count ('"GET /x HTTP/1.1" 200 5123') follow the request.
_HTTP_REQUEST_BEFORE = re.compile(r'HTTP/[0-9.]{1,3}"[ ]?$')
# A dotted number right after a version word is the version: "Driver version 531.18.05", "build 22.04.3".
# Fewer words than ip_addresses.py's _VERSION_WORDS on purpose: "Update: 020.7946.0018" or "Patch:" before a
# dotted number is as often a phone someone was given, and a phone let through is a leak.
_VERSION_BEFORE = re.compile(r"(?i)(?<![^\W_])(?:version|ver\.|build|release|firmware)[ :]{1,2}v?$")
# A dash between spaces ("Via Rita, 76 – 58022 Preturo") separates phrases, not a number's groups.
_SPACED_DASH = re.compile(r"[0-9] [\u2013\u2014] [0-9]")
# Compiled once: re.sub/re.findall with a pattern string look it up in re's cache at every candidate.
_NON_DIGITS = re.compile(r"[^0-9]")
_DIGIT_GROUPS = re.compile(r"[0-9]+")


# A piece of every label _LABEL_BEFORE reads: most numbers have none before them, and `in` on a short
# window costs far less than the regex search.
_LABEL_HINTS = ("n.", "nr.", "no.", "°", "º", "num.", "order", "ordine", "orden", "bestell", "auftrag", "commande",
                "pedido", "invoice", "rechnung", "factur", "fattura", "lieferschein", "ticket", "tracking", "tag",
                "etiqueta", "étiquette", "etichetta", "bordereau", "albar", "waybill", "consignment", "sendung")


def _label_possible(window: str) -> bool:
    """Exact precheck: every label _LABEL_BEFORE reads holds one of the hints (in lower case)."""
    lower = window.lower()
    return any(hint in lower for hint in _LABEL_HINTS)


def _labelled_as_thing_id(text: str, start: int) -> bool:
    """Whether a meeting's ID or a device's serial label stands right before `start` ("S/N 0049...":
    a serial may open on "00" without being dialled abroad)."""
    window = text[max(0, start - _LABEL_REACH) : start]
    lower = window.lower()
    return any(hint in lower for hint in _THING_ID_HINTS) and _THING_ID_BEFORE.search(window) is not None


def _labelled_as_other_number(text: str, start: int) -> bool:
    """Whether the label right before `start` names an order, invoice or other non-phone number."""
    if _labelled_as_thing_id(text, start):
        return True
    window = text[max(0, start - _LABEL_REACH) : start]
    if not _label_possible(window):
        return False
    match = _LABEL_BEFORE.search(window)
    if match is None:
        return False
    noun = (match.group("noun") or "").lower()
    return not any(stem in noun for stem in _PHONE_NOUN_STEMS)


def _international_score(body: str, digits: str) -> float | None:
    """The score of a number written with its international prefix ("+41 ...", "0041 ..."). One opening
    on "00" that no numbering plan accepts ("Telefon: 00961 89703", a mistyped or padded number) is
    reported only with a phone word nearby (the context rule raises the base score)."""
    international = "+" + digits[2:] if body.startswith("00") else "+" + digits
    try:
        number = phonenumbers.parse(international, None)
    except phonenumbers.NumberParseException:
        number = None
    if number is not None and phonenumbers.is_possible_number(number):
        return VALID_INTERNATIONAL_SCORE if phonenumbers.is_valid_number(number) else POSSIBLE_INTERNATIONAL_SCORE
    if body.startswith("00") and 9 <= len(digits) <= 12:
        return UNPLANNED_INTERNATIONAL_SCORE
    return None


def _phone_matches(view: TextView) -> Iterator[re.Match[str]]:
    """The matches `_PHONE.finditer` yields, tried only where one can open. A match opens on "+",
    "(" or a digit and holds its first digit at most three characters in ("( +4"); that digit opens
    a whole digit run (a digit, a word character, "+" or "(" stands before it), so the pattern is
    tried at each run's start and at a "+" or "(" up to three characters before it, left to right,
    after the previous match, instead of at every character of the text."""
    return matches_at_digit_runs(view, _PHONE, "+(")


def find_phone_numbers(view: TextView, original_text: str) -> Iterator[Span]:
    for match in _phone_matches(view):
        a, b = match.span()
        if not match.group("intl") and _ID_PREFIX.search(view.text, max(0, a - 2), a):
            continue
        body = _EXTENSION.sub("", match.group()).rstrip()
        digits = _NON_DIGITS.sub("", body)
        if not 6 <= len(digits) <= 15 or len(set(digits)) < 3:
            continue
        start, end = view.to_original(a, b)
        original = original_text[start:end]
        if _ID_SUFFIX.match(original_text, end):
            continue
        if original_text[start - 1 : start] == ":" and original_text[end : end + 1] == ":":
            continue  # "arn:aws:iam::123456789012:role/x", "1:418827716352:web:...": an identifier's segment
        if _YEAR_SLASH.fullmatch(original) or _YEAR_DASH.fullmatch(original) or _SPACED_DASH.search(original) \
                or _MONTH_SPAN.fullmatch(original):
            continue
        if not match.group("intl") and _labelled_as_other_number(original_text, start):
            continue
        if match.group("intl") and body.startswith("00") and _labelled_as_thing_id(original_text, start):
            continue  # "S/N 004996611503": a serial's leading zeros, not an international call
        if not match.group("intl") and (
                keyed_as_identifier(original_text, start) or in_id_column(original_text, start, end)):
            continue  # '"id": 4155550123', "o.id IN (...)", "/orders/4155550123", an "id" column: a record's id
        if not match.group("intl") and labelled_as_document(original_text, start):
            continue  # "PO: 4500219877", "Contract no. ...", "Ref: ...": the document's number
        if not match.group("intl") and after_register_label(original_text, start):
            continue  # "RCS Nanterre 552 120 222", "SIREN 552120222": the firm's register number
        if not match.group("intl") and on_shipment_line(original_text, start):
            continue  # "TRACKING #: 8547732278", "Transporteur : Geodis – 934042485771": the parcel's
        if _HTTP_REQUEST_BEFORE.search(original_text, max(0, start - 12), start):
            continue
        if "." in original and not match.group("intl") \
                and _VERSION_BEFORE.search(original_text, max(0, start - 12), start):
            continue
        # The groups of the number itself: "872.380.5481x6014" is grouped 3-3-4, the extension apart.
        shape = tuple(map(len, _DIGIT_GROUPS.findall(_EXTENSION.sub("", original)))) or group_shape(view, a, b)
        # The country code of "+1.212.555.0187" is not a one-digit group of a date or version.
        local_shape = shape[1:] if match.group("intl") and len(shape) > 2 else shape
        if match.group("intl"):
            score = _international_score(body, digits)
            if score is None:
                continue
            # No date or version opens on "+": "+61.7.5550.0123" (a one-digit area code between
            # dots) is a number a numbering plan allows, whatever its dots.
            if not (body.startswith("+") and score >= POSSIBLE_INTERNATIONAL_SCORE) \
                    and _looks_like_date_or_version(original, local_shape):
                continue
        elif _looks_like_date_or_version(original, local_shape):
            continue
        elif len(shape) >= 2 or "(" in original:
            if len(digits) < 7 and len(shape) < 3:
                continue
            if not possible_somewhere(digits, _NATIONAL_REGIONS):
                continue
            score = 0.7 if len(digits) >= 9 else 0.55
            if not (original.startswith(("0", "(")) or _phone_like_groups(shape)):
                score = 0.4  # "2024 0115 7781", "4411-2231-07": order or invoice numbers
            elif _thousands_like(shape) and _followed_by_word(original_text, end):
                score = 0.4  # "we sold 255 169 974 units"
            if _thousands_like(shape) and _an_amount(original_text, start, end):
                continue
        else:
            if not 8 <= len(digits) <= 12:
                continue
            score = 0.5 if valid_somewhere(digits, _NATIONAL_REGIONS) else 0.35
            if start > 0 and _BRACKETED.fullmatch(original_text, start - 1, end + 1):
                score = min(score, 0.45)  # "scanned at warehouse (183442001408)": a reference set apart, unless a phone word is near
            if _COMPACT_DATE.fullmatch(digits):
                score = min(score, 0.45)  # "GS*SH*...*20260114*0932": a date, unless a phone word is near
        yield Span(start, end, "PHONE_NUMBER", score)
    yield from find_phone_cells(original_text)  # a table's phone column: its name is the label
