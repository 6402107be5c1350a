"""The dashboard in a real headless Chromium, against a gateway served by uvicorn and fake upstreams.

Requests with planted synthetic PII go through the gateway first; then an auditor logs in, sees them
in the charts and tables, filters by team, downloads a CSV and logs out. The page's HTML, the JSON
it loads and the downloads must not contain any of the planted values. A screenshot is written to
test-artifacts/dashboard.png. Chromium (Debian's package) is required: without it these tests fail.
"""

from __future__ import annotations

import csv
import html
import io
import os
import re
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.gateway_fixtures import ROOT, RunningGateway, Upstreams, rows_for

CHROMIUM = os.environ.get("GATEWAY_TEST_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
ARTIFACTS = ROOT / "test-artifacts"
ECHO = "hf:test/echo"
TAG = uuid.uuid4().hex[:10]
PII = {
    "name": f"Marjorie Quillfeather{TAG[:3]}",
    "email": f"marjorie.{TAG}@example.org",
    "card": "4111 1111 1111 1111",
    "phone": "+1 415 555 0199",
}


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not Path(CHROMIUM).exists():
        pytest.fail(f"Chromium is required for the dashboard tests: {CHROMIUM} is missing (scripts/test installs it)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield browser
        browser.close()


def chat(text: str) -> dict[str, Any]:
    return {"model": ECHO, "messages": [{"role": "user", "content": text}]}


@pytest.fixture(scope="module")
def traffic(gateway: RunningGateway, upstreams: Upstreams) -> dict[str, str]:
    """Requests through the gateway a moment before the auditor looks: request id by label."""
    sent = {
        "eu_forwarded": gateway.post("eu-team", chat(f"Hi, I am {PII['name']}, mail {PII['email']}.")),
        "us_forwarded": gateway.post("us-team", chat(f"Call {PII['name']} on {PII['phone']}.")),
        "us_blocked": gateway.post("us-blocker", chat(f"Charge card {PII['card']} for {PII['name']}.")),
        "us_blocked_2": gateway.post("us-blocker", chat(f"Card {PII['card']}, e-mail {PII['email']}.")),
    }
    assert [r.status_code for r in sent.values()] == [200, 200, 400, 400]
    ids = {label: r.headers["x-request-id"] for label, r in sent.items()}
    for request_id in ids.values():
        assert rows_for(gateway, request_id)
    return ids


def assert_no_pii(text: str, where: str) -> None:
    lowered = text.lower()
    for kind, value in PII.items():
        assert value.lower() not in lowered, f"{kind} leaked into {where}"
    assert PII["card"].replace(" ", "") not in text and TAG not in text, where


def login(page: Any, gateway: RunningGateway, key: str) -> None:
    page.goto(gateway.url + "/dashboard")
    page.get_by_label("Auditor API key").fill(key)
    page.get_by_role("button", name="Log in").click()


def test_client_key_is_refused(browser: Any, gateway: RunningGateway) -> None:
    context = browser.new_context()
    page = context.new_page()
    login(page, gateway, gateway.keys["eu-team"])
    assert "client keys are refused" in page.locator(".error").inner_text()
    assert not [c for c in context.cookies() if c["name"] == "gateway_dashboard"]
    assert page.locator("#charts").count() == 0
    login(page, gateway, "sgw_nope_not-a-real-key")
    assert "not valid" in page.locator(".error").inner_text()
    context.close()


def test_auditor_sees_filters_downloads_and_logs_out(browser: Any, gateway: RunningGateway, traffic: dict[str, str]) -> None:
    context = browser.new_context(accept_downloads=True, viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    loaded_json: list[str] = []
    page.on("response", lambda r: loaded_json.append(r.text()) if "/dashboard/data.json" in r.url else None)
    login(page, gateway, gateway.keys["compliance"])

    # The session cookie: HttpOnly, SameSite=Strict, and it does not contain the key.
    (cookie,) = [c for c in context.cookies() if c["name"] == "gateway_dashboard"]
    assert cookie["httpOnly"] and cookie["sameSite"] == "Strict"
    assert gateway.keys["compliance"].split("_", 2)[2] not in cookie["value"]

    page.wait_for_selector("#charts[data-loaded='true']", timeout=15_000)
    for chart in ("days", "traffic", "detections", "refusals", "latency"):
        assert page.locator(f"#chart-{chart}").get_attribute("data-drawn") == "true"
        box = page.locator(f"#chart-{chart}").bounding_box()
        assert box and box["width"] > 100 and box["height"] > 100
    events = page.locator("#table-events").inner_text()
    assert all(request_id in events for request_id in traffic.values())
    assert "CREDIT_CARD" in page.locator("#table-detections").inner_text()
    assert "Blocked by policy" in page.locator("#table-refusals").inner_text()
    traffic_table = page.locator("#table-traffic").inner_text()
    assert "eu-team" in traffic_table and "us-blocker" in traffic_table
    assert int(page.locator("#total-requests").inner_text()) >= 4
    assert_no_pii(page.content(), "the dashboard HTML")

    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "dashboard.png"), full_page=True)

    # Filter by team: the form is a plain GET form.
    page.get_by_label("Team", exact=True).select_option("us-blocker")
    page.get_by_role("button", name="Apply").click()
    page.wait_for_selector("#charts[data-loaded='true']", timeout=15_000)
    assert "team=us-blocker" in page.url
    rows = page.locator("#table-events tbody tr")
    assert rows.count() >= 2
    assert {rows.nth(i).locator("td").nth(2).inner_text() for i in range(rows.count())} == {"us-blocker"}
    events = page.locator("#table-events").inner_text()
    assert traffic["us_blocked"] in events and traffic["eu_forwarded"] not in events
    assert "eu-team" not in page.locator("#table-traffic").inner_text()
    assert_no_pii(page.content(), "the filtered dashboard HTML")
    page.screenshot(path=str(ARTIFACTS / "dashboard-filtered.png"), full_page=True)

    # Download the CSV of the current filter.
    with page.expect_download() as info:
        page.locator("#download-csv").click()
    data = Path(info.value.path()).read_text(encoding="utf-8")
    assert_no_pii(data, "the CSV download")
    records = list(csv.DictReader(io.StringIO(data)))
    assert {r["team"] for r in records} == {"us-blocker"}
    assert {traffic["us_blocked"], traffic["us_blocked_2"]} <= {r["request_id"] for r in records}
    assert all(r["endpoint"] == "/v1/chat/completions" for r in records if r["request_id"] in traffic.values())
    jsonl = context.request.get(gateway.url + "/dashboard/export.jsonl?team=us-blocker").text()
    assert traffic["us_blocked"] in jsonl
    assert_no_pii(jsonl, "the JSONL download")

    assert loaded_json and all(traffic["us_blocked"] not in j for j in loaded_json)  # aggregates, not rows
    for body in loaded_json:
        assert_no_pii(body, "data.json")

    # Log out (a POST form); the old cookie is then refused by the server, not just forgotten.
    page.get_by_role("button", name="Log out").click()
    page.wait_for_selector("#key")
    assert not [c for c in context.cookies() if c["name"] == "gateway_dashboard"]
    stolen = httpx.get(gateway.url + "/dashboard/data.json", cookies={"gateway_dashboard": cookie["value"]}, timeout=10)
    assert stolen.status_code == 401
    context.close()


def test_revoking_the_key_ends_the_session_at_once(gateway: RunningGateway) -> None:
    key_id, key = gateway.services.keys.create("compliance", "auditor")
    client = httpx.Client(base_url=gateway.url, timeout=10, follow_redirects=False)
    login = client.post("/dashboard/login", data={"key": key})
    assert login.status_code == 303 and "gateway_dashboard" in login.cookies
    assert client.get("/dashboard/data.json").status_code == 200
    gateway.services.keys.revoke(key_id)
    assert client.get("/dashboard/data.json").status_code == 401
    page = client.get("/dashboard")
    assert page.status_code == 200 and 'id="key"' in page.text
    client.close()


def test_logins_are_admin_events(gateway: RunningGateway) -> None:
    import sqlalchemy as sa

    key_id, key = gateway.services.keys.create("compliance", "auditor")
    httpx.post(gateway.url + "/dashboard/login", data={"key": key}, timeout=10)
    httpx.post(gateway.url + "/dashboard/login", data={"key": key + "x"}, timeout=10)
    import time

    deadline = time.monotonic() + 10
    while True:
        with gateway.services.db_engine.connect() as conn:
            rows = conn.execute(sa.text("SELECT action, key_id, detail FROM admin_events WHERE action LIKE 'dashboard_login%'")).all()
        if (("dashboard_login", key_id, None) in [tuple(r) for r in rows] and any(r.action == "dashboard_login_failed" for r in rows)) \
                or time.monotonic() > deadline:
            break
        time.sleep(0.1)
    assert ("dashboard_login", key_id, None) in [tuple(r) for r in rows]
    assert any(r.action == "dashboard_login_failed" and r.detail == "reason=invalid_key" for r in rows)
    assert key.split("_", 2)[2] not in repr(rows)


def test_cross_site_posts_and_missing_csrf_are_refused(gateway: RunningGateway) -> None:
    key = gateway.keys["compliance"]
    evil = httpx.post(gateway.url + "/dashboard/login", data={"key": key}, headers={"origin": "https://evil.example"},
                      timeout=10)
    assert evil.status_code == 403 and "gateway_dashboard" not in evil.cookies
    client = httpx.Client(base_url=gateway.url, timeout=10)
    client.post("/dashboard/login", data={"key": key})
    refused = client.post("/dashboard/logout", data={"csrf": "forged"}, follow_redirects=False)
    assert refused.status_code == 403
    assert client.get("/dashboard/data.json").status_code == 200  # still logged in
    client.close()


def test_recent_events_page_with_the_keyset_cursor(gateway: RunningGateway) -> None:
    from datetime import UTC, datetime, timedelta

    from gateway.audit.writer import write_batch
    from tests.audit_fixtures import make_record

    now = datetime.now(UTC)
    team = f"paging-{TAG}"
    write_batch(gateway.services.db_engine, [
        make_record(f"page-{TAG}-{i:02d}", created_at=now - timedelta(seconds=60 - i), team=team) for i in range(60)
    ], timedelta(days=14))
    client = httpx.Client(base_url=gateway.url, timeout=10)
    client.post("/dashboard/login", data={"key": gateway.keys["compliance"]})
    first = client.get("/dashboard", params={"team": team}).text
    assert first.count(f"page-{TAG}-") == 50 and f"page-{TAG}-59" in first and f"page-{TAG}-09" not in first
    next_link = re.search(r'id="next-page" href="([^"]+)"', first)
    assert next_link
    second = client.get(html.unescape(next_link.group(1))).text
    assert second.count(f"page-{TAG}-") == 10 and f"page-{TAG}-09" in second and 'id="next-page"' not in second
    client.close()


def test_keyboard_only_login_and_logout(browser: Any, gateway: RunningGateway) -> None:
    context = browser.new_context()
    page = context.new_page()
    page.goto(gateway.url + "/dashboard")

    def tab_to(element_id: str) -> None:
        for _ in range(15):
            page.keyboard.press("Tab")
            if page.evaluate("document.activeElement && document.activeElement.id") == element_id:
                return
        raise AssertionError(f"#{element_id} is not reachable with the keyboard")

    tab_to("key")
    page.keyboard.type(gateway.keys["compliance"])
    page.keyboard.press("Enter")
    page.wait_for_selector("#charts")
    tab_to("logout")
    page.keyboard.press("Enter")
    page.wait_for_selector("#key")
    assert page.locator("#charts").count() == 0
    context.close()
