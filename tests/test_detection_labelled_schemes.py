"""Numbers a person holds with a scheme, school, landlord or employer, a person object's id, a people
table's id column, a care text's record number, a key qualified before its colon, a birth date key
qualified by its format and a national number introduced as the social security number
(gateway/detection/labelled.py, birthdates.py, numbers.py). Every value is made up."""

from __future__ import annotations

import pytest

from gateway.detection.birthdates import find_dates_of_birth
from gateway.detection.labelled import find_account_numbers, find_medical_record_numbers
from gateway.detection.numbers import find_us_ssns
from gateway.detection.views import TextViews


def ids(text: str) -> list[tuple[str, str]]:
    views = TextViews(text)
    spans = find_account_numbers(views) + find_medical_record_numbers(views)
    return sorted((text[s.start : s.end], s.entity) for s in spans)


ACCOUNT = "ACCOUNT_NUMBER"
MEDICAL = "MEDICAL_RECORD_NUMBER"


@pytest.mark.parametrize(
    "text, value, entity",
    [
        ("Passenger: Dana Kurz\nFrequent flyer no.: QX-55120\n", "QX-55120", ACCOUNT),
        ("Enrolment\nStudent ID: 77120345\nSurname: Kurz", "77120345", ACCOUNT),
        ("Rent always on time. Their tenant reference is TR-4410293.", "TR-4410293", ACCOUNT),
        ("cover over 20 years (policy\napplication MZ-8812003). Non-smoker.", "MZ-8812003", ACCOUNT),
        ("belongs to Dana Kurz (Analyst, Finance), badge K55120931. Dana said", "K55120931", ACCOUNT),
        ("Loyalty card number: 66120093", "66120093", ACCOUNT),
        ("Kundenkarte Nr. 44017723", "44017723", ACCOUNT),
        ("Bonuskartennummer: 4401772", "4401772", ACCOUNT),
        ("Matrikelnummer: 3312077", "3312077", ACCOUNT),
        ("Numéro de carte de fidélité : 55120931", "55120931", ACCOUNT),
        ("N.º de estudiante: A-7712034", "A-7712034", ACCOUNT),
        ("Patientennummer Klinik: H5512093\nPflegegrad 2", "H5512093", MEDICAL),
        ('  "user": {"id": "KX-5512093", "email": "dk@example.com"},', "KX-5512093", ACCOUNT),
        ('{"patient": {"id": "7730021", "active": true}}', "7730021", MEDICAL),
        ("I'll send the prescription to the pharmacy. Your record number is H5512093, quote it.", "H5512093",
         MEDICAL),
    ],
)
def test_labels_of_schemes_objects_and_care_records(text: str, value: str, entity: str) -> None:
    assert ids(text) == [(value, entity)]


def test_the_id_column_of_a_table_of_people() -> None:
    text = (
        "crm=> SELECT id, full_name, email FROM users LIMIT 2;\n"
        "   id    |  full_name  |      email\n"
        "---------+-------------+-----------------\n"
        " K5512093 | Dana Kurz | dk@example.com\n"
        " 771203 | Lee Park | lp@example.com\n"
    )
    assert ids(text) == [("771203", ACCOUNT), ("K5512093", ACCOUNT)]


@pytest.mark.parametrize(
    "text",
    [
        "id,customer,total\n5512093,Dana Kurz,55.00\n7712034,Lee Park,12.50\n",  # an order table's id
        "id,name,status\n5512093,build-runner,active\n",  # a table with a thing's status
        "Record number 5512093 was deleted from the audit table.",  # no care words: a database row
        "Order number: 5512093",
        "policy application 2024 approved",  # a year, no identifier
        "Tracking badge reader firmware 5.12.0931",
        '"order": {"id": "5512093", "total": 12}',
    ],
)
def test_look_alikes_are_no_personal_ids(text: str) -> None:
    assert ids(text) == []


@pytest.mark.parametrize(
    "text, date",
    [
        ("Date of birth (DD/MM/YYYY): 03/11/1943\nPortal login: x", "03/11/1943"),
        ("Geburtsdatum (TT.MM.JJJJ): 05.04.1959", "05.04.1959"),
        ("Date of birth (DD/MM/YYYY): September 05, 1947", "September 05, 1947"),
    ],
)
def test_a_birth_date_key_qualified_by_its_format(text: str, date: str) -> None:
    assert [text[s.start : s.end] for s in find_dates_of_birth(TextViews(text))] == [date]


def test_a_format_alone_names_no_birth_date() -> None:
    assert list(find_dates_of_birth(TextViews("Start date (DD/MM/YYYY): 03/11/2024"))) == []


def test_a_row_key_beside_the_persons_own_number_is_no_personal_id() -> None:
    text = (
        "INSERT INTO `contacts` (`id`, `customer_ref`, `full_name`, `town`) VALUES\n"
        "(48211, 'C5512093', 'Dana Kurz', '1375 Weinfelden'),\n"
        "(48212, 'M7712034', 'Lee Park', '66912 Rastatt');\n"
    )
    assert ids(text) == [("C5512093", ACCOUNT), ("M7712034", ACCOUNT)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("His social security number is 41065128353", ["41065128353"]),  # 11 digits, a fødselsnummer's length
        ("SSN: 5550320236241", ["5550320236241"]),  # 13 digits, a CNP's length
        ("Call 41065128353 today", []),  # no introduction: not an SSN
        ("His social security number is 41065128353999", []),  # 14 digits: no national number
    ],
)
def test_a_national_number_introduced_as_the_social_security_number(text: str, expected: list[str]) -> None:
    assert [text[s.start : s.end] for s in find_us_ssns(TextViews(text).digits)] == expected
