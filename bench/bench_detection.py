"""Detection benchmarks (issue 5): figures next to their targets, not pass/fail.

    python -m bench.bench_detection [--quick] [--full]

1. throughput (chars/s) of our engine and stock Presidio on the labelled corpora, with recall, each
   engine first warmed up on the same other texts;
2. prompt-size scaling: 1, 8, 64 KB prompts, dense and sparse in PII (Presidio 64 KB: --full);
3. multi-turn: a 20-turn conversation resent in full each turn through DetectorService (the median of
   nine conversations per turn).

Single process for 1 and 2 (DetectionEngine called directly), so the figures compare engines, not
worker pools. --quick keeps a run within a couple of minutes on 2 cores.
"""

from __future__ import annotations

if __name__ == "__main__":  # before the other imports: the process may be replaced (eval/hash_seed.py)
    from eval.hash_seed import run_under_fixed_hash_seed

    run_under_fixed_hash_seed()

import argparse
import asyncio
import statistics
import time
from collections.abc import Callable
from importlib import metadata

from bench._detect_inputs import KB, conversation, sized_prompt
from gateway.detection.heap import freeze_loaded_objects
from eval import gen_prompts, splits
from eval.corpus import read_jsonl
from eval.engines import Detector, OurDetector, PresidioDetector, default_spec, engine_available
from eval.labels import CORE_TARGET_ENTITIES
from eval.report import fmt, table
from eval.run import load_corpora
from eval.scoring import score

SIZES = (1 * KB, 8 * KB, 64 * KB)
THROUGHPUT_TARGET_RATIO = 8.0
THROUGHPUT_CHUNKS = 6  # the engines take turns chunk by chunk (see bench_throughput)
DENSE_64KB_TARGET_S = 1.0
SCALING_TARGET_RATIO = 8.5
MULTI_TURN_TARGET_RATIO = 2.0
MULTI_TURN_CONVERSATIONS = 9
WARM_UP_SENTENCES = 100  # presidio-evaluator sentences of the dev split's first seed
WARM_UP_PROMPTS = 50  # our own prompts, of a seed the timed ones do not use


def _median_seconds(run: Callable[[str], object], texts: list[str]) -> float:
    timings = []
    for text in texts:
        started = time.perf_counter()
        run(text)
        timings.append(time.perf_counter() - started)
    return statistics.median(timings)


def warm_up_texts(timed: list[str]) -> list[str]:
    """What each engine analyses before it is timed, as the HTTP figures leave out a warm-up run:
    texts of the same generators that the timed corpora do not hold. An engine that has served a
    while has met its traffic's common words; one that has not makes a spaCy lexeme for each word
    it meets first. Measured 2026-12-04 on the quick corpus, a first pass took 10-20% longer than
    the second for our engine (which compiles its numbering plans and context words at start) and
    up to 6% for stock Presidio. With one short text as the warm-up, as before, that engine read
    0.2-0.4x higher against Presidio than with this one; the engine before it, which compiled
    those on first use, 1.0x lower."""
    sentences = [t.text for t in read_jsonl(splits.presidio_path("dev", splits.SEEDS["dev"][0]))]
    prompts = [t.text for t in gen_prompts.generate(WARM_UP_PROMPTS, seed=gen_prompts.DEFAULT_SEED + 1)]
    seen = set(timed)
    return [text for text in sentences[:WARM_UP_SENTENCES] + prompts if text not in seen]


