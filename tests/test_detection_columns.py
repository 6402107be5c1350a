"""Values named by their table column or record key (columns.py) and the table grammar they are read
with (tables.py). All names, streets, towns and tokens are synthetic."""

from __future__ import annotations

import pytest

from gateway.detection.columns import ColumnValues, kind_of
from gateway.detection.engine import DetectionEngine
from gateway.detection.entities import DEFAULT_POLICY_ENTITIES
from gateway.detection.tables import table_cells
from gateway.detection.types import DetectionSpec
from gateway.detection.views import TextViews

WANTED = frozenset({"PERSON", "STREET_ADDRESS"})


@pytest.fixture(scope="module")
def values() -> ColumnValues:
    return ColumnValues(frozenset({"Orla", "Quennell", "Bertrand"}))


def found(values: ColumnValues, text: str) -> set[tuple[str, str]]:
    return {(text[s.start : s.end], s.entity) for s in values.find(TextViews(text), WANTED)}


SQL = (
    "INSERT INTO `addr` (`id`, `ref`, `full_name`, `street`, `town`, `country`) VALUES\n"
    "(7, 'R-1', 'Ysolde Marrak', 'Quillonweg 41', '4817 XW Dunmerrow', 'Nowhere'),\n"
    "(8, 'R-2', 'Tevin Osk', 'Ghorvasaari 12b', 'Pellavik', 'Nowhere');"
)


def test_sql_cells_are_read_by_column(values: ColumnValues) -> None:
    spans = found(values, SQL)
    assert ("Ysolde Marrak", "PERSON") in spans
    assert ("Quillonweg 41", "STREET_ADDRESS") in spans
    assert ("Ghorvasaari 12b", "STREET_ADDRESS") in spans
    assert ("4817 XW Dunmerrow", "STREET_ADDRESS") in spans
    # A town without its postcode is a place, not an address; a country is neither.
    assert not {v for v, _ in spans} & {"Pellavik", "Nowhere", "R-1"}


def test_csv_names_in_a_row_with_quoted_commas(values: ColumnValues) -> None:
    text = ("contact_id,first_name,last_name,title,phone\n"
            'c-1,Wrenna,Tollby,"Surveyor, land",555 0100\n'
            "c-2,Brisk,Short,Lead,555 0101\n")
    spans = found(values, text)
    assert {("Wrenna", "PERSON"), ("Tollby", "PERSON"), ("Brisk", "PERSON"), ("Short", "PERSON")} <= spans
    assert not any(v.startswith("Surveyor") for v, _ in spans)


def test_quoted_csv_fields_keep_their_columns() -> None:
    text = 'id,title,last_name\n1,"Clerk, senior",Quennell\n2,"say ""hi"", please",Bertrand\n'
    cells = {(c.column, text[c.start : c.end]) for c in table_cells(text)}
    assert ("last name", "Quennell") in cells and ("last name", "Bertrand") in cells
    assert ("title", "Clerk, senior") in cells


def test_a_row_with_a_stray_delimiter_leaves_later_rows_readable() -> None:
    text = "user_name,display_name,note\nfake.one,Orla Vantiss,late, again\nfaketwo,Brisk Short,ok\n"
    cells = {(c.column, text[c.start : c.end]) for c in table_cells(text)}
    assert ("user name", "faketwo") in cells
    # The over-long row's first and last cells still sit under the first and last columns; the
    # cells between are not read by column (the stray delimiter may be anywhere among them).
    assert ("user name", "fake.one") in cells and ("note", "again") in cells
    assert not any(value in ("Orla Vantiss", "late") for _, value in cells)


def test_a_clock_times_fraction_of_a_second_keeps_its_row_readable() -> None:
    # "00:17:57,009": the comma before the milliseconds is the time's decimal mark, not a delimiter.
    text = "user_name,display_name,last_login\nfake.one,Orla Vantiss,2025-07-02 00:17:57,009\n"
    cells = {(c.column, text[c.start : c.end]) for c in table_cells(text)}
    assert cells == {("user name", "fake.one"), ("display name", "Orla Vantiss"),
                     ("last login", "2025-07-02 00:17:57,009")}


