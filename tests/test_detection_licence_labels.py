"""Driver's licence numbers after a label naming them, in any shape (licence_labels.py). Synthetic values."""

from __future__ import annotations

import pytest

from gateway.detection.licence_labels import find_driver_licenses
from gateway.detection.views import TextViews


def licences(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_driver_licenses(TextViews(text).folded)]


@pytest.mark.parametrize(
    ("text", "value"),
    [("Her drivers license number is 4417023.", "4417023"), ("driving licence no.: 55-zq-9021", "55-zq-9021"),
     ("The driver's licence: qWeRTy80412 was scanned", "qWeRTy80412"), ("DL# 905512", "905512")],
)
def test_a_labelled_licence_number_is_found_whatever_its_shape(text: str, value: str) -> None:
    assert value in licences(text)


@pytest.mark.parametrize(
    "text", ["My driver's license is expired.", "driver license renewal form", "licence fee: 2 euros"]
)
def test_words_after_the_label_are_not_numbers(text: str) -> None:
    assert licences(text) == []


def test_a_serial_numbers_n_is_no_licence_letter() -> None:
    assert licences("Bag lot S/N 956481020490, kit 4") == []
    assert licences("Bag lot N 956481020490") == ["N 956481020490"]  # the same shape without S/ stays a candidate
