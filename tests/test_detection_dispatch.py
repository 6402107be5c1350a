"""The dispatcher's order: small requests first, and large work never takes every worker."""

from __future__ import annotations

import asyncio
import time
from concurrent.futures import ThreadPoolExecutor

from gateway.detection.dispatch import LARGE, SMALL, ExecutorJobs, PriorityDispatcher


def work(name: str, seconds: float, log: list[str]) -> str:
    log.append(f"start {name}")
    time.sleep(seconds)
    return name


def test_small_request_finds_a_worker_free_of_large_work():
    log: list[str] = []

    async def scenario() -> tuple[float, list[str]]:
        dispatcher = PriorityDispatcher(ExecutorJobs(ThreadPoolExecutor(2)), slots=2)
        large = [asyncio.ensure_future(dispatcher.run(LARGE, work, f"L{i}", 0.2, log)) for i in range(4)]
        await asyncio.sleep(0.02)
        started = time.monotonic()
        await dispatcher.run(SMALL, work, "S", 0.0, log)
        waited = time.monotonic() - started
        await asyncio.gather(*large)
        return waited, log

    waited, order = asyncio.run(scenario())
    assert waited < 0.1  # not behind a 0.2 s chunk: one worker is kept from large work
    assert order[:2] == ["start L0", "start S"]


def test_small_requests_go_before_queued_large_chunks():
    log: list[str] = []

    async def scenario() -> list[str]:
        dispatcher = PriorityDispatcher(ExecutorJobs(ThreadPoolExecutor(1)), slots=1)
        jobs = [asyncio.ensure_future(dispatcher.run(LARGE, work, f"L{i}", 0.05, log)) for i in range(3)]
        await asyncio.sleep(0.01)
        jobs.append(asyncio.ensure_future(dispatcher.run(SMALL, work, "S", 0.0, log)))
        await asyncio.gather(*jobs)
        return log

    assert asyncio.run(scenario()) == ["start L0", "start S", "start L1", "start L2"]


def test_cancelled_request_is_never_started():
    log: list[str] = []

    async def scenario() -> list[str]:
        dispatcher = PriorityDispatcher(ExecutorJobs(ThreadPoolExecutor(1)), slots=1)
        first = asyncio.ensure_future(dispatcher.run(SMALL, work, "A", 0.05, log))
        second = asyncio.ensure_future(dispatcher.run(SMALL, work, "B", 0.0, log))
        await asyncio.sleep(0.01)
        second.cancel()
        await first
        await asyncio.sleep(0.05)
        return log

    assert asyncio.run(scenario()) == ["start A"]
