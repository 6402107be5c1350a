"""English words, for telling a capitalised word ("Arrival", "Consignee", "Fault") from a name.

The words come from the configured spaCy pipeline's own lemmatizer data: WordNet's index of nouns,
verbs, adjectives and adverbs (about 90,000 lemmas in the English pipelines), which ships with the
model the gateway already loads, so no download and no new dependency. The NER component alone is
loaded; the lemmatizer's data is read from the pipeline's directory once per process, when the
pipeline loads (ner.load_pipeline). A pipeline without that data (another language, a custom
model) leaves only Faker's short English vocabulary (gazetteer.ENGLISH_VOCABULARY).

WordNet lists some people and places among its nouns ("lincoln", "paris"), so a word here is a name
as well as a word more often than the reverse: callers ask it only of words the name gazetteer does
not know.
"""

from __future__ import annotations

from pathlib import Path

from spacy.lookups import Lookups

from .gazetteer import ENGLISH_VOCABULARY

_PARTS_OF_SPEECH = ("noun", "verb", "adj", "adv")
_words: frozenset[str] = ENGLISH_VOCABULARY
_not_nouns: frozenset[str] = frozenset()  # see non_noun_words


def load_from_pipeline(pipeline_path: Path | None) -> None:
    """Read the lemma index of the pipeline at `pipeline_path` (nlp.path), if it has one."""
    global _words, _not_nouns
    lookups_dir = pipeline_path / "lemmatizer" / "lookups" if pipeline_path is not None else None
    if lookups_dir is None or not (lookups_dir / "lookups.bin").is_file():
        return
    lookups = Lookups().from_disk(lookups_dir)
    if "lemma_index" not in lookups.tables:
        return
    index = lookups.get_table("lemma_index")
    lemmas = {w for pos in _PARTS_OF_SPEECH if pos in index for w in index[pos] if w.isalpha()}
    _words = frozenset(lemmas) | ENGLISH_VOCABULARY
    verbs = [w for w in index["verb"] if w.isalpha()] if "verb" in index else []
    modifiers = {w for pos in ("adj", "adv") if pos in index for w in index[pos] if w.isalpha()}
    _not_nouns = frozenset(modifiers.union(verbs, (form for verb in verbs for form in _inflections(verb))))


def is_english_word(word: str) -> bool:
    """A word of the lexicon, its plural ("deliveries", "boxes") or an agent noun of its verbs ("installer")."""
    lower = word.lower()
    if lower in _words:
        return True
    if lower.endswith("ies") and lower[:-3] + "y" in _words:
        return True
    if lower.endswith("es") and lower[:-2] in _words:
        return True
    if lower.endswith("s") and lower[:-1] in _words:
        return True
    # Agent nouns WordNet leaves out ("installer", "uploader"): the verb they are made of.
    return len(lower) > 5 and lower.endswith("er") and (lower[:-2] in _words or lower[:-1] in _words)


def non_noun_words() -> frozenset[str]:
    """The lexicon's verbs, adjectives and adverbs, with the verbs' regular -ed and -ing forms
    ("translate", "failed", "looking", "energetic", "unlike"); empty without lemma data. Its nouns
    are left out on purpose: WordNet's hold towns and countries ("toronto", "seattle")."""
    return _not_nouns


_VOWELS = frozenset("aeiou")


def _inflections(verb: str) -> tuple[str, ...]:
    """A verb's regular past and -ing forms, which WordNet does not list: "fail" failed, failing;
    "celebrate" celebrated, celebrating; "carry" carried; "stop" stopped, stopping (both spellings
    where a final consonant may double: "visit" visited)."""
    if verb.endswith("e"):
        return verb + "d", verb[:-1] + "ing"
    if verb.endswith("y") and len(verb) > 2 and verb[-2] not in _VOWELS:
        return verb[:-1] + "ied", verb + "ing"
    forms = (verb + "ed", verb + "ing")
    if len(verb) >= 3 and verb[-1] not in _VOWELS | {"w", "x", "y"} and verb[-2] in _VOWELS and verb[-3] not in _VOWELS:
        forms += (verb + verb[-1] + "ed", verb + verb[-1] + "ing")
    return forms
