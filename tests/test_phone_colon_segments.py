"""A number between colons is a segment of an identifier (ARN, app id), not a phone
(gateway/detection/phones.py)."""

from __future__ import annotations

import pytest

from gateway.detection.phones import find_phone_numbers
from gateway.detection.views import TextViews


def phones(text: str) -> list[str]:
    views = TextViews(text)
    return [text[s.start : s.end] for s in find_phone_numbers(views.digits, views.original)]


@pytest.mark.parametrize(
    "text",
    ['  appId: "2:512346789012:android:0f1e2d3c4b5a6978",', 'principal = "arn:aws:iam::512346789012:user/ci"'],
)
def test_a_number_between_colons_is_an_identifier_segment(text: str) -> None:
    assert phones(text) == []
