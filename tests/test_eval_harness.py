"""The evaluation harness itself: the scorer's arithmetic and the corpora's determinism."""

from __future__ import annotations

import random

import pytest
from stdnum.be import nn
from stdnum.de import idnr
from stdnum.es import dni
from stdnum.eu import vat
from stdnum.fr import nir
from stdnum.gb import nhs
from stdnum.it import codicefiscale
from stdnum.nl import bsn
from stdnum.pl import pesel

from eval import evasion, gen_prompts, nonpii
from eval.corpus import GoldSpan, LabelledText, fill_template, read_jsonl
from eval.eu_ids import EU_ID_GENERATORS
from eval.gen_presidio import CORPUS_PATH, real_newlines
from eval.labels import CONTEXT_LABEL, policy_entities
from eval.report import all_targets_met
from eval.scoring import Scoreboard, is_caught, score
from gateway.detection.types import Span

TEXT = "Call Jane Roe at 555 0100 now"
GOLD = LabelledText(TEXT, (GoldSpan(5, 13, "PERSON"), GoldSpan(17, 25, "PHONE_NUMBER")))


def test_scorer_recall_precision_and_non_pii_changed() -> None:
    predicted = [
        Span(5, 13, "PERSON", 0.9),  # the whole name
        Span(17, 21, "PHONE_NUMBER", 0.9),  # "555 ": 3 of the number's 7 characters
        Span(26, 29, "LOCATION", 0.6),  # "now": a false alarm
    ]
    board = score([GOLD], [predicted])

    assert board.entity("PERSON").recall == 1.0
    assert board.entity("PHONE_NUMBER").recall == 0.0
    assert board.entity("PHONE_NUMBER").precision == 1.0  # what it did mask was the number
    assert board.entity("LOCATION").precision == 0.0
    assert board.precision_total() == pytest.approx(2 / 3)
    # Non-PII non-space characters: "Call", "at", "now" = 9; "now" (3) was changed.
    assert board.non_pii_chars == 9
    assert board.non_pii_changed_share == pytest.approx(3 / 9)
    assert board.recall_over({"PERSON", "PHONE_NUMBER"}) == 0.5


def test_recall_counts_any_entity_type_but_type_exact_does_not() -> None:
    board = score([GOLD], [[Span(5, 13, "LOCATION", 0.7), Span(17, 25, "PHONE_NUMBER", 0.9)]])
    assert board.entity("PERSON").recall == 1.0
    assert board.entity("PERSON").recall_exact == 0.0
    assert board.entity("PHONE_NUMBER").recall_exact == 1.0


def test_ninety_percent_of_non_space_characters_catches_a_span() -> None:
    item = LabelledText("id 0123456789 end", (GoldSpan(3, 13, "US_SSN"),))
    nine_of_ten = score([item], [[Span(3, 12, "US_SSN", 1.0)]])
    eight_of_ten = score([item], [[Span(3, 11, "US_SSN", 1.0)]])
    assert nine_of_ten.entity("US_SSN").recall == 1.0
    assert eight_of_ten.entity("US_SSN").recall == 0.0


def test_pieces_of_a_spaced_value_together_catch_it() -> None:
    item = LabelledText("card 4111 1111 ok", (GoldSpan(5, 14, "CREDIT_CARD"),))
    predicted = [Span(5, 9, "CREDIT_CARD", 1.0), Span(10, 14, "PHONE_NUMBER", 0.5)]
    assert is_caught(item, predicted)
    assert not is_caught(item, predicted[:1])


def test_context_labels_are_neither_scored_nor_non_pii() -> None:
    item = LabelledText("On 2024-01-02 Ann paid", (GoldSpan(3, 13, CONTEXT_LABEL), GoldSpan(14, 17, "PERSON")))
    board = score([item], [[Span(3, 13, "DATE_TIME", 0.9)]])
    assert CONTEXT_LABEL not in board.by_entity
    assert board.entity("PERSON").recall == 0.0
    assert board.entity("DATE_TIME").precision == 1.0
    assert board.non_pii_changed == 0 and board.non_pii_chars == len("On") + len("paid")


