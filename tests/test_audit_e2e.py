"""The audit trail through the running gateway: one row per request, whatever the outcome, and a
planted canary never reaches the audit store, the logs or the metrics.

Uses the lead's session `gateway` (SQLite, fake upstreams over HTTP). All PII here is synthetic.
"""

from __future__ import annotations

import time
import uuid
from pathlib import Path

import httpx
import pytest
import sqlalchemy as sa
import structlog
from sqlalchemy.engine import make_url

from tests.audit_fixtures import temporary_postgres_database
from tests.gateway_fixtures import TEAMS, RunningGateway, Upstreams, rows_for, start_gateway

ECHO = "hf:test/echo"
CANARY = f"zqx{uuid.uuid4().hex[:16]}"  # unique, so a match can only be a leak
CANARY_EMAIL = f"{CANARY}@example.com"
CARD = "4111 1111 1111 1111"  # a test card number
SSN = "536-22-8147"  # synthetic


def chat(model: str = ECHO, text: str = f"Write to {CANARY_EMAIL} about {CANARY}.", **extra: object) -> dict[str, object]:
    return {"model": model, "messages": [{"role": "user", "content": text}], **extra}


CASES = [
    # (team or None for no key, body or raw bytes, expected outcome, expected status)
    ("us-team", chat(), "forwarded", 200),
    ("us-team", chat(stream=True), "forwarded", 200),
    ("us-blocker", chat(text=f"Card {CARD} for {CANARY}"), "blocked", 400),
    ("llama-only", chat(model=f"hf:{CANARY}/not-allowed"), "rejected", 403),  # free text never recorded
    ("us-team", b'{"model": "' + CANARY.encode() + b'", "messages": [', "rejected", 400),
    (None, chat(), "rejected", 401),
    ("us-team", chat(model="hf:test/error-500"), "upstream_error", None),  # any 5xx
]


@pytest.fixture(scope="module")
def postgres_gateway(upstreams: Upstreams, tmp_path_factory: pytest.TempPathFactory):
    """The same gateway as the session one, but with its keys and audit trail on PostgreSQL."""
    with temporary_postgres_database("gw_e2e") as url:
        gw = start_gateway(tmp_path_factory.mktemp("pg"), {"us": upstreams.url("us"), "eu": upstreams.url("eu")},
                           TEAMS, database_url=url)
        try:
            yield gw
        finally:
            gw.stop()


@pytest.fixture(params=["sqlite", "postgres"])
def any_gateway(request: pytest.FixtureRequest) -> RunningGateway:
    return request.getfixturevalue("gateway" if request.param == "sqlite" else "postgres_gateway")


@pytest.mark.parametrize(("team", "body", "outcome", "status"), CASES)
def test_every_request_leaves_exactly_one_row(any_gateway: RunningGateway, clean: Upstreams, team: str | None,
                                              body: object, outcome: str, status: int | None) -> None:
    response = any_gateway.post(team, body)
    assert response.status_code == status if status else response.status_code >= 500
    rows = rows_for(any_gateway, response.headers["x-request-id"])
    assert len(rows) == 1
    row = rows[0]._mapping
    assert row["outcome"] == outcome and row["status"] == response.status_code
    assert row["team"] == team and (team is None or row["key_id"])
    assert row["expires_at"] > row["created_at"]


def test_unknown_paths_are_audited_too(gateway: RunningGateway) -> None:
    response = httpx.get(gateway.url + "/v1/no-such-thing", timeout=10)
    assert response.status_code == 404
    assert len(rows_for(gateway, response.headers["x-request-id"])) == 1


def test_blocked_request_records_counts_not_values(gateway: RunningGateway, clean: Upstreams) -> None:
    response = gateway.post("us-blocker", chat(text=f"Card {CARD}, SSN {SSN}"))
    (row,) = rows_for(gateway, response.headers["x-request-id"])
    detections = row._mapping["detections"]
    detections = detections if isinstance(detections, dict) else __import__("json").loads(detections)
    assert detections.get("CREDIT_CARD", {}).get("block", 0) >= 1


def test_auditor_endpoints_through_the_gateway(gateway: RunningGateway) -> None:
    sent = gateway.post("eu-team", chat())
    rows_for(gateway, sent.headers["x-request-id"])
    auditor = {"authorization": f"Bearer {gateway.keys['compliance']}"}
    client = {"authorization": f"Bearer {gateway.keys['eu-team']}"}
    assert httpx.get(gateway.v1 + "/audit/events", headers=client, timeout=10).status_code == 403
    page = httpx.get(gateway.v1 + "/audit/events", params={"team": "eu-team", "limit": 1000}, headers=auditor, timeout=10)
    assert page.status_code == 200
    assert sent.headers["x-request-id"] in {e["request_id"] for e in page.json()["data"]}
    summary = httpx.get(gateway.v1 + "/audit/summary", params={"by": "team"}, headers=auditor, timeout=10)
    assert summary.status_code == 200 and any(r["group"] == "eu-team" for r in summary.json()["requests"])


def test_canary_never_reaches_the_audit_store_logs_or_metrics(any_gateway: RunningGateway, clean: Upstreams) -> None:
    gateway = any_gateway
    with structlog.testing.capture_logs() as logs:
        ids = []
        for team, body, _, _ in CASES:
            ids.append(gateway.post(team, body).headers["x-request-id"])
        for request_id in ids:
            rows_for(gateway, request_id, timeout_s=10)
    secrets = (CANARY, CARD, CARD.replace(" ", ""), SSN)

    engine = gateway.services.db_engine
    with engine.connect() as conn:
        for table in ("audit_events", "audit_detections", "admin_events", "api_keys"):
            dump = repr(conn.execute(sa.text(f"SELECT * FROM {table}")).all())
            assert not any(s in dump for s in secrets), table
    url = make_url(gateway.services.cfg.database_url)
    db_path = Path(url.database or "") if url.get_backend_name() == "sqlite" else None
    for file in [db_path, *db_path.parent.glob(db_path.name + "-*")] if db_path else []:  # the database, WAL, SHM
        raw = file.read_bytes()
        assert not any(s.encode() in raw for s in secrets), file.name

    assert logs, "the gateway's log events were not captured"
    assert not any(s in repr(logs) for s in secrets)
    metrics = httpx.get(gateway.url + "/metrics", timeout=10).text
    assert not any(s in metrics for s in secrets)
    # The canary did reach the gateway and was forwarded in the allowed request: the test can fail.
    assert any(CANARY in repr(b) for b in clean.chat_bodies("us"))
