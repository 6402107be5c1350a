"""PriorityDispatcher: feeds the worker pool one job per free worker, small requests first, and
never lets large prompts take every worker.

A pool that queues serves its queue in arrival order, so a small prompt submitted behind the
chunks of a 64 KB prompt would wait for all of them. Here jobs wait in our own queues and are
started only when a worker is free, so the pool never queues and the order is ours: small requests
go first, and large requests' chunks may occupy at most all workers but one, so with two or more
workers a small request always finds one free of large work.

The workers are anything that can `start(fn, *args)` and return a future: the detector's
`WorkerPool` of processes, or any `concurrent.futures.Executor` through `ExecutorJobs`.
"""

from __future__ import annotations

import asyncio
from collections import deque
from concurrent.futures import Executor
from typing import Any, Callable, Protocol

SMALL, LARGE = 0, 1
_Job = tuple[asyncio.Future[Any], Callable[..., Any], tuple[Any, ...]]


class Jobs(Protocol):
    def start(self, fn: Callable[..., Any], *args: Any) -> asyncio.Future[Any]: ...


class ExecutorJobs:
    """Jobs on a `concurrent.futures.Executor` (a thread pool, say)."""

    def __init__(self, executor: Executor) -> None:
        self._executor = executor

    def start(self, fn: Callable[..., Any], *args: Any) -> asyncio.Future[Any]:
        return asyncio.get_running_loop().run_in_executor(self._executor, fn, *args)


class PriorityDispatcher:
    def __init__(self, pool: Jobs, slots: int) -> None:
        self._pool = pool
        self._slots = slots
        self._large_slots = max(1, slots - 1)
        self._busy = {SMALL: 0, LARGE: 0}
        self._waiting: dict[int, deque[_Job]] = {SMALL: deque(), LARGE: deque()}

    @property
    def idle(self) -> bool:
        """No job running and none waiting."""
        return not (self._busy[SMALL] or self._busy[LARGE] or self._waiting[SMALL] or self._waiting[LARGE])

    async def run(self, size: int, fn: Callable[..., Any], *args: Any) -> Any:
        """Run `fn(*args)` in a worker; `size` (SMALL or LARGE) is that of the whole request."""
        future: asyncio.Future[Any] = asyncio.get_running_loop().create_future()
        self._waiting[size].append((future, fn, args))
        self._pump()
        return await future

    def _next(self, size: int) -> _Job | None:
        queue = self._waiting[size]
        while queue:
            job = queue.popleft()
            if not job[0].cancelled():  # its request gave up (time budget, client gone)
                return job
        return None

    def _pump(self) -> None:
        while self._busy[SMALL] + self._busy[LARGE] < self._slots:
            size, job = SMALL, self._next(SMALL)
            if job is None and self._busy[LARGE] < self._large_slots:
                size, job = LARGE, self._next(LARGE)
            if job is None:
                return
            self._start(size, job)

    def _start(self, size: int, job: _Job) -> None:
        future, fn, args = job
        self._busy[size] += 1
        running = self._pool.start(fn, *args)
        running.add_done_callback(lambda done: self._finished(done, future, size))

    def _finished(self, done: asyncio.Future[Any], future: asyncio.Future[Any], size: int) -> None:
        self._busy[size] -= 1
        if not future.done():
            if done.cancelled():
                future.cancel()
            elif done.exception() is not None:
                future.set_exception(done.exception())  # type: ignore[arg-type]
            else:
                future.set_result(done.result())
        self._pump()
