"""Policy files: validation with file:field: reason, merging, version hashes, the CLI check."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from gateway.cli import main
from gateway.policy import PolicyError, PolicyStore, check_dir, load_team

ROOT = Path(__file__).resolve().parent.parent


def write(d: Path, name: str, data) -> Path:
    p = d / f"{name}.yaml"
    p.write_text(data if isinstance(data, str) else yaml.safe_dump(data))
    return p


def test_shipped_policies_are_valid():
    assert check_dir(ROOT / "policies") == []
    default = load_team(ROOT / "policies", "default")
    assert default.policy.region == "eu"
    for entity in ("PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "STREET_ADDRESS", "IP_ADDRESS"):
        assert default.action_for(entity) == "pseudonymize"
    for entity in ("CREDIT_CARD", "IBAN_CODE", "US_SSN", "DE_TAX_ID", "UK_NINO"):
        assert default.action_for(entity) == "redact"


@pytest.mark.parametrize("data,field", [
    ({"region": "mars"}, "region"),
    ({"region": "us", "pii": {"default_action": "shred"}}, "pii.default_action"),
    ({"region": "us", "pii": {"entities": {"FAVOURITE_COLOUR": "redact"}}}, "pii.entities"),
    ({"region": "us", "pii": {"recognizers": [{"entity": "X_ID", "regex": "(a+)\\1"}]}}, "pii.recognizers.0.regex"),
    ({"region": "us", "pii": {"recognizers": [{"entity": "X_ID", "regex": "("}]}}, "pii.recognizers.0.regex"),
    ({"region": "us", "surprise": 1}, "surprise"),
])
def test_invalid_policies_name_file_and_field(tmp_path: Path, data, field):
    write(tmp_path, "default", {"region": "eu"})
    path = write(tmp_path, "team-a", data)
    with pytest.raises(PolicyError) as info:
        load_team(tmp_path, "team-a")
    assert f"{path}:{field}" in str(info.value)


def test_error_messages_do_not_echo_values(tmp_path: Path):
    write(tmp_path, "default", {"region": "eu"})
    write(tmp_path, "t", {"region": "us", "pii": {"deny": "SecretProjectName"}})
    with pytest.raises(PolicyError) as info:
        load_team(tmp_path, "t")
    assert "SecretProjectName" not in str(info.value)


def test_team_overrides_default_and_version_changes(tmp_path: Path):
    write(tmp_path, "default", {"region": "eu", "pii": {"default_action": "redact", "allow": ["X"]}})
    write(tmp_path, "t", {"region": "us", "pii": {"entities": {"EMAIL_ADDRESS": "block"}}})
    loaded = load_team(tmp_path, "t")
    assert loaded.policy.region == "us"
    assert loaded.policy.pii.allow == ["X"]  # inherited
    assert loaded.action_for("EMAIL_ADDRESS") == "block"
    assert loaded.action_for("PERSON") == "redact"
    v1 = loaded.version
    assert load_team(tmp_path, "t").version == v1  # stable
    write(tmp_path, "t", {"region": "us", "pii": {"entities": {"EMAIL_ADDRESS": "mask"}}})
    assert load_team(tmp_path, "t").version != v1


def test_allow_action_is_not_scanned(tmp_path: Path):
    write(tmp_path, "default", {"region": "eu", "pii": {"entities": {"PERSON": "allow"}}})
    assert "PERSON" not in load_team(tmp_path, "default").spec.entities


def test_store_keeps_last_good(tmp_path: Path):
    write(tmp_path, "default", {"region": "eu"})
    write(tmp_path, "t", {"region": "us"})
    events = []
    store = PolicyStore(tmp_path, check_interval_s=0, on_event=lambda *a: events.append(a[0]))
    good = store.get("t")
    import os, time
    write(tmp_path, "t", "region: [broken")
    os.utime(tmp_path / "t.yaml", (time.time() + 5, time.time() + 5))
    assert store.get("t") is good
    assert events == ["policy_loaded", "policy_rejected"]
    with pytest.raises(PolicyError):
        store.get("nobody")


def test_policy_check_cli(tmp_path: Path, capsys):
    write(tmp_path, "default", {"region": "eu"})
    write(tmp_path, "ok", {"region": "us"})
    assert main(["policy", "check", str(tmp_path)]) == 0
    write(tmp_path, "bad", {"region": "us", "models": "hf:*"})
    assert main(["policy", "check", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert f"{tmp_path / 'bad.yaml'}:models:" in err
