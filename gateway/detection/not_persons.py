"""PERSON findings that are not people, dropped before overlaps are resolved.

- Company names: "Pacheco Ltd", "Niemeier KGaA", "Grupo Coronado S.L.", "Suministros Bárcena".
  A finding that carries a legal form or an organisation word, or stands right before or after
  one on its line, names a company (a surname inside it identifies the company, not a person).
- German nouns after an article: "die Nummer", "der Kunde", "eine Rechnung". German capitalises
  every noun; a single capitalised word right after an article or determiner is a noun.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .legal_forms import ORGANISATION_WORDS, is_legal_form, is_organisation_word
from .types import Span

PERSON_ENTITY = "PERSON"
LOCATION_ENTITY = "LOCATION"
_WORD = re.compile(r"[\w./&]+")
# Separators between the parts of a signature line ("Jane Roe | Acme AB", "Jane Roe - Sales").
SEPARATOR = re.compile(r"[ \t]+(?:[|•·–—]|-)[ \t]+")
_CONNECTOR = frozenset({"&", "und", "y", "e", "et", "and", "och", "og"})
# One more name joined by a space or a connector, then a word: " & Johansson AB", " Nilsson HB",
# " i Synowie Sp.", " Harrison Partners".
_JOINED_NAME = re.compile(r" (?:(?:&|and|und|y|et|e|och|og|i|a|és|ja|en) )?([A-ZÀ-Þ][^\W\d_]+) ([\w./]+)")


def _line_words(text: str, start: int, end: int) -> list[str]:
    return _WORD.findall(text[start:end])


_REACH = 48  # characters looked at on each side of a finding (never the whole of a long line)


def is_company_name(text: str, start: int, end: int) -> bool:
    """Whether a name-like span is (part of) a company name on its line."""
    line_end = text.find("\n", end, end + _REACH)
    line_end = line_end if line_end != -1 else min(len(text), end + _REACH)
    if _followed_by_organisation_word(text, start, end, line_end):
        # "Alicia Rademaker | Westlund AB": a separator ends the name's part of the line (looked
        # for only here: cutting the line can only turn a yes into a no).
        separator = SEPARATOR.search(text, end, line_end)
        if separator is None or _followed_by_organisation_word(text, start, end, separator.start()):
            return True
    line_start = max(text.rfind("\n", max(0, start - _REACH), start) + 1, start - _REACH)
    before = list(_WORD.finditer(text, line_start, start))
    if not before or not before[-1].group()[:1].isupper() or before[-1].group().lower() not in ORGANISATION_WORDS:
        return False
    return SEPARATOR.search(text, before[-1].end(), start) is None


def _followed_by_organisation_word(text: str, start: int, end: int, line_end: int) -> bool:
    inside = _line_words(text, start, end)
    # Words of the span, the last one completed to the end of its token ("S." of "S.L.").
    completed = _line_words(text, start, line_end)[: len(inside)]
    return any(is_organisation_word(w) for w in completed) or _closed_by_organisation_word(text, end, line_end)


def _closed_by_organisation_word(text: str, end: int, line_end: int) -> bool:
    """"Pacheco Ltd", "Ruiz, S.A.", "Mohamed & Johansson AB", "Karlsson Nilsson HB": the name is
    followed by an organisation word, or by one more name (after a connector) and an organisation word.
    After a comma only a legal form counts ("Jane Roe, Group CFO" is a person and her title)."""
    rest = text[end:line_end]
    after = _line_words(text, end, line_end)[:4]
    if not after:
        return False
    if rest.lstrip(" ").startswith(","):
        return is_legal_form(after[0])
    words = after[1:] if after[0] in _CONNECTOR else after
    if words and is_organisation_word(words[0]):  # "Pacheco Ltd", "Smith & Sons"
        return True
    joined = _JOINED_NAME.match(rest)
    return joined is not None and is_organisation_word(joined.group(2))


GERMAN_DETERMINERS = frozenset(
    "der die das den dem des ein eine einen einem einer eines kein keine keinen keinem keiner "
    "mein meine meinen meinem meiner dein deine ihr ihre ihren ihrem ihrer unser unsere unseren "
    "unserem euer eure jeder jede jedes diese dieser dieses diesen diesem welche welcher "
    "im zum zur vom beim ins".split()
)
_SALUTATION_NOUNS = frozenset("Damen Herren Kolleginnen Kollegen Mesdames Messieurs Señoras Señores Signore Signori".split())
_INNER_ARTICLES = frozenset("der die das den dem des".split())
_NAME_PARTICLES = frozenset("van von de ter ten vom zu".split())
_PREVIOUS_WORD = re.compile(r"([^\W\d_]+)[ ]+$")


# German noun endings no name has in this length: "Bezeichnung", "Ansprechpartner", "Geburtsdatum".
_GERMAN_NOUN_ENDINGS = ("ung", "ungen", "heit", "keit", "schaft", "partner", "partnerin", "nummer", "datum",
                        "schrift", "stelle", "abteilung", "leitung", "vertrag", "rechnung", "kunden", "ssion")


def is_german_noun(text: str, start: int, end: int) -> bool:
    """One capitalised word right after a lower-case German article ("die Nummer", "dem Kunden"),
    or a long word with a German noun ending ("Ansprechpartner", "Bezeichnung")."""
    word = text[start:end].strip()
    if " " in word:
        # "Bezeichnung der Kunden": a German article inside, not as a name particle ("van der Berg").
        words = word.split(" ")
        return any(w in _INNER_ARTICLES and words[i] not in _NAME_PARTICLES for i, w in enumerate(words[1:-1]))
    if len(word) >= 9 and word.islower() is False and word.lower().endswith(_GERMAN_NOUN_ENDINGS):
        return True
    if word in _SALUTATION_NOUNS:  # "Sehr geehrte Damen und Herren", "Liebe Kolleginnen und Kollegen"
        return True
    return _after_article(text, start)


def _after_article(text: str, start: int) -> bool:
    before = _PREVIOUS_WORD.search(text, max(0, start - 12), start)
    return before is not None and before.group(1).lower() in GERMAN_DETERMINERS


# A pronoun inside a name-like span ends what came before it: "Kannst du Jane" is a question to Jane.
_PRONOUNS = frozenset("du sie er ich wir ihr you i we tu vous je nous tú usted yo io lei voi".split())


def _without_leading_noun(text: str, span: Span) -> Span:
    """"Der Kunde Hans-Jürgen Müller": the noun after the article is not part of the name;
    "Kannst du Jane": neither is a verb and a pronoun before it."""
    value = text[span.start : span.end]
    space = value.find(" ")
    if span.entity != PERSON_ENTITY or space == -1:
        return span
    words = value.split(" ")
    cut = max((i for i, w in enumerate(words[:-1]) if w in _PRONOUNS), default=-1)
    if cut >= 0:
        offset = len(" ".join(words[: cut + 1])) + 1
        return Span(span.start + offset, span.end, span.entity, span.score)
    if not _after_article(text, span.start):
        return span
    return Span(span.start + space + 1, span.end, span.entity, span.score)


def _without_leading_article(text: str, span: Span) -> Span:
    """"der Kunden" found as one span: the article is not part of it (and then rules the noun out)."""
    if span.entity not in (PERSON_ENTITY, LOCATION_ENTITY):
        return span
    first, _, rest = text[span.start : span.end].partition(" ")
    if not rest or first not in GERMAN_DETERMINERS:
        return span
    return Span(span.end - len(rest), span.end, span.entity, span.score)


def drop_non_persons(text: str, spans: Sequence[Span]) -> list[Span]:
    """The spans, less PERSON findings that are company names or German nouns (and LOCATION
    findings that are German nouns: "den Kunden")."""
    kept = []
    for span in spans:
        span = _without_leading_article(text, span)
        if span.entity == PERSON_ENTITY and is_company_name(text, span.start, span.end):
            continue
        if span.entity in (PERSON_ENTITY, LOCATION_ENTITY) and is_german_noun(text, span.start, span.end):
            continue
        kept.append(_without_leading_noun(text, span))
    return kept
