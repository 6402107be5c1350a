"""Which words make a street (addresses.py, postal_lines.py, glued_streets.py, contact_labels.py):
phone labels never do, glued Nordic street words and Greek abbreviations do, and a street's first
words (articles, joiners, a building number) belong to it. Streets, towns and numbers are synthetic."""

from __future__ import annotations

import pytest

from gateway.detection.addresses import AddressFinder
from gateway.detection.normalize import fold


@pytest.fixture(scope="module")
def finder() -> AddressFinder:
    return AddressFinder()


def spans(finder: AddressFinder, text: str, floor: float = 0.0) -> list[str]:
    return [text[s.start : s.end] for s in finder.find(fold(text)) if s.score >= floor]


@pytest.mark.parametrize("label", ["Telefax", "Durchwahl", "Zentrale", "Centralino", "Cellulare", "Móvil", "Portable"])
def test_a_phone_label_before_digits_is_no_street(finder: AddressFinder, label: str) -> None:
    assert spans(finder, f"Qorvan Tellis | {label} 032 141 23 46 | q@example.org") == []


def test_glued_street_words_make_a_street(finder: AddressFinder) -> None:
    assert spans(finder, "Send it to Qorvanskogen 3B please", 0.7) == ["Qorvanskogen 3B"]
    found = spans(finder, "TO: Orla Vantiss, Qorvanringen 8, 1913 Tellby, Norway", 0.7)
    assert found and found[0].startswith("Qorvanringen 8, 1913 Tellby")


def test_a_year_after_a_glued_ending_is_no_house_number(finder: AddressFinder) -> None:
    assert spans(finder, "The summit in Qorvanhagen 2025 was long.", 0.5) == []


def test_a_town_line_after_a_sentence_takes_only_the_street(finder: AddressFinder) -> None:
    assert spans(finder, "Update it to Qorvanroa 1, 6182 Tellsand.", 0.7) == ["Qorvanroa 1, 6182 Tellsand"]


@pytest.mark.parametrize(("text", "street"), [
    ("He lives at 91091 Quellanilla de Vorn 56, Tellada", "91091 Quellanilla de Vorn 56"),
    ("The bus station is on Unter den Quellen 13", "Unter den Quellen 13"),
    ("He lives on the north side of Via degli Quellorandi 3.", "Via degli Quellorandi 3"),
    ("He lives on the north side of R Quelada 99.", "R Quelada 99"),
    ("Take a taxi to Λ. Κορβανίδων 119 tonight", "Λ. Κορβανίδων 119"),
    ("Take a taxi to Λεωφ. Κορβάνων Τελλίου 180 tonight", "Λεωφ. Κορβάνων Τελλίου 180"),
])
def test_a_streets_first_words_belong_to_it(finder: AddressFinder, text: str, street: str) -> None:
    assert any(street in s for s in spans(finder, text))


def test_a_lone_r_before_an_english_word_opens_no_street(finder: AddressFinder) -> None:
    assert not any(s.startswith("R ") for s in spans(finder, "We R Cool 5 times over"))
