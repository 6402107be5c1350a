"""PERSON findings that are not people, dropped before overlaps are resolved.

- Company names: "Pacheco Ltd", "Niemeier KGaA", "Grupo Coronado S.L.", "Suministros Bárcena"
  (company_names.py).
- German nouns after an article: "die Nummer", "der Kunde", "eine Rechnung". German capitalises
  every noun; a single capitalised word right after an article or determiner is a noun
  (german_nouns.py, which also cuts an article, noun or pronoun off the front of a name).
- Field labels: "Nombre: Albano Larrañaga", "Alta: 29/02/2024", "| Centralita: 954 4832". A word
  before a colon at a line's start (or after a separator) whose value is data, or that no gazetteer
  knows and that does not open two lines of a dialogue, labels a field.
- Calendar words, departments, job titles, time-zone areas, number abbreviations: "Dienstag",
  "Tue Mar 5", "Recursos Humanos", "Microbiologist", "'Europe/Berlin'", "Rechnung Nr".
- Rooms, products, sites, code names, pipeline steps and headings (thing_names.py), greetings
  (named_things.py): "sala Garibaldi",
  "Tableau licences", "---- Weitergeleitete Nachricht ----", "Guten Tag", "Beste Grüße".
- Salutation nouns, also after a title: "Sehr geehrte Frau Kollegin".
- STREET_ADDRESS findings with no digit that are German nouns or firms' names ("Ihre Vertragsnummer").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.lang.en.stop_words import STOP_WORDS as ENGLISH_STOP_WORDS

from .capitals import UPPER
from .code_words import is_code_identifier, without_comment_keyword
from .common_nouns import (
    is_calendar_word,
    is_department_word,
    is_function_word,
    is_lexicon_word,
    is_role_word,
    same_language_function_words,
)
from .company_names import SEPARATOR, is_company_name, is_trade_name
from .no_person_shapes import on_vcard_title_line, regnal_name
from .counted_nouns import is_counted_noun
from .dictionary_words import is_dictionary_phrase
from .place_names import is_noun_not_a_place
from .gazetteer import Gazetteer, is_common_word, load_gazetteer
from .german_nouns import (
    PREVIOUS_WORD,
    is_german_noun,
    without_formal_pronoun,
    without_leading_article,
    without_leading_noun,
    without_office_after_von,
)
from .institutions import as_institution_town
from .job_titles import in_job_title, is_profession_word
from .line_starts import line_matches
from .layout_words import (
    in_form_row,
    in_header_row,
    is_padded_apart,
    is_tag_name,
    without_property_keys,
    without_tag_name,
)
from .names import NAME_PARTICLES, is_title
from .thing_names import TITLE_BEFORE, names_a_thing
from .named_things import without_greeting
from .speaker_roles import is_contraction, labels_a_role_speaker, opens_role_label, without_leading_role
from .types import Span

PERSON_ENTITY = "PERSON"
LOCATION_ENTITY = "LOCATION"
STREET_ENTITY = "STREET_ADDRESS"
_NEXT_WORD = re.compile(r"[ ]+([^\W\d_]+)|[ ]*[^\w ]")


# Where a field label may start on its line: at the start (after a comment or quote mark), or after a
# separator ("Tel.: ... | Centralita: ...").
_LABEL_BEFORE = re.compile(r"(?:^|[|•·;\t]|\s[-–—]\s)[ \t*•#>-]*$")  # "# Verantwortlich:", "> Reason:"
_LINE_LABEL = re.compile(rf"(?m)^[ \t]*([{UPPER}][^\W\d_]+)[ \t]?:")
_TITLE_BEFORE = TITLE_BEFORE
_NUMBER_ABBREVIATIONS = frozenset({"Nr", "Nr.", "No", "No.", "Nº", "N°", "Núm", "Núm.", "Num", "Num."})
# IANA time-zone names: "Europe/Berlin", "America/Argentina/Cordoba".
_TIME_ZONE = re.compile(r"(?:Africa|America|Antarctica|Arctic|Asia|Atlantic|Australia|Europe|Indian|Pacific|Etc)/[A-Za-z_\-]+(?:/[A-Za-z_\-]+)?")
_NEAR_DIGIT = re.compile(r"\d")
_TEAM_BEFORE = re.compile(r"\b(?:team|Team|équipe|equipo|squadra|Abteilung|reparto|departamento|dipartimento) $")


class _Names:
    """Whether words are known names (any gazetteer list, as written or from capitals)."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.g = gazetteer

    def known(self, word: str) -> bool:
        word = word.strip(".,;:")
        word = word.title() if word.isupper() or word.islower() else word  # "KELLY", "rebecca" (chat speakers)
        g = self.g
        return word in g.first_names or word in g.last_names or word in g.ambiguous_first_names

    def surname_only(self, word: str) -> bool:
        """A surname ("Fee", "Contractor") that no list gives as a first name."""
        word = word.strip(".,;:")
        word = word.title() if word.isupper() or word.islower() else word
        g = self.g
        return word in g.last_names and word not in g.first_names and word not in g.ambiguous_first_names

    def word_name_only(self, word: str) -> bool:
        """A first name only as a word too ("Grace", "Reason"), in neither plain list."""
        word = word.strip(".,;:")
        return word not in self.g.first_names and word not in self.g.last_names


