"""Property and fuzz tests of total inspection, through the HTTP gateway.

1. Random chat bodies carry a canary (an e-mail or a card number, as a string, a key or a number) at
   a random path (known field or not, any depth); the fake upstream's received bytes never contain it.
2. At least 10,000 random and mutated bodies: never a 500, and nothing refused is forwarded.
"""

from __future__ import annotations

import json
import random
import string
from typing import Any, Callable

import httpx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.gateway_fixtures import RunningGateway, Upstreams

EMAIL, CARD = "zebulon.quackenbush@example.com", "4929381332664295"
MARKERS = ("quackenbush", CARD)
WORDS = st.text(alphabet=string.ascii_letters + " ", min_size=1, max_size=12)
LEAVES = st.one_of(WORDS, st.integers(-1000, 1000), st.booleans(), st.none())
JSON = st.recursive(LEAVES, lambda inner: st.one_of(
    st.lists(inner, max_size=3), st.dictionaries(st.text(string.ascii_lowercase, min_size=1, max_size=6), inner, max_size=3)),
    max_leaves=8)


@st.composite
def canary_tree(draw: st.DrawFn) -> Any:
    """A JSON value with the canary somewhere inside: as a string, inside text, as a key, or as a number."""
    form = draw(st.sampled_from(["string", "in text", "key", "number", "card string"]))
    leaf: Any = {
        "string": EMAIL, "in text": f"please write to {EMAIL} today", "number": int(CARD),
        "card string": f"card {CARD[:4]} {CARD[4:8]} {CARD[8:12]} {CARD[12:]}", "key": None,
    }[form]
    node: Any = {EMAIL: draw(JSON)} if form == "key" else leaf
    for _ in range(draw(st.integers(0, 6))):  # bury it
        if draw(st.booleans()):
            siblings = draw(st.lists(JSON, max_size=2))
            node = [*siblings, node]
        else:
            node = {**draw(st.dictionaries(st.text(string.ascii_lowercase, min_size=1, max_size=5), JSON, max_size=2)),
                    "k" + draw(st.text(string.ascii_lowercase, min_size=1, max_size=5)): node}
    return node


def _as_text(tree: Any) -> str:
    return tree if isinstance(tree, str) else json.dumps(tree)


PLACEMENTS: dict[str, Callable[[dict[str, Any], Any], None]] = {
    "unknown top-level": lambda b, t: b.update(x_extra=t),
    "metadata": lambda b, t: b.update(metadata={"info": t}),
    "user": lambda b, t: b.update(user=_as_text(t)),
    "stop": lambda b, t: b.update(stop=[_as_text(t)]),
    "prediction": lambda b, t: b.update(prediction={"type": "content", "content": _as_text(t)}),
    "content": lambda b, t: b["messages"][0].update(content=_as_text(t)),
    "content part": lambda b, t: b["messages"][0].update(content=[{"type": "text", "text": _as_text(t)}]),
    "unknown message field": lambda b, t: b["messages"][0].update(x_note=t),
    "name": lambda b, t: b["messages"][0].update(name=_as_text(t)),
    "tool arguments": lambda b, t: b["messages"].extend([
        {"role": "assistant", "content": None, "tool_calls": [
            {"id": "call_a", "type": "function", "function": {"name": "f", "arguments": json.dumps({"v": t})}}]},
        {"role": "tool", "tool_call_id": "call_a", "content": "ok"}]),
    "tool result": lambda b, t: b["messages"].extend([
        {"role": "assistant", "content": None, "tool_calls": [
            {"id": "call_b", "type": "function", "function": {"name": "f", "arguments": "{}"}}]},
        {"role": "tool", "tool_call_id": "call_b", "content": _as_text(t)}]),
    "tool schema": lambda b, t: b.update(tools=[{"type": "function", "function": {
        "name": "f", "description": "d", "parameters": {"type": "object", "properties": {"a": {"examples": [t]}}}}}]),
    "response schema": lambda b, t: b.update(response_format={"type": "json_schema", "json_schema": {
        "name": "s", "schema": {"type": "object", "default": t}}}),
    "unknown field in tool": lambda b, t: b.update(tools=[{"type": "function", "x": t, "function": {"name": "g"}}]),
}


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(tree=canary_tree(), where=st.sampled_from(sorted(PLACEMENTS)))
def test_a_canary_anywhere_never_reaches_the_upstream(gateway: RunningGateway, upstreams: Upstreams, tree: Any, where: str) -> None:
    body: dict[str, Any] = {"model": "hf:test/echo", "messages": [{"role": "user", "content": "hello"}]}
    PLACEMENTS[where](body, tree)
    before = len(upstreams.received("eu"))
    r = gateway.post("eu-team", body)
    assert r.status_code in (200, 400), r.text
    for record in upstreams.received("eu")[before:]:
        raw = record["raw"].decode().lower()
        assert not any(marker in raw for marker in MARKERS), where


