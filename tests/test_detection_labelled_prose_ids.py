"""Identifiers named in prose and in other splits' record shapes (labelled.py, birthdates.py):
a contract's noun right before its number ("under policy C1615104554"), after a copula ("La póliza
es M732385"), a key with "_" between "id" and its noun (`id_cliente`), a worker's id, and a first-person
"nací el". Every value is synthetic."""

from __future__ import annotations

import pytest

from gateway.detection.birthdates import find_dates_of_birth
from gateway.detection.labelled import find_account_numbers
from gateway.detection.views import TextViews


def accounts(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_account_numbers(TextViews(text))]


@pytest.mark.parametrize(
    "text, value",
    [
        ("Thank you for your claim under policy C0000104554. To complete our checks", "C0000104554"),
        ("Existing customer since 2014, current account M00744210, salary paid", "M00744210"),
        ("under policy 000549. Kind regards", "000549"),
        ("CLIENTE: La póliza es M700385 y nací el 17/05/1976.", "M700385"),
        ("Der Vertrag 4400203 wurde gekündigt.", "4400203"),
        ("UPDATE clientes SET pais = 'X'\n WHERE id_cliente = '96900543';", "96900543"),
        ("employee:\n  worker_id: AC-9900333762\n  legal_name: Jane Fake", "AC-9900333762"),
    ],
)
def test_a_contract_noun_names_the_number_after_it(text: str, value: str) -> None:
    assert accounts(text) == [value]


@pytest.mark.parametrize(
    "text",
    [
        "Our privacy policy 2024-11-10 replaced policy 2024/2025.",  # dates and years, not numbers
        "The account 12345 is a count of five digits.",  # too short to be an identifier in prose
        "Police 12345678 were deployed.",  # the English police
        "Transfer to account GB00FAKE12345698765432 today.",  # an IBAN's business, not a bare id
    ],
)
def test_a_contract_noun_before_a_date_or_count_is_prose(text: str) -> None:
    assert accounts(text) == []


def test_first_person_birth_in_spanish() -> None:
    text = "CLIENTE: La póliza es M700385 y nací el 17/05/1976. Gracias."
    assert [text[s.start : s.end] for s in find_dates_of_birth(TextViews(text))] == ["17/05/1976"]
