"""Load the corpora, run a detector over them, and collect every figure the report prints."""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass, field

from gateway.detection.types import Span

from eval import evasion, gen_prompts, nonpii
from eval.corpus import LabelledText, read_jsonl
from eval.engines import Detector
from eval.gen_presidio import CORPUS_PATH
from eval.misses import false_alarms, missed_spans
from eval.scoring import Scoreboard, merge_all, is_caught, score


@dataclass(frozen=True)
class Corpora:
    labelled: dict[str, list[LabelledText]]  # corpus name -> texts (non-PII corpus included)
    evasion: dict[str, list[LabelledText]]  # evasion form -> texts
    regression: list[LabelledText]  # spaced ordinary numbers; any finding is a false alarm

    @property
    def characters(self) -> int:
        return sum(len(t.text) for texts in self.labelled.values() for t in texts)


def load_corpora(quick: bool = False) -> Corpora:
    """Full: 3000 presidio-evaluator sentences, 1200 own prompts, 400 non-PII texts.
    Quick: a fixed prefix of each, about a fifth."""
    presidio = read_jsonl(CORPUS_PATH)
    return Corpora(
        labelled={
            "presidio_evaluator": presidio[:600] if quick else presidio,
            "own_prompts": gen_prompts.generate(300 if quick else 1200),
            "non_pii": nonpii.generate(100 if quick else 400),
        },
        evasion=evasion.generate(per_form=12 if quick else 40),
        regression=evasion.regression_set(40 if quick else 120),
    )


@dataclass
class EngineResult:
    name: str
    per_corpus: dict[str, Scoreboard] = field(default_factory=dict)
    evasion: dict[str, tuple[int, int]] = field(default_factory=dict)  # form -> (caught, total)
    regression_false_alarms: int = 0
    regression_total: int = 0
    seconds: float = 0.0  # detection time on the labelled corpora only
    characters: int = 0
    examples: list[str] = field(default_factory=list)  # misses / false alarms, when asked for

    @property
    def total(self) -> Scoreboard:
        return merge_all(self.per_corpus.values())

    @property
    def chars_per_second(self) -> float:
        return self.characters / self.seconds if self.seconds else 0.0


def _timed(detector: Detector, texts: Sequence[str]) -> tuple[list[list[Span]], float]:
    started = time.perf_counter()
    predictions = detector.analyze(texts)
    return predictions, time.perf_counter() - started


def evaluate(detector: Detector, corpora: Corpora, show: int = 0) -> EngineResult:
    """Score `detector` on every corpus; `show` > 0 also keeps that many examples per kind."""
    result = EngineResult(detector.name)
    # Warm-up: the first call loads models and compiles patterns; keep it out of the timing.
    detector.analyze(["Warm-up text from Jane Example, jane@example.com."])
    for name, texts in corpora.labelled.items():
        predictions, seconds = _timed(detector, [t.text for t in texts])
        result.per_corpus[name] = score(texts, predictions)
        result.seconds += seconds
        result.characters += sum(len(t.text) for t in texts)
        if show:
            result.examples += [f"[{name}] missed {line}" for line in missed_spans(texts, predictions, show)]
            result.examples += [f"[{name}] false alarm {line}" for line in false_alarms(texts, predictions, show)]
    for form, texts in corpora.evasion.items():
        predictions = detector.analyze([t.text for t in texts])
        caught = sum(is_caught(t, p) for t, p in zip(texts, predictions, strict=True))
        result.evasion[form] = (caught, len(texts))
    predictions = detector.analyze([t.text for t in corpora.regression])
    result.regression_false_alarms = sum(1 for p in predictions if p)
    if show:
        flagged = false_alarms(corpora.regression, predictions, show)
        result.examples += [f"[regression] false alarm {line}" for line in flagged]
    result.regression_total = len(corpora.regression)
    return result