VALID = [
    {"model": "hf:test/echo", "messages": [{"role": "user", "content": "Hi, I'm Jane Roe."}]},
    {"model": "hf:test/echo", "stream": True, "messages": [{"role": "system", "content": "be brief"},
                                                          {"role": "user", "content": [{"type": "text", "text": "hi"}]}]},
    {"model": "hf:test/echo", "temperature": 0.2, "metadata": {"a": "b"}, "messages": [
        {"role": "user", "content": "x"}, {"role": "assistant", "content": None, "tool_calls": [
            {"id": "call_1", "type": "function", "function": {"name": "f", "arguments": "{\"q\": 1}"}}]},
        {"role": "tool", "tool_call_id": "call_1", "content": "r"}]},
]
NASTY = [b"NaN", b"Infinity", b"\\ud800", b"[" * 80, b"\xff", b'"messages":', b'"model":', b"{}", b"null", b"1e999",
         b'"role": "wizard"', b'"type": "mystery"', b"9" * 30]


def mutate(rng: random.Random, raw: bytes) -> bytes:
    data = bytearray(raw)
    for _ in range(rng.randint(1, 4)):
        op = rng.random()
        pos = rng.randrange(len(data) + 1)
        if op < 0.3 and data:
            data[min(pos, len(data) - 1)] = rng.randrange(256)
        elif op < 0.5:
            del data[pos : pos + rng.randint(1, 8)]
        elif op < 0.8:
            data[pos:pos] = rng.choice(NASTY)
        else:
            data = data[: rng.randrange(len(data) + 1)]
    return bytes(data)


def random_body(rng: random.Random) -> bytes:
    kind = rng.random()
    if kind < 0.1:
        return bytes(rng.randrange(256) for _ in range(rng.randint(0, 64)))
    base = json.dumps(rng.choice(VALID)).encode()
    if kind < 0.25:
        return base
    return mutate(rng, base)


def test_fuzz_ten_thousand_bodies_no_500_and_nothing_refused_is_forwarded(gateway: RunningGateway, upstreams: Upstreams) -> None:
    rng = random.Random(20261201)
    headers = {"authorization": f"Bearer {gateway.keys['eu-team']}", "content-type": "application/json"}
    statuses: dict[int, int] = {}
    with httpx.Client(base_url=gateway.v1, headers=headers, timeout=30) as client:
        for i in range(10_000):
            body = random_body(rng)
            before = len(upstreams.received("eu"))
            r = client.post("/chat/completions", content=body)
            statuses[r.status_code] = statuses.get(r.status_code, 0) + 1
            assert r.status_code < 500, (i, r.status_code, r.text[:200])
            if r.status_code != 200:
                assert len(upstreams.received("eu")) == before, (i, r.status_code)
                assert set(r.json()["error"]) == {"message", "type", "param", "code"}
    assert statuses.get(200, 0) > 500 and statuses.get(400, 0) > 5000, statuses
