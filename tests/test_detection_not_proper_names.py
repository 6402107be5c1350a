"""Ordinary text that NER or the name gazetteers take for a person or a place (not_persons.py,
names.py, legal_forms.py): code identifiers, a title alone, a noun closed by a particle, capitalised
pronouns, a form's next column, a community of owners. The people beside them stay found.

Every name here is synthetic.
"""

from __future__ import annotations

import pytest

from gateway.detection.engine import DetectionEngine
from tests.engine_fixtures import DEFAULT, people
from tests.engine_fixtures import engine  # noqa: F401 (the shared fixture)


def _names_and_places(engine: DetectionEngine, text: str) -> list[str]:
    return [text[s.start : s.end] for s in engine.analyze([text], DEFAULT)[0] if s.entity in ("PERSON", "LOCATION")]


@pytest.mark.parametrize(
    "text",
    [
        "Seit gestern liefert unser Export-Skript nur ACCESS_FORBIDDEN zurück.",
        "define( 'CACHE_PATH', '/var/cache/app' );",
        "Le service renvoie QUOTA_EXCEEDED depuis ce matin.",
    ],
)
def test_a_code_identifier_is_no_name_nor_place(engine: DetectionEngine, text: str) -> None:
    assert not any("_" in found for found in _names_and_places(engine, text))


def test_a_title_alone_is_no_name_nor_place_but_announces_one(engine: DetectionEngine) -> None:
    text = "Veuillez agréer, Maître, mes salutations distinguées.\nMaître Quellbrandt a répondu hier."
    found = _names_and_places(engine, text)
    assert "Maître" not in found
    assert "Quellbrandt" in found


def test_unknown_words_closed_by_a_particle_are_no_name(engine: DetectionEngine) -> None:
    text = "Objet de la demande : renouvellement du badge\nDemande suivie par Odalys Brenner."
    assert people(engine, text) == ["Odalys Brenner"]


def test_capitalised_german_pronouns_are_no_name(engine: DetectionEngine) -> None:
    assert people(engine, "Bitte geben Sie Ihrem Kind eine Regenjacke mit.") == []
    assert people(engine, "Bitte rufen Sie Jürgen Hallbeck morgen an.") == ["Jürgen Hallbeck"]


def test_a_name_ends_where_the_next_column_of_a_form_starts(engine: DetectionEngine) -> None:
    text = "Second driver: Odalys Brenner      Deposit held: EUR 250.00\n"
    found = people(engine, text)
    assert found == ["Odalys Brenner"] or found == []  # never the next column's label
    assert not any("Deposit" in name for name in found)


def test_a_community_of_owners_named_after_its_building_is_no_person(engine: DetectionEngine) -> None:
    text = "Comunidad Residencial Las Acacias\n\n[09:10] Odalys Brenner: Buenas, ¿quién tiene la llave del trastero?"
    assert people(engine, text) == ["Odalys Brenner"]