def _label_value(text: str, colon_end: int) -> str:
    line_end = text.find("\n", colon_end)
    return text[colon_end : len(text) if line_end == -1 else line_end].strip()


def _is_data(value: str) -> bool:
    """A field's value rather than speech: a number, a date, a bracket, or two capitalised words
    ("Gilda Schleich, ...", "Herr Löchel", "Antonio Martin <...>")."""
    if not value:
        return False
    if value[0] in "0123456789+(<[#" or _ID_VALUE.match(value):
        return True
    words = value.replace(",", " ").split()[:2]
    # Capitals of any script ("Էրիկա", "Іван"), and Georgian, which has none ("ნინო ტესტაძე").
    return len(words) == 2 and all(w[0] in _UPPER_SET or w[0].isupper() or "\u10d0" <= w[0] <= "\u10ff" for w in words) and (
        not is_common_word(words[0].strip(".,!?")))


_UPPER_SET = frozenset(UPPER)
# An identifier opening a value: "OPS-473", "REQ5319744", "INC-2024-0042".
_ID_VALUE = re.compile(r"[A-Z]{2,}[-_/]?[0-9]")


def _colon_after(text: str, end: int) -> int:
    """Where the value after a label's colon starts ("Nombre: ...", "Client : ..."), or -1."""
    at = end + 1 if text[end : end + 1] in (" ", "\t") else end
    if text[at : at + 1] != ":" or text.startswith("//", at + 1):
        return -1
    return at + 1


def is_field_label(text: str, start: int, end: int, names: _Names) -> bool:
    """"Nombre: Albano Larrañaga", "Alta: 29/02/2024", "Entschuldigt: Herr Löchel": a word before a
    colon where a label stands. A dialogue's speaker ("Christine: not yet") stands there too: it is
    kept when it is a known name, or an unknown word labelling two lines or more, unless its value
    is data and the word is a word of the language as well ("Author: Jane Roe <...>")."""
    value_start = _colon_after(text, end)
    if value_start == -1:
        return False
    line_start = text.rfind("\n", 0, start) + 1
    if _LABEL_BEFORE.search(text[max(line_start, start - 40) : start]) is None:
        return False
    label = text[start:end]
    words = label.split()
    # "Reason: bank merger": a word of the language that is a name only as a word-name ("Grace") names
    # a field unless it speaks twice or beside known names (checked below, as for an unknown word).
    named = any(names.known(w) for w in words) and not all(names.word_name_only(w) and is_lexicon_word(w) for w in words)
    if _is_data(_label_value(text, value_start)) and (
            not named or all(is_lexicon_word(w) for w in words) or len(words) == 1 and names.surname_only(label)):
        return True  # "Fee: 480.00", "Contractor: Example Ltd": speakers go by first or full names
    if named:
        return False
    if sum(1 for _ in line_matches(re.compile(rf"(?m)^[ \t]*{re.escape(label)}[ \t]?:"), text)) >= 2:
        return False  # "Yumeka: ...\nYumeka: ...": an unknown name speaking twice
    # "Burhan: What a wife.\nMary: Remember me?": a dialogue whose other speakers are known names.
    return not any(m.group(1) != label and names.known(m.group(1)) for m in line_matches(_LINE_LABEL, text))


