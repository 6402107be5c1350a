"""Personal identification numbers of the EU/EEA countries the older national-id table lacks.

One class, one rule: a number that passes its country's check (python-stdnum; the Hungarian one
here, stdnum has none) is confident when written in the country's own distinctive form (a Swedish
"730906-8851", a Latvian "241002-26936", a Czech "855712/4004", an Icelandic "150582-0089"), and
otherwise (a bare run of 10 or 11 digits, which one order or phone number in ten or a hundred passes
by chance) scored below the policy threshold, so that only a label nearby ("OIB", "isikukood",
"personnummer", "EGN", "AMKA"; "social security" for the AMKA only) raises it: see context.py. Each id is
one entity with its own label words, so the label also says which country's reading is meant.

Digit-only ids are read on the digits view from the windows numbers.id_windows finds once per view;
the Irish PPS number and the Portuguese citizen card hold letters and are matched on the folded view.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date

from stdnum.bg import egn as bg_egn
from stdnum.cz import rc as cz_rc
from stdnum.dk import cpr as dk_cpr
from stdnum.ee import ik as ee_ik
from stdnum.gr import amka as gr_amka
from stdnum.hr import oib as hr_oib
from stdnum.ie import pps as ie_pps
from stdnum.is_ import kennitala as is_kennitala
from stdnum.lt import asmens as lt_asmens
from stdnum.lv import pvn as lv_pvn
from stdnum.no import fodselsnummer as no_fnr
from stdnum.pt import cc as pt_cc
from stdnum.pt import nif as pt_nif
from stdnum.se import personnummer as se_pnr
from stdnum.si import emso as si_emso

from .normalize import TextView
from .numbers import SPACED_DASH, all_digit_runs, id_windows
from .recognizer import Recognizer, compiled_context
from .types import Span
from .views import TextViews

WRITTEN_SCORE = 0.85  # checksum-valid, in the country's distinctive written form
GROUPED_SCORE = 0.45  # checksum-valid, grouped otherwise: its label decides
BARE_SCORE = 0.4  # checksum-valid bare run of digits: its label decides

# English words any personal number may stand next to. Not "SSN" or "social security number": a
# personal number introduced so is already the writer's SSN (numbers.find_us_ssns), and a US SSN
# must not be relabelled as a nine-digit rodné číslo or NIF. Not a bare "ID number" either: a
# product's or an order's id is one too, and one such number in ten passes an 11-digit check.
COMMON_LABELS = ("personal number", "personal id", "personal code", "personal identification number",
                 "national id", "national identification number", "national identity number", "identity number")


def _date(day: str, month: str) -> bool:
    return 1 <= int(day) <= 31 and 1 <= int(month) <= 12


def is_hu_personal_id(digits: str) -> bool:
    """Hungarian személyi azonosító: sex/century digit, YYMMDD, serial, check digit. The check is the
    weighted sum of the first ten digits modulo 11, weights 1..10 for people born before 1997 and
    10..1 since (a remainder of 10 is never issued). Faker also uses 10..1 for a year '17."""
    if len(digits) != 11 or digits[0] not in "12345678" or not _date(digits[5:7], digits[3:5]):
        return False
    forward = sum((i + 1) * int(c) for i, c in enumerate(digits[:10])) % 11
    backward = (-forward) % 11  # weights 10..1 are 11 minus weights 1..10
    year = int(digits[1:3])
    if digits[0] in "12":
        allowed = {forward} if 17 < year <= 96 else {backward} if year > 96 else {forward, backward}
    elif digits[0] in "34":
        allowed = {backward}
    else:
        allowed = {forward, backward}
    return int(digits[10]) in allowed - {10}


def _checked(validate: Callable[[str], bool], possible: Callable[[str], bool]) -> Callable[[str], bool]:
    """The cheap structural precheck first: most windows of a phone or order number fail it without
    stdnum's cleaning and exception machinery."""
    return lambda digits: possible(digits) and validate(digits)


