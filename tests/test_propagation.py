"""Whole-request propagation (detection/propagation.py): a value found in one text of a request is
caught wherever else it occurs in the request, as a whole word only, in one automaton pass per text
however many names the request holds."""

from __future__ import annotations

import pytest

from gateway.detection.propagation import PROPAGATED_SCORE, propagate
from gateway.detection.types import Span

# Synthetic names and values only.
_FIRST = ["Isolda", "Tomasz", "Oona", "Bertrand", "Ximena", "Joaquim", "Ingrid", "Radek", "Maeve", "Leopold"]
_LAST = ["Marrero", "Kowalczyk", "Lindqvist", "Duvernoy", "Albuquerque", "Reinholt", "Szabados", "Quackenbush"]


def _found(texts: list[str], spans: list[list[Span]]) -> list[list[tuple[str, str]]]:
    return [[(text[s.start : s.end], s.entity) for s in text_spans]
            for text, text_spans in zip(texts, propagate(texts, spans))]


def test_a_name_found_in_one_message_is_caught_in_the_others() -> None:
    first = "Please call Zebulon Quackenbush about the invoice."
    texts = [first, "Quackenbush's reply came late; Zebulon agreed.", "xQuackenbush and Quackenbushes are no mention."]
    at = first.index("Zebulon")
    spans = [[Span(at, at + len("Zebulon Quackenbush"), "PERSON", 0.85)], [], []]
    found = _found(texts, spans)
    assert found[0] == [("Zebulon Quackenbush", "PERSON")]
    assert found[1] == [("Quackenbush", "PERSON"), ("Zebulon", "PERSON")]
    assert found[2] == []
    assert all(s.score == PROPAGATED_SCORE for s in propagate(texts, spans)[1])


def test_other_values_spread_with_their_own_entity_and_dates_do_not() -> None:
    texts = ["Mail jo.marrero@example.org on 2024-03-01.", "cc: jo.marrero@example.org, sent 2024-03-01"]
    mail, date = texts[0].index("jo."), texts[0].index("2024")
    spans = [[Span(mail, mail + 22, "EMAIL_ADDRESS", 1.0), Span(date, date + 10, "DATE_TIME", 0.9)], []]
    assert _found(texts, spans)[1] == [("jo.marrero@example.org", "EMAIL_ADDRESS")]


@pytest.mark.parametrize("people", [3, 80])  # few first words and more than an old per-word search took
def test_every_name_of_a_crowded_request_spreads_as_a_whole_word(people: int) -> None:
    names = [f"{_FIRST[k % 10]} {_LAST[k % 8]}{k}" for k in range(people)]
    listing = "; ".join(names)
    spans, at = [], 0
    for name in names:
        spans.append(Span(at, at + len(name), "PERSON", 0.85))
        at += len(name) + 2
    later = " ".join(f"{name.split()[1]}'s note, {name.split()[1]}x and x{name.split()[1]}." for name in names)
    found = _found([listing, later], [spans, []])
    assert [value for value, _ in found[1]] == [name.split()[1] for name in names]
    assert {entity for _, entity in found[1]} == {"PERSON"}


def test_a_request_without_findings_is_returned_as_it_was() -> None:
    texts = ["Nothing personal here.", "Nor here."]
    assert propagate(texts, [[], []]) == [[], []]
