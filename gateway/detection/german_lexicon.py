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
import re
from importlib import resources

_TABLE = "de_lemma_lookup.json.gz"
_CAPITALISED = re.compile(r'"([A-ZÄÖÜ][^\W\d_]*)"')
_nouns: frozenset[str] = frozenset()


def load() -> None:
    """Read the capitalised forms of spacy-lookups-data's German lemma table, once."""
    global _nouns
    if _nouns:
        return
    try:
        data = resources.files("spacy_lookups_data") / "data" / _TABLE
        table = gzip.decompress(data.read_bytes()).decode("utf-8")
    except (ModuleNotFoundError, FileNotFoundError, UnicodeDecodeError, OSError):
        return
    # Every quoted string of the table (its forms and their lemmas) that is one capitalised word, read
    # straight from the JSON text: building the table's 355,000-entry dict first cost three times the
    # memory, kept by the allocator afterwards.
    _nouns = frozenset(_CAPITALISED.findall(table))


def is_german_noun(word: str) -> bool:
    """A capitalised German word form of the table ("Vorgang", "Beschwerden"), as written or from capitals."""
    return (word if not word.isupper() else word.title()) in _nouns
