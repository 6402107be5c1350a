"""The generalisation report: one split, several seeds, each figure as mean ± spread over seeds.

`python -m eval --split dev|heldout|final|final2 [--seeds 1,2,3] [--quick]` runs it (see eval/__main__.py).
"""

from __future__ import annotations

import statistics
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from eval.engines import Detector
from eval.labels import CORE_TARGET_ENTITIES
from eval.misses import false_alarms, missed_spans
from eval.report import entity_table, fmt, table
from eval.run import _timed
from eval.scoring import Scoreboard, merge_all, score
from eval import splits

SECRET_ENTITIES = frozenset({"SECRET", "PRIVATE_KEY", "PASSWORD"})
LABELLED_ENTITIES = frozenset({"DATE_OF_BIRTH", "MEDICAL_RECORD_NUMBER", "ACCOUNT_NUMBER", "USERNAME"})
GOALS = {
    "recall, core PII types": ">= 0.97",
    "recall, every scored type": ">= 0.97",
    "recall, secrets": ">= 0.97",
    "non-PII characters changed": "<= 2%",
    "decoy false alarms": "<= 1%",
}


@dataclass
class SeedResult:
    seed: int
    per_corpus: dict[str, Scoreboard] = field(default_factory=dict)
    characters: int = 0
    seconds: float = 0.0

    @property
    def total(self) -> Scoreboard:
        return merge_all(self.per_corpus.values())


def _scored_entities(board: Scoreboard) -> set[str]:
    return {e for e, c in board.by_entity.items() if c.support and e != "LOCATION"}


METRICS: dict[str, Callable[[Scoreboard], float | None]] = {
    "recall, core PII types": lambda b: b.recall_over(CORE_TARGET_ENTITIES),
    "recall, every scored type": lambda b: b.recall_over(_scored_entities(b)),
    "recall, PERSON": lambda b: b.entity("PERSON").recall,
    "recall, STREET_ADDRESS": lambda b: b.entity("STREET_ADDRESS").recall,
    "recall, PHONE_NUMBER": lambda b: b.entity("PHONE_NUMBER").recall,
    "recall, EMAIL_ADDRESS": lambda b: b.entity("EMAIL_ADDRESS").recall,
    "recall, secrets": lambda b: b.recall_over(SECRET_ENTITIES),
    "recall, labelled ids/DOB/usernames": lambda b: b.recall_over(LABELLED_ENTITIES),
    "precision (all predictions)": lambda b: b.precision_total(),
    "non-PII characters changed": lambda b: b.non_pii_changed_share,
    "... with address separators as non-PII": lambda b: b.non_pii_changed_share_with_joints,
    "decoy false alarms": lambda b: b.decoy_false_alarm_share,
}


def evaluate_split(detector: Detector, split: str, seeds: Sequence[int], quick: bool,
                   show: int = 0, examples: list[str] | None = None) -> list[SeedResult]:
    detector.analyze(["Warm-up text from Jane Example, jane@example.com."])
    results = []
    for seed in seeds:
        result = SeedResult(seed)
        for name, texts in splits.load(split, seed, quick).items():
            predictions, seconds = _timed(detector, [t.text for t in texts])
            result.per_corpus[name] = score(texts, predictions)
            result.seconds += seconds
            result.characters += sum(len(t.text) for t in texts)
            if show and examples is not None:
                examples += [f"[s{seed} {name}] missed {line}" for line in missed_spans(texts, predictions, show)]
                examples += [f"[s{seed} {name}] false alarm {line}" for line in false_alarms(texts, predictions, show)]
        results.append(result)
    return results


def _spread(values: list[float]) -> str:
    if not values:
        return "-"
    mean = statistics.fmean(values)
    spread = statistics.stdev(values) if len(values) > 1 else 0.0
    return f"{mean:.3f} ± {spread:.3f}"


def summary(results: list[SeedResult]) -> str:
    """Each metric: mean ± standard deviation over seeds, then the minimum and maximum."""
    rows = []
    for label, metric in METRICS.items():
        values = [v for v in (metric(r.total) for r in results) if v is not None]
        rows.append([label, GOALS.get(label, ""), _spread(values),
                     fmt(min(values)) if values else "-", fmt(max(values)) if values else "-"])
    return table(["figure", "goal", "mean ± sd over seeds", "min", "max"], rows)


def corpus_summary(results: list[SeedResult]) -> str:
    corpora = list(results[0].per_corpus) if results else []
    rows = []
    for corpus in corpora:
        boards = [r.per_corpus[corpus] for r in results]
        recall = [v for v in (b.recall_over(_scored_entities(b)) for b in boards) if v is not None]
        changed = [b.non_pii_changed_share for b in boards]
        with_joints = [b.non_pii_changed_share_with_joints for b in boards]
        decoys = [v for v in (b.decoy_false_alarm_share for b in boards) if v is not None]
        rows.append([corpus, str(boards[0].texts), _spread(recall), _spread(changed), _spread(with_joints),
                     _spread(decoys)])
    return table(["corpus", "texts/seed", "recall (scored types)", "non-PII changed",
                  "... separators as non-PII", "decoy false alarms"], rows)


def pooled_entity_table(name: str, results: list[SeedResult]) -> str:
    board = Scoreboard()
    for result in results:
        board = board.merge(result.total)
    return entity_table({name: board})