def _in_time_zone(text: str, start: int, end: int) -> bool:
    if not (text.startswith("/", end) or text[start - 1 : start] == "/"):
        return False
    return any(m.start() <= start and end <= m.end() for m in _TIME_ZONE.finditer(text, max(0, start - 40), end + 40))


def is_not_a_person(text: str, start: int, end: int, names: _Names) -> bool:
    """Words that are not people though they may be places ("the Netherlands to", "nach Berlin"):
    roles, words of a job title written out, a thing after "the", a German noun after a
    preposition or an adjective, a label before data."""
    word = text[start:end]
    if " " in word:
        if any(w.islower() for w in word.split(" ")[1:]) and _labels_data(text, start, end):
            return True  # "Fecha de incorporación: 25/12/2024"
        return in_job_title(text, start, end)  # "Art Gallery Manager"
    if is_role_word(word) or in_job_title(text, start, end, one_word_ok=not names.known(word)):
        return _TITLE_BEFORE.search(text, max(0, start - 12), start) is None  # "Visitor", "Marine scientist"; "Mr. Guest" is a person
    if _after_english_article(text, start, end) and not names.known(word):
        return True  # "from the Standard to the Enterprise plan"
    if _german_noun_slot(text, start) and not names.known(word):
        return True  # "bittet um Rückruf", "distale Radiusfraktur"
    return _labels_data(text, start, end)  # "Valid until: 08/03/2025"


def is_not_a_name(text: str, start: int, end: int, names: _Names) -> bool:
    """Calendar words, departments and offices, job titles, roles, time-zone areas and number
    abbreviations found as names: "Dienstag", "Tue Mar 5", "Recursos Humanos", "Microbiologist",
    "'Europe/Berlin'", "Rechnung Nr"."""
    value = text[start:end]
    if " " not in value:
        return _one_word_not_a_name(text, start, end, value, names)
    words = value.split()
    if any(w in _NUMBER_ABBREVIATIONS for w in words):
        return True
    # "Atención al Cliente", "Oficina de Teruel", "Inside Sales": a department, no first name in it.
    if not any(is_department_word(w) for w in words) or any(w in names.g.first_names for w in words):
        return False
    return _TITLE_BEFORE.search(text, max(0, start - 12), start) is None


# A configuration's literal after its key: "ssl=True", "Pooling=False", "verify: None".
_LITERALS = frozenset({"True", "False", "None", "Null", "TRUE", "FALSE", "NONE", "NULL"})


def _is_config_literal(text: str, start: int, word: str) -> bool:
    return word in _LITERALS and text[max(0, start - 3) : start].rstrip(" \t\"'")[-1:] in ("=", ":")


