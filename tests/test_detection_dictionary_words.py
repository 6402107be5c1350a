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


def test_german_nouns_come_from_spacys_lemma_table(engine) -> None:  # noqa: F811
    from gateway.detection import german_lexicon

    # loaded with the pipeline (spacy-lookups-data's German table): nouns and their inflections
    assert german_lexicon.is_german_noun("Vorgang") and german_lexicon.is_german_noun("Beschwerden")
    assert german_lexicon.is_german_noun("RÜCKRUF") and not german_lexicon.is_german_noun("vorgang")


@pytest.mark.parametrize(
    "text, value",
    [
        ("Zählerwechsel\nRückruf: erbeten bis Freitag\nStand: 4711 kWh", "Rückruf"),
        ("Regel 4 greift nicht, bitte Ticket an das Team.", "Regel"),
    ],
)
def test_german_nouns_no_name_list_knows_are_not_people(text: str, value: str) -> None:
    assert kept_by_non_person_filter(text, value) == []


def test_a_bare_surname_after_the_full_name_stays_a_name_however_much_it_reads_as_a_word(engine) -> None:  # noqa: F811
    from gateway.detection.not_persons import drop_non_persons
    from gateway.detection.types import Span

    # "Mauer" (a wall) alone is a German noun no name list knows ...
    assert kept_by_non_person_filter("Die Mauer wurde gestern repariert, sagt der Bericht.", "Mauer") == []
    # ... but after "Rikke Mauer" it is her surname.
    text = "A comedy directed by Rikke Mauer and starring Mauer and others."
    full, bare = text.index("Rikke"), text.index("Mauer and")
    spans = [Span(full, full + len("Rikke Mauer"), "PERSON", 0.85), Span(bare, bare + len("Mauer"), "PERSON", 0.85)]
    assert [text[s.start : s.end] for s in drop_non_persons(text, spans)] == ["Rikke Mauer", "Mauer"]
