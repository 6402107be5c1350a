"""A dotted quad that a release noun or its commit follows is a version, not an IP address
(patterns.find_ip_addresses). Synthetic values."""

from __future__ import annotations

import pytest

from gateway.detection.patterns import find_ip_addresses
from gateway.detection.views import TextViews


def ips(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_ip_addresses(TextViews(text).folded)]


@pytest.mark.parametrize(
    "text",
    [
        "She cannot reset her password since the 3.7.35.102 update. Verified identity: ...",
        "the 1.2.3.4 release notes",
        "INFO  starting invoice-api 9.15.38.51 (commit c4d22ce9215)",
        "nach der 2.1.0.4 Aktualisierung",
    ],
)
def test_a_release_noun_or_commit_after_the_quad_makes_it_a_version(text: str) -> None:
    assert ips(text) == []


@pytest.mark.parametrize(
    "text, value",
    [
        ("point clients at the 10.0.0.9 update server", "10.0.0.9"),
        ("connect to 10.0.0.5 (port 22) and retry", "10.0.0.5"),
        ("blocked 203.0.113.7 after five failures", "203.0.113.7"),
    ],
)
def test_an_address_stays_an_address(text: str, value: str) -> None:
    assert ips(text) == [value]