def test_record_keys_and_form_labels(values: ColumnValues) -> None:
    text = ('{"recipient": "Orla Vantiss", "line1": "Πλάτωνος 17", "city": "Ξάνθεια", '
            '"cityLine": "Morrowick 5521"}\n'
            "Addressee: Orla Vantiss\nStreet: Flat 9K\nPostcode/Town: West Harnby\nZ3 4QQ\nCountry: Nowhere\n")
    spans = found(values, text)
    assert ("Πλάτωνος 17", "STREET_ADDRESS") in spans
    assert ("Morrowick 5521", "STREET_ADDRESS") in spans
    assert ("Orla Vantiss", "PERSON") in spans
    assert ("Flat 9K", "STREET_ADDRESS") in spans
    assert ("West Harnby\nZ3 4QQ", "STREET_ADDRESS") in spans
    assert not {v for v, _ in spans} & {"Ξάνθεια", "Nowhere"}


def test_secret_and_password_columns_reach_the_engine() -> None:
    # secrets.py reads these columns (one rule for secrets, wherever they are written).
    text = ("INSERT INTO users (id, login, api_token, avatar_md5, password) VALUES "
            "(1, 'qzv', 'Zq8LmWv3TtRk2PaXc9YbNe4Hf7Gd1Js0', '0f3a9c2b7d1e4f5a6b8c9d0e1f2a3b4c', 'Plover#77');")
    found_spans = DetectionEngine().analyze([text], DetectionSpec(frozenset(DEFAULT_POLICY_ENTITIES)))[0]
    spans = {(text[s.start : s.end], s.entity) for s in found_spans}
    assert ("Zq8LmWv3TtRk2PaXc9YbNe4Hf7Gd1Js0", "SECRET") in spans
    assert ("Plover#77", "PASSWORD") in spans
    assert not any(v.startswith("0f3a") for v, _ in spans)  # a hash under another column


def test_plain_values_and_other_columns_are_left_alone(values: ColumnValues) -> None:
    text = ('{"name": "Widget Pro", "ip_address": "Rack 12", "email_address": "Lane 4", '
            '"street": "closed", "api_token": "changeme", "last_name": "N/A", "nom": "Bertrand Quell"}')
    spans = found(values, text)
    assert spans == {("Bertrand Quell", "PERSON")}  # a bare "nom" needs a known name in the value


@pytest.mark.parametrize(
    ("column", "kind"),
    [("first name", "name"), ("nachname", "name"), ("billing city", "town"), ("postcode/town", "town"),
     ("plz ort", "town"), ("address line1", "street"), ("ip address", None), ("api token", None),
     ("country", None)],
)
def test_column_names_map_to_kinds(column: str, kind: str | None) -> None:
    assert kind_of(column) == kind


def test_the_engine_reports_column_values_at_their_cell_bounds() -> None:
    engine = DetectionEngine()
    spec = DetectionSpec(frozenset(DEFAULT_POLICY_ENTITIES))
    spans = engine.analyze([SQL], spec)[0]
    values = {SQL[s.start : s.end] for s in spans}
    assert {"Quillonweg 41", "4817 XW Dunmerrow", "Ysolde Marrak"} <= values
    only_names = DetectionSpec(frozenset({"PERSON"}))
    assert all(s.entity == "PERSON" for s in engine.analyze([SQL], only_names)[0])


