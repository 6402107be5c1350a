"""Configuration loading and API keys."""

from __future__ import annotations

from pathlib import Path

import pytest

from gateway.cli import main
from gateway.config import ConfigError, load_config
from gateway.db import make_engine, migrate
from gateway.keys import KeyStore


def test_env_overrides_and_clear_errors(tmp_path: Path):
    p = tmp_path / "g.yaml"
    p.write_text("regions:\n  us: {base_url: 'http://127.0.0.1:1/v1', api_key_env: K}\naudit: {retention_days: 14}\n")
    cfg = load_config(p, {"GATEWAY_AUDIT__RETENTION_DAYS": "7", "GATEWAY_REGIONS__US__BASE_URL": "https://x.test/v1"})
    assert cfg.audit.retention_days == 7
    assert cfg.regions["us"].base_url == "https://x.test/v1"
    with pytest.raises(ConfigError) as info:
        load_config(p, {"GATEWAY_AUDIT__RETENTION_DAYS": "-3"})
    assert f"{p}:audit.retention_days:" in str(info.value)
    p.write_text("regions:\n  mars: {base_url: 'ftp://x', api_key_env: K}\n")
    with pytest.raises(ConfigError) as info:
        load_config(p, {})
    assert "regions.mars" in str(info.value)


def test_keys_hash_only_and_constant_time_verify(tmp_path: Path):
    url = f"sqlite:///{tmp_path / 'k.db'}"
    migrate(url)
    engine = make_engine(url)
    store = KeyStore(engine, b"secret-a", cache_ttl_s=0)
    key_id, key = store.create("team-x", "auditor")
    principal = store.verify(key)
    assert principal and principal.team == "team-x" and principal.role == "auditor"
    assert key.split("_", 2)[2] not in (tmp_path / "k.db").read_bytes().decode("latin-1")
    assert KeyStore(engine, b"other-secret").verify(key) is None  # keyed hash
    assert store.verify(key[:-1] + ("A" if key[-1] != "A" else "B")) is None
    assert store.revoke(key_id) and store.verify(key) is None


def test_keys_cli_prints_key_last(tmp_path: Path, capsys, monkeypatch):
    cfg = tmp_path / "g.yaml"
    (tmp_path / "policies").mkdir()
    (tmp_path / "policies" / "default.yaml").write_text("region: eu\n")
    (tmp_path / "policies" / "ops.yaml").write_text("region: us\n")
    cfg.write_text("regions:\n  us: {base_url: 'http://127.0.0.1:1/v1', api_key_env: K}\ndatabase_url: sqlite:///k.db\n")
    monkeypatch.setenv("GATEWAY_SECRET", "cli-test-secret")
    assert main(["keys", "create", "--team", "ops", "--config", str(cfg)]) == 0
    key = capsys.readouterr().out.strip().splitlines()[-1]
    assert key.startswith("sgw_")
    assert main(["keys", "list", "--config", str(cfg)]) == 0
    listing = capsys.readouterr().out
    key_id = key.split("_")[1]
    assert key_id in listing and key not in listing
    assert main(["keys", "revoke", key_id, "--config", str(cfg)]) == 0
    import sqlalchemy as sa

    engine = make_engine(f"sqlite:///{tmp_path / 'k.db'}")
    with engine.connect() as conn:
        events = conn.execute(sa.text("SELECT action, key_id FROM admin_events ORDER BY created_at")).all()
    assert [tuple(e) for e in events] == [("key_created", key_id), ("key_revoked", key_id)]
