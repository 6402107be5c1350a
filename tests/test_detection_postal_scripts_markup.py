"""Postal blocks in HTML and XML markup, in Armenian and Georgian script, Azerbaijani postcodes and
number-first streets, Russian street and town lines, Cyrillic PO boxes, and what stays out of a block
(a product model glued to its brand, a heading line under a block). All values are synthetic."""

from __future__ import annotations

import pytest

from gateway.detection.addresses import AddressFinder
from gateway.detection.normalize import fold


@pytest.fixture(scope="module")
def finder() -> AddressFinder:
    return AddressFinder()


def streets(finder: AddressFinder, text: str) -> list[str]:
    view = fold(text)
    return [text[s.start : s.end] for s in finder.find(view) if s.score >= 0.5]


def covered(found: list[str], value: str) -> bool:
    return any(value in s for s in found)


def test_an_html_block_with_line_breaks(finder: AddressFinder) -> None:
    text = "<p>Qira Vantelo<br>\nZorbelstrasse 5<br>\n4399 Quonthal<br>\nSwitzerland</p>"
    found = streets(finder, text)
    assert covered(found, "Zorbelstrasse 5") and covered(found, "4399 Quonthal")
    assert not any("<br" in s for s in found)  # the markup stays out of the span


def test_a_greek_street_line_above_a_town_line_in_html(finder: AddressFinder) -> None:
    found = streets(finder, "<p>Κβάρος Ζεντής<br>\nΚουρβέλα 46<br>\n19999 Ξανθοπολη<br>\nGreece</p>")
    assert covered(found, "Κουρβέλα 46") and covered(found, "19999 Ξανθοπολη")


def test_an_xml_postal_line_element(finder: AddressFinder) -> None:
    text = "  <Street>Quarnweg 18</Street>\n  <Unit>Level 4</Unit>\n  <PostalLine>76799 Quorvik</PostalLine>\n"
    assert covered(streets(finder, text), "76799 Quorvik")


def test_an_xml_element_with_a_word_and_a_number_is_no_town(finder: AddressFinder) -> None:
    assert not streets(finder, "<Total>2024 Roadmap</Total>\n<Status>200 OK</Status>")


@pytest.mark.parametrize("street, town", [("Քարվելյան 7", "4299 Զարթոնք"), ("ქარვანის ქ. 50", "28199 ზურგოვანი"),
                                          ("ᲥᲐᲠᲕᲐᲜᲘᲡ Ქ. 66", "74299 ᲖᲣᲠᲒᲝᲕᲐᲜᲘ")])
def test_armenian_and_georgian_blocks(finder: AddressFinder, street: str, town: str) -> None:
    found = streets(finder, f"DELIVER TO:\nQira Vantelo\n{street}\n{town}\nARMENIA\n")
    assert covered(found, street) and covered(found, town)
    inline = streets(finder, f"Please ship it to {street}, {town} – any weekday is fine.")
    assert covered(inline, f"{street}, {town}")


def test_azerbaijani_postcode_and_number_first_street(finder: AddressFinder) -> None:
    found = streets(finder, "Bill to:\nQira Vantelo\n1 İ.QARVƏLİYEV\nAZ3999 Zorbaqala\nAzerbaijan")
    assert covered(found, "1 İ.QARVƏLİYEV") and covered(found, "AZ3999 Zorbaqala")
    inline = streets(finder, "ship the unit to 5 NƏQVƏT ZORBALI, AZ2999 Qırvan – she works from home")
    assert covered(inline, "5 NƏQVƏT ZORBALI, AZ2999 Qırvan")


def test_a_date_before_a_town_line_is_no_number_first_street(finder: AddressFinder) -> None:
    found = streets(finder, "We met on 3 March, 10115 Quorvik was cold.")
    assert not any("March" in s for s in found)


def test_an_identifier_ending_in_az_is_no_postcode(finder: AddressFinder) -> None:
    assert not streets(finder, "build QAZ1234 Quorvik\nrelease BAZ2999 Zorba\n")


def test_russian_street_town_line_and_box(finder: AddressFinder) -> None:
    text = ("Кварц Зорбин\nпер. Кварцевый, д. 87 к. 11\nг. Зорбинск, Кварцевый край, 849999\n\n"
            "НПО «Зорб»\nа/я 845\nд. Кварцево, респ. Зорбия, 349999\n")
    found = streets(finder, text)
    for value in ("пер. Кварцевый, д. 87 к. 11", "г. Зорбинск, Кварцевый край, 849999", "а/я 845",
                  "д. Кварцево, респ. Зорбия, 349999"):
        assert covered(found, value)


def test_a_six_digit_number_after_cyrillic_words_without_a_region_is_no_town_line(finder: AddressFinder) -> None:
    assert not streets(finder, "Заказ Кварцевый, Зорбин, 849999")


def test_a_latin_account_abbreviation_is_no_box(finder: AddressFinder) -> None:
    assert not streets(finder, "Please charge a/c 619 for the order.")


def test_a_product_model_glued_to_its_brand_is_no_street(finder: AddressFinder) -> None:
    assert not streets(finder, "the replacement (model QUARZ!Box 7590 AX) arrived")


def test_a_heading_under_a_block_stays_out_of_it(finder: AddressFinder) -> None:
    text = "Alte Anschrift: 33021 rue Quarnier Apt. 657, Mont- Zorbé BC  K3T1B6\nNeue Anschrift ab 18.03.2025:\n"
    found = streets(finder, text)
    assert covered(found, "33021 rue Quarnier Apt. 657")
    assert not any("Neue" in s for s in found)


def test_a_dutch_town_opening_on_its_article(finder: AddressFinder) -> None:
    assert covered(streets(finder, "Quarnweg 6\n3899QD de Zorbe\n"), "3899QD de Zorbe")


def test_a_british_town_line_over_its_postcode_line(finder: AddressFinder) -> None:
    found = streets(finder, "DELIVER TO:\nQIRA VANTELO\n867 QUARN CIRCLES\nSOUTH ZORBELL\nL6S 4AR\nUNITED KINGDOM\n")
    assert covered(found, "867 QUARN CIRCLES") and covered(found, "SOUTH ZORBELL\nL6S 4AR")


def test_an_irish_town_field_over_its_eircode(finder: AddressFinder) -> None:
    found = streets(finder, '  billing:\n    town: "Quorvan Ville\nT17 66V8"\n    country: Ireland\n')
    assert covered(found, "Quorvan Ville\nT17 66V8")


def test_ordinary_lines_over_a_code_are_no_town_line(finder: AddressFinder) -> None:
    assert not streets(finder, "Release notes\nVersion 2\nBuild\nAB1 2CD\n")
