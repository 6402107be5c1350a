"""A dotted quad that a release noun or its commit follows is a version, not an IP address
(ip_addresses.find_ip_addresses). Synthetic values."""

from __future__ import annotations

import pytest

from gateway.detection.ip_addresses import find_ip_addresses
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


@pytest.mark.parametrize(
    "text",
    [
        "Recording: the dry run shows what's new in 10.16.13.201 for the dashboards.",
        "Cliente: Dopo l'aggiornamento alla 10.2.18.15 la fatturazione elettronica non parte.",
        "npm notice package: @acme-ui/jira-tokens@2.6.2.7",
        "npm notice package: @acme-ui/veeam backup-tokens@12.18.31.211",
        "# sap_export.py – reads open items over RFC (pyrfc 10.17.4.192)",
        "call-back verification log (fraud control, policy 10.15.5.230)",
        "* Open escalations: INC5651541 (SSO timeouts) – fix ships in 10.1.5.24.",
        '# versionName = "10.16.33.57", applicationId com.example.app',
        "appVersion: 10.2.3.4",
    ],
)
def test_release_notes_package_versions_and_document_numbers_are_not_addresses(text: str) -> None:
    assert ips(text) == []


@pytest.mark.parametrize(
    "text, value",
    [
        ("ssh admin@10.0.0.5 and check the disk", "10.0.0.5"),
        ("unreachable (host 10.0.0.7) since noon", "10.0.0.7"),
        ("traffic leaves via (gateway 10.0.0.1) only", "10.0.0.1"),
        ("failed login from 10.1.2.3 at 09:14", "10.1.2.3"),
        ('serverAddress = "10.0.0.5"', "10.0.0.5"),
    ],
)
def test_addresses_in_brackets_and_logins_stay_addresses(text: str, value: str) -> None:
    assert ips(text) == [value]
