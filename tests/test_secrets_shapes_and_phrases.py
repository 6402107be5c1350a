"""Secrets in forms with no key word right before them: phrase and glued labels
(secret_phrases.py), literals passed to credential calls (credential_calls.py), tokens printed by a
command (command_output.py), a quoted password glued to -p, a mail address as a URL's user; and
SECRET vs PASSWORD decided by the value's shape (secret_kinds.py).

Every value here is a made-up string for these tests.
"""

from __future__ import annotations

import pytest

from gateway.detection.registry import PATTERN_RECOGNIZERS
from gateway.detection.secret_kinds import is_generated_token
from gateway.detection.views import TextViews

TOKEN = "Vb3Kq9Wz2Lm7Tx4Rn8Hy1Jc6Pd5Fs0Ga"  # 32 characters, generated-looking
CHOSEN = "Lantern4821!"


def found(text: str) -> list[tuple[str, str]]:
    views = TextViews(text)
    spans = [s for r in PATTERN_RECOGNIZERS if r.entity in ("SECRET", "PASSWORD") for s in r.find(views)
             if s.entity in ("SECRET", "PASSWORD")]
    return sorted({(s.entity, text[s.start : s.end]) for s in spans})


@pytest.mark.parametrize(
    "text",
    [f"# signing key of the backup job (rotate monthly): {TOKEN}",
     f"// chiave di firma dei backup, da ruotare: {TOKEN}",
     f"  'tokensalt' => '{TOKEN}',",
     f"encryptionKey = \"{TOKEN}\""],
)
def test_a_generated_token_after_a_phrase_or_glued_label_is_a_secret(text: str) -> None:
    assert found(text) == [("SECRET", TOKEN)]


def test_a_chosen_password_after_a_phrase_label_is_a_password() -> None:
    text = f"Initial password for the intern's laptop (must be changed): {CHOSEN}"
    assert found(text) == [("PASSWORD", CHOSEN)]


@pytest.mark.parametrize(
    "text",
    ["Key takeaway from the review: Q3revenue grew", "token lifetime for the portal: 3600",
     "cache key of the layer: 0e3b9f1c7a2d4e6f8a0b1c2d3e4f5a6b7c8d9e0f",
     "idempotency key for retries: 3d6f1a2b-4c5e-4f70-8a9b-0c1d2e3f4a5b",
     "fixture key for the parser test: U2FtcGxlIHRleHQgZm9yIHRoZSB0ZXN0cw==",
     "licence key batch: ABCD2-EFGH3-JKLM4-NPQR5"],
)
def test_phrase_labels_leave_words_numbers_hashes_uuids_and_encoded_prose(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    "text, value",
    [(f'$adminPw = ConvertTo-SecureString "{CHOSEN}" -AsPlainText -Force', CHOSEN),
     (f'session.auth = HTTPBasicAuth("report_bot", "{CHOSEN}")', CHOSEN),
     (f'r = requests.post(url, auth=("report_bot", "{CHOSEN}"))', CHOSEN),
     (f'var cred = new NetworkCredential("report_bot", "{CHOSEN}", "EXAMPLE");', CHOSEN)],
)
def test_a_literal_given_to_a_credential_call_is_a_password(text: str, value: str) -> None:
    assert found(text) == [("PASSWORD", value)]


def test_credential_calls_skip_variables_words_and_prompts() -> None:
    assert found('client.login(user_name, secret_value)') == []
    assert found('bot.login("report_bot", "Welcome")') == []
    assert found('$pw = Read-Host "Enter the new password" -AsSecureString') == []


def test_a_token_printed_by_a_command_that_reads_keys_is_a_secret() -> None:
    text = f"$ vault kv get -field=api_token apps/billing\n{TOKEN}\n$ git rev-parse HEAD\n" \
           "9f1c2e3d4b5a69788796a5b4c3d2e1f0a9b8c7d6\n"
    assert found(text) == [("SECRET", TOKEN)]


def test_output_of_other_commands_is_left_alone() -> None:
    text = f"$ cat build-id.txt\n{TOKEN}\n"
    assert found(text) == []


def test_a_quoted_password_glued_to_the_flag() -> None:
    assert found(f"pg_dump -h db.example.com -U backup -p'{CHOSEN}' shop") == [("PASSWORD", CHOSEN)]


def test_a_mail_address_as_the_user_of_a_url() -> None:
    text = f"SMTP_URL=smtp://alerts@example.com:{CHOSEN}@mail.example.com:587"
    assert found(text) == [("PASSWORD", CHOSEN)]
    assert found(f"SMTP_URL=smtp://alerts@localhost:{CHOSEN}@relay:25") == [("PASSWORD", CHOSEN)]


def test_a_generated_token_in_a_password_place_is_a_secret() -> None:
    assert found(f"  REPORTS_SMTP_PASSWORD: {TOKEN}") == [("SECRET", TOKEN)]
    assert found(f"broker = redis://:{TOKEN}@cache.example.com:6379/0") == [("SECRET", TOKEN)]


def test_a_short_value_in_a_generic_secret_place_is_a_password() -> None:
    assert found("  hook_geheimnis: Rk2mWq8ZtLp4Xv7N") == [("PASSWORD", "Rk2mWq8ZtLp4Xv7N")]
    assert found(f"  basic auth ops_team:{CHOSEN}") == [("PASSWORD", CHOSEN)]


def test_a_labelled_login_pair_gives_the_login_too() -> None:
    text = f"  basic auth ops_team:{CHOSEN}"
    spans = next(r for r in PATTERN_RECOGNIZERS if r.entity == "SECRET").find(TextViews(text))
    assert sorted((s.entity, text[s.start : s.end]) for s in spans) == [("PASSWORD", CHOSEN), ("USERNAME", "ops_team")]


def test_a_record_id_under_a_key_word_is_no_secret() -> None:
    assert found('  "order_key": "shop_order_5e0c9a1"') == []


def test_generated_token_shape() -> None:
    assert is_generated_token(TOKEN)
    assert not is_generated_token("0e3b9f1c7a2d4e6f8a0b1c2d3e4f5a6b")  # hex
    assert not is_generated_token(CHOSEN)  # short, with a policy symbol
    assert not is_generated_token("lowercaseonlylettersandnodigitsatall")


def test_an_unpacking_assignment_gives_the_password_by_position() -> None:
    text = ('OPC_USER, OPC_PASS = "q.marlowe", "Quellory3923?"\nMQTT_USER, MQTT_PASS = "line3-gw", "Xk7#pQ2vLm9w"\n'
            'x, y = "left", "right"\nuser, password = "jdoe", "changeme"')
    values = {value for entity, value in found(text) if entity in ("PASSWORD", "SECRET")}
    assert values == {"Quellory3923?", "Xk7#pQ2vLm9w"}  # not the logins before them, nor a placeholder