def _se_possible(d: str) -> bool:
    if len(d) == 12:
        if d[:2] not in ("18", "19", "20"):
            return False
        d = d[2:]
    return 1 <= int(d[2:4]) <= 12 and 1 <= int(d[4:6]) % 60 <= 31  # +60: samordningsnummer


@dataclass(frozen=True)
class PersonalNumber:
    entity: str
    lengths: tuple[int, ...]  # digit counts, longest first
    valid: Callable[[str], bool]  # on the digits alone
    labels: tuple[str, ...]  # label words in the country's language(s), before the common ones
    written: re.Pattern[str] | None = None  # the distinctive written form (on the original text)
    year_at: int = 0  # where the two-digit birth year stands in the digits (for the written form)


PERSONAL_NUMBERS: tuple[PersonalNumber, ...] = (
    PersonalNumber("BG_EGN", (10,), _checked(bg_egn.is_valid, lambda d: _date(d[4:6], str(int(d[2:4]) % 20))),
                   ("egn", "егн", "единен граждански номер", "unified civil number")),
    # Czech and Slovak rodné číslo (one system): YYMMDD/SSSC, +50 (+20) on the month for women; the
    # nine-digit form of those born before 1954 has no check digit, so only its label finds it.
    PersonalNumber("CZ_SK_RODNE_CISLO", (10, 9),
                   _checked(cz_rc.is_valid, lambda d: _date(d[4:6], str(int(d[2:4]) % 50 % 20))
                            and (len(d) == 10 or int(d[:2]) < 54)),
                   ("rodné číslo", "rodne cislo", "rodného čísla", "rodneho cisla", "r.č.", "rč", "birth number"),
                   re.compile(r"[0-9]{6} ?/ ?[0-9]{4}"), 0),
    # Danish CPR: DDMMYY-SSSS; no check digit since 2007, so only its label finds it.
    PersonalNumber("DK_CPR", (10,), _checked(dk_cpr.is_valid, lambda d: _date(d[0:2], d[2:4])),
                   ("cpr", "cpr-nr", "cpr-nummer", "cpr nr", "personnummer")),
    PersonalNumber("EE_ISIKUKOOD", (11,), _checked(ee_ik.is_valid, lambda d: d[0] in "123456" and _date(d[5:7], d[3:5])),
                   ("isikukood", "isikukoodi", "isikukoodiga", "personal identification code")),
    PersonalNumber("GR_AMKA", (11,), _checked(gr_amka.is_valid, lambda d: _date(d[0:2], d[2:4])),
                   ("amka", "αμκα", "α.μ.κ.α.", "αριθμός μητρώου κοινωνικής ασφάλισης", "social security")),
    # Croatian OIB: eleven digits, one ISO 7064 check digit and no date: only its label finds it.
    PersonalNumber("HR_OIB", (11,), hr_oib.is_valid,
                   ("oib", "osobni identifikacijski broj", "osobnog identifikacijskog broja")),
    PersonalNumber("HU_SZEMELYI_SZAM", (11,), is_hu_personal_id,
                   ("személyi szám", "személyi azonosító", "személyazonosító szám", "szemelyi szam",
                    "személyi számát", "személyi száma"),
                   re.compile(r"[0-9]-[0-9]{6}-[0-9]{4}"), 1),
    # Icelandic kennitala: DDMMYY-NNCD, a mod-11 check digit and the century (9, 0); companies add 40
    # to the day and are not personal.
    PersonalNumber("IS_KENNITALA", (10,),
                   _checked(is_kennitala.is_valid, lambda d: d[9] in "890" and _date(d[0:2], d[2:4])),
                   ("kennitala", "kennitölu", "kennitölur", "kt", "kt."), re.compile(r"[0-9]{6}-[0-9]{4}"), 4),
    PersonalNumber("LT_ASMENS_KODAS", (11,),
                   _checked(lt_asmens.is_valid, lambda d: d[0] in "123456" and _date(d[5:7], d[3:5])),
                   ("asmens kodas", "asmens kodą", "asmens kodo", "a.k.")),
    # Latvian personas kods: DDMMYY-CNNNX with a check digit; the newer codes opening on 32 have none.
    PersonalNumber("LV_PERSONAS_KODS", (11,),
                   _checked(lv_pvn.is_valid, lambda d: d[0] in "0123" and (d[:2] == "32" or _date(d[0:2], d[2:4]))),
                   ("personas kods", "personas kodu", "personas koda", "p.k."),
                   re.compile(r"(?!32)[0-9]{6}-[0-9]{5}"), 4),
    # Norwegian fødselsnummer: DDMMYY plus five digits holding two mod-11 check digits (+40 on the day
    # for a D-number, +40/+80 on the month for H- and test numbers).
    PersonalNumber("NO_FODSELSNUMMER", (11,),
                   _checked(no_fnr.is_valid, lambda d: 1 <= int(d[0:2]) % 40 <= 31 and 1 <= int(d[2:4]) % 40 <= 12),
                   ("fødselsnummer", "fodselsnummer", "fødselsnr", "fnr", "f.nr.", "personnummer", "d-nummer",
                    "national identity number"),
                   re.compile(r"[0-9]{6} [0-9]{5}"), 4),
    # Portuguese NIF of a person (first digit 1-3; 5-9 are companies and public bodies), mod 11.
    PersonalNumber("PT_NIF", (9,), _checked(pt_nif.is_valid, lambda d: d[0] in "123"),
                   ("nif", "contribuinte", "número de contribuinte", "numero de contribuinte", "n.º contribuinte",
                    "número de identificação fiscal", "tax number")),
    # Swedish personnummer: (YY)YYMMDD-NNNC with a Luhn check digit over the last ten digits.
    PersonalNumber("SE_PERSONNUMMER", (12, 10), _checked(se_pnr.is_valid, _se_possible),
                   ("personnummer", "personnumret", "pnr", "samordningsnummer", "personal identity number"),
                   re.compile(r"(?:[0-9]{2})?[0-9]{6}-[0-9]{4}"), -10),
    # Slovenian EMŠO: DDMMYYY, a register code, a serial and a mod-11 check digit.
    PersonalNumber("SI_EMSO", (13,), _checked(si_emso.is_valid, lambda d: _date(d[0:2], d[2:4])),
                   ("emšo", "emso", "enotna matična številka občana", "enotna maticna stevilka obcana")),
)

