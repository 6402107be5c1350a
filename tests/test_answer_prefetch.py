"""Answers analysed ahead: a conversation sends each answer back in its next turn's history, so the
gateway analyses it while the detector is idle and the next turn finds it in the cache."""

from __future__ import annotations

import asyncio
import time

import anthropic
import pytest

from gateway.detection.dispatch import LARGE
from gateway.detection.service import PREFETCH_CHARS, DetectorService
from gateway.detection.settings import DetectorSettings
from gateway.detection.types import DetectionSpec
from tests.gateway_fixtures import RunningGateway, Upstreams

SPEC = DetectionSpec(frozenset({"EMAIL_ADDRESS", "PHONE_NUMBER", "PERSON"}))
ANSWER = "Sure. I wrote to Maria Garcia (maria.garcia@example.com) and asked her to call +49 30 12345678."
FOUND = ["Maria Garcia", "maria.garcia@example.com", "+49 30 12345678"]


def _sizes_sent(svc: DetectorService) -> list[int]:
    """The dispatch class of each job the service sends to a detector process."""
    sizes: list[int] = []
    real_run = svc._dispatch.run

    async def counting_run(size, fn, *args):
        sizes.append(size)
        return await real_run(size, fn, *args)

    svc._dispatch.run = counting_run
    return sizes


def _run(in_flight: int, body, **settings):
    async def run():
        svc = DetectorService(DetectorSettings(workers=1, **settings), requests_in_flight=lambda: in_flight)
        await svc.start()
        try:
            return await body(svc)
        finally:
            await svc.close()

    return asyncio.run(run())


def test_an_answer_analysed_ahead_comes_from_the_cache_in_the_next_turn():
    async def body(svc):
        sizes = _sizes_sent(svc)
        assert svc.prefetch([ANSWER, ""], SPEC)
        await svc.prefetched()
        hits = svc.cache.hits
        spans = (await svc.analyze([ANSWER], SPEC))[0]
        return sizes, svc.cache.hits - hits, [ANSWER[s.start : s.end] for s in spans]

    sizes, new_hits, found = _run(1, body)
    assert sizes == [LARGE]  # in a detector process, in the class that leaves one to small requests
    assert new_hits == 1 and found == FOUND


def test_nothing_is_analysed_ahead_under_load_twice_at_once_or_again():
    async def body(svc):
        busy = svc.prefetch([ANSWER], SPEC)  # two requests in flight
        return busy

    assert _run(2, body) is False

    async def twice(svc):
        first = svc.prefetch([ANSWER], SPEC)
        second = svc.prefetch([ANSWER + " Another answer."], SPEC)  # the first still runs
        await svc.prefetched()
        again = svc.prefetch([ANSWER], SPEC)  # already in the cache
        return first, second, again

    assert _run(1, twice) == (True, False, False)


def test_nothing_is_analysed_ahead_without_a_cache_to_keep_it():
    async def body(svc):
        return svc.prefetch([ANSWER], SPEC)

    assert _run(1, body, cache_size=0) is False


def test_a_long_answer_is_left_to_the_next_turn():
    async def body(svc):
        return svc.prefetch(["word " * (PREFETCH_CHARS // 5 + 1)], SPEC)

    assert _run(1, body) is False


def test_a_failed_prefetch_leaves_the_cache_empty_and_the_service_working():
    async def body(svc):
        assert svc.prefetch([ANSWER], SPEC)
        await svc.prefetched()  # over its time budget: dropped, never raised
        cached = svc.cache.get(svc.cache.key(svc.cache.spec_id(SPEC), ANSWER))
        svc.settings = DetectorSettings(workers=1, timeout_s=20.0)
        spans = (await svc.analyze([ANSWER], SPEC))[0]
        return cached, [ANSWER[s.start : s.end] for s in spans]

    cached, found = _run(1, body, timeout_s=1e-6)
    assert cached is None and found == FOUND


# -- through the gateway, with the SDKs ---------------------------------------------------------

QUESTION = "Please forward the note to Maria Garcia, maria.garcia@example.com, today."
EARLIER = "Of course. Which note do you mean?"


def _cached(gw: RunningGateway, team: str, text: str, wait_s: float) -> bool:
    detector = gw.services.detector
    key = detector.cache.key(detector.cache.spec_id(gw.services.policies.get(team).spec), text)
    deadline = time.monotonic() + wait_s
    while detector.cache.get(key) is None:
        if time.monotonic() > deadline:
            return False
        time.sleep(0.02)
    return True


def _history(question: str) -> list[dict[str, str]]:
    return [{"role": "user", "content": "Hello."}, {"role": "assistant", "content": EARLIER},
            {"role": "user", "content": question}]


@pytest.mark.parametrize("stream", [False, True])
def test_openai_chat_answers_of_a_conversation_are_cached_ahead(gateway: RunningGateway, clean: Upstreams, stream: bool) -> None:
    client = gateway.openai("eu-team")
    question = f"{QUESTION} (chat, stream={stream})"
    if stream:
        pieces = client.chat.completions.create(model="hf:test/reply", messages=_history(question), stream=True)
        answer = "".join(c.choices[0].delta.content or "" for c in pieces if c.choices)
    else:
        answer = client.chat.completions.create(model="hf:test/reply", messages=_history(question)).choices[0].message.content
    assert answer.startswith("Noted: ") and "Maria Garcia" in answer  # restored, as the client sends it back
    assert _cached(gateway, "eu-team", answer, wait_s=10)


@pytest.mark.parametrize("stream", [False, True])
def test_anthropic_answers_of_a_conversation_are_cached_ahead(gateway: RunningGateway, clean: Upstreams, stream: bool) -> None:
    client = anthropic.Anthropic(base_url=gateway.url + "/anthropic", api_key=gateway.keys["eu-team"], max_retries=0)
    question = f"{QUESTION} (messages, stream={stream})"
    if stream:
        with client.messages.stream(model="hf:test/reply", max_tokens=100, messages=_history(question)) as events:
            answer = events.get_final_message().content[0].text
    else:
        answer = client.messages.create(model="hf:test/reply", max_tokens=100, messages=_history(question)).content[0].text
    assert answer.startswith("Noted: ") and "Maria Garcia" in answer
    assert _cached(gateway, "eu-team", answer, wait_s=10)


def test_a_single_question_answer_is_not_analysed_ahead(gateway: RunningGateway, clean: Upstreams) -> None:
    client = gateway.openai("eu-team")
    question = f"{QUESTION} (no history)"
    answer = client.chat.completions.create(model="hf:test/reply", messages=[{"role": "user", "content": question}])
    text = answer.choices[0].message.content
    assert text.startswith("Noted: ") and "Maria Garcia" in text
    assert not _cached(gateway, "eu-team", text, wait_s=1.0)  # an API call's answer does not come back
