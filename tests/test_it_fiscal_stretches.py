"""The Italian fiscal code's pattern is tried only within the text's stretches of sixteen or more
characters between whitespace (patterns._long_stretches): the same matches as trying it at every
character, on any text."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from gateway.detection.normalize import TextView
from gateway.detection.patterns import _IT_CF, _long_stretches, find_it_fiscal_codes

CODE = "RSSMRA85T10A562S"  # a synthetic code with a valid check letter
PIECES = st.sampled_from([CODE, CODE.lower(), "RSSMRA85T10A562", "x", "é", "1", ":", "-", "_", "cf", " ", "\t", "\n",
                          "\u2003", "\u00a0", "ABCDEFGHIJKLMNOPQRSTUVWXYZ"])


@settings(max_examples=400, deadline=None)
@given(st.lists(PIECES, max_size=24).map("".join))
def test_stretches_are_the_runs_of_sixteen_non_space_characters(text: str) -> None:
    assert _long_stretches(text) == [m.span() for m in re.finditer(r"\S{16,}", text)]


@settings(max_examples=400, deadline=None)
@given(st.lists(PIECES, max_size=24).map("".join))
def test_codes_found_within_stretches_are_the_codes_found_anywhere(text: str) -> None:
    within = [m.span() for start, end in _long_stretches(text) for m in _IT_CF.finditer(text, start, end)]
    assert within == [m.span() for m in _IT_CF.finditer(text)]
    found = [(s.start, s.end) for s in find_it_fiscal_codes(TextView(text))]
    assert found == [m.span() for m in _IT_CF.finditer(text) if m.group().upper() == CODE]


def test_a_code_after_a_label_in_one_stretch_is_found() -> None:
    text = f"Codice fiscale:{CODE} e poi"
    assert [(s.start, s.end) for s in find_it_fiscal_codes(TextView(text))] == [(15, 31)]
