"""The async detector service: worker processes, time budget, cache."""

from __future__ import annotations

import asyncio

import pytest

from gateway.detection.service import DetectorError, DetectorService
from gateway.detection.settings import DetectorSettings
from gateway.detection.types import DetectionSpec

SPEC = DetectionSpec(frozenset({"EMAIL_ADDRESS", "PHONE_NUMBER", "PERSON"}))
TEXT = "Please ask Maria Garcia (maria.garcia@example.com, +49 30 12345678) for the report."


@pytest.fixture(scope="module")
def service():
    svc = DetectorService(DetectorSettings(workers=2, timeout_s=20.0))
    loop = asyncio.new_event_loop()
    loop.run_until_complete(svc.start())
    yield svc, loop
    loop.run_until_complete(svc.close())
    loop.close()


def test_analyze_in_worker_processes(service):
    svc, loop = service
    spans = loop.run_until_complete(svc.analyze([TEXT, "nothing to see"], SPEC))
    assert [TEXT[s.start : s.end] for s in spans[0]] == [
        "Maria Garcia", "maria.garcia@example.com", "+49 30 12345678"]
    assert spans[1] == []
    assert svc.version.startswith("gw-detect/")


def test_cache_hit_returns_equal_spans(service):
    svc, loop = service
    text = TEXT + " (cache check)"
    first = loop.run_until_complete(svc.analyze([text], SPEC))
    hits = svc.cache.hits
    second = loop.run_until_complete(svc.analyze([text], SPEC))
    assert second == first and svc.cache.hits == hits + 1


def test_large_text_is_chunked_and_mapped_back(service):
    svc, loop = service
    filler = "lorem ipsum dolor sit amet " * 1500  # ~40 KB, split across workers
    text = filler + "write to jane.roe@example.com please " + filler
    spans = loop.run_until_complete(svc.analyze([text], SPEC))[0]
    assert [text[s.start : s.end] for s in spans] == ["jane.roe@example.com"]


def test_tiny_budget_raises_content_free_error():
    async def run() -> None:
        hurried = DetectorService(DetectorSettings(workers=1, timeout_s=1e-6, cache_size=0))
        await hurried.start()
        try:
            await hurried.analyze([TEXT * 50], SPEC)
        finally:
            await hurried.close()

    with pytest.raises(DetectorError) as caught:
        asyncio.run(run())
    assert "Maria" not in str(caught.value) and "budget" in str(caught.value)


def test_small_requests_go_ahead_of_large_chunks(service):
    """With every worker busy on chunks of a large prompt, a small request is served next."""
    svc, loop = service
    large = ("lorem ipsum dolor sit amet, Maria Garcia " * 3000)  # ~120 KB: ~30 chunks for 2 workers
    small = "Reach Maria Garcia at maria.garcia@example.com"

    async def race() -> list[str]:
        finished: list[str] = []

        async def one(name: str, text: str) -> None:
            await svc.analyze([text + name], SPEC)
            finished.append(name)

        big = asyncio.ensure_future(one("large", large))
        await asyncio.sleep(0.05)  # the large request's chunks are queued first
        await one("small", small)
        await big
        return finished

    assert loop.run_until_complete(race()) == ["small", "large"]


def test_not_started_service_fails_closed():
    svc = DetectorService(DetectorSettings(workers=1))
    with pytest.raises(DetectorError):
        asyncio.run(svc.analyze(["x"], SPEC))


def _crash(_: object, __: object) -> None:
    import os

    os._exit(3)  # a worker dying mid-job (segfault, OOM kill)


def _raise_with_text(text: str) -> None:
    raise ValueError(f"could not read {text}")


def test_worker_crash_fails_closed_then_the_pool_is_replaced(service):
    svc, loop = service
    broken = svc._pool

    async def crash_one_worker() -> None:
        await svc._dispatch.run(0, _crash, None, None)

    with pytest.raises(Exception) as caught:
        loop.run_until_complete(crash_one_worker())
    assert type(caught.value).__name__ == "WorkerCrashed"
    with pytest.raises(DetectorError):  # the next request finds the pool broken: refused, pool replaced
        loop.run_until_complete(svc.analyze([TEXT + " (after crash)"], SPEC))
    assert svc._pool is not broken
    spans = loop.run_until_complete(svc.analyze([TEXT + " (recovered)"], SPEC))[0]
    assert [TEXT[s.start : s.end] for s in spans][:1] == ["Maria Garcia"]


