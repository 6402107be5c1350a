"""Dates of birth: a date is not personal, a date of birth is. Found by a birth label before the
date ("date of birth", "DOB", "born on", "Geburtsdatum", "geboren am", "né le", "date de
naissance", "fecha de nacimiento", "nacida el", "data di nascita", "nato il"), in en/de/fr/es/it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .labelled import label_positions
from .types import Span
from .views import TextViews

DATE_OF_BIRTH_ENTITY = "DATE_OF_BIRTH"
BIRTH_DATE_SCORE = 0.9
CONTEXT_WORDS = (
    "date of birth", "birth date", "birthdate", "birthday", "dob", "d.o.b.", "born on", "born",
    "geburtsdatum", "geboren am", "geboren", "geb.", "date de naissance", "né le", "née le", "né(e) le",
    "fecha de nacimiento", "f. nac.", "nacido el", "nacida el", "nacido", "nacida",
    "data di nascita", "nato il", "nata il", "nato", "nata", "data nascita",
)
MONTH_NAMES = (
    r"jan(?:uary|uar|vier)?|feb(?:ruary|ruar)?|f[ée]vr(?:ier)?|mar(?:ch)?|m[äa]rz|mars|apr(?:il)?|avril"
    r"|may|mai|jun(?:e|i)?|juin|jul(?:y|i)?|juil(?:let)?|aug(?:ust)?|ao[ûu]t|sep(?:t(?:ember|embre)?)?"
    r"|oct(?:ober|obre)?|okt(?:ober)?|nov(?:ember|embre)?|dec(?:ember)?|dez(?:ember)?|d[ée]c(?:embre)?"
    r"|enero|febrero|marzo|abril|mayo|junio|julio|agosto|se?ptiembre|octubre|noviembre|diciembre"
    r"|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre"
)
_DATE = (
    r"(?:\d{1,2}[./\-]\d{1,2}[./\-](?:\d{4}|\d{2})"  # 03/12/1984, 12.03.84
    r"|\d{4}-\d{2}-\d{2}"  # 1984-03-12
    rf"|\d{{1,2}}(?:st|nd|rd|th|er|º|°)?\.?\s+(?:de\s+)?(?:{MONTH_NAMES})\.?,?\s+(?:de\s+)?\d{{4}}"  # 12 March 1984
    rf"|(?:{MONTH_NAMES})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}})"  # March 12, 1984
)
_LABEL = "|".join(re.escape(w) for w in sorted(CONTEXT_WORDS, key=len, reverse=True))
_BIRTH_DATE = re.compile(
    rf"(?i)(?<![^\W_])(?:{_LABEL})(?:[\s:=\-–,]|\bis\b|\bon\b|\bthe\b|\bam\b|\ble\b|\bel\b|\bil\b|\bde\b|\)){{0,6}}\s*(?P<date>{_DATE})(?!\d)"
)


def find_dates_of_birth(views: TextViews) -> Iterator[Span]:
    text = views.original
    last_end = -1
    for position in label_positions(text, CONTEXT_WORDS):
        if position < last_end:
            continue
        match = _BIRTH_DATE.match(text, position)
        if match:
            last_end = match.end()
            yield Span(match.start("date"), match.end("date"), DATE_OF_BIRTH_ENTITY, BIRTH_DATE_SCORE)
