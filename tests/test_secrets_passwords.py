"""Password forms: glued column names, labels in more languages and after verbs, qualifiers, XML,
quoted key/value pairs, YAML block scalars, command-line flags, a secret key's chosen password; and
look-alikes that stay plain text (gateway/detection/secrets.py, secret_values.py, password_flags.py).

Every value is synthetic: made-up strings for these tests.
"""

from __future__ import annotations

import pytest

from gateway.detection.secrets import find_passwords, find_secrets
from gateway.detection.views import TextViews

FAKE = "Qm7Rt2Lp9Xs4"
CHOSEN = "Fakeword1234!"


def found(text: str) -> list[tuple[str, str]]:
    views = TextViews(text)
    spans = [*find_secrets(views), *find_passwords(views)]
    return sorted({(s.entity, text[s.start : s.end]) for s in spans})


def test_a_column_named_by_a_glued_password_word_labels_its_cells() -> None:
    text = (
        "benutzername;vorname;abteilung;initialkennwort;gueltig_bis\n"
        f"jdoe;Erika;Einkauf;{CHOSEN};30.04.2026\n"
        f"mmuster;Max;Vertrieb;{FAKE};30.04.2026\n"
    )
    assert found(text) == [("PASSWORD", CHOSEN), ("PASSWORD", FAKE)]


def test_a_column_ending_in_a_short_password_word_inside_another_word_labels_nothing() -> None:
    text = "id;name;bypass;compass\n1;Alpha;on;north\n2;Beta;off;south\n"
    assert found(text) == []


@pytest.mark.parametrize(
    "text",
    [
        f"Das Passwort lautet {CHOSEN} bitte ändern.",
        f"Lösenordet är {CHOSEN} tack.",
        f"Adgangskoden er {CHOSEN} tak.",
        f"Salasana: {CHOSEN}",
        f"Heslo: {CHOSEN}",
        f"Jelszó: {CHOSEN}",
        f"Parola: {CHOSEN}",
        f"Kennwort (neu): {CHOSEN}",
        f"contraseña temporal: {CHOSEN}",
        f"pw: {CHOSEN}",
        f"DB_PW={CHOSEN}",
        f"<password>{CHOSEN}</password>",
        f'<add key="DbPassword" value="{CHOSEN}" />',
        f"define('DB_PASSWORD', '{CHOSEN}');",
        f"db:\n  password: >-\n    {CHOSEN}\n  user: app",
        f"webhook_geheimnis: {CHOSEN}",
        f"webhook_secret: {CHOSEN}",
    ],
)
def test_password_forms(text: str) -> None:
    assert found(text) == [("PASSWORD", CHOSEN)]


@pytest.mark.parametrize(
    "text",
    [
        f"mysql -u admin -p{FAKE} -h db.internal shop",
        f"docker login -u jdoe -p {FAKE} registry.example.com",
        f"sqlcmd -S db -U sa -P '{FAKE}' -Q 'select 1'",
        f"sshpass -p '{FAKE}' ssh deploy@host",
        f"redis-cli -h cache -a {FAKE} ping",
    ],
)
def test_a_password_given_by_a_command_flag(text: str) -> None:
    assert found(text) == [("PASSWORD", FAKE)]


@pytest.mark.parametrize(
    "text",
    [
        "mysql -u root -p shop",  # -p prompts; "shop" is the database
        "ssh -p 2222 jdoe@host",
        "docker run -u 1000 -p 8080:80 nginx",
        "gcc -u main -pthread -o app main.c",
        "mkdir -p build/output",
    ],
)
def test_other_short_flags_are_no_passwords(text: str) -> None:
    assert [entity for entity, _ in found(text)] == []


@pytest.mark.parametrize(
    "text",
    [
        "Das Passwort ist abgelaufen.",
        "La parola è bella.",
        "The password on file is outdated.",
        "<password-policy>strict</password-policy>",
        '<add key="PasswordMinLength" value="12" />',
        '("password", "username", "email")',
        "password_expires_at: 2025-01-01",
        "sudo: jdoe : TTY=pts/0 ; PWD=/home/jdoe ; USER=root ; COMMAND=/usr/bin/true",
        "token = get_token(user2)",
        "secrets:\n  gitlabDeployToken: $GITLAB_TOKEN\n",
        '203.0.113.9 - jane.mackey [03/Jun/2025:08:14:53 +0000] "POST /api/session HTTP/1.1"',
        "NOTE:Met at the fair, interested in Keycloak\nREV:2022-12-11T17:18:00Z\nEND:VCARD",
    ],
)
def test_look_alikes_are_not_secrets(text: str) -> None:
    assert found(text) == []
