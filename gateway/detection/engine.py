"""The synchronous detection engine: one call analyses a batch of texts for one policy spec.

CPU-bound by design; the async service runs it in worker processes. Only the recognizers a spec
needs run, and spaCy NER only runs on lines that still hold an unexplained capitalised word.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from . import birthdates, labelled, not_persons, numbers, patterns, phones, secrets, spelled
from .addresses import UPPER, AddressFinder
from .context import CONTEXT_BOOST, ENTITY_CONTEXT_PATTERNS, has_context
from .custom import CompiledCustom, compile_custom
from .entities import NER_ENTITIES
from .gazetteer import ENGLISH_WORDS, is_common_word
from .lists import list_members
from .mentions import repeat_mentions
from .names import NameFinder, trim_name
from .ner import load_pipeline, model_version, ner_spans
from .settings import DetectorSettings
from .spans import compile_terms, drop_allowed, resolve_overlaps, term_ranges
from .types import DENY_LIST_ENTITY, DetectionSpec, Span
from .normalize import TextView
from .views import TextViews

ENGINE_VERSION = "gw-detect/1"
_NER_SEGMENT_CHARS = 1500
_NER_CONTEXT_CHARS = 96  # characters of context NER reads on each side of an unexplained word
_DOUBTFUL_NER_SCORE = 0.4  # below the usual 0.5 threshold; a context word lifts it back
_NEXT_WORD = re.compile(r"\s*(,|[^\W\d_]+)")
_SUBJECT_FOLLOWERS = frozenset(
    ", is was has had will would can could did does said says spent and wrote told asked lives works".split()
)
_CAPITALISED = re.compile(rf"[{UPPER}][a-zà-ÿ'’\-]+")

Finder = Callable[[TextViews], Iterable[Span]]

# entity -> recognizer over the views (each yields spans in original coordinates)
_FINDERS: dict[str, Finder] = {
    "EMAIL_ADDRESS": lambda v: [*patterns.find_emails(v.folded), *patterns.find_spelled_emails(v.folded)],
    "PHONE_NUMBER": lambda v: [*phones.find_phone_numbers(v.digits, v.original), *spelled.find_spelled_phone_numbers(v)],
    "CREDIT_CARD": lambda v: numbers.find_credit_cards(v.digits),
    "US_SSN": lambda v: numbers.find_us_ssns(v.digits),
    "IBAN_CODE": lambda v: patterns.find_ibans(v.folded),
    "IP_ADDRESS": lambda v: patterns.find_ip_addresses(v.folded),
    "URL": lambda v: patterns.find_urls(v.folded),
    "DATE_TIME": lambda v: patterns.find_dates(v.folded),
    "CRYPTO": lambda v: patterns.find_crypto(v.folded),
    "MEDICAL_LICENSE": lambda v: patterns.find_medical_licenses(v.folded),
    "ES_NIF": lambda v: patterns.find_es_nifs(v.folded),
    "IT_FISCAL_CODE": lambda v: patterns.find_it_fiscal_codes(v.folded),
    "FR_NIR": lambda v: patterns.find_fr_nirs(v.digits),
    "EU_VAT": lambda v: patterns.find_eu_vats(v.digits),
    "UK_NINO": lambda v: patterns.find_uk_ninos(v.folded),
    "US_PASSPORT": lambda v: patterns.find_us_passports(v.folded),
    "US_BANK_NUMBER": lambda v: patterns.find_us_bank_numbers(v.folded),
    "US_DRIVER_LICENSE": lambda v: patterns.find_us_driver_licenses(v.folded),
    **{
        entity: (lambda e: lambda v: numbers.find_national_ids(v.digits, e))(entity)
        for entity in numbers.NATIONAL_ID_ENTITIES
    },
    "SECRET": secrets.find_secrets,
    "PRIVATE_KEY": secrets.find_private_keys,
    "PASSWORD": secrets.find_passwords,
    "DATE_OF_BIRTH": birthdates.find_dates_of_birth,
    "MEDICAL_RECORD_NUMBER": labelled.find_medical_record_numbers,
    "ACCOUNT_NUMBER": labelled.find_account_numbers,
    "USERNAME": labelled.find_usernames,
}


@dataclass(frozen=True)
class _Plan:
    """Everything derived from one spec, compiled once (specs are hashable)."""

    finders: tuple[Finder, ...]
    customs: tuple[CompiledCustom, ...]
    allow: re.Pattern[str] | None
    deny: re.Pattern[str] | None
    use_names: bool
    use_addresses: bool
    ner_entities: frozenset[str]


@lru_cache(maxsize=256)
def _plan(spec: DetectionSpec) -> _Plan:
    customs = tuple(c for c in (compile_custom(p) for p in spec.custom) if c is not None)
    return _Plan(
        finders=tuple(_FINDERS[e] for e in sorted(spec.entities) if e in _FINDERS),
        customs=customs,
        allow=compile_terms(spec.allow_terms),
        deny=compile_terms(spec.deny_terms),
        use_names="PERSON" in spec.entities,
        use_addresses="STREET_ADDRESS" in spec.entities,
        ner_entities=spec.entities & NER_ENTITIES,
    )


def _unexplained_words(segment: str, offset: int, folded: TextView, covered: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Capitalised words of a line that are not ordinary English and that the gazetteer and pattern
    recognizers have not already explained ("Hi Johanna Whitfield" costs no NER once the name finder
    has it), as ranges in the segment. `covered` holds sorted, merged original ranges."""
    words = []
    for match in _CAPITALISED.finditer(segment):
        word = match.group().lower()
        if word in ENGLISH_WORDS or is_common_word(word):
            continue
        start, end = folded.to_original(offset + match.start(), offset + match.end())
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


