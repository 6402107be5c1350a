"""EU/EEA personal numbers (personal_numbers.py): labelled or in their country's written form they are
found; bare, or failing their check, they are left alone. Values are synthetic (Faker's ssn() of the
country's locale, or computed to pass the documented check)."""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest
from faker import Faker

from gateway.detection.engine import DetectionEngine
from gateway.detection.entities import DEFAULT_POLICY_ENTITIES
from gateway.detection.personal_numbers import PERSONAL_NUMBER_ENTITIES, is_hu_personal_id
from gateway.detection.types import DetectionSpec
from gateway.policy import load_team
from tests.engine_fixtures import engine  # noqa: F401 (the shared fixture)

DEFAULT = DetectionSpec(frozenset(DEFAULT_POLICY_ENTITIES))


def found(engine: DetectionEngine, text: str) -> list[tuple[str, str]]:
    return [(s.entity, text[s.start : s.end]) for s in engine.analyze([text], DEFAULT)[0]]


# (entity, label word, checksum-valid value, the same value with its check digit changed)
LABELLED = [
    ("BG_EGN", "ЕГН", "7505121238", "7505121239"),
    ("CZ_SK_RODNE_CISLO", "rodné číslo", "855712/4004", "855712/4005"),
    ("DK_CPR", "CPR-nr.", "150582-4000", "150582-4000x"),
    ("EE_ISIKUKOOD", "isikukood", "39811172614", "39811172615"),
    ("GR_AMKA", "ΑΜΚΑ", "25087714173", "25087714174"),
    ("HR_OIB", "OIB", "21403579864", "21403579865"),
    ("HU_SZEMELYI_SZAM", "személyi szám", "18902091775", "18902091776"),
    ("IE_PPS", "PPS number", "8765432SW", "8765432TW"),
    ("IS_KENNITALA", "kennitala", "150582-0089", "150582-0099"),
    ("LT_ASMENS_KODAS", "asmens kodas", "38205151000", "38205151001"),
    ("LV_PERSONAS_KODS", "personas kods", "241002-26936", "241002-26937"),
    ("NO_FODSELSNUMMER", "fødselsnummer", "17119616018", "17119616019"),
    ("PT_NIF", "NIF", "212345672", "212345673"),
    ("SE_PERSONNUMMER", "personnummer", "730906-8851", "730906-8852"),
    ("SI_EMSO", "EMŠO", "1505985500124", "1505985500125"),
]


@pytest.mark.parametrize(("entity", "label", "valid", "invalid"), LABELLED)
def test_labelled_personal_number_is_found_and_a_failed_check_is_not(engine, entity, label, valid, invalid):
    text = f"Client record updated, {label}: {valid}, thank you."
    assert (entity, valid) in found(engine, text)
    if entity != "DK_CPR":  # no check digit: only the shape and the date are checked
        bad = f"Client record updated, {label}: {invalid}, thank you."
        assert not any(e in PERSONAL_NUMBER_ENTITIES and v == invalid for e, v in found(engine, bad))


@pytest.mark.parametrize(("entity", "value"), [
    ("SE_PERSONNUMMER", "730906-8851"),
    ("SE_PERSONNUMMER", "19730906-8851"),
    ("LV_PERSONAS_KODS", "241002-26936"),
    ("IS_KENNITALA", "150582-0089"),
    ("CZ_SK_RODNE_CISLO", "855712/4004"),
    ("PT_CITIZEN_CARD", "12345678 3 ZZ4"),
])
def test_distinctive_written_form_needs_no_label(engine, entity, value):
    assert found(engine, f"Forwarding the file of {value} to the branch.") == [(entity, value)]


@pytest.mark.parametrize("text", [
    "Order 21403579864 ships tomorrow.",  # an OIB-valid bare number, no label
    "Shipment 7505121238 left the depot.",  # EGN-valid
    "Ticket INC-730906-8851 was closed.",  # a personnummer's digits inside a reference
    "Batch 2024/730906-8851 archived.",
    "Total 212345672 units in stock.",  # NIF-valid
])
def test_bare_or_embedded_valid_numbers_are_not_personal_numbers(engine, text):
    assert not any(entity in PERSONAL_NUMBER_ENTITIES for entity, _ in found(engine, text))


def test_a_us_ssn_introduced_as_such_keeps_its_type(engine):
    assert found(engine, "His social security number is 960-62-5022") == [("US_SSN", "960-62-5022")]


@pytest.mark.parametrize(("locale", "label"), [
    ("et_EE", "isikukood"), ("el_GR", "ΑΜΚΑ"), ("hr_HR", "OIB"), ("lv_LV", "personas kods"),
    ("no_NO", "fødselsnummer"), ("sv_SE", "personnummer"), ("hu_HU", "személyi szám"),
])
def test_fakers_personal_numbers_are_found_next_to_their_label(engine, locale, label):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        fake = Faker(locale)
    fake.seed_instance(23)
    values = [fake.ssn() for _ in range(20)]
    texts = [f"Bitte prüfen: {label} {value}." for value in values]
    for text, value, spans in zip(texts, values, engine.analyze(texts, DEFAULT)):
        start = text.index(value)
        assert any(s.start <= start and s.end >= start + len(value) for s in spans), value


def test_hungarian_check_uses_the_weights_of_the_birth_year():
    assert is_hu_personal_id("18902091775")  # born 1989: weights 1..10
    assert not is_hu_personal_id("18902091776")
    assert not is_hu_personal_id("19913321234")  # no 33rd month


def test_the_shipped_policy_redacts_every_personal_number():
    policy = load_team(Path(__file__).resolve().parent.parent / "policies", "default")  # validates it
    for entity in PERSONAL_NUMBER_ENTITIES:
        assert entity in DEFAULT_POLICY_ENTITIES and entity in policy.spec.entities
        assert policy.action_for(entity) == "redact", entity


def test_a_date_stamped_reference_of_this_year_is_not_a_personnummer_by_its_form(engine):
    from datetime import date

    from stdnum import luhn

    body = f"{date.today().year % 100:02d}0115123"
    reference = f"{body[:6]}-{body[6:]}{luhn.calc_check_digit(body)}"
    assert not any(e in PERSONAL_NUMBER_ENTITIES for e, _ in found(engine, f"Invoice {reference} is paid."))
    # With its label it is found (as a Swedish or a Danish number: "personnummer" labels both).
    labelled = found(engine, f"Barnets personnummer: {reference}.")
    assert any(e in PERSONAL_NUMBER_ENTITIES and v == reference for e, v in labelled)