PERSONAL_NUMBER_BY_ENTITY = {spec.entity: spec for spec in PERSONAL_NUMBERS}
DIGIT_PERSONAL_NUMBER_ENTITIES = frozenset(PERSONAL_NUMBER_BY_ENTITY)


def labels(entity: str) -> tuple[str, ...]:
    """The context words of one personal number: its own labels, then the common ones."""
    return PERSONAL_NUMBER_BY_ENTITY[entity].labels + COMMON_LABELS


def _recent_year(digits: str, at: int) -> bool:
    """A birth year of the last two years or the next: "240115-1234" on a 2025 invoice is as often a
    date-stamped reference as an infant's number, so its form alone proves nothing."""
    this_year = date.today().year % 100
    year = int(digits[at : at + 2] if at >= 0 else digits[len(digits) + at : len(digits) + at + 2])
    return (this_year - year) % 100 <= 2 or (year - this_year) % 100 == 1


def _written_alone(original: str, start: int, end: int) -> bool:
    """A distinctive form counts only standing alone: "INC-240115-1234" and "2024/240115-1234" are
    references, whatever their digits pass."""
    before = original[start - 1] if start else " "
    after = original[end] if end < len(original) else " "
    return before not in "-/.#_" and after not in "-/.#_" and not (before.isalnum() or after.isalnum())


