"""Values whose own shape says they number a business document or a service-desk record.

A label is not always a reliable guide: writers put an order or ticket number after "contract",
"policy", "member no." or "account" ("Fleet policy INV-2025-86693", "lease id SR-2022-502440",
"contract RITM2464709"), and a sales order's number can pass a DEA checksum ("claim SO7879452").
Such values carry their kind in their own prefix or numbering scheme, conventions that enterprise
systems share:

- a service desk's record (ServiceNow: INC incident, REQ request, RITM requested item, CHG change,
  PRB problem, (SC/P)TASK task, KB article) with its seven digits;
- a case or service request number ("CASE-12345678", "SR-2024-012345", "TKT-0042133");
- a document's prefix then its number: an invoice (INV, RE Rechnung, FA facture/factura, FT fattura,
  RG), a purchase or sales order (PO, SO, ORD), a delivery or credit note (DN, CN, LS), a quote
  (QT, QUO), a return (RMA);
- a number kept per year: "2021/8262", "INV-2024-12345", "RE-2026-5688", "FA202493676" (year glued
  to a document prefix).

A person's account, member or policy number uses none of these ("C88213", "POL-6948161908",
"M-2215", "AC-4471203", a bare digit run), so these checks never read such a value as a document's.
"""

from __future__ import annotations

import re

_SERVICE_DESK = r"(?:INC|REQ|RITM|CHG|PRB|SCTASK|PTASK|TASK|KB)\d{7}"
_CASE = r"(?:CASE|TKT|TICKET|SR)[-_ ]?\d{4,}(?:-\d+)?"
_DOCUMENT_PREFIX = r"(?:INV|RE|RG|FA|FAC|FT|PO|SO|ORD|DN|CN|LS|QT|QUO|RMA)"
_YEAR = r"(?:19|20)\d\d"
_DOCUMENT = (
    rf"{_DOCUMENT_PREFIX}[-_/ ]?\d{{5,12}}"  # "SO5871125", "PO-385531", "FA202493676"
    rf"|{_DOCUMENT_PREFIX}[-_/ ]?{_YEAR}[-_/]\d{{3,8}}"  # "INV-2024-12345", "RE-2026-5688"
    rf"|[A-Z]{{1,4}}[-_]{_YEAR}[-_]\d{{3,8}}"  # "SR-2024-029656", "AB-2023-00412": a yearly series
    rf"|{_YEAR}/\d{{3,6}}|\d{{3,6}}/{_YEAR}"  # "2021/8262", "8262/2021": number 8262 of 2021
)
_DOCUMENT_NUMBER = re.compile(rf"(?:{_SERVICE_DESK}|{_CASE}|{_DOCUMENT})")


def reads_as_document_number(value: str) -> bool:
    """Whether `value` (the whole candidate, as written) is shaped as a business document's or a
    service-desk record's number rather than a person's identifier."""
    return _DOCUMENT_NUMBER.fullmatch(value.strip()) is not None


_LICENCE_WORDS = ("dea", "prescri", "licen")


def document_not_licence(text: str, start: int, value: str) -> bool:
    """Whether a licence-shaped `value` at `start` reads as a document's number ("claim SO7879452": a
    sales order's passes a DEA checksum one time in ten), with no licence word just before it ("DEA",
    "prescriber", "licence" keep it a licence)."""
    before = text[max(0, start - 40) : start].lower()
    return reads_as_document_number(value) and not any(word in before for word in _LICENCE_WORDS)