def test_markdown_psql_and_space_aligned_tables_are_read_by_column() -> None:
    markdown = ("| User | Login | Manager |\n|---|---|---|\n| Orla Vantiss | fake_vantiss51 | Ysolde Marrak |\n"
                "| Tevin Osk | tosk | Ysolde Marrak |\n")
    cells = {(c.column, markdown[c.start : c.end]) for c in table_cells(markdown)}
    assert ("login", "fake_vantiss51") in cells and ("login", "tosk") in cells
    assert ("user", "Orla Vantiss") in cells
    assert not any(value.startswith("---") or value == "" for _, value in cells if _ == "login")
    psql = " id | username | email\n----+----------+------\n 1  | fakejdoe | x@example.org\n"
    assert ("username", "fakejdoe") in {(c.column, psql[c.start : c.end]) for c in table_cells(psql)}
    pandas = ("   customer_id  full_name             email\n"
              "0  POL-00648796   Orla Vantiss   fake1@example.org\n"
              "1  C0000047299    Tevin Osk      fake2@example.org\n")
    cells = {(c.column, pandas[c.start : c.end]) for c in table_cells(pandas)}
    assert ("customer id", "POL-00648796") in cells and ("customer id", "C0000047299") in cells
    assert ("full name", "Tevin Osk") in cells


@pytest.mark.parametrize(
    "text",
    [
        "Hello there.  How are you?  Fine thanks.\nNext line here.",  # double-spaced prose: no names
        "    return value  # a comment\n    x = 1\n",  # indented code
        "| a b | c d |\nplain text\n",  # a framed row of two cells whose names hold spaces, no table under it
    ],
)
def test_spaced_prose_and_code_are_no_tables(text: str) -> None:
    assert [text[c.start : c.end] for c in table_cells(text)] == []


def test_a_spaced_header_may_name_a_column_in_a_few_words() -> None:
    # "Visit no." and "Family name" hold one space; the columns are two or more apart.
    sheet = ("Visit no.   Family name   MRN           DOB           Visit date    Status\n"
             "A-201       HOLLOWAY      Q55120391     1968-02-17    2024-05-01    enrolled\n"
             "A-202       —             7781223       1979-12-30    2024-05-02    screen fail\n")
    cells = {(c.column, sheet[c.start : c.end]) for c in table_cells(sheet)}
    assert ("mrn", "Q55120391") in cells and ("mrn", "7781223") in cells
    assert ("dob", "1979-12-30") in cells and ("family name", "HOLLOWAY") in cells
    assert ("status", "screen fail") in cells


def test_a_space_aligned_tables_place_address_column_holds_streets(values: ColumnValues) -> None:
    # Header names of a few words ("Site address", "Asset / tag") in a table aligned with spaces; a
    # word of place before "address" makes it a street column, a network's ("IP address") does not.
    text = (
        "Asset / tag   Model          Site address                  IP address\n"
        "A-1           Dell R740      Lipova 14, 60200 Brno         10.0.4.21\n"
        "A-2           HP DL380       Ulica Ruska 3, 10000 Zagreb   10.0.4.22\n"
    )
    streets = {value for value, entity in found(values, text) if entity == "STREET_ADDRESS"}
    assert streets == {"Lipova 14, 60200 Brno", "Ulica Ruska 3, 10000 Zagreb"}
    assert kind_of("ip address") is None and kind_of("email address") is None


def test_a_cli_tables_rule_and_upper_case_glued_headers(values: ColumnValues) -> None:
    # A CLI prints its header in capitals with the qualifier glued on ("SHIPPINGSTREET") and a rule
    # of box-drawing dashes under it; the rows below are still the columns' values.
    text = (
        " KEY        SHIPPINGSTREET          SHIPPINGCITY\n"
        " ────────── ─────────────────────── ──────────────\n"
        " K-77       Quillonweg 41           Dunmerrow\n"
    )
    assert ("Quillonweg 41", "STREET_ADDRESS") in found(values, text)
    assert kind_of("shippingstreet") == "street" and kind_of("billingcity") == "town"


def test_a_lower_case_note_in_an_address_column_is_no_street(values: ColumnValues) -> None:
    text = (
        "Unit  Model        Site address\n"
        "1     Dell R740    Lipova 14, 60200 Brno\n"
        "2     HP DL380     spare, as in 1\n"
        "3     HP DL360     החותרים 54, חיפה\n"
    )
    streets = {value for value, entity in found(values, text) if entity == "STREET_ADDRESS"}
    assert streets == {"Lipova 14, 60200 Brno", "החותרים 54, חיפה"}
