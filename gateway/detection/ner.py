"""spaCy NER, loaded once per process with only the components NER needs."""

from __future__ import annotations

import re
from collections.abc import Sequence

import spacy
from spacy.language import Language

from . import english_lexicon, german_lexicon
from .ner_blas import use_numpy_blas
from .ner_encoder import fuse_encoder
from .types import Span

# spaCy labels -> our entities. FAC covers "Main Street"-like facilities.
_LABELS = {"PERSON": "PERSON", "GPE": "LOCATION", "LOC": "LOCATION", "FAC": "STREET_ADDRESS"}
_NER_SCORE = 0.85
_UNNEEDED = ("tagger", "parser", "attribute_ruler", "lemmatizer", "senter", "tok2vec")
# All-caps acronyms and tokens with digits (S3, EKS, C4, IBAN) are never names or places.
_NOT_A_NAME = re.compile(r"^(?:[A-Z0-9]{1,6}s?|.*[0-9].*|[^A-Za-zÀ-ÿ]*)$")


def load_pipeline(name: str) -> Language:
    nlp = spacy.load(name, exclude=[c for c in _UNNEEDED if c != "tok2vec"])
    if "ner" not in nlp.pipe_names:
        raise RuntimeError("the configured spaCy pipeline has no NER component")
    # Drop the shared tok2vec unless NER listens to it (sm/md/lg NER carries its own).
    if "tok2vec" in nlp.pipe_names and not getattr(nlp.get_pipe("tok2vec"), "listening_components", []):
        nlp.remove_pipe("tok2vec")
    use_numpy_blas(nlp)  # about a quarter less NER CPU, same entities (ner_blas.py)
    fuse_encoder(nlp)  # its encoder as one function, equal bit for bit (ner_encoder.py); after the above
    english_lexicon.load_from_pipeline(nlp.path)  # WordNet's lemmas, shipped in the pipeline's lemmatizer data
    german_lexicon.load()  # German nouns from spacy-lookups-data
    return nlp


def model_version(nlp: Language) -> str:
    return f"{nlp.meta.get('lang', 'xx')}_{nlp.meta.get('name', 'model')}-{nlp.meta.get('version', '0')}"


_PARTICLES = frozenset("van von de der den da di del della do dos du le la y bin al el ter ten".split())


def _all_capitalised(text: str) -> bool:
    words = text.replace("'s", "").split()
    if any(w.endswith(".") and len(w) > 2 for w in words[:-1]):
        return False  # crosses a sentence end
    return all(w[0].isupper() or w in _PARTICLES for w in words if w[0].isalpha()) and words[0][0].isupper()


# Phone labels that are places too ("Mobile", Alabama), and what follows them as a label: a number.
_PHONE_LABELS = frozenset(("mobile", "mobil", "cell", "phone", "fax", "tel"))
_PHONE_AFTER = re.compile(r"[ \t]*[:.]?[ \t]*[+(0-9]")

# Windows per nlp.pipe batch: a larger batch makes fewer, larger matrix products (about 5% less CPU
# over the benchmark corpus than spaCy's default of 64; a request's few windows fit in one batch anyway).
_BATCH = 256

# New words spaCy may keep for good, per process (about 35 MB): see ner_spans.
VOCABULARY_GROWTH = 100_000


def vocabulary_bound(nlp: Language) -> int:
    """The size the pipeline's string store may reach: its size now plus VOCABULARY_GROWTH."""
    return len(nlp.vocab.strings) + VOCABULARY_GROWTH


def ner_spans(nlp: Language, texts: Sequence[str], vocabulary_bound: int) -> list[list[Span]]:
    """NER spans for each text (offsets relative to that text), batched through nlp.pipe.

    Every new word a Doc meets stays in spaCy's shared vocabulary for good: a detector process
    living for months of unique names and ids would grow without bound (about 17 MB per 20,000 short
    texts of unseen words, measured). Up to `vocabulary_bound` strings it may (those first words
    also fill the tokenizer's cache, which keeps them fast); past it every batch runs in a memory
    zone, where spaCy forgets the batch's new words when it ends. Nothing made of the Docs leaves
    this function but offsets and our own labels."""
    if len(nlp.vocab.strings) < vocabulary_bound:
        return _spans_of(nlp, texts)
    with nlp.memory_zone():
        return _spans_of(nlp, texts)


def _spans_of(nlp: Language, texts: Sequence[str]) -> list[list[Span]]:
    results: list[list[Span]] = []
    for text, doc in zip(texts, nlp.pipe(texts, batch_size=_BATCH)):
        spans: list[Span] = []
        for ent in doc.ents:
            entity = _LABELS.get(ent.label_)
            if entity is None or _NOT_A_NAME.match(ent.text.strip()):
                continue
            start, end = ent.start_char, ent.end_char
            # spaCy sometimes includes a leading "the" or a trailing possessive "'s".
            if ent.text.lower().startswith("the "):
                start += 4
            if ent.text.endswith(("'s", "’s")):
                end -= 2
            bracket = next((i for i in range(start, end) if text[i] in "([{<"), end)
            end = bracket if bracket > start else end  # "Herr Gernot Ortmann (Kundennr": the name ends before "("
            while end > start and text[end - 1] in "'’ ":
                end -= 1  # the closing quote of a quoted value: 'Laura Frye', 'Lake Charleneberg'
            if entity != "STREET_ADDRESS" and not _all_capitalised(ent.text):
                continue  # NER on non-English text tags verbs and nouns ("Riassumi", "rimborso")
            if entity == "STREET_ADDRESS" and not any(c.isupper() or c.isdigit() for c in text[start:end]):
                continue  # "visita guiada", "cambia el número de": a facility has a name or a number
            if entity == "LOCATION" and text[start:end].lower() in _PHONE_LABELS and _PHONE_AFTER.match(text, end):
                continue  # "| Mobile +15756249995": the line's label, not the city in Alabama
            if end > start:
                spans.append(Span(start, end, entity, _NER_SCORE if entity != "STREET_ADDRESS" else 0.6))
        results.append(spans)
    return results
