"""The speed4 rewrites give the same answers as what they replace: the street-word alternations
grouped by their first characters, and the label scanner's per-set positions."""

from __future__ import annotations

import re

import pytest

from gateway.detection.addresses import AddressFinder, _alternation, _caseless_tree, _case_sensitive_tree
from gateway.detection.labelled import label_positions
from gateway.detection.street_words import LOWER_TYPES, street_word_sets

_SUFFIXES, _PREFIXES, _LOCALE_PREFIXES = street_word_sets()


@pytest.mark.parametrize("words", [_SUFFIXES, _LOCALE_PREFIXES, LOWER_TYPES,
                                   ("St", "St.", "Street", "S", "Sq", "Road", "Rd", "R")])
def test_tree_matches_what_the_alternation_matches(words) -> None:
    tree = re.compile(f"(?:{_case_sensitive_tree(words)})")
    flat = re.compile(f"(?:{_alternation(words)})")
    # Each word, each word run on, and lower/upper variants: the same (longest-first) match or none.
    for word in words:
        for probe in (word, word + "s", word + ".x", word.lower(), word.upper(), word[:-1]):
            got, want = tree.match(probe), flat.match(probe)
            assert (got and got.group()) == (want and want.group()), probe


@pytest.mark.parametrize("words", [_PREFIXES, ("av", "av.", "avda.", "rua", "rúa", "c/", "calle")])
def test_caseless_tree_matches_what_the_alternation_matches(words) -> None:
    tree = re.compile(f"(?i:{_caseless_tree(words)})")
    flat = re.compile(f"(?i:{_alternation(words)})")
    assert tree.pattern != flat.pattern  # grouped (every word opens on a lower-case ASCII letter)
    for word in words:
        for probe in (word, word.upper(), word.title(), word + "x", word[:-1], "K" + word[1:]):
            got, want = tree.match(probe), flat.match(probe)
            assert (got and got.group()) == (want and want.group()), probe


def test_caseless_tree_falls_back_for_other_first_characters() -> None:
    assert _caseless_tree(("Élan", "rue")) == _alternation(("Élan", "rue"))


def test_tree_keeps_a_shorter_word_after_the_longer_ones_of_its_group() -> None:
    # "St" then "." must still prefer "St." where the text has it, and "S" alone otherwise.
    tree = re.compile(f"(?:{_case_sensitive_tree(('S', 'St', 'St.'))})")
    assert tree.match("St. Mary").group() == "St."
    assert tree.match("Stone").group() == "St"
    assert tree.match("Sx").group() == "S"
    assert tree.match("st") is None  # case-sensitive, as the flat alternation


@pytest.mark.parametrize("text", [
    "Ship it to 4147 Midway Road, then call.",
    "Nina and Tom Wilhelmsens vei 83 is the place",
    "the corner of Askelund 1 and Symanska Freeway",
    "Bécsi utca 53. Budapest",
    "Berliner Allee 3, Düsseldorf",
    "Invalid API Key and Amazon SQS Queue",
    "Meet at 91 avenue Jules Ferry or Via Pasquale Scura 127, ul. Chrzanowska 61",
    "Avda. Los llanos 41; R Capela 99; RUE DE LA PAIX 5",
])
def test_street_patterns_find_the_same_as_with_flat_alternations(text, monkeypatch) -> None:
    tree = AddressFinder()
    monkeypatch.setattr("gateway.detection.addresses._case_sensitive_tree", _alternation)
    monkeypatch.setattr("gateway.detection.addresses._caseless_tree", _alternation)
    flat = AddressFinder()
    for name in ("numbered_suffix", "prefixed", "lower_typed", "spaced_ending"):
        assert [m.span() for m in getattr(tree, name).finditer(text)] == \
            [m.span() for m in getattr(flat, name).finditer(text)], name
    assert tree.numbered_suffix.search("4147 Midway Road") is not None  # the test can fail


def test_label_positions_sorted_distinct_and_not_shared() -> None:
    text = "Customer number 4471203; customer id C-1; member no 5"
    labels = ("customer", "customer number", "member")
    first = label_positions(text, labels)
    assert first == sorted({0, 25, 42})
    first.append(-1)  # a caller changing its list changes no later answer
    assert label_positions(text, labels) == [0, 25, 42]
    single = label_positions(text, ("member",))
    single.clear()
    assert label_positions(text, ("member",)) == [42]
    assert label_positions(text, ("policy",)) == []


def test_alnum_pattern_accepts_exactly_what_isalnum_accepts() -> None:
    from gateway.detection.spans import _ALNUM

    # Letters, digits and numerals of any script; not "_", punctuation, marks or spaces.
    for char in "aZ9éß٣Ⅻ²漢_-. \u0301\u200b\t":
        assert bool(_ALNUM.fullmatch(char)) == char.isalnum(), repr(char)


def test_resolve_overlaps_drops_pieces_without_a_letter_or_digit() -> None:
    from gateway.detection.spans import resolve_overlaps
    from gateway.detection.types import Span

    text = "call -- ab __ 12"
    spans = [Span(5, 7, "X", 0.5), Span(8, 10, "X", 0.5), Span(11, 13, "X", 0.5), Span(14, 16, "X", 0.5)]
    assert resolve_overlaps(spans, text) == [Span(8, 10, "X", 0.5), Span(14, 16, "X", 0.5)]
