"""Regenerate the presidio-evaluator corpus stored in eval/data/ (dev-only dependency).

    python -m eval.gen_presidio [--count 3000] [--seed 42]

The labelled sentences are stored as JSONL so that `python -m eval` runs without
presidio-evaluator installed and always scores the same corpus. Labels are mapped to ours with
eval.labels.PRESIDIO_EVALUATOR_LABELS; unmapped labels become context labels.
"""

from __future__ import annotations

import argparse
import contextlib
import io
from pathlib import Path

from eval.corpus import DATA_DIR, GoldSpan, LabelledText, write_jsonl
from eval.labels import CONTEXT_LABEL, PRESIDIO_EVALUATOR_LABELS

DEFAULT_COUNT = 3000
DEFAULT_SEED = 42
CORPUS_PATH = DATA_DIR / "presidio_evaluator.jsonl"


def generate(count: int = DEFAULT_COUNT, seed: int = DEFAULT_SEED) -> list[LabelledText]:
    """Sample `count` labelled sentences from presidio-evaluator's templates, reproducibly."""
    # The generator prints progress bars and notices; keep our output readable.
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        from presidio_evaluator.data_generator import PresidioSentenceFaker

        # Its person table is built with the global RNGs before the generator seeds them itself.
        PresidioSentenceFaker.seed(seed)
        faker = PresidioSentenceFaker("en_US", lower_case_ratio=0.05, random_seed=seed)
        samples = faker.generate_new_fake_sentences(count)
    return [_convert(sample) for sample in samples]


def _convert(sample: object) -> LabelledText:
    text: str = sample.full_text  # type: ignore[attr-defined]
    spans = []
    for span in sample.spans:  # type: ignore[attr-defined]
        label = PRESIDIO_EVALUATOR_LABELS.get(span.entity_type) or CONTEXT_LABEL
        start, end = int(span.start_position), int(span.end_position)
        # Guard against a generator bug silently skewing the scores. (Its lower_case_ratio
        # lower-cases the recorded value of some spans, not the text, hence casefold.)
        if text[start:end].casefold() != str(span.entity_value).casefold():
            raise ValueError("presidio-evaluator produced a span with inconsistent offsets")
        spans.append(GoldSpan(start, end, label))
    spans.sort(key=lambda s: (s.start, s.end))
    return real_newlines(LabelledText(text, tuple(spans), "presidio_evaluator"))


def real_newlines(item: LabelledText) -> LabelledText:
    """Its templates write line breaks as a literal backslash-n; turn them into real ones."""
    escaped = "\\n"
    new_offset: list[int] = []  # old offset -> new offset
    pieces: list[str] = []
    index = removed = 0
    while index < len(item.text):
        new_offset.append(index - removed)
        if item.text.startswith(escaped, index):
            pieces.append("\n")
            new_offset.append(index - removed + 1)
            index, removed = index + 2, removed + 1
        else:
            pieces.append(item.text[index])
            index += 1
    new_offset.append(len(item.text) - removed)
    spans = tuple(GoldSpan(new_offset[s.start], new_offset[s.end], s.entity) for s in item.spans)
    return LabelledText("".join(pieces), spans, item.source)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=DEFAULT_COUNT)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--out", type=Path, default=CORPUS_PATH)
    args = parser.parse_args(argv)
    written = write_jsonl(args.out, generate(args.count, args.seed))
    print(f"wrote {written} labelled sentences to {args.out}")


if __name__ == "__main__":
    main()
