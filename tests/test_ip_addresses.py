"""Dotted quads: versions after version words and release verbs are not addresses; an address
after a host word stays one (gateway/detection/patterns.py, find_ip_addresses)."""

from __future__ import annotations

import pytest

from gateway.detection.ip_addresses import find_ip_addresses
from gateway.detection.views import TextViews


def ips(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_ip_addresses(TextViews(text).folded)]


@pytest.mark.parametrize(
    "text",
    ["fix(helm): bump chart to 1.28.33.128", '"Version": "1.28.35.26"', "APP_VERSION=6.14.40.124", "v1.2.3.4",
     "release 10.27.15.49", "Zac: roll back to 12.26.34.180?", "we rolled the deploy back to 3.7.5.75",
     "downgraded the agent to 8.1.21.2", "update to 5.11.0.154",
     "connexion impossible depuis la mise à jour 3.12.1.52.", "nach der Aktualisierung 4.1.9.200",
     "# values.yaml for chart fake-gateway 4.29.30.80", "  registry.example.test/fakeapp:12.29.19.228",
     "## 8.24.12.67 – 19-Jul-2023\n### Fixed"],
)
def test_versions_are_not_addresses(text: str) -> None:
    assert ips(text) == []


@pytest.mark.parametrize(
    "text, ip",
    [("ssh to 203.0.113.9", "203.0.113.9"), ("update the DNS record to 203.0.113.7", "203.0.113.7"),
     ("client 203.0.113.5 upgraded to 1.2.3.4", "203.0.113.5"), ("moved the server to 10.0.0.8", "10.0.0.8"),
     ("## Hosts\n10.0.0.9 is down", "10.0.0.9"), ("server:10.0.0.7", "10.0.0.7")],
)
def test_addresses_stay_addresses(text: str, ip: str) -> None:
    assert ips(text) == [ip]


# An IPv6 address in full with its port glued on, no brackets (_IPV6_PORT).
@pytest.mark.parametrize(
    "text, ip",
    [("  server web2 2001:db8:10:0:0:0:0:42:8443 check", "2001:db8:10:0:0:0:0:42"),
     ("server: https://2001:db8:1:2:3:4:5:6:6443", "2001:db8:1:2:3:4:5:6")],
)
def test_an_ipv6_address_with_its_port_glued_on(text: str, ip: str) -> None:
    assert ips(text) == [ip]


def test_a_fingerprint_is_no_address_with_a_port() -> None:
    assert ips("fingerprint 12:34:56:78:90:12:34:56:78:90:ab:cd:ef:01:23:45") == []


# A quad whose first three parts are small reads as a version without a version word (_version_shaped).
@pytest.mark.parametrize(
    "text",
    ["worker logs from billing-sync 6.18.22.140:", "Beschreibung=Lohnexport (3.9.0.77)", "# nginx.conf – staging, 2.14.31.9"],
)
def test_small_part_quads_are_versions(text: str) -> None:
    assert ips(text) == []


@pytest.mark.parametrize(
    "text, ip",
    [("host 3.9.17.20 is down", "3.9.17.20"), ("curl http://4.12.30.8/health", "4.12.30.8"),
     ("listen 5.6.7.8:443", "5.6.7.8"), ("allow 2.3.4.0/24", "2.3.4.0"), ("ssh ops@6.7.8.9", "6.7.8.9"),
     ("gateway 10.1.2.3", "10.1.2.3"), ("peer 198.51.100.23 and 7.30.33.41", "198.51.100.23")],
)
def test_address_grammar_keeps_small_part_quads(text: str, ip: str) -> None:
    assert ips(text)[:1] == [ip]


@pytest.mark.parametrize(
    ("text", "ip"),
    [
        ("blocked 12.34.5.6 after five failed logins", "12.34.5.6"),
        ("the IP that attacked us was 12.34.5.6", "12.34.5.6"),
        ("Firewall: allow 1.20.30.40", "1.20.30.40"),
        ("fail2ban.actions: NOTICE [sshd] Ban 3.14.15.92", "3.14.15.92"),
    ],
)
def test_a_word_that_takes_an_address_keeps_a_small_part_quad_an_address(text: str, ip: str) -> None:
    # Fail closed: the version reading needs a line that says nothing about addresses.
    assert ips(text) == [ip]


# A request line in the Common Log Format names its client first, even when the line is commented
# out or the address happens to look like a release number.
@pytest.mark.parametrize(
    "text, ip",
    [("# replayed request:\n# 198.51.100.23 - kpatel [03/Mar/2026:08:15:00 +0100] \"GET /x HTTP/1.1\" 200", "198.51.100.23"),
     ("## 203.0.113.77 - - [2026-03-03T08:15:00Z] \"PUT /cart HTTP/2\" 204", "203.0.113.77"),
     ("upgrade to 4.12.30.9 - - [03/Mar/2026:08:15:00 +0100] \"GET / HTTP/1.1\" 200", "4.12.30.9")],
)
def test_access_log_clients_are_addresses(text: str, ip: str) -> None:
    assert ips(text) == [ip]


def test_changelog_heading_with_a_date_stays_a_version() -> None:
    assert ips("### 6.31.18.44 - 2026-01-05\n- fixed the importer") == []
