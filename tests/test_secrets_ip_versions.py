"""Dotted quads followed by what names a version ("the 3.10.37.89 update", "api 9.15.38.51 (commit
c4d22ce9)") are versions; an address keeps its place before such words after a host word, and an
IPv6 address may close a clause with a colon (gateway/detection/patterns.py, find_ip_addresses)."""

from __future__ import annotations

import pytest

from gateway.detection.ip_addresses import find_ip_addresses
from gateway.detection.views import TextViews


def ips(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_ip_addresses(TextViews(text).folded)]


@pytest.mark.parametrize(
    "text",
    ["She cannot log in since the 11.21.40.109 update.", "seit dem 4.1.0.2-Update", "the 2.3.4.5 release notes",
     "INFO  starting fake-api 9.15.38.51 (commit c4d22ce9215fc0b4)", "agent 3.8.29.95 (build 4711) ready"],
)
def test_a_version_word_after_the_number_makes_it_a_version(text: str) -> None:
    assert ips(text) == []


@pytest.mark.parametrize(
    "text, ip",
    [("host 10.0.0.5 update check failed", "10.0.0.5"), ("login from 203.0.113.7 (build server)", "203.0.113.7"),
     ("blocked 198.51.100.23 after the update", "198.51.100.23"),
     ("Bind failed from 2001:db8:85a3:0:0:8a2e:370:7334: invalidCredentials", "2001:db8:85a3:0:0:8a2e:370:7334")],
)
def test_addresses_stay_addresses(text: str, ip: str) -> None:
    assert ips(text) == [ip]


def test_a_clock_time_before_a_colon_is_no_address() -> None:
    assert ips("at 12:30:45: job finished") == []


@pytest.mark.parametrize(
    "text",
    ["quote the affected version (currently 4.12.30.201, build 7c1e0a9) in the ticket",
     "agent 3.8.29.95, build 4711 ready", "// à revoir après la mise en prod 2.14.7.3",
     "dopo la messa in produzione 5.1.2.9 il servizio", "tras la puesta en producción 1.20.3.44"],
)
def test_a_build_reference_after_a_comma_and_a_go_live_make_a_version(text: str) -> None:
    assert ips(text) == []


def test_an_address_before_a_build_reference_after_a_host_word_stays() -> None:
    assert ips("host 10.0.0.5, build 4711 failed") == ["10.0.0.5"]
    assert ips("mise en prod sur 10.20.30.40 demain") == ["10.20.30.40"]
