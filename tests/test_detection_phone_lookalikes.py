"""Numbers shaped like phones that name something else (phones.py): a meeting's ID, a device's
serial number, an amount beside its currency, a log's year-first date and a bare reference in
brackets. Phones written beside them, a person's ID and a bracketed number with a phone word stay.

Every number here is synthetic.
"""

from __future__ import annotations

from gateway.detection.phones import find_phone_numbers
from gateway.detection.views import TextViews
from tests.engine_fixtures import DEFAULT, engine  # noqa: F401


def phones(text: str) -> list[tuple[str, float]]:
    return [(text[s.start : s.end], s.score) for s in find_phone_numbers(TextViews(text).digits, text)]


def reported(text: str) -> list[str]:
    return [value for value, score in phones(text) if score >= 0.5]


def test_a_meetings_id_or_a_serial_number_is_no_phone() -> None:
    assert reported("DESCRIPTION:Meeting ID: 347 219 884 120\\nPasscode: x") == []
    assert reported("Bridge: Teams meeting ID 318 552 907 41, passcode pinned.") == []
    assert reported("Portátil asignado: S/N 592782269037") == []


def test_a_persons_id_and_a_labelled_phone_stay() -> None:
    assert reported("worker_id: 8560500139") == ["8560500139"]
    assert reported("Tel: 030 123 456, Meeting ID: 347 219 884 120") == ["030 123 456"]


def test_an_amount_beside_a_currency_is_no_phone() -> None:
    assert reported("SIRET 552 100 554 00025 – Capital social 1 250 000 €") == []
    assert reported("Budget: EUR 2 500 000 for the year") == []
    assert reported("Call 212 555 0199 about the 1 250 000 € budget") == ["212 555 0199"]


def test_a_logs_year_first_date_is_no_phone() -> None:
    assert phones("2025/06/03 08:14:53 [error] 2231#2231: upstream timed out") == []


def test_a_bare_number_in_brackets_needs_a_phone_word() -> None:
    assert reported("Return scanned at warehouse (183442001408). Refund blocked.") == []
    assert all(score < 0.5 for _, score in phones("Return scanned at warehouse (2319057043)."))
    assert reported("Cliente: 05073153209, quello vecchio") == ["05073153209"]


def test_a_lines_number_after_its_number_word_is_a_phone() -> None:
    # A subscriber line named by its own noun ("fixed line no.") before the number word is a phone;
    # an order's number after the same number word is not.
    assert reported("Je résilie ma ligne fixe n° 412 7730 dès réception.") == ["412 7730"]
    assert reported("Disdetta della linea fissa n. 0521 448 903") == ["0521 448 903"]
    assert reported("Commande n° 412 7730 expédiée") == []


def test_a_span_of_years_or_months_is_no_phone() -> None:
    assert reported("Senior buyer at Acme, 2017–2022 – references on request") == []
    assert reported("Lived there 2011-04   2015-09, then moved abroad") == []
    assert reported("Tenure 2003—2011; desk 0171 555 0199") == ["0171 555 0199"]


def test_a_registration_number_is_no_phone() -> None:
    assert reported("Hope Trust · Charity registration 108 200 4417 RC0001") == []
    assert reported("Registration No.: 0161 555 0142") == []
    assert reported("Registration desk, call 0161 555 0142") == ["0161 555 0142"]


def test_eight_digits_that_read_as_a_date_need_a_phone_word(engine) -> None:  # noqa: F811
    assert reported("GS*SH*SUPPLIER01*RETAILHQ*20260114*0932*4417*X*004010~") == []
    assert reported("export_19991231 done") == []
    assert reported("call 20261399 tonight") == ["20261399"]  # no month 13: no date
    text = "Tel: 20260114"  # a phone word near it lifts it over the threshold (context.py)
    assert [text[s.start : s.end] for s in engine.analyze([text], DEFAULT)[0] if s.entity == "PHONE_NUMBER"] == ["20260114"]
