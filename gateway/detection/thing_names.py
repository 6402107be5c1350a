"""Whether a PERSON or LOCATION finding names a thing: the checks of named_things.py, products.py,
sites.py and code_words.py in one place, for not_persons.py (which drops such findings).

Each check reads the words in and around the finding; the gazetteer says which words are known
names, so that a person beside such words ("Okta Johansson", "Jane West") stays.
"""

from __future__ import annotations

import re

from .code_words import is_step_title
from .gazetteer import load_gazetteer
from .named_things import (
    abbreviation_before_number,
    after_codename_head,
    before_product_noun,
    ends_on_edition,
    in_room_name,
    in_ruled_heading,
    names_a_vessel,
)
from .products import names_product
from .sites import names_site
from .trade_terms import after_trade_term
from .types import Span

PERSON_ENTITY = "PERSON"
# A title right before a finding: "Mr. Sales", "Frau Kiel" are people.
TITLE_BEFORE = re.compile(r"(?:^|\s)(?:Mr|Mrs|Ms|Mx|Dr|Prof|Herr|Frau|Mme|Mlle|M|Sr|Sra|Sig|Sig\.ra|Dott|Dott\.ssa)\.? $")


def _is_first_name(word: str) -> bool:
    g = load_gazetteer()
    return word in g.first_names or word in g.ambiguous_first_names


def _is_known_name(word: str) -> bool:
    g = load_gazetteer()
    return word in g.first_names or word in g.ambiguous_first_names or word in g.last_names


def names_a_thing(text: str, span: Span) -> bool:
    """A room ("sala Garibaldi"), a product ("Tableau licences", "Zendesk", "Dell WD19"), a code name,
    a pipeline step, a firm's site, a heading between rules or a numbered abbreviation ("Art. 28")."""
    if in_room_name(text, span.start, span.end) or in_ruled_heading(text, span.start, span.end):
        return True
    if abbreviation_before_number(text, span.start, span.end):
        return True  # "GDPR Art. 28", "Abs. 2"
    if span.entity == PERSON_ENTITY and ends_on_edition(text, span.start, span.end):
        return True
    if after_codename_head(text, span.start, span.end, _is_known_name):
        return True  # 'Codename "Marlowe"', "Sprint Falcon", "Team Phoenix"
    if is_step_title(text[span.start : span.end].split(), _is_known_name):
        return True  # "- name: Install Nginx", "Ensure nginx is at the latest version"
    if names_product(text, span.start, span.end, _is_known_name, span.entity == PERSON_ENTITY):
        return True  # "Zendesk", "Okta Workforce Identity", "Windows Server", "Tableau"
    if span.entity == PERSON_ENTITY and names_site(text, span.start, span.end, _is_first_name):
        return True  # "Frankfurt Ost", "Berlin Office": a firm's site
    if span.entity == PERSON_ENTITY and after_trade_term(text, span.start, span.end):
        return True  # "FCA Rotterdam", "DAP Graz": a delivery term and its named place
    if span.entity == PERSON_ENTITY and names_a_vessel(text, span.start):
        return True  # "CTV Sea Fox": a ship's name
    if text.count(" ", span.start, span.end) > 1 or TITLE_BEFORE.search(text, max(0, span.start - 12), span.start):
        return False
    return before_product_noun(text, span.end)
