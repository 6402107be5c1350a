"""Names of Central and Eastern Europe as people write them (honorifics.py, names.py): academic
titles before and after Czech and Slovak names, Hungarian married names and family-name-first order,
diacritics. Names are synthetic (Faker-like)."""

from __future__ import annotations

import pytest

from gateway.detection.honorifics import is_pre_nominal
from tests.engine_fixtures import engine, people  # noqa: F401 (the shared fixture)


@pytest.mark.parametrize(("text", "expected"), [
    ("Meeting with Ing. arch. Jana Nováková at 10.", ["Jana Nováková"]),
    ("Signed: Mgr. Petr Svoboda, Ph.D.", ["Petr Svoboda"]),
    ("Reviewed by doc. RNDr. Martin Dvořák, CSc.", ["Martin Dvořák"]),
    ("Dear Ing. Tomáš Černý, thank you.", ["Tomáš Černý"]),
    ("Prof. Ing. Karel Novák, DrSc. will attend.", ["Karel Novák"]),
    ("JUDr. Pavel Král, LL.M. signed.", ["Pavel Král"]),
])
def test_czech_and_slovak_titles_stay_outside_the_name(engine, text, expected):
    assert people(engine, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("I spoke with Jaromíra Notová Th.D. yesterday.", ["Jaromíra Notová Th.D."]),
    ("Bc. Marek Dostál Ph.D. wrote the report.", ["Marek Dostál Ph.D."]),
    ("Igor Palka CSc. approved it.", ["Igor Palka CSc."]),
])
def test_a_degree_written_right_after_the_name_is_taken_whole(engine, text, expected):
    assert people(engine, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Kovácsné Szabó Anna approved the invoice.", ["Kovácsné Szabó Anna"]),
    ("Please call Nagy Istvánné tomorrow.", ["Nagy Istvánné"]),
    ("Fazekas Ferencné Barta Rózsa called.", ["Fazekas Ferencné Barta Rózsa"]),
    ("Bogdánné Dr. Németh Eszter Rozália joined.", ["Bogdánné Dr. Németh Eszter Rozália"]),
    ("I met Mészáros Katalin Julianna today.", ["Mészáros Katalin Julianna"]),
    ("Szabó Anna and Kiss Péter attended.", ["Szabó Anna", "Kiss Péter"]),
])
def test_hungarian_married_names_and_family_name_first(engine, text, expected):
    assert people(engine, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Then E. Vörös Renáta approved.", ["E. Vörös Renáta"]),
    ("I. Szabó Tamás approved the order.", ["I. Szabó Tamás"]),
    ("Az ülésen L. Nagy László is részt vett.", ["L. Nagy László"]),
    # Not an initial of the name: Monsieur, "im Auftrag", a dotted abbreviation, English "J. Smith" as before.
    ("Mit freundlichen Grüßen\ni. A. Heinz Kuhl", ["Heinz Kuhl"]),
    ("Bonjour M. Judith Wratt", ["Judith Wratt"]),
    ("J.P. Morgan called.", ["Morgan"]),
])
def test_a_hungarian_initial_before_family_and_given_name_belongs_to_the_name(engine, text, expected):
    assert people(engine, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Pozdrawiam, Grzegorz Brzęczyszczykiewicz", ["Grzegorz Brzęczyszczykiewicz"]),
    ("Kontakt: Đurđica Poslon, Zagreb", ["Đurđica Poslon"]),
    ("Lp, Špela Žnidaršič", ["Špela Žnidaršič"]),
    ("Срещата е с Г-н Еню Гьоков утре.", ["Еню Гьоков"]),
])
def test_diacritics_and_forms_of_address(engine, text, expected):
    assert people(engine, text) == expected


def test_ordinary_words_are_titles_only_with_their_dot():
    assert is_pre_nominal("Ing.") and is_pre_nominal("MUDr") and is_pre_nominal("doc.")
    assert not is_pre_nominal("doc") and not is_pre_nominal("Arch") and not is_pre_nominal("id")


@pytest.mark.parametrize("text", [
    "The arch. drawings are in the repo.",
    "Check the id. field and the Ing column.",
])
def test_title_words_alone_are_not_names(engine, text):
    assert people(engine, text) == []
