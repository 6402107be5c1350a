"""Repeat mentions (detection/mentions.py): a later mention of a name found earlier is found too, and
a text dense with names is read in one pass of its words rather than one pass per name."""

from __future__ import annotations

import pytest

from gateway.detection import mentions
from gateway.detection.types import Span

# Synthetic names only.
_FIRST = ["Isolda", "Tomasz", "Oona", "Bertrand", "Ximena", "Joaquim", "Ingrid", "Radek", "Maeve", "Leopold"]
_LAST = ["Marrero", "Kowalczyk", "Lindqvist", "Duvernoy", "Albuquerque", "Reinholt", "Szabados", "O'Kearney",
         "Van der Hoek", "Castellanos-Ruiz"]


def _dense_text(people: int) -> tuple[str, list[Span]]:
    """`people` sentences naming a person in full (the finding) and again by surname, possessive or
    not, with lookalikes that are no mention ("Marreros", "Lindqvist-Park", "xMarrero")."""
    parts: list[str] = []
    spans: list[Span] = []
    at = 0
    for k in range(people):
        first, last = _FIRST[k % 10], f"{_LAST[(k // 10) % 10]}{'' if k < 100 else k}"
        name = f"{first} {last}"
        sentence = (f"Case {k}: {name} called. Later {last} wrote; {last}'s reply and {first}'s note came, "
                    f"not {last}s nor {last}-Park nor x{last}. ")
        spans.append(Span(at + len(f"Case {k}: "), at + len(f"Case {k}: ") + len(name), "PERSON", 0.85))
        parts.append(sentence)
        at += len(sentence)
    return "".join(parts), spans


def _mentions(text: str, spans: list[Span]) -> list[tuple[str, int]]:
    return [(text[m.start : m.end], m.start) for m in mentions.repeat_mentions(text, spans, frozenset())]


@pytest.mark.parametrize("people", [3, 40, 300])
def test_one_word_scan_finds_what_a_find_per_name_finds(monkeypatch: pytest.MonkeyPatch, people: int) -> None:
    text, spans = _dense_text(people)
    monkeypatch.setattr(mentions, "_FIND_LIMIT", 10**6)  # always a str.find pass per first word
    by_find = _mentions(text, spans)
    monkeypatch.setattr(mentions, "_FIND_LIMIT", 0)  # always one scan of the text's words
    by_scan = _mentions(text, spans)
    assert by_scan == by_find
    found = [value for value, _ in by_scan]
    # Each person's full name, surname (the possessive's too) and first name ("Isolda's") are mentions...
    assert found.count("Isolda Marrero") == 1 and found.count("Marrero") >= 2 and found.count("Isolda") >= 1
    # ...never a word that merely starts or ends with a name.
    assert not any(value.endswith("s") and value[:-1] in _LAST for value in found)
    assert "x" not in {value[0] for value in found}


def test_a_dense_text_is_scanned_once_not_once_per_name(monkeypatch: pytest.MonkeyPatch) -> None:
    text, spans = _dense_text(300)  # hundreds of distinct first words: above the limit
    calls: list[str] = []

    class CountingText(str):
        def find(self, *args: object) -> int:  # type: ignore[override]
            calls.append("find")
            return super().find(*args)  # type: ignore[arg-type]

    found = mentions.repeat_mentions(CountingText(text), spans, frozenset())
    assert len(found) > 900
    assert calls == []  # no str.find pass at all: one scan of the words
