"""Numbers whose label says they are a document's, a parcel's or a firm's (reference_labels.py and the
recognizers that read it): order and invoice ids are no licences, tracking numbers no phones, a
version heading no national number, a company's VAT id no personal data. Synthetic values only."""

from __future__ import annotations

import pytest

from gateway.detection.engine import DetectionEngine
from gateway.detection.entities import DEFAULT_POLICY_ENTITIES
from gateway.detection.reference_labels import labelled_as_document, on_shipment_line
from gateway.detection.types import DetectionSpec
from tests.engine_fixtures import engine  # noqa: F401 (the shared fixture)

DEFAULT = DetectionSpec(frozenset(DEFAULT_POLICY_ENTITIES))
DEA_SHAPED = "SO1234563"  # passes the DEA checksum by construction
PHONE_SHAPED = "2025550143"
VAT = "DE136695976"


def entities(engine: DetectionEngine, text: str, value: str) -> set[str]:
    start = text.index(value)
    end = start + len(value)
    return {s.entity for s in engine.analyze([text], DEFAULT)[0] if s.start < end and s.end > start}


@pytest.mark.parametrize("label", [
    "your order <strong>#", "Order no. ", "fattura n. ", "la factura ", "DELIVERY NOTE  ", "Rechnung Nr. ",
    "(référence ", "PO# ",
])
def test_document_labels_are_read(label: str) -> None:
    assert labelled_as_document(label, len(label))


@pytest.mark.parametrize("label", ["DEA ", "Licence number: ", "driver's license ", "Sonja ", "Dr. Po, "])
def test_other_labels_are_not_documents(label: str) -> None:
    assert not labelled_as_document(label, len(label))


@pytest.mark.parametrize("text", [
    f"Good news: your order <strong>#{DEA_SHAPED}</strong> (Pro licence) has shipped.",
    f"Oggetto: sollecito di pagamento fattura n. {DEA_SHAPED}",
    f"DELIVERY NOTE  {DEA_SHAPED}\nCarrier: UPS",
    f"Quedamos pendientes de la factura {DEA_SHAPED}.",
])
def test_order_and_invoice_ids_are_not_licences(engine: DetectionEngine, text: str) -> None:
    assert entities(engine, text, DEA_SHAPED) == set()


@pytest.mark.parametrize("text, entity", [
    (f"Prescriber DEA {DEA_SHAPED} on file.", "MEDICAL_LICENSE"),
    ("My driver's license number is D1234567.", "US_DRIVER_LICENSE"),
])
def test_licences_after_licence_labels_stay(engine: DetectionEngine, text: str, entity: str) -> None:
    value = DEA_SHAPED if DEA_SHAPED in text else "D1234567"
    assert entity in entities(engine, text, value)


@pytest.mark.parametrize("text", [
    f"TRACKING #: {PHONE_SHAPED}\nSERVICE: EXPRESS",
    f"N° de suivi : {PHONE_SHAPED}   Poids : 1,25 kg",
    f"Transporteur : Geodis – {PHONE_SHAPED}\n",
    f"<p>Track it here: https://track.example.com/{PHONE_SHAPED}</p>",
    f"Sendungsnummer: {PHONE_SHAPED}",
])
def test_tracking_numbers_are_not_phones(engine: DetectionEngine, text: str) -> None:
    assert "PHONE_NUMBER" not in entities(engine, text, PHONE_SHAPED)


@pytest.mark.parametrize("text", [
    f"Tél. pour le transporteur : {PHONE_SHAPED}",
    f"Carrier hotline: {PHONE_SHAPED}",
    f"Please call me on {PHONE_SHAPED} about the parcel.",
])
def test_phones_beside_parcel_words_stay(engine: DetectionEngine, text: str) -> None:
    assert "PHONE_NUMBER" in entities(engine, text, PHONE_SHAPED)


def test_shipment_line_is_one_line() -> None:
    text = "Tracking: see below\nMobile: "
    assert not on_shipment_line(text, len(text))


def test_version_heading_is_not_a_national_number(engine: DetectionEngine) -> None:
    text = "## 11.11.19.213 – 10-Feb-2023\n### Fixed"
    assert "BE_NATIONAL_NUMBER" not in entities(engine, text, "11.11.19.213")


def test_written_national_number_stays(engine: DetectionEngine) -> None:
    text = "Rijksregisternummer: 85.07.30-033.28"
    assert "BE_NATIONAL_NUMBER" in entities(engine, text, "85.07.30-033.28")


@pytest.mark.parametrize("text", [
    f"From: Example Widgets k.s., VAT {VAT}\nRemit to: P.O. Box 1",
    f"Supplier: Example Widgets Ltda.\nVAT ID: {VAT}\nContact person: Jane Example",
])
def test_company_vat_ids_are_not_personal(engine: DetectionEngine, text: str) -> None:
    assert "EU_VAT" not in entities(engine, text, VAT)


@pytest.mark.parametrize("text", [
    f"Freelancer Jane Example, USt-IdNr. {VAT}",
    f"VAT number: {VAT}",
])
def test_other_vat_ids_stay(engine: DetectionEngine, text: str) -> None:
    assert "EU_VAT" in entities(engine, text, VAT)


def test_an_article_number_is_a_document_number_not_a_phone() -> None:
    from gateway.detection.reference_labels import labelled_as_document

    text = "CERTIFIED MAIL RECEIPT\nArticle number: 2749468425\nTeil: Pumpe, Artikel 7734-22"
    assert labelled_as_document(text, text.index("2749"))
    assert labelled_as_document(text, text.index("7734"))
    assert not labelled_as_document("Mobile: 2749468425", len("Mobile: "))
