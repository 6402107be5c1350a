"""Whole-request propagation (detection/propagation.py): a value found in one text of a request is
caught wherever else it occurs in the request, as a whole word only, in one automaton pass per text
however many names the request holds."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gateway.detection import propagation
from gateway.detection.propagation import PROPAGATED_SCORE, propagate
from gateway.detection.spans import resolve_overlaps
from gateway.detection.types import DENY_LIST_ENTITY, Span

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


def test_a_weaker_finding_where_a_value_reoccurs_takes_the_propagated_score() -> None:
    # The hit at "Quackenbush" in the second text is where a finding already is, but resolution
    # puts the hit first (same length, a higher score): it is not skipped as a repeat of the finding.
    texts = ["Zebulon Quackenbush signed.", "Quackenbush wrote back."]
    spans = [[Span(0, 19, "PERSON", 0.85)], [Span(0, 11, "LOCATION", 0.6)]]
    assert propagate(texts, spans)[1] == [Span(0, 11, "PERSON", PROPAGATED_SCORE)]


_PIECES = ["Isolda Marrero", "Marrero", "Isolda", "jo.marrero@example.org", "+44 7700 900123", "4482 9913",
           "the", "call", "Marrero's", "xMarrero", ",", "\n", "Kowalczyk"]
_ENTITIES = ["PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "LOCATION", DENY_LIST_ENTITY]
_SCORES = [0.6, 0.7, 0.75, 0.85, 0.95, 1.0]


@st.composite
def _request(draw: st.DrawFn) -> tuple[list[str], list[list[Span]]]:
    """Texts of a few names and values, each with findings over runs of its pieces, resolved as the
    engine answers them."""
    texts, found = [], []
    for _ in range(draw(st.integers(1, 4))):
        pieces = draw(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=10))
        bounds, at = [], 0
        for piece in pieces:
            bounds.append((at, at + len(piece)))
            at += len(piece) + 1
        text = " ".join(pieces)
        candidates = []
        for _ in range(draw(st.integers(0, 4))):
            first = draw(st.integers(0, len(pieces) - 1))
            last = draw(st.integers(first, min(first + 2, len(pieces) - 1)))
            candidates.append(Span(bounds[first][0], bounds[last][1], draw(st.sampled_from(_ENTITIES)),
                                   draw(st.sampled_from(_SCORES))))
        texts.append(text)
        found.append(resolve_overlaps(candidates, text))
    return texts, found


@settings(max_examples=300, deadline=None)
@given(_request())
def test_skipping_hits_within_stronger_findings_never_changes_the_answer(request: tuple[list[str], list[list[Span]]]) -> None:
    texts, found = request
    skipping = propagate(texts, found)
    beyond = propagation._beyond
    propagation._beyond = lambda extra, spans: extra  # every hit through overlap resolution
    try:
        resolving_all = propagate(texts, found)
    finally:
        propagation._beyond = beyond
    assert skipping == resolving_all
