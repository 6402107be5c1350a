"""Examples of misses and false alarms, for whoever tunes the detector (`python -m eval --show N`).

Only ever fed the harness's own corpora, which hold synthetic values exclusively; it is a
debugging aid for those corpora and must never be pointed at real traffic.
"""

from __future__ import annotations

from collections.abc import Sequence

from eval.corpus import LabelledText
from eval.labels import CONTEXT_LABEL, DECOY_LABEL
from eval.scoring import COVERAGE_TO_CATCH, PredictedSpan, coverage_mask, share_covered


def missed_spans(
    items: Sequence[LabelledText], predictions: Sequence[Sequence[PredictedSpan]], limit: int
) -> list[str]:
    """Up to `limit` lines 'ENTITY: value   | in: text', one per gold span not caught."""
    lines: list[str] = []
    for item, predicted in zip(items, predictions, strict=True):
        mask = coverage_mask(len(item.text), predicted)
        for gold in item.spans:
            if gold.entity in (CONTEXT_LABEL, DECOY_LABEL):
                continue
            if share_covered(item.text, gold.start, gold.end, mask) < COVERAGE_TO_CATCH:
                lines.append(f"{gold.entity}: {item.text[gold.start:gold.end]!r}   | in: {item.text[:160]!r}")
                if len(lines) >= limit:
                    return lines
    return lines


def false_alarms(
    items: Sequence[LabelledText], predictions: Sequence[Sequence[PredictedSpan]], limit: int
) -> list[str]:
    """Up to `limit` lines 'ENTITY: flagged text', one per prediction mostly outside gold spans."""
    lines: list[str] = []
    for item, predicted in zip(items, predictions, strict=True):
        gold = coverage_mask(len(item.text), (g for g in item.spans if g.entity != DECOY_LABEL))
        for span in predicted:
            if share_covered(item.text, span.start, span.end, gold) < 0.5:
                lines.append(f"{span.entity}: {item.text[span.start:span.end]!r}")
                if len(lines) >= limit:
                    return lines
    return lines
