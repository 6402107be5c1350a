"""German nouns, for telling a capitalised German word ("Termin", "Vorgang", "Beschwerden") from a name.

German capitalises every noun, so a form, a ticket or a call note in German is full of capitalised
words that are no names. The words come from spaCy's German lemma table in spacy-lookups-data
(explosion's own package of the data spaCy's pipelines are built with): every capitalised form and
lemma of it (about 130,000: nouns and their inflections), read once per process when the NER pipeline
loads (ner.load_pipeline). Without the package the set stays empty and nothing changes.

The table holds people and places too ("Peter", "Berlin", "Krause"), so, as for english_lexicon.py,
callers ask it only of words the name gazetteer does not know.
"""

from __future__ import annotations

import gzip
import json
from importlib import resources

_TABLE = "de_lemma_lookup.json.gz"
_nouns: frozenset[str] = frozenset()


def load() -> None:
    """Read the capitalised forms of spacy-lookups-data's German lemma table, once."""
    global _nouns
    if _nouns:
        return
    try:
        data = resources.files("spacy_lookups_data") / "data" / _TABLE
        table = json.loads(gzip.decompress(data.read_bytes()))
    except (ModuleNotFoundError, FileNotFoundError, ValueError, OSError):
        return
    words = {w for w in (*table.keys(), *table.values()) if isinstance(w, str) and w[:1].isupper() and w.isalpha()}
    _nouns = frozenset(words)


def is_german_noun(word: str) -> bool:
    """A capitalised German word form of the table ("Vorgang", "Beschwerden"), as written or from capitals."""
    return (word if not word.isupper() else word.title()) in _nouns
