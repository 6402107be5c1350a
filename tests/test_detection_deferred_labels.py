"""Labels that stand away from their value (deferred_ids.py, trial_subjects.py, role_logins.py,
birthdates.py): a clause naming the account then a copula, a question answered on the next turn, a
study subject's number, logins after a staff role or a key's shape, a birth participle a few words
before (or, in German, after) its date. Every value is synthetic."""

from __future__ import annotations

import pytest

from gateway.detection.birthdates import find_dates_of_birth
from gateway.detection.deferred_ids import find_deferred_account_numbers, find_deferred_medical_record_numbers
from gateway.detection.labelled import find_account_numbers
from gateway.detection.role_logins import find_role_logins, glued_initial
from gateway.detection.trial_subjects import find_trial_subject_numbers
from gateway.detection.usernames import find_usernames
from gateway.detection.views import TextViews


def deferred(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_deferred_account_numbers(TextViews(text))]


def logins(text: str) -> list[str]:
    return [text[start:end] for start, end in find_role_logins(text)]


@pytest.mark.parametrize(
    "text, value",
    [
        ("Rep: I have your account open now... would that be M00431177?", None),  # no copula: not read
        ("Rep: I have your account open now... is that M00431177?", "M00431177"),
        ("The policy we hold on file for you is POL-0003311.", "POL-0003311"),
        ("Ihr Konto bei uns lautet C00988771.", "C00988771"),
    ],
)
def test_a_clause_naming_the_account_then_a_copula(text: str, value: str | None) -> None:
    assert deferred(text) == ([value] if value else [])


@pytest.mark.parametrize(
    "text",
    [
        "Your account was charged for order 4471203, which is 900017 in our old system.",  # a document between
        "The account is 2024-03-01 old.",  # a date
        "My account, as you know, is INC0012345.",  # a service desk's ticket
        "The contract is 12345.",  # a count, too short
    ],
)
def test_a_copula_value_that_is_no_account_number(text: str) -> None:
    assert deferred(text) == []


def test_an_answer_turn_holds_the_number_anywhere() -> None:
    text = ("Desk: Could you give me your membership number?\n"
            "Member: Sam Sample here, hold on, I'll dig out the card... okay, M00772210.\n"
            "Desk: Thanks.")
    assert deferred(text) == ["M00772210"]


def test_an_answer_to_another_question_is_not_read() -> None:
    text = "Desk: Which parcel are you asking about?\nMember: The one with label 00772210119."
    assert deferred(text) == []


def test_an_answer_about_a_medical_record_is_a_medical_record_number() -> None:
    text = "Nurse: And the hospital number on your wristband?\nPatient: Let me look... H0099120."
    assert [text[s.start : s.end] for s in find_deferred_medical_record_numbers(TextViews(text))] == ["H0099120"]


@pytest.mark.parametrize(
    "text, value",
    [
        ("Card account: 00318842", "00318842"),  # an account as a record's key
        ("Numero di iscrizione: C0042213", "C0042213"),  # an enrolment with a scheme
        ("Versicherungsschein M0087301 liegt vor", "M0087301"),  # the policy certificate
    ],
)
def test_more_label_nouns(text: str, value: str) -> None:
    assert [text[s.start : s.end] for s in find_account_numbers(TextViews(text))] == [value]


def test_a_contract_noun_before_a_service_desk_number_is_no_account() -> None:
    assert find_account_numbers(TextViews("Renewal of the licence (contract RITM0001234) is due.")) == []


def test_a_study_subject_number() -> None:
    text = "Protocol AB-12, site 7. Subject: H0042211 had a serious adverse event on day 9."
    assert [text[s.start : s.end] for s in find_trial_subject_numbers(TextViews(text))] == ["H0042211"]


def test_an_e_mail_subject_outside_a_study_is_no_record() -> None:
    assert list(find_trial_subject_numbers(TextViews("Subject: 7730021 overdue, please pay"))) == []


@pytest.mark.parametrize(
    "text, value",
    [
        ("Escalated to analyst: t_example42 for review.", "t_example42"),
        ("Case reviewed by the on-call engineer maria.sample yesterday.", "maria.sample"),
        ("School: Example College, student id jhallow", "jhallow"),
        ("Last login from the poste de mkowalsk.", "mkowalsk"),
        ("sonatypeUsername=jane.sample", "jane.sample"),
        ("  owned-by: tsample42", "tsample42"),
        ('Set-ADUser -Identity "mfakeman" -Enabled $false', "mfakeman"),
        ("Tech: What's your username?\nUser: dsampleton.", "dsampleton"),
    ],
)
def test_a_login_named_by_a_role_a_key_or_a_question(text: str, value: str) -> None:
    assert logins(text) == [value]


@pytest.mark.parametrize(
    "text",
    [
        "Analyst: pending.",  # a word
        "Reviewer: approved",
        "the agent v2.1 was rolled out",  # a version
        "Operator: nginx",  # a service's account
        "Author: https://example.com/about",  # a URL
        'Get-ADGroup -Identity "Finance-Team"',  # a group, not a person's login
        "Tech: Anything else?\nUser: nothing, thanks.",
    ],
)
def test_no_login_without_a_login_shape(text: str) -> None:
    assert logins(text) == []


@pytest.mark.parametrize("value, glued", [("dsample", True), ("bbaker", True), ("street", False),
                                          ("important", False), ("https", False), ("llama", False)])
def test_an_initial_glued_to_a_surname(value: str, glued: bool) -> None:
    assert glued_initial(value) is glued


def test_a_handle_after_a_name_may_end_like_a_site() -> None:
    text = "Staff: Mary Sample (john.read), Finance"
    assert [text[s.start : s.end] for s in find_usernames(TextViews(text))] == ["john.read"]


@pytest.mark.parametrize(
    "text, value",
    [
        ("Kunde: Geboren bin ich am 04.07.1981, sagt er.", "04.07.1981"),
        ("Ich bin am 11.02.1979 geboren und wohne in Bonn.", "11.02.1979"),
        ("She was born in Leeds on 3 March 1984.", "3 March 1984"),
        ("née à Lyon le 12/05/1975", "12/05/1975"),
    ],
)
def test_a_birth_participle_a_few_words_from_its_date(text: str, value: str) -> None:
    assert value in [text[s.start : s.end] for s in find_dates_of_birth(TextViews(text))]


@pytest.mark.parametrize(
    "text",
    [
        "The NATO summit opens on 12.03.2024.",
        "Das Projekt wurde am 01.02.2020 abgeschlossen.",
    ],
)
def test_no_birth_date_without_a_birth_word(text: str) -> None:
    assert list(find_dates_of_birth(TextViews(text))) == []


def test_a_site_and_screening_code_is_no_subject_record() -> None:
    text = "Study XY-1 | Site 0311 | screening visit for subject 0311-0042 next week"
    assert list(find_trial_subject_numbers(TextViews(text))) == []
