"""GET /v1/audit/events and /v1/audit/summary: auditors only, cursor paging, OpenAI-shaped errors."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy.engine import Engine
from starlette.applications import Starlette
from starlette.routing import Route
from starlette.testclient import TestClient

from gateway.audit.http import audit_events, audit_summary
from gateway.keys import Principal
from gateway.audit.writer import write_batch
from tests.audit_fixtures import make_record

NOW = datetime.now(UTC)


def with_principal(endpoint):  # type: ignore[no-untyped-def]
    """Stands in for the gateway's auth: the x-test-role header picks the principal's role."""

    async def run(request):  # type: ignore[no-untyped-def]
        principal = Principal(key_id="k_test0001", team="alpha", role=request.headers.get("x-test-role", "client"))
        return await endpoint(request, principal)

    return run


@pytest.fixture
def client(engine: Engine) -> Iterator[TestClient]:
    write_batch(engine, [
        make_record(f"req-{i:02d}", created_at=NOW - timedelta(minutes=30 - i), team="alpha" if i % 2 else "beta",
                    detections={"PHONE_NUMBER": {"mask": 1}} if i % 3 == 0 else {})
        for i in range(12)
    ], timedelta(days=14))
    app = Starlette(routes=[Route("/v1/audit/events", with_principal(audit_events)),
                            Route("/v1/audit/summary", with_principal(audit_summary))])
    app.state.db_engine = engine
    with TestClient(app) as test_client:
        yield test_client


AUDITOR = {"x-test-role": "auditor"}


@pytest.mark.parametrize("path", ["/v1/audit/events", "/v1/audit/summary"])
def test_client_role_is_refused(client: TestClient, path: str) -> None:
    response = client.get(path, headers={"x-test-role": "client"})
    assert response.status_code == 403
    error = response.json()["error"]
    assert error["type"] == "permission_error" and error["code"] == "forbidden"


def test_auditor_pages_through_all_teams_with_the_cursor(client: TestClient) -> None:
    seen: list[str] = []
    params: dict[str, str] = {"limit": "5"}
    pages = 0
    while True:
        body = client.get("/v1/audit/events", params=params, headers=AUDITOR).json()
        assert body["object"] == "list"
        seen += [e["request_id"] for e in body["data"]]
        pages += 1
        if body["next_cursor"] is None:
            break
        params["cursor"] = body["next_cursor"]
    assert seen == [f"req-{i:02d}" for i in range(12)] and pages == 3


def test_filters_are_query_parameters(client: TestClient) -> None:
    body = client.get("/v1/audit/events", params={"team": "alpha", "entity": "PHONE_NUMBER"}, headers=AUDITOR).json()
    assert [e["request_id"] for e in body["data"]] == ["req-03", "req-09"]
    assert body["data"][0]["detections"] == {"PHONE_NUMBER": {"mask": 1}}
    assert isinstance(body["data"][0]["created_at"], str)


@pytest.mark.parametrize("params", [{"since": "not-a-date"}, {"limit": "1001"}, {"limit": "x"}, {"cursor": "!!"}, {"outcome": "nope"}])
def test_bad_event_parameters_are_400(client: TestClient, params: dict[str, str]) -> None:
    response = client.get("/v1/audit/events", params=params, headers=AUDITOR)
    assert response.status_code == 400
    error = response.json()["error"]
    assert error["type"] == "invalid_request_error" and error["param"] == next(iter(params))


def test_summary(client: TestClient) -> None:
    body = client.get("/v1/audit/summary", params={"by": "team"}, headers=AUDITOR).json()
    assert {(r["group"], r["count"]) for r in body["requests"]} == {("alpha", 6), ("beta", 6)}
    assert {(d["group"], d["count"]) for d in body["detections"]} == {("alpha", 2), ("beta", 2)}
    response = client.get("/v1/audit/summary", params={"by": "month"}, headers=AUDITOR)
    assert response.status_code == 400 and response.json()["error"]["param"] == "by"


def test_endpoint_filter_on_events_and_summary(client: TestClient, engine: Engine) -> None:
    write_batch(engine, [make_record("emb-1", created_at=NOW - timedelta(minutes=1), endpoint="/v1/embeddings")],
                timedelta(days=14))
    body = client.get("/v1/audit/events", params={"endpoint": "/v1/embeddings"}, headers=AUDITOR).json()
    assert [e["request_id"] for e in body["data"]] == ["emb-1"] and body["data"][0]["endpoint"] == "/v1/embeddings"
    summary = client.get("/v1/audit/summary", params={"by": "endpoint", "endpoint": "/v1/embeddings"}, headers=AUDITOR).json()
    assert summary["requests"] == [{"group": "/v1/embeddings", "outcome": "forwarded", "count": 1}]
