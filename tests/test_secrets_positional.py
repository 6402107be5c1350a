"""Credentials that a command's or a file's grammar places, without a label: `net use`/`net user`
arguments, DOMAIN\\login names, markup elements named for a login, a secret key after its access key
id, a connection string's comma-separated options, repeats of a value already found, and a log line
quoted in a comment. Synthetic values only."""

from __future__ import annotations

import pytest

from gateway.detection.domain_logins import find_domain_logins
from gateway.detection.element_logins import find_element_logins
from gateway.detection.engine import DetectionEngine
from gateway.detection.net_commands import find_net_accounts, find_net_passwords
from gateway.detection.repeated_credentials import repeated_credentials
from gateway.detection.secret_values import is_call_opening
from gateway.detection.settings import DetectorSettings
from gateway.detection.types import DetectionSpec, Span


def _values(text: str, spans) -> list[str]:
    return [text[start:end] for start, end in spans]


@pytest.fixture(scope="module")
def engine() -> DetectionEngine:
    return DetectionEngine(DetectorSettings())


def _found(engine: DetectionEngine, text: str) -> dict[str, str]:
    spec = DetectionSpec(entities=frozenset({"USERNAME", "PASSWORD", "SECRET", "IP_ADDRESS", "PERSON", "EMAIL_ADDRESS"}))
    return {text[s.start : s.end]: s.entity for s in engine.analyze([text], spec)[0]}


def test_net_use_password_before_or_after_the_user_switch() -> None:
    text = ("net use P: \\\\nas7.example.org\\Projects Gr4vel?x /user:LAB\\odile_kemp3\n"
            "NET USE Q: \"\\\\nas7.example.org\\Shared Docs\" /USER:LAB\\odile_kemp3 Plum-8812 /persistent:yes\n")
    assert _values(text, find_net_passwords(text)) == ["Gr4vel?x", "Plum-8812"]


def test_net_use_prompt_variables_and_deletes_give_no_password() -> None:
    text = ("net use P: \\\\nas7.example.org\\Projects * /user:odile\n"
            "net use Q: \\\\nas7.example.org\\Home %DRIVE_PW% /user:%USERNAME%\n"
            "net use P: /delete /y\n"
            "net use R: \\\\nas7.example.org\\Media /savecred && echo done > log.txt\n")
    assert list(find_net_passwords(text)) == []


def test_net_user_gives_the_account_and_its_password() -> None:
    text = "net user tbaxter77 Sandpiper#19 /add /domain\nnet user administrator /active:no\n"
    assert _values(text, find_net_passwords(text)) == ["Sandpiper#19"]
    assert _values(text, find_net_accounts(text)) == ["tbaxter77"]


def test_domain_login_is_the_part_after_the_backslash() -> None:
    text = "runas /user:LAB\\odile_kemp3 cmd\nlogon by LAB\\svc_backup\nAccount: LAB\\r.yates9 signed in\n"
    assert _values(text, find_domain_logins(text)) == ["odile_kemp3", "r.yates9"]


def test_paths_and_escapes_are_not_domain_logins() -> None:
    text = 'see C:\\Users\\Public\\notes.txt, \\\\srv01\\share\\jdoe and "FAILED\\nat step 3"'
    assert list(find_domain_logins(text)) == []


def test_the_domain_itself_is_not_reported_as_a_login(engine: DetectionEngine) -> None:
    found = _found(engine, "net use T: \\\\nas7.example.org\\Team /user:LAB\\odile_kemp3 Gr4vel?x\n")
    assert found.get("odile_kemp3") == "USERNAME" and found.get("Gr4vel?x") == "PASSWORD"
    assert "LAB" not in found


def test_markup_elements_named_for_a_login() -> None:
    text = ("<server><id>repo</id><username>wren.ashby</username><password>x</password></server>\n"
            "<server><username>build-bot</username></server><login>disabled</login>\n"
            "<wsse:Username>hkowal12</wsse:Username>\n")
    assert _values(text, find_element_logins(text)) == ["wren.ashby", "hkowal12"]


def test_secret_key_written_after_its_access_key_id(engine: DetectionEngine) -> None:
    secret = "Zx8cVb0nM1qW3eR5tY7uI9oP2aS4dF6gH8jK0l/+"
    found = _found(engine, f"$ s3tool host add archive https://s3.example.net AKIAQWERTY1234567890 {secret}\n")
    assert found.get(secret) == "SECRET"


def test_hex_after_an_access_key_id_is_no_secret(engine: DetectionEngine) -> None:
    digest = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b"
    assert digest not in _found(engine, f"AKIAQWERTY1234567890 {digest}\n")


def test_connection_string_options_end_the_password(engine: DetectionEngine) -> None:
    text = '"Cache": "cache9.example.net:6380,password=Hb4Jn8Mk2Lp6Qr0St5Vw9Xy3Za7Bc1De,ssl=True,abortConnect=False"'
    assert _found(engine, text).get("Hb4Jn8Mk2Lp6Qr0St5Vw9Xy3Za7Bc1De") == "SECRET"


def test_a_call_that_fetches_the_password_is_not_one(engine: DetectionEngine) -> None:
    assert is_call_opening("Sys.getenv(") and is_call_opening("getenv(")
    assert not is_call_opening("Word1234(")
    text = 'conn <- connect(host = "db9", password = Sys.getenv("APP_DB_PW"))'
    assert all(entity != "PASSWORD" for entity in _found(engine, text).values())


def test_repeats_of_a_found_credential_are_masked() -> None:
    text = "dav url /files/wren.ashby\nuser = wren.ashby\nhost wren.ashby.example.net wren.ashby42"
    first = text.index("user = ") + len("user = ")
    spans = [Span(first, first + len("wren.ashby"), "USERNAME", 0.8)]
    repeats = repeated_credentials(text, spans)
    assert [(text[s.start : s.end], s.start) for s in repeats] == [("wren.ashby", text.index("wren.ashby"))]


def test_short_values_do_not_spread() -> None:
    text = "pw abc\nabc def abc"
    assert repeated_credentials(text, [Span(3, 6, "PASSWORD", 0.85)]) == []


def test_access_log_line_quoted_in_a_comment(engine: DetectionEngine) -> None:
    text = ('# a request that failed:\n'
            '# 198.51.7.144 - wkessler [2026-02-03 10:11:12,000] "GET /api/items HTTP/1.1" 500 12\n')
    found = _found(engine, text)
    assert found.get("wkessler") == "USERNAME" and found.get("198.51.7.144") == "IP_ADDRESS"
