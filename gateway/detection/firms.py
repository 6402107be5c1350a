"""Firm names made of surnames, told apart from people by where they stand.

"Jones, Gregory and Cook", "Chadwick-Summers" or "Karlsson Nilsson" are made of names, and a name
finder rightly takes each word for a person. Where they stand says they name a firm:

- The organisation line of a signature or contact card. A contact block is a person's line (the
  signer) followed within a few lines by contact details (a phone number, e-mail, street address
  or web address). A later line of the block made only of capitalised words, or the part after a
  "|" on the signer's line, names the signer's firm, unless it is itself shaped like a person's
  full name (a known first name, then more names): "Jane Roe\nHolmes-Moss\nTel: ..." or
  "Jane Roe | Holmes-Moss". Likewise a line holding a job title word is the signer's title: a
  name-like word there ("Head of Procurement") is part of it.
- A surname list or a double-barrelled surname used as a modifier after "the": "the Lees, Webster
  and Shaw deal", "the Hartley-John account".
- A surname list closed by a legal form: "Jones, Gregory and Cook LLP" (the legal form makes
  every member of the list part of the firm's name).
- The value of an organisation field or key: "Company: Holmes-Moss", "ORG:Porter, Fletcher and Hughes",
  '"company": "Haase"'.
- A bare list of three surnames ("Higgins, Lloyd and Hamilton"), none of them only a first name: people are listed by full or first names, a firm by its founders' surnames. A list a plural
  noun announces ("our founders: Rosing, English and Dominguez") names people.
- The firm a support agent answers for, in a transcript's labels ("Rose from Holmes AS: Hi ...",
  twice or more).
- A single word in brackets right after a person's full name ("Teilnehmer: Jane Roe (Holmes), ..."):
  the firm or team the person comes from, unless it is a known first name (a nickname: "(Bob)").
- A bare double-barrelled name ("Hancock-Taylor") with no first name, title or initial before it:
  a person's double surname comes with a first name or a title; a firm's stands alone. Unless a
  fuller name of the text ends with it (the same person mentioned again).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .capitals import UPPER
from .cased_names import AGENT_SPEAKER
from .common_nouns import is_lexicon_word
from .company_names import SEPARATOR
from .gazetteer import is_common_word, is_english_word, load_gazetteer
from .job_titles import is_job_title_word
from .legal_forms import is_legal_form, is_organisation_word
from .name_connectors import NAME_CONNECTOR_PATTERN, NAME_CONNECTORS
from .types import Span

PERSON_ENTITY = "PERSON"
LOCATION_ENTITY = "LOCATION"
CONTACT_ENTITIES = frozenset({"PHONE_NUMBER", "EMAIL_ADDRESS", "STREET_ADDRESS", "URL"})
_BLOCK_LINES = 4  # lines between a firm's line and the contact details under it, at most
_NAME_WORD = rf"[{UPPER}][^\W\d_]*(?:['’\-][{UPPER}]?[^\W\d_]+)*\.?"
_JOIN = rf"(?:,? (?:{NAME_CONNECTOR_PATTERN}) |, )"
# A segment made only of names, initials and connectors: "Jones, Gregory and Cook", "Royal Oda".
_NAME_SEGMENT = re.compile(rf"{_NAME_WORD}(?:(?:{_JOIN}| ){_NAME_WORD}){{0,5}}")
_PERSON_SHAPE = re.compile(rf"{_NAME_WORD}(?: (?:van|von|de|der|den|da|di|del|du|la|le|ter|ten) ?)*(?: {_NAME_WORD}){{1,3}}")
_ITEM = rf"[{UPPER}][^\W\d_]+"
# "Lees, Webster and Shaw", "Hartley-John": firm-shaped runs of surnames.
_FIRM_SHAPE = re.compile(
    rf"(?<![\w'’\-.])(?:{_ITEM}(?:, {_ITEM})*,? (?:and|&) {_ITEM}|{_ITEM}-{_ITEM})(?![\w'’\-])"
)
# Nouns a firm's name modifies; "the Smith-Jones wedding" is about people and stays a name.
_BUSINESS_NOUNS = frozenset(
    "deal deals merger acquisition takeover buyout account accounts contract contracts agreement case "
    "project portfolio lawsuit litigation settlement partnership bid offer proposal tender pitch brief "
    "matter engagement audit filing invoice invoices order orders transaction shares stock fund brand "
    "office offices team board campaign subsidiary venture".split()
)
_AFTER_WORD = re.compile(r"[ ]+([a-z]+)")
_HYPHEN_CAPITAL = re.compile(rf"-[{UPPER}]")  # what the second form of _FIRM_SHAPE holds
# "Lees, Webster and Shaw", "Gray, Wallis e Ahmed": three or more bare surnames.
_SURNAME = rf"[{UPPER}][^\W\d_]*(?:['’][{UPPER}][^\W\d_]+)?(?<=[^\W\d_]{{2}})"  # "O'Neill", "O'Clery"
_SURNAME_LIST = re.compile(
    rf"(?<![\w'’\-.]){_SURNAME}(?:, {_SURNAME})+,? (?:{NAME_CONNECTOR_PATTERN}) {_SURNAME}(?![\w'’\-])"
)
_LIST_JOINTS = tuple(f" {w} " for w in NAME_CONNECTORS)
_DOUBLE_NAME = re.compile(rf"(?<![\w'’\-.]){_ITEM}-{_ITEM}(?![\w'’\-])")
# Before a bare list, a plural noun and a colon announce people: "our founders: ...", "attendees: ...".
_PEOPLE_ANNOUNCED = re.compile(r"[a-zà-ÿ]{3,}s ?: ?$")
_TITLE_BEFORE = re.compile(r"(?:^|\s)(?:Mr|Mrs|Ms|Mx|Dr|Prof|Herr|Frau|Mme|Mlle|M|Sr|Sra|Sig|Sig\.ra|Dott|Dott\.ssa)\.? $")
# A field label naming an organisation, at the start of the line: "Company: ...", "ORG:...", "Firma: ...".
_COMPANY_LABEL = re.compile(
    r"(?im)^[ \t]*(?:company|company name|organi[sz]ation|org|employer|firm|firma|unternehmen|société|"
    r"entreprise|empresa|compañía|azienda|società|bedrijf|organisatie|företag|selskap|yritys|"
    r"spółka|společnost|cég)[ \t]*:[ \t]*"
)


# The value of an organisation key in a record: '"company": "', "employer='".
_COMPANY_KEY = re.compile(
    r"""["']?(?:company|company_name|companyName|organi[sz]ation|org|employer|firm|firma|empresa|azienda|société)["']?"""
    r"""[ \t]*[:=][ \t]*["']?$""",
    re.IGNORECASE,
)


