"""PERSON findings made only of English dictionary words no name list knows are dropped
(dictionary_words.py, english_lexicon.py); names the gazetteer knows and words that context makes a
name are kept. Synthetic values."""

from __future__ import annotations

import pytest

from gateway.detection import english_lexicon
from tests.engine_fixtures import engine, kept_by_non_person_filter, people  # noqa: F401


def test_the_lexicon_comes_from_the_pipeline_and_knows_plurals_and_agent_nouns(engine) -> None:  # noqa: F811
    # loaded by the engine's pipeline (WordNet lemmas in its lemmatizer data): far more than Faker's list
    assert english_lexicon.is_english_word("consignee") and english_lexicon.is_english_word("Arrival")
    assert english_lexicon.is_english_word("deliveries") and english_lexicon.is_english_word("installer")
    assert not english_lexicon.is_english_word("Boljkovac")


@pytest.mark.parametrize(
    "text, value",
    [
        ("Arrival,Departure,Guest,Room type\n11/16,11/19", "Arrival"),
        ("Model: gateway   S/N: JYQC7IL   Fault: no boot after firmware update", "Fault"),
        ("   Indonesia\n2. Consignee (name, full address, country)", "Consignee"),
        ("License type: Registered Nurse, multistate (compact)", "Registered Nurse"),
        ("Generator's phone: +33 4 94 71 22 43", "Generator"),
        ("Marcus Lewis\nGeneral Manager\nHoffman Property Services", "General Manager"),  # a profession closes it
    ],
)
def test_english_words_in_labels_and_cells_are_not_people(text: str, value: str) -> None:
    assert kept_by_non_person_filter(text, value) == []


@pytest.mark.parametrize(
    "text, value",
    [
        ("Call Grace Hopper tomorrow.", "Grace Hopper"),  # a first name the gazetteer knows
        ("Please ask Mr. Arrival about the invoice.", "Arrival"),  # after a title
        ("My name is Rive.", "Rive"),  # introduced
        ("As promised, here's Vignette's address:", "Vignette"),  # owning an address mid-sentence
        ("Zama lives on Letališka 103 street", "Zama"),  # the subject of a verb only people do
        ("Hi Anne-Lotte, I'm writing about the order.", "Anne-Lotte"),  # a part the gazetteer knows
    ],
)
def test_names_stay_names(text: str, value: str) -> None:
    assert kept_by_non_person_filter(text, value) == [value]


def test_the_engine_drops_a_dictionary_word_label_but_keeps_the_name_after_it(engine) -> None:  # noqa: F811
    text = "2. Consignee (name, full address, country)\n   Ante Boljkovac\n   Ilica 12, 10000 Zagreb"
    found = people(engine, text)
    assert "Consignee" not in found and "Ante Boljkovac" in found
