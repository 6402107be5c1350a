"""Words that stand where a name stands but name no one: a trade labelling a desk's lines whose
speaker gives another name, a role label beside a role-and-name label (speaker_roles.py), a vessel
after its type's prefix (named_things.py), a performing company or wine house named after its founder
(legal_forms.py); and the cells after a record's country cell, which are no part of its address
(address_blocks.py). Every value is synthetic."""

from __future__ import annotations

import pytest

from tests.engine_fixtures import DEFAULT, engine  # noqa: F401 (the shared fixture)


def _found(engine, text: str) -> list[tuple[str, str]]:  # noqa: F811
    return [(text[s.start : s.end], s.entity) for s in engine.analyze([text], DEFAULT)[0]]


def _persons(engine, text: str) -> list[str]:  # noqa: F811
    return [value for value, entity in _found(engine, text) if entity == "PERSON"]


def test_a_trade_labelling_a_desk_whose_speaker_gives_another_name_is_no_person(engine) -> None:  # noqa: F811
    text = ("Mason: Quellmann Memorials, Paul speaking.\nCaller: Hello, I'd like to add a name to a headstone.\n"
            "Mason: I'm sorry for your loss. Who owns the grave?\nCaller: I do, Testa Quellmann.")
    persons = _persons(engine, text)
    assert "Mason" not in persons
    assert "Paul" in persons and "Testa Quellmann" in persons


def test_a_name_labelling_its_own_lines_stays_a_person(engine) -> None:  # noqa: F811
    # The label is the speaker's name: no other name given in the speaker's lines.
    text = "Mason: Hi, can you check my order?\nAgent: Of course.\nMason: Thanks, it was placed on Monday."
    assert "Mason" in _persons(engine, text)


def test_a_role_label_beside_a_role_and_name_label_is_no_person(engine) -> None:  # noqa: F811
    text = ("Tecnico (Melissa): Buongiorno, sono il tecnico degli estintori.\nPortineria: Buongiorno. Chi firma?\n"
            "Tecnico (Melissa): Il responsabile, Testa Quellmann.\nPortineria: È fuori sede oggi.")
    persons = _persons(engine, text)
    assert "Portineria" not in persons
    assert "Testa Quellmann" in persons


@pytest.mark.parametrize("text", [
    "[08:12] CTV Sea Fox: Marine control, approaching T09 for transfer.",
    "The MV Grace sails from berth 4 at noon.",
    "Crew change on the tug Anna Maria at 06:00.",
])
def test_a_vessel_after_its_prefix_is_no_person(engine, text: str) -> None:  # noqa: F811
    for name in ("Sea Fox", "Grace", "Anna Maria"):
        assert name not in _persons(engine, text)


def test_a_person_named_beside_a_vessel_stays(engine) -> None:  # noqa: F811
    text = "Tell Grace Hopper that the MV Aurora sails at 9; Ms Testa Quellmann boards it."
    persons = _persons(engine, text)
    assert "Grace Hopper" in persons
    assert any("Testa Quellmann" in p for p in persons)


@pytest.mark.parametrize(("text", "firm"), [
    ("Best wishes,\n\nTesta Quellmann\nCompany Manager\nAlexander-Murphy Opera\nRehearsal office 01632 960271",
     "Alexander-Murphy"),
    ("Un saludo,\n\nTesta Quellmann\nResponsable de enoturismo\nGaspar Bodegas y Viñedos\nTel. 01632 960271",
     "Gaspar"),
])
def test_a_performing_company_or_wine_house_named_after_its_founder_is_a_firm(engine, text: str, firm: str) -> None:  # noqa: F811
    persons = _persons(engine, text)
    assert "Testa Quellmann" in persons
    assert not any(firm in p for p in persons)


def test_the_cells_after_a_records_country_are_no_part_of_its_address(engine) -> None:  # noqa: F811
    text = ("id,name,street,town,country,certificate,level\n"
            "DATA-1206,Testa Quellmann,Puuskakatu 373,58177 Lapinjärvi,Finland,SNYIV6F9NLKH,B2\n")
    addresses = [v for v, e in _found(engine, text) if e == "STREET_ADDRESS"]
    assert any("Puuskakatu 373" in a for a in addresses)
    assert not any("SNYIV6F9NLKH" in a for a in addresses)


def test_a_postcode_after_the_country_stays_in_the_address(engine) -> None:  # noqa: F811
    text = "Ship to: 10 Quellmann Street, London, United Kingdom, SW1A 2AA. Thanks"
    addresses = [v for v, e in _found(engine, text) if e == "STREET_ADDRESS"]
    assert any(a.endswith("SW1A 2AA") for a in addresses)


@pytest.mark.parametrize("text", [
    "Staff (Christopher): Brewery taproom, Christopher here.\nCaller: Hi, a table for six please.",
    "Staff (Christopher): Group bookings, Christopher here.\nCaller: Hi, a table for six please.",
])
def test_a_name_in_a_speakers_brackets_before_an_organisation_word_stays_a_name(engine, text: str) -> None:  # noqa: F811
    # The bracket and the label's colon end the name: the firm's word after them is not its own.
    persons = [(s.start, s.end) for s in engine.analyze([text], DEFAULT)[0] if s.entity == "PERSON"]
    assert (text.index("Christopher"), text.index("Christopher") + len("Christopher")) in persons
