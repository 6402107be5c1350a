"""Plain-text tables for scoreboards and the evasion table, with targets beside the figures."""

from __future__ import annotations

from collections.abc import Sequence

from eval.labels import (
    CHECKSUM_ENTITIES,
    CORE_RECALL_TARGET,
    CORE_TARGET_ENTITIES,
    NON_PII_CHANGED_TARGET,
    recall_target,
)
from eval.scoring import Scoreboard


def fmt(value: float | None, digits: int = 3) -> str:
    return "-" if value is None else f"{value:.{digits}f}"


def _verdict(ok: bool | None) -> str:
    return "" if ok is None else ("ok" if ok else "MISSED")


def table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    lines = ["  ".join(str(c).ljust(w) for c, w in zip(header, widths, strict=True)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(str(c).ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in rows]
    return "\n".join(lines)


def entity_table(boards: dict[str, Scoreboard]) -> str:
    """One row per entity; for each engine: recall (any type), type-exact recall, precision."""
    names = sorted({e for b in boards.values() for e in b.by_entity})
    header = ["entity", "support", "target"]
    for engine in boards:
        header += [f"{engine}:R", f"{engine}:R-type", f"{engine}:P", f"{engine}:pred"]
    rows = []
    for entity in names:
        support = max(b.by_entity[entity].support if entity in b.by_entity else 0 for b in boards.values())
        target = recall_target(entity)
        row = [entity, str(support), fmt(target, 2) if target is not None else "-"]
        for board in boards.values():
            counts = board.entity(entity)
            recall = counts.recall
            mark = "" if target is None or recall is None else ("" if recall >= target else " !")
            row += [fmt(recall) + mark, fmt(counts.recall_exact), fmt(counts.precision), str(counts.predicted)]
        rows.append(row)
    return table(header, rows)


def target_summary(boards: dict[str, Scoreboard]) -> str:
    """The issue-6 targets, measured for each engine."""
    header = ["target", "goal", *boards]
    rows: list[list[str]] = []

    def add(label: str, goal: str, values: list[tuple[float | None, bool | None]]) -> None:
        rows.append([label, goal, *(f"{fmt(v)} {_verdict(ok)}".strip() for v, ok in values)])

    def at_least(value: float | None, goal: float) -> tuple[float | None, bool | None]:
        return value, None if value is None else value >= goal

    add("recall, core PII types", f">= {CORE_RECALL_TARGET}",
        [at_least(b.recall_over(CORE_TARGET_ENTITIES), CORE_RECALL_TARGET) for b in boards.values()])
    add("recall, PERSON", ">= 0.95", [at_least(b.entity("PERSON").recall, 0.95) for b in boards.values()])
    add("recall, STREET_ADDRESS", ">= 0.90",
        [at_least(b.entity("STREET_ADDRESS").recall, 0.90) for b in boards.values()])
    add("recall, checksum types", "= 1.000",
        [at_least(b.recall_over(CHECKSUM_ENTITIES), 1.0) for b in boards.values()])
    add("precision (all predictions)", "(none)", [(b.precision_total(), None) for b in boards.values()])
    add("non-PII characters changed", f"<= {NON_PII_CHANGED_TARGET}",
        [(b.non_pii_changed_share, b.non_pii_changed_share <= NON_PII_CHANGED_TARGET) for b in boards.values()])
    return table(header, rows)


def all_targets_met(board: Scoreboard) -> bool:
    checks = [
        (board.recall_over(CORE_TARGET_ENTITIES), CORE_RECALL_TARGET),
        (board.entity("PERSON").recall, 0.95),
        (board.entity("STREET_ADDRESS").recall, 0.90),
        (board.recall_over(CHECKSUM_ENTITIES), 1.0),
    ]
    recall_ok = all(value is None or value >= goal for value, goal in checks)
    return recall_ok and board.non_pii_changed_share <= NON_PII_CHANGED_TARGET


def corpus_table(per_corpus: dict[str, dict[str, Scoreboard]]) -> str:
    """Per corpus: core recall and non-PII damage for each engine."""
    engines = sorted({e for boards in per_corpus.values() for e in boards})
    header = ["corpus", "texts"]
    for engine in engines:
        header += [f"{engine}:core R", f"{engine}:nonPII chg"]
    rows = []
    for corpus, boards in per_corpus.items():
        row = [corpus, str(next(iter(boards.values())).texts)]
        for engine in engines:
            board = boards.get(engine)
            row += ["-", "-"] if board is None else [
                fmt(board.recall_over(CORE_TARGET_ENTITIES | CHECKSUM_ENTITIES)),
                f"{100 * board.non_pii_changed_share:.2f}%",
            ]
        rows.append(row)
    return table(header, rows)


def evasion_table(caught: dict[str, dict[str, tuple[int, int]]]) -> str:
    """caught[engine][form] = (caught, total)."""
    engines = list(caught)
    forms = list(next(iter(caught.values()))) if caught else []
    header = ["evasion form", *(f"{e}:caught" for e in engines)]
    rows = []
    for form in forms:
        row = [form]
        for engine in engines:
            got, total = caught[engine][form]
            row.append(f"{got}/{total} ({100 * got / total:.0f}%)" if total else "-")
        rows.append(row)
    return table(header, rows)