def _one_word_not_a_name(text: str, start: int, end: int, word: str, names: _Names) -> bool:
    if word in _NUMBER_ABBREVIATIONS or _in_time_zone(text, start, end) or _is_config_literal(text, start, word):
        return True
    if is_counted_noun(text, start, end):
        return True  # "bis 24 Stunden vorher", "in 3 Tagen": a unit after a count
    if is_function_word(word) and _in_running_words(text, start, end):
        return True  # "la presente Vi ricordiamo", "Alla c.a. di": a pronoun or article, capitalised
    if is_calendar_word(word):  # "am Dienstag", "Tue Mar 5", "05/Mar/2024" ("Mar" is a name too)
        return not names.known(word) or _NEAR_DIGIT.search(text, max(0, start - 3), end + 3) is not None
    profession, department = is_profession_word(word), is_department_word(word)
    team = text[start - 1 : start] == " " and _TEAM_BEFORE.search(text, max(0, start - 12), start) is not None
    if not (profession or department or team) or names.known(word) and not department:
        return False
    if department and word in names.g.first_names:
        return False
    return _TITLE_BEFORE.search(text, max(0, start - 12), start) is None  # "Mr. Sales" is a person


# Up to two lower-case words before and after a finding: "la presente Vi ricordiamo che", "Alla c.a. di".
_LOWER_BEFORE = re.compile(r"(?:(?<![^\W\d_])([a-zà-ÿ][a-zà-ÿ.']*) )?(?<![^\W\d_])([a-zà-ÿ][a-zà-ÿ.']*) $")
_LOWER_AFTER = re.compile(r" ([a-zà-ÿ][a-zà-ÿ.']*)(?: ([a-zà-ÿ][a-zà-ÿ.']*))?")


def _foreign_function_word(word: str) -> bool:
    """A German, French, Spanish or Italian function word that is no English one ("che", "di"), or
    an abbreviation ("c.a.")."""
    if "." in word[:-1]:
        return True  # "c.a.", "z.B.": a dot inside (one at the end may close the sentence)
    word = word.rstrip(".")
    return is_function_word(word) and word not in ENGLISH_STOP_WORDS


def _in_running_words(text: str, start: int, end: int) -> bool:
    """A function word ("Vi", "Alla") standing in a sentence of its language, not as a name: two of
    the two words before and after it are function words of that language ("Con la presente Vi
    ricordiamo che", "Alla c.a. di"). "call Li on", "but Nel just" are names in English."""
    after = _LOWER_AFTER.match(text, end)
    if after is None:
        return False
    before = _LOWER_BEFORE.search(text, max(0, start - 40), start)
    around = [w for w in (*(before.groups() if before else ()), *after.groups()) if w]
    if sum(_foreign_function_word(w) for w in around) >= 2:
        return True
    # Opening a line or a speaker's words ("Operatore: Dove è avvenuto?") there are no words before
    # it: enough that the next word is a function word of the same language ("Anni ist" is not).
    return before is None and _UTTERANCE_START.search(text, max(0, start - 2), start) is not None and (
        same_language_function_words(text[start:end], after.group(1)))


_UTTERANCE_START = re.compile(r"(?:^|\n|: ?)$")


# English determiners: a capitalised word right after one names a thing ("the Standard plan", "every
# Monday"); a person's name takes none. ("that" and "this" are conjunctions and pronouns too.)
_ENGLISH_ARTICLES = frozenset("the every each".split())
# German prepositions that take a noun, not a person ("um Rückruf", "laut Schreiben", "gemäß Vertrag").
_GERMAN_NOUN_PREPOSITIONS = frozenset(
    "um laut gemäß gemäss per ohne gegen durch wegen trotz seit binnen innerhalb außerhalb ausserhalb "
    "zwecks bezüglich bzgl betreffend inkl inklusive zzgl zuzüglich abzüglich mangels anhand".split()
)
# German adjective endings: a capitalised word after a lower-case adjective is a noun ("distale
# Radiusfraktur", "schriftliche Bestätigung", "telefonische Rückfrage").
_GERMAN_ADJECTIVE = re.compile(r"[a-zäöüß]{2,}(?:isch|lich|ig|al|iv|ell|bar|los)(?:e|en|er|es|em)$")
# A label of a capitalised word and lower-case words before a colon, at a line's start, whose
# value is data: "Valid until: 08/03/2025", "Gültig bis: 31.12.", "Fecha de alta: 2024-...".
_LABEL_TAIL = re.compile(r"((?: [a-zà-ÿ]+){1,3})[ \t]?:[ \t]*(?:[0-9+(<\[#]|([^\W\d_]+)\.? \d)")
# Verbs of speech: "Maria said: 12 apples" is a person speaking, not a label.
_SPEECH_VERBS = frozenset(
    "said says wrote writes asked asks replied replies answered added noted commented told "
    "sagt sagte schreibt schrieb fragt fragte antwortet antwortete meint meinte "
    "dit écrit répond répondit demande a "
    "dice dijo escribe escribió pregunta responde respondió "
    "disse scrive scrisse chiede risponde rispose ha".split()
)


