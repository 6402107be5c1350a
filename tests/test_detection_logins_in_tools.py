"""Logins a tool's grammar names: a registry's or database client's user option, a PHP define of a
user key, a code forge's comment header; a registry host after "login" is none. Key/value pair
objects carry a secret under a secret's key name; a pupil's number is an account number.
Synthetic values."""

from __future__ import annotations

import pytest

from gateway.detection.chat_handles import find_chat_handles
from gateway.detection.labelled import find_account_numbers
from gateway.detection.secrets import find_passwords, find_secrets
from gateway.detection.shell_logins import find_command_users
from gateway.detection.usernames import find_usernames
from gateway.detection.views import TextViews


def command_users(text: str) -> list[str]:
    return [text[a:b] for a, b in find_command_users(text)]


def usernames(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_usernames(TextViews(text))]


@pytest.mark.parametrize(
    "text, value",
    [
        ("Run docker login registry.example.org -u kim_vo42 -p Zq8!wert55", "kim_vo42"),
        ("podman login --username=lee.park quay.example.org", "lee.park"),
        ("0 3 * * * pg_dump -h db-9.example.net -U rhea.moss shop | gzip", "rhea.moss"),
        ("mysqldump --user=tom_ek77 crm > crm.sql", "tom_ek77"),
    ],
)
def test_a_tools_user_option_names_a_login(text: str, value: str) -> None:
    assert command_users(text) == [value]


def test_the_registry_host_is_no_login() -> None:
    found = usernames("docker login registry.example.org -u kim_vo42 -p Zq8!wert55")
    assert "registry.example.org" not in found
    assert "kim_vo42" in found


def test_a_defined_user_key_holds_a_login() -> None:
    assert usernames("define( 'DB_USER', 'nora.holt' );") == ["nora.holt"]
    assert usernames("define( 'DB_USER', 'shopdb' );") == []


def test_a_forge_comment_header_names_its_author() -> None:
    text = "**vik_ramos9** commented Mar 3 2024\n\nSame here.\n\n---\n\nana.silva replied 2 days ago\n\nFixed."
    found = {text[a:b] for a, b in find_chat_handles(text, lambda value: True)}
    assert found == {"vik_ramos9", "ana.silva"}
    prose = "Several reviewers commented on the draft.\nteam commented nothing"
    assert list(find_chat_handles(prose, lambda value: True)) == []


def test_a_key_value_pair_object_holds_a_secret_under_a_secret_key() -> None:
    token = "Qm7rT2vLx9KpZ4nW8sYb3cHd6fGj1aE5"
    text = f'{{"key": "apiKey", "value": "{token}", "type": "secret"}}'
    assert [text[s.start : s.end] for s in find_secrets(TextViews(text))] == [token]
    plain = '{"key": "baseUrl", "value": "https://api.example.com/v2"}, {"key": "apiKeyHeader", "value": "X-Api-Key"}'
    assert list(find_secrets(TextViews(plain))) == []
    assert list(find_passwords(TextViews(plain))) == []


@pytest.mark.parametrize("label", ["Pupil number:", "N.º de socio del programa de fidelización:"])
def test_a_holders_number_after_its_label(label: str) -> None:
    text = f"{label} K5550417 · Form: 7R"
    assert [text[s.start : s.end] for s in find_account_numbers(TextViews(text))] == ["K5550417"]


def test_pupil_counts_are_no_numbers() -> None:
    assert list(find_account_numbers(TextViews("Pupil numbers rose by 12000 this year."))) == []


@pytest.mark.parametrize(
    "text, value",
    [
        ("FATAL:  la autenticación password falló para el usuario «ana.ruiz»", "ana.ruiz"),
        ("FATAL:  Passwort-Authentifizierung für Benutzer „bo_ek55“ fehlgeschlagen", "bo_ek55"),
        ("machine api.example.org\n  login kvo\n  password Xy12!abcQ", "kvo"),
        ("machine git.example.org login lee.park password Xy12!abcQ", "lee.park"),
    ],
)
def test_logins_in_database_messages_and_netrc(text: str, value: str) -> None:
    assert usernames(text) == [value]


def test_guillemets_and_machine_words_alone_name_no_login() -> None:
    assert usernames("Le mot «utilisateur» est ambigu.") == []
    assert usernames("The machine learning login page is slow.") == []
