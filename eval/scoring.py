"""The scorer: from gold spans and predicted spans to recall, precision and non-PII damage.

Definitions (all counted on non-whitespace characters, so a span's trailing blank never matters):

- A gold span is *caught* when the union of predicted spans of any entity type covers at least
  COVERAGE_TO_CATCH of its characters: for a redactor what matters is that the characters leave
  masked, not which label they were given. *Type-exact* recall only counts predicted spans of the
  gold span's own entity.
- A predicted span is *correct* (precision) when at least HALF of its characters lie inside gold
  spans of any label (context labels included: masking a date is not a false alarm of PII).
- *Non-PII changed* is the share of characters outside every gold span (of any label) that fall
  inside some predicted span. A comma or semicolon that only separates two gold spans of the same
  entity (the street and the town line of one postal address, written as two slots) is a *joint*:
  part of the value, not non-PII text. Joints are counted on their own, so the figure with them
  counted as non-PII (the rule before 2026-12-01) stays available: `non_pii_changed_share_with_joints`.

Context-labelled gold spans are not scored for recall. Decoy-labelled spans (look-alikes planted
on purpose) are not scored for recall either, count as non-PII characters, and a decoy masked for
at least HALF of its characters is a *decoy false alarm*.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from eval.corpus import GoldSpan, LabelledText
from eval.labels import CONTEXT_LABEL, DECOY_LABEL

COVERAGE_TO_CATCH = 0.90
HALF = 0.5


class PredictedSpan(Protocol):
    """What we need of a prediction; gateway.detection.types.Span satisfies it."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def entity(self) -> str: ...


@dataclass(slots=True)
class EntityCounts:
    """Recall side (gold spans of this entity) and precision side (predictions of this entity)."""

    support: int = 0
    caught: int = 0
    caught_exact: int = 0
    predicted: int = 0
    predicted_correct: int = 0

    @property
    def recall(self) -> float | None:
        return self.caught / self.support if self.support else None

    @property
    def recall_exact(self) -> float | None:
        return self.caught_exact / self.support if self.support else None

    @property
    def precision(self) -> float | None:
        return self.predicted_correct / self.predicted if self.predicted else None


@dataclass(slots=True)
class Scoreboard:
    by_entity: dict[str, EntityCounts] = field(default_factory=dict)
    non_pii_chars: int = 0
    non_pii_changed: int = 0
    texts: int = 0
    decoys: int = 0
    decoys_hit: int = 0
    joints: int = 0
    joints_changed: int = 0

    def entity(self, name: str) -> EntityCounts:
        return self.by_entity.setdefault(name, EntityCounts())

    @property
    def non_pii_changed_share(self) -> float:
        return self.non_pii_changed / self.non_pii_chars if self.non_pii_chars else 0.0

    @property
    def non_pii_changed_share_with_joints(self) -> float:
        chars = self.non_pii_chars + self.joints
        return (self.non_pii_changed + self.joints_changed) / chars if chars else 0.0

    @property
    def decoy_false_alarm_share(self) -> float | None:
        return self.decoys_hit / self.decoys if self.decoys else None

    def recall_over(self, entities: Iterable[str]) -> float | None:
        """Micro-averaged recall over the given entities (those with support)."""
        wanted = set(entities)
        support = sum(c.support for e, c in self.by_entity.items() if e in wanted)
        caught = sum(c.caught for e, c in self.by_entity.items() if e in wanted)
        return caught / support if support else None

    def precision_total(self) -> float | None:
        predicted = sum(c.predicted for c in self.by_entity.values())
        correct = sum(c.predicted_correct for c in self.by_entity.values())
        return correct / predicted if predicted else None

    def merge(self, other: Scoreboard) -> Scoreboard:
        merged = Scoreboard(texts=self.texts + other.texts)
        merged.non_pii_chars = self.non_pii_chars + other.non_pii_chars
        merged.non_pii_changed = self.non_pii_changed + other.non_pii_changed
        merged.decoys = self.decoys + other.decoys
        merged.decoys_hit = self.decoys_hit + other.decoys_hit
        merged.joints = self.joints + other.joints
        merged.joints_changed = self.joints_changed + other.joints_changed
        for board in (self, other):
            for name, counts in board.by_entity.items():
                target = merged.entity(name)
                target.support += counts.support
                target.caught += counts.caught
                target.caught_exact += counts.caught_exact
                target.predicted += counts.predicted
                target.predicted_correct += counts.predicted_correct
        return merged


