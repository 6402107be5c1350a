"""Courts and company registers (institutions.py): their words are no name, the town after them is
a place, and a register's number is no phone. Towns and numbers are synthetic or public places."""

from __future__ import annotations

import pytest

from gateway.detection.institutions import after_register_label, as_institution_town
from gateway.detection.not_persons import drop_non_persons
from gateway.detection.phones import find_phone_numbers
from gateway.detection.types import Span
from gateway.detection.views import TextViews


def kept(text: str, value: str, entity: str = "PERSON") -> list[tuple[str, str]]:
    start = text.index(value)
    spans = drop_non_persons(text, [Span(start, start + len(value), entity, 0.85)])
    return [(text[s.start : s.end], s.entity) for s in spans]


@pytest.mark.parametrize(
    ("text", "value", "town"),
    [
        ("Das Amtsgericht Roth hat den Auszug geschickt.", "Roth", "Roth"),
        ("Registergericht: Amtsgericht Borna, HRB 118842", "Amtsgericht Borna", "Borna"),
        ("- El Juzgado de lo Mercantil de Madrid aprobó el concurso.", "Mercantil de Madrid", "Madrid"),
        ("Le Tribunal de commerce de Nanterre a validé la fusion.", "Le Tribunal de commerce de Nanterre", "Nanterre"),
        ("Il Tribunale di Monza ha fissato l'udienza.", "Monza", "Monza"),
    ],
)
def test_the_town_of_a_court_is_a_place(text: str, value: str, town: str) -> None:
    assert kept(text, value) == [(town, "LOCATION")]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("- Le Tribunal de commerce a validé la fusion.", "Le Tribunal"),
        ("Registro Imprese di Milano", "Registro Imprese"),
        ("- El Juzgado de lo Mercantil aprobó el concurso.", "El Juzgado"),
    ],
)
def test_an_institutions_words_are_no_name(text: str, value: str) -> None:
    assert kept(text, value) == []


def test_a_surname_holding_a_head_word_stays_a_person() -> None:
    text = "Gentile Marco Della Corte, vi scrivo per l'ordine."
    assert kept(text, "Marco Della Corte") == [("Marco Della Corte", "PERSON")]
    assert as_institution_town("Dear Jane Roe, thanks", Span(5, 13, "PERSON", 0.9)) is None


def test_a_register_number_is_no_phone() -> None:
    text = "Société Exemple SAS – RCS Nanterre 552 120 222"
    assert after_register_label(text, text.index("552"))
    assert [text[s.start : s.end] for s in find_phone_numbers(TextViews(text).digits, text) if s.score >= 0.5] == []
    text = "Standard: 01 42 68 53 00 – Fax 01 42 68 53 01"
    assert [text[s.start : s.end] for s in find_phone_numbers(TextViews(text).digits, text) if s.score >= 0.5]