def _previous_word(text: str, start: int) -> str | None:
    before = PREVIOUS_WORD.search(text, max(0, start - 24), start)
    return before.group(1) if before is not None else None


def _after_english_article(text: str, start: int, end: int) -> bool:
    """"from the Standard to ...": after a determiner and before a function word or punctuation
    ("the Mahler novel" names the author of a novel)."""
    word = _previous_word(text, start)
    if word is None or word not in _ENGLISH_ARTICLES:
        return False
    after = _NEXT_WORD.match(text, end)
    return after is None or after.group(1) is None or after.group(1) in ENGLISH_STOP_WORDS


def _german_noun_slot(text: str, start: int) -> bool:
    word = _previous_word(text, start)
    if word is None or not word.islower():
        return False
    return word in _GERMAN_NOUN_PREPOSITIONS or _GERMAN_ADJECTIVE.search(word) is not None


def _labels_data(text: str, start: int, end: int) -> bool:
    """The word opens a line and, with the lower-case words after it, labels a value that is data."""
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip(" \t*•-"):
        return False
    tail = _LABEL_TAIL.match(text, end)
    if tail is None or any(w in _SPEECH_VERBS for w in tail.group(1).split()):
        return False
    # The value: a number, a bracket, or a date opening on a month ("May 28, 2024").
    return tail.group(2) is None or is_calendar_word(tail.group(2))


# "Oficina de Teruel", "Office of Leeds", "Filiale di Bari": an office and the town it is in.
_OFFICE_OF = re.compile(
    rf"(?i:oficina|office|bureau|büro|ufficio|sede|filiale|sucursal|agencia|agence|agenzia|niederlassung|zweigstelle)"
    rf" (?:de|of|di|du|in|en|von|del|della|d'|à|a) ?([{UPPER}][^\W\d_]+(?:[ -][{UPPER}][^\W\d_]+)?)"
)


def _office_place(text: str, span: Span) -> Span | None:
    match = _OFFICE_OF.fullmatch(text, span.start, span.end)
    if match is None or is_department_word(match.group(1)):
        return None  # "Oficina de Proyectos": an office of a department, no town
    return Span(match.start(1), match.end(1), LOCATION_ENTITY, span.score)


# "Fabiola Mäder di Steiner AG", "Ricardo Bowen di Hubbard-Mathis": a full name, then "of" and the
# firm the person works for. The name ends before the particle.
_OF_PARTICLES = frozenset("di de da del della von van of".split())
_DOUBLE_NAME = re.compile(rf"[{UPPER}][^\W\d_]+-[{UPPER}][^\W\d_]+")


def _without_firm_after_particle(text: str, span: Span) -> Span:
    if span.entity != PERSON_ENTITY:
        return span
    words = text[span.start : span.end].split(" ")
    for i in range(2, len(words) - 1):
        if words[i] not in _OF_PARTICLES:
            continue
        rest = span.start + len(" ".join(words[: i + 1])) + 1
        if _DOUBLE_NAME.fullmatch(text, rest, span.end) or is_company_name(text, rest, span.end):
            return Span(span.start, span.start + len(" ".join(words[:i])), span.entity, span.score)
        return span
    return span


