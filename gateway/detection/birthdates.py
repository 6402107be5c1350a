"""Dates of birth: a date is not personal, a date of birth is. Found by a birth label before the
date ("date of birth", "DOB", "born on", "Geburtsdatum", "geboren am", "né le", "DDN", "fecha de
nac.", "nacida el", "data di nascita", "nato il"), in en/de/fr/es/it, in prose or as a record's key
(`"birthDate": "1980-11-02"`, `date_of_birth=...`), as the answer to a question that names it
("Can you confirm your date of birth?" / "Caller: 14 October 1981."), and under a table column that speaks of birth
(a CSV header or a SQL INSERT's column list, tables.py). Dates in numbers or with month names and
their abbreviations in the five languages ("15-Feb-1966", "3 janv. 1975", "12 de marzo de 1980").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .common_nouns import MONTH_WORDS
from .labelled import ANSWER_TURN, label_positions
from .numbers import all_digit_runs
from .tables import table_cells
from .types import Span
from .views import TextViews

DATE_OF_BIRTH_ENTITY = "DATE_OF_BIRTH"
BIRTH_DATE_SCORE = 0.9
CONTEXT_WORDS = (
    "date of birth", "dateofbirth", "birth date", "birthdate", "birthday", "dob", "d.o.b.", "born on",
    "born", "geburtsdatum", "geburtstag", "geb.-datum", "geb.datum", "geboren am", "geboren", "geb.",
    "date de naissance", "date de naiss.", "date naissance", "naissance", "ddn", "né le", "née le",
    "né(e) le", "fecha de nacimiento", "fecha nacimiento", "fecha de nac.", "fecha nac.", "f. de nac.",
    "f. nac.", "nacimiento", "nacido el", "nacida el", "nacido", "nacida", "nací el", "naci el", "data di nascita", "data nascita",
    "data di nasc.", "nascita", "nato il", "nata il", "nato", "nata",
    # a form's label for either sex: "Nato/a il:", "nacido/a el", "né(e) le" above
    "nato/a il", "nata/o il", "nato/a", "nata/o", "nato(a) il", "nacido/a el", "nacida/o el", "nacido/a",
    "nacido(a) el", "né/e le", "geboren/e am",
)
# A prefix of every label above, found with str.find (labelled.label_positions).
_LABEL_STEMS = ("birth", "dob", "d.o.b", "born", "geb", "date", "naiss", "ddn", "né", "fecha", "f. ", "nac",
                "data", "nasc", "nat")
# Month names (common_nouns.MONTH_WORDS), matched case-insensitively, longest first.
_MONTHS = "|".join(sorted(MONTH_WORDS, key=len, reverse=True))
_MONTH = rf"(?:{_MONTHS})\.?(?![^\W\d_])"
_DATE = (
    r"(?:\d{1,2}[./\-]\d{1,2}[./\-](?:\d{4}|\d{2})"  # 03/12/1984, 12.03.84
    r"|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}"  # 1984-03-12
    rf"|\d{{1,2}}(?:st|nd|rd|th|er|º|°)?\.?(?:\s+de\s+|[\s\-/]+){_MONTH},?(?:\s+de\s+|[\s\-/]+)\d{{4}}"  # 12 March 1984, 15-Feb-1966
    rf"|{_MONTH}[\s\-]+\d{{1,2}}(?:st|nd|rd|th)?,?[\s\-]+\d{{4}})"  # March 12, 1984
)
# The labels that name the date itself (nouns: "date of birth", "Geburtsdatum"), not a participle
# ("born", "nato") or a word that also names the place ("nacimiento", "nascita").
_KEY_WORDS = (
    "date of birth", "dateofbirth", "birth date", "birthdate", "birthday", "dob", "d.o.b.", "geburtsdatum",
    "geburtstag", "geb.-datum", "geb.datum", "date de naissance", "date de naiss.", "date naissance", "ddn",
    "fecha de nacimiento", "fecha nacimiento", "fecha de nac.", "fecha nac.", "f. de nac.", "f. nac.",
    "data di nascita", "data nascita", "data di nasc.",
)


def _alternation(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"[\s_]?") for w in sorted(words, key=len, reverse=True))


_LABEL = _alternation(CONTEXT_WORDS)
_KEY_LABEL = _alternation(_KEY_WORDS)
# Between the label and the date: punctuation of prose and of records ("DOB:", `"birthDate": "`,
# "Fecha de nac.:") and a few short words ("born on the", "geboren am", "né le"); or, after a key, up to
# three words or a date format qualifying it before its colon ("Fecha de nacimiento verificada: ", "DOB (as
# on file): ", "Date of birth (DD/MM/YYYY): ");
# or the question that names it and the next speaker's answer ("your date of birth?\nCaller: ",
# labelled.py).
# A date format in brackets qualifies a key too: "Date of birth (DD/MM/YYYY): ", "Geburtsdatum (TT.MM.JJJJ):".
# Up to five words may say where the date was given or seen ("Birth date entered at sign-up: ", "DOB on the
# scanned licence: "), or lead to a copula instead of a colon ("DOB of patient given as ", "birth date
# recorded is ").
_QUALIFIER_WORD = r"(?:\(?[^\W\d_]+(?:[\-'’][^\W\d_]+)*\)?|\([^\W\d_]{1,4}(?:[./\- ][^\W\d_]{1,4}){1,2}\))"
_QUALIFIED_KEY = (
    rf"(?:(?:[^\S\n]+{_QUALIFIER_WORD}){{1,5}}[^\S\n]*[:=]"
    r"|(?:[^\S\n]+[^\W\d_]+){1,4}[^\S\n]+(?:as|is|was|ist|war|lautet|est|était|es|era|è))"
)
_BIRTH_DATE = re.compile(
    rf"(?i)(?<![^\W_])(?:(?:{_KEY_LABEL}){_QUALIFIED_KEY}|(?:{_LABEL})(?:{ANSWER_TURN})?)"
    rf"(?:[\s:=\-–,.\"'(]|\bis\b|\bon\b|\bthe\b|\bam\b|\ble\b|\bel\b|\bil\b|\bde\b|\)){{0,6}}"
    rf"\s*(?P<date>{_DATE})(?!\d)"
)
_WHOLE_DATE = re.compile(rf"(?i){_DATE}")
# A column whose name speaks of birth ("dob", "date_of_birth", "birthDate", "Geburtsdatum", "fecha_nac").
_BIRTH_COLUMN = re.compile(
    r"(?:^| )(?:dob|d o b|birth\w*|born|geburt\w*|geb|naissance|ddn|nacimiento|nac|nascita|nasc)(?: |$)"
)


def _dates_possible(views: TextViews) -> bool:
    """Exact precheck: every date form above holds four digits with at most single separators
    between them (a year, or day, month and a two-digit year): a run of four in the digits view."""
    return any(end - start >= 4 for start, end in all_digit_runs(views.digits))


def find_dates_of_birth(views: TextViews) -> Iterator[Span]:
    if not _dates_possible(views):
        return
    text = views.original
    last_end = -1
    for position in label_positions(text, _LABEL_STEMS):
        if position < last_end:
            continue
        match = _BIRTH_DATE.match(text, position)
        if match:
            last_end = match.end()
            yield Span(match.start("date"), match.end("date"), DATE_OF_BIRTH_ENTITY, BIRTH_DATE_SCORE)
    for cell in table_cells(text):
        if _BIRTH_COLUMN.search(cell.column) and _WHOLE_DATE.fullmatch(text, cell.start, cell.end):
            yield Span(cell.start, cell.end, DATE_OF_BIRTH_ENTITY, BIRTH_DATE_SCORE)
    yield from find_participle_birth_dates(text)


# A birth participle and the date a few words on ("born in Leeds on 12 March 1984", "geboren bin ich
# am 04.09.1980", "née à Lyon le 3 mai 1975"), or, in German's verb-final order, the date before it
# ("ich bin am 04.09.1980 geboren"). The words hold no digit and no sentence end; "NATO" is no "nato".
_PARTICIPLES = ("born", "geboren", "né", "née", "nacido", "nacida", "nato", "nata", "nació", "nacque")
_PARTICIPLE_THEN_DATE = re.compile(
    r"(?<![^\W_])(?:[Bb]orn|[Gg]eboren|[Nn]ée?|[Nn]acid[oa]|[Nn]aci[óo]|[Nn]at[oa]|[Nn]acque)"
    rf"(?:[ \t]+[^\W\d_][\w'’]{{0,14}}){{1,3}}[ \t]+(?i:(?P<date>{_DATE}))(?!\d)"
)
_DATE_THEN_PARTICIPLE = re.compile(rf"(?i)(?<![\d.])(?P<date>{_DATE})[ \t]+(?:[^\W\d_]+[ \t]+)?$")


def find_participle_birth_dates(text: str) -> Iterator[Span]:
    """The dates a birth participle names a few words away (find_dates_of_birth reads them)."""
    for position in label_positions(text, _PARTICIPLES):
        if position and (text[position - 1].isalnum() or text[position - 1] == "_"):
            continue  # inside a word ("Osborne", "Renata")
        if not any(c.isdigit() for c in text[max(0, position - 40) : position + 90]):
            continue
        match = _PARTICIPLE_THEN_DATE.match(text, position)
        if match:
            yield Span(match.start("date"), match.end("date"), DATE_OF_BIRTH_ENTITY, BIRTH_DATE_SCORE)
        elif text.startswith("geboren", position):
            match = _DATE_THEN_PARTICIPLE.search(text[max(0, position - 40) : position])
            if match:
                offset = max(0, position - 40)
                yield Span(offset + match.start("date"), offset + match.end("date"), DATE_OF_BIRTH_ENTITY,
                           BIRTH_DATE_SCORE)
