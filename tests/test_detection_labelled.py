"""Labels that make a value personal (labelled.py, birthdates.py) and labels that make a number not a
phone (phones.py): keyed nouns, German bookkeeping and insurance compounds, references, Italian hospital
records, qualified birth-date keys, answers to a question that names the value, order numbers.

Every value is synthetic.
"""

from __future__ import annotations

import pytest

from gateway.detection.engine import DetectionEngine
from gateway.detection.entities import DEFAULT_POLICY_ENTITIES
from gateway.detection.types import DetectionSpec
from tests.engine_fixtures import engine  # noqa: F401 (the shared fixture)

DEFAULT = DetectionSpec(frozenset(DEFAULT_POLICY_ENTITIES))
LABELLED = {"DATE_OF_BIRTH", "MEDICAL_RECORD_NUMBER", "ACCOUNT_NUMBER"}


def found(engine: DetectionEngine, text: str) -> list[tuple[str, str]]:
    return [(s.entity, text[s.start : s.end]) for s in engine.analyze([text], DEFAULT)[0]]


def labelled(engine: DetectionEngine, text: str) -> list[tuple[str, str]]:
    return [(e, v) for e, v in found(engine, text) if e in LABELLED]


def phones(engine: DetectionEngine, text: str) -> list[str]:
    return [v for e, v in found(engine, text) if e == "PHONE_NUMBER"]


@pytest.mark.parametrize(
    "text, entity, value",
    [
        ("bitte die Anschrift für Debitor 041127 ändern.", "ACCOUNT_NUMBER", "041127"),
        ("Anliegen: Zählerstand, Vertragskonto C99188220\nRückruf erbeten", "ACCOUNT_NUMBER", "C99188220"),
        ("Versicherungsschein-Nr.: 9902609801\nSchadenart: Glas", "ACCOUNT_NUMBER", "9902609801"),
        ("Claim summary\nPolicy: POL-900001\nIncident: hail", "ACCOUNT_NUMBER", "POL-900001"),
        ("Póliza: AC-77192031", "ACCOUNT_NUMBER", "AC-77192031"),
        ("Polizza: M2209911", "ACCOUNT_NUMBER", "M2209911"),
        ('{"policy": "C40088812", "tier": "gold"}', "ACCOUNT_NUMBER", "C40088812"),
        ("Customer ref: 55120399, see below", "ACCOUNT_NUMBER", "55120399"),
        ("Référence client : 88213399", "ACCOUNT_NUMBER", "88213399"),
        ("N. nosologico: H100039215\nRicoverato dal 01/02/2024", "MEDICAL_RECORD_NUMBER", "H100039215"),
        ("Numéro IPP 20440011 – Mme Fake", "MEDICAL_RECORD_NUMBER", "20440011"),
        ("Deposit claim\nTenancy reference: R-7730219\nTenant: Jo Fake", "ACCOUNT_NUMBER", "R-7730219"),
        ("Lease no. 40918277 ends in May.", "ACCOUNT_NUMBER", "40918277"),
        ("Booking QX7T\nFrequent flyer: KL-3320914\nSeat 4A", "ACCOUNT_NUMBER", "KL-3320914"),
    ],
)
def test_account_and_record_labels(engine: DetectionEngine, text: str, entity: str, value: str) -> None:
    assert (entity, value) in labelled(engine, text)


def test_a_reference_column_of_a_sql_insert_is_an_account_label(engine: DetectionEngine) -> None:
    text = ("INSERT INTO `addresses` (`id`, `customer_ref`, `full_name`) VALUES\n"
            "(1, '9900798232', 'Jane Fake'),\n(2, 'M00748514', 'John Fake');")
    assert labelled(engine, text) == [("ACCOUNT_NUMBER", "9900798232"), ("ACCOUNT_NUMBER", "M00748514")]


@pytest.mark.parametrize(
    "text",
    [
        "Our privacy policy 2024 covers 12345678 users.",  # a keyed noun without its colon
        "Police 12345678 were deployed.",
        "The order ref: 55120399 shipped.",  # a reference, but of an order
        "Frequent flyer 12345678 miles were credited.",  # a scheme's name without its colon
        "Please call 55120399 today.",  # "lease" inside a word is no label
    ],
)
def test_keyed_nouns_and_references_need_their_form(engine: DetectionEngine, text: str) -> None:
    assert [e for e, _ in labelled(engine, text) if e == "ACCOUNT_NUMBER"] == []


