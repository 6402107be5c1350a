"""Keys glued to '=', literal values and a batch file's REM keyword are no names (code_words.py via
not_persons.py); columns named by whose name and which part of it hold names (columns.py). Synthetic."""

from __future__ import annotations

import pytest

from gateway.detection.columns import kind_of
from tests.engine_fixtures import kept_by_non_person_filter as kept


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ('"Billing": "Host=tcp:pay-01.example.internal,1433;Initial Catalog=pay;"', "Host"),
        ("Data Source=db.example.test;Pooling=False;", "False"),
        ("enable_audit: True", "True"),
        ("?Locale=fr&Page=2", "Locale"),
    ],
)
def test_keys_and_literals_are_no_names(text: str, value: str) -> None:
    assert kept(text, value) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [("owner=Quentin Marlow; reviewer=Ines Brack", "Quentin Marlow"), ("if name == Carys:", "Carys"),
     ("Please tell Ottilie True about it.", "Ottilie True")],
)
def test_values_and_names_stay(text: str, value: str) -> None:
    assert kept(text, value) == [value]


def test_batch_comment_keyword_is_cut_off_a_finding() -> None:
    text = "@echo off\nREM Hedda Lindqvist maintains this script\n"
    assert kept(text, "REM Hedda Lindqvist") == ["Hedda Lindqvist"]
    assert kept("setlocal\nREM Laufwerke verbinden\n", "REM") == []


def test_rem_inside_a_line_is_left_alone() -> None:
    assert kept("Call Rem Vossberg on Monday.", "Rem Vossberg") == ["Rem Vossberg"]


@pytest.mark.parametrize("column", ["recipient first", "customer last", "patient given", "contact family"])
def test_whose_name_and_which_part_is_a_name_column(column: str) -> None:
    assert kind_of(column) == "name"


def test_a_part_word_without_a_person_qualifier_is_not_a_name_column() -> None:
    assert kind_of("billing first") is None and kind_of("first") is None
