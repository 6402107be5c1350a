"""Where an address block ends: a line that opens a sentence or a label after the town line is not
part of the block (address_blocks.py). Streets, towns and numbers are synthetic."""

from __future__ import annotations

import pytest

from gateway.detection.addresses import AddressFinder
from gateway.detection.normalize import fold


@pytest.fixture(scope="module")
def finder() -> AddressFinder:
    return AddressFinder()


def streets(finder: AddressFinder, text: str) -> list[str]:
    return [text[s.start : s.end] for s in finder.find(fold(text)) if s.score >= 0.5]


@pytest.mark.parametrize("next_line", [
    "Parcel tag 55501 printed by the warehouse.",
    "Refund issued (see the ledger).",
    "Notes du dossier : rien",
    "Invoice no. 4421 attached",
    "Owner 2: Quentin Marlowe",
    "Principal / guarantor: Quentin Marlowe",
    "USt-IdNr.: ATU12345678",
])
def test_a_sentence_or_a_label_under_the_town_line_stays_out(finder: AddressFinder, next_line: str) -> None:
    text = f"Send it to: 14 Quellory Crescent, Marnsby 5512\n{next_line}"
    found = streets(finder, text)
    assert any(s.startswith("14 Quellory Crescent") for s in found)
    first_word = next_line.split()[0]
    assert not any(first_word in s for s in found), found


@pytest.mark.parametrize("town", ["Marnsby", "Kingston upon Quell", "Vossberg am Quell", "Saint Quellory"])
def test_a_town_line_under_the_street_still_joins_the_block(finder: AddressFinder, town: str) -> None:
    text = f"Ship to:\n14 Quellory Crescent\n{town}\nQ12 3RT"
    found = " | ".join(streets(finder, text))
    assert town.split()[0] in found and "14 Quellory Crescent" in found


def test_a_country_closing_the_block_inside_a_sentence_stays_in(finder: AddressFinder) -> None:
    text = "Bring it to 12 Quellory Road\n Marnsby\n Norway before the weekend."
    assert any(s.endswith("Norway") for s in streets(finder, text))


def test_a_town_line_with_a_placeholder_and_its_postcode_stays_in(finder: AddressFinder) -> None:
    text = "14 Quellory Crescent\nMARNSBY n/a 5512"
    assert any("5512" in s for s in streets(finder, text))


@pytest.mark.parametrize("line", ["Lieferung: 3 Kabeltrommeln 50 m, Rolle 2", "Inhalt: 6 Kanister 20 l, Gefahrgut 3",
                                  "Load: 2 Drums 200 kg"])
def test_a_count_and_a_measure_are_no_street(finder: AddressFinder, line: str) -> None:
    assert streets(finder, line) == []


def test_a_street_with_a_house_number_letter_stays_a_street(finder: AddressFinder) -> None:
    assert any("Quellorweg 5 a" in s for s in streets(finder, "Adresse: 12 Quellorweg 5 a, 5512 Marnsby"))


def test_a_country_line_closes_the_block_but_a_city_state_does_not(finder: AddressFinder) -> None:
    text = "Mailing address: Quellory 8, 6560 Marnsby, Netherlands\nInventor 2\nLegal name: Quentin Marlowe"
    assert not any("Inventor" in s for s in streets(finder, text))
    city = "Ship to: 2 Rue de la Gare\nLuxembourg\nLuxembourg"  # the town line reads as its country
    assert streets(finder, city) == ["2 Rue de la Gare\nLuxembourg\nLuxembourg"]
