"""Numbers a record's key, an SQL comparison or a REST path names as a thing's id are no phone
(id_keys.py, phones.py); a person's or a phone's key leaves the number to the other checks.

Every number here is synthetic (555 numbers).
"""

from __future__ import annotations

import pytest

from gateway.detection.id_keys import keyed_as_identifier
from gateway.detection.phones import find_phone_numbers
from gateway.detection.views import TextViews


def reported(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_phone_numbers(TextViews(text).digits, text) if s.score >= 0.5]


@pytest.mark.parametrize(
    "text",
    [
        '{"id": 4155550123, "status": "shipped"}',
        '{"orderId": 2125550198, "carrier": "UPS"}',
        "order_id=6505550111 status=paid",
        "ORDER-ID: 3105550177",
        "WHERE o.id IN (4155550123, 2125550198, 6505550111)",
        "SELECT * FROM orders WHERE o.id = 4155550123;",
        '"GET /api/v2/orders/4155550123 HTTP/1.1"',
        "order = Order.objects.get(pk=4155550123)",
        'Macro applied: "Refund approved" (macro id 4155550123)',
        "Build ID 4155550123 passed",
        "3 bed · 2 bath · MLS# 22-417739",
    ],
)
def test_a_things_id_is_no_phone(text: str) -> None:
    assert reported(text) == []


@pytest.mark.parametrize(
    "text",
    [
        '{"phone": 4155550123}',
        '{"customerId": 4155550123}',
        "Customer ID: 4155550123",
        "worker_id: 4155550123",
        "https://example.com/users/4155550123",
        "https://wa.me/4155550123",
        "Call me on 4155550123 tomorrow",
        "Caller ID: 4155550123",
        "Patient ID 4155550123",
        "TEL# 4155550123",
    ],
)
def test_a_persons_or_a_phones_key_leaves_the_number(text: str) -> None:
    assert reported(text) == ["4155550123"]


def test_words_ending_on_id_are_no_key() -> None:
    assert not keyed_as_identifier("paid: ", 6)
    assert not keyed_as_identifier("valid=", 6)


def test_a_number_in_an_id_column_is_no_phone() -> None:
    text = "id;product;region;status;amount\n4155550123;Power BI Pro;Nord;open;1200\n"
    assert reported(text) == []
    text = "customer_id;product\n4155550123;Okta SSO\n2125550198;Jira\n"
    assert reported(text) == ["4155550123", "2125550198"]


def test_a_stray_empty_field_keeps_the_columns_in_line() -> None:
    from gateway.detection.tables import table_cells

    text = "id;product;status;phone\n4471;Widget;;open;+1 415 555 0123\n"
    cells = {c.column: text[c.start : c.end] for c in table_cells(text)}
    assert cells == {"id": "4471", "product": "Widget", "status": "open", "phone": "+1 415 555 0123"}


@pytest.mark.parametrize("text", ["PO: 4500219877", "Contract no. 4155550123", "Ref: 4155550123", "SO 4155550123"])
def test_a_documents_number_is_no_phone(text: str) -> None:
    assert reported(text) == []


def test_a_contact_label_keeps_its_phone() -> None:
    assert reported("Contact: 4155550123") == ["4155550123"]
