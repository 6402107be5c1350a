"""Firm names made of surnames (firms.py, legal_forms.py) and the contact lines under a postal block
(contact_labels.py): company lines of signatures stay plain text, the people around them do not.

Every name, number and address here is synthetic.
"""

from __future__ import annotations

import pytest

from gateway.detection.engine import DetectionEngine
from tests.engine_fixtures import DEFAULT, engine, people  # noqa: F401 (engine: the shared fixture)


def found(engine: DetectionEngine, text: str) -> list[tuple[str, str]]:
    return [(s.entity, text[s.start : s.end]) for s in engine.analyze([text], DEFAULT)[0]]


@pytest.mark.parametrize(
    "firm_line",
    [
        "Porter, Fletcher and Hughes",  # a surname list
        "Morgan-Thomas",  # a double-barrelled surname without a first name
        "Laurent",  # one word under the signer's name
        "Royal Brandt",  # an organisation word
    ],
)
def test_a_signature_company_line_is_not_a_person(engine: DetectionEngine, firm_line: str) -> None:
    text = f"Kind regards,\nMarianne Lecomte\nSenior buyer\n{firm_line}\nOffice: +44 20 7946 0321\nm.lecomte@example.org"
    assert people(engine, text) == ["Marianne Lecomte"]
    assert ("PHONE_NUMBER", "+44 20 7946 0321") in found(engine, text)


def test_the_part_after_a_bar_on_the_signers_line_is_the_firm(engine: DetectionEngine) -> None:
    text = "Thanks,\nGreta\n\nOlivier Martel | Lambert-Moreau\nDesk 415 2231 | Cell 202.555.0143\no.martel@corp.example"
    assert people(engine, text) == ["Greta", "Olivier Martel"]


def test_a_second_full_name_in_a_signature_is_still_a_person(engine: DetectionEngine) -> None:
    text = "Best,\nMarianne Lecomte\nDavid Okafor\nTel: +44 20 7946 0321"
    assert people(engine, text) == ["Marianne Lecomte", "David Okafor"]


def test_a_blank_line_closes_the_block(engine: DetectionEngine) -> None:
    # The casual sign-off and the card are two blocks: the card's first line is its signer.
    text = "Cheers,\nGreta\n\nOlivier Martel\nTel: +44 20 7946 0321"
    assert people(engine, text) == ["Greta", "Olivier Martel"]


def test_names_without_contact_details_are_untouched(engine: DetectionEngine) -> None:
    # A line of two names under the signer is a firm only inside a contact block. (A bare list of
    # three surnames, "Porter, Fletcher and Hughes", names a firm wherever it stands.)
    assert people(engine, "Kind regards,\nMarianne Lecomte\nPorter Fletcher") != ["Marianne Lecomte"]


@pytest.mark.parametrize(
    "text",
    [
        "Sigrid Holm | Lindqvist Berglund HB",
        "Invoice from Lucas Nowak Sp.k. attached.",
        "Nuestro proveedor es Ferrer Soler S.L.N.E desde enero.",
        "The order went to Ibarra y Solana S.C.P last week.",
        "Payment to Horváth Kft. is due.",
        "Contract with Petra Novák a.s. renewed.",
        "The Hollis, Drake and Mercer deal closed on Friday.",
        "We lost the Garcia-Thomas account.",
        "Hollis, Drake and Mercer LLP filed the brief.",
        "Has Богдан Стоянов ЕООД sent the contract?",
        "Договор с Оксана Мельник ДООЕЛ подписан.",
    ],
)
def test_firms_by_legal_form_or_as_a_modifier_are_not_people(engine: DetectionEngine, text: str) -> None:
    assert people(engine, text) in ([], ["Sigrid Holm"])


@pytest.mark.parametrize(
    "text, name",
    [
        ("Marianne Lecomte, Group CFO, will join.", "Marianne Lecomte"),
        ("Marianne Lecomte: Westbrook AB called.", "Marianne Lecomte"),
        ("Olivier Martel | Westbrook AB", "Olivier Martel"),
    ],
)
def test_a_person_next_to_a_firm_stays_a_person(engine: DetectionEngine, text: str, name: str) -> None:
    assert name in people(engine, text)


def test_a_postal_block_ends_before_the_contact_lines(engine: DetectionEngine) -> None:
    text = "--\nOlivier Martel\n14 Kestrel Road\nBramford\nIP8 4AB\nTel +44 1473 555 012\no.martel@example.org"
    assert ("STREET_ADDRESS", "14 Kestrel Road\nBramford\nIP8 4AB") in found(engine, text)


def test_a_town_named_like_a_label_still_closes_the_block(engine: DetectionEngine) -> None:
    text = "Ship to 2210 Dauphin Street\nMobile, AL 36607"
    assert ("STREET_ADDRESS", "2210 Dauphin Street\nMobile, AL 36607") in found(engine, text)


