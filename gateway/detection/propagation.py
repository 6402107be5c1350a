"""Whole-request propagation: a value found anywhere in a request is caught everywhere in it.

The engine works text by text, and cuts long texts into chunks for speed, so "Zebulon Quackenbush"
in the first message does not tell it that a bare "Quackenbush" 5 KB later, in another message or
in a metadata field, is the same person. This stage runs after every text of the request has been
analysed: each found value (and each word of a multi-word name) becomes a term, and every further
occurrence of a term in any text of the request, possessives included, gets the entity of the
value it came from. Linear: name terms are looked up word by word, other values with `str.find`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .gazetteer import is_common_word
from .names import is_title
from .spans import resolve_overlaps
from .types import Span

PROPAGATED_SCORE = 0.75
_MIN_NAME_SCORE = 0.7  # doubtful single findings do not spread
_MIN_WORD = 3
_MIN_VALUE = 4
_NOT_PROPAGATED = frozenset({"DATE_TIME"})  # a date is not personal wherever it appears
_WORD = re.compile(r"(?<![\w'’\-])[^\W\d_]\w*(?:['’\-]\w+)*")


def _name_terms(value: str) -> set[str]:
    words = value.split()
    if len(words) < 2:
        return set()
    terms = {value}
    for word in words:
        word = word.strip(".,")
        if len(word) >= _MIN_WORD and word[0].isupper() and not is_common_word(word) and not is_title(word):
            terms.add(word)
    return terms


def collect_terms(texts: Sequence[str], spans_per_text: Sequence[Sequence[Span]]) -> tuple[dict[str, str], dict[str, str]]:
    """(name terms, other values) -> entity, from every finding of the request."""
    names: dict[str, str] = {}
    values: dict[str, str] = {}
    for text, spans in zip(texts, spans_per_text):
        for span in spans:
            value = text[span.start : span.end]
            if span.entity == "PERSON":
                if span.score >= _MIN_NAME_SCORE:
                    names.update(dict.fromkeys(_name_terms(value), "PERSON"))
            elif span.entity not in _NOT_PROPAGATED and len(value.strip()) >= _MIN_VALUE:
                values.setdefault(value.strip(), span.entity)
    return names, values


def _name_hits(text: str, names: dict[str, str]) -> list[Span]:
    by_first: dict[str, list[str]] = {}
    for term in sorted(names, key=len, reverse=True):
        by_first.setdefault(term.split(" ", 1)[0], []).append(term)
    found = []
    for match in _WORD.finditer(text):
        word = match.group()
        word = word[:-2] if word.endswith(("'s", "’s")) else word
        for term in by_first.get(word, ()):
            end = match.start() + len(term)
            if text.startswith(term, match.start()) and (end == len(text) or not _is_word_char(text[end])):
                found.append(Span(match.start(), end, names[term], PROPAGATED_SCORE))
                break
    return found


def _value_hits(text: str, values: dict[str, str]) -> list[Span]:
    found = []
    for value, entity in values.items():
        start = text.find(value)
        while start != -1:
            end = start + len(value)
            bounded = (start == 0 or not _is_word_char(text[start - 1])) and (end == len(text) or not _is_word_char(text[end]))
            if bounded or not value[0].isalnum():
                found.append(Span(start, end, entity, PROPAGATED_SCORE))
            start = text.find(value, end)
    return found


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char in "_-"


def propagate(texts: Sequence[str], spans_per_text: Sequence[list[Span]]) -> list[list[Span]]:
    """Every text's spans plus the further occurrences of any value found in any text."""
    names, values = collect_terms(texts, spans_per_text)
    if not names and not values:
        return [list(spans) for spans in spans_per_text]
    out = []
    for text, spans in zip(texts, spans_per_text):
        extra = (_name_hits(text, names) if names else []) + (_value_hits(text, values) if values else [])
        out.append(resolve_overlaps([*spans, *extra], text) if extra else list(spans))
    return out
