"""Names in Arabic and Hebrew script, speaker labels of transcripts (a title and a surname in
capitals, lower-case chat names, support agents named with their firm), lower-case signers under a
closing, and what is not a name: firms with Indonesian or Finnish forms or named after a hyphenated
pair, a German article after a word, a surname labelling a line of data.

All names, firms and numbers are synthetic (common given names and family names, 555 numbers).
"""

from __future__ import annotations

import pytest

from gateway.detection.engine import DetectionEngine
from gateway.detection.types import DetectionSpec
from tests.engine_fixtures import engine  # noqa: F401 (the shared fixture)

PERSON = DetectionSpec(frozenset({"PERSON"}))


def persons(engine: DetectionEngine, text: str) -> list[str]:
    return [text[s.start : s.end] for s in engine.analyze([text], PERSON)[0] if s.entity == "PERSON"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Mit freundlichen Grüßen\nأحمد بن علي\nEinkauf", ["أحمد بن علي"]),  # a connector-led surname
        ("From: נועה כהן <noa@example.com>\nSent: Monday", ["נועה כהן"]),
        ("Surname: פרידמן      Given name(s): מרים\nDate of birth: 01/01/1970", ["פרידמן", "מרים"]),
        ("Guest: سارة حداد\nRoom 12", ["سارة حداد"]),  # a known first name before a surname not listed
    ],
)
def test_arabic_and_hebrew_names_in_text_of_another_script(engine, text, names):
    assert persons(engine, text) == names


@pytest.mark.parametrize(
    "text",
    [
        "Supplier: כהן-פרידמן, invoice 0000",  # a hyphenated pair names a firm
        "Vendor: כהן, לוי and פרידמן (corporate rate)",  # surnames joined by 'and'
        "Empfänger:\nمجمع حداد\nRetourenabteilung",  # a company word opens it
        "Lieferant: منصوري ش.ذ.م.م – Einkauf",  # an Arabic legal form closes it
        "Lieferant: פרידמן בע\"מ, Rechnung 0000",  # a Hebrew legal form closes it
    ],
)
def test_arabic_and_hebrew_firms_are_no_names(engine, text):
    assert persons(engine, text) == []


def test_title_and_surname_in_capitals_label_a_transcript_line(engine):
    text = "Call notes\nDR HOLLOWAY: Good afternoon, can you confirm your name?\nPATIENT: yes"
    assert persons(engine, text) == ["HOLLOWAY"]


def test_lower_case_chat_speakers(engine):
    text = "lorenzo: hast du die nummer?\ngretchen: 555 0100\ngretchen: nur vormittags"
    assert persons(engine, text) == ["lorenzo", "gretchen", "gretchen"]


def test_lower_case_labels_of_a_log_are_no_speakers(engine):
    assert persons(engine, "error: disk full\nwarning: retry later\nnote: see the docs") == []


def test_support_agent_named_with_the_firm(engine):
    text = "Rose from Example Widgets: Hi, how can we help?\nYou: my bill is wrong\nRose from Example Widgets: Sorry!"
    assert persons(engine, text)[:2] == ["Rose", "Rose"]


def test_the_firm_of_an_agent_label_is_no_name(engine):
    text = "Ilse from Brandtner BA: Hi, how can we help?\nYou: my bill is wrong\nIlse from Brandtner BA: Sorry!"
    assert persons(engine, text) == ["Ilse", "Ilse"]


def test_a_word_named_once_with_a_firm_is_no_speaker(engine):
    assert persons(engine, "Rose from Example Widgets: a bouquet for the reception") == []


def test_lower_case_signer_under_a_closing(engine):
    text = "see you monday.\n\ncheers\ngretchen\n\n--\nExample Widgets Ltd"
    assert persons(engine, text) == ["gretchen"]


def test_lower_case_word_under_a_closing_is_no_signer(engine):
    assert persons(engine, "see you monday.\n\ncheers\nteam\n") == []


@pytest.mark.parametrize(
    "text",
    [
        "Recipient:\nPT Wijaya Santoso Tbk\nGudang 3",  # Indonesian prefix and suffix
        "Ship to: Perum Santoso Wijaya (Persero) Tbk, Gudang 3",
        "Member of Lahtinen Nieminen ry since 2020",  # a Finnish registered association
    ],
)
def test_firms_with_indonesian_and_finnish_forms_are_no_names(engine, text):
    assert persons(engine, text) == []


def test_a_german_article_is_no_name_particle(engine):
    assert "Grund der Rücksendung" not in persons(engine, "Grund der Rücksendung: Artikel beschädigt")
    assert persons(engine, "Es schreibt Ilse van der Berg.") == ["Ilse van der Berg"]


def test_a_surname_labelling_a_line_of_data_is_a_field(engine):
    assert persons(engine, "Course: evening class\nFee: 480.00, paid by employer") == []


def test_lower_case_recipient_of_a_label_request(engine):
    text = "please make a shipping label: recipient is gretchen vogel, hauptweg 1, 00000 musterstadt"
    assert persons(engine, text) == ["gretchen vogel"]


def test_a_word_after_recipient_is_no_name(engine):
    assert persons(engine, "the recipient is unknown and the recipient list is empty") == []


def test_a_word_in_brackets_after_a_full_name_is_the_firm(engine):
    text = "Participants: Ilse Vogel (Brandtner), Lorenzo Conti (Bob)\n\nFrau Vogel calls about the delivery."
    found = persons(engine, text)
    assert "Brandtner" not in found and {"Ilse Vogel", "Lorenzo Conti", "Bob"} <= set(found)


def test_a_name_after_a_bracketed_firm_is_a_person(engine):
    text = "Teilnehmer: Ilse Vogel (Beispiel & Cie.), Lorenzo Conti (wir)"
    assert persons(engine, text) == ["Ilse Vogel", "Lorenzo Conti"]


def test_a_mail_subject_label_is_never_part_of_a_name(engine):
    text = "Inviato: 02/03/2025 10:00\nA: Lorenzo Conti\nOggetto: Ordine 0000 – conferma"
    assert persons(engine, text) == ["Lorenzo Conti"]


def test_an_unknown_capitalised_word_in_a_german_line_is_a_noun(engine):
    text = "Pflegestufe 2, Gehhilfe mit Stock, Metformin morgens und abends.\nTochter: Ilse Vogel"
    assert persons(engine, text) == ["Ilse Vogel"]


def test_a_name_in_a_german_line_after_a_title_stays(engine):
    assert persons(engine, "Herr Kowalczyk ruft an, weil die Lieferung nicht kam.") == ["Kowalczyk"]
