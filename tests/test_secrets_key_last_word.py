"""A key name ending on a password word holds a password, whatever key words it holds on the way
(gateway/detection/secrets.py, _names_a_password)."""

from __future__ import annotations

import pytest

from gateway.detection.secrets import find_passwords, find_secrets
from gateway.detection.views import TextViews


def passwords(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_passwords(TextViews(text))]


def secrets(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_secrets(TextViews(text))]


@pytest.mark.parametrize(
    "text, value",
    [("GRAFANA_ADMIN_PASSWORD: Qx71!", "Qx71!"), ("  mail_auth_password: 'Tulip42#'", "Tulip42#"),
     ("KEYSTORE_PASSWORD=Orchid2024%", "Orchid2024%"), ('"tokenPassword": "Pine88?"', "Pine88?")],
)
def test_a_key_ending_on_a_password_word_holds_a_password(text: str, value: str) -> None:
    assert passwords(text) == [value]


def test_a_key_ending_on_a_key_word_still_holds_a_key() -> None:
    text = "password_api_key: Zr8TnQ2vLx5WmK9pBc3Y"
    assert passwords(text) == []
    assert secrets(text) == ["Zr8TnQ2vLx5WmK9pBc3Y"]
