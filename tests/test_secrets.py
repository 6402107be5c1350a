"""Secrets after labels in five languages, variable references, connection strings, URLs with a
provider token, object keys and table columns (gateway/detection/secrets.py).

Every value is synthetic: random-looking strings made up for these tests.
"""

from __future__ import annotations

import pytest

from gateway.detection.secrets import find_passwords, find_secrets
from gateway.detection.views import TextViews

FAKE_KEY = "Zk8sPq2Lm9Xv4Tr7Wn3BcD5f"
FAKE_PASSWORD = "Qm7Rt2Lp9Xs4Vn8K"
FAKE_B64 = "Mg2RvW+LfwacN15NKCW8euudJi/+2fj4C0JjY2I+MLIkADKc0jdoOHM0vb3gADD6mXrl=="


def secrets(text: str) -> list[tuple[str, str]]:
    views = TextViews(text)
    found = [*find_secrets(views), *find_passwords(views)]
    return sorted({(s.entity, text[s.start : s.end]) for s in found})


@pytest.mark.parametrize(
    "text, entity",
    [
        (f"  mot_de_passe: {FAKE_PASSWORD}", "PASSWORD"),
        (f"mot-de-passe = {FAKE_PASSWORD}", "PASSWORD"),
        (f"  cle_api: {FAKE_KEY}", "SECRET"),
        (f"la clé API est {FAKE_KEY}", "SECRET"),
        (f"chiave_api={FAKE_KEY}", "SECRET"),
        (f"clave_api: {FAKE_KEY}", "SECRET"),
        (f"API-Schlüssel: {FAKE_KEY}", "SECRET"),
        (f"api_schluessel={FAKE_KEY}", "SECRET"),
    ],
)
def test_key_and_password_labels_in_five_languages(text: str, entity: str) -> None:
    value = FAKE_PASSWORD if entity == "PASSWORD" else FAKE_KEY
    assert secrets(text) == [(entity, value)]


@pytest.mark.parametrize("text", [f"the article: {FAKE_KEY}", f"one cycle: {FAKE_KEY}", f"Schlüsselwort: {FAKE_KEY}"])
def test_key_words_inside_other_words_label_nothing(text: str) -> None:
    assert secrets(text) == []


def test_a_random_value_starting_with_a_dollar_is_a_password() -> None:
    assert secrets("DB_PASSWORD=$cu7Z9TPyctGjLl") == [("PASSWORD", "$cu7Z9TPyctGjLl")]
    assert secrets("postgresql://svc_api:$U$N@so2Bi3zP@db.internal:5432/app") == [("PASSWORD", "$U$N@so2Bi3zP")]


@pytest.mark.parametrize(
    "text",
    ["DB_PASSWORD=$DB_PASSWORD", "password: $dbPassword", "pwd=${DB_PW}", "API_KEY=$(cat /run/key)",
     "password = $db_password2"],
)
def test_variable_references_are_not_values(text: str) -> None:
    assert secrets(text) == []


def test_a_connection_strings_next_part_ends_the_key() -> None:
    text = f'"Reports": "DefaultEndpointsProtocol=https;AccountName=acme;AccountKey={FAKE_B64};EndpointSuffix=core.windows.net"'
    assert secrets(text) == [("SECRET", FAKE_B64)]
    text = f"Server=db;User Id=app;Password={FAKE_PASSWORD};Database=orders"
    assert secrets(text) == [("PASSWORD", FAKE_PASSWORD)]


def test_a_provider_token_in_a_urls_user_info_stays_a_secret() -> None:
    token = "glpat-FAKE0000fake1111FAKE"
    text = f"origin  https://oauth2:{token}@gitlab.example.dev/platform/infra.git (fetch)"
    assert secrets(text) == [("SECRET", token)]


@pytest.mark.parametrize(
    "text",
    ['s3.put_object(Bucket="fixtures", Key="uploads/0d5c1a8e-3b7f-4c2e-9a61-5f0e2b7d9c34.bin", Body=b"")',
     "ssh_key: keys/deploy_2024/idRsaFakeFile.pem", "token_file=/run/secrets/FakeToken2024Ab.txt",
     'Key="reports/2024/q3-summary-final"'],
)
def test_object_keys_and_file_paths_are_not_secrets(text: str) -> None:
    assert secrets(text) == []


def test_a_sql_column_named_like_a_key_labels_its_cells() -> None:
    text = (
        "INSERT INTO `users` (`id`, `login`, `api_token`, `avatar_md5`, `password_hash`) VALUES\n"
        f"(1042,'jdoe','{FAKE_KEY}','39044fe8e34d9257ccc9f68d9de9d752','$2b$12$FakeFakeFakeFakeFake0'),\n"
        "(1043,'mroe',NULL,NULL,NULL);"
    )
    assert secrets(text) == [("SECRET", FAKE_KEY)]


def test_base64_of_a_sentence_is_encoded_text_but_random_base64_stays_a_key() -> None:
    import base64
    import random

    sentence = base64.b64encode("Das ist nur ein Beispieltext für Tests.".encode()).decode()
    rng = random.Random(7)
    key = base64.b64encode(bytes(rng.randrange(256) for _ in range(32))).decode()
    basic = base64.b64encode(b"svc-report:Xq7-pass-9z").decode()
    assert secrets(f"APP_KEY=base64:{sentence}\n") == []
    assert secrets(f"fixture_token: {sentence}\n") == []
    assert secrets(f"APP_KEY=base64:{key}\n") == [("SECRET", f"base64:{key}")]
    assert secrets(f"auth_token: {basic}\n") == [("SECRET", basic)]


def test_a_urls_password_without_a_user_is_a_password() -> None:
    assert secrets(f"connecting to redis://:{FAKE_PASSWORD}@cache-01:6379/0") == [("PASSWORD", FAKE_PASSWORD)]
    assert secrets("proxy http://:8080/status and http://[::1]:9000/x@y are no passwords") == []
