"""Splitting very large texts into overlapping chunks so several workers can share one prompt."""

from __future__ import annotations

from .types import Span

CHUNK_CHARS = 12_000  # texts longer than this are split
OVERLAP_CHARS = 400  # longer than any value we detect, so each value is whole in some chunk


def split(text: str, size: int = CHUNK_CHARS, overlap: int = OVERLAP_CHARS) -> list[tuple[int, str]]:
    """(offset, chunk) pieces covering `text`; cuts fall on whitespace where possible."""
    if len(text) <= size:
        return [(0, text)]
    pieces: list[tuple[int, str]] = []
    start = 0
    while start < len(text):
        end = min(len(text), start + size)
        if end < len(text):
            cut = text.rfind(" ", start + size // 2, end)
            newline = text.rfind("\n", start + size // 2, end)
            end = max(cut, newline) if max(cut, newline) > start else end
        pieces.append((start, text[start:end]))
        if end >= len(text):
            break
        next_start = max(start + 1, end - overlap)
        space = text.find(" ", next_start, end)
        start = space + 1 if space != -1 else next_start
    return pieces


def shift(spans: list[Span], offset: int) -> list[Span]:
    return [Span(s.start + offset, s.end + offset, s.entity, s.score) for s in spans]
