"""German nouns that NER and the gazetteer take for names, and the words glued to the front of a name.

German capitalises every noun: one capitalised word right after an article or determiner ("die
Nummer", "dem Kunden") is a noun, and so is a long word with a noun ending no name has
("Ansprechpartner", "Bezeichnung") or a salutation noun ("Sehr geehrte Damen und Herren"). A name
found with an article, a noun or a pronoun in front ("der Kunde Hans-Jürgen Müller", "Kannst du Jane")
starts after them. Used by not_persons.py.
"""

from __future__ import annotations

import re

from .gazetteer import load_gazetteer
from .types import Span

_PERSON = "PERSON"
_LOCATION = "LOCATION"
PREVIOUS_WORD = re.compile(r"([^\W\d_]+)[ ]+$")


GERMAN_DETERMINERS = frozenset(
    "der die das den dem des ein eine einen einem einer eines kein keine keinen keinem keiner "
    "mein meine meinen meinem meiner dein deine ihr ihre ihren ihrem ihrer unser unsere unseren "
    "unserem euer eure jeder jede jedes diese dieser dieses diesen diesem welche welcher "
    "im zum zur vom beim ins".split()
)
# Nouns of a salutation, also after a title: "Sehr geehrte Frau Kollegin", "Liebe Kolleginnen und Kollegen".
_SALUTATION_NOUNS = frozenset(
    "Damen Herren Kollegin Kollege Kolleginnen Kollegen Mesdames Messieurs Señoras Señores Signore Signori".split()
)
_INNER_ARTICLES = frozenset("der die das den dem des".split())
_NAME_PARTICLES = frozenset("van von de ter ten vom zu".split())


# Function words only German writes ("und", "mit", "nicht"): two in a line make it German, where a
# capitalised word is a noun far more often than a name ("Insulin morgens und abends").
_GERMAN_FUNCTION_WORDS = frozenset(
    "und oder mit der die das dem den des ist sind nicht auf für bei aus im zum zur vom beim ein eine "
    "einer einem einen nach von wird werden wurde auch noch aber wir ihr sich".split()
)
_LOWER_WORD = re.compile(r"(?<![^\W\d_])[a-zäöüß]+(?![^\W\d_])")


def is_german_line(line: str, also: frozenset[str] = frozenset(), at_least: int = 2) -> bool:
    """Whether `at_least` different German function words (or words of `also`) stand in the line."""
    seen = {w for w in _LOWER_WORD.findall(line) if w in _GERMAN_FUNCTION_WORDS or w in also}
    return len(seen) >= at_least


# German noun endings no name has in this length: "Bezeichnung", "Ansprechpartner", "Geburtsdatum".
_GERMAN_NOUN_ENDINGS = ("ung", "ungen", "heit", "keit", "schaft", "partner", "partnerin", "nummer", "datum",
                        "schrift", "stelle", "abteilung", "leitung", "vertrag", "rechnung", "kunden", "ssion", "adresse",
                        "anschrift", "ation", "konto", "zustand", "elternzeit", "arbeitszeit",
                        # compounds of minutes, shift logs and tickets ("Übergabeprotokoll Spätschicht",
                        # "Leitstand", "Rechnungskorrektur"): no Faker name of nine letters or more ends so
                        "protokoll", "schicht", "ausschuss", "korrektur", "bericht", "antrag", "verfahren", "anlage",
                        "auftrag", "vorgang", "dienst", "betrag", "termin", "zeitraum", "kosten", "übersicht", "stand",
                        "gebühr", "system", "anfrage", "nachweis", "erklärung", "unterlagen", "vorlage", "freigabe",
                        "übergabe", "zentrale", "zentrum",
                        # documents of a claim or a personnel file ("Fahrzeugschein", "Kostenvoranschlag",
                        # "Aktenvermerk", "Personalakte"): no Faker name of nine letters or more ends so either
                        "schein", "vermerk", "akte", "anschlag", "ausweis", "zeugnis", "gutachten", "formular",
                        "quittung", "bescheid",
                        # drives and plants, months and years of a period ("Netzlaufwerke", "Abrechnungsmonat")
                        "werk", "werke", "monat", "monate", "jahr", "woche")
# A compound's joint after a noun suffix, then more noun: "Abrechnungsmonat", "Sicherheitsstufe",
# "Gesellschaftsvertrag", "Informationsblatt". German writes it inside nouns only; no name has it.
_COMPOUND_JOINT = re.compile(r"(?:ungs|heits|keits|schafts|tions|täts)[a-zäöüß]{3,}")


