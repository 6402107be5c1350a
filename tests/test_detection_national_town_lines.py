"""Town lines proved by their national form (national_town_lines.py), Ukrainian street lines, and
keyed fields written as XML elements or SQL SET clauses (columns.py). All values are synthetic."""

from __future__ import annotations

import pytest

from gateway.detection.addresses import AddressFinder
from gateway.detection.columns import _column_spans
from gateway.detection.normalize import fold


@pytest.fixture(scope="module")
def finder() -> AddressFinder:
    return AddressFinder()


def streets(finder: AddressFinder, text: str) -> list[str]:
    return [text[s.start : s.end] for s in finder.find(fold(text)) if s.score >= 0.5]


@pytest.mark.parametrize("line", ["Quorvale do Norte - MG, 30140-071", "QUORVALE - SP, 97292373",
                                  "das Quelas de Xurupá - AL, 12718631"])
def test_a_brazilian_town_line_is_an_address_anywhere(finder: AddressFinder, line: str) -> None:
    assert any(line in s for s in streets(finder, f"Nova morada: {line} (Brasil)"))


def test_a_brazilian_line_takes_the_street_before_it(finder: AddressFinder) -> None:
    text = "Conjunto da Xuela, 51, Quorvale - AL, 67013-047"
    assert any(s.startswith("Conjunto da Xuela, 51") for s in streets(finder, text))


def test_a_state_code_that_is_no_brazilian_state_is_no_town_line(finder: AddressFinder) -> None:
    assert not streets(finder, "Quorvale - XY, 67013-047")


@pytest.mark.parametrize("line", ["3370980 Quellagüe, Región Metropolitana",
                                  "7798000 QUELRA DE TANGO, REGIÓN DE VALPARAÍSO"])
def test_a_chilean_town_line_is_an_address_anywhere(finder: AddressFinder, line: str) -> None:
    assert any(line in s for s in streets(finder, f"Dirección: {line}\nChile"))


def test_seven_digits_before_a_word_are_no_chilean_line(finder: AddressFinder) -> None:
    assert not streets(finder, "Ticket 3370980 Quellagüe, please check")


@pytest.mark.parametrize("line", ["село Квітневе, Київська область, 63377",
                                  "ХУТІР КВІТНЕВЕ, ЛЬВІВСЬКА ОБЛАСТЬ, 65559"])
def test_a_ukrainian_town_line_is_an_address(finder: AddressFinder, line: str) -> None:
    assert any(line in s for s in streets(finder, f"{line}\n"))


@pytest.mark.parametrize("street", ["вулиця Квітнева, буд. 12", "узвіз Квітневий 2-й, буд. 3 кв. 213",
                                    "СКВЕР КВІТНЕВИЙ 1-Й, БУД. 28 КВ. 896"])
def test_a_ukrainian_street_with_its_building_is_an_address(finder: AddressFinder, street: str) -> None:
    assert any(street in s for s in streets(finder, f"Адреса: {street}\n"))


def test_a_ukrainian_sentence_without_a_building_is_no_street(finder: AddressFinder) -> None:
    assert not streets(finder, "Ми будемо вдома завтра, кв. 5 чекає")


def _columns(text: str) -> list[tuple[str, str]]:
    return [(text[s.start : s.end], s.entity) for s in _column_spans(text, frozenset())]


def test_an_xml_element_is_a_keyed_field() -> None:
    text = "<ShipTo>\n  <Street>21 Quelvin Street</Street>\n  <CityLine>1411 Quelbach am Xinn</CityLine>\n</ShipTo>"
    assert ("21 Quelvin Street", "STREET_ADDRESS") in _columns(text)
    assert ("1411 Quelbach am Xinn", "STREET_ADDRESS") in _columns(text)
    assert not _columns("<Title>Roadmap 2024</Title><City>Quelbach</City>")


def test_an_irish_eircode_closes_a_town_field() -> None:
    text = "<CityLine>Quelvin Ville\nY00 A7P9</CityLine>"
    assert ("Quelvin Ville\nY00 A7P9", "STREET_ADDRESS") in _columns(text)


def test_a_sql_set_clause_names_its_town() -> None:
    text = "UPDATE clientes\n   SET poblacion = '60100 Quelrace',\n       pais = 'Italy'"
    assert ("60100 Quelrace", "STREET_ADDRESS") in _columns(text)


def test_cyrillic_streets_and_town_lines_are_fields_and_blocks(finder: AddressFinder) -> None:
    record = '{"adresse":"Квелска 5б/0","code_postal_ville":"10741 Квелир Капија","pays":"X"}'
    assert ("Квелска 5б/0", "STREET_ADDRESS") in _columns(record)
    assert ("10741 Квелир Капија", "STREET_ADDRESS") in _columns(record)
    assert any("Квелимпештанска 001\n39418 Квелгелија" in s
               for s in streets(finder, "кат 7\nКвелимпештанска 001\n39418 Квелгелија\n"))
    assert not streets(finder, "Глава 3\n2019 Издание")


def test_a_quebec_street_word_opens_a_street_after_its_number(finder: AddressFinder) -> None:
    assert any(s.startswith("8905 montée Xulie Apt. 116") for s in streets(finder, "Je réside au 8905 montée Xulie Apt. 116, Xuelville"))
    assert any(s.startswith("864 rang Xingras") for s in streets(finder, "864 rang Xingras\nXuelville QC  E5E8M1"))
    assert not streets(finder, "I rang Peter 5 times and the bell rang Tuesday")
