"""Words that close a firm's name or a craftsman's title, and a parcel line a word opening on "Tel"
does not make a phone line. Synthetic names and numbers only."""

from __future__ import annotations

from gateway.detection.engine import DetectionEngine
from tests.engine_fixtures import DEFAULT, engine  # noqa: F401 (the shared fixture)


def _found(engine: DetectionEngine, text: str) -> list[tuple[str, str]]:  # noqa: F811
    return [(s.entity, text[s.start : s.end]) for s in engine.analyze([text], DEFAULT)[0]]


def test_a_courier_number_on_a_line_a_telescope_opens_is_the_parcels(engine):  # noqa: F811
    text = "Return label\nTelescope serial 08TPKF2 · loan REQ0851110 · courier 155155231221"
    assert not any(entity == "PHONE_NUMBER" for entity, _ in _found(engine, text))


def test_a_phone_label_on_a_courier_line_still_makes_a_phone(engine):  # noqa: F811
    text = "Pickup desk\nTel. 0151 2345 6789 · courier desk"
    assert ("PHONE_NUMBER", "0151 2345 6789") in _found(engine, text)


def test_a_master_craftsmans_title_is_no_name_but_the_surname_baumeister_is(engine):  # noqa: F811
    found = _found(engine, "Ansprechpartner vor Ort: Paul Barbier, Reetdachdeckermeister, Tel. +49 30 1234567")
    assert ("PERSON", "Paul Barbier") in found
    assert not any("meister" in value for _, value in found)
    assert any("Baumeister" in value for entity, value in _found(engine, "Der Termin mit Herrn Baumeister ist am Montag.")
               if entity == "PERSON")


def test_clubs_cafes_restorers_and_centres_close_a_firms_name(engine):  # noqa: F811
    for text in ("Rechnung an: Kocianová Tauchsportzentrum, Pod brehmi 62",
                 "Venue: Martin Repair Café, Suite 498",
                 "Cliente: Hobbs-Serrano Club de Montaña",
                 "Deliver to: Kubík Pavlík a.s. Classic Car Restorations, workshop 2"):
        assert not any(entity == "PERSON" for entity, _ in _found(engine, text)), text


COURIER_INSERT = """INSERT INTO sample_dispatch (sample_id, site_owner, depth_m, courier_ref)
VALUES ('CHG9465980', 'Angelika Piekacz', 54, '3315514192');
-- lab account FT 1356/2024"""
PAYOUT_INSERT = """INSERT INTO payouts (payee, bank_account)
VALUES ('Angelika Piekacz', '3315514192');
-- checking account"""


def test_a_courier_reference_column_holds_parcel_numbers_not_phones_or_bank_accounts(engine):  # noqa: F811
    found = _found(engine, COURIER_INSERT)
    assert ("PERSON", "Angelika Piekacz") in found
    assert not any(value == "3315514192" for _, value in found)


def test_a_bank_account_column_still_holds_bank_numbers(engine):  # noqa: F811
    assert ("US_BANK_NUMBER", "3315514192") in _found(engine, PAYOUT_INSERT)
