"""Whole-request stages that run after recognition, as a small chain of callables.

Recognizers find candidates one by one; these stages then turn the candidates of one text into the
answer, in order: keep what clears the policy threshold, drop "names" that are company names or
German nouns (not_persons.py) or stand where a firm's name stands (firms.py), drop what lies inside
an allow term, resolve overlaps, and, when the policy looks for names, take the name line above a
street address (addressees.py), the siblings of names
in lists (lists.py) and later bare mentions of names already found (mentions.py), both through the
same company and firm filters, and then opens each name over an English title written before it
(titled_names.py); when it looks for credentials, their further occurrences
(repeated_credentials.py). Each stage takes the text's `Analysis` and returns the new span list.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from dataclasses import dataclass

from .addressees import addressees
from .firms import FirmFilter
from .lists import list_members
from .mentions import repeat_mentions
from .not_persons import drop_non_persons
from .repeated_credentials import CREDENTIAL_ENTITIES, repeated_credentials
from .spans import drop_allowed, resolve_overlaps
from .titled_names import with_titles
from .types import DetectionSpec, Span
from .views import TextViews


@dataclass
class Analysis:
    """One text on its way through the stages."""

    views: TextViews
    spans: list[Span]
    allowed: list[tuple[int, int]]


Stage = Callable[[Analysis], list[Span]]


def keep_above(threshold: float) -> Stage:
    def stage(analysis: Analysis) -> list[Span]:
        return [s for s in analysis.spans if s.score >= threshold]

    return stage


def _not_persons(firms: FirmFilter) -> Stage:
    def not_persons(analysis: Analysis) -> list[Span]:
        text = analysis.views.original
        return firms.drop(text, drop_non_persons(text, analysis.spans))

    return not_persons


def resolve(analysis: Analysis) -> list[Span]:
    """Drop spans inside allow terms, then make the rest sorted and disjoint (spans.py)."""
    return resolve_overlaps(drop_allowed(analysis.spans, analysis.allowed), analysis.views.original)


def _adding(find: Callable[[Analysis], list[Span]]) -> Stage:
    """A stage that adds spans from `find` and resolves again (no change when it finds none)."""

    def stage(analysis: Analysis) -> list[Span]:
        extra = find(analysis)
        if not extra:
            return analysis.spans
        return resolve(Analysis(analysis.views, [*analysis.spans, *extra], analysis.allowed))

    stage.__name__ = find.__name__
    return stage


def _addressees_of(firms: FirmFilter) -> Callable[[Analysis], list[Span]]:
    def addressee_lines(analysis: Analysis) -> list[Span]:
        text = analysis.views.original
        found = addressees(text, analysis.spans)
        return firms.drop(text, drop_non_persons(text, found), analysis.spans) if found else []

    return addressee_lines


def _list_continuation_of(firms: FirmFilter) -> Callable[[Analysis], list[Span]]:
    def list_continuation(analysis: Analysis) -> list[Span]:
        text = analysis.views.original
        return firms.drop(text, drop_non_persons(text, list_members(text, analysis.spans)), analysis.spans)

    return list_continuation


def _inside_found(span: Span, found: list[Span], starts: list[int]) -> bool:
    """Whether overlap resolution would drop `span` anyway: it lies inside a longer finding, or is
    a PERSON finding already (`found` is sorted and disjoint, `starts` their starts: made once per
    text, as a text dense with names has a mention for about every finding)."""
    i = bisect.bisect_right(starts, span.start) - 1
    if i < 0 or found[i].end < span.end:
        return False
    other = found[i]
    return (other.end - other.start) > (span.end - span.start) or (other.start, other.end, other.entity) == (
        span.start, span.end, span.entity)


def _repeat_mentions_of(known_names: frozenset[str], firms: FirmFilter) -> Callable[[Analysis], list[Span]]:
    def repeat_mentions_stage(analysis: Analysis) -> list[Span]:
        # "Tom Walker ... Walker Harrison Partners": the firm named after him is not a mention of him.
        text = analysis.views.original
        starts = [s.start for s in analysis.spans]
        mentions = [m for m in repeat_mentions(text, analysis.spans, known_names)
                    if not _inside_found(m, analysis.spans, starts)]
        return firms.drop(text, drop_non_persons(text, mentions), analysis.spans) if mentions else []

    return repeat_mentions_stage


def _credential_repeats(analysis: Analysis) -> list[Span]:
    return repeated_credentials(analysis.views.original, analysis.spans)


def titles_into_names(analysis: Analysis) -> list[Span]:
    return with_titles(analysis.views.original, analysis.spans)


def stages_for(spec: DetectionSpec, known_names: frozenset[str], first_names: frozenset[str] = frozenset()) -> tuple[Stage, ...]:
    firms = FirmFilter(first_names)
    chain: list[Stage] = [keep_above(spec.score_threshold)]
    if spec.entities & {"PERSON", "LOCATION"}:
        chain.append(_not_persons(firms))
    chain.append(resolve)
    if "PERSON" in spec.entities:
        chain += [_adding(_addressees_of(firms)), _adding(_list_continuation_of(firms)),
                  _adding(_repeat_mentions_of(known_names, firms)), titles_into_names]
    if spec.entities & CREDENTIAL_ENTITIES:
        chain.append(_adding(_credential_repeats))
    return tuple(chain)
