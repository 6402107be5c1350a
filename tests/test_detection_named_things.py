"""Name-like words that the words beside them show to name a thing (named_things.py, not_persons.py,
firms.py, legal_forms.py): rooms, products, headings between rules, greetings, salutation nouns,
field labels, firms of three surnames and firms with a Latin-American or Greek legal form. The
people around them stay people.

Every name, number and address here is synthetic.
"""

from __future__ import annotations

import pytest

from gateway.detection.engine import DetectionEngine
from gateway.detection.entities import DEFAULT_POLICY_ENTITIES
from gateway.detection.legal_forms import is_legal_form
from gateway.detection.types import DetectionSpec
from tests.engine_fixtures import engine  # noqa: F401 (the shared fixture)

DEFAULT = DetectionSpec(frozenset(DEFAULT_POLICY_ENTITIES))
NAMES = frozenset({"PERSON", "LOCATION", "STREET_ADDRESS"})


def masked(engine: DetectionEngine, text: str) -> list[str]:
    """The name-like findings (people, places, streets) of the text."""
    return [text[s.start : s.end] for s in engine.analyze([text], DEFAULT)[0] if s.entity in NAMES]


@pytest.mark.parametrize("text", [
    "Prossima riunione: martedì ore 10:00, sala Garibaldi.",
    "Je vous confirme la réservation de la salle Jupiter pour la formation.",
    "Wir treffen uns im Raum Kepler um 14 Uhr.",
])
def test_a_room_named_after_someone_is_no_person(engine: DetectionEngine, text: str) -> None:
    assert masked(engine, text) == []


@pytest.mark.parametrize("text", [
    "Refund blocked by Quorbix sync error, please retry tomorrow.",
    "Tender for Zentavo licences: three bids received.",
    "We were charged twice for the Plumora add-on in March.",
])
def test_a_product_before_a_product_noun_is_no_person(engine: DetectionEngine, text: str) -> None:
    assert masked(engine, text) == []


def test_a_heading_between_rules_is_no_person(engine: DetectionEngine) -> None:
    text = "Gruß Testa\n\n---------- Weitergeleitete Nachricht ----------\nVon: Erika Mustermann <em@example.net>"
    assert "Weitergeleitete Nachricht" not in masked(engine, text)
    assert "Erika Mustermann" in masked(engine, text)


def test_greetings_go_and_the_name_after_them_stays(engine: DetectionEngine) -> None:
    found = masked(engine, "Mitarbeiter: Guten Tag Frau Schmidt, wie lautet Ihre Vertragsnummer?")
    assert not any("Tag" in f for f in found)
    assert any("Schmidt" in f for f in found)
    assert "Vertragsnummer" not in found
    assert masked(engine, "Anotado. ¡Hasta mañana!") == []
    assert masked(engine, "Beste Grüße aus dem Lager\n\nErika Mustermann") == ["Erika Mustermann"]


def test_a_salutation_noun_after_a_title_is_no_name(engine: DetectionEngine) -> None:
    assert masked(engine, "Sehr geehrte Frau Kollegin, sehr geehrter Herr Kollege,\n\nwir berichten") == []
    found = masked(engine, "Sehr geehrte Frau Kollegin Exempel,\n\nwir berichten")
    assert found and all("Kollegin" not in f for f in found)


@pytest.mark.parametrize("text", [
    "Puesto: Profesor\nFecha de incorporación: 25/12/2024\nUsuario: px",
    "HR CASE NOTE\nCase: OPS-473\nStatus: open",
    "Supplier: Acme\nReason: bank merger, letter dated 2024-07-26 attached",
    "# Konfiguration Schnittstelle Warenwirtschaft -> Onlineshop\n# Verantwortlich: ops@example.org",
    "Herr Exempel ist ja in Elternzeit.",
])
def test_labels_and_german_nouns_are_no_names(engine: DetectionEngine, text: str) -> None:
    assert all(word not in " ".join(masked(engine, text)) for word in
               ("Fecha", "Case", "Reason", "Konfiguration", "Verantwortlich", "Elternzeit"))


def test_a_speaker_that_is_a_word_name_stays_beside_known_names(engine: DetectionEngine) -> None:
    assert masked(engine, "Grace: hi there\nBob: hello") == ["Grace", "Bob"]


@pytest.mark.parametrize("text", [
    "Yours sincerely,\nClaims Team, Dodson, Johnson and Green",
    "Yours sincerely,\nClaims Team, Mullery, McBrien and Brosnan",
    "January 22, 2024, 14:06 - O'Clery, Davey and Cloney: Will do",
])
def test_three_surnames_after_a_team_word_name_a_firm(engine: DetectionEngine, text: str) -> None:
    assert masked(engine, text) == []


def test_people_listed_by_full_names_stay_people(engine: DetectionEngine) -> None:
    assert masked(engine, "Present: Anna Exempel, Tom O'Neill and Bob Sample.") == [
        "Anna Exempel", "Tom O'Neill", "Bob Sample"]


@pytest.mark.parametrize("form", ["EIRL", "E.I.R.L.", "S/A", "Limitada", "Α.Β.Ε.Ε."])
def test_more_legal_forms(form: str) -> None:
    assert is_legal_form(form)


def test_a_firm_with_a_chilean_legal_form_is_no_person(engine: DetectionEngine) -> None:
    assert masked(engine, "[30/05/2026 19:21:58] Margarita Ximena Moreno Benítez EIRL: Anotado.") == []
    assert masked(engine, "[30/05/2026 19:21:58] Margarita Ximena Moreno Benítez: Anotado.") != []


def test_a_street_with_a_number_is_still_a_street(engine: DetectionEngine) -> None:
    found = masked(engine, "Bitte liefern an: Musterstraße 12, 10115 Berlin")
    assert any("Musterstraße 12" in f for f in found)


@pytest.mark.parametrize("text", ["sala Garibaldi", "Meeting room\n Kepler", "boardroom Orion", "xroom Orion", "room",
                                  "salón  Goya", "SALLE DE RÉUNION Jupiter", "_sala Verdi", "conference room Ada"])
def test_reversed_room_pattern_agrees_with_the_forward_one(text):
    # named_things.py matches the room word before a name backwards (a speed-up); it must answer as
    # the readable forward pattern does, wherever the name would start.
    from gateway.detection.named_things import _ROOM_BEFORE, _ROOM_BEFORE_REVERSED

    for head_end in range(len(text) + 1):
        forward = _ROOM_BEFORE.search(text, max(0, head_end - 24), head_end) is not None
        backward = _ROOM_BEFORE_REVERSED.match(text[max(0, head_end - 24) : head_end][::-1]) is not None
        assert backward is forward, (text, head_end)
