"""Postal blocks in two columns (shipping labels, quotes), Algerian blocks in Arabic script, Israeli
town lines with their seven-digit postcode, Indonesian street lines and PO boxes, lower-case one-line
addresses closed by a country's name, a country with its qualifier before a postcode, record columns
named address_1 and postal, and what stays out (table rows, aligned code, a unit in a heading, words
and numbers of a sentence). All values are synthetic."""

from __future__ import annotations

import pytest

from gateway.detection.addresses import AddressFinder
from gateway.detection.columns import ColumnValues
from gateway.detection.normalize import fold
from gateway.detection.two_columns import column_views
from gateway.detection.views import TextViews


@pytest.fixture(scope="module")
def finder() -> AddressFinder:
    return AddressFinder()


def streets(finder: AddressFinder, text: str) -> list[str]:
    return [text[s.start : s.end] for s in finder.find(fold(text)) if s.score >= 0.5]


def covered(found: list[str], value: str) -> bool:
    return any(value in s for s in found)


_LABEL = (
    "FROM                                   TO\n"
    "Quarnel Werke GmbH                         ZELDA QUORIN\n"
    "Zorbelweg 14                              QUARNSTRASSE 9\n"
    "39999 Quonthal                            49999 ZORBINGEN\n"
    "Germany                                   GERMANY\n"
    "\n"
    "WEIGHT: 2.1 KG   PIECES: 1/1\n"
)


def test_both_columns_of_a_shipping_label(finder: AddressFinder) -> None:
    found = streets(finder, _LABEL)
    for value in ("Zorbelweg 14", "QUARNSTRASSE 9", "39999 Quonthal", "49999 ZORBINGEN"):
        assert covered(found, value), value
    assert not any("   " in s for s in found)  # no span runs across the gap between the columns


def test_a_quote_with_billing_and_delivery_columns(finder: AddressFinder) -> None:
    text = ("Adresse de facturation :              Adresse de livraison :\n"
            "Zorbel SARL                                Quira Vantelo\n"
            "12, rue des Quarnes                        7, avenue Zelmont\n"
            "59999 Quonville                            69999 Zorbières\n")
    found = streets(finder, text)
    for value in ("12, rue des Quarnes", "7, avenue Zelmont", "59999 Quonville", "69999 Zorbières"):
        assert covered(found, value), value


def test_column_views_map_back_to_the_original() -> None:
    text = "Left one      Right one\nLeft two      Right two\n"
    left, right = column_views(fold(text))
    assert left.text == "Left one\nLeft two" and right.text == "Right one\nRight two"
    assert text[slice(*right.to_original(0, 9))] == "Right one"
    assert text[slice(*right.to_original(10, 19))] == "Right two"


@pytest.mark.parametrize("text", [
    "Article                          Qty    Price     Total\nChair                2    20.00      40.00\n",
    "Room charge 3 x 99.00    297.00\nCity tax                   9.60\nBalance due               306.60\n",
    "def f(x):\n    return x      # the value\ny = 3             # three\nz = 4             # four\n",
])
def test_tables_and_aligned_code_are_no_columns_of_addresses(finder: AddressFinder, text: str) -> None:
    assert not streets(finder, text)


def test_an_algerian_block_in_arabic_script(finder: AddressFinder) -> None:
    found = streets(finder, "Absender:\nزكرياء قرواني\n8 شارع الزيتون\n39999 وادي القرن\n")
    assert covered(found, "8 شارع الزيتون\n39999 وادي القرن")


def test_an_israeli_town_line_under_its_street(finder: AddressFinder) -> None:
    found = streets(finder, "Dirección: הזורבים 14\nקרית זורב 3999999\nIsrael\n")
    assert covered(found, "הזורבים 14") and covered(found, "קרית זורב 3999999")


def test_a_hebrew_word_and_a_seven_digit_number_alone_are_no_town(finder: AddressFinder) -> None:
    assert not streets(finder, "טלפון 5550199")
    assert not streets(finder, "Ref: הזמנה 1234567 נשלחה")


@pytest.mark.parametrize("street", ["Jl. Zorbelan No. 12", "Gang Quarni Raya No. 4", "Gg. Zelmo No. 7B"])
def test_indonesian_street_lines(finder: AddressFinder, street: str) -> None:
    found = streets(finder, f"Alamat: {street}, Quonkerto 49999\n")
    assert covered(found, street) and covered(found, "Quonkerto 49999")


def test_indonesian_and_french_po_boxes(finder: AddressFinder) -> None:
    assert covered(streets(finder, "Kepada:\nKotak Pos 77\nQuonkerto 49999\n"), "Kotak Pos 77")
    assert covered(streets(finder, "Client :\nB.P. 412\n29999 Zorbaville\n"), "B.P. 412")


def test_a_street_type_without_no_is_no_indonesian_street(finder: AddressFinder) -> None:
    assert not streets(finder, "The Gang of Four No. 5 album")


