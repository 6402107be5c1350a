"""Business reference numbers that must stay in clear whatever label precedes them
(document_numbers.py and the recognizers that read it), next to personal identifiers and phones that
must stay masked. Synthetic values only."""

from __future__ import annotations

import pytest

from gateway.detection.document_numbers import document_not_licence, reads_as_document_number
from gateway.detection.engine import DetectionEngine
from gateway.detection.entities import DEFAULT_POLICY_ENTITIES
from gateway.detection.types import DetectionSpec
from tests.engine_fixtures import engine  # noqa: F401 (the shared fixture)

DEFAULT = DetectionSpec(frozenset(DEFAULT_POLICY_ENTITIES))


def entities(engine: DetectionEngine, text: str, value: str) -> set[str]:
    start = text.index(value)
    end = start + len(value)
    return {s.entity for s in engine.analyze([text], DEFAULT)[0] if s.start < end and s.end > start}


@pytest.mark.parametrize("value", [
    "PRB0012345", "SCTASK0098765", "CASE-00417722", "TKT-0042133", "SR-2019-004411", "INV-2023-00981",
    "RG-2020-1177", "PO-771203", "SO0091827", "QUO-2025-0032", "RMA 3345127", "2019/4410", "FA201900123",
])
def test_document_shapes_are_recognised(value: str) -> None:
    assert reads_as_document_number(value)


@pytest.mark.parametrize("value", [
    "C88213004", "POL-6948161908", "M-2215907", "AC-4471203", "4471203", "H7730021", "MRN-00482913",
    "SOL-4471203", "2024-01-15",
])
def test_personal_identifier_shapes_are_not_documents(value: str) -> None:
    assert not reads_as_document_number(value)


@pytest.mark.parametrize("text,value", [
    ("The warranty is covered under policy QUO-2025-0032 until spring.", "QUO-2025-0032"),
    ("Vertrag SR-2019-004411 wurde verlängert.", "SR-2019-004411"),
    ("Tenant (member no. 2019/4410) asked for a copy.", "2019/4410"),
    ("Our master account FA201900123 covers the room block.", "FA201900123"),
    ("Service agreement (contract PRB0012345) ends next month.", "PRB0012345"),
])
def test_document_numbers_after_account_words_stay_clear(engine: DetectionEngine, text: str, value: str) -> None:
    assert entities(engine, text, value) == set()


@pytest.mark.parametrize("text,value", [
    ("Your policy number is POL-6948161908, Ms Example.", "POL-6948161908"),
    ("Customer number: C88213004", "C88213004"),
])
def test_personal_numbers_after_account_words_stay_masked(engine: DetectionEngine, text: str, value: str) -> None:
    assert "ACCOUNT_NUMBER" in entities(engine, text, value)


def test_sales_order_passing_a_licence_checksum_is_no_licence() -> None:
    assert document_not_licence("Payment covers SO1234563 in full", 15, "SO1234563")
    assert not document_not_licence("Prescriber DEA SO1234563", 15, "SO1234563")


@pytest.mark.parametrize("text,value", [
    ("Booked for Friday, confirmation 2025550143, see you then.", "2025550143"),
    ("Left at the front desk; tote 2025550143 on the shelf.", "2025550143"),
    ("Courier label 2025550143 printed this morning.", "2025550143"),
    ("The parcel was shipped via 2025550143 yesterday.", "2025550143"),
    ("Dispatch update: load 2025550143 is delayed by an hour, driver waiting at the border.", "2025550143"),
])
def test_reference_numbers_are_no_phones(engine: DetectionEngine, text: str, value: str) -> None:
    found = entities(engine, text, value)
    assert "PHONE_NUMBER" not in found and "US_DRIVER_LICENSE" not in found


@pytest.mark.parametrize("text,value", [
    ("Courier hotline 2025550143 if the parcel is late.", "2025550143"),
    ("Call me on 2025550143 about the booking.", "2025550143"),
])
def test_phone_words_keep_a_number_a_phone(engine: DetectionEngine, text: str, value: str) -> None:
    assert "PHONE_NUMBER" in entities(engine, text, value)


def test_reference_line_under_an_address_block_is_not_part_of_it(engine: DetectionEngine) -> None:
    text = "Invoice to: Example Ltd, 12 Oak Street, 10115 Berlin\nRef PRB0012345; net 30 days."
    spans = engine.analyze([text], DEFAULT)[0]
    streets = [text[s.start:s.end] for s in spans if s.entity == "STREET_ADDRESS"]
    assert streets and all("PRB0012345" not in street for street in streets)
    assert any("Oak Street" in street for street in streets)


def test_tracking_number_after_via_is_no_street(engine: DetectionEngine) -> None:
    text = "Goods went out via ZZ4410023381XY and arrived at 7 Example Road on time."
    assert "STREET_ADDRESS" not in entities(engine, text, "ZZ4410023381XY")
    assert "STREET_ADDRESS" in entities(engine, text, "7 Example Road")


def test_italian_street_after_lower_case_via_stays_a_street(engine: DetectionEngine) -> None:
    text = "Consegna in via Garibaldi 14, 20121 Milano."
    assert "STREET_ADDRESS" in entities(engine, text, "via Garibaldi 14")


@pytest.mark.parametrize("key", ["order_key", "sort_key", "partition_key", "cache_key"])
def test_lookup_keys_hold_no_secret(engine: DetectionEngine, key: str) -> None:
    text = f'{{"{key}": "shop_ref_9f3a2c1"}}'
    assert "SECRET" not in entities(engine, text, "shop_ref_9f3a2c1")


def test_api_key_next_to_a_lookup_key_stays_a_secret(engine: DetectionEngine) -> None:
    text = '{"order_key": "shop_ref_9f3a2c1", "api_key": "Qm8Zr2Lx7Vt4Nc1Hs6Dp"}'
    assert "SECRET" in entities(engine, text, "Qm8Zr2Lx7Vt4Nc1Hs6Dp")


def test_serial_with_leading_zeros_is_no_international_phone(engine: DetectionEngine) -> None:
    text = "Affected units: S/N 004930112233, to be returned."
    assert "PHONE_NUMBER" not in entities(engine, text, "004930112233")


def test_number_dialled_abroad_after_a_phone_label_stays_a_phone(engine: DetectionEngine) -> None:
    text = "Mobile 0049 151 2345 6789"
    assert "PHONE_NUMBER" in entities(engine, text, "0049 151 2345 6789")


def test_ticket_key_line_under_an_address_block_is_not_part_of_it(engine: DetectionEngine) -> None:
    text = "Invoice to: Example Ltd, 12 Oak Street, 10115 Berlin\nPO DATA-4410; net 30 days."
    streets = [text[s.start:s.end] for s in engine.analyze([text], DEFAULT)[0] if s.entity == "STREET_ADDRESS"]
    assert streets and all("DATA-4410" not in street for street in streets)


def test_country_lettered_postcode_still_closes_a_block(engine: DetectionEngine) -> None:
    text = "Send the form to: Example GmbH, Hauptstraße 5\nA-1010 Wien"
    streets = [text[s.start:s.end] for s in engine.analyze([text], DEFAULT)[0] if s.entity == "STREET_ADDRESS"]
    assert any("A-1010" in street for street in streets)


def test_ticket_number_in_a_record_field_is_no_record_number(engine: DetectionEngine) -> None:
    text = "Élève : Jeanne Exemple\nClasse : 4e B\nNuméro de dossier : CASE-00417722"
    found = entities(engine, text, "CASE-00417722")
    assert "MEDICAL_RECORD_NUMBER" not in found and "ACCOUNT_NUMBER" not in found
