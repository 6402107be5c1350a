"""A firm's sites named by a town and a site word, which a name finder takes for a person.

"Der Standort Frankfurt Ost", "warehouse: Leipzig Nord", "Berlin Office move postponed",
"Friedrichstraße Campus", "Milano Centro", "Torre Picasso", "Objekt Lindenhof": a town (a surname as often as not)
and a compass point or site word after it name a building or branch of the firm, not a person.
"Jane West" and "Kim North" are people: a known first name before the site word keeps the finding.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import faker.providers.address as faker_address

from .faker_data import locale_providers
from .lookup_tables import lookup_table

# Site words that follow a town's name, in en/de/fr/es/it (compass points and kinds of premises).
_SITE_WORDS = frozenset(
    """nord süd sued ost west nordost nordwest südost südwest mitte zentrum hafen hbf north south east
    west central centre center office campus site plant hub depot hangar terminal est ouest sud centre
    norte sur este oeste centro bicocca warehouse lager werk""".split()
)


# Words that open a building's or property's name: "Torre Picasso", "Tour Europe", "Objekt Lindenhof".
# ("Torre" and "Palazzo" open hundreds of Italian towns: "Torre del Greco", "Palazzo Adriano".)
_BUILDING_HEADS = frozenset("Tour Tower Turm Objekt Immeuble".split())


_HOUSE_NUMBER_AFTER = re.compile(r",?[ \t]+[0-9]")


def names_site(text: str, start: int, end: int, first_name: Callable[[str], bool]) -> bool:
    """Whether a finding of two or three words ends on a site word after a word that is no first
    name ("Frankfurt Ost", "Friedrichstraße Campus"), or is a building's head and a word that is no
    first name ("Torre Picasso")."""
    if _HOUSE_NUMBER_AFTER.match(text, end):
        return False  # "Station Nord 3972", "Objekt Lindenhof 4": a street and its number
    words = text[start:end].split()
    if len(words) == 2 and words[0] in _BUILDING_HEADS and not first_name(words[1]):
        return True  # "Torre Picasso", "Tour Europe", "Objekt Lindenhof"
    if not 2 <= len(words) <= 3 or words[-1].lower() not in _SITE_WORDS or not words[-1][:1].isupper():
        return False
    if " ".join(words) in _towns_with_site_words():
        return False  # "Eforie Nord", "Santa Severa Nord", "Alger Centre": towns of that name
    return not any(first_name(w) or w.islower() for w in words[:-1])


@lookup_table
def _towns_with_site_words() -> frozenset[str]:
    """Faker's town names that end on a site word ("Eforie Nord"): they are places, not sites."""
    towns: set[str] = set()
    for _, provider in locale_providers(faker_address):
        for attr in dir(provider):
            if attr.startswith("_") or not any(k in attr for k in ("cit", "town", "municip", "place")):
                continue
            values = getattr(provider, attr, None)
            for value in values if isinstance(values, (list, tuple)) else ():
                if isinstance(value, str) and value.rsplit(" ", 1)[-1].lower() in _SITE_WORDS:
                    towns.add(value)
    return frozenset(towns)
