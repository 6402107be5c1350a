"""The async facade the app uses: a pool of worker processes, a time budget and a result cache.

Requests go to worker processes (spawned with 'forkserver' where available, each loading the
spaCy model once at start, and fed through their own pipes by the event loop: see workers.py);
only a small request (`inline_chars`) alone in flight, every worker idle, is analysed on the event
loop itself, which is cheaper than the round trip and blocks the loop for a millisecond or two.
Very large texts are split into overlapping chunks that several workers share, and results of
texts seen before (a conversation resent every turn) come from a bounded LRU cache that stores
spans only. Small requests go ahead of large prompts' chunks, which never occupy every worker (see
dispatch.py), so a 64 KB prompt being analysed does not hold up everybody else.
"""

from __future__ import annotations

import asyncio
import contextlib
import multiprocessing
import os
import pickle
import time
from collections.abc import Callable, Sequence
from importlib import metadata

import structlog

from . import chunking
from .dispatch import LARGE, SMALL, PriorityDispatcher
from .cache import ResultCache
from .engine import ENGINE_VERSION, DetectionEngine
from .heap import freeze_loaded_objects
from .plugins import presidio_class_names
from .propagation import propagate
from .settings import DetectorSettings, extend_import_path
from .spans import resolve_overlaps
from .types import DetectionSpec, Span
from .workers import WorkerCrashed, WorkerPool

_BATCH_CHARS = 4_000  # small texts are grouped into jobs of about this size
# Large texts are cut into chunks of this size: a small request waits at most for one chunk (~50 ms).
_CHUNK_CHARS = 4_000
_SMALL_REQUEST_CHARS = 8_000  # requests up to this size go first and may use every worker
_INLINE_PROPAGATION_CHARS = 32_000  # larger requests propagate on a thread, off the event loop
PREFETCH_CHARS = _SMALL_REQUEST_CHARS  # an answer analysed ahead is a small request's worth at most

# A policy's spec goes with every job. Pickling the dataclass costs the event loop about 40 µs a job
# and unpickling it the worker about 50 µs, so the gateway pickles each spec once and each worker
# unpickles each one once; a job carries the spec's bytes, which pickle as they are.
_MAX_SPECS = 1024

log = structlog.get_logger("gateway.detector")

_engine: DetectionEngine | None = None  # one per worker process
_worker_specs: dict[bytes, DetectionSpec] = {}  # per worker process: pickled spec -> spec


class DetectorError(Exception):
    """Detection failed or ran out of time. The message never contains any text."""


def _init_worker(settings: DetectorSettings) -> None:
    global _engine
    extend_import_path(settings.plugin_paths)
    _engine = DetectionEngine(settings)


def _worker_warm(_: int) -> str:
    assert _engine is not None
    _engine.analyze(["Warm-up: Jane Roe, jane.roe@example.com, +1 202 555 0143."],
                    DetectionSpec(frozenset({"PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER"})))
    freeze_loaded_objects()  # the model and the lists stay out of every later collection (heap.py)
    return _engine.version


def _worker_analyze(texts: list[str], pickled_spec: bytes) -> list[list[Span]]:
    assert _engine is not None
    spec = _worker_specs.get(pickled_spec)
    if spec is None:
        if len(_worker_specs) >= _MAX_SPECS:
            _worker_specs.clear()
        spec = _worker_specs[pickled_spec] = pickle.loads(pickled_spec)
    return _engine.analyze(texts, spec)


def _package_version(name: str) -> str:
    for candidate in (name, name.replace("_", "-")):
        try:
            return metadata.version(candidate)
        except metadata.PackageNotFoundError:
            continue
    return "unknown"


