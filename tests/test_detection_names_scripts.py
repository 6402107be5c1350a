"""Person names in Georgian and Armenian script, and names in places that hold a name however it is
written: lower-case signers and customers, timed chat speakers, vCard structured names, Gaelic
surnames in capitals, shortened double first names ("Klaus-D."), "Don" as a first name.

All names, surnames and numbers are synthetic ("ტესტაძე", "Թեստյան" are made-up surnames).
"""

from __future__ import annotations

import pytest

from gateway.detection.engine import DetectionEngine
from gateway.detection.types import DetectionSpec
from tests.engine_fixtures import engine  # noqa: F401 (the shared fixture)

PERSON = DetectionSpec(frozenset({"PERSON"}))


def persons(engine: DetectionEngine, text: str) -> list[str]:
    return [text[s.start : s.end] for s in engine.analyze([text], PERSON)[0] if s.entity == "PERSON"]


def test_georgian_first_name_and_surname_in_a_french_mail(engine):
    text = ("Merci, je transmets.\n\nნინო\n\nLe 25/01/2026 à 11:32, ნინო ტესტაძე <ntest@example.com> a écrit :\n"
            "> Bonjour ნინო,")
    assert persons(engine, text) == ["ნინო", "ნინო ტესტაძე", "ნინო"]


def test_georgian_surname_alone_by_its_ending(engine):
    assert persons(engine, "Die Versetzung wurde mit Frau ფიქციაშვილი besprochen.") == ["ფიქციაშვილი"]


def test_georgian_name_in_capitals(engine):
    assert persons(engine, "DELIVER TO:\nᲜᲘᲜᲝ ᲢᲔᲡᲢᲐᲫᲔ\nExample Street 1") == ["ᲜᲘᲜᲝ ᲢᲔᲡᲢᲐᲫᲔ"]


@pytest.mark.parametrize(
    "text",
    [
        "<Company>ტესტაძე, ფიქციაშვილი and ნიმუშაძე</Company>",  # a firm named after its founders
        "Supplier: ტესტაძე-ფიქციაშვილი, invoice 0000",  # a double-barrelled firm
        "The word კომპანია means company.",  # an ordinary word with a surname's weak ending
    ],
)
def test_georgian_firms_and_words_are_no_names(engine, text):
    assert persons(engine, text) == []


def test_armenian_names_as_cased_words(engine):
    text = "Hallo Անի,\n\nanbei die Info.\n\nVon: Էրիկա Թեստյան <etest@example.net>"
    assert persons(engine, text) == ["Անի", "Էրիկա Թեստյան"]


def test_armenian_firm_with_its_legal_form_is_no_name(engine):
    assert persons(engine, "Lieferant: Թեստյան ՍՊԸ, Rechnung 0000") == []


def test_lower_case_signer_above_the_signature(engine):
    text = "ok, approved – go ahead.\n\nemma\nFacilities | Example Widgets Ltd\nd: 555.010.0000\n"
    assert persons(engine, text) == ["emma"]


@pytest.mark.parametrize("word", ["thanks", "will", "mark"])
def test_lower_case_word_above_a_signature_is_no_name(engine, word):
    assert persons(engine, f"ok, approved – go ahead.\n\n{word}\nFacilities | Example Widgets Ltd\n") == []


def test_lower_case_customer_and_timed_speaker(engine):
    text = "also the customer jane smith from Example Inc called twice\n16:23 anna schmidt: my parcel is late"
    assert persons(engine, text) == ["jane smith", "anna schmidt"]


def test_lower_case_words_after_customer_are_no_name(engine):
    assert persons(engine, "the customer support team from Example Inc called\n16:23 build server: ok") == []


def test_vcard_structured_name(engine):
    text = "BEGIN:VCARD\nVERSION:4.0\nN:Beispielmann;Erika;;;\nORG:Example GmbH\nEND:VCARD"
    assert persons(engine, text) == ["Beispielmann", "Erika"]


def test_vcard_structured_name_of_a_firm_is_no_name(engine):
    assert persons(engine, "BEGIN:VCARD\nVERSION:4.0\nN:Example Holding;;;;\nEND:VCARD") == []


def test_gaelic_surname_in_capitals(engine):
    assert persons(engine, "DELIVER TO:\nSEAN MCCARTHY\n1 Example Road") == ["SEAN MCCARTHY"]


@pytest.mark.parametrize(
    "text, name",
    [
        ("Signed: Don Brown, ANP, 03/29/2026", "Don Brown"),  # a first name, no title
        ("Don Juan Pérez vino ayer.", "Juan Pérez"),  # a title before a first name
        ("Mit Grüßen\n\nKlaus-D. Stumpf\nVersand", "Klaus-D. Stumpf"),
        ("Mitarbeiter (Hans-J.): Guten Tag.", "Hans-J."),
        ("Kontakt: Josepha Van den Bossche", "Josepha Van den Bossche"),
    ],
)
def test_titles_initials_and_particles(engine, text, name):
    assert name in persons(engine, text)


def test_bengali_names_in_english_sentences(engine):  # noqa: F811
    # first names and surnames of Faker's bn_BD lists; vowel signs and nukta are dropped by the folded
    # view, and the lists are looked up folded alike
    text = "Nominees include মুনতাকিম সিনহা of Archies Limited. চয়ন is a very sympathetic person."
    assert persons(engine, text) == ["মুনতাকিম সিনহা", "চয়ন"]


def test_bengali_surnames_listed_as_founders_name_a_firm(engine):  # noqa: F811
    assert persons(engine, "The brainchild of our founders: পাণ্ডে and ঘোষ.") == []
