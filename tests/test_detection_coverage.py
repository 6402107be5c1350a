"""Issue 6 coverage: list siblings, initials, particles, titled ordinary-word surnames, dialogue
speakers, lower-case street types, Greek streets, leading building numbers, US licence formats.

All names, streets and numbers are invented for these tests.
"""

from __future__ import annotations

import pytest

from gateway.detection.engine import DetectionEngine
from gateway.detection.entities import DEFAULT_POLICY_ENTITIES
from gateway.detection.types import DetectionSpec
from tests.engine_fixtures import engine  # noqa: F401 (the shared fixture)

DEFAULT = DetectionSpec(frozenset(DEFAULT_POLICY_ENTITIES))
LICENSE = DetectionSpec(frozenset({"US_DRIVER_LICENSE"}))


def values(engine: DetectionEngine, text: str, entity: str, spec: DetectionSpec = DEFAULT) -> list[str]:
    return [text[s.start : s.end] for s in engine.analyze([text], spec)[0] if s.entity == entity]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("The shop was opened by three partners: Quillbrow, Morris and Wright.", ["Quillbrow", "Morris", "Wright"]),
        ("Is this the best duo ever? Vantrelle and Jones were engineers.", ["Vantrelle", "Jones"]),
    ],
)
def test_unknown_siblings_of_a_name_in_a_list_are_names(engine, text, names):
    assert values(engine, text, "PERSON") == names


@pytest.mark.parametrize(
    "text",
    [
        "We support Python, Java and Rust.",
        "Trains go to Paris, London and Berlin.",
        "Yesterday, Sarah and Tom went home.",
    ],
)
def test_lists_without_names_or_with_openers_stay_clean(engine, text):
    persons = values(engine, text, "PERSON")
    assert not {"Python", "Java", "Rust", "Paris", "Yesterday"} & set(persons)


def test_dialogue_speakers_follow_the_known_ones(engine):
    text = "Quorvanne: Where were you?\nJacob: At home.\nIan: Me too."
    assert values(engine, text, "PERSON")[:3] == ["Quorvanne", "Jacob", "Ian"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Dravik T Quellmore will join us.", "Dravik T Quellmore"),
        ("Notes by Dravik T. Quellmore, attached.", "Dravik T. Quellmore"),
        ("Please welcome Liesbeth van der Quellen today.", "Liesbeth van der Quellen"),
        ("Mr. White will call back.", "Mr. White"),
        ("Name: Dravik Quellmore", "Dravik Quellmore"),
    ],
)
def test_name_shapes(engine, text, name):
    assert name in values(engine, text, "PERSON")


def test_initial_between_ordinary_words_is_not_a_name(engine):
    assert values(engine, "Adopt Plan B Options now.", "PERSON") == []


def test_function_word_after_an_introduction_is_not_a_name(engine):
    assert values(engine, "This is The Best offer.", "PERSON") == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Send it to 4120 Quellmore veg 17 please.", "4120 Quellmore veg 17"),
        ("The office is at Vantrelle utca 53. today", "Vantrelle utca 53."),
        ("She lives at 303 Κυλλήνη 182, Nicosia", "303 Κυλλήνη 182, Nicosia"),
        ("Mail: 0671 Quellmorer Chaussee 76", "0671 Quellmorer Chaussee 76"),
        ("I once lived in USS Quellmore\nFPO AA 73641.", "USS Quellmore\nFPO AA 73641"),
    ],
)
def test_street_address_shapes(engine, text, address):
    assert address in values(engine, text, "STREET_ADDRESS")


def test_lower_case_street_word_after_ordinary_words_is_not_an_address(engine):
    assert values(engine, "Ask Anna and the tee 5 times.", "STREET_ADDRESS") == []


@pytest.mark.parametrize(
    "licence",
    ["A123-456-78-901-2", "A-123-456-789-012", "A123-4567-8901", "K12-34-5678", "WDL12345678A", "1234567A"],
)
def test_us_driver_license_state_formats_with_context(engine, licence):
    assert values(engine, f"My driver license is {licence}.", "US_DRIVER_LICENSE", LICENSE) == [licence]


def test_us_driver_license_format_without_context_is_not_reported(engine):
    assert values(engine, "Ticket A123-456-78-901-2 was closed.", "US_DRIVER_LICENSE", LICENSE) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Quorvanne spent a year at the lab.", "Quorvanne"),
        ("Vantrelle lives on the hill.", "Vantrelle"),
        ("As promised, here's Quorvanne's address: see below.", "Quorvanne"),
    ],
)
def test_unknown_word_as_a_person_by_what_it_does_or_has(engine, text, name):
    assert name in values(engine, text, "PERSON")


def test_owner_of_a_kid_is_redacted_whatever_ner_calls_it(engine):
    # English NER may type an unknown word as a place; the span must still be reported.
    text = "It was between him and Vantrelle's kid."
    assert [text[s.start : s.end] for s in engine.analyze([text], DEFAULT)[0]] == ["Vantrelle"]


@pytest.mark.parametrize(
    "text", ["Production began in May.", "Kubernetes began to fail.", "The company's address is below."]
)
def test_ordinary_subjects_and_owners_are_not_names(engine, text):
    assert values(engine, text, "PERSON") == []


def test_sentence_final_word_and_number_near_address_context_is_an_address(engine):
    assert values(engine, "He lives on the north side of Quellmore 46.", "STREET_ADDRESS") == ["Quellmore 46"]


def test_product_version_near_address_context_is_not_an_address(engine):
    assert values(engine, "Ship SSO, then migrate to PostgreSQL 16.", "STREET_ADDRESS") == []


def test_lower_case_region_code_before_a_postcode_stays_in_the_block(engine):
    text = "We moved to 12 Quellmore Street\nSpringfield\n, il\n 62704 last year."
    assert values(engine, text, "STREET_ADDRESS") == ["12 Quellmore Street\nSpringfield\n, il\n 62704"]
