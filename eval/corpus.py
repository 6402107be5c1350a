"""Labelled texts: the unit every corpus is made of, and its JSONL form on disk."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

DATA_DIR = Path(__file__).parent / "data"


@dataclass(frozen=True, slots=True)
class GoldSpan:
    """A labelled value: [start, end) in the text and our entity name (or CONTEXT_LABEL)."""

    start: int
    end: int
    entity: str


@dataclass(frozen=True, slots=True)
class LabelledText:
    """One prompt with its gold spans. `source` names the corpus/template family, for slicing."""

    text: str
    spans: tuple[GoldSpan, ...] = ()
    source: str = ""
    tags: tuple[str, ...] = field(default=())


class TextBuilder:
    """Assembles a text piece by piece, recording where each planted value lands.

    Building the text and its labels together is what keeps offsets exact.
    """

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._length = 0
        self._spans: list[GoldSpan] = []

    def add(self, piece: str) -> TextBuilder:
        self._parts.append(piece)
        self._length += len(piece)
        return self

    def value(self, piece: str, entity: str) -> TextBuilder:
        self._spans.append(GoldSpan(self._length, self._length + len(piece), entity))
        return self.add(piece)

    def build(self, source: str, tags: tuple[str, ...] = ()) -> LabelledText:
        return LabelledText("".join(self._parts), tuple(self._spans), source, tags)


def fill_template(template: str, values: Mapping[str, tuple[str, str | None]], source: str) -> LabelledText:
    """Fill `{{slot}}` placeholders; values maps slot -> (text, entity), entity None for text that is
    not labelled. A missing slot is an error.

    Double braces, so that code and JSON templates can keep their single ones.
    """
    builder = TextBuilder()
    rest = template
    while "{{" in rest:
        before, _, after = rest.partition("{{")
        slot, _, rest = after.partition("}}")
        builder.add(before)
        text, entity = values[slot]
        if entity is None:
            builder.add(text)
        else:
            builder.value(text, entity)
    builder.add(rest)
    return builder.build(source)


def write_jsonl(path: Path, texts: Iterable[LabelledText]) -> int:
    count = 0
    with path.open("w", encoding="utf-8") as out:
        for item in texts:
            record = {
                "text": item.text,
                "spans": [[s.start, s.end, s.entity] for s in item.spans],
                "source": item.source,
            }
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            count += 1
    return count


def read_jsonl(path: Path) -> list[LabelledText]:
    texts: list[LabelledText] = []
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            spans = tuple(GoldSpan(int(s), int(e), str(ent)) for s, e, ent in record["spans"])
            texts.append(LabelledText(record["text"], spans, record.get("source", "")))
    return texts
