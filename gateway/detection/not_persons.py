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

from .types import Span

PERSON_ENTITY = "PERSON"
LOCATION_ENTITY = "LOCATION"
# Compared as written: "AG", "SA", "AS" are legal forms, "as" and "sa" are words.
LEGAL_FORMS = frozenset(
    "Inc Inc. LLC L.L.C. Ltd Ltd. PLC plc Corp Corp. Corporation Co. GmbH mbH AG KG KGaA OHG e.V. GbR UG SE "
    "S.A. SA S.L. SL S.L.U. SLU SAS SARL S.A.R.L. S.A.S. S.p.A. SpA Srl S.r.l. s.r.l. S.n.c. BV B.V. NV N.V. "
    "AB A/S ApS Oy Oyj AS ASA sp. S.C. Sp.".split()
)
# Organisation words, in any case: "Gomez Group", "Grupo Coronado", "Suministros Bárcena".
ORGANISATION_WORDS = frozenset(
    "group groep gruppe grupo gruppo groupe holding holdings associates asociados fils figli hijos söhne "
    "stiftung industries industrias consultores consulting immobilien suministros comercializadora "
    "construcciones servicios inversiones soluciones distribuciones transportes hnos hnos. hermanos "
    "fratelli solutions systems technologies labs ventures foundation logistics logística sons banca banco "
    "instalaciones centraal verlag werke".split()
)
_WORD = re.compile(r"[\w./&]+")
_CONNECTOR = frozenset({"&", "und", "y", "e", "et", "and"})


# Spanish dotted legal forms: "S.A.", "S.Coop.", "S.Com.", "S.A.U." (initials like "J.R." are not).
_DOTTED_FORM = re.compile(r"^S\.[A-Z][a-z]{0,4}\.?(?:[A-Z]\.)*$")


def _is_organisation_word(word: str) -> bool:
    return (word in LEGAL_FORMS or bool(_DOTTED_FORM.match(word))
            or (word[:1].isupper() and word.lower() in ORGANISATION_WORDS))


def _line_words(text: str, start: int, end: int) -> list[str]:
    return _WORD.findall(text[start:end])


_REACH = 48  # characters looked at on each side of a finding (never the whole of a long line)


def is_company_name(text: str, start: int, end: int) -> bool:
    """Whether a name-like span is (part of) a company name on its line."""
    line_end = text.find("\n", end, end + _REACH)
    line_end = line_end if line_end != -1 else min(len(text), end + _REACH)
    inside = _line_words(text, start, end)
    # Words of the span, the last one completed to the end of its token ("S." of "S.L.").
    completed = _line_words(text, start, line_end)[: len(inside)]
    if any(_is_organisation_word(w) for w in completed):
        return True
    after = [w for w in _line_words(text, end, line_end)[:3] if w not in _CONNECTOR]
    if after and _is_organisation_word(after[0]):
        return True
    before = _line_words(text, max(text.rfind("\n", max(0, start - _REACH), start) + 1, start - _REACH), start)
    return bool(before) and before[-1][:1].isupper() and before[-1].lower() in ORGANISATION_WORDS


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
