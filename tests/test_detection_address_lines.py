"""Street lines the address grammar proves by their neighbours, and Slavic street words that open a
street (addresses.py, postal_lines.py). Streets, towns and numbers are synthetic."""

from __future__ import annotations

import pytest

from gateway.detection.addresses import AddressFinder
from gateway.detection.normalize import fold


@pytest.fixture(scope="module")
def finder() -> AddressFinder:
    return AddressFinder()


def streets(finder: AddressFinder, text: str) -> list[str]:
    return [text[s.start : s.end] for s in finder.find(fold(text)) if s.score >= 0.5]


@pytest.mark.parametrize("mark", ["", "}} ", "??? ", "> "])
def test_a_street_line_over_a_unit_line_is_a_street(finder: AddressFinder, mark: str) -> None:
    text = f"{mark}Orla Vantiss\n{mark}4471 Na Quellory 318\n{mark}Suite 22\n{mark}Nowhere 55555"
    found = " | ".join(streets(finder, text))
    assert "4471 Na Quellory 318" in found and "Suite 22" in found


def test_a_sentence_over_a_unit_line_is_not_a_street(finder: AddressFinder) -> None:
    text = "We moved the 3 servers to the new rack\nSuite 22 is now empty."
    assert not any("servers" in s for s in streets(finder, text))


def test_capitalised_slavic_street_words_open_a_street(finder: AddressFinder) -> None:
    assert any(s.startswith("Cesta Vrhniških borcev 2c") for s in streets(finder, "Cesta Vrhniških borcev 2c\n4471 Quellor"))
    assert any("Trg osvoboditve 12" in s for s in streets(finder, "He lives at 7642 Trg osvoboditve 12, Quellor"))
    # Written lower case after a village, the village opens the street line.
    assert any(s.startswith("Vrhovci, cesta XX 646") for s in streets(finder, "Vrhovci, cesta XX 646\n2737 Quellor"))
    assert not streets(finder, "Take route to 5 stops.")
