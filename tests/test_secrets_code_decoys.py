"""Where passwords are looked up is no password (gateway/detection/secrets.py, secret_values.py)."""

from __future__ import annotations

import pytest

from gateway.detection.secrets import find_passwords
from gateway.detection.views import TextViews


def passwords(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_passwords(TextViews(text))]


@pytest.mark.parametrize(
    "text",
    ["smtp_sasl_password_maps = lmdb:/etc/mail/relay_auth", "password_map: /srv/conf/users.map",
     "password = texthash:/etc/postfix/relay_passwords"],
)
def test_where_passwords_are_looked_up_is_no_password(text: str) -> None:
    assert passwords(text) == []


def test_a_password_with_a_colon_is_still_one() -> None:
    assert passwords("password: Kb:/7q#Lm2") == ["Kb:/7q#Lm2"]


def test_a_log_line_time_after_a_password_flag_is_no_password() -> None:
    text = "Use --password-stdin.\n2024-03-02T10:15:30.1234567Z Login Succeeded\n"
    assert passwords(text) == []
    assert passwords("password Tulip42x") == ["Tulip42x"]
