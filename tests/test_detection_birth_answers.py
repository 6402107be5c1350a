"""A date of birth given as the answer to a question that asks for it, when the question runs over
a line or holds more words before its question mark, and when the answer gives what was asked before
it first (labelled.ANSWER_TURN, read by birthdates.py). Every value is synthetic."""

from __future__ import annotations

import pytest

from tests.engine_fixtures import DEFAULT, engine  # noqa: F401 (the shared fixture)


@pytest.mark.parametrize(("text", "date"), [
    ("Adjuster: Can you confirm your date of birth for\nsecurity?\nPolicyholder: Mar 9 1998.\nAdjuster: Thanks.",
     "Mar 9 1998"),
    ("Security: Can I have your date of birth to check the list?\nContractor: 01/25/1948.\nSecurity: Fine.",
     "01/25/1948"),
    ("Sekretariat: Gern. Matrikelnummer und Geburtsdatum bitte.\nStudentin: 6992877240, 21.02.1978.\n"
     "Sekretariat: Danke.", "21.02.1978"),
    ("Agent: Could you confirm your postcode line and date of birth?\nSupporter: Aranui 5371, and 9 February 1975.\n"
     "Agent: Lovely.", "9 February 1975"),
])
def test_a_date_answering_a_question_for_the_date_of_birth_is_one(engine, text: str, date: str) -> None:  # noqa: F811
    found = {text[s.start : s.end]: s.entity for s in engine.analyze([text], DEFAULT)[0]}
    assert found.get(date) == "DATE_OF_BIRTH"


def test_a_date_answering_another_question_is_none(engine) -> None:  # noqa: F811
    text = "Agent: Could you confirm your date of birth?\nCaller: Yes.\nAgent: When did the leak start?\nCaller: 9 February 2026."
    found = {text[s.start : s.end]: s.entity for s in engine.analyze([text], DEFAULT)[0]}
    assert found.get("9 February 2026") != "DATE_OF_BIRTH"
