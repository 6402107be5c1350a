"""A founder's name followed by what the firm does is a firm (company_names.is_trade_name), unless
the words after it may be a surname's ("Grace Hopper", "Rose Lake"); a vCard's title line and a
monarch's number name no one to protect (not_persons.py); spaCy's facility tag on lower-case words
and its place tag on a phone label are dropped (ner.py). Every value is synthetic."""

from __future__ import annotations

import pytest

from tests.engine_fixtures import DEFAULT, engine  # noqa: F401 (the shared fixture)


def _found(engine, text: str) -> list[tuple[str, str]]:  # noqa: F811
    return [(text[s.start : s.end], s.entity) for s in engine.analyze([text], DEFAULT)[0]]


@pytest.mark.parametrize(("text", "firm"), [
    ("Best,\nTesta Quellmann\nClient Coordinator\nWright, Baker and Hall Tutors\nTel. 01632 960271", "Hall Tutors"),
    ("Kind regards,\nTesta Quellmann\nYard Manager\nRussell Equestrian Centre\nYard office 01632 960123", "Russell"),
    ("Cheers,\nTesta Quellmann\nManager, Barrett Estate Vineyard\nCellar door 01632 960555", "Barrett"),
    ("Regards,\nTesta Quellmann\nHalpen Pawnbrokers\n01632 960777", "Halpen"),
])
def test_a_founders_name_before_its_trade_is_a_firm(engine, text: str, firm: str) -> None:  # noqa: F811
    found = _found(engine, text)
    assert ("Testa Quellmann", "PERSON") in found
    assert not any(firm in value for value, entity in found if entity == "PERSON")


@pytest.mark.parametrize(("text", "name"), [
    ("Call Grace Hopper tomorrow.", "Grace Hopper"),
    ("I met Rose Lake at the fair.", "Rose Lake"),
    ("Ask Joy Field about the invoice.", "Joy Field"),
    ("Sarah Walker signed for it.", "Sarah Walker"),
])
def test_a_name_whose_last_word_is_a_word_too_stays_a_name(engine, text: str, name: str) -> None:  # noqa: F811
    assert (name, "PERSON") in _found(engine, text)


def test_a_vcard_title_line_holds_no_person(engine) -> None:  # noqa: F811
    text = ("BEGIN:VCARD\nFN:Testa Quellmann\nORG:Quellmann Chimney Sweeps\n"
            "TITLE:Master Sweep & HETAS-registered installer\nTEL;TYPE=WORK:01632 960271\nEND:VCARD")
    persons = [v for v, e in _found(engine, text) if e == "PERSON"]
    assert persons == ["Testa Quellmann"]


def test_a_monarchs_number_makes_a_style_not_a_person(engine) -> None:  # noqa: F811
    text = "The receipt for lot 118 (George III salver, estimate 1,200-1,800) goes to Testa Quellmann."
    persons = [v for v, e in _found(engine, text) if e == "PERSON"]
    assert persons == ["Testa Quellmann"]


def test_a_persons_generational_suffix_keeps_the_name(engine) -> None:  # noqa: F811
    assert any(v.startswith("John Testwood") for v, e in _found(engine, "Please ask John Testwood III to sign.")
               if e == "PERSON")


def test_lower_case_words_are_no_facility(engine) -> None:  # noqa: F811
    text = "Te confirmamos la visita guiada con cata para seis personas; si cambia el número de asistentes, avísanos."
    assert not any(e == "STREET_ADDRESS" for _, e in _found(engine, text))


def test_a_phone_label_is_no_place_but_the_city_is(engine) -> None:  # noqa: F811
    found = _found(engine, "Ops desk 01632 960271 | Mobile +447700900123\nWe moved to Mobile, Alabama.")
    assert [v for v, e in found if e == "LOCATION"].count("Mobile") == 1
    assert ("+447700900123", "PHONE_NUMBER") in found


def test_a_passenger_labelling_a_chat_is_a_role(engine) -> None:  # noqa: F811
    text = ("Chat – mostrador de excursiones\n\nPasajero: Hola, ¿puedo cambiar la excursión del viernes?\n"
            "Agente: Sí, claro.\nPasajero: Gracias. Soy Testa Quellmann.")
    assert [v for v, e in _found(engine, text) if e == "PERSON"] == ["Testa Quellmann"]