@pytest.mark.parametrize(
    "text, entity, value",
    [
        ("AGENT: May I have your policy number?\nCUSTOMER: Sure, it's POL-6000001.\nAGENT: Thanks.",
         "ACCOUNT_NUMBER", "POL-6000001"),
        ("AGENT: Your customer number, please?\nCALLER: 7900931502", "ACCOUNT_NUMBER", "7900931502"),
        ("Agent: Can you confirm your date of birth?\nCaller: 14 October 1981.\nAgent: Thanks.",
         "DATE_OF_BIRTH", "14 October 1981"),
        ("Agente: ¿Me dice su fecha de nacimiento?\nCliente: Sí, es 02/03/1975.", "DATE_OF_BIRTH", "02/03/1975"),
    ],
)
def test_the_answer_to_a_question_that_names_the_value(
        engine: DetectionEngine, text: str, entity: str, value: str) -> None:
    assert (entity, value) in labelled(engine, text)


def test_an_answer_to_another_question_is_not_labelled(engine: DetectionEngine) -> None:
    text = "AGENT: What's the best number to call you back on?\nCUSTOMER: 0301234567"
    assert labelled(engine, text) == []


@pytest.mark.parametrize(
    "text, date",
    [
        ("Fecha de nacimiento verificada: 11/11/1937. Usuario: x", "11/11/1937"),
        ("Geburtsdatum laut Ausweis: 12.03.1984", "12.03.1984"),
        ("Date of birth (as on file): 1984-03-12", "1984-03-12"),
    ],
)
def test_a_birth_date_key_qualified_by_a_word_or_two(engine: DetectionEngine, text: str, date: str) -> None:
    assert ("DATE_OF_BIRTH", date) in labelled(engine, text)


@pytest.mark.parametrize(
    "text",
    [
        "Oggetto: R: Ordine n. 4500219877\n\nBuongiorno,",
        "Bestellnr. 4500219877 ist unterwegs.",
        "Invoice: 4500219877",
        "n° de commande 4500219877",
        "Número de pedido: 4500219877",
        "Segnalazione n. 2025-0412\nCliente: Jane Fake",
        "Ticket 2025-0412 closed.",
    ],
)
def test_order_numbers_and_references_are_not_phones(engine: DetectionEngine, text: str) -> None:
    assert phones(engine, text) == []


@pytest.mark.parametrize(
    "text, phone",
    [
        ("Tel. Nr. 0301234567", "0301234567"),
        ("Fax-Nr.: 030 1234567", "030 1234567"),
        ("Phone no. 555 201 3344", "555 201 3344"),
        ("Handy-Nr. 0171 1234567", "0171 1234567"),
    ],
)
def test_a_phone_noun_before_a_number_abbreviation_keeps_the_phone(engine: DetectionEngine, text: str, phone: str) -> None:
    assert phone in phones(engine, text)


def test_a_number_on_00_no_plan_accepts_is_a_phone_only_next_to_a_phone_word(engine: DetectionEngine) -> None:
    assert phones(engine, "Telefon: 00961 89703") == ["00961 89703"]
    assert phones(engine, "Vorgang 00961 89703 erledigt.") == []


@pytest.mark.parametrize("text", ["NATO summit meeting: 12/03/1984", "Lugar de nacimiento verificado: 11/11/1937"])
def test_only_a_key_naming_the_date_takes_qualifying_words(engine: DetectionEngine, text: str) -> None:
    assert [e for e, _ in labelled(engine, text) if e == "DATE_OF_BIRTH"] == []


def test_record_numbers_and_birth_dates_under_a_spaced_header(engine: DetectionEngine) -> None:
    text = ("Clinic list – ward 7\n\n"
            "Bed no.   Patient      MRN          DOB           Admitted\n"
            "7-02      QUENNELL     R4471902     1959-07-21    2025-01-14\n"
            "7-03      —            30917725     1988-11-02    2025-01-15\n")
    got = labelled(engine, text)
    assert ("MEDICAL_RECORD_NUMBER", "R4471902") in got and ("MEDICAL_RECORD_NUMBER", "30917725") in got
    assert ("DATE_OF_BIRTH", "1959-07-21") in got and ("DATE_OF_BIRTH", "1988-11-02") in got
    assert ("DATE_OF_BIRTH", "2025-01-14") not in got