@pytest.mark.parametrize("text, street, town", [
    ("please ship to zelda quorin, 17, chemin zorbel, 39999 quonville, france. thanks",
     "17, chemin zorbel", "39999 quonville"),
    ("recipient is qira vantelo, zorbelgade 12, 8999 quarnby, denmark. parcel 2 kg", "zorbelgade 12", "8999 quarnby"),
    ("recipient is zelda quorin, rua das zorbas, 88, 4999-262 quonto, portugal.", "rua das zorbas, 88",
     "4999-262 quonto"),
    ("recipient is زكرياء قرواني, 14 نهج الورود, 29999 عين زرقاء, algeria.", "14 نهج الورود", "29999 عين زرقاء"),
    ("send to ζέλντα κουόριν, οδός ζορβά 15, τκ 999 63 κουαρνία, greece.", "οδός ζορβά 15", "τκ 999 63 κουαρνία"),
])
def test_lower_case_lines_closed_by_a_country(finder: AddressFinder, text: str, street: str, town: str) -> None:
    found = streets(finder, text)
    assert covered(found, street) and covered(found, town)


@pytest.mark.parametrize("text", [
    "In total, 3000 units, germany and france bought.",
    "so, we sold 12 boxes, 2024 figures, germany",
])
def test_numbers_and_words_of_a_sentence_before_a_country_are_no_address(finder: AddressFinder, text: str) -> None:
    assert not streets(finder, text)


def test_a_country_with_its_qualifier_before_the_postcode(finder: AddressFinder) -> None:
    found = streets(finder, "Send it to 12 Λεωφόρος Ζορβά 18\n Suite 4\n ΚΟΥΑΡΝΙΑ\n Cyprus (Greek) 39999?")
    assert covered(found, "Cyprus (Greek) 39999")


def test_a_unit_in_a_heading_is_no_part_of_the_block_below(finder: AddressFinder) -> None:
    text = "Guest folio – Room 412 – Conf. QX77\nGuest: Zelda Quorin\nBilling address: Zorbelweg 4, Floor 2, 39999 Quonthal"
    found = streets(finder, text)
    assert covered(found, "Zorbelweg 4, Floor 2, 39999 Quonthal")
    assert not covered(found, "Room 412")


def test_a_unit_closing_a_line_opens_the_block_below(finder: AddressFinder) -> None:
    found = streets(finder, "Il sottoscritto Quirin Zorbel, residente in Studio 40C\nZorbel Common, Quarnton\nZE9 9QQ (United Kingdom)")
    assert covered(found, "Studio 40C")


@pytest.fixture(scope="module")
def columns() -> ColumnValues:
    return ColumnValues(frozenset({"Zelda", "Quorin"}))


def test_record_columns_address_1_and_postal(columns: ColumnValues) -> None:
    text = ("member|full_name|address_1|address_2|postal|country\n"
            "A-1|Zelda Quorin|Zorbelská 12||999 99 Quonov|Czech Republic\n"
            "A-2|Qira Vantelo|הזורבים 14||קרית זורב 3999999|Israel\n")
    found = [text[s.start : s.end] for s in columns.find(TextViews(text), frozenset({"STREET_ADDRESS"}))]
    for value in ("Zorbelská 12", "999 99 Quonov", "הזורבים 14", "קרית זורב 3999999"):
        assert value in found, value


def test_a_technical_phrase_ending_in_a_street_word_is_no_street(finder: AddressFinder) -> None:
    assert not streets(finder, '"value": "Invalid API Key provided", "ip_address": "203.0.113.9"')


def test_an_unnumbered_street_in_capitals_still_is_one(finder: AddressFinder) -> None:
    found = streets(finder, "Ship to:\nQUORIN VANTELO\n12 ZORBEL PARKS\nQUARNTON\nZE9 9QQ")
    assert covered(found, "12 ZORBEL PARKS")


@pytest.mark.parametrize("text, value", [
    ("Destinazione: 9 avenue Zorbel, Bâtiment B, 9e étage, 29999 Quonville (Algeria)", "29999 Quonville"),
    ("Wohnung: Avda. Los Quarnos 63 Of. 688, 0939999 La Zorba", "Avda. Los Quarnos 63 Of. 688"),
    ("Empfänger:\nP.O. Box 4645\n599 81 Quarnov u Zorbelic nad Nisou\n", "599 81 Quarnov u Zorbelic nad Nisou"),
])
def test_floors_offices_and_czech_town_joiners(finder: AddressFinder, text: str, value: str) -> None:
    assert covered(streets(finder, text), value)


def test_a_country_named_with_its_bracket_in_faker_closes_a_line(finder: AddressFinder) -> None:
    found = streets(finder, "recipient is zelda quorová, zorbelského 45, 099 67 quarnovce, slovakia. thanks")
    assert covered(found, "zorbelského 45") and covered(found, "099 67 quarnovce")


def test_a_date_under_a_block_closes_no_block(finder: AddressFinder) -> None:
    text = "New address: 1, avenue Zorbel\n             39999 Quonville\n             France\nEffective from: 07 February 2024\n"
    found = streets(finder, text)
    assert covered(found, "1, avenue Zorbel") and not covered(found, "February")


def test_a_noun_before_a_prefixed_street_is_the_sentences(finder: AddressFinder) -> None:
    found = streets(finder, "Wohnung im Anwesen Calle Los Zorbales 4030, 1999999 Quonco, Región del Maule, bestehend")
    assert covered(found, "Calle Los Zorbales 4030") and not covered(found, "Anwesen")