def bench_throughput(detectors: list[Detector], quick: bool) -> None:
    """Each engine's chars/s on the labelled corpora, after the same warm-up (warm_up_texts). The
    engines take turns chunk by chunk, so a change in the machine's speed during the run (a VM's
    neighbours) falls on both alike; wall time and CPU time are both reported."""
    corpora = load_corpora(quick=quick)
    labelled = corpora.labelled["presidio_evaluator"] + corpora.labelled["own_prompts"]
    texts = [t.text for t in labelled]
    chars = sum(map(len, texts))
    step = -(-len(texts) // THROUGHPUT_CHUNKS)
    chunks = [texts[i : i + step] for i in range(0, len(texts), step)]
    predictions: dict[str, list] = {d.name: [] for d in detectors}
    wall: dict[str, list[float]] = {d.name: [] for d in detectors}
    cpu: dict[str, float] = {d.name: 0.0 for d in detectors}
    warm_up = warm_up_texts(texts)
    for detector in detectors:
        detector.analyze(warm_up)
    for chunk in chunks:
        for detector in detectors:
            started, cpu_started = time.perf_counter(), time.process_time()
            predictions[detector.name] += detector.analyze(chunk)
            wall[detector.name].append(time.perf_counter() - started)
            cpu[detector.name] += time.process_time() - cpu_started
    rows, speeds, recalls = [], {}, {}
    for detector in detectors:
        seconds = sum(wall[detector.name])
        board = score(labelled, predictions[detector.name])
        speeds[detector.name] = chars / seconds
        recalls[detector.name] = board.recall_over(CORE_TARGET_ENTITIES)
        rows.append([detector.name, f"{speeds[detector.name]:,.0f}", f"{chars / cpu[detector.name]:,.0f}",
                     f"{seconds:.2f}", fmt(recalls[detector.name]), fmt(board.precision_total())])
    print(f"\n== 1. Throughput on {len(texts)} labelled texts ({chars:,} chars), engines taking turns over "
          f"{len(chunks)} chunks, each warmed up on {len(warm_up)} other texts ==")
    print(table(["engine", "chars/s", "chars/CPU-s", "seconds", "core recall", "precision"], rows))
    if {"ours", "presidio"} <= speeds.keys():
        ratio = speeds["ours"] / speeds["presidio"]
        per_chunk = sorted(p / o for o, p in zip(wall["ours"], wall["presidio"]))
        recall_ok = (recalls["ours"] or 0) >= (recalls["presidio"] or 0)
        print(f"ours / presidio speed: {ratio:.1f}x (target >= {THROUGHPUT_TARGET_RATIO:.0f}x); by CPU time "
              f"{cpu['presidio'] / cpu['ours']:.1f}x; per chunk {per_chunk[0]:.1f}x-{per_chunk[-1]:.1f}x; "
              f"recall ours {fmt(recalls['ours'])} vs presidio {fmt(recalls['presidio'])} "
              f"({'equal or better' if recall_ok else 'WORSE'})")


def bench_scaling(detectors: list[Detector], quick: bool, full: bool) -> None:
    repeats = {1 * KB: 5 if quick else 15, 8 * KB: 3 if quick else 7, 64 * KB: 1 if quick else 3}
    rows = []
    results: dict[tuple[str, int, bool], float] = {}
    for detector in detectors:
        for size in SIZES:
            if detector.name != "ours" and size == 64 * KB and not full:
                continue
            for dense in (True, False):
                # Distinct variants per repeat, so no result cache can flatter the figure.
                texts = [sized_prompt(size, dense, variant) for variant in range(repeats[size])]
                seconds = _median_seconds(lambda text: detector.analyze([text]), texts)
                results[(detector.name, size, dense)] = seconds
                rows.append([detector.name, f"{size // KB} KB", "dense" if dense else "sparse",
                             f"{seconds * 1000:,.1f}", f"{size / seconds:,.0f}"])
    print("\n== 2. Prompt-size scaling (median of distinct prompts, one analyze call each) ==")
    print(table(["engine", "size", "PII", "ms", "chars/s"], rows))
    if ("ours", 64 * KB, True) in results:
        dense64 = results[("ours", 64 * KB, True)]
        print(f"ours 64 KB dense: {dense64:.3f} s (target <= {DENSE_64KB_TARGET_S:.1f} s)")
        for dense in (True, False):
            ratio = results[("ours", 64 * KB, dense)] / results[("ours", 8 * KB, dense)]
            print(f"ours 64 KB / 8 KB time, {'dense' if dense else 'sparse'}: {ratio:.2f}x "
                  f"(target <= {SCALING_TARGET_RATIO}x)")


async def _multi_turn(turns: int, conversations: int) -> tuple[list[float], list[float], float, float]:
    """Per turn, the median time over `conversations` conversations, each of its own texts (a tag
    per conversation keeps one's messages out of another's cache): a single sample per turn read
    anywhere from 1x to 6x at turn 20 on one VM, by whatever else the machine did at that moment.
    Twice: with each answer analysed ahead between turns, as the gateway does when its detector is
    idle (DetectorService.prefetch, for answers to a request that resent one: from turn 2's on),
    and with every answer unseen until it comes back (a gateway too busy to analyse ahead). Also
    the median time of the last turn's two new texts (the previous answer and the new question)
    sent alone, and of its question alone, under other tags: what the last turn costs without its
    history, in either way."""
    from gateway.detection.service import DetectorService
    from gateway.detection.settings import DetectorSettings

    spec = default_spec()
    # One worker: the figure is about the per-text cache, not parallelism (and keeps the run modest).
    service = DetectorService(DetectorSettings(workers=1))
    await service.start()
    freeze_loaded_objects()  # its in-process engine, as the gateway freezes it once started (services.py)
    try:
        await service.analyze(["warm-up: Jane Example, jane@example.com"], spec)
        ahead: list[list[float]] = [[] for _ in range(turns)]
        unseen: list[list[float]] = [[] for _ in range(turns)]
        new_alone: list[float] = []
        question_alone: list[float] = []
        for number in range(conversations):
            texts = conversation(turns)
            modes = (("ahead", ahead), ("unseen", unseen))
            for tag, samples in modes if number % 2 == 0 else modes[::-1]:  # whichever runs first reads slower
                messages = [f"[{tag} {number}] {message}" for message in texts]
                for turn in range(1, turns + 1):
                    resent = messages[: 2 * turn - 1]  # the whole history plus the new user message
                    started = time.perf_counter()
                    await service.analyze(resent, spec)
                    samples[turn - 1].append(time.perf_counter() - started)
                    if tag == "ahead" and turn > 1 and turn < turns:  # the user reads the answer meanwhile
                        if not service.prefetch([messages[2 * turn - 1]], spec):
                            raise RuntimeError("an answer was not analysed ahead: the 'ahead' figures would not be")
                        await service.prefetched()
            last_two = [f"[alone {number}] {message}" for message in texts[2 * turns - 3 : 2 * turns - 1]]
            started = time.perf_counter()
            await service.analyze(last_two, spec)
            new_alone.append(time.perf_counter() - started)
            started = time.perf_counter()
            await service.analyze([f"[question {number}] {texts[2 * turns - 2]}"], spec)
            question_alone.append(time.perf_counter() - started)
        return ([statistics.median(times) for times in ahead], [statistics.median(times) for times in unseen],
                statistics.median(new_alone), statistics.median(question_alone))
    finally:
        await service.close()


def bench_multi_turn(turns: int = 20) -> None:
    try:
        ahead, unseen, new_alone, question_alone = asyncio.run(_multi_turn(turns, MULTI_TURN_CONVERSATIONS))
    except ImportError:
        print("\n== 3. Multi-turn: gateway.detection.service not importable yet; skipped ==")
        return
    shown = [t for t in (1, 2, 5, 10, 15, 20) if t <= turns]
    print(f"\n== 3. Multi-turn: {turns}-turn conversation resent in full each turn (DetectorService; "
          f"median of {MULTI_TURN_CONVERSATIONS} conversations per turn) ==")
    print(table(["turn", "ms, answers analysed ahead", "ms, answers unseen"],
                [[str(t), f"{ahead[t - 1] * 1000:.1f}", f"{unseen[t - 1] * 1000:.1f}"] for t in shown]))
    print(f"turn {turns} / turn 1, answers analysed ahead between turns (the gateway with an idle detector): "
          f"{ahead[-1] / ahead[0]:.2f}x (target <= {MULTI_TURN_TARGET_RATIO:.0f}x)")
    print(f"turn {turns} / turn 1, every answer unseen until it comes back (a gateway too busy to analyse "
          f"ahead): {unseen[-1] / unseen[0]:.2f}x")
    # Unseen, each turn after the first brings two texts the cache has not seen (the answer to the
    # last question comes back with the history): the rest of turn 20 is the history's own cost.
    print(f"turn {turns}'s two new texts sent alone: {new_alone * 1000:.1f} ms; the {2 * turns - 3} texts of "
          f"history add {(unseen[-1] - new_alone) * 1000:.1f} ms (cache lookups, propagation over the request)")
    # (every conversation holds the same texts under its own tag: turn 20's question is not turn 1's)
    print(f"turn {turns}'s new question sent alone: {question_alone * 1000:.1f} ms "
          f"({question_alone / ahead[0]:.2f}x turn 1); with answers analysed ahead, the {2 * turns - 2} texts of "
          f"history add {(ahead[-1] - question_alone) * 1000:.1f} ms")


def spacy_version() -> str:
    try:
        return metadata.version("spacy")
    except metadata.PackageNotFoundError:
        return "not installed"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.bench_detection", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="smaller corpora and fewer repeats")
    parser.add_argument("--full", action="store_true", help="also time stock Presidio on 64 KB")
    parser.add_argument("--engine", choices=["ours", "presidio", "both"], default="both")
    args = parser.parse_args(argv)

    # Both engines run on this spaCy: NER is half of our engine's time and most of Presidio's, and
    # the build matters (pyproject.toml pins the release whose NER loop is fast).
    print(f"spaCy {spacy_version()}, thinc {metadata.version('thinc')}")
    spec = default_spec()
    detectors: list[Detector] = []
    if args.engine in ("ours", "both"):
        if engine_available():
            detectors.append(OurDetector(spec))
            # As the gateway's processes do once their engine is loaded (gateway/detection/heap.py).
            # Stock Presidio, loaded next, runs as it ships: its objects stay in the collector's
            # generations (ours, frozen, no longer add to its collections, as in a process of its own).
            freeze_loaded_objects()
        else:
            print("note: gateway.detection.engine is not importable yet; 'ours' skipped")
    if args.engine in ("presidio", "both"):
        detectors.append(PresidioDetector(spec))

    bench_throughput(detectors, args.quick)
    bench_scaling(detectors, args.quick, args.full)
    if args.engine in ("ours", "both"):
        bench_multi_turn()


if __name__ == "__main__":
    main()
