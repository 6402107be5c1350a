"""Decoys by their grammar: a dotted quad that a bug tracker's release words or a version key leads is
a version (ip_addresses.find_ip_addresses); a digit run a hyphen joins to a word's letters is that
reference's number (weak bank/licence formats); a service desk's record number under a record label
is a ticket (labelled.find_medical_record_numbers). Synthetic values."""

from __future__ import annotations

import pytest

from gateway.detection.labelled import find_account_numbers, find_medical_record_numbers
from gateway.detection.ip_addresses import find_ip_addresses
from gateway.detection.patterns import find_us_bank_numbers, find_us_driver_licenses
from gateway.detection.views import TextViews


def ips(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_ip_addresses(TextViews(text).folded)]


def weak_numbers(text: str) -> list[str]:
    view = TextViews(text).folded
    return [text[s.start : s.end] for s in [*find_us_bank_numbers(view), *find_us_driver_licenses(view)]]


def record_numbers(text: str) -> list[str]:
    views = TextViews(text)
    return [text[s.start : s.end] for s in [*find_medical_record_numbers(views), *find_account_numbers(views)]]


@pytest.mark.parametrize(
    "text",
    [
        "Bug seen after the upgrade; fixed in 3.4.27.118, thanks.",
        "Still reproducible on 9.0.12.41 with a clean profile.",
        "Closes the issue. Shipped in 2.11.3.250.",
        "      PAYROLL_BUILD:        6.3.18.77",
        "/* version of the plugin 4.2.9.31 */",
        "// version du module 7.1.0.19",
    ],
)
def test_release_grammar_makes_a_quad_a_version(text: str) -> None:
    assert ips(text) == []


@pytest.mark.parametrize(
    "text, value",
    [
        ("reproducible on host 10.20.30.40 only", "10.20.30.40"),
        ("login failed from 198.51.100.23", "198.51.100.23"),
        ("fixed the route to 203.0.113.9 yesterday", "203.0.113.9"),
    ],
)
def test_addresses_near_release_words_stay_addresses(text: str, value: str) -> None:
    assert ips(text) == [value]


@pytest.mark.parametrize(
    "text",
    [
        "Partner driver took job ref TKT-55501234 at noon.",
        "- [ ] VPN account (see ticket HELP-55509876)",
    ],
)
def test_a_prefixed_reference_number_is_no_account_or_licence(text: str) -> None:
    assert weak_numbers(text) == []


@pytest.mark.parametrize(
    "text, value",
    [
        ("bank account 555012345678", "555012345678"),
        ("driver licence A-555-123-456-789", "A-555-123-456-789"),
    ],
)
def test_free_standing_account_and_licence_numbers_stay(text: str, value: str) -> None:
    assert value in weak_numbers(text)


@pytest.mark.parametrize("value", ["INC5550123", "RITM5550987", "SCTASK5551234", "PRB5550042"])
def test_a_service_desk_number_under_a_record_label_is_a_ticket(value: str) -> None:
    assert record_numbers(f"Allergies: none\nN° de dossier : {value}") == []
    assert record_numbers(f"Customer number: {value}") == []


@pytest.mark.parametrize("value", ["H5550123", "MR-5550123", "5550123456", "INC555012"])
def test_other_record_numbers_stay(value: str) -> None:
    assert record_numbers(f"N° de dossier : {value}") == [value]