def merge_all(boards: Iterable[Scoreboard]) -> Scoreboard:
    """One scoreboard for several (a run's corpora, a seed's corpus kinds)."""
    total = Scoreboard()
    for board in boards:
        total = total.merge(board)
    return total


def coverage_mask(length: int, spans: Iterable[PredictedSpan | GoldSpan]) -> bytearray:
    mask = bytearray(length)
    for span in spans:
        start, end = max(0, span.start), min(length, span.end)
        mask[start:end] = b"\x01" * max(0, end - start)
    return mask


def share_covered(text: str, start: int, end: int, mask: bytearray) -> float:
    """Share of the non-whitespace characters of text[start:end] that the mask covers."""
    total = covered = 0
    for index in range(max(0, start), min(len(text), end)):
        if not text[index].isspace():
            total += 1
            covered += mask[index]
    return covered / total if total else 1.0


_JOINT_CHARS = frozenset(",; \t\n")


def joint_mask(item: LabelledText) -> bytearray:
    """Separators between two adjacent gold spans of one entity ("Musterstraße 5, 12345 Berlin")."""
    text = item.text
    mask = bytearray(len(text))
    scored = sorted((g for g in item.spans if g.entity not in (CONTEXT_LABEL, DECOY_LABEL)), key=lambda g: g.start)
    for left, right in zip(scored, scored[1:]):
        gap = text[left.end:right.start]
        if left.entity == right.entity and 0 < len(gap) <= 4 and set(gap) <= _JOINT_CHARS:
            mask[left.end:right.start] = b"\x01" * len(gap)
    return mask


def score_text(
    item: LabelledText, predicted: Sequence[PredictedSpan], board: Scoreboard
) -> Scoreboard:
    """Add one text's gold/predicted comparison to the board (and return it)."""
    text = item.text
    any_prediction = coverage_mask(len(text), predicted)
    any_gold = coverage_mask(len(text), (g for g in item.spans if g.entity != DECOY_LABEL))
    board.texts += 1

    for gold in item.spans:
        if gold.entity == DECOY_LABEL:
            board.decoys += 1
            board.decoys_hit += share_covered(text, gold.start, gold.end, any_prediction) >= HALF
            continue
        if gold.entity == CONTEXT_LABEL:
            continue
        counts = board.entity(gold.entity)
        counts.support += 1
        if share_covered(text, gold.start, gold.end, any_prediction) >= COVERAGE_TO_CATCH:
            counts.caught += 1
        same_type = coverage_mask(len(text), (p for p in predicted if p.entity == gold.entity))
        if share_covered(text, gold.start, gold.end, same_type) >= COVERAGE_TO_CATCH:
            counts.caught_exact += 1

    for span in predicted:
        counts = board.entity(span.entity)
        counts.predicted += 1
        if share_covered(text, span.start, span.end, any_gold) >= HALF:
            counts.predicted_correct += 1

    joints = joint_mask(item)
    for index, char in enumerate(text):
        if not char.isspace() and not any_gold[index]:
            if joints[index]:
                board.joints += 1
                board.joints_changed += any_prediction[index]
            else:
                board.non_pii_chars += 1
                board.non_pii_changed += any_prediction[index]
    return board


def score(items: Sequence[LabelledText], predictions: Sequence[Sequence[PredictedSpan]]) -> Scoreboard:
    if len(items) != len(predictions):
        raise ValueError("one list of predicted spans is needed per text")
    board = Scoreboard()
    for item, predicted in zip(items, predictions, strict=True):
        score_text(item, predicted, board)
    return board


def is_caught(item: LabelledText, predicted: Sequence[PredictedSpan]) -> bool:
    """True when every scored gold span of the text is caught (used by the evasion table)."""
    mask = coverage_mask(len(item.text), predicted)
    return all(
        share_covered(item.text, g.start, g.end, mask) >= COVERAGE_TO_CATCH
        for g in item.spans
        if g.entity not in (CONTEXT_LABEL, DECOY_LABEL)
    )
