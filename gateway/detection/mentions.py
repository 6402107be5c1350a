"""Repeat mentions: once "Isolda Marrero" is a PERSON, a later bare "Marrero" is the same person.

Without this, the later mention leaks (no recognizer fires on a lone unknown surname) and a
pseudonymized answer names the person in clear. Only full names and the words of multi-word
names (or gazetteer names) are propagated, so one doubtful single-word finding cannot spread.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .gazetteer import is_common_word
from .names import is_title
from .types import Span

_REPEAT_SCORE = 0.75
_MIN_WORD = 3
_WORD = re.compile(r"(?<![\w'’\-])[^\W\d_]\w*(?:['’\-]\w+)*")


def _terms(text: str, persons: Sequence[Span], known: frozenset[str]) -> set[str]:
    terms: set[str] = set()
    for span in persons:
        value = text[span.start : span.end]
        words = value.split()
        if len(words) >= 2 or value in known:
            terms.add(value)
        if len(words) < 2 and value not in known:
            continue
        for word in words:
            word = word.strip(".,")
            if len(word) >= _MIN_WORD and word[0].isupper() and not is_common_word(word) and not is_title(word):
                terms.add(word)
    return terms


def repeat_mentions(text: str, spans: Sequence[Span], known: frozenset[str]) -> list[Span]:
    """PERSON spans for further occurrences of names already found in `text` (may overlap `spans`;
    the caller's overlap resolution keeps the existing ones). Linear in the text: each word is
    looked up, never a large alternation tried at every position."""
    persons = [s for s in spans if s.entity == "PERSON" and s.score >= 0.7]
    terms = _terms(text, persons, known)
    if not terms:
        return []
    by_first_word: dict[str, list[str]] = {}
    for term in sorted(terms, key=len, reverse=True):
        by_first_word.setdefault(term.split(" ", 1)[0], []).append(term)
    found: list[Span] = []
    for match in _WORD.finditer(text):
        word = match.group()
        word = word[:-2] if word.endswith(("'s", "’s")) else word  # "Marrero's"
        for term in by_first_word.get(word, ()):
            end = match.start() + len(term)
            if text.startswith(term, match.start()) and (end == len(text) or not _is_name_char(text[end])):
                found.append(Span(match.start(), end, "PERSON", _REPEAT_SCORE))
                break
    return found


def _is_name_char(char: str) -> bool:
    return char.isalnum() or char in "_-"
