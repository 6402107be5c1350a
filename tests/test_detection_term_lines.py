"""A German noun that spaCy tags as a place on a line of German terms with no function word is no
place (place_names.py); a learner's enrolment number and a social-security number no national check
reads are labelled identifiers (labelled.py); a connection string's user that is an English word no
name list knows is a service's account, one a name list knows stays a login (log_logins.py). Every
value is synthetic."""

from __future__ import annotations

import pytest

from tests.engine_fixtures import DEFAULT, engine  # noqa: F401 (the shared fixture)


def _found(engine, text: str) -> list[tuple[str, str]]:  # noqa: F811
    return [(text[s.start : s.end], s.entity) for s in engine.analyze([text], DEFAULT)[0]]


def test_german_terms_in_a_code_comment_are_no_places(engine) -> None:  # noqa: F811
    text = "# application.properties – Skischule Buchungssystem (Kurse, Privatstunden, Verleih)\nspring.main.banner-mode=off"
    found = _found(engine, text)
    assert ("Kurse", "LOCATION") not in found and ("Verleih", "LOCATION") not in found


def test_towns_in_a_list_stay_places(engine) -> None:  # noqa: F811
    found = _found(engine, "Trains to Berlin, Munich and Hamburg leave at nine.")
    assert {("Berlin", "LOCATION"), ("Munich", "LOCATION"), ("Hamburg", "LOCATION")} <= set(found)


@pytest.mark.parametrize(("text", "value"), [
    ("Numéro de sécurité sociale : C687119\nCoordonnées bancaires : voir RIB", "C687119"),
    ("Please bring photo ID and your enrolment number M341982 to the interview.", "M341982"),
    ("Social security no.: AC-40459014 (as on the payslip)", "AC-40459014"),
])
def test_labelled_enrolment_and_social_security_numbers_are_found(engine, text: str, value: str) -> None:  # noqa: F811
    assert any(v == value for v, _ in _found(engine, text))


@pytest.mark.parametrize("text", [
    "VET_SYSTEM_DB=mysql://vet:AbTfXsvb0kHI9Axy@192.0.2.10:3306/clinic",
    'url = "mysql://chess:Rq8r27Rld7nwKr@192.0.2.11/club"',
])
def test_a_connection_strings_service_word_user_is_no_username(engine, text: str) -> None:  # noqa: F811
    found = _found(engine, text)
    assert not any(entity == "USERNAME" for _, entity in found)
    assert any(entity == "PASSWORD" for _, entity in found)  # its password is still found


@pytest.mark.parametrize(("text", "user"), [
    ("DB=postgres://jdoe:Secr3tPass@db1:5432/crm", "jdoe"),
    ("DB=postgres://baker:Secr3tPass@db1:5432/crm", "baker"),
])
def test_a_connection_strings_personal_user_stays_a_username(engine, text: str, user: str) -> None:  # noqa: F811
    assert (user, "USERNAME") in _found(engine, text)
