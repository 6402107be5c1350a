"""Postal blocks inside label-printer (ZPL) and X12 EDI documents: the codes around each field are
blanked in place, so the block is found and its spans keep the original's offsets. All values are
synthetic."""

from __future__ import annotations

from gateway.detection.engine import DetectionEngine
from gateway.detection.field_markup import without_field_markup
from tests.engine_fixtures import DEFAULT, engine  # noqa: F401 (the shared fixture)

LABEL = (
    "^XA\n^CF0,30\n^FO50,20^FDRETURN ADDRESS^FS\n^FO50,60^FDQuorvel Widgets Ltd^FS\n"
    "^FO50,100^FDZarnhof 42^FS\n^FO50,140^FD5599 Bleckmoor^FS\n"
    "^FO50,220^FDDELIVER TO^FS\n^FO50,260^FDYLVA TREMMING^FS\n^FO50,300^FD17 KESTRELWOOD LANE^FS\n"
    "^FO50,340^FDMARLOWBY 7731^FS\n^BY2^FO50,420^BCN,100,Y,N,N^FD998877665544^FS\n^XZ"
)
EDI = (
    "ST*856*0042~\nBSN*00*SHP77120*20250301*1015~\nN1*SF*Quorvel Widgets Ltd~\nN3*Zarnhof 42~\n"
    "N4*5599 Bleckmoor~\nN1*ST*Ylva Tremming~\nN3*17 Kestrelwood Lane~\nN4*Marlowby*QX*77310~\nSE*9*0042~"
)


def found(engine: DetectionEngine, text: str) -> list[tuple[str, str]]:
    return [(s.entity, text[s.start : s.end]) for s in engine.analyze([text], DEFAULT)[0]]


def test_cleaning_keeps_length_and_field_contents() -> None:
    for text in (LABEL, EDI):
        cleaned = without_field_markup(text)
        assert len(cleaned) == len(text)
    cleaned = without_field_markup(LABEL)
    printed = [line for line in cleaned.splitlines() if "^B" not in line]  # barcodes stay as they were
    assert not any("^" in line for line in printed)
    assert "Zarnhof 42" in cleaned and "5599 Bleckmoor" in cleaned


def test_text_without_codes_is_left_alone() -> None:
    prose = "Price 3*4 = 12 ~ roughly; see ^caret and ^FD notes"
    assert without_field_markup(prose) is prose


def test_a_printed_label_gives_its_street_and_town_lines(engine: DetectionEngine) -> None:  # noqa: F811
    values = [v for e, v in found(engine, LABEL) if e == "STREET_ADDRESS"]
    for line in ("Zarnhof 42", "5599 Bleckmoor"):
        assert any(line in v for v in values), line
    assert not any("^" in v for v in values)  # a span never runs into the codes


def test_a_barcode_payload_on_a_label_is_no_phone(engine: DetectionEngine) -> None:  # noqa: F811
    assert not any("998877665544" in v for _, v in found(engine, LABEL))


def test_edi_ship_from_and_ship_to_parties(engine: DetectionEngine) -> None:  # noqa: F811
    results = found(engine, EDI)
    values = [v for e, v in results if e == "STREET_ADDRESS"]
    for line in ("Zarnhof 42", "5599 Bleckmoor", "17 Kestrelwood Lane"):
        assert any(line in v for v in values), line
    # the party's name is a person, not glued onto the street of the party before it
    assert not any("Tremming" in v for v in values)
    assert not any("~" in v or "N4" in v for v in values)  # spans stop at the segment codes
    assert not any("0042" in v or "SHP77120" in v for _, v in results)