def test_separator_between_two_parts_of_one_address_is_a_joint_not_non_pii() -> None:
    text = "Ship to Hauptweg 5, 12345 Musterstadt, today."
    street, town = text.index("Hauptweg 5"), text.index("12345 Musterstadt")
    item = LabelledText(text, (GoldSpan(street, street + 10, "STREET_ADDRESS"), GoldSpan(town, town + 17, "STREET_ADDRESS")))
    whole = [Span(street, town + 17, "STREET_ADDRESS", 1.0)]
    board = score([item], [whole])
    assert board.joints == 1 and board.joints_changed == 1
    assert board.non_pii_changed == 0 and board.non_pii_changed_share == 0.0
    assert board.non_pii_changed_share_with_joints > 0  # the rule before: the comma was non-PII
    # The comma after the town is no joint: it separates the address from other text.
    spilled = [Span(street, town + 18, "STREET_ADDRESS", 1.0)]
    assert score([item], [spilled]).non_pii_changed == 1
    # Two values of different entities never share a joint.
    mixed = LabelledText(text, (GoldSpan(street, street + 10, "STREET_ADDRESS"), GoldSpan(town, town + 17, "PERSON")))
    assert score([mixed], [whole]).joints == 0


def test_score_requires_one_prediction_list_per_text() -> None:
    with pytest.raises(ValueError):
        score([GOLD, GOLD], [[]])


def test_targets_check_uses_the_thresholds() -> None:
    item = LabelledText("mail a@b.example now", (GoldSpan(5, 16, "EMAIL_ADDRESS"),))
    good = score([item], [[Span(5, 16, "EMAIL_ADDRESS", 1.0)]])
    too_wide = score([item], [[Span(0, 20, "EMAIL_ADDRESS", 1.0)]])
    assert all_targets_met(good)
    assert not all_targets_met(too_wide)  # every non-PII character changed
    assert not all_targets_met(score([item], [[]]))
    assert all_targets_met(Scoreboard())


def test_fill_template_records_exact_offsets() -> None:
    item = fill_template('{"to": "{{email}}", "n": "{{name}}"}', {"email": ("x@y.example", "EMAIL_ADDRESS"), "name": ("Ann Lee", "PERSON")}, "t")
    assert item.text == '{"to": "x@y.example", "n": "Ann Lee"}'
    assert [item.text[s.start : s.end] for s in item.spans] == ["x@y.example", "Ann Lee"]


def test_own_prompts_are_deterministic_and_well_formed() -> None:
    first, again = gen_prompts.generate(120, seed=3), gen_prompts.generate(120, seed=3)
    assert first == again
    assert first != gen_prompts.generate(120, seed=4)
    entities = policy_entities()
    for item in first:
        assert "{{" not in item.text
        for span in item.spans:
            assert item.text[span.start : span.end].strip(), "a planted value is empty"
            assert span.entity in entities


def test_non_pii_evasion_and_regression_sets_are_deterministic() -> None:
    assert nonpii.generate(30, seed=5) == nonpii.generate(30, seed=5)
    assert evasion.generate(per_form=3, seed=5) == evasion.generate(per_form=3, seed=5)
    assert evasion.regression_set(20, seed=5) == evasion.regression_set(20, seed=5)
    assert all(not t.spans for t in nonpii.generate(30) + evasion.regression_set(20))


VALIDATORS = {
    "DE_TAX_ID": idnr.is_valid, "FR_NIR": nir.is_valid, "ES_NIF": dni.is_valid,
    "IT_FISCAL_CODE": codicefiscale.is_valid, "NL_BSN": bsn.is_valid, "PL_PESEL": pesel.is_valid,
    "BE_NATIONAL_NUMBER": nn.is_valid, "EU_VAT": vat.is_valid, "UK_NHS": nhs.is_valid,
}


@pytest.mark.parametrize("entity", sorted(VALIDATORS))
def test_eu_ids_pass_their_stdnum_validator(entity: str) -> None:
    rng = random.Random(entity)
    for _ in range(25):
        assert VALIDATORS[entity](EU_ID_GENERATORS[entity](rng))


def test_stored_presidio_corpus_is_consistent() -> None:
    texts = read_jsonl(CORPUS_PATH)
    assert len(texts) == 3000
    entities = policy_entities() | {CONTEXT_LABEL}
    for item in texts:
        for span in item.spans:
            assert 0 <= span.start < span.end <= len(item.text)
            assert span.entity in entities


def test_literal_newlines_become_real_ones_with_offsets_kept() -> None:
    item = LabelledText("Ann Lee\\nMain St 1\\n", (GoldSpan(0, 7, "PERSON"), GoldSpan(9, 18, "STREET_ADDRESS")))
    fixed = real_newlines(item)
    assert fixed.text == "Ann Lee\nMain St 1\n"
    assert [fixed.text[s.start : s.end] for s in fixed.spans] == ["Ann Lee", "Main St 1"]
