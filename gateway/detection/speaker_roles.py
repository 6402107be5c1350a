"""A role word in front of a name is the speaker's role, not part of the name.

Chats and call notes label a line with the role and the first name of whoever speaks ("Agente
Jennifer:", "Operatore Giancarlo:", "Kundin Petra Lang:"): NER reads the role as a first name. The
role words are common_nouns.py's; the span must open its line or be closed by a colon or a bracket
(a speaker's label), and a title before it ("Mr. Guest Smith") keeps it whole.
Used by not_persons.py.
"""

from __future__ import annotations

import re

from .common_nouns import is_role_word
from .thing_names import TITLE_BEFORE
from .types import Span

_PERSON = "PERSON"
_LABEL_END = re.compile(r" ?[:(]")


def without_leading_role(text: str, span: Span) -> Span:
    """"Agente Jennifer" -> "Jennifer"; a span that is only a role is left to the role-word filter."""
    if span.entity != _PERSON:
        return span
    first, space, rest = text[span.start : span.end].partition(" ")
    if not space or not rest.strip() or not is_role_word(first):
        return span
    if TITLE_BEFORE.search(text, max(0, span.start - 12), span.start):
        return span
    # Only where a speaker is labelled: the span opens its line or a colon closes it ("722 Doctor
    # Gravemeijerstraat" is a street named after a doctor).
    line_start = text.rfind("\n", 0, span.start) + 1
    if text[line_start : span.start].strip() and not _LABEL_END.match(text, span.end):
        return span
    return Span(span.start + len(first) + 1, span.end, span.entity, span.score)
