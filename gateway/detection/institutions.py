"""Courts and company registers: their words are no name, the town after them is a place.

Legal footers and court filings name a court or register and its town: "Amtsgericht Roth",
"Registergericht: Amtsgericht Nürnberg", "Tribunal de commerce de Nanterre", "Juzgado de lo
Mercantil de Madrid", "Registro Imprese di Milano". A name finder takes the town (a surname as often
as not: "Roth") or the institution's own words ("Le Tribunal", "Registro Imprese") for a person. The
town is a place and stays masked as one; the institution's words are ordinary text.

A register's number after its label ("RCS Nanterre 552 120 222", "REA MI-1234567") is the firm's,
not a phone.
"""

from __future__ import annotations

import re

from .types import Span

LOCATION_ENTITY = "LOCATION"
# Head words of courts, registers and chambers in de/fr/es/it (capitalised, as they are written).
# English "Court" is left out: it is a surname and a street type as well.
_HEADS = (
    r"(?:Amts|Land|Oberlandes|Verwaltungs|Arbeits|Sozial|Finanz|Register|Handels|Bundes)gericht"
    r"|Handelsregister|Vereinsregister|Tribunale?|Juzgado|Audiencia|Cour|Corte|Pretura|Procura|Registro|Registre"
    r"|Conservatoria|Greffe|Fiscal[íi]a|Camera di [Cc]ommercio|Chambre de [Cc]ommerce|C[áa]mara de [Cc]omercio"
)
# The head opening a finding, maybe after an article ("Le Tribunal", "Il Tribunale"); "Marco Della
# Corte" holds a head word as a surname, not at its start.
_HEAD_AT_START = re.compile(rf"(?:(?:Le|La|L'|El|Il|Lo|Das|Der|The) )?(?:{_HEADS})(?![^\W_])")
# What may stand between the head and the town: lower-case words and particles, and the court's
# own capitalised type words ("de lo Mercantil de", "de commerce de", "Imprese di", "judiciaire de").
_LINK_WORD = r"(?:[a-zà-ÿ']+|d'|Mercantil|Social|Penal|Civil|Imprese|Commerciale|Ordinario|Administratif|Judiciaire)"
_LINK_WORDS = re.compile(rf"[ \t]*(?:{_LINK_WORD}(?:[ \t]+|$))*")
_LINK = r"(?:[ \t]+" + _LINK_WORD + r"){0,4}"
_HEAD_BEFORE = re.compile(rf"(?:{_HEADS}){_LINK}[ \t]*:?[ \t]*$")
_REACH = 60


def _head_before(text: str, start: int) -> bool:
    line_start = text.rfind("\n", max(0, start - _REACH), start) + 1
    return _HEAD_BEFORE.search(text, max(line_start, start - _REACH), start) is not None


def _town_from(text: str, at: int, span: Span) -> Span | None:
    """The town from `at` to the span's end, past the institution's link words ("de commerce de",
    "Mercantil de"), or None when only link words are left ("Registro Imprese", "Le Tribunal")."""
    link = _LINK_WORDS.match(text, at, span.end)
    at = link.end() if link is not None else at
    if at >= span.end or not text[at].isupper():
        return None
    return Span(at, span.end, LOCATION_ENTITY, span.score)


def as_institution_town(text: str, span: Span) -> Span | None:
    """For a PERSON or LOCATION finding in or after a court's or register's name: the town it holds
    as a LOCATION, an empty span when it holds none ("Le Tribunal", "Registro Imprese": the words
    are ordinary text), or None when no institution is involved (the finding stays as it is)."""
    head = _HEAD_AT_START.match(text, span.start, span.end)
    if head is not None:
        town = _town_from(text, head.end(), span)
        return town or Span(span.start, span.start, LOCATION_ENTITY, span.score)
    if not _head_before(text, span.start):
        return None
    # "Amtsgericht Roth", "Juzgado de lo | Mercantil de Madrid": the town follows the head.
    town = _town_from(text, span.start, span)
    return town or Span(span.start, span.start, LOCATION_ENTITY, span.score)


# A company register's label right before its number: "RCS Nanterre 552 120 222", "R.C.S. Paris B
# 552 120 222", "SIREN 552120222", "REA MI-1234567", "HRB 12345", "KvK 12345678", "CIF B12345678", and a
# body's registration with its registrar ("Charity registration 108 200 4417"): no phone, whoever holds it.
_REGISTER_BEFORE = re.compile(
    r"(?<![^\W_])(?:R\.?C\.?S\.?(?:[ \t]+[A-ZÀ-Þ][\w\-]+){0,2}(?:[ \t]+[AB])?|SIRE[NT]|REA|R\.E\.A\.|HR[AB]|KvK|CIF"
    r"|N[°º]?[ \t]*TVA|(?i:registration(?:[ \t]+(?:number|no\.?|nr\.?))?)|Registro Imprese(?:[ \t]+di(?:[ \t]+[A-Z][\w\-]+){1,4})?)[ \t]*(?:n[°º.]?|nr\.?|no\.?)?[ \t]*[:.]?[ \t]*$"
)


def after_register_label(text: str, start: int) -> bool:
    """Whether a company register's label stands right before `start` on its line."""
    line_start = text.rfind("\n", max(0, start - _REACH), start) + 1
    return _REGISTER_BEFORE.search(text, max(line_start, start - _REACH), start) is not None
