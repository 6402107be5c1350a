"""Words that look like names but are not people (not_persons.py, job_titles.py, legal_forms.py,
firms.py): roles, job titles, nouns, labels and firms stay plain text; the people around them do not,
including surnames in an announced list and names in Greek script (names.py, gazetteer.py).

Every name, number and address here is synthetic.
"""

from __future__ import annotations

import pytest

from gateway.detection.engine import DetectionEngine
from gateway.detection.job_titles import in_job_title
from gateway.detection.legal_forms import is_legal_form, is_organisation_word
from tests.engine_fixtures import engine  # noqa: F401 (the shared fixture)
from tests.engine_fixtures import people


@pytest.mark.parametrize("role", ["Visitor", "AGENT", "Kundin", "Visiteur", "Operatore", "Cliente"])
def test_a_role_labelling_chat_lines_is_not_a_person(engine: DetectionEngine, role: str) -> None:
    text = f"{role}: hi, I cannot log in\nMarlene (Support): Hi! Could you confirm the name?\n{role}: Quintus Arbogast\n{role}: thanks"
    assert people(engine, text) == ["Marlene", "Quintus Arbogast"]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Requester: Odalys Brenner (obrenner), Marine scientist\n", "Odalys Brenner"),
        ("Spoke with Odalys Brenner, Chemist, analytical, about the renewal.", "Odalys Brenner"),
        ("Best regards,\nOdalys Brenner\nCharity fundraiser", "Odalys Brenner"),
        ("Name: Odalys Brenner\nPosition: Teacher, English as a foreign language\n", "Odalys Brenner"),
    ],
)
def test_a_word_of_a_job_title_written_out_is_not_a_person(engine: DetectionEngine, text: str, person: str) -> None:
    assert people(engine, text) == [person]


def test_in_job_title_needs_the_whole_title_in_the_text() -> None:
    text = "Marine Quellec called about the Marine scientist post."
    assert not in_job_title(text, 0, len("Marine"))
    at = text.rfind("Marine")
    assert in_job_title(text, at, at + len("Marine"))


def test_a_capitalised_word_after_the_and_before_a_function_word_is_a_thing(engine: DetectionEngine) -> None:
    assert people(engine, "They move from the Standard to the Enterprise plan next month.") == []


def test_a_name_modifying_a_noun_after_the_stays_a_person(engine: DetectionEngine) -> None:
    assert "Quellmorin" in people(engine, "Unlike the Quellmorin novel, it is not about that.")


@pytest.mark.parametrize(
    "text",
    [
        "Notiz: Kundin bittet um Rückruf nach 16 Uhr.",
        "Neue Anschrift laut Schreiben vom 09.12.2023.",
        "Diagnose: distale Radiusfraktur links, konservativ versorgt.",
    ],
)
def test_german_nouns_after_a_preposition_or_an_adjective_are_not_people(engine: DetectionEngine, text: str) -> None:
    assert people(engine, text) == []


def test_a_label_of_words_before_a_date_is_not_a_person(engine: DetectionEngine) -> None:
    text = "Approver: someone@example.org\nValid until: May 28, 2024\nValid until: 2024-10-26\n"
    assert people(engine, text) == []


def test_a_person_saying_a_number_is_still_a_person(engine: DetectionEngine) -> None:
    assert people(engine, "Maria said: 12 boxes arrived.") == ["Maria"]


def test_bonsoir_is_a_greeting(engine: DetectionEngine) -> None:
    text = "[09/08/2025 18:05] Service client : Bonsoir Odalys, pouvez-vous nous indiquer le numéro ?"
    assert people(engine, text) == ["Odalys"]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Ciao Eduard, hai sentito Fabiola Quellmann di Brandauer AG? Dice che è partito.", "Fabiola Quellmann"),
        ("Ciao Eduard, hai sentito Ricardo Bowen di Hollins-Mathers? Dice che è partito.", "Ricardo Bowen"),
    ],
)
def test_a_name_ends_before_of_and_the_firm(engine: DetectionEngine, text: str, person: str) -> None:
    assert person in people(engine, text)
    assert not any(" di " in p for p in people(engine, text))


@pytest.mark.parametrize(
    "firm",
    ["Gualtieri e figli", "Herranz y asociados S.L.", "Horváth és társa Bt.", "Moravcová o.s.", "Nagy és Tóth Kht."],
)
def test_surnames_closed_by_a_lower_case_partner_word_or_a_legal_form_are_a_firm(engine: DetectionEngine, firm: str) -> None:
    text = f"Bill to:\n{firm}\nAttn: Odalys Brenner, Accounts Payable\n"
    assert people(engine, text) == ["Odalys Brenner"]


def test_faker_legal_forms_count_but_not_everyday_capitals() -> None:
    assert is_legal_form("Kht.") and is_legal_form("ASF") and is_legal_form("o.s.")
    assert not is_legal_form("URL") and not is_legal_form("CON")
    assert is_organisation_word("Group.")


def test_three_surnames_joined_by_og_are_a_firm(engine: DetectionEngine) -> None:
    text = "Bill to:\nNguyen, Brekke og Aasland\nAttn: Torbjørn Brekke, Accounts Payable\n"
    assert people(engine, text) == ["Torbjørn Brekke"]


def test_the_firm_after_a_job_title_under_the_signer(engine: DetectionEngine) -> None:
    text = "Merci de contacter Léa Quellec.\n\nCordialement,\nStéphanie Vuillemard\nComptable fournisseurs, Quellec"
    assert people(engine, text) == ["Léa Quellec", "Stéphanie Vuillemard"]


def test_a_signer_whose_first_name_is_a_word_is_not_a_firm(engine: DetectionEngine) -> None:
    text = ("Saluti,\nIris\n--\nIris Stützle | Responsabile Logistica | Mayr Kaspar OG\n"
            "Tel. +43 7957 46602011")
    assert people(engine, text).count("Iris Stützle") == 1


def test_surnames_in_a_list_a_plural_noun_announces_are_people(engine: DetectionEngine) -> None:
    text = "Quorvex Ltd is the brainchild of our 3 founders: Pereira, Dravik and Kowalczyk.  The idea was born."
    assert people(engine, text) == ["Pereira", "Dravik", "Kowalczyk"]


def test_the_name_after_an_ex_member_of_a_band_is_a_person(engine: DetectionEngine) -> None:
    assert people(engine, "This song by ex-Zombie Morrison is a perfect example.") == ["Morrison"]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Destinatario:\nΑλέξανδρος Θεοχάρης\nΚολαΐτου 426\n09508 Πολύγυρος", "Αλέξανδρος Θεοχάρης"),
        ("Cliente: Ευριπίδης Καρατζαφέρης (n.º de cliente M69372354)", "Ευριπίδης Καρατζαφέρης"),
    ],
)
def test_greek_names_are_found_in_their_own_script(engine: DetectionEngine, text: str, person: str) -> None:
    assert people(engine, text) == [person]


def test_greek_surnames_joined_by_kai_are_a_firm(engine: DetectionEngine) -> None:
    text = "The customer, from Λάτσκος, Σαραφίδης και Ξηρογιάννης, said her colleague Νίκων Μαντάς had called."
    assert people(engine, text) == ["Νίκων Μαντάς"]
