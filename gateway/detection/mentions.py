"""Repeat mentions: once "Isolda Marrero" is a PERSON, a later bare "Marrero" is the same person.

Without this, the later mention leaks (no recognizer fires on a lone unknown surname) and a
pseudonymized answer names the person in clear. Only full names and the words of multi-word
names (or gazetteer names) are propagated, so one doubtful single-word finding cannot spread.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

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
    for at, word in _first_words_at(text, by_first_word):
        for term in by_first_word[word]:
            end = at + len(term)
            if text.startswith(term, at) and (end == len(text) or not _is_name_char(text[end])):
                found.append(Span(at, end, "PERSON", _REPEAT_SCORE))
                break
    found.sort(key=lambda span: span.start)  # in text order, as a scan finds them
    return found


# Distinct first words above which one scan of the text's words is cheaper than a str.find pass per
# first word (a find runs at about a character a nanosecond, the word scan at about 0.4 µs a word).
_FIND_LIMIT = 64


def _first_words_at(text: str, first_words: dict[str, list[str]]) -> Iterator[tuple[int, str]]:
    """(offset, word) of each whole word of `text` that is one of `first_words` ("Marrero's" counts
    as "Marrero"); not in text order (the caller sorts).

    A few first words (a prompt's names) are looked for with str.find, not every word of the text
    with a Python loop: a _WORD match can only start where a letter follows no word character
    (whatever matched before), so matching _WORD at each place a first word occurs sees exactly the
    words a scan would. Many (a long text dense with names: hundreds) would make that a pass over
    the text per name, quadratic in the text's length; one scan of its words sees the same words."""
    if len(first_words) > _FIND_LIMIT:
        for match in _WORD.finditer(text):
            word = _without_possessive(match.group())
            if word in first_words:
                yield match.start(), word
        return
    for first in first_words:
        at = text.find(first) if first else -1
        while at != -1:
            match = _WORD.match(text, at)
            if match is not None and _without_possessive(match.group()) == first:
                yield at, first
            at = text.find(first, at + 1)


def _without_possessive(word: str) -> str:
    return word[:-2] if word.endswith(("'s", "’s")) else word  # "Marrero's"


def _is_name_char(char: str) -> bool:
    return char.isalnum() or char in "_-"
