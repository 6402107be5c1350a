"""A delivery term with its named place, and a practice or service closing a firm's name, are not
people (trade_terms.py, legal_forms.py); the people beside them still are. Synthetic values only."""

from __future__ import annotations

import pytest

from gateway.detection.engine import DetectionEngine
from gateway.detection.trade_terms import after_trade_term
from tests.engine_fixtures import engine  # noqa: F401 (the shared fixture)
from tests.engine_fixtures import people


@pytest.mark.parametrize("term", ["FCA", "DAP", "CIF", "EXW"])
def test_a_delivery_term_and_its_place_is_not_a_person(engine: DetectionEngine, term: str) -> None:
    text = f"Our price: EUR 2.15 per unit, {term} Antwerpen (Incoterms 2020), delivery in 5 weeks.\n\nRegards,\nTamsin Okafor"
    assert people(engine, text) == ["Tamsin Okafor"]


def test_after_trade_term_needs_the_whole_term() -> None:
    text = "Signed by FCAB Linnea Holm"
    assert not after_trade_term(text, text.index("Linnea"), len(text))


def test_a_veterinary_practice_is_not_a_person(engine: DetectionEngine) -> None:
    text = "Kind regards,\n\nCiara Mulqueen MRCVS\nBrophy and Nevin Veterinary Surgery\nTel 01 555 0142"
    assert people(engine, text) == ["Ciara Mulqueen"]
