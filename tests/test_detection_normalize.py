"""Property tests of the normalised views and their offset maps."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from gateway.detection.normalize import _fold_char, _native_positions, collapse_digit_separators, fold

INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
ALPHABET = st.sampled_from(list("ab AZ09-./@,") + list(INVISIBLE) + list("аеοＡ１٣éﬁ"))
TEXTS = st.text(ALPHABET, max_size=60)


def _views(text: str):
    folded = fold(text)
    return folded, collapse_digit_separators(folded)


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_map_is_monotonic_and_inside_original(text):
    for view in _views(text):
        offsets = view.offset_lists()
        if offsets is None:
            assert view.text == text
            continue
        starts, ends = offsets
        assert len(starts) == len(ends) == len(view.text)
        assert all(0 <= s < e <= len(text) for s, e in zip(starts, ends))
        assert starts == sorted(starts) and ends == sorted(ends)


@settings(max_examples=300, deadline=None)
@given(TEXTS, TEXTS, st.lists(st.sampled_from(list(INVISIBLE)), max_size=4), st.randoms())
def test_planted_value_maps_back_exactly(prefix, suffix, noise, rnd):
    value = list("jane.doe@example.com")
    for char in noise:  # invisible characters inside the value
        value.insert(rnd.randint(1, len(value) - 1), char)
    planted = "".join(value)
    text = f"{prefix} {planted} {suffix}"
    folded = fold(text)
    at = folded.text.find(" jane.doe@example.com ")
    if at == -1:  # noise from prefix/suffix could merge; the value must still be findable
        at = folded.text.find("jane.doe@example.com") - 1
    start, end = folded.to_original(at + 1, at + 1 + len("jane.doe@example.com"))
    assert text[start:end] == planted


@given(st.lists(st.integers(0, 9), min_size=13, max_size=19), st.sampled_from([" ", "-", ".", "/", " - "]))
def test_digit_separators_collapse_and_map_back(digits, separator):
    value = separator.join(str(d) for d in digits)
    text = f"x {value} y"
    view = collapse_digit_separators(fold(text))
    joined = "".join(str(d) for d in digits)
    at = view.text.index(joined)
    start, end = view.to_original(at, at + len(joined))
    assert text[start:end] == value


def test_folding_removes_invisibles_and_lookalikes():
    view = fold("j\u200bаne＠ex\u00adample.com")
    assert view.text == "jane@example.com"


def _eager_map(base) -> tuple[list[int], list[int]]:
    """The digit view's per-character map built the plain way: every maximal run of one to three
    separators between two ASCII digits is dropped; every other character keeps its original range."""
    dropped: set[int] = set()
    for run in re.finditer(r"(?<=[0-9])[ \t.\-/]+(?=[0-9])", base.text):
        if len(run.group()) <= 3:
            dropped.update(range(run.start(), run.end()))
    kept = [i for i in range(len(base.text)) if i not in dropped]
    return [base.to_original(i, i + 1)[0] for i in kept], [base.to_original(i, i + 1)[1] for i in kept]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="0123456789 .-/\tab\u200b４", max_size=40))
def test_digit_view_maps_spans_like_a_per_character_map(text):
    folded = fold(text)
    digits = collapse_digit_separators(folded)
    starts, ends = _eager_map(folded)
    assert len(starts) == len(digits.text)
    for i in range(len(digits.text)):
        for j in range(i + 1, len(digits.text) + 1):
            assert digits.to_original(i, j) == (starts[i], ends[j - 1])
    # The lists a derived view (two_columns.py) builds on: the same map, however the view keeps it
    # (an ASCII text's digit view keeps a shift per join, not a list per character).
    offsets = digits.offset_lists()
    if offsets is None:
        assert digits.text == text
    else:
        assert offsets == (starts, ends)


def _fold_char_by_char(text: str) -> tuple[str, list[tuple[int, int]]]:
    """fold as a plain loop over every character (what fold did before it copied unchanged runs
    whole): the view's text and each view character's original range."""
    native = _native_positions(text)
    pieces: list[str] = []
    ranges: list[tuple[int, int]] = []
    for index, char in enumerate(text):
        folded = char if char.isascii() or index in native else _fold_char(char)
        if not folded:
            if ranges and ranges[-1][1] == index:
                ranges[-1] = (ranges[-1][0], index + 1)  # a dropped mark joins the character before
            continue
        pieces.append(folded)
        ranges.extend([(index, index + 1)] * len(folded))
    return "".join(pieces), ranges


# Letters of scripts written natively and as look-alikes, composed and combining accents, marks that
# vanish, compatibility forms NFKC expands ("ﬁ", "①", "㎏"), other scripts' digits.
_MIXED = st.text(st.sampled_from(list("ab AZ09-.@") + list(INVISIBLE) + list("аеοＡ１٣éﬁЈоОлегΑΒΓİı\u0301\u0308①½—㎏பக்\ufe0f😀\u115f")),
                 max_size=60)


@settings(max_examples=500, deadline=None)
@given(_MIXED)
def test_fold_maps_like_a_character_by_character_fold(text):
    view = fold(text)
    expected_text, expected_ranges = _fold_char_by_char(text)
    assert view.text == expected_text
    assert [view.to_original(i, i + 1) for i in range(len(view.text))] == expected_ranges
