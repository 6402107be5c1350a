"""`/v1/completions` and `/v1/embeddings` through the gateway with the real `openai` SDK."""

from __future__ import annotations

import json
import time

import httpx
import openai
import pytest
import sqlalchemy as sa

from tests.gateway_fixtures import RunningGateway, Upstreams, rows_for

NAME, EMAIL = "Zebulon Quackenbush", "zebulon.quackenbush@example.com"
PROMPT = f"Reply to {NAME} at {EMAIL}:"


def sent(upstreams: Upstreams, path: str, region: str = "eu") -> list[dict]:
    return [r for r in upstreams.received(region) if r["path"] == path]


@pytest.mark.parametrize("stream", [False, True])
def test_completions_redact_and_restore(gateway: RunningGateway, clean: Upstreams, stream: bool) -> None:
    c = gateway.openai("eu-team")
    if stream:
        text = "".join(chunk.choices[0].text for chunk in c.completions.create(model="hf:test/echo", prompt=PROMPT, stream=True)
                       if chunk.choices)
    else:
        text = c.completions.create(model="hf:test/echo", prompt=[PROMPT]).choices[0].text
    (record,) = sent(clean, "/completions")
    assert "Quackenbush" not in record["raw"].decode() and "quackenbush" not in record["raw"].decode()
    assert text == PROMPT
    assert not clean.received("us")
    query = sa.text("SELECT region FROM audit_events WHERE endpoint = '/v1/completions' AND stream = :s")
    deadline = time.monotonic() + 10
    while True:  # the audit writer flushes in the background
        with gateway.services.db_engine.connect() as conn:
            regions = conn.execute(query, {"s": stream}).scalars().all()
        if regions or time.monotonic() > deadline:
            break
        time.sleep(0.1)
    assert regions and set(regions) == {"eu"}


def test_completions_refuse_token_id_prompts(gateway: RunningGateway, clean: Upstreams) -> None:
    with pytest.raises(openai.BadRequestError):
        gateway.openai("eu-team").completions.create(model="hf:test/echo", prompt=[[1, 2, 3]])
    assert not clean.received("eu")


@pytest.mark.parametrize("tokens,expected", [("eu-team", "<PERSON>"), ("pseudonym-embeds", "<PERSON_1>")])
def test_embeddings_get_redacted_input(upstreams: Upstreams, gateway: RunningGateway, clean: Upstreams, tmp_path,  # type: ignore[no-untyped-def]
                                       tokens: str, expected: str) -> None:
    if tokens == "pseudonym-embeds":
        (gateway.policies_dir / "pseudonym-embeds.yaml").write_text("region: eu\npii: {embedding_tokens: pseudonym}\n")
        gateway.keys[tokens] = gateway.services.keys.create(tokens, "client")[1]
    result = gateway.openai(tokens).embeddings.create(model="hf:test/embed", input=[PROMPT, "plain text"])
    assert len(result.data) == 2 and result.data[0].embedding
    (record,) = sent(clean, "/embeddings")
    forwarded = record["body"]["input"]
    assert "Quackenbush" not in json.dumps(forwarded) and expected in forwarded[0]
    assert forwarded[1] == "plain text"


def test_endpoint_is_recorded_and_bad_input_is_refused(gateway: RunningGateway, clean: Upstreams) -> None:
    r = httpx.post(gateway.v1 + "/embeddings", json={"model": "hf:test/embed", "input": 42},
                   headers={"authorization": f"Bearer {gateway.keys['eu-team']}"})
    assert r.status_code == 400 and r.json()["error"]["param"] == "input"
    assert not clean.received("eu")
    ok = httpx.post(gateway.v1 + "/embeddings", json={"model": "hf:test/embed", "input": "hello"},
                    headers={"authorization": f"Bearer {gateway.keys['eu-team']}"})
    row = rows_for(gateway, ok.headers["x-request-id"])[0]
    assert row.outcome == "forwarded" and row.region == "eu" and row.endpoint == "/v1/embeddings"
