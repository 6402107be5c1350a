"""Account and record numbers whose label stands a few words before them, not right before
(labelled.py reads the label-then-value forms):

- a clause naming the account, then a copula and the number: "let me pull up your account... is
  that C4471203?", "the policy on file for you is POL-774411" (no other document's noun between);
- the answer to a question naming a person's number, anywhere in the next speaker's turn: "Can I
  have your member number?" / "CALLER: Jane Roe, and the number's on the card... it's M5522013."

The value must read as an identifier rather than a count, a year or a date: a letter prefix, or six
digits and more that no date explains. A service desk's record number (INC0012345) is a ticket's.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .document_numbers import reads_as_document_number
from .labelled import ACCOUNT_NUMBER_ENTITY, LABELLED_ID_SCORE, MEDICAL_RECORD_ENTITY, label_positions
from .numbers import all_digit_runs
from .types import Span
from .views import TextViews

_ID = r"(?P<value>(?:[A-Z]{1,4}-?)?\d(?:[\-/]?\d){4,19})(?![\w\-])"
_WHOLE_ID = re.compile(_ID)
_DATE_SHAPED = re.compile(r"\d{4}[-/.]\d{1,2}(?:[-/.]\d{1,2})?|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}|\d{4}[-/]\d{4}")


def _reads_as_id(value: str) -> bool:
    if reads_as_document_number(value):  # a service desk's or a business document's number
        return False
    if value[0].isalpha():
        return True
    return sum(c.isdigit() for c in value) >= 6 and not _DATE_SHAPED.fullmatch(value)


# Nouns of a person's contract with a firm or scheme (en/de/fr/es/it), then up to forty characters of
# the same clause (an ellipsis is a pause, not an end), then a copula and the value.
_HOLDER_NOUNS = ("account", "policy", "membership", "member", "customer", "client", "subscriber", "contract", "konto",
                 "vertrag", "compte", "contrat", "cuenta", "contrato", "póliza", "polizza", "conto", "contratto")
_OTHER_DOCUMENT = re.compile(
    r"(?i)(?<![^\W_])(?:order|invoice|ticket|case|claim|reference|ref|tracking|shipment|parcel|booking|quote"
    r"|serial|incident|request|bestellung|rechnung|vorgang|commande|facture|pedido|factura|ordine|fattura"
    r"|phone|mobile|fax|tel|telephone|zip|postcode|iban"
    # and a quantity's noun: "the member count is 1200345"
    r"|count|total|amount|balance|price|cost|fee|limit|sum|size|age)(?![^\W_])"
)
_CLAUSE_THEN_COPULA = re.compile(
    r"(?i)(?<![^\W_])(?:" + "|".join(re.escape(n) for n in sorted(_HOLDER_NOUNS, key=len, reverse=True)) + r")"
    r"(?![^\W_])(?P<gap>(?:[^\n.?!;:]|\.\.\.|…){0,40}?)"
    r"[ \t](?:is that|that's|that is|it's|it is|is|was|lautet|ist|est|c'est|es|è)[ \t]+(?-i:" + _ID + ")"
)


_COPULA_HINT = re.compile(r"(?i)[ \t](?:is|that|it|was|lautet|ist|est|c'est|es|è)[ \t']")
_ASCII_DIGIT = re.compile(r"[0-9]")


def _has_digit(window: str) -> bool:
    """`any(c.isdigit() for c in window)`; in ASCII the digits are 0-9, found by re in C."""
    if window.isascii():
        return _ASCII_DIGIT.search(window) is not None
    return any(c.isdigit() for c in window)


def _after_a_copula(text: str) -> Iterator[Span]:
    for position in label_positions(text, _HOLDER_NOUNS):
        window = text[position : position + 80]
        if not _has_digit(window) or not _COPULA_HINT.search(window):
            continue  # cheap: no digit or no copula within the clause's reach
        match = _CLAUSE_THEN_COPULA.match(text, position)
        if match and _reads_as_id(match.group("value")) and not _OTHER_DOCUMENT.search(match.group("gap")):
            yield Span(match.start("value"), match.end("value"), ACCOUNT_NUMBER_ENTITY, LABELLED_ID_SCORE)


# A question naming a person's number (the label forms of labelled.py, ending the line with "?"), and
# the next line a speaker's turn ("Name:", "CALLER:", "[10:02] Jane:").
_QUESTION_LABEL = re.compile(
    r"(?i)(?<![^\W_])(?:(?P<medical>medical record|mrn|patient (?:number|id|no)|hospital number|record number"
    r"|patientennummer|numéro de dossier|historia clínica|cartella clinica)"
    r"|(?:account|member(?:ship)?|customer|client|policy|contract|subscriber|insurance|employee|staff|student"
    r"|badge|loyalty|frequent flyer|tenant|payroll)[ \t\-]?(?:number|no\.?|id|#|code|reference)"
    r"|policy|account|kunden\w*nummer|mitglieds\w*nummer|versicherten\w*nummer|vertragsnummer|personalnummer"
    r"|kontonummer|matrikelnummer|numéro (?:de |d')(?:client|compte|contrat|adhérent|police|membre)"
    r"|número de (?:cliente|cuenta|contrato|socio|póliza|afiliado)"
    r"|numero di (?:cliente|conto|contratto|polizza|tessera|matricola)|matricola|matricule)(?![^\W_])"
)
_SPEAKER = re.compile(r"[ \t]*(?:\[[^\]\n]{1,20}\][ \t]*)?[^\W\d_][^\n:?]{0,30}:[ \t]*")


def _answered(text: str) -> Iterator[Span]:
    at = text.find("?")
    while at != -1:
        newline = text.find("\n", at)
        if newline == -1:
            return
        if text[at + 1 : newline].strip(" \t\"'”") == "":
            line_start = text.rfind("\n", 0, at) + 1
            question = _QUESTION_LABEL.search(text, line_start, at)
            speaker = _SPEAKER.match(text, newline + 1) if question else None
            if speaker:
                turn_end = text.find("\n", speaker.end())
                turn = _WHOLE_ID.search(text, speaker.end(), turn_end if turn_end != -1 else len(text))
                # ("No, but my phone is 555-...": another thing's number)
                if (turn and _reads_as_id(turn.group("value"))
                        and not _OTHER_DOCUMENT.search(text, speaker.end(), turn.start("value"))):
                    entity = MEDICAL_RECORD_ENTITY if question.group("medical") else ACCOUNT_NUMBER_ENTITY
                    yield Span(turn.start("value"), turn.end("value"), entity, LABELLED_ID_SCORE)
        at = text.find("?", newline)


def _ids_possible(views: TextViews) -> bool:
    """Exact precheck: every value above holds five digits with single separators at most."""
    return any(end - start >= 5 for start, end in all_digit_runs(views.digits))


def find_deferred_account_numbers(views: TextViews) -> list[Span]:
    if not _ids_possible(views):
        return []
    text = views.original
    spans = list(_after_a_copula(text))
    spans.extend(s for s in _answered(text) if s.entity == ACCOUNT_NUMBER_ENTITY)
    return spans


def find_deferred_medical_record_numbers(views: TextViews) -> list[Span]:
    if not _ids_possible(views) or "?" not in views.original:
        return []
    return [s for s in _answered(views.original) if s.entity == MEDICAL_RECORD_ENTITY]
