"""German compound nouns of minutes, shift logs and tickets found as names are dropped
(german_nouns.py via not_persons.py); a known name beside them stays. Names are synthetic."""

from __future__ import annotations

import pytest

from gateway.detection.german_nouns import is_german_noun
from gateway.detection.not_persons import drop_non_persons
from gateway.detection.types import Span


@pytest.mark.parametrize(
    "text",
    ["Übergabeprotokoll Spätschicht", "Besprechungsprotokoll Lenkungsausschuss", "Rechnungskorrektur", "Leitstand",
     "Quartalsbericht Vertrieb", "Wartungsauftrag"],
)
def test_a_compound_noun_is_no_name(text: str) -> None:
    assert is_german_noun(text, 0, len(text))
    assert drop_non_persons(text, [Span(0, len(text), "PERSON", 0.85)]) == []


def test_a_known_name_beside_a_compound_stays() -> None:
    text = "Übergabeprotokoll Johanna Becker"
    assert not is_german_noun(text, 0, len(text))


@pytest.mark.parametrize("word", ["Abrechnungsmonat", "Sicherheitsstufe", "Informationsblatt", "Netzlaufwerke"])
def test_a_compound_joint_or_a_period_noun_makes_a_german_noun(word: str) -> None:
    text = f"REM {word} für die Buchhaltung"
    assert is_german_noun(text, 4, 4 + len(word))


@pytest.mark.parametrize("name", ["Hanna-Lena Rungsted", "Gottfried Königswerther"])
def test_names_without_the_joint_stay_names(name: str) -> None:
    assert not is_german_noun(name, 0, len(name))
