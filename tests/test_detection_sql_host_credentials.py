"""Passwords that their statement or their place names without a key: SQL's `IDENTIFIED BY` (MySQL,
MariaDB, Oracle) and a host, a login and a password assigned together (credential_calls.py). Every
value is synthetic."""

from __future__ import annotations

import pytest

from tests.engine_fixtures import DEFAULT, engine  # noqa: F401 (the shared fixture)


def _found(engine, text: str) -> list[tuple[str, str]]:  # noqa: F811
    return [(text[s.start : s.end], s.entity) for s in engine.analyze([text], DEFAULT)[0]]


@pytest.mark.parametrize(("text", "password"), [
    ("CREATE USER 'jdoe'@'%' IDENTIFIED BY 'wpiMlP+Y%c0PldsJz';", "wpiMlP+Y%c0PldsJz"),
    ("CREATE USER 'a'@'%' IDENTIFIED WITH mysql_native_password BY 'Thus4580!';", "Thus4580!"),
    ("ALTER USER scott IDENTIFIED BY Tiger2024x;", "Tiger2024x"),
])
def test_the_password_sql_sets_is_found(engine, text: str, password: str) -> None:  # noqa: F811
    assert (password, "PASSWORD") in _found(engine, text)


@pytest.mark.parametrize("text", [
    "The suspect was identified by police on Monday.",
    "CREATE USER 'app'@'%' IDENTIFIED BY '<password>';",
    "ALTER USER scott IDENTIFIED BY VALUES 'S:8F2D1C0B9A';",
])
def test_prose_placeholders_and_stored_hashes_are_no_passwords(engine, text: str) -> None:  # noqa: F811
    assert not any(entity == "PASSWORD" for _, entity in _found(engine, text))


def test_a_host_login_and_password_assigned_together(engine) -> None:  # noqa: F811
    text = 'SFTP_FALLBACK = ("198.51.100.7", "eromero", "@(gY5$ViktM")\nCONTAINER = "deposit-RITM2462833"'
    found = _found(engine, text)
    assert ("@(gY5$ViktM", "PASSWORD") in found
    assert ("eromero", "USERNAME") in found


def test_a_host_and_two_plain_words_are_no_credentials(engine) -> None:  # noqa: F811
    text = 'MIRRORS = ("mirror.example.org", "stable", "testing")'
    assert not any(entity in ("PASSWORD", "USERNAME") for _, entity in _found(engine, text))
