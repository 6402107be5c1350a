"""German nouns, for telling a capitalised German word ("Termin", "Vorgang", "Beschwerden") from a name.

German capitalises every noun, so a form, a ticket or a call note in German is full of capitalised
words that are no names. The words come from spaCy's German lemma table in spacy-lookups-data
(explosion's own package of the data spaCy's pipelines are built with): every capitalised form and
lemma of it (about 130,000: nouns and their inflections), read once per process when the NER pipeline
loads (ner.load_pipeline). Without the package the set stays empty and nothing changes.

The table holds people and places too ("Peter", "Berlin", "Krause"), so, as for english_lexicon.py,
callers ask it only of words the name gazetteer does not know.

A compound the table does not hold ("Straßenrand", "Medizintechnik", "Tourenplan", "Wahlamt") is read as
its nouns: a noun of the table (after the joint's "s", "n", "en", "es" or "e") then a noun of it. Many
German surnames are such compounds too ("Steinbach", "Lindemann", "Sonnenberg"): their last nouns
("bach", "mann", "berg") are taken from the surnames the gazetteer lists, and a compound ending in one
is never read as nouns, so an unlisted surname built the same way stays a name.
"""

from __future__ import annotations

import gzip
import re
from importlib import resources

from .lookup_tables import lookup_table

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
    _surname_tails()  # now, with the table, rather than on the first request that meets a compound


def is_german_noun(word: str) -> bool:
    """A capitalised German word form of the table ("Vorgang", "Beschwerden"), as written or from capitals."""
    return (word if not word.isupper() else word.title()) in _nouns


_JOINTS = ("", "s", "n", "en", "es", "e", "er")
_MIN_PART = 3
_MIN_COMPOUND = 8


def _split(word: str, tails: frozenset[str]) -> bool:
    """Whether a lower-case `word` is a noun of the table then one (not a surname's tail) after it."""
    for cut in range(_MIN_PART, len(word) - _MIN_PART + 1):
        head, tail = word[:cut], word[cut:]
        if tail in tails or tail.capitalize() not in _nouns:
            continue
        for joint in _JOINTS:
            stem = head[: len(head) - len(joint)] if joint and head.endswith(joint) else head if not joint else ""
            if len(stem) >= _MIN_PART and stem.capitalize() in _nouns:
                return True
    return False


@lookup_table
def _surname_tails() -> frozenset[str]:
    """The last nouns of the gazetteer's compound surnames ("bach" of Steinbach, "mann" of Lindemann)."""
    from .gazetteer import load_gazetteer

    tails = set()
    for name in load_gazetteer().last_names:
        lower = name.lower()
        if not name.isalpha() or len(lower) < 2 * _MIN_PART:
            continue
        for cut in range(_MIN_PART, len(lower) - _MIN_PART + 1):
            head, tail = lower[:cut], lower[cut:]
            if tail.capitalize() in _nouns and (head.capitalize() in _nouns or head.rstrip("sn").capitalize() in _nouns):
                tails.add(tail)
    return frozenset(tails)


def is_german_compound(word: str) -> bool:
    """A capitalised compound of the table's nouns ("Straßenrand", "Medizintechnik") whose last noun
    closes no listed surname."""
    if not _nouns or len(word) < _MIN_COMPOUND or not word[:1].isupper() or not word[1:].islower():
        return False
    return _split(word.lower(), _surname_tails())
