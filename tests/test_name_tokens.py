"""The name finder tokenizes only the words that can take part in a name (names._name_words); it
must find what it found when it tokenized the whole text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gateway.detection import names
from gateway.detection.normalize import TextView

# Names, particles, capitals, initials, titles, degrees, punctuation glued to words, non-ASCII
# letters in lower case, escaped line breaks, possessives, the whitespace characters that end a
# word: the pieces the run walk, the initials, the names in capitals and the particles look at.
PIECES = st.sampled_from([
    "Jan", "van", "der", "de", "della", "von", "ten", "den", "Berg", "Müller", "née", "Smith", "JOHN", "SMITH",
    "RIBIČ", "Aimee", "STOIBER", "Lisa", "Dr.", "Mr", "B.", "L", "Th.D.", "CSc.", "Grace", "Hopper", "Will",
    "the", "report", "by", "called", "named", "(", ")", ",", ".", ":", "'s", "'", "’", "-", "\\n", "_",
    "3", "2024", "über", "été", "Дацюк", "Ó", "Ní", "Bhriain", "dental", "van.", "de,", "Rose", "Lake",
    "Jan van der Berg", "Ludwig van Beethoven", "Anna della Rovere", "Ulrich von Bieber", "Maria de Souza",
    "Emma ten Brink", "Contact Helena Carlsen", "KAROLINA RIBIČ", "STOIBER Lisa", "Stipo B. Marinović",
])
GAPS = st.sampled_from([" ", " ", " ", "  ", "", "\n", "\t", "\u00a0", "\r\n"])


def _whole_text_tokens(text: str) -> list[tuple[int, int, str]]:
    """What names._tokens returned before it read words alone: a scan of the whole text."""
    tokens = [(match.start(), match.end(), match.group()) for match in names._TOKEN.finditer(text)]
    if "'" not in text and "’" not in text:
        return tokens
    return [names._unquoted(s, e, t) if t[-1] in "s'’" else (s, e, t) for s, e, t in tokens]


texts = st.lists(st.tuples(PIECES, GAPS), max_size=24).map(lambda parts: "".join(p + g for p, g in parts))


@settings(max_examples=300, deadline=None)
@given(texts)
def test_the_words_tokens_are_the_whole_scans_tokens_inside_those_words(text):
    words = names._name_words(text)
    inside = [t for t in _whole_text_tokens(text) if any(s <= t[0] < e for s, e in words)]
    assert names._tokens(text) == inside


@pytest.fixture(scope="module")
def finder():
    return names.NameFinder()


@settings(max_examples=300, deadline=None)
@given(texts)
def test_the_finder_finds_what_it_found_with_every_token(finder, text):
    found = list(finder.find(TextView(text)))
    original = names._tokens
    names._tokens = _whole_text_tokens
    try:
        assert found == list(finder.find(TextView(text)))
    finally:
        names._tokens = original


def test_ordinary_prose_gives_only_the_capitalised_words_and_lone_particles():
    text = "We moved the nightly export to Anna van der Berg's team; the dental records stay."
    assert [t[2] for t in names._tokens(text)] == ["We", "Anna", "van", "der", "Berg"]