def _line_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    return line_start, len(text) if line_end == -1 else line_end


def _segment(text: str, start: int, end: int) -> tuple[int, int]:
    """The part of the span's line between separators ("|", "•", " - ") that holds the span."""
    line_start, line_end = _line_bounds(text, start, end)
    seg_start, seg_end = line_start, line_end
    for match in SEPARATOR.finditer(text, line_start, line_end):
        if match.end() <= start:
            seg_start = match.end()
        elif match.start() >= end:
            seg_end = match.start()
            break
    return _trimmed(text, seg_start, seg_end)


class FirmFilter:
    """Drops PERSON findings that stand where a firm's name stands (see the module docstring)."""

    def __init__(self, first_names: frozenset[str], last_names: frozenset[str] | None = None) -> None:
        gazetteer = load_gazetteer()
        self.first_names = first_names
        self.last_names = gazetteer.last_names if last_names is None else last_names
        # First names that are words too ("Iris", "Grace") open a person's full name all the same.
        self.word_first_names = gazetteer.ambiguous_first_names

    def drop(self, text: str, candidates: Sequence[Span], context: Sequence[Span] = ()) -> list[Span]:
        """`candidates` less the firm names; `context` holds the text's other findings (the
        signer and the contact details of a block)."""
        persons = [s for s in candidates if s.entity == PERSON_ENTITY]
        # "employed by Estes, Mitchell and Hurley": NER takes a founder for a place too; a place in a
        # list of known surnames shaped like a firm's name goes with it.
        places = [s for s in candidates if s.entity == LOCATION_ENTITY and self._in_surname_list(text, s, known_only=True)]
        if places:
            candidates = [s for s in candidates if s not in places]
        if not persons:
            return list(candidates)
        everything = [*candidates, *context]
        contacts = sorted(s.start for s in everything if s.entity in CONTACT_ENTITIES)
        people = [s for s in everything if s.entity == PERSON_ENTITY]
        firms = [s for s in persons if self._is_firm(text, s, contacts, people)]
        return [s for s in candidates if s not in firms] if firms else list(candidates)

    def _is_firm(self, text: str, span: Span, contacts: list[int], persons: Sequence[Span]) -> bool:
        if _modifier_or_closed(text, span) or _in_company_field(text, span.start):
            return True
        if self._in_surname_list(text, span) or self._bare_double_name(text, span, persons):
            return True
        if _after_title_under_signer(text, span, persons) or self._affiliation(text, span, persons):
            return True
        if " from " in text and _agent_firm(text, span):
            return True
        if not contacts or contacts[-1] < span.end:
            return False
        seg_start, seg_end = _segment(text, span.start, span.end)
        if not (seg_start <= span.start and span.end <= seg_end):
            return False
        segment = text[seg_start:seg_end]
        if self._person_shaped(text[span.start : span.end]):
            return False
        if _NAME_SEGMENT.fullmatch(segment) is None and not any(is_job_title_word(w) for w in segment.split()):
            return False
        if self._person_shaped(segment):
            return False
        return _contact_below(text, seg_end, contacts) and _signer_above(text, seg_start, persons)

    def _affiliation(self, text: str, span: Span, persons: Sequence[Span]) -> bool:
        """"Jane Roe (Holmes)": one word in brackets right after a full name found as a person."""
        if text[span.start - 1 : span.start] != "(" or text[span.end : span.end + 1] != ")":
            return False
        word = text[span.start : span.end]
        if " " in word or word in self.first_names or word in self.word_first_names:
            return False
        return any(p.end == span.start - 2 and " " in text[p.start : p.end] for p in persons) and (
            text[span.start - 2] == " ")

    def _first_only(self, word: str) -> bool:
        return word in self.first_names and word not in self.last_names

    def _in_surname_list(self, text: str, span: Span, known_only: bool = False) -> bool:
        """"Higgins, Lloyd and Hamilton": the span is an item of a bare list of three surnames, none
        only a first name, that no plural noun announces (with `known_only`, every item a known surname)."""
        window = text[max(0, span.start - 60) : span.end + 60]
        if ", " not in window or not any(joint in window for joint in _LIST_JOINTS):
            return False
        line_start, line_end = _line_bounds(text, span.start, span.end)
        for match in _SURNAME_LIST.finditer(text, max(line_start, span.start - 80), min(line_end, span.end + 80)):
            if match.start() > span.start:
                break
            if match.end() < span.end:
                continue
            items = re.findall(_SURNAME, match.group())
            # "Claims Team, Dodson, Johnson and Green": a leading word that is no name (a team, a
            # department) is not a member of the list.
            while len(items) > 3 and _a_word(items[0]) and items[0] not in self.last_names and items[0] not in self.first_names:
                items = items[1:]
            if len(items) != 3 or any(self._first_only(item) for item in items):
                return False  # a firm's name has three surnames; "Sarah, Tom and Jane" are people
            if known_only and not all(item in self.last_names for item in items):
                return False
            return _PEOPLE_ANNOUNCED.search(text, line_start, match.start()) is None
        return False

    def _bare_double_name(self, text: str, span: Span, persons: Sequence[Span]) -> bool:
        """"Hancock-Taylor" alone: both parts surnames (not "Jean-Luc"), no first name, title or
        initial before it, no name after it, and no fuller name of the text ending with it."""
        if "-" not in text[span.start : span.end]:
            return False
        match = _DOUBLE_NAME.fullmatch(text, span.start, span.end)
        if match is None:
            return False
        value = match.group()
        # Surnames that are words too ("Brown", "Green") are kept out of the gazetteer.
        parts = value.split("-")
        if value in self.first_names:
            return False  # "Karl-Wilhelm", "Jean-Pierre": a compound first name
        if not all((part in self.last_names or is_common_word(part)) and not self._first_only(part) for part in parts):
            return False
        before = text[max(0, span.start - 24) : span.start]
        if _TITLE_BEFORE.search(before) or re.search(rf"[{UPPER}][^\W\d_]*\.? $", before):
            return False
        if re.match(rf" [{UPPER}]", text[span.end : span.end + 2]):
            return False
        return not any(
            p.end - p.start > len(value) and text[p.start : p.end].endswith(" " + value) for p in persons
        )

    def _person_shaped(self, segment: str) -> bool:
        """"Harry Jackson", "J. Smith", "Hans-Jürgen Müller": a full name, not a firm's."""
        if _PERSON_SHAPE.fullmatch(segment) is None:
            return False
        first = segment.split(" ", 1)[0]
        if len(first.rstrip(".")) == 1:
            return True  # an initial
        if first in self.word_first_names:
            return True  # "Iris Stütz | Responsabile Logistica | ..."
        return first in self.first_names or all(p in self.first_names for p in first.split("-"))


