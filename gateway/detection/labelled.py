"""Identifiers that only their label makes personal: medical record numbers, account-like numbers
(customer, member, policy, client, contract, insurance numbers) and usernames, in en/de/fr/es/it.
An order number or a ticket number is not personal, and has no label here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from .types import Span
from .views import TextViews

MEDICAL_RECORD_ENTITY = "MEDICAL_RECORD_NUMBER"
ACCOUNT_NUMBER_ENTITY = "ACCOUNT_NUMBER"
USERNAME_ENTITY = "USERNAME"
LABELLED_ID_SCORE = 0.85
USERNAME_SCORE = 0.8

MEDICAL_RECORD_LABELS = (
    "mrn", "medical record number", "medical record no", "medical record", "patient id", "patient no",
    "patient number", "chart number", "hospital number", "patientennummer", "fallnummer", "aktenzeichen",
    "numéro de dossier", "dossier médical", "n° de dossier", "historia clínica", "número de historia",
    "nhc", "cartella clinica", "numero di cartella",
)
ACCOUNT_LABELS = (
    "account number", "account no", "account #", "acct", "member id", "member number", "membership number",
    "customer number", "customer no", "customer id", "client number", "client id", "policy number",
    "policy no", "policy #", "contract number", "subscriber id", "insurance number",
    "kundennummer", "kunden-nr", "kd-nr", "mitgliedsnummer", "versichertennummer", "vertragsnummer",
    "policennummer", "kontonummer", "numéro client", "numéro de client", "n° client", "numéro de compte",
    "numéro d'adhérent", "numéro de contrat", "número de cliente", "número de cuenta", "número de socio",
    "número de póliza", "numero cliente", "numero di conto", "numero di polizza", "codice cliente",
    "numero socio", "numero contratto",
)
USERNAME_LABELS = (
    "username", "user name", "user id", "userid", "login", "login name", "user", "benutzername",
    "benutzer", "nutzername", "anmeldename", "identifiant", "nom d'utilisateur", "utilisateur",
    "usuario", "nombre de usuario", "nome utente", "utente",
)


def _labels(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_SEPARATOR = r"(?:\s*[:#=]\s*|\s+(?:is|ist|est|es|è|n[°º]\.?|no\.?|nr\.?)\s*|\s+|\s*[:#]?\s*[-–]\s*)"
_ID_VALUE = r"(?P<value>(?:[A-Z]{1,4}[-/]?)?\d[\d\-/]{3,18}\d)(?![\w\-])"
_MEDICAL = re.compile(rf"(?i)(?<![^\W_])(?:{_labels(MEDICAL_RECORD_LABELS)})\.?{_SEPARATOR}{_ID_VALUE}")
_ACCOUNT = re.compile(rf"(?i)(?<![^\W_])(?:{_labels(ACCOUNT_LABELS)})\.?{_SEPARATOR}{_ID_VALUE}")
# A username after a label that says so: "username: jdoe", "login jane.doe", "Benutzer: m.mueller".
_USERNAME = re.compile(
    rf"(?i)(?<![^\W_])(?P<label>{_labels(USERNAME_LABELS)})(?P<sep>\s*[:=]\s*[\"']?|\s+)"
    r"(?P<value>[a-z][a-z0-9._\-]{2,31})(?![\w@\-])"
)
_NOT_A_USERNAME = frozenset(
    "is was has had and or the a an for of to in on at with from name id account accounts agent "
    "interface experience data group guide manual session sessions settings failed ok successful "
    "page form screen button details profile request requests story stories ist hat der die das und "
    "est et le la les de des du un une es el los las y con da di il lo gli e per non".split()
)


def label_positions(text: str, labels: Iterable[str]) -> list[int]:
    """Sorted offsets where a (lower-case) label starts, found with str.find: a scan per label at
    C speed is far cheaper than a case-insensitive alternation tried at every character."""
    lower = text.lower()
    if len(lower) != len(text):  # a character whose lower case is longer: keep offsets exact
        lower = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    found: set[int] = set()
    for label in labels:
        at = lower.find(label)
        while at != -1:
            found.add(at)
            at = lower.find(label, at + 1)
    return sorted(found)


def _labelled_matches(text: str, labels: tuple[str, ...], pattern: re.Pattern[str]) -> Iterator[re.Match[str]]:
    last_end = -1
    for position in label_positions(text, labels):
        if position < last_end:
            continue
        match = pattern.match(text, position)
        if match:
            last_end = match.end()
            yield match


def find_medical_record_numbers(views: TextViews) -> Iterator[Span]:
    text = views.original
    for match in _labelled_matches(text, MEDICAL_RECORD_LABELS, _MEDICAL):
        if sum(c.isdigit() for c in match.group("value")) >= 5:
            yield Span(match.start("value"), match.end("value"), MEDICAL_RECORD_ENTITY, LABELLED_ID_SCORE)


def find_account_numbers(views: TextViews) -> Iterator[Span]:
    text = views.original
    for match in _labelled_matches(text, ACCOUNT_LABELS, _ACCOUNT):
        if sum(c.isdigit() for c in match.group("value")) >= 5:
            yield Span(match.start("value"), match.end("value"), ACCOUNT_NUMBER_ENTITY, LABELLED_ID_SCORE)


def find_usernames(views: TextViews) -> Iterator[Span]:
    text = views.original
    for match in _labelled_matches(text, USERNAME_LABELS, _USERNAME):
        value = match.group("value").rstrip("._-")
        if value.lower() in _NOT_A_USERNAME:
            continue
        # "the user clicked": after a bare word label, only a handle-shaped value ("user j.doe").
        # A plain lower-case word counts when the sentence goes on with a comma ("Benutzer hjuncken, ...").
        if not match.group("sep").strip() and not any(c in "._0123456789" for c in value):
            if text[match.end("value") : match.end("value") + 1] not in (",", ";") or value != value.lower():
                continue
        start = match.start("value")
        yield Span(start, start + len(value), USERNAME_ENTITY, USERNAME_SCORE)
