"""The generalisation evaluation (issue 11): splits, corpus kinds, decoy scoring and the CLI."""

from __future__ import annotations

import json

import pytest

from eval import kind_templates_dev, kind_templates_heldout, kinds, splits
from eval.__main__ import main
from eval.corpus import GoldSpan, LabelledText
from eval.labels import DECOY_LABEL
from eval.scoring import score
from gateway.detection.types import Span


def test_decoys_are_non_pii_and_count_as_false_alarms_when_masked() -> None:
    item = LabelledText("key FAKEkey123 commit abc123def", (GoldSpan(4, 14, "SECRET"), GoldSpan(22, 31, DECOY_LABEL)))
    board = score([item], [[Span(4, 14, "SECRET", 0.9), Span(22, 31, "SECRET", 0.9)]])
    assert board.entity("SECRET").recall == 1.0
    assert DECOY_LABEL not in board.by_entity
    assert board.decoys == 1 and board.decoy_false_alarm_share == 1.0
    # The decoy's 9 characters are non-PII and were changed; "key" and "commit" were not.
    assert board.non_pii_chars == 3 + 6 + 9 and board.non_pii_changed == 9


def test_kinds_are_deterministic_and_their_offsets_exact() -> None:
    first = kinds.generate("dev", 5, per_kind=15)
    assert first == kinds.generate("dev", 5, per_kind=15)
    assert first != kinds.generate("dev", 6, per_kind=15)
    for texts in first.values():
        for item in texts:
            for span in item.spans:
                assert 0 <= span.start < span.end <= len(item.text)
                assert item.text[span.start : span.end].strip() == item.text[span.start : span.end]


def test_held_out_templates_and_seeds_are_not_the_development_ones() -> None:
    for kind, pairs in kind_templates_heldout.TEMPLATES.items():
        assert not set(pairs) & set(kind_templates_dev.TEMPLATES[kind])
    assert not set(splits.SEEDS["dev"]) & set(splits.SEEDS["heldout"])
    assert splits.is_heldout_template("x") == splits.is_heldout_template(" x ")
    for split in splits.SPLITS:
        for seed in splits.SEEDS[split]:
            assert splits.presidio_path(split, seed).exists()


def test_show_is_refused_on_the_held_out_split() -> None:
    with pytest.raises(SystemExit):
        main(["--split", "heldout", "--show", "5"])
    with pytest.raises(SystemExit):
        main(["--seeds", "1,2"])


def test_a_tiny_dev_run_reports_mean_and_spread(tmp_path, capsys) -> None:
    out = tmp_path / "figures.json"
    assert main(["--engine", "ours", "--split", "dev", "--seeds", "1", "--quick", "--json", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "mean ± sd over seeds" in printed and "secrets_code" in printed
    figures = json.loads(out.read_text())["ours"]["1"]
    assert set(figures) == {"presidio_templates", *kinds.templates("dev")}
