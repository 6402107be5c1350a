"""PriorityDispatcher: feeds a process pool one job per free worker, small requests first.

A ProcessPoolExecutor serves its queue in arrival order, so a small prompt submitted behind the
chunks of a 64 KB prompt would wait for all of them. Holding jobs here and submitting only when a
worker is free keeps the pool's own queue empty, so a small request waits at most for one chunk.
"""

from __future__ import annotations

import asyncio
import heapq
import itertools
from concurrent.futures import Executor
from typing import Any, Callable

SMALL, LARGE = 0, 1  # priorities: lower runs first


class PriorityDispatcher:
    def __init__(self, pool: Executor, slots: int) -> None:
        self._pool = pool
        self._slots = slots
        self._busy = 0
        self._waiting: list[tuple[int, int, asyncio.Future[Any], Callable[..., Any], tuple[Any, ...]]] = []
        self._order = itertools.count()

    async def run(self, priority: int, fn: Callable[..., Any], *args: Any) -> Any:
        future: asyncio.Future[Any] = asyncio.get_running_loop().create_future()
        heapq.heappush(self._waiting, (priority, next(self._order), future, fn, args))
        self._pump()
        return await future

    def _pump(self) -> None:
        loop = asyncio.get_running_loop()
        while self._busy < self._slots and self._waiting:
            _, _, future, fn, args = heapq.heappop(self._waiting)
            if future.cancelled():
                continue  # its request gave up (time budget or client gone) before it started
            self._busy += 1
            job = loop.run_in_executor(self._pool, fn, *args)
            job.add_done_callback(lambda done, f=future: self._finished(done, f))

    def _finished(self, done: asyncio.Future[Any], future: asyncio.Future[Any]) -> None:
        self._busy -= 1
        if not future.done():
            if done.cancelled():
                future.cancel()
            elif done.exception() is not None:
                future.set_exception(done.exception())  # type: ignore[arg-type]
            else:
                future.set_result(done.result())
        self._pump()
