"""WorkerPool: detector processes that the event loop talks to directly, one pipe per process.

`concurrent.futures.ProcessPoolExecutor` moves every job through two helper threads in the gateway
process (a queue feeder that pickles and writes, a manager that reads results and wakes the loop).
Both wake for every job and take the GIL from the event loop each time; profiled under load, that
hand-off cost the gateway process more CPU than the rest of a small request's detection step, and
added a quarter of a millisecond to each round trip. This pool has no threads: a job is pickled and
written to an idle worker's pipe by the event loop, and the answer is read when the loop sees that
pipe readable (`loop.add_reader`).

The pool never queues: `PriorityDispatcher` starts a job only when a worker is free, so an idle
worker always waits in `recv` and takes the whole job off the pipe at once. A worker that dies
breaks the pool (`WorkerCrashed`, like `BrokenProcessPool`); the detector service then starts a
new one. Errors cross the pipe as their type name only: an exception message could quote a text.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import pickle
import signal
from collections.abc import Callable, Sequence
from multiprocessing.connection import Connection
from typing import Any

_JOIN_TIMEOUT_S = 10.0


class WorkerCrashed(Exception):
    """A detector process died or its pipe broke; the pool is unusable and must be replaced."""


class WorkerFailed(Exception):
    """The job raised in the worker. The message is the exception's type name, never its text."""


def _serve(conn: Connection, initializer: Callable[..., None], initargs: Sequence[Any]) -> None:
    """A worker process's main loop: one job in, one answer out, until the gateway closes the pipe."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the whole group; the parent shuts us down
    initializer(*initargs)
    while True:
        try:
            fn, args = pickle.loads(conn.recv_bytes())
        except (EOFError, OSError):
            return  # the gateway closed the pipe (shutdown) or exited
        try:
            answer: tuple[str, Any] = ("ok", fn(*args))
        except Exception as exc:  # noqa: BLE001 - reported to the caller as a type name
            answer = ("error", type(exc).__name__)
        try:
            conn.send_bytes(pickle.dumps(answer, pickle.HIGHEST_PROTOCOL))
        except OSError:
            return  # the gateway went away while we worked


class _Worker:
    __slots__ = ("process", "conn", "job")

    def __init__(self, process: multiprocessing.process.BaseProcess, conn: Connection) -> None:
        self.process = process
        self.conn = conn
        self.job: asyncio.Future[Any] | None = None  # the answer being waited for


class WorkerPool:
    """`size` worker processes, each running `initializer(*initargs)` once, then jobs one at a time."""

    def __init__(self, size: int, context: multiprocessing.context.BaseContext,
                 initializer: Callable[..., None], initargs: Sequence[Any]) -> None:
        self.size = size
        self._context = context
        self._initializer = initializer
        self._initargs = tuple(initargs)
        self._workers: list[_Worker] = []
        self._idle: list[_Worker] = []
        self._loop: asyncio.AbstractEventLoop | None = None
        self.broken = False

    def open(self) -> None:
        """Start the processes (they load their models in the background) and watch their pipes."""
        self._loop = asyncio.get_running_loop()
        for _ in range(self.size):
            ours, theirs = self._context.Pipe(duplex=True)
            process = self._context.Process(target=_serve, args=(theirs, self._initializer, self._initargs),
                                            daemon=True, name="gateway-detector")
            process.start()
            theirs.close()  # the child holds its end; ours must not keep the pipe open for it
            worker = _Worker(process, ours)
            self._workers.append(worker)
            self._idle.append(worker)
            self._loop.add_reader(ours.fileno(), self._answer, worker)

    def start(self, fn: Callable[..., Any], *args: Any) -> asyncio.Future[Any]:
        """Send `fn(*args)` to an idle worker; the future gets its result. Callers never start more
        jobs than there are workers (the dispatcher counts them)."""
        assert self._loop is not None, "open() the pool first"
        future: asyncio.Future[Any] = self._loop.create_future()
        if self.broken:
            future.set_exception(WorkerCrashed("detector pool is broken"))
            return future
        if not self._idle:  # a bug in the caller, not a crash: fail this job, keep the pool
            future.set_exception(RuntimeError("more detector jobs started than there are workers"))
            return future
        worker = self._idle.pop()
        try:
            # The worker is idle in recv, so it drains the pipe as we write: this does not wait on it.
            worker.conn.send_bytes(pickle.dumps((fn, args), pickle.HIGHEST_PROTOCOL))
        except OSError:
            future.set_exception(WorkerCrashed("detector worker pipe broke"))
            self._break()
            return future
        worker.job = future
        return future

    def _answer(self, worker: _Worker) -> None:
        """The worker's pipe is readable: its answer, or end of file when the process died."""
        try:
            # The worker writes its whole answer at once, so this read does not wait for it.
            status, value = pickle.loads(worker.conn.recv_bytes())
        except (EOFError, OSError):
            self._break()
            return
        job, worker.job = worker.job, None
        self._idle.append(worker)
        if job is None or job.done():
            return
        if status == "ok":
            job.set_result(value)
        else:
            job.set_exception(WorkerFailed(value))

    def _break(self) -> None:
        """A worker died: fail every waiting job and refuse new ones until the pool is replaced."""
        self.broken = True
        for worker in self._workers:
            self._unwatch(worker)
            job, worker.job = worker.job, None
            if job is not None and not job.done():
                job.set_exception(WorkerCrashed("detector worker died"))
        self._idle.clear()

    def _unwatch(self, worker: _Worker) -> None:
        if self._loop is not None and not worker.conn.closed:
            self._loop.remove_reader(worker.conn.fileno())

    async def close(self, wait: bool = True) -> None:
        """Close the pipes (idle workers exit at once, busy ones after their job) and reap the
        processes; `wait=False` kills them instead of waiting."""
        self._break()
        workers, self._workers = self._workers, []
        for worker in workers:
            worker.conn.close()
        for worker in workers:
            if wait:
                await asyncio.to_thread(worker.process.join, _JOIN_TIMEOUT_S)
            if worker.process.is_alive():
                worker.process.kill()  # our own child, by handle
                await asyncio.to_thread(worker.process.join, _JOIN_TIMEOUT_S)


__all__ = ["WorkerCrashed", "WorkerFailed", "WorkerPool"]
