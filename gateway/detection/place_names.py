"""Towns, regions and countries that Faker's address providers list, for telling a place from a word.

spaCy's small English model tags capitalised German nouns as places ("Vorgang SR-2026-283792", "der
nächste freie Termin", "in einwandfreiem Zustand"). In a German line, a one-word LOCATION finding
that the German lemma table knows as a noun (german_lexicon.py), that no Faker locale lists as a
town, region or country and that no place preposition opens ("nach Köln", "in Wales") is a word
there; so it is in a form's line of a German text ("Bearbeiter: ..., Vorgang CASE-..."), where the
line itself has no function word to tell its language. A town that is a noun too ("Halle", "Essen",
"Hamm") is listed and stays a place.
"""

from __future__ import annotations

from functools import lru_cache

import re

import faker.providers.address as faker_address

from .faker_data import locale_providers
from .german_lexicon import is_german_compound, is_german_noun
from .german_nouns import is_german_line
from .lookup_tables import lookup_table

_PLACE_LISTS = ("cities", "city_names", "real_city_names", "metropolitan_cities", "towns", "states", "countries")


@lookup_table
def known_places() -> frozenset[str]:
    """Every one-word town, region and country name of Faker's address providers, as written."""
    places: set[str] = set()
    for _, provider in locale_providers(faker_address):
        for attr in _PLACE_LISTS:
            values = getattr(provider, attr, None)
            if isinstance(values, (list, tuple, dict)):
                places.update(v for v in values if isinstance(v, str))
    return frozenset(places)


# Short words a form's or a note's line adds to the German function words ("Bestätigung an ...", "ist am
# ... um 8:40"); English has "an" and "am" too, so they count here only, beside a German noun.
_SHORT_GERMAN_WORDS = frozenset("an am um zu bis".split())
# "nach Köln", "in Wales", "aus Bayern", "bei Halle": a place's preposition right before the word.
_PLACE_PREPOSITION = re.compile(
    r"(?i)(?<![^\W_])(?:nach|in|im|aus|bei|von|ab|bis|über|richtung|nähe|raum|stadt|and|und|of)[ \t]+$")


def is_noun_not_a_place(text: str, start: int, end: int) -> bool:
    """text[start:end] is a single German noun ("Vorgang", "Termin") in a German line, no listed place
    and after no place preposition."""
    word = text[start:end]
    if " " in word or "-" in word or not is_german_noun(word) or word in known_places():
        return False
    line_start, line_end = text.rfind("\n", 0, start) + 1, text.find("\n", end)
    line = text[line_start : len(text) if line_end == -1 else line_end]
    return (is_german_line(line, also=_SHORT_GERMAN_WORDS) or _german_text(text) or _among_german_nouns(line, word)) \
        and _PLACE_PREPOSITION.search(text, max(line_start, start - 12), start) is None


def _among_german_nouns(line: str, word: str) -> bool:
    """Two other German nouns (compounds too), no listed place, on the word's line: a line of German
    terms with no function word ("Skischule Buchungssystem (Kurse, Privatstunden, Verleih)",
    "Kassen & Kundenservice")."""
    places = known_places()
    others = {w for w in _CAPITALISED.findall(line)
              if w != word and w not in places and (is_german_noun(w) or is_german_compound(w))}
    return len(others) >= 2


_CAPITALISED = re.compile(r"(?<![^\W_])[A-ZÄÖÜ][a-zäöüß]{2,}(?![^\W_])")


@lru_cache(maxsize=8)
def _german_text(text: str) -> bool:
    """Whether the text is written in German: three different German function words in it (a
    form's line of a German letter, "Bearbeiter: ..., Vorgang CASE-...", has none of its own)."""
    return is_german_line(text, also=_GERMAN_TEXT_WORDS, at_least=3)


# Beside german_nouns' function words, more German-only words of letters and notes, for telling a whole
# text's language (three of either).
_GERMAN_TEXT_WORDS = frozenset("ihre ihrer sie bitte vielen dank freundlichen grüßen".split())
