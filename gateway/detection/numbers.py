"""Recognizers for digit-bearing identifiers, run on the digits-collapsed view.

Every candidate is a run of digits in which separators ("4111 1111", "4 1 1 1", "85.07.30-033.28")
were collapsed; windows of a long run are tried only on original group boundaries, so two cards
separated by a space are still two cards. Checksums decide; the group shape only sets the score.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator

from .checksums import DIGIT_PRECHECKS, ID_VALIDATORS, is_credit_card, is_us_ssn
from .normalize import TextView, view_fact
from .types import Span

# Written "[0-9][0-9]*", not "[0-9]+": a pattern opening on a bare character class lets Python's
# re skip to the next digit in C; "[0-9]+" is tried at every character (twice as slow on prose).
_DIGIT_RUN = re.compile(r"[0-9][0-9]*")
_LETTER = re.compile(r"[^\W\d_]")


def _is_word_char(text: str, index: int) -> bool:
    return 0 <= index < len(text) and (text[index].isalnum() or text[index] == "_")


def _all_digit_runs(text: str) -> list[tuple[int, int]]:
    return [match.span() for match in _DIGIT_RUN.finditer(text)]


def all_digit_runs(view: TextView) -> list[tuple[int, int]]:
    """Every maximal run of ASCII digits, found once per view: the pattern recognizers that need
    digits ask it before scanning the text (most prose has none of the runs they need)."""
    return view_fact(view, _all_digit_runs)


def matches_at_digit_runs(view: TextView, pattern: re.Pattern[str], openers: str,
                          min_run: int = 1) -> Iterator[re.Match[str]]:
    """The matches `pattern.finditer(view.text)` yields, for a pattern whose every match holds a digit
    at most three characters in, behind nothing but `openers` characters: tried at each digit run's
    start and at an opener up to three characters before it, left to right, after the previous match,
    instead of at every character of the text. With `min_run`, a pattern whose first run of digits is
    always that long is not tried at shorter runs (a position tried for a run has no digit before the
    run: an earlier run's positions were tried with it and `after` passed them)."""
    text = view.text
    after = 0
    for start, end in all_digit_runs(view):
        if end - start < min_run:
            after = max(after, start + 1)  # as when no position matched
            continue
        for position in range(max(after, start - 3), start + 1):
            if position < start and text[position] not in openers:
                continue
            match = pattern.match(text, position)
            if match is not None:
                after = match.end()
                yield match
                break
        else:
            after = max(after, start + 1)


def longest_digit_run(view: TextView) -> int:
    return max((end - start for start, end in all_digit_runs(view)), default=0)


def digit_runs(view: TextView) -> list[tuple[int, int]]:
    """Maximal digit runs not glued to letters (hashes, UUIDs and tokens like S3 are skipped), found
    once per view (cards, SSNs and nine national ids read them)."""
    runs: list[tuple[int, int]] | None = view.facts.get(digit_runs)
    if runs is None:
        text = view.text
        runs = view.facts[digit_runs] = [(start, end) for start, end in all_digit_runs(view)
                                         if not (_is_word_char(text, start - 1) or _is_word_char(text, end))]
    return runs


def _cuts(view: TextView, start: int, end: int) -> list[int]:
    joins = view.joins
    inner = joins[bisect.bisect_right(joins, start) : bisect.bisect_left(joins, end)]
    return [start, *inner, end]


def windows(view: TextView, start: int, end: int, lengths: range) -> Iterator[tuple[int, int]]:
    """Sub-runs of [start, end) whose edges fall on group boundaries, longest first."""
    cuts = _cuts(view, start, end)
    found: list[tuple[int, int]] = []
    for i, a in enumerate(cuts):
        for j in range(i + 1, len(cuts)):
            b = cuts[j]
            if b - a in lengths:
                found.append((a, b))
            elif b - a >= lengths.stop:
                break
    found.sort(key=lambda w: (-(w[1] - w[0]), w[0]))
    return iter(found)


def group_shape(view: TextView, start: int, end: int) -> tuple[int, ...]:
    """Lengths of the original digit groups inside [start, end)."""
    cuts = _cuts(view, start, end)
    return tuple(b - a for a, b in zip(cuts, cuts[1:]))


def _first_fits(
    view: TextView, start: int, end: int, lengths: range, valid: Callable[[str], bool]
) -> Iterator[tuple[int, int]]:
    """Non-overlapping windows that pass `valid`, preferring the longest."""
    taken: list[tuple[int, int]] = []
    for a, b in windows(view, start, end, lengths):
        if any(a < tb and ta < b for ta, tb in taken):
            continue
        if valid(view.text[a:b]):
            taken.append((a, b))
            yield a, b


def _span(view: TextView, a: int, b: int, entity: str, score: float) -> Span:
    start, end = view.to_original(a, b)
    return Span(start, end, entity, score)


def find_credit_cards(view: TextView) -> Iterator[Span]:
    for start, end in digit_runs(view):
        if end - start < 12:
            continue
        for a, b in _first_fits(view, start, end, range(12, 20), is_credit_card):
            digits = view.text[a:b]
            # 12-13 digit Maestro-style numbers pass Luhn by chance 1 in 10: need context.
            score = 0.95 if b - a >= 14 or digits.startswith("4") else 0.45
            yield _span(view, a, b, "CREDIT_CARD", score)


# "SSN", "social security (number)" right before a value: the writer says what it is.
_SSN_INTRO = re.compile(r"(?:ssn|social security(?: number| no\.?)?|ss#)\s*(?:is|:|#|no\.?)?\s*$", re.IGNORECASE)


def find_us_ssns(view: TextView) -> Iterator[Span]:
    # No checksum: only a whole run of nine digits counts, never a slice of a longer number.
    for start, end in digit_runs(view):
        if 10 <= end - start <= 13 and _SSN_INTRO.search(view.text, max(0, start - 30), start):
            # A national personal number introduced as the social security number (a fødselsnummer's
            # 11 digits, a CNP's 13): the writer's SSN, whatever its country's format.
            yield _span(view, start, end, "US_SSN", 0.8)
            continue
        if end - start != 9:
            continue
        shape = group_shape(view, start, end)
        if is_us_ssn(view.text[start:end]):
            score = 0.85 if shape == (3, 2, 4) else 0.6 if len(shape) == 9 else 0.35
        elif shape == (3, 2, 4) and _SSN_INTRO.search(view.text, max(0, start - 30), start):
            # Introduced as an SSN but outside SSA rules (078-05-1120, 000-12-3456): still the
            # writer's SSN. Scored above a phone reading so it gets the SSN action, never a
            # phone-number pseudonym the model could read back as a number.
            score = 0.8
        else:
            continue
        yield _span(view, start, end, "US_SSN", score)


# entity -> (digit count, score when grouped as written, score when a bare digit run)
_NATIONAL_IDS: dict[str, tuple[int, float, float]] = {
    "DE_TAX_ID": (11, 0.6, 0.45),
    "NL_BSN": (9, 0.45, 0.4),
    "PL_PESEL": (11, 0.6, 0.5),
    "BE_NATIONAL_NUMBER": (11, 0.7, 0.5),
    "UK_NHS": (10, 0.45, 0.4),
    # Swiss AHV/AVS: 13 digits opening on 756 with an EAN-13 check digit, rarely met by chance.
    "CH_AHV": (13, 0.75, 0.6),
    # Austrian social insurance number: a check digit and a birth date inside its 10 digits.
    "AT_SVNR": (10, 0.45, 0.4),
    # Canadian SIN: nine digits with a Luhn check, which one number in ten passes: context decides.
    "CA_SIN": (9, 0.45, 0.35),
    # Romanian CNP: 13 digits holding a birth date and a county code, one check digit (mod 11); a bare
    # run of 13 digits is as often a barcode (EAN-13): written bare, its label decides.
    "RO_CNP": (13, 0.6, 0.4),
}


# 12: a Swedish personnummer with its century (personal_numbers.py reads these windows too).
_ID_LENGTHS = frozenset(length for length, _, _ in _NATIONAL_IDS.values()) | {12}
_SHORTEST_ID = min(_ID_LENGTHS)


def id_windows(view: TextView) -> dict[int, list[tuple[int, int, int]]]:
    """Per national-id length (9 to 13), the windows (start, end, group count) of that many digits
    whose edges fall on group boundaries, run by run and by start: found once per view for all ids."""
    found: dict[int, list[tuple[int, int, int]]] | None = view.facts.get(id_windows)
    if found is None:
        found = view.facts[id_windows] = {}
        for start, end in digit_runs(view):
            if end - start < _SHORTEST_ID:
                continue
            cuts = _cuts(view, start, end)
            for i, a in enumerate(cuts):
                for j in range(i + 1, len(cuts)):
                    if cuts[j] - a in _ID_LENGTHS:
                        found.setdefault(cuts[j] - a, []).append((a, cuts[j], j - i))
    return found


def _any_digits(digits: str) -> bool:
    return True


# A dash between spaces ("## 11.11.19.213 – 10-Feb-2023") separates phrases, never an id's groups.
SPACED_DASH = re.compile(r"[0-9] [\u2013\u2014\-] [0-9]")


def find_national_ids(view: TextView, entity: str, original: str | None = None) -> Iterator[Span]:
    """Windows of the id's length that pass its checksum, none overlapping an earlier one (windows of
    one length in one run, by start; windows of different runs never overlap). With the `original`
    text, a window whose digits a spaced dash splits is two numbers, not one id."""
    length, grouped_score, bare_score = _NATIONAL_IDS[entity]
    candidates = id_windows(view).get(length)
    if not candidates:
        return
    validator = ID_VALIDATORS[entity]
    possible = DIGIT_PRECHECKS.get(entity, _any_digits)
    text = view.text
    taken_end = -1
    for a, b, groups in candidates:
        if a < taken_end:
            continue
        digits = text[a:b]
        if possible(digits) and validator(digits):
            span = _span(view, a, b, entity, grouped_score if groups > 1 else bare_score)
            if groups > 1 and original is not None and SPACED_DASH.search(original, span.start, span.end):
                continue
            taken_end = b
            yield span


NATIONAL_ID_ENTITIES = frozenset(_NATIONAL_IDS)