def _a_word(word: str) -> bool:
    return is_common_word(word) or is_english_word(word) or is_lexicon_word(word)


def _contact_below(text: str, seg_end: int, contacts: list[int]) -> bool:
    """Contact details after the segment, within the next few lines."""
    limit = seg_end
    for _ in range(_BLOCK_LINES):
        limit = text.find("\n", limit + 1)
        if limit == -1:
            limit = len(text)
            break
    return any(seg_end <= c < limit for c in contacts)


def _segments(text: str, line_start: int, line_end: int) -> list[tuple[int, int]]:
    """The parts of a line between separators, trimmed."""
    bounds, start = [], line_start
    for match in SEPARATOR.finditer(text, line_start, line_end):
        bounds.append((start, match.start()))
        start = match.end()
    bounds.append((start, line_end))
    return [_trimmed(text, a, b) for a, b in bounds]


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while end > start and text[end - 1] in " \t,;":
        end -= 1
    while start < end and text[start] in " \t":
        start += 1
    return start, end


def _signer_above(text: str, seg_start: int, persons: Sequence[Span]) -> bool:
    """A person's line or segment before this one in the same block: earlier on the same line, or
    on one of the lines just above (a blank line closes the block)."""
    line_start = text.rfind("\n", 0, seg_start) + 1
    if any(_is_signer(text, a, b, persons) for a, b in _segments(text, line_start, seg_start) if b < seg_start):
        return True
    position = line_start
    for _ in range(_BLOCK_LINES):
        if position == 0:
            return False
        above_start = text.rfind("\n", 0, position - 1) + 1
        if not text[above_start : position - 1].strip():
            return False
        if any(_is_signer(text, a, b, persons) for a, b in _segments(text, above_start, position - 1)):
            return True
        position = above_start
    return False


