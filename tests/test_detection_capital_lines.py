"""Postal lines printed wholly in capitals are read like their title-cased form, while headings and
codes in capitals stay unmasked. All values are synthetic."""

from __future__ import annotations

import pytest

from gateway.detection.addresses import AddressFinder
from gateway.detection.capital_lines import title_cased_lines
from gateway.detection.normalize import TextView, fold


@pytest.fixture(scope="module")
def finder() -> AddressFinder:
    return AddressFinder()


def streets(finder: AddressFinder, text: str) -> list[str]:
    return [text[s.start : s.end] for s in finder.find(fold(text)) if s.score >= 0.5]


def test_recasing_keeps_length_and_touches_only_lines_in_capitals() -> None:
    text = "Dear team,\nPLEASE SEND TO\n9 BRAMBLEFORD WAY\nKESSLEWICK 4410\n"
    recased = title_cased_lines(TextView(text))
    assert recased is not None
    view, lines = recased
    assert len(view.text) == len(text)
    assert "9 Brambleford Way" in view.text and "Kesslewick 4410" in view.text
    assert view.text.startswith("Dear team,")
    assert len(lines) == 3


def test_no_extra_pass_without_a_number_in_capitals() -> None:
    assert title_cased_lines(TextView("URGENT\nPlease call me back about unit 4.")) is None


@pytest.mark.parametrize("street, town", [("9 BRAMBLEFORD WAY", "KESSLEWICK 4410"),
                                          ("QUILLHOLM-RING-WEG 3/1", "8123 ZAVRENTAL"),
                                          ("22 ORCHARD VALE ROAD", "PENWORRY 0617")])
def test_a_block_in_capitals(finder: AddressFinder, street: str, town: str) -> None:
    found = streets(finder, f"DELIVER TO\nTHEO QUARRINGTON\n{street}\n{town}\n")
    assert any(street in s for s in found) and any(town in s for s in found)


@pytest.mark.parametrize("text", ["QUARTERLY REPORT 2025\nSECTION 4 OVERVIEW\nTABLE 12 TOTALS\n",
                                  "BUILD 88 FAILED\nSTAGE 3 TESTS\nRETRY 2 OF 5\n",
                                  "ORDER 55120\nTOTAL 400 EUR\nNET 30 DAYS\n"])
def test_headings_and_counts_in_capitals_are_no_streets(finder: AddressFinder, text: str) -> None:
    assert streets(finder, text) == []
