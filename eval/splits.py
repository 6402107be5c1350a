"""Development and held-out splits of the generalisation evaluation.

    python -m eval.splits [--split dev|heldout|both]   # regenerate the stored presidio parts (dev only)

Held-out means unseen twice over: other seeds, and other templates. presidio-evaluator's own
templates are split by a hash of their text (a quarter held out); our corpus kinds keep held-out
templates in eval/kind_templates_heldout.py, written before any tuning. The presidio parts are
stored in eval/data/generalisation/ (presidio-evaluator is a heavy dev-only tool); the kinds are
generated in memory from the seed.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import io
from pathlib import Path

from eval import kinds
from eval.corpus import DATA_DIR, LabelledText, read_jsonl, write_jsonl

SPLITS = ("dev", "heldout")
SEEDS = {"dev": (1, 2, 3), "heldout": (101, 102, 103)}
PRESIDIO_LOCALES = {
    "dev": ("en_US", "en_GB", "de_DE", "fr_FR"),
    "heldout": ("en_US", "en_AU", "es_ES", "it_IT", "nl_NL"),
}
PRESIDIO_PER_LOCALE = 100
HELDOUT_TEMPLATE_SHARE = 4  # one template in four is held out
STORE = DATA_DIR / "generalisation"


def is_heldout_template(template: str) -> bool:
    digest = hashlib.sha256(template.strip().encode("utf-8")).digest()
    return digest[0] % HELDOUT_TEMPLATE_SHARE == 0


def presidio_path(split: str, seed: int) -> Path:
    return STORE / f"presidio_{split}_s{seed}.jsonl"


def generate_presidio(split: str, seed: int) -> list[LabelledText]:
    """Sentences from presidio-evaluator's templates of this split, in several Faker locales."""
    from eval.gen_presidio import _convert

    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        from presidio_evaluator.data_generator import PresidioSentenceFaker
        from presidio_evaluator.data_generator.presidio_sentence_faker import presidio_templates_file_path

        lines = [t.strip() for t in presidio_templates_file_path.read_text().splitlines() if t.strip()]
        chosen = [t for t in lines if is_heldout_template(t) == (split == "heldout")]
        texts: list[LabelledText] = []
        for index, locale in enumerate(PRESIDIO_LOCALES[split]):
            PresidioSentenceFaker.seed(seed * 100 + index)
            faker = PresidioSentenceFaker(locale, lower_case_ratio=0.05, sentence_templates=chosen,
                                          random_seed=seed * 100 + index)
            samples = faker.generate_new_fake_sentences(PRESIDIO_PER_LOCALE)
            texts += [_convert(sample) for sample in samples]
    return [LabelledText(t.text, t.spans, f"presidio_{split}") for t in texts]


def load(split: str, seed: int, quick: bool = False) -> dict[str, list[LabelledText]]:
    """Every corpus of one split and seed, keyed by corpus name."""
    if split not in SPLITS:
        raise ValueError("split must be dev or heldout")
    presidio = read_jsonl(presidio_path(split, seed))
    corpora = {"presidio_templates": presidio[::3] if quick else presidio}
    corpora.update(kinds.generate(split, seed, per_kind=20 if quick else 60))
    return corpora


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=[*SPLITS, "both"], default="both")
    args = parser.parse_args(argv)
    STORE.mkdir(parents=True, exist_ok=True)
    for split in SPLITS if args.split == "both" else (args.split,):
        for seed in SEEDS[split]:
            written = write_jsonl(presidio_path(split, seed), generate_presidio(split, seed))
            print(f"wrote {written} sentences to {presidio_path(split, seed)}")


if __name__ == "__main__":
    main()
