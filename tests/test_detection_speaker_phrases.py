"""Speakers labelled by a role phrase, English contractions and a German office after "von der"
are not names; the people beside them still are (speaker_roles.py, german_nouns.py).

All names and numbers are synthetic.
"""

from __future__ import annotations

import pytest

from gateway.detection.engine import DetectionEngine
from gateway.detection.speaker_roles import is_contraction
from gateway.detection.types import DetectionSpec
from tests.engine_fixtures import engine  # noqa: F401 (the shared fixture)

PERSON = DetectionSpec(frozenset({"PERSON"}))


def persons(engine: DetectionEngine, text: str) -> list[str]:
    return [text[s.start : s.end] for s in engine.analyze([text], PERSON)[0] if s.entity == "PERSON"]


@pytest.mark.parametrize("label", ["Gate control", "Night shift lead (Harold)", "[09:12] Yard marshal", "Hunter desk"])
def test_a_role_phrase_labelling_a_line_is_not_a_person(engine: DetectionEngine, label: str) -> None:
    text = f"{label}: the truck for bay 7 is here.\nDriver: thanks, I'll back in now.\n{label}: copy that."
    found = persons(engine, text)
    first = label.split("] ")[-1].split()[0]
    assert first not in found, found


def test_a_name_before_a_verb_of_speech_or_alone_keeps_its_label(engine: DetectionEngine) -> None:
    text = "Harold said: the truck is here.\nMargaret Lindqvist: thanks, we will unload it."
    found = persons(engine, text)
    assert "Harold" in found and "Margaret Lindqvist" in found


@pytest.mark.parametrize("word", ["I'm", "We've", "They'll", "You're", "She'd", "I’m"])
def test_english_contractions_are_recognised(word: str) -> None:
    assert is_contraction(word)


@pytest.mark.parametrize("word", ["O'Neil", "Kelly's", "D'Arcy", "Harold"])
def test_names_with_an_apostrophe_are_no_contraction(word: str) -> None:
    assert not is_contraction(word)


def test_a_contraction_opening_a_reply_is_not_a_person(engine: DetectionEngine) -> None:
    found = persons(engine, "Tenant: hello, I've lost the key to flat 3 and I'm outside.")
    assert not any("'" in name for name in found), found


def test_a_german_office_after_von_der_is_not_part_of_the_name(engine: DetectionEngine) -> None:
    text = "Guten Morgen, hier spricht Harald von der Beschwerdestelle, wie kann ich helfen?"
    assert persons(engine, text) == ["Harald"]


def test_a_particle_name_keeps_its_last_part(engine: DetectionEngine) -> None:
    text = "Die Rede hielt Margarete von der Lohe am Montag."
    assert any(name.endswith("von der Lohe") for name in persons(engine, text))


@pytest.mark.parametrize("text", ["Signed: __________  Gauge reading: 4.2 bar", "Start: 12 May   Hunter count: 14",
                                  "Abholung (Lagernr. QX-5512) bestätigt"])
def test_a_field_label_in_a_form_column_is_not_a_person(engine: DetectionEngine, text: str) -> None:
    assert persons(engine, text) == []