def _noun_not_street(text: str, span: Span) -> bool:
    """A street finding with no digit that is a German noun or a firm's name (NER's guesses)."""
    if _NEAR_DIGIT.search(text, span.start, span.end):
        return False
    if SEPARATOR.search(text, span.start, span.end):
        return True  # "rota – Platform": a street's name is never two parts of a heading
    return is_german_noun(text, span.start, span.end) or is_company_name(text, span.start, span.end)


_LAYOUT_ENTITIES = frozenset({PERSON_ENTITY, LOCATION_ENTITY, STREET_ENTITY})


def _laid_out_as_no_name(text: str, span: Span) -> bool:
    """A tag name, a column's title, cells padded apart with no known name among them, or the
    first label of a form row (layout_words.py)."""
    start, end = span.start, span.end
    if is_tag_name(text, start, end) or in_header_row(text, start, end):
        return True
    if span.entity == STREET_ENTITY:
        return False
    if is_padded_apart(text, start, end):
        names = _Names(load_gazetteer())
        return not any(names.known(w) for w in text[start:end].split())
    value_start = _colon_after(text, end)
    if value_start == -1 or not in_form_row(text, end):
        return False
    # The value is data too ("UPS Standard", a number): a speaker's words are not.
    line_start = text.rfind("\n", 0, start) + 1
    return _LABEL_BEFORE.search(text[max(line_start, start - 40) : start]) is not None and _is_data(_label_value(text, value_start))


# A gap of three spaces or a tab: the next column of a laid-out form ("Tom Fisher      Deposit hold: ...").
_COLUMN_GAP = re.compile(r" {3,}|\t")


def _before_column_gap(text: str, span: Span) -> Span:
    """A name or place ends where the form's next column starts: NER reads across the gap."""
    gap = _COLUMN_GAP.search(text, span.start, span.end)
    if gap is None or gap.start() == span.start:
        return span
    return Span(span.start, gap.start(), span.entity, span.score)


def _without_batch_comment(text: str, span: Span) -> Span | None:
    start = without_comment_keyword(text, span.start, span.end)
    return span if start == span.start else None if start is None else Span(start, span.end, span.entity, span.score)


def _not_a_proper_name(text: str, span: Span) -> bool:
    """A code identifier ("REQUEST_DENIED", "DB_HOST": names have no underscore; code_words.py), a title alone
    ("Maître", "Madame": the name it announces is not in the span), unknown words closed by a
    particle ("Motif de la rupture": a noun and a preposition, the name would follow the particle),
    a vCard's title line or a monarch ("George III salver": a style, a period, no one to protect)."""
    value = text[span.start : span.end]
    if "_" in value or is_code_identifier(text, span.start, span.end):
        return True  # "DB_HOST", "Logger LOG = ...", "LOG.info(", "ReplicaSet"
    if on_vcard_title_line(text, span.start):
        return True
    g = load_gazetteer()
    if span.entity == PERSON_ENTITY and regnal_name(text, span.start, span.end, g.first_names):
        return True
    if is_title(value):
        return value.capitalize() not in g.first_names  # "Don", "don" signing: a first name too
    words = value.split()
    if len(words) < 2 or words[-1] not in NAME_PARTICLES:  # a particle stands before a name's last part, never at its end
        return False
    return not any(w in g.first_names or w in g.last_names for w in words[:-1])


