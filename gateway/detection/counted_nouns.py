"""A capitalised word counted by a bare number is a noun, not a name.

German capitalises every noun, so a count and its unit read like a surname to NER: "bis 24 Stunden
vorher", "in 3 Tagen", "2 Wochen". A person is not counted: a name after a bare number of one to four
digits, followed by a lower-case word or punctuation (not by more of a name or a street word), is the
counted noun. A first name there is taken for a noun only in a German line ("3 Tage" are days; Tage
is a Faker first name too). Used by not_persons.py.
"""

from __future__ import annotations

import re

from .gazetteer import load_gazetteer
from .german_nouns import is_german_line

# A bare count: not part of a date, a time, a decimal or an identifier ("12.05.", "10:30", "A-12").
_COUNT_BEFORE = re.compile(r"(?<![\w.,/:\-])\d{1,4} $")
_CLAUSE_GOES_ON = re.compile(r" [a-zà-ÿß]|[.,;!?)]|\n|$")


def is_counted_noun(text: str, start: int, end: int) -> bool:
    """One word after a bare number and before a lower-case word or punctuation ("24 Stunden vorher")."""
    word = text[start:end]
    if not (word.isalpha() and word[0].isupper()) or not _COUNT_BEFORE.search(text, max(0, start - 6), start):
        return False
    if not _CLAUSE_GOES_ON.match(text, end):
        return False
    if word not in load_gazetteer().first_names:
        return True
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    return is_german_line(text[line_start : line_end if line_end != -1 else len(text)])