class DetectionEngine:
    """Loads the model and gazetteers once; `analyze` is pure and thread-compatible per process."""

    def __init__(self, settings: DetectorSettings = DetectorSettings()) -> None:
        self.settings = settings
        self._nlp = load_pipeline(settings.spacy_model)
        self._names = NameFinder()
        self._known_names = self._names.first | self._names.last
        self._addresses = AddressFinder()
        self.version = f"{ENGINE_VERSION} {settings.spacy_model}-{self._nlp.meta.get('version', '0')}"
        self.model = model_version(self._nlp)

    def analyze(self, texts: Sequence[str], spec: DetectionSpec) -> list[list[Span]]:
        plan = _plan(spec)
        views = [TextViews(text) for text in texts]
        candidates: list[list[Span]] = [self._patterns(v, plan) for v in views]
        if plan.ner_entities:
            self._ner(views, plan, candidates)
        return [self._finish(v, plan, spec, found) for v, found in zip(views, candidates)]

    def _patterns(self, views: TextViews, plan: _Plan) -> list[Span]:
        found: list[Span] = []
        for finder in plan.finders:
            found.extend(finder(views))
        if plan.use_names:
            found.extend(self._names.find(views.folded))
        if plan.use_addresses:
            found.extend(self._addresses.find(views.folded))
        for custom in plan.customs:
            found.extend(custom.find(views.folded, views.original))
        return found

    def _ner(self, views: list[TextViews], plan: _Plan, candidates: list[list[Span]]) -> None:
        pieces: list[str] = []
        owners: list[tuple[int, int, int]] = []  # (text index, piece offset, line offset) in the folded view
        for index, view in enumerate(views):
            covered = _covered(candidates[index])
            for offset, segment in _segments(view.folded.text):
                if not segment.strip():
                    continue
                for a, b in _windows(segment, _unexplained_words(segment, offset, view.folded, covered)):
                    pieces.append(segment[a:b])
                    owners.append((index, offset + a, offset))
        if not pieces:
            return
        for (index, offset, line), spans in zip(owners, ner_spans(self._nlp, pieces)):
            folded = views[index].folded
            for span in spans:
                if span.entity in plan.ner_entities:
                    a, b = trim_name(folded.text, offset + span.start, offset + span.end, self._names.first)
                    if b <= a:
                        continue
                    score = span.score
                    if span.entity != "STREET_ADDRESS" and self._lone_opener(folded.text, line, offset + span.start, a, b):
                        score = _DOUBTFUL_NER_SCORE
                    start, end = folded.to_original(a, b)
                    candidates[index].append(Span(start, end, span.entity, score))

    def _lone_opener(self, text: str, segment_start: int, ner_start: int, a: int, b: int) -> bool:
        """One unknown capitalised word opening a sentence ("Riassumi", "Convert", "Welche Frist"
        trimmed to "Frist"): English NER tags imperatives and nouns there; names it misses there
        come back through context words ("Dear ...") or the gazetteer."""
        word = text[a:b]
        if " " in word or word in self._known_names:
            return False
        before = text[segment_start:ner_start].rstrip(" \t\"'“‘*-•>(")
        if before and before[-1] not in ".!?:;":
            return False
        # "Koppány, can I ...", "Kíra is from ...": a subject or a vocative, as names are.
        after = _NEXT_WORD.match(text, b)
        return after is None or after.group(1).lower() not in _SUBJECT_FOLLOWERS

    def _finish(self, views: TextViews, plan: _Plan, spec: DetectionSpec, found: list[Span]) -> list[Span]:
        text = views.original
        boosted = []
        for span in found:
            if span.score < spec.score_threshold and span.entity in ENTITY_CONTEXT_PATTERNS:
                if has_context(text, span.start, span.end, ENTITY_CONTEXT_PATTERNS[span.entity]):
                    span = Span(span.start, span.end, span.entity, min(1.0, span.score + CONTEXT_BOOST))
            if span.score >= spec.score_threshold and (span.entity in spec.entities or span.entity not in _FINDERS):
                boosted.append(span)
        boosted = not_persons.drop_non_persons(text, boosted)
        folded = views.folded
        for a, b in term_ranges(plan.deny, folded.text):
            start, end = folded.to_original(a, b)
            boosted.append(Span(start, end, DENY_LIST_ENTITY, 1.0))
        allowed = [folded.to_original(a, b) for a, b in term_ranges(plan.allow, folded.text)]
        resolved = resolve_overlaps(drop_allowed(boosted, allowed), text)
        if not plan.use_names:
            return resolved
        siblings = not_persons.drop_non_persons(text, list_members(text, resolved))
        if siblings:
            resolved = resolve_overlaps(drop_allowed([*resolved, *siblings], allowed), text)
        repeats = repeat_mentions(text, resolved, self._known_names)
        if not repeats:
            return resolved
        return resolve_overlaps(drop_allowed([*resolved, *repeats], allowed), text)
