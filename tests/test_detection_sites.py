"""A firm's sites ("Frankfurt Ost", "Objekt Lindenhof") and departments ("Direction Générale") found
as people are dropped (sites.py, common_nouns.py via not_persons.py); people and towns stay."""

from __future__ import annotations

import pytest

from gateway.detection.not_persons import drop_non_persons
from gateway.detection.types import Span
from tests.engine_fixtures import kept_by_non_person_filter as kept




@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("2. Der Standort Frankfurt Ost bekommt neue Drucker.", "Frankfurt Ost"),
        ('{"warehouse": "Leipzig Nord", "qty": 3}', "Leipzig Nord"),
        ("Friedrichstraße Campus | Building C", "Friedrichstraße Campus"),
        ("Leistung: Wartungsvertrag Heizungsanlage, Objekt Lindenhof", "Objekt Lindenhof"),
        ("Présents : Direction Générale, Ressources Humaines", "Direction Générale"),
        ("Asistentes: Dirección Financiera, Recursos Humanos", "Dirección Financiera"),
        ("TITLE:Director Quality Assurance", "Quality Assurance"),
    ],
)
def test_a_site_or_department_is_no_person(text: str, value: str) -> None:
    assert kept(text, value) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Please call Jane West tomorrow.", "Jane West"),
        ("Il nostro ufficio è a Torre Annunziata.", "Torre Annunziata"),
        ("Hotel booked in Eforie Nord for the team.", "Eforie Nord"),
    ],
)
def test_a_person_or_town_stays(text: str, value: str) -> None:
    assert kept(text, value) == [value]


def test_an_office_of_a_department_holds_no_town() -> None:
    assert kept("Saludos, Oficina de Proyectos", "Oficina de Proyectos") == []
    text = "Saludos, Oficina de Teruel"
    start = text.index("Oficina")
    spans = drop_non_persons(text, [Span(start, len(text), "PERSON", 0.85)])
    assert [(text[s.start : s.end], s.entity) for s in spans] == [("Teruel", "LOCATION")]


def test_a_street_with_a_site_word_and_a_number_stays() -> None:
    assert kept("Looking to support them in Station Nord 3972 in its mission.", "Station Nord") == ["Station Nord"]