class DetectorService:
    def __init__(self, settings: DetectorSettings, requests_in_flight: Callable[[], int] = lambda: 1) -> None:
        self.settings = settings
        self._requests_in_flight = requests_in_flight  # of the gateway process, this one included
        extend_import_path(settings.plugin_paths)  # policies check plug-ins in this process too
        self.workers = settings.workers or os.cpu_count() or 1
        self.version = f"{ENGINE_VERSION} {settings.spacy_model}-{_package_version(settings.spacy_model)}"
        self.cache = ResultCache(settings.cache_size)
        self._pool: WorkerPool | None = None
        self._dispatch: PriorityDispatcher | None = None
        self._inline: DetectionEngine | None = None  # for requests of at most settings.inline_chars
        self._pickled_specs: dict[DetectionSpec, bytes] = {}
        self._prefetching: asyncio.Task[None] | None = None  # at most one answer analysed ahead

    async def start(self) -> None:
        """Start the worker processes and wait until every one has loaded the model."""
        if self._pool is not None:
            return
        methods = multiprocessing.get_all_start_methods()
        context = multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")
        self._pool = WorkerPool(self.workers, context, _init_worker, (self.settings,))
        self._dispatch = PriorityDispatcher(self._pool, self.workers)
        loop = asyncio.get_running_loop()
        # Policies naming Presidio recognizers import presidio_analyzer when they load, on the event
        # loop; importing it here, off the loop, keeps that first load from stalling other requests.
        # One thread does both loads in turn: presidio_analyzer and the inline engine import spaCy's
        # modules, and two threads importing them at once can meet a partially initialised module.
        loaded = loop.run_in_executor(None, self._load_in_process)
        try:
            self._pool.open()
            versions = await asyncio.gather(*(self._pool.start(_worker_warm, i) for i in range(self.workers)))
            await loaded  # alongside the workers' start, not after it
        except Exception as exc:
            await self.close()
            raise DetectorError("detector workers failed to start") from exc
        self.version = versions[0]

    def _inline_now(self, texts: list[str]) -> bool:
        """Small work of a request alone in flight, every detector process idle: cheaper here than
        a round trip away. With other requests in flight the processes take it, so that detection
        and the event loop's own work share the cores (in process, everything would queue on one),
        unless `inline_under_load` says that other gateway processes share them (several workers).
        A broken pool is not bypassed: the request goes to it, fails closed, and gets it replaced."""
        if (self._inline is None or self._dispatch is None or self._pool is None or self._pool.broken
                or sum(map(len, texts)) > self.settings.inline_chars):
            return False
        return self.settings.inline_under_load or (self._dispatch.idle and self._requests_in_flight() <= 1)

    def _load_in_process(self) -> None:
        presidio_class_names()
        self._load_inline()

    def _load_inline(self) -> None:
        # Once per process: a pool restarted after a crash (start() again) keeps this engine.
        if self.settings.inline_chars and self._inline is None:
            self._inline = DetectionEngine(self.settings)

    async def close(self) -> None:
        if self._prefetching is not None:
            self._prefetching.cancel()
        pool, self._pool = self._pool, None
        if pool is not None:
            await pool.close(wait=True)

    async def analyze(self, texts: Sequence[str], spec: DetectionSpec) -> list[list[Span]]:
        """Spans per text, with every value found anywhere in `texts` caught everywhere in them (one
        request's texts); raises DetectorError on any worker failure or after timeout_s."""
        if self._pool is None:
            raise DetectorError("detector is not started")
        results: list[list[Span] | None] = [None] * len(texts)
        spec_id = self.cache.spec_id(spec)
        keys = [self.cache.key(spec_id, text) for text in texts]
        pending: list[int] = []
        for index, key in enumerate(keys):
            cached = self.cache.get(key)
            if cached is None:
                pending.append(index)
            else:
                results[index] = cached
        if pending:
            pool = self._pool
            try:
                wanted = [texts[i] for i in pending]
                if self._inline_now(wanted):
                    started = time.perf_counter()
                    computed = self._inline.analyze(wanted, spec)  # type: ignore[union-attr]
                    if time.perf_counter() - started > self.settings.timeout_s:
                        raise TimeoutError  # the budget holds in process too: over it, fail closed
                else:
                    async with asyncio.timeout(self.settings.timeout_s):
                        computed = await self._compute(wanted, spec)
            except TimeoutError:
                raise DetectorError("detection time budget exceeded") from None
            except WorkerCrashed:
                await self._restart(pool)
                raise DetectorError("detector worker failed") from None
            except DetectorError:
                raise
            except Exception:
                raise DetectorError("detector worker failed") from None
            for index, spans in zip(pending, computed):
                results[index] = spans
                self.cache.put(keys[index], spans)
        found = [spans if spans is not None else [] for spans in results]
        if len(texts) == 1 and len(texts[0]) <= _CHUNK_CHARS:
            return found  # one unchunked text: the engine already followed its repeats
        if sum(len(t) for t in texts) > _INLINE_PROPAGATION_CHARS:
            return await asyncio.to_thread(propagate, texts, found)
        return propagate(texts, found)

    def prefetch(self, texts: Sequence[str], spec: DetectionSpec) -> bool:
        """Analyse an answer's texts ahead, with capacity nobody is using, so that a conversation's
        next turn, which sends the answer back in its history, finds them in the cache: a turn then
        brings one new text (the question) instead of two. Only when the detector processes are
        idle and this request is the process's only one in flight, one prefetch at a time, never on
        the event loop, and in the large requests' class, which always leaves a process to small
        requests (dispatch.py). Nothing waits for it and nothing depends on it: a text the cache
        does not hold when it comes back is analysed then, as any other. Returns whether it started."""
        if (self.cache.capacity <= 0  # no cache (detector.cache_size: 0): nothing would keep the spans
                or self._pool is None or self._dispatch is None or self._pool.broken or not self._dispatch.idle
                or self._requests_in_flight() > 1 or (self._prefetching is not None and not self._prefetching.done())):
            return False
        spec_id = self.cache.spec_id(spec)
        wanted = {self.cache.key(spec_id, text): text for text in texts if text}
        wanted = {key: text for key, text in wanted.items() if self.cache.get(key) is None}
        if not wanted or sum(map(len, wanted.values())) > PREFETCH_CHARS:
            return False
        self._prefetching = asyncio.get_running_loop().create_task(self._prefetch(wanted, spec))
        return True

    async def prefetched(self) -> None:
        """Wait until the prefetch in flight, if any, has ended (for benchmarks and tests)."""
        if self._prefetching is not None:
            await asyncio.wait([self._prefetching])

    async def _prefetch(self, wanted: dict[bytes, str], spec: DetectionSpec) -> None:
        pool = self._pool
        try:
            async with asyncio.timeout(self.settings.timeout_s):
                computed = await self._compute(list(wanted.values()), spec, size=LARGE)
        except Exception as exc:  # a failed prefetch costs the next turn its analysis, nothing else
            log.warning("answer_prefetch_failed", error=type(exc).__name__)
            if isinstance(exc, WorkerCrashed):  # replaced as a request would have it (a replacement
                with contextlib.suppress(Exception):  # that fails is the next request's to report)
                    await self._restart(pool)
            return
        for key, spans in zip(wanted, computed):
            self.cache.put(key, spans)

    async def _compute(self, texts: list[str], spec: DetectionSpec, size: int | None = None) -> list[list[Span]]:
        """Group small texts into jobs, split large ones into chunks, run all jobs in parallel
        (`size`: the dispatch class, by default that of the texts' total length)."""
        jobs: list[list[str]] = []
        # (job index, position in job, text index, offset in text)
        placements: list[tuple[int, int, int, int]] = []
        batch: list[str] = []
        batch_size = 0

        def flush() -> None:
            nonlocal batch, batch_size
            if batch:
                jobs.append(batch)
                batch, batch_size = [], 0

        for text_index, text in enumerate(texts):
            for offset, piece in chunking.split(text, size=_CHUNK_CHARS):
                if batch_size + len(piece) > _BATCH_CHARS:
                    flush()
                placements.append((len(jobs), len(batch), text_index, offset))
                batch.append(piece)
                batch_size += len(piece)
        flush()
        assert self._dispatch is not None
        spec_bytes = self._pickled(spec)
        if size is None:
            size = SMALL if sum(len(t) for t in texts) <= _SMALL_REQUEST_CHARS else LARGE
        if len(jobs) == 1:  # most requests: one job, awaited directly (no extra tasks)
            outputs = [await self._dispatch.run(size, _worker_analyze, jobs[0], spec_bytes)]
        else:
            futures = [asyncio.ensure_future(self._dispatch.run(size, _worker_analyze, job, spec_bytes)) for job in jobs]
            try:
                outputs = await asyncio.gather(*futures)
            except BaseException:
                for future in futures:
                    future.cancel()
                raise
        merged: list[list[Span]] = [[] for _ in texts]
        for job_index, position, text_index, offset in placements:
            merged[text_index].extend(chunking.shift(outputs[job_index][position], offset))
        return [
            resolve_overlaps(spans, texts[i]) if len(texts[i]) > _CHUNK_CHARS else spans
            for i, spans in enumerate(merged)
        ]

    def _pickled(self, spec: DetectionSpec) -> bytes:
        pickled = self._pickled_specs.get(spec)
        if pickled is None:
            if len(self._pickled_specs) >= _MAX_SPECS:
                self._pickled_specs.clear()
            pickled = self._pickled_specs[spec] = pickle.dumps(spec, pickle.HIGHEST_PROTOCOL)
        return pickled

    async def _restart(self, broken: WorkerPool | None) -> None:
        """Replace the pool that failed, once, however many requests saw it fail."""
        if broken is None or self._pool is not broken:
            return
        self._pool = None
        await broken.close(wait=False)
        await self.start()


__all__ = ["PREFETCH_CHARS", "DetectorError", "DetectorService"]
