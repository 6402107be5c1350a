"""The Finnish personal identity code (fi_ids.py), validated by python-stdnum. Synthetic values that
carry a valid check character, and look-alikes that do not."""

from __future__ import annotations

import pytest

from gateway.detection.fi_ids import find_fi_hetus
from gateway.detection.views import TextViews


def hetus(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_fi_hetus(TextViews(text).folded)]


@pytest.mark.parametrize("value", ["131052-308T", "010720A077X", "150692-235U", "240907A538W"])
def test_a_valid_code_is_found_without_a_label(value: str) -> None:
    assert hetus(f"Henkilö {value} on asiakas.") == [value]
    assert hetus(f"His social security number is {value}") == [value]


@pytest.mark.parametrize(
    "text",
    [
        "x 150692-235V",  # wrong check character
        "order 123456-789A shipped",  # no such date
        "REF150692-235U",  # glued to a word
        "build 150692-235U-rc1",  # part of a longer token
        "call 150692-2351 now",  # digits only: not this code's shape
    ],
)
def test_look_alikes_are_not_codes(text: str) -> None:
    assert hetus(text) == []