def _find(view: TextView, spec: PersonalNumber, windows: dict[int, list[tuple[int, int, int]]],
          original: str) -> Iterator[Span]:
    """Windows of one id's lengths (longest first) that pass its check, none overlapping an earlier
    one; a window whose groups a spaced dash splits is two numbers, not one id."""
    text = view.text
    taken: list[tuple[int, int]] = []
    for length in spec.lengths:
        for a, b, groups in windows.get(length, ()):
            if any(a < tb and ta < b for ta, tb in taken) or not spec.valid(text[a:b]):
                continue
            start, end = view.to_original(a, b)
            if groups > 1 and SPACED_DASH.search(original, start, end):
                continue
            if spec.written is not None and spec.written.fullmatch(original, start, end) \
                    and _written_alone(original, start, end) and not _recent_year(text[a:b], spec.year_at):
                score = WRITTEN_SCORE
            else:
                score = GROUPED_SCORE if groups > 1 else BARE_SCORE
            taken.append((a, b))
            yield Span(start, end, spec.entity, score)


class PersonalNumbersRecognizer(Recognizer):
    """Every digit-only personal number a policy wants, in one recognizer: a recognizer per country
    cost each text a round of calls per country (about 8% of the detection of 1 KB of prose), while
    most texts hold no window of their lengths at all. Each entity keeps its own label words."""

    name = "find_personal_numbers"
    view = "digits"

    def __init__(self, wanted: frozenset[str] = DIGIT_PERSONAL_NUMBER_ENTITIES) -> None:
        self._specs = tuple(spec for spec in PERSONAL_NUMBERS if spec.entity in wanted)
        self.entities = frozenset(spec.entity for spec in self._specs)
        self.context = tuple(dict.fromkeys(word for spec in self._specs for word in labels(spec.entity)))
        self._lengths = frozenset(length for spec in self._specs for length in spec.lengths)

    def find(self, views: TextViews) -> Iterable[Span]:
        view = views.digits
        windows = id_windows(view)
        if self._lengths.isdisjoint(windows):
            return ()
        return [span for spec in self._specs for span in _find(view, spec, windows, views.original)]

    def context_pattern(self, entity: str) -> re.Pattern[str] | None:
        return compiled_context(labels(entity))


# Irish PPS number: seven digits, a check letter (mod 23) and an optional second letter.
_PPS = re.compile(r"[0-9]{7}[A-Wa-w][A-IWa-iw]?(?![\w])")
# Portuguese Cartão de Cidadão: eight digits, a digit, two letters (the version) and a check digit over
# them all (the only one python-stdnum verifies).
_CC = re.compile(r"[0-9]{8} ?[0-9] ?[A-Z]{2}[0-9](?![\w])")


def _letter_ids(view: TextView, pattern: re.Pattern[str], run_lengths: tuple[int, ...]) -> Iterator[re.Match[str]]:
    """Matches opening on a digit run of one of `run_lengths`, not glued to a word before it."""
    text = view.text
    for start, end in all_digit_runs(view):
        if start and (text[start - 1].isalnum() or text[start - 1] == "_"):
            continue
        if end - start in run_lengths:
            match = pattern.match(text, start)
            if match is not None:
                yield match


def find_ie_pps(view: TextView) -> Iterator[Span]:
    """Only with its label: a code of seven digits and a letter passes the check one time in 23."""
    for match in _letter_ids(view, _PPS, (7,)):
        if ie_pps.is_valid(match.group().upper()):
            start, end = view.to_original(*match.span())
            yield Span(start, end, "IE_PPS", GROUPED_SCORE)


def find_pt_citizen_cards(view: TextView) -> Iterator[Span]:
    """The version letters in capitals and the check digit make the card number its own evidence."""
    for match in _letter_ids(view, _CC, (8, 9)):
        if pt_cc.is_valid(match.group()):
            start, end = view.to_original(*match.span())
            yield Span(start, end, "PT_CITIZEN_CARD", WRITTEN_SCORE)


PERSONAL_NUMBER_ENTITIES = DIGIT_PERSONAL_NUMBER_ENTITIES | {"IE_PPS", "PT_CITIZEN_CARD"}
