"""Claim and employment roles that label call lines, a role in front of a speaker's name, German
formal pronouns, a question word opening an utterance, document nouns of a claim and a counted unit
are not people (common_nouns.py, speaker_roles.py, german_nouns.py, counted_nouns.py,
not_persons.py); the people around them still are.

Every name, number and address here is synthetic.
"""

from __future__ import annotations

import pytest

from gateway.detection.counted_nouns import is_counted_noun
from gateway.detection.engine import DetectionEngine
from gateway.detection.german_nouns import without_formal_pronoun
from gateway.detection.types import Span
from tests.engine_fixtures import engine  # noqa: F401 (the shared fixture)
from tests.engine_fixtures import people


@pytest.mark.parametrize("role", ["Assicurata", "Asegurado", "Empleado", "Assurée", "Versicherungsnehmerin", "Claimant"])
def test_a_party_of_a_claim_labelling_call_lines_is_not_a_person(engine: DetectionEngine, role: str) -> None:
    text = (f"Sportello (Ottavio): Buongiorno, come posso aiutarla?\n{role}: Salve, chiamo per la pratica.\n"
            f"Sportello: Il suo nome?\n{role}: Quintilia Marangoni.\n{role}: grazie")
    assert "Quintilia Marangoni" in people(engine, text)
    assert role not in " ".join(people(engine, text))


def test_a_role_before_a_speakers_first_name_is_cut_off(engine: DetectionEngine) -> None:
    text = "Trabajador (Fulgencio Arribas): Buenas, falta el plus.\nAgente Leocadia: Hola, lo reviso ahora mismo."
    found = people(engine, text)
    assert "Fulgencio Arribas" in found
    assert not any(p.startswith("Agente") for p in found)


def test_german_formal_pronouns_and_the_nouns_after_them_are_not_names(engine: DetectionEngine) -> None:
    text = ("Guten Tag,\n\nfür Ihre Nachsorge ist ein Termin frei. Bitte bringen Sie Ihre Befunde mit.\n\n"
            "Mit freundlichen Grüßen\nWiebke Ostermann")
    assert people(engine, text) == ["Wiebke Ostermann"]


def test_a_first_name_after_a_formal_pronoun_is_kept_without_it() -> None:
    text = "Ihre Anna Vogelsang"
    assert without_formal_pronoun(text, Span(0, len(text), "PERSON", 0.85)) == Span(5, len(text), "PERSON", 0.85)
    assert without_formal_pronoun("Ihre Befunde", Span(0, 12, "PERSON", 0.85)) is None


def test_a_question_word_opening_an_utterance_is_not_a_person(engine: DetectionEngine) -> None:
    text = "Operatrice: Dove si trova il veicolo adesso?\nCliente: In garage, signora Piccinini."
    assert "Dove" not in people(engine, text)


@pytest.mark.parametrize("noun", ["Mietbescheid", "Arbeitszeugnis", "Dienstausweis", "Zulassungsschein"])
def test_a_document_noun_of_a_file_is_not_a_person(engine: DetectionEngine, noun: str) -> None:
    text = f"Mieterin: Roswitha Kleinert, siehe {noun}, Kopie liegt bei.\n"
    assert people(engine, text) == ["Roswitha Kleinert"]


def test_a_unit_after_a_count_is_a_noun() -> None:
    text = "Bitte melden Sie sich bis 48 Wochen vorher."
    start = text.index("Wochen")
    assert is_counted_noun(text, start, start + len("Wochen"))
    street = "We met at 18 Foxley Road."
    assert not is_counted_noun(street, street.index("Foxley"), street.index("Foxley") + 6)
    date = "Seit 12.03 Hartmann im Dienst."
    assert not is_counted_noun(date, date.index("Hartmann"), date.index("Hartmann") + 8)
