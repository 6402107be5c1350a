"""Numbers of people enrolled in a plan, a programme or a game, of sample donors, payees and
applicants; a care note's file number; birth-date keys qualified by where the date was given; logins
after a web/portal label, in an XML element and after a Windows domain (labelled.py, birthdates.py,
login_labels.py). Every value is made up."""

from __future__ import annotations

import pytest

from gateway.detection.birthdates import find_dates_of_birth
from gateway.detection.labelled import find_account_numbers, find_medical_record_numbers
from gateway.detection.login_labels import find_labelled_logins
from gateway.detection.views import TextViews

ACCOUNT = "ACCOUNT_NUMBER"
MEDICAL = "MEDICAL_RECORD_NUMBER"


def ids(text: str) -> list[tuple[str, str]]:
    views = TextViews(text)
    spans = find_account_numbers(views) + find_medical_record_numbers(views)
    return sorted((text[s.start : s.end], s.entity) for s in spans)


def births(text: str) -> list[str]:
    return sorted({text[s.start : s.end] for s in find_dates_of_birth(TextViews(text))})


def logins(text: str) -> list[str]:
    return [text[start:end] for start, end in find_labelled_logins(text)]


@pytest.mark.parametrize(
    "text, value, entity",
    [
        ("Pension scheme participant no.: Q4417203\n", "Q4417203", ACCOUNT),
        ("Staff member: Lea Fox | Benefits number: 5550192\n", "5550192", ACCOUNT),
        ("Blood bank\nDonor number (staff ID): K772018\n", "K772018", ACCOUNT),
        ("Arcade appeal\nPlayer no. ZX-0049381 asked for a refund", "ZX-0049381", ACCOUNT),
        ("Merci de corriger le code fournisseur K220931 dans la fiche.", "K220931", ACCOUNT),
        ("Numéro de bénéficiaire CNAF : B5512093", "B5512093", ACCOUNT),
        ("Número de beneficiario: 77120345", "77120345", ACCOUNT),
        ("Vendor no. 4471203 for the payee", "4471203", ACCOUNT),
        ("Record number at the referring hospital: H5512093", "H5512093", MEDICAL),
        ("Transfert demandé pour la patiente Ines Roux, dossier 5523107, ce soir.", "5523107", MEDICAL),
    ],
)
def test_enrolled_persons_numbers_are_found(text: str, value: str, entity: str) -> None:
    assert (value, entity) in ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "Benefit code 22019 applies to all staff.",
        "Serial number at the factory: 55123987",
        "Order number for the shipment: 55123987",
        "Le dossier 2024118 du fournisseur est clos.",  # a file number with no care around it
    ],
)
def test_business_numbers_stay(text: str) -> None:
    assert ids(text) == []


@pytest.mark.parametrize(
    "text, value",
    [
        ("Birth date typed at log-in: 3 March 1990\n", "3 March 1990"),
        ("Date of birth on the scanned passport card: 04/11/1991\n", "04/11/1991"),
        ("Caller: Ann; DOB of the child stated as 1988-02-07.", "1988-02-07"),
    ],
)
def test_qualified_birth_keys(text: str, value: str) -> None:
    assert births(text) == [value]


def test_a_date_beside_a_birth_word_without_a_copula_stays() -> None:
    assert births("DOB and appointment on 2024-01-05") == []


@pytest.mark.parametrize(
    "text, value",
    [
        ("Record-keeper web ID: pat.moreno\nDocuments: none", "pat.moreno"),
        ("Checked in the app (Fleetly), Benutzerkennung des Fahrers: hmeier\nFahrzeug", "hmeier"),
        ("net use F: \\\\srv01\\Share /user:ACME\\tkowalski /persistent:no", "tkowalski"),
        ("<server>\n  <id>repo</id>\n  <username>rdumont</username>\n</server>", "rdumont"),
    ],
)
def test_logins_after_web_labels_tags_and_domains(text: str, value: str) -> None:
    assert value in logins(text)


def test_a_windows_domain_is_not_the_login() -> None:
    assert "ACME" not in logins("net use F: \\\\srv01\\Share /user:ACME\\tkowalski /persistent:no")


def test_a_greater_than_sign_is_no_label_separator() -> None:
    assert logins("open user > settings > profile") == []


@pytest.mark.parametrize(
    "text, values",
    [
        ("I'll set up two seats; the usernames will be rita_voss31 and tkeller, passwords by mail.",
         ["rita_voss31", "tkeller"]),
        ("Logins: m.obi, pvance7, hlund", ["m.obi", "pvance7", "hlund"]),
        ("Die Benutzernamen sind k.brandt und jweiss.", ["k.brandt", "jweiss"]),
    ],
)
def test_logins_listed_after_a_plural_label(text: str, values: list[str]) -> None:
    from gateway.detection.login_lists import find_listed_logins

    assert [text[s:e] for s, e in find_listed_logins(text)] == values


def test_prose_after_a_plural_label_is_no_login() -> None:
    from gateway.detection.login_lists import find_listed_logins

    assert list(find_listed_logins("Usernames are case-sensitive and unique.")) == []


def test_a_wrapped_line_between_plural_label_and_copula() -> None:
    from gateway.detection.login_lists import find_listed_logins

    text = "I'll open both seats; usernames\nwill be nora_kemp4 and bstaal, passwords apart."
    assert [text[s:e] for s, e in find_listed_logins(text)] == ["nora_kemp4", "bstaal"]


def test_a_domain_before_an_odd_login_is_not_taken() -> None:
    assert "ACME" not in logins("net use G: \\\\srv\\Scans /user:ACME\\_7 pw /persistent:no")