def _is_signer(text: str, start: int, end: int, persons: Sequence[Span]) -> bool:
    """A segment made only of names (and titles) that holds a person's finding."""
    if end <= start or _NAME_SEGMENT.fullmatch(text, start, end) is None:
        return False
    return any(start <= p.start and p.end <= end for p in persons)


def _after_title_under_signer(text: str, span: Span, persons: Sequence[Span]) -> bool:
    """"Stéphanie Vuille\nComptable fournisseurs, Rey": on the line under the signer's name, the
    names after a job title and a comma close the line with the signer's firm."""
    line_start, line_end = _line_bounds(text, span.start, span.end)
    if text[span.end : line_end].strip(" \t.") or line_start == 0:
        return False
    head, comma, _ = text[line_start : span.start].rpartition(", ")
    if not comma or not head or not is_job_title_word(head.split(" ", 1)[0]):
        return False
    above = text.rfind("\n", 0, line_start - 1) + 1
    return any(above <= p.start and p.end <= line_start - 1 and p is not span for p in persons)


def _agent_firm(text: str, span: Span) -> bool:
    """The span lies in the firm of an agent's label that opens two lines or more."""
    line_start = text.rfind("\n", 0, span.start) + 1
    match = AGENT_SPEAKER.match(text, line_start)
    if match is None or not (match.start(2) <= span.start and span.end <= match.end(2)):
        return False
    return len(re.findall(rf"(?m)^[ \t]*{re.escape(match.group(0).strip())}", text)) >= 2


def _in_company_field(text: str, start: int) -> bool:
    """"Company: Holmes-Moss", "ORG:Porter, Fletcher and Hughes", '"company": "Haase"': the label
    ("Company" is a surname too) or the value of an organisation field, or of a JSON/YAML key."""
    line_start = text.rfind("\n", 0, start) + 1
    if _COMPANY_LABEL.match(text, line_start) is not None:
        return True
    tail = text[max(line_start, start - 4) : start]
    if ":" not in tail and "=" not in tail:
        return False  # the value of a key follows its ":" or "=" (and maybe a quote)
    return _COMPANY_KEY.search(text[max(line_start, start - 40) : start]) is not None


def _modifier_or_closed(text: str, span: Span) -> bool:
    """"the Lees, Webster and Shaw deal", "Jones, Gregory and Cook LLP": a firm-shaped run of
    surnames holding the span, after "the" and before a business noun, or closed by a legal form."""
    line_start, line_end = _line_bounds(text, span.start, span.end)
    window_start, window_end = max(line_start, span.start - 80), min(line_end, span.end + 80)
    window = text[window_start:window_end]
    if " and " not in window and " & " not in window and _HYPHEN_CAPITAL.search(window) is None:
        # No surname list or double-barrelled name here: each _FIRM_SHAPE needs " and ", " & " or a
        # hyphen before a capital ("t-0", "e-mail", "2024-05" pass a bare hyphen test, not this one).
        return False
    for match in _FIRM_SHAPE.finditer(text, window_start, window_end):
        if match.start() > span.start:
            break
        if match.end() < span.end:
            continue
        after = _AFTER_WORD.match(text, match.end())
        before = text[max(line_start, match.start() - 4) : match.start()]
        if before.lower() == "the " and after is not None and after.group(1) in _BUSINESS_NOUNS:
            return True
        following = text[match.end() : match.end() + 12].lstrip(" ,").split(" ", 1)[0]
        if following and (is_legal_form(following) or is_organisation_word(following)):
            return True
    return False