@pytest.mark.parametrize(
    "text, signer",
    [
        ("Mit freundlichen Grüßen\nJürgen Hoffmann\nLeiter Einkauf\nTelefon: +49 30 1234567", "Jürgen Hoffmann"),
        ("Pozdrawiam,\nTomasz Wiśniewski\nKowalski i Synowie Sp. z o.o.\ntel. +48 12 345 67 89", "Tomasz Wiśniewski"),
        ("Best regards,\nLaura Bianchi\nHead of Procurement | Finance Department\nTel. +39 02 1234 5678", "Laura Bianchi"),
        ("Saludos,\nLucía Fernández\nDepartamento de Ventas\nTel.: +34 912 345 678", "Lucía Fernández"),
        ("Regards,\nTom Walker\nWalker Harrison Partners\nMobile: +44 7700 900123", "Tom Walker"),
        ("Cordiali saluti,\nGiulia Romano\nRomano Costruzioni\nCell. +39 333 123 4567", "Giulia Romano"),
        ("Olivia Moore — Marketing Lead — Fraser & Quinn\n+1 (415) 555-0142 · olivia@example.org", "Olivia Moore"),
    ],
)
def test_closings_titles_departments_and_the_signers_firm_are_not_people(
    engine: DetectionEngine, text: str, signer: str
) -> None:
    assert people(engine, text) == [signer]


def test_a_full_name_with_a_title_under_a_sign_off_stays_a_person(engine: DetectionEngine) -> None:
    text = "Cheers,\nJohn\nJohn Carter, Sales Manager\nTel: +44 20 7946 0321"
    assert "John Carter" in people(engine, text)


@pytest.mark.parametrize(
    "text, address",
    [
        ("Send it to Rosen Allé 12, 2600 Glostrup.", "Rosen Allé 12, 2600 Glostrup"),  # a non-ASCII street word
        ("Het adres is Molenpad 41, 1234 AB Ergens.", "Molenpad 41, 1234 AB Ergens"),  # Dutch -pad
        ("Helbidea: Lizarra kalea 7.", "Lizarra kalea 7"),  # Basque street type
    ],
)
def test_more_street_shapes(engine: DetectionEngine, text: str, address: str) -> None:
    assert any(e == "STREET_ADDRESS" and address in value for e, value in found(engine, text))


def test_a_product_name_with_a_number_is_not_a_street(engine: DetectionEngine) -> None:
    assert [e for e, _ in found(engine, "Bring the iPad 3 and the charger.")] == []


@pytest.mark.parametrize(
    "text, person",
    [
        ("Name: Marianne Lecomte\nCompany: Morgan-Thomas\nPhone: +44 20 7946 0321", "Marianne Lecomte"),
        ("BEGIN:VCARD\nFN:Marianne Lecomte\nORG:Porter, Fletcher and Hughes\nTEL:+44 20 7946 0321\nEND:VCARD",
         "Marianne Lecomte"),
        ("Firma: Laurent & Morgan\nAnsprechpartner: Jürgen Hoffmann\nTel.: +49 30 1234567", "Jürgen Hoffmann"),
    ],
)
def test_an_organisation_field_holds_no_person(engine: DetectionEngine, text: str, person: str) -> None:
    assert people(engine, text) == [person]


@pytest.mark.parametrize(
    "text",
    [
        "Please remit payment to:\nCollins, Campbell and Lester\nAccounts Receivable",
        "Rechnungsanschrift: Lewis, Mitchell and Smith, Private Bag 5624, Motutere 2362",
        "Agent: Thank you for calling Hansen-Brown, how can I help?",
        'Destinatario: c/o Hancock-Taylor, 70 Karl Pike, Marcshire',
        '{"shipTo": {"company": "Haase", "line1": "Davidsweg 14"}}',
        "Bien à vous,\nNormand Legendre et Fils\nTél. : +33 2 43 12 51 50",
        "Please check with Dussen van GbR.",
    ],
)
def test_bare_surname_firms_and_company_keys_are_not_people(engine: DetectionEngine, text: str) -> None:
    assert [e for e, _ in found(engine, text) if e in ("PERSON", "LOCATION")] == []


@pytest.mark.parametrize(
    "text, names",
    [
        ("Yesterday Sarah, Tom and Jane went home.", ["Sarah", "Tom", "Jane"]),
        ("They had 6: Tara, Paul, Austin, Jean, Ashley and James.", ["Tara", "Paul", "Austin", "Jean", "Ashley", "James"]),
        ("Jane Hancock-Taylor called. Later Hancock-Taylor wrote again.", ["Jane Hancock-Taylor", "Hancock-Taylor"]),
        ("[08:31] Karl-Wilhelm: Hast du die Nummer?", ["Karl-Wilhelm"]),
        ("A la atención de: Troy Martin (Departamento Legal)", ["Troy Martin"]),
    ],
)
def test_people_listed_or_double_named_stay_people(engine: DetectionEngine, text: str, names: list[str]) -> None:
    assert people(engine, text) == names
