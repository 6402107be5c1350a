"""An English form of address written as part of a name is masked with it: "Mr. Foster Kieran".

Recognizers find the name alone, so that the same person gives the same name span however they are
addressed (names.py, mentions.py); this last stage then takes a title standing right before a
PERSON span into it ("Ms. Edda Tafoya", "Dr Jan Novak"). The title says a person's gender or
profession, and a reader should not learn it from a masked name; presidio-evaluator's gold counts
it as part of the name too. Only the English abbreviations and "Miss": other languages' forms of
address ("Frau", "Mme", "Sra.") stay context, as the templates of our own corpora write them.
The pseudonym vault keys a name without its title (vault.py), so "Mr. Smith" and a later "Smith"
still share one placeholder.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .types import Span

# The abbreviations, with or without their dot, and "Miss"; one list for both patterns below.
_TITLES = r"(?:Mr|Mrs|Ms|Mx|Dr|Prof)\.?|Miss"
ENGLISH_TITLE = re.compile(rf"(?<![\w.])(?:{_TITLES}) $")
_LEADING_TITLE = re.compile(rf"(?:{_TITLES}) ")
_LOOK_BACK = 6  # "Prof. " is the longest


def with_titles(text: str, spans: Sequence[Span]) -> list[Span]:
    """`spans` (sorted, disjoint) with each PERSON span opened over a title right before it."""
    out: list[Span] = []
    for span in spans:
        if span.entity == "PERSON" and span.start > 2 and text[span.start - 1] == " ":
            match = ENGLISH_TITLE.search(text, max(0, span.start - _LOOK_BACK), span.start)
            if match is not None and (not out or out[-1].end <= match.start()):
                span = Span(match.start(), span.end, span.entity, span.score)
        out.append(span)
    return out


def without_title(value: str) -> str:
    """A PERSON value as the vault keys it: "Mr. Smith" -> "Smith"."""
    match = _LEADING_TITLE.match(value)
    return value[match.end():] if match is not None and match.end() < len(value) else value
