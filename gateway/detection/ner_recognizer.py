"""The spaCy NER recognizer: reads only the stretches around capitalised words nothing else explains.

It runs in the NER phase, after the pattern and gazetteer recognizers: "Hi Johanna Whitfield" costs
no NER once the name recognizer has it. Its pieces of all texts of a batch go through one
`nlp.pipe` call; spans are trimmed of greetings and titles and mapped back to the original text.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence

from spacy.language import Language

from .addresses import ADDRESS_CONTEXT
from .capitals import UPPER
from .common_nouns import CALENDAR_WORDS
from . import english_lexicon
from .company_names import SEPARATOR
from .gazetteer import ENGLISH_VOCABULARY, ENGLISH_WORDS, is_common_word
from .german_lexicon import is_german_noun
from .german_nouns import is_german_line
from .legal_forms import is_organisation_word
from .names import PERSON_CONTEXT, trim_name
from .place_names import known_places
from .ner import ner_spans, vocabulary_bound
from .normalize import TextView
from .context import compile_context
from .recognizer import NER_PHASE, Recognizer
from .types import Span
from .views import TextViews

NER_ENTITIES: frozenset[str] = frozenset({"PERSON", "LOCATION", "STREET_ADDRESS"})
_NER_SEGMENT_CHARS = 1500
_NER_CONTEXT_CHARS = 48  # characters of context NER reads on each side of an unexplained word (sm NER sees ~4 tokens each side)
_DOUBTFUL_NER_SCORE = 0.4  # below the usual 0.5 threshold; a context word lifts it back
_NEXT_WORD = re.compile(r"\s*(,|[^\W\d_]+)")
_SUBJECT_FOLLOWERS = frozenset(
    ", is was has had will would can could did does said says spent and wrote told asked lives works".split()
)
_CAPITALISED = re.compile(rf"[{UPPER}][a-zà-ÿ'’\-]+")
_NAME_PART = re.compile(r"[^\W\d_]+")
# English contractions: a closed class, never a name ("I'm", "What's", "Don't" open a sentence).
_CONTRACTIONS = frozenset(
    "i'm i'd i'll i've it's it'd it'll what's who's where's how's here's there's that's let's he's she's "
    "he'd she'd he'll she'll we're we'll we've we'd you're you'll you've you'd they're they'll they've "
    "they'd don't doesn't didn't can't won't isn't aren't wasn't weren't couldn't wouldn't shouldn't "
    "haven't hasn't hadn't c'mon".split()
)


def ordinary_words(known_lower: frozenset[str]) -> frozenset[str]:
    """Lower-case words that are ordinary text when capitalised: English vocabulary (with plural
    -s), the English lexicon's verbs, adjectives and adverbs with the verbs' -ed and -ing forms
    ("Translate", "Failed", "Energetic": a heading or a sentence's opener), contractions and calendar
    words, less every word the gazetteer knows as a name ("Grace", "Baker", "Frank" stay worth reading
    around) or as a town ("Split"). NER reads what each unexplained word leaves it, so a
    word known to be ordinary saves its window: about a sixth of the characters NER read on the
    benchmark corpus, with the German nouns of _unexplained_words."""
    words = (ENGLISH_VOCABULARY | {w + "s" for w in ENGLISH_VOCABULARY} | _CONTRACTIONS | CALENDAR_WORDS
             | english_lexicon.non_noun_words())
    places = {place.lower() for place in known_places()}
    return frozenset(w for w in words if w not in known_lower and w not in places)


_CONTEXT = {"PERSON": compile_context(PERSON_CONTEXT), "STREET_ADDRESS": compile_context(ADDRESS_CONTEXT)}


def _unexplained_words(segment: str, offset: int, folded: TextView, covered: Sequence[tuple[int, int]],
                       ordinary: frozenset[str], known_lower: frozenset[str],
                       lone_names: Sequence[int] = ()) -> list[tuple[int, int]]:
    """Capitalised words of a line that are not ordinary text and that the gazetteer and pattern
    recognizers have not already explained, as ranges in the segment. `covered` holds sorted,
    merged original ranges. A German noun of the lexicon in a German line ("Erstattung",
    "Rechnung") is ordinary there unless it is a known name (`known_lower`: "Koch", "Bauer"). A
    name next to an ordinary word still gets its own window when nothing else explains it.
    `lone_names` (sorted original starts of one-word PERSON findings): an ordinary word near one
    still opens its window, since NER reading there tells a first name from a place ("Trains go to
    Paris, London and Berlin")."""
    words = []
    german_line: bool | None = None  # asked once per segment, when a German noun first needs it
    for match in _CAPITALISED.finditer(segment):
        word = match.group()
        lower = word.lower()
        if lower in ENGLISH_WORDS or is_common_word(lower):
            continue
        start, end = folded.to_original(offset + match.start(), offset + match.end())
        german_noun = False
        if is_german_noun(word) and lower not in known_lower:
            german_line = is_german_line(segment) if german_line is None else german_line
            german_noun = german_line
        if german_noun or lower.replace("’", "'") in ordinary or is_organisation_word(word):
            near = bisect.bisect_left(lone_names, start - _NER_CONTEXT_CHARS)
            if near == len(lone_names) or lone_names[near] > end + _NER_CONTEXT_CHARS:
                continue
        i = bisect.bisect_right(covered, (start, len(folded.text) + 1)) - 1
        if i < 0 or covered[i][1] < end:
            words.append((match.start(), match.end()))
    return words


def _windows(segment: str, words: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Stretches of the segment around the unexplained words, wide enough for the NER model's
    receptive field (a few tokens each side), cut on spaces and merged where they overlap. NER cost
    follows the tokens it reads, so it reads these stretches rather than whole lines."""
    out: list[tuple[int, int]] = []
    for a, b in words:
        start = max(0, a - _NER_CONTEXT_CHARS)
        if start:
            space = segment.find(" ", start, a)
            start = space + 1 if space != -1 else start
        end = min(len(segment), b + _NER_CONTEXT_CHARS)
        if end < len(segment):
            space = segment.rfind(" ", b, end)
            end = space if space != -1 else end
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


def _covered(spans: Sequence[Span]) -> list[tuple[int, int]]:
    """Sorted, merged ranges of spans already found."""
    merged: list[tuple[int, int]] = []
    for span in sorted(spans, key=lambda s: s.start):
        if merged and span.start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], span.end))
        else:
            merged.append((span.start, span.end))
    return merged


def _segments(text: str) -> Iterable[tuple[int, str]]:
    """Lines of `text`, long ones cut at whitespace, as (offset, segment)."""
    offset = 0
    for line in text.split("\n"):
        start = 0
        while len(line) - start > _NER_SEGMENT_CHARS:
            cut = line.rfind(" ", start + _NER_SEGMENT_CHARS // 2, start + _NER_SEGMENT_CHARS)
            cut = cut if cut > start else start + _NER_SEGMENT_CHARS
            yield offset + start, line[start:cut]
            start = cut
        yield offset + start, line[start:]
        offset += len(line) + 1


class NerRecognizer(Recognizer):
    """spaCy NER for PERSON, LOCATION and STREET_ADDRESS (facilities), on the folded view."""

    name = "spacy_ner"
    entities = NER_ENTITIES
    view = "folded"
    phase = NER_PHASE
    batched = True

    def __init__(self, nlp: Language, first_names: frozenset[str], known_names: frozenset[str],
                 wanted: frozenset[str] = NER_ENTITIES, bound: int | None = None,
                 words: tuple[frozenset[str], frozenset[str]] | None = None) -> None:
        self._nlp = nlp
        self._first = first_names
        self._known = known_names
        # Built once per model (about 55 ms): a plan made for a new policy spec reuses them.
        if words is None:
            known_lower = frozenset(name.lower() for name in known_names)
            words = known_lower, ordinary_words(known_lower)
        self._known_lower, self._ordinary = words
        self.entities = wanted & NER_ENTITIES
        # One bound per loaded model, set when its first recognizer is made (ner.ner_spans).
        self._vocabulary_bound = vocabulary_bound(nlp) if bound is None else bound

    def only(self, wanted: frozenset[str]) -> NerRecognizer:
        """The same model, reporting only `wanted` entities."""
        return NerRecognizer(self._nlp, self._first, self._known, wanted, self._vocabulary_bound,
                             (self._known_lower, self._ordinary))

    def context_pattern(self, entity: str) -> re.Pattern[str] | None:
        return _CONTEXT.get(entity)

    def find(self, views: TextViews) -> Iterable[Span]:
        return self.find_batch([views], [[]])[0]

    def find_batch(self, views: Sequence[TextViews], found: Sequence[Sequence[Span]]) -> list[list[Span]]:
        out: list[list[Span]] = [[] for _ in views]
        pieces: list[str] = []
        owners: list[tuple[int, int, int]] = []  # (text index, piece offset, line offset) in the folded view
        for index, view in enumerate(views):
            covered = _covered(found[index])
            lone_names = sorted(s.start for s in found[index]
                                if s.entity == "PERSON" and " " not in view.original[s.start : s.end])
            for offset, segment in _segments(view.folded.text):
                if not segment.strip():
                    continue
                for a, b in _windows(segment, _unexplained_words(segment, offset, view.folded, covered, self._ordinary,
                                                                      self._known_lower, lone_names)):
                    pieces.append(segment[a:b])
                    owners.append((index, offset + a, offset))
        if not pieces:
            return out
        for (index, offset, line), spans in zip(owners, ner_spans(self._nlp, pieces, self._vocabulary_bound)):
            folded = views[index].folded
            for span in spans:
                if span.entity not in self.entities:
                    continue
                for a, b in self._pieces(folded.text, offset + span.start, offset + span.end, span.entity):
                    score = span.score
                    if span.entity != "STREET_ADDRESS" and (self._lone_opener(folded.text, line, offset + span.start, a, b)
                                                            or self._german_noun(folded.text, line, a, b)):
                        score = _DOUBTFUL_NER_SCORE
                    start, end = folded.to_original(a, b)
                    out[index].append(Span(start, end, span.entity, score))
        return out

    def _pieces(self, text: str, start: int, end: int, entity: str) -> list[tuple[int, int]]:
        """The span trimmed of greetings and titles. A name never runs across the separators of a
        signature line ("Olivia Moore — Marketing Lead — Fraser & Quinn"): such a span is cut there,
        keeping the parts that hold a known name (or the first part when none does)."""
        if entity == "PERSON" and ": " in text[start:end]:
            start = text.rindex(": ", start, end) + 2  # "Oggetto: Ordine": a name never holds a label's colon
        cuts = [m.span() for m in SEPARATOR.finditer(text, start, end)] if entity == "PERSON" else []
        if not cuts:
            a, b = trim_name(text, start, end, self._first)
            return [(a, b)] if b > a else []
        bounds = [start, *(x for cut in cuts for x in cut), end]
        pieces = [trim_name(text, bounds[i], bounds[i + 1], self._first) for i in range(0, len(bounds), 2)]
        pieces = [(a, b) for a, b in pieces if b > a]
        named = [(a, b) for a, b in pieces if any(w in self._known for w in _NAME_PART.findall(text, a, b))]
        return named or pieces[:1]

    def _german_noun(self, text: str, segment_start: int, a: int, b: int) -> bool:
        """One unknown capitalised word in a German line ("Pflegegrad 3, mit Rollator, Insulin morgens
        und abends"): German capitalises every noun, which English NER takes for names; names it
        misses there come back through context words ("Herr ...") or the gazetteer."""
        word = text[a:b]
        if " " in word or word in self._known:
            return False
        line_end = text.find("\n", b)
        return is_german_line(text[segment_start : len(text) if line_end == -1 else line_end])

    def _lone_opener(self, text: str, segment_start: int, ner_start: int, a: int, b: int) -> bool:
        """One unknown capitalised word opening a sentence ("Riassumi", "Convert", "Welche Frist"
        trimmed to "Frist"): English NER tags imperatives and nouns there; names it misses there
        come back through context words ("Dear ...") or the gazetteer."""
        word = text[a:b]
        if " " in word or word in self._known:
            return False
        before = text[segment_start:ner_start].rstrip(" \t\"'“‘*-•>(")
        if before and before[-1] not in ".!?:;":
            return False
        # "Koppány, can I ...", "Kíra is from ...": a subject or a vocative, as names are.
        after = _NEXT_WORD.match(text, b)
        return after is None or after.group(1).lower() not in _SUBJECT_FOLLOWERS
