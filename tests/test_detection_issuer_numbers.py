"""Numbers that the label before them gives to whoever issued them, not to a person: a receipt's,
an authorisation's, a cost centre's or a penalty notice's number is no licence (reference_labels.py);
a tracked item's, a bill of lading's, a carrier label's, a checked bag's, a consignment note's or a
proof of delivery's number is no phone, as a quoted key or a table's tracking column says too
(reference_labels.py, phones.py, id_keys.py); a recipe's, a schema's or a firmware's
dotted number and a key naming a version hold no IP address (ip_addresses.py); a gate pass's number
is no password (secrets.py). The same numbers after their own labels stay found. Every value is
synthetic."""

from __future__ import annotations

import pytest

from tests.engine_fixtures import DEFAULT, engine  # noqa: F401 (the shared fixture)


def _found(engine, text: str) -> dict[str, str]:  # noqa: F811
    return {text[s.start : s.end]: s.entity for s in engine.analyze([text], DEFAULT)[0]}


@pytest.mark.parametrize(("text", "number"), [
    ("Billing: corporate account, cost centre SO9685019; driver will text on arrival.", "SO9685019"),
    ("Ordering clinic: home health; authorisation FA202136523\nDriver notes: call 30 min ahead.", "FA202136523"),
    ("Permit fee paid online, receipt SO7770317. The driver was informed.", "SO7770317"),
    ("Badge reported lost. Seize the badge, issue PCN FA202694112.\nOfficer: Driver's come back.", "FA202694112"),
])
def test_an_issuers_number_near_a_driver_is_no_licence(engine, text: str, number: str) -> None:  # noqa: F811
    assert number not in _found(engine, text)


def test_a_licence_number_after_its_label_is_still_found(engine) -> None:  # noqa: F811
    assert _found(engine, "Driver's licence number: SO9685019, checked at the desk.").get("SO9685019") == \
        "US_DRIVER_LICENSE"


@pytest.mark.parametrize(("text", "number"), [
    ("Renewal invoice sent.\nSent by tracked post 0186924030; your card activates on the first match day.", "0186924030"),
    ("Transport: sea freight, B/L 1654343154\nGoods: 24 pallets of valves.", "1654343154"),
    ("Fault: no boot after the update\nPrepaid label: 3847505823 – pack in the original carton.", "3847505823"),
    ("Vorgang: INC4450381   Gepäckschein: 3989264206\nEmpfänger: Testa Quellmann", "3989264206"),
    ('{\n  "file_reference": "CASE-20424025",\n  "bag_tag": "8221575411",\n  "deliver_to": "hotel"\n}', "8221575411"),
])
def test_a_carriers_number_is_no_phone(engine, text: str, number: str) -> None:  # noqa: F811
    assert number not in _found(engine, text)


@pytest.mark.parametrize("text", [
    "Mobile: 0186924030 (tracked parcels are handed over in person)",
    '{"name": "Testa Quellmann", "phone": "0186924030"}',
])
def test_a_phone_number_by_its_own_label_stays_a_phone(engine, text: str) -> None:  # noqa: F811
    assert _found(engine, text).get("0186924030") == "PHONE_NUMBER"


@pytest.mark.parametrize(("text", "number"), [
    ("processed under policy REQ6667401, form rev. 10.6.35.76.", "10.6.35.76"),
    ("filter change done, recipe 10.18.33.11 back in production", "10.18.33.11"),
    ('LOT_COURANT = "SNX9XZ07EU8F"\nVERSION_RECETTE = "10.0.13.139"', "10.0.13.139"),
    ('RELEASE_STORE_PASSWORD=unused\nVERSION_NAME=10.10.11.32', "10.10.11.32"),
    ('payload={"device": DEVICE_ID, "fw": "10.14.28.62"}', "10.14.28.62"),
    ('<member run="9a6b38ea" schema="10.23.9.144"/>', "10.23.9.144"),
])
def test_a_versioned_things_dotted_number_is_no_ip_address(engine, text: str, number: str) -> None:  # noqa: F811
    assert number not in _found(engine, text)


@pytest.mark.parametrize("text", [
    "The recipe server at 10.18.33.11 stopped answering.",
    "host: 10.0.13.139",
    "Blocked login attempts from 10.14.28.62 overnight.",
])
def test_an_address_by_its_own_words_stays_an_address(engine, text: str) -> None:  # noqa: F811
    assert "IP_ADDRESS" in _found(engine, text).values()


def test_a_gate_pass_number_is_no_password(engine) -> None:  # noqa: F811
    assert "PLAT-392" not in _found(engine, "Gate clerk: Done – gate pass PLAT-392.")


def test_a_pass_label_still_labels_a_password(engine) -> None:  # noqa: F811
    assert _found(engine, "wifi pass: Quokka-Jam-7142").get("Quokka-Jam-7142") == "PASSWORD"


@pytest.mark.parametrize(("text", "number"), [
    ("[17:09] driver: delivered, signed by reception. POD 760529463408\n[17:10] ops: job closed", "760529463408"),
    ("Ritiro confermato\nLettera di vettura 465028554638 · Rider 22", "465028554638"),
    ("Carte prête\nLettre suivie 8855918546 · Station, service clients", "8855918546"),
    ("INSERT INTO shipments (order_ref, customer, country, tracking)\n"
     "VALUES ('SO3183511', 'Testa Quellmann', 'Switzerland', '638103792861');", "638103792861"),
])
def test_a_delivery_documents_number_is_no_phone(engine, text: str, number: str) -> None:  # noqa: F811
    assert number not in _found(engine, text)


def test_a_phone_column_beside_a_tracking_column_stays_a_phone(engine) -> None:  # noqa: F811
    text = ("INSERT INTO shipments (customer, phone, tracking)\n"
            "VALUES ('Testa Quellmann', '0186924030', '638103792861');")
    found = _found(engine, text)
    assert found.get("0186924030") == "PHONE_NUMBER" and "638103792861" not in found