def is_german_noun(text: str, start: int, end: int) -> bool:
    """One capitalised word right after a lower-case German article ("die Nummer", "dem Kunden"),
    or a long word with a German noun ending ("Ansprechpartner", "Bezeichnung")."""
    word = text[start:end].strip()
    if " " in word:
        # "Bezeichnung der Kunden": a German article inside, not as a name particle ("van der Berg").
        words = word.split(" ")
        if any(w in _INNER_ARTICLES and words[i].lower() not in _NAME_PARTICLES for i, w in enumerate(words[1:-1])):
            return True
        # "Konfiguration Schnittstelle Warenwirtschaft", "Neue Anschrift": a long word with a German
        # noun ending among capitalised words, none of them a known name.
        return any(_noun_ending(w) for w in words) and not any(_known_name(w) for w in words)
    if len(word) >= 9 and word.islower() is False and word.lower().endswith(_GERMAN_NOUN_ENDINGS):
        return True
    if len(word) >= 7 and word[0].isupper() and word.endswith(("ung", "ungen")):
        return True  # "Änderung", "Meldung", "Zahlungen"
    if len(word) >= 10 and word[0].isupper() and _COMPOUND_JOINT.search(word, 3):
        return True  # "Abrechnungsmonat", "Sicherheitsstufe"
    if word in _SALUTATION_NOUNS:  # "Sehr geehrte Damen und Herren", "Liebe Kolleginnen und Kollegen"
        return True
    if len(word) >= 5 and word[0].isupper() and word.endswith("nr") and text.startswith(".", end):
        return True  # "Auftragsnr.", "Kundennr.": a compound's abbreviated "Nummer", a field's label
    return _after_article(text, start)


def _noun_ending(word: str) -> bool:
    return len(word) >= 9 and word[:1].isupper() and word.lower().endswith(_GERMAN_NOUN_ENDINGS)


def _known_name(word: str) -> bool:
    g = load_gazetteer()
    word = word.strip(".,;:")
    return word in g.first_names or word in g.last_names


def _after_article(text: str, start: int) -> bool:
    before = PREVIOUS_WORD.search(text, max(0, start - 12), start)
    return before is not None and before.group(1).lower() in GERMAN_DETERMINERS


# A pronoun inside a name-like span ends what came before it: "Kannst du Jane" is a question to Jane.
_PRONOUNS = frozenset("du sie er ich wir ihr you i we tu vous je nous tú usted yo io lei voi".split())


def without_leading_noun(text: str, span: Span) -> Span:
    """"Der Kunde Hans-Jürgen Müller": the noun after the article is not part of the name;
    "Kannst du Jane": neither is a verb and a pronoun before it."""
    value = text[span.start : span.end]
    space = value.find(" ")
    if span.entity != _PERSON or space == -1:
        return span
    words = value.split(" ")
    if words[0] in _SALUTATION_NOUNS:  # "Frau Kollegin Ullmann": the colleague is Ullmann
        return Span(span.start + space + 1, span.end, span.entity, span.score)
    cut = max((i for i, w in enumerate(words[:-1]) if w in _PRONOUNS), default=-1)
    if cut >= 0:
        offset = len(" ".join(words[: cut + 1])) + 1
        return Span(span.start + offset, span.end, span.entity, span.score)
    if not _after_article(text, span.start):
        return span
    return Span(span.start + space + 1, span.end, span.entity, span.score)


def without_leading_article(text: str, span: Span) -> Span:
    """"der Kunden" found as one span: the article is not part of it (and then rules the noun out)."""
    if span.entity not in (_PERSON, _LOCATION):
        return span
    first, _, rest = text[span.start : span.end].partition(" ")
    if not rest or first not in GERMAN_DETERMINERS:
        return span
    return Span(span.end - len(rest), span.end, span.entity, span.score)


# The formal pronouns, capitalised in every position ("bringen Sie Ihre Brille mit", "für Ihre
# Anfrage"): never a name, and the word after a possessive one is a noun unless it is a first name
# ("Ihre Anna Schmidt" signs a letter).
_FORMAL_PRONOUNS = frozenset("Sie Ihre Ihr Ihnen Ihren Ihrem Ihrer Ihres".split())


def without_formal_pronoun(text: str, span: Span) -> Span | None:
    """The span after its last formal pronoun when a first name follows it, None when only the
    pronoun and nouns are left ("Sie Ihre Brille", "Ihre"); the span as it is without a pronoun."""
    if span.entity not in (_PERSON, _LOCATION):
        return span
    words = text[span.start : span.end].split(" ")
    last = max((i for i, w in enumerate(words) if w in _FORMAL_PRONOUNS), default=-1)
    if last == -1:
        return span
    rest = words[last + 1 :]
    if not rest or rest[0] not in load_gazetteer().first_names:
        return None
    offset = len(" ".join(words[: last + 1])) + 1
    return Span(span.start + offset, span.end, span.entity, span.score)


# "Robin von der Servicestelle", "Jan vom Kundendienst": a person and the office they speak for.
_FROM_OFFICE = re.compile(r" (?:von der|von dem|von den|vom) ([^\W\d_]+)$")


def without_office_after_von(text: str, span: Span) -> Span:
    """The name ends before "von der" when a German noun, not a name's last part, follows it:
    "von der Servicestelle" names an office ("Ursula von der Leyen" keeps her whole name)."""
    if span.entity != _PERSON:
        return span
    value = text[span.start : span.end]
    office = _FROM_OFFICE.search(value)
    if office is None or office.start() == 0 or not _noun_ending(office.group(1)) or _known_name(office.group(1)):
        return span
    return Span(span.start, span.start + office.start(), span.entity, span.score)
