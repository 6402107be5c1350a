"""Street-type words that are written glued to the street's name, read from Faker's locales.

Norwegian, Swedish, Danish, Finnish and Dutch streets are one word: a name and a street-type
word written together ("Amundsenringen", "Björkvägen", "Kankaanpääntie", "Annalaan"). Faker's
address providers say which of their street-type words they glue: a street-name format with the
suffix field right after another field ("{{last_name}}{{street_suffix}}"). Those words, in Latin
script and lower case, end a one-word street name; addresses.py adds them to its own endings.
"""

from __future__ import annotations

import re

import faker.providers.address as faker_address

from .faker_data import locale_providers
from .lookup_tables import lookup_table

# A format field glued to the suffix field before it: "}}{{street_suffix}}", "}}{{street_suffix_short}}".
_GLUED_FIELD = re.compile(r"\}\}\{\{(street_suffix(?:_short|_long)?)\}\}")


def _glued_in(provider: type) -> set[str]:
    formats = getattr(provider, "street_name_formats", None)
    words: set[str] = set()
    for fmt in formats if isinstance(formats, (list, tuple)) else ():
        for field in _GLUED_FIELD.findall(fmt):
            values = getattr(provider, field + "es", None)
            for word in values if isinstance(values, (list, tuple)) else ():
                # Latin lower-case words only: a capitalised value ("Street") is no glued ending.
                if isinstance(word, str) and word.isalpha() and word.islower() and max(word) < "\u0250":
                    words.add(word)
    return words


@lookup_table
def glued_street_suffixes() -> frozenset[str]:
    """Lower-case street-type words some locale writes glued to the name ("ringen", "vägen", "laan")."""
    words: set[str] = set()
    for _, provider in locale_providers(faker_address):
        words |= _glued_in(provider)
    return frozenset(words)
