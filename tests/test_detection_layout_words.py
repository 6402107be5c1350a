"""Words that layout shows to be markup, column titles, form labels, editions or function words
(layout_words.py, named_things.py, not_persons.py) are not people or streets; the people and
addresses around them still are. Every name, number and address here is synthetic.
"""

from __future__ import annotations

import pytest

from gateway.detection.engine import DetectionEngine
from gateway.detection.entities import DEFAULT_POLICY_ENTITIES
from gateway.detection.layout_words import in_form_row, in_header_row, is_padded_apart, is_tag_name
from gateway.detection.named_things import ends_on_edition
from gateway.detection.not_persons import _in_running_words
from gateway.detection.types import DetectionSpec
from tests.engine_fixtures import engine  # noqa: F401 (the shared fixture)

DEFAULT = DetectionSpec(frozenset(DEFAULT_POLICY_ENTITIES))


def found(engine: DetectionEngine, text: str, entity: str = "PERSON") -> list[str]:
    return [text[s.start : s.end] for s in engine.analyze([text], DEFAULT)[0] if s.entity == entity]


def test_tag_names_are_markup_but_the_element_text_is_a_name(engine: DetectionEngine) -> None:
    text = (
        '<Order id="T-1">\n  <ShipTo>\n    <Name>Quintus Testperson</Name>\n'
        "    <Company>Fakeworth Logistik</Company>\n  </ShipTo>\n  <Referente>Odalys Brenner</Referente>\n</Order>"
    )
    people = found(engine, text)
    assert "Quintus Testperson" in people and "Odalys Brenner" in people
    assert not any("Company" in p or "Referente" in p for p in people)


def test_a_chat_nick_in_angle_brackets_is_not_a_tag() -> None:
    text = "<quintus> deploy done\n<odalys> thanks!"
    assert not is_tag_name(text, 1, 8)
    closed = "<Company>Fakeworth</Company>"
    assert is_tag_name(closed, 1, 8)


def test_column_titles_above_a_rule_are_not_people(engine: DetectionEngine) -> None:
    text = "| # | Customer | Address | Job |\n|---|---|---|---|\n| 1 | Quintus Arbogast | 12 Fake Street, Dublin | boiler |\n"
    assert found(engine, text) == ["Quintus Arbogast"]
    assert in_header_row(text, text.index("Job"), text.index("Job") + 3)
    # The body row has no rule under it.
    body = text.index("Quintus")
    assert not in_header_row(text, body, body + 7)


def test_cells_padded_apart_are_not_one_name(engine: DetectionEngine) -> None:
    text = "Bill to:\nQuintus Arbogast\n\nDescription                         Qty   Amount\nConsulting, June      12    EUR 100.00\n"
    assert found(engine, text) == ["Quintus Arbogast"]
    assert is_padded_apart("Description      Qty", 0, 19)
    assert not is_padded_apart("Quintus Arbogast", 0, 16)


def test_the_first_label_of_a_form_row_is_not_a_person(engine: DetectionEngine) -> None:
    text = "DELIVERY NOTE\nCarrier: UPS Standard   Tracking: JJD0000000000000001\n\nDELIVER TO:\nJohn Testman\n"
    assert found(engine, text) == ["John Testman"]
    assert in_form_row(text, text.index(":"))
    # One label on the line: a speaker, not a form.
    assert not in_form_row("Quintus: see you soon", 7)


def test_icalendar_keys_are_not_part_of_the_name(engine: DetectionEngine) -> None:
    text = 'BEGIN:VEVENT\nATTENDEE;CN="Quintus Arbogast";ROLE=REQ-PARTICIPANT:mailto:q.arbogast@example.com\nEND:VEVENT'
    assert found(engine, text) == ["Quintus Arbogast"]


def test_a_heading_with_a_dash_is_not_a_street(engine: DetectionEngine) -> None:
    text = "## On-call rota – Platform team (week 27)\n\n| Day | Engineer |\n|---|---|\n| Mon | Quintus Arbogast |\n"
    assert found(engine, text, "STREET_ADDRESS") == []
    assert found(engine, text) == ["Quintus Arbogast"]


def test_an_edition_is_a_product_but_a_name_before_a_suite_is_a_person(engine: DetectionEngine) -> None:
    text = 'Bitte auch die Lieferadresse im Abo "Fakeforce Business" ändern.'
    assert found(engine, text) == []
    assert ends_on_edition(text, text.index("Fakeforce"), text.index('" ändern'))
    assert not ends_on_edition("Quintus Arbogast Suite 032", 0, 22)


@pytest.mark.parametrize(
    "text",
    ["Con la presente Vi ricordiamo che la fattura è scaduta.", "Spett.le\nFakeworth Srl\nAlla c.a. di Quintus Arbogast\n"],
)
def test_capitalised_function_words_in_their_language_are_not_names(engine: DetectionEngine, text: str) -> None:
    assert all(p not in ("Vi", "Alla") for p in found(engine, text))


@pytest.mark.parametrize(
    ("text", "name"),
    [("confirm pricing, call Li on 227.427.1141", "Li"), ("Ich kann ab 13 Uhr. Anni ist krank.", "Anni"),
     ("Alla said that the parcel came.", "Alla")],
)
def test_names_that_are_function_words_elsewhere_stay_names(text: str, name: str) -> None:
    start = text.index(name)
    assert not _in_running_words(text, start, start + len(name))
    vi = "Con la presente Vi ricordiamo che"
    assert _in_running_words(vi, vi.index("Vi"), vi.index("Vi") + 2)


def test_gesbr_is_a_legal_form(engine: DetectionEngine) -> None:
    assert found(engine, "From: Fakeleger GesbR, VAT ATU00000000\nRemit to: Postfach 12, 5020 Salzburg") == []
