"""Whole-request propagation: a value found anywhere in a request is caught everywhere in it.

The engine works text by text, and cuts long texts into chunks for speed, so "Zebulon Quackenbush"
in the first message does not tell it that a bare "Quackenbush" 5 KB later, in another message or
in a metadata field, is the same person. This stage runs after every text of the request has been
analysed: each found value (and each word of a multi-word name) becomes a term, and every further
occurrence of a term in any text of the request, possessives included, gets the entity of the
value it came from. Linear: one Aho-Corasick pass per text finds where the name terms' first words
occur (the terms are then matched there) and another finds the other values.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence

import ahocorasick

from .gazetteer import is_common_word
from .names import is_title
from .spans import priority, resolve_overlaps
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


def _by_first_word(names: dict[str, str]) -> dict[str, list[str]]:
    """Name terms by their first word, longest first: built once per request, not once per text."""
    by_first: dict[str, list[str]] = {}
    for term in sorted(names, key=len, reverse=True):
        by_first.setdefault(term.split(" ", 1)[0], []).append(term)
    return by_first


def _automaton(words: Iterable[tuple[str, object]]) -> ahocorasick.Automaton:
    """(word, what a match reports) for the words of a request (values, or name terms' first
    words): one pass over a text finds every occurrence of all of them, where a `str.find` per word
    cost a pass per word (about a hundred values and fifty first words in a 20-turn conversation)."""
    automaton = ahocorasick.Automaton()
    for word, reported in words:
        automaton.add_word(word, reported)
    automaton.make_automaton()
    return automaton


def _word_starts(text: str, automaton: ahocorasick.Automaton) -> list[tuple[int, str]]:
    """(start, word) of each word of `text` that is a term's first word (a possessive's "'s" cut),
    in text order: each occurrence of a first word counts where a word starts there (`_WORD`'s
    lookbehind rules out the inside of a longer word) and that word is the first word itself."""
    starts = []
    for last, first in automaton.iter(text):
        at = last - len(first) + 1
        match = _WORD.match(text, at)
        if match is not None:
            word = match.group()
            if (word[:-2] if word.endswith(("'s", "’s")) else word) == first:
                starts.append((at, first))
    starts.sort()
    return starts


def _name_hits(text: str, names: dict[str, str], by_first: dict[str, list[str]],
               automaton: ahocorasick.Automaton) -> list[Span]:
    found = []
    for start, word in _word_starts(text, automaton):
        for term in by_first[word]:
            end = start + len(term)
            if text.startswith(term, start) and (end == len(text) or not _is_word_char(text[end])):
                found.append(Span(start, end, names[term], PROPAGATED_SCORE))
                break
    return found


def _value_hits(text: str, values: list[tuple[str, str]], automaton: ahocorasick.Automaton) -> list[Span]:
    """Each value's occurrences, value by value in the request's order and left to right, skipping
    one that overlaps the previous occurrence of the same value: what a `str.find` per value,
    resuming at the end of each occurrence, finds (the order decides ties in resolve_overlaps)."""
    starts: dict[int, list[int]] = {}
    for last, index in automaton.iter(text):
        starts.setdefault(index, []).append(last - len(values[index][0]) + 1)
    found = []
    for index in sorted(starts):
        value, entity = values[index]
        free = 0
        for start in starts[index]:  # ascending: reported by end, and one value has one length
            if start < free:
                continue
            end = free = start + len(value)
            bounded = (start == 0 or not _is_word_char(text[start - 1])) and (end == len(text) or not _is_word_char(text[end]))
            if bounded or not value[0].isalnum():
                found.append(Span(start, end, entity, PROPAGATED_SCORE))
    return found


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char in "_-"


def propagate(texts: Sequence[str], spans_per_text: Sequence[list[Span]]) -> list[list[Span]]:
    """Every text's spans plus the further occurrences of any value found in any text."""
    names, values = collect_terms(texts, spans_per_text)
    if not names and not values:
        return [list(spans) for spans in spans_per_text]
    by_first = _by_first_word(names)
    first_automaton = _automaton((first, first) for first in by_first) if by_first else None
    value_list = list(values.items())
    automaton = _automaton((value, index) for index, value in enumerate(values)) if values else None
    out = []
    for text, spans in zip(texts, spans_per_text):
        extra = _name_hits(text, names, by_first, first_automaton) if first_automaton is not None else []
        if automaton is not None:
            extra += _value_hits(text, value_list, automaton)
        if extra and spans:
            extra = _beyond(extra, spans)
        out.append(resolve_overlaps([*spans, *extra], text) if extra else list(spans))
    return out


def _beyond(extra: list[Span], spans: list[Span]) -> list[Span]:
    """The further occurrences that overlap resolution could let change something: not those that lie
    within one of the text's own findings which resolution would put first (priority: a finding
    as long and as scored, or longer, or checksum-validated). A value reoccurs first of all where it
    was found, so in a conversation's history most texts' hits are their own findings again, and
    resolving them cost a third of propagating a 20-turn request. Such a hit is never kept: the
    finding is accepted before it, and whatever of the finding resolution cuts away is covered by
    what cut it, or was too short or bare to keep, as the hit's part there would be. The findings
    are sorted and disjoint (the engine resolves them); if they were not, a hit is merely kept."""
    starts = [span.start for span in spans]
    kept = []
    for hit in extra:
        i = bisect.bisect_right(starts, hit.start) - 1
        if i >= 0:
            finding = spans[i]
            if finding.end >= hit.end and priority(finding) >= priority(hit):
                continue
        kept.append(hit)
    return kept
