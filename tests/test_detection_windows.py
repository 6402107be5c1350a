"""NER reads stretches around unexplained words, not whole lines; the stretches are sound."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from gateway.detection.ner_recognizer import _NER_CONTEXT_CHARS, _windows
from tests.engine_fixtures import engine  # noqa: F401 (the shared fixture)

WORDS = st.lists(st.sampled_from(["alpha", "Beta", "gamma", "Delta", "x", "Zoë", "longerword"]), min_size=1, max_size=80)


@given(WORDS, st.data())
def test_windows_cover_each_word_with_context_and_do_not_overlap(words, data):
    segment = " ".join(words)
    starts = [sum(len(w) + 1 for w in words[:i]) for i in range(len(words))]
    picked = sorted(data.draw(st.sets(st.integers(0, len(words) - 1), min_size=1)))
    ranges = [(starts[i], starts[i] + len(words[i])) for i in picked]
    windows = _windows(segment, ranges)
    for a, b in ranges:
        assert any(s <= a and b <= e for s, e in windows)
        inside = next((s, e) for s, e in windows if s <= a and b <= e)
        # Context on both sides, unless the line ends first (a cut may fall back to the nearest space).
        assert a - inside[0] >= min(a, _NER_CONTEXT_CHARS // 2)
    for (s1, e1), (s2, e2) in zip(windows, windows[1:]):
        assert e1 < s2
    for s, e in windows:
        assert 0 <= s < e <= len(segment)
        assert s == 0 or segment[s - 1] == " "  # cut on a space: no word is read half


def test_long_line_is_not_read_whole():
    segment = "plain words " * 100 + "Csanád" + " plain words" * 100
    at = segment.index("Csanád")
    (start, end), = _windows(segment, [(at, at + 6)])
    assert end - start < 4 * _NER_CONTEXT_CHARS


def test_ordinary_words_open_no_window_but_known_names_do():
    from gateway.detection.ner_recognizer import _unexplained_words, ordinary_words
    from gateway.detection.normalize import TextView

    known = frozenset({"grace", "baker"})
    ordinary = ordinary_words(known)
    assert {"users", "i'm", "nov", "rights"} <= ordinary
    assert "grace" not in ordinary and "baker" not in ordinary  # words, but names the gazetteer knows
    line = "I'm told Users and Rights in Nov went to Baker and Zorbulek Inc"
    words = [line[a:b] for a, b in _unexplained_words(line, 0, TextView(line), [], ordinary, known)]
    assert words == ["Baker", "Zorbulek"]


def test_an_ordinary_word_near_a_lone_name_still_opens_its_window():
    from gateway.detection.ner_recognizer import _unexplained_words, ordinary_words
    from gateway.detection.normalize import TextView

    line = "Trains go to Paris, London and Berlin."
    known = frozenset({"paris"})
    ordinary = ordinary_words(known)
    lone = [line.index("Paris")]  # a one-word PERSON finding: first name or city, NER tells
    assert [line[a:b] for a, b in _unexplained_words(line, 0, TextView(line), [], ordinary, known, lone)][:1] == ["Trains"]
    assert "Trains" not in [line[a:b] for a, b in _unexplained_words(line, 0, TextView(line), [], ordinary, known)]


def _window_words(engine, line: str) -> list[str]:  # noqa: F811 (the shared fixture)
    from gateway.detection.normalize import TextView

    ner = engine.registry.gazetteer_and_ner()[2]
    return [line[a:b] for a, b in _unexplained_words_of(ner, line, TextView(line))]


def _unexplained_words_of(ner, line, view):
    from gateway.detection.ner_recognizer import _unexplained_words

    return _unexplained_words(line, 0, view, [], ner._ordinary, ner._known_lower)


def test_verbs_adjectives_and_their_forms_open_no_window(engine):  # noqa: F811 (the shared fixture)
    # The English lexicon's verbs, adjectives and adverbs, and the verbs' -ed and -ing forms: a heading's
    # or a sentence's opener, never a name NER should read around.
    line = "Translate this. Failed twice, Looking ahead, Celebrating Unlike Energetic Stopped Carried Zorbulek"
    assert _window_words(engine, line) == ["Zorbulek"]


def test_known_names_and_towns_that_are_words_still_open_their_window(engine):  # noqa: F811
    # "Frank" and "Sue" are verbs and known first names, "Split" a verb and a known town; nouns stay
    # unexplained, as WordNet's hold towns ("Toronto", "Seattle").
    line = "Frank and Sue fly from Split to Toronto and Seattle"
    assert _window_words(engine, line) == ["Frank", "Sue", "Split", "Toronto", "Seattle"]


def test_german_nouns_open_no_window_in_a_german_line_only(engine):  # noqa: F811
    german = "Die Erstattung der Rechnung ist mit Zorbulek in der Filiale besprochen"
    assert _window_words(engine, german) == ["Zorbulek"]
    english = "Erstattung and Rechnung are German words"  # no German line: NER still reads them
    assert _window_words(engine, english)[:2] == ["Erstattung", "Rechnung"]
    assert "Koch" in _window_words(engine, "Der Termin mit Frau Koch ist am Montag")  # a noun, and a known surname


def test_a_recognizer_for_fewer_entities_shares_the_ordinary_words():
    # A plan for a new policy spec must not rebuild the word set on the request path.
    from gateway.detection.engine import DetectionEngine

    ner = DetectionEngine().registry.gazetteer_and_ner()[2]
    fewer = ner.only(frozenset({"PERSON"}))
    assert fewer._ordinary is ner._ordinary and fewer._known_lower is ner._known_lower
