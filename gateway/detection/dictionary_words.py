"""PERSON findings made only of English dictionary words or German nouns that no name list knows.

spaCy's small English model takes a capitalised word in a label, a table cell or a heading for a
person ("Arrival,Departure,Guest", "Fault: no boot", "2. Consignee (name, address)"). A word that
the name gazetteer (every Faker locale's first and last names) does not know and that the English
lexicon (english_lexicon.py) or the German nouns (german_lexicon.py: "Termin", "Vorgang", and their
compounds, "Straßenrand") know is a
word there, not a name; a name the gazetteer knows keeps its
own rules ("Grace Hopper", "Mr. Brown"), and so does a word that its context makes a name: after a
title or an introduction ("Mr. Arrival", "my name is Rive", "Hi Anne-Lotte", "says Weld") or owning
something ("Vignette's address") or acting as only people do ("Zama lives on ...").
"""

from __future__ import annotations

import re

from .english_lexicon import is_english_word
from .german_lexicon import is_german_compound, is_german_noun
from .gazetteer import load_gazetteer
from .job_titles import is_profession_word
from .names import introduced_at, is_title

_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_WORD_BEFORE = re.compile(r"([^\W\d_]+\.?)\s+$")
# Beyond the name finder's introductions (names.introduced_at): a greeting's "hey" and a name joined
# to another ("with Rosetta Loggia", "Hardiman and Peoples").
_JOINED = re.compile(r"(?<![^\W_])(?:hey|with|and)[\s:,]*$", re.IGNORECASE)
# The subject of a verb only people do ("Zama lives on ...", "Langley began writing").
_ACTS = re.compile(r" (?:lives|lived|began|wrote|writes|said|says|married|studied|graduated|was born|is from)\b")


def _opens_line(text: str, start: int) -> bool:
    return not text[text.rfind("\n", 0, start) + 1 : start].strip()


def is_dictionary_phrase(text: str, start: int, end: int) -> bool:
    """Whether every word of text[start:end] is an English word and none is a known name."""
    words = _WORD.findall(text, start, end)
    if not words or text.startswith(("'s", "’s"), end) and not _opens_line(text, start):
        return False  # "here's Vignette's address"; "Generator's phone:" opening a line is a label
    g = load_gazetteer()
    # A first name that is a word too ("General", "Grace") stays a name, unless a profession closes the
    # phrase ("General Manager", "Senior Director"): then it is a job title.
    titled_role = len(words) > 1 and is_profession_word(words[-1])
    for index, word in enumerate(words):
        closing_role = titled_role and index == len(words) - 1  # ("Contractor" is a surname in some list too)
        for part in (word, *re.split(r"[-'’]", word)) if "-" in word or "'" in word or "’" in word else (word,):
            title = part if not (part.isupper() or part.islower()) else part.title()
            if (title in g.first_names or title in g.last_names) and not closing_role \
                    or title in g.ambiguous_first_names and not titled_role:
                return False
        if not all(len(part) > 2 and (is_english_word(part) or is_german_noun(part) or is_german_compound(part)
                                      or is_profession_word(part)) for part in re.split(r"[-'’]", word)):
            return False
    before = _WORD_BEFORE.search(text, max(0, start - 12), start)
    if before is not None and is_title(before.group(1)):
        return False
    introduced = introduced_at(text, start) or _JOINED.search(text, max(0, start - 20), start) is not None
    return not introduced and _ACTS.match(text, end) is None