def test_worker_errors_cross_as_type_names_only(service):
    svc, loop = service
    with pytest.raises(Exception) as caught:
        loop.run_until_complete(svc._dispatch.run(0, _raise_with_text, "Maria Garcia"))
    assert type(caught.value).__name__ == "WorkerFailed" and str(caught.value) == "ValueError"


def test_small_request_on_an_idle_pool_is_analysed_in_process(service, monkeypatch):
    svc, loop = service
    sent: list[int] = []
    real_run = svc._dispatch.run

    async def counting_run(size, fn, *args):
        sent.append(len(args[0]))
        return await real_run(size, fn, *args)

    monkeypatch.setattr(svc._dispatch, "run", counting_run)
    small = TEXT + " (inline check)"
    spans = loop.run_until_complete(svc.analyze([small], SPEC))[0]
    assert [small[s.start : s.end] for s in spans] == ["Maria Garcia", "maria.garcia@example.com", "+49 30 12345678"]
    assert sent == []  # no round trip to a detector process
    large = TEXT + " filler" * 400  # over inline_chars: a detector process takes it
    assert len(large) > svc.settings.inline_chars
    spans = loop.run_until_complete(svc.analyze([large], SPEC))[0]
    assert [large[s.start : s.end] for s in spans][:1] == ["Maria Garcia"] and sent == [1]


def _count_round_trips(svc: DetectorService) -> list[int]:
    """The number of texts of each job the service sends to a detector process, as they go (for a
    service of the test's own: its dispatcher is wrapped for good)."""
    sent: list[int] = []
    real_run = svc._dispatch.run

    async def counting_run(size, fn, *args):
        sent.append(len(args[0]))
        return await real_run(size, fn, *args)

    svc._dispatch.run = counting_run
    return sent


@pytest.mark.parametrize(
    "settings, in_flight",
    [(DetectorSettings(workers=1, inline_chars=0), 1),  # switched off
     (DetectorSettings(workers=1), 3)],  # other requests in flight: the detector processes take it
)
def test_small_request_goes_to_a_detector_process_when_inline_is_off_or_others_are_in_flight(settings, in_flight):
    async def run() -> list[int]:
        svc = DetectorService(settings, requests_in_flight=lambda: in_flight)
        await svc.start()
        sent = _count_round_trips(svc)
        try:
            await svc.analyze([TEXT], SPEC)
        finally:
            await svc.close()
        return sent

    assert asyncio.run(run()) == [1]


def test_inline_under_load_keeps_small_requests_in_process_and_sends_large_ones_away():
    # With several gateway workers on the cores, a small request is analysed where it arrived even
    # with others in flight; a request over inline_chars still goes to a detector process.
    async def run() -> tuple[list[int], list[str], list[str]]:
        svc = DetectorService(DetectorSettings(workers=1, inline_under_load=True, cache_size=0),
                              requests_in_flight=lambda: 5)
        await svc.start()
        sent = _count_round_trips(svc)
        large = TEXT + " filler" * 400
        try:
            small_spans = (await svc.analyze([TEXT], SPEC))[0]
            assert sent == []  # in process, though five requests are in flight
            large_spans = (await svc.analyze([large], SPEC))[0]
        finally:
            await svc.close()
        return sent, [TEXT[s.start : s.end] for s in small_spans], [large[s.start : s.end] for s in large_spans]

    sent, small, large = asyncio.run(run())
    assert sent == [1]  # only the large request made the round trip
    assert small == ["Maria Garcia", "maria.garcia@example.com", "+49 30 12345678"]
    assert large[:3] == small


def test_each_job_follows_its_own_spec_in_the_detector_processes():
    # A detector process keeps the specs it has unpickled; a job under another spec must get its own.
    async def run() -> list[list[str]]:
        svc = DetectorService(DetectorSettings(workers=1, inline_chars=0, cache_size=0))
        await svc.start()
        try:
            names = DetectionSpec(frozenset({"PERSON"}))
            mails = DetectionSpec(frozenset({"EMAIL_ADDRESS"}))
            found = []
            for spec in (names, mails, names, mails):
                spans = (await svc.analyze([TEXT], spec))[0]
                found.append([TEXT[s.start : s.end] for s in spans])
            return found
        finally:
            await svc.close()

    assert asyncio.run(run()) == [["Maria Garcia"], ["maria.garcia@example.com"]] * 2
