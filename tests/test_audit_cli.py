"""`gateway audit query|purge|report`: output formats and exit codes."""

from __future__ import annotations

import argparse
import csv
import io
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy.engine import Engine

from gateway.audit.cli import register
from gateway.audit.writer import write_batch
from tests.audit_fixtures import count_rows, make_record

NOW = datetime.now(UTC)


def run(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="gateway")
    register(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(argv)
    return int(args.func(args))


@pytest.fixture
def config(tmp_path: Path, db_url: str, engine: Engine) -> str:
    write_batch(engine, [
        make_record(f"req-{i}", created_at=NOW - timedelta(minutes=10 - i), team="alpha" if i < 3 else "beta",
                    detections={"EMAIL_ADDRESS": {"hash": 1}} if i % 2 else {})
        for i in range(5)
    ] + [make_record("expired", created_at=NOW - timedelta(days=20))], timedelta(days=14))
    path = tmp_path / "gateway.yaml"
    path.write_text(
        "regions:\n  us: {base_url: 'http://127.0.0.1:9/v1', api_key_env: NO_SUCH_KEY}\n"
        f"database_url: '{db_url}'\n"
    )
    return str(path)


def test_json_prints_one_array(config: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["audit", "query", "--config", config, "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert isinstance(rows, list)
    assert [r["request_id"] for r in rows] == [f"req-{i}" for i in range(5)]
    assert rows[1]["detections"] == {"EMAIL_ADDRESS": {"hash": 1}}


def test_json_of_nothing_is_an_empty_array(config: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["audit", "query", "--config", config, "--team", "nobody", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_jsonl_prints_one_object_per_line(config: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["audit", "query", "--config", config, "--team", "beta", "--format", "jsonl"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [json.loads(line)["request_id"] for line in lines] == ["req-3", "req-4"]


def test_csv_has_a_header_and_one_line_per_event(config: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["audit", "query", "--config", config, "--entity", "EMAIL_ADDRESS", "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [r["request_id"] for r in rows] == ["req-1", "req-3"]
    assert json.loads(rows[0]["detections"]) == {"EMAIL_ADDRESS": {"hash": 1}}


def test_table_and_limit(config: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["audit", "query", "--config", config, "--limit", "2"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split()[:2] == ["created_at", "request_id"]
    assert len(lines) == 3 and "req-1" in lines[2]


def test_bad_time_is_a_usage_error(config: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["audit", "query", "--config", config, "--since", "last tuesday"]) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and "since" in captured.err


def test_report_formats(config: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["audit", "report", "--config", config, "--by", "team", "--format", "json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["requests"] == [
        {"group": "alpha", "outcome": "forwarded", "count": 3},
        {"group": "beta", "outcome": "forwarded", "count": 2},
    ]
    assert run(["audit", "report", "--config", config, "--by", "entity", "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert {(r["kind"], r["group"], r["count"]) for r in rows} == {("requests", "EMAIL_ADDRESS", "2"), ("detections", "EMAIL_ADDRESS", "2")}


def test_purge_prints_rows_deleted_and_leaves_an_admin_event(config: str, engine: Engine, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["audit", "purge", "--config", config]) == 0
    assert capsys.readouterr().out.strip() == "1"
    assert count_rows(engine, "audit_events") == 5
    assert count_rows(engine, "admin_events") == 1  # audit_purged, with counts only
    assert run(["audit", "purge", "--config", config]) == 0
    assert capsys.readouterr().out.strip() == "0"


def test_missing_config_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["audit", "purge", "--config", str(tmp_path / "absent.yaml")]) == 2
    assert "absent.yaml" in capsys.readouterr().err


def test_endpoint_filter_and_report_by_endpoint(config: str, engine: Engine, capsys: pytest.CaptureFixture[str]) -> None:
    write_batch(engine, [
        make_record("emb-1", created_at=NOW - timedelta(minutes=2), endpoint="/v1/embeddings"),
        make_record("emb-2", created_at=NOW - timedelta(minutes=1), endpoint="/v1/embeddings", outcome="blocked"),
        make_record("msg-1", created_at=NOW - timedelta(minutes=1), endpoint="/anthropic/v1/messages"),
    ], timedelta(days=14))
    assert run(["audit", "query", "--config", config, "--endpoint", "/v1/embeddings", "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [r["request_id"] for r in rows] == ["emb-1", "emb-2"] and rows[0]["endpoint"] == "/v1/embeddings"
    assert run(["audit", "report", "--config", config, "--by", "endpoint", "--format", "json"]) == 0
    counts = {(r["group"], r["outcome"]): r["count"] for r in json.loads(capsys.readouterr().out)["requests"]}
    assert counts[("/v1/embeddings", "forwarded")] == 1 and counts[("/v1/embeddings", "blocked")] == 1
    assert counts[("/anthropic/v1/messages", "forwarded")] == 1 and counts[(None, "forwarded")] == 5
    assert run(["audit", "report", "--config", config, "--endpoint", "/v1/embeddings", "--format", "json"]) == 0
    assert sum(r["count"] for r in json.loads(capsys.readouterr().out)["requests"]) == 2