def drop_non_persons(text: str, spans: Sequence[Span]) -> list[Span]:
    """The spans, less PERSON findings that are company names, German nouns, field labels,
    calendar words, departments or job titles (and LOCATION findings that are German nouns,
    labels or such words: "den Kunden", "Änderung", "Europe" of "Europe/Berlin")."""
    kept = []
    names: _Names | None = None
    # The words of the full names found: a later bare surname is that person's ("Rikke Mauer ... Mauer"),
    # however much it reads as a word.
    name_parts = {w for s in spans if s.entity == PERSON_ENTITY for w in text[s.start : s.end].split()[1:]}
    for span in spans:
        if span.entity not in _LAYOUT_ENTITIES:
            # An e-mail, a phone, a card...: every step below leaves such a span as it is (each asks
            # for a PERSON, LOCATION or STREET_ADDRESS first) except the contraction test, which
            # reads any span ("I'm" as a deny-list term). Most spans of a text take this way.
            if not is_contraction(text[span.start : span.end]):
                kept.append(span)
            continue
        span = without_formal_pronoun(text, without_leading_role(text, without_leading_article(text, span)))
        if span is None:
            continue  # "bringen Sie Ihre Brille mit", "für Ihre Anfrage": a pronoun and a noun
        span = without_office_after_von(text, _without_firm_after_particle(text, span))
        if is_contraction(text[span.start : span.end]) or opens_role_label(text, span) or labels_a_role_speaker(text, span):
            continue  # "I've", "Front desk (Ana):", "Handler:" beside "Caller:": a pronoun, a role labelling a speaker
        if span.entity in _LAYOUT_ENTITIES:
            span = without_tag_name(text, span)
            span = span and without_property_keys(text, span)
            if span is None or _laid_out_as_no_name(text, span):
                continue  # "<Company>", "| Customer | Job |" above "|---|", "Carrier: ...   Tracking: ..."
        if span.entity == STREET_ENTITY and _noun_not_street(text, span):
            continue  # "Ihre Vertragsnummer", "Neue Anschrift", "Silva Limitada": no number, a noun or a firm
        if span.entity == PERSON_ENTITY:
            ungreeted = without_greeting(text, span)
            if ungreeted is None:
                continue  # "Guten Tag", "Beste Grüße", "¡Hasta mañana!"
            span = ungreeted
        if span.entity in (PERSON_ENTITY, LOCATION_ENTITY):
            span = _without_batch_comment(text, _before_column_gap(text, span))
            if span is None:
                continue  # "REM" opening a batch file's comment line
        town = as_institution_town(text, span) if span.entity in (PERSON_ENTITY, LOCATION_ENTITY) else None
        if town is not None:
            kept.extend([town] if town.end > town.start else [])
            continue  # "Amtsgericht Roth": a place; "Le Tribunal", "Registro Imprese": no name
        if span.entity in (PERSON_ENTITY, LOCATION_ENTITY) and _not_a_proper_name(text, span):
            continue  # "REQUEST_DENIED", "Maître", "Motif de la rupture"
        if span.entity == LOCATION_ENTITY and is_noun_not_a_place(text, span.start, span.end):
            continue  # "Vorgang SR-2026-283792", "der nächste freie Termin": a German noun, no town
        if span.entity == PERSON_ENTITY and text[span.start : span.end] not in name_parts and is_dictionary_phrase(
                text, span.start, span.end):
            continue  # "Arrival,Departure", "Fault: no boot", "Consignee (name, ...)": English words, no name
        if span.entity in (PERSON_ENTITY, LOCATION_ENTITY) and is_company_name(text, span.start, span.end):
            continue  # "Pacheco Ltd", "Normand Legendre et Fils" (NER takes a founder for a place too)
        if span.entity == PERSON_ENTITY and is_trade_name(text, span.start, span.end):
            continue  # "Walker Auctioneers", "Barrett Estate Vineyard": a firm called after its founder
        if span.entity in (PERSON_ENTITY, LOCATION_ENTITY):
            if is_german_noun(text, span.start, span.end) or names_a_thing(text, span):
                continue
            names = names or _Names(load_gazetteer())
            if is_field_label(text, span.start, span.end, names) or is_not_a_name(text, span.start, span.end, names) or (
                span.entity == PERSON_ENTITY and is_not_a_person(text, span.start, span.end, names)
            ):
                place = _office_place(text, span)
                if place is not None:
                    kept.append(place)  # "Oficina de Teruel": the office is not a person, its town is a place
                continue
        kept.append(without_leading_noun(text, span))
    return kept
