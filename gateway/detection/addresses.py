"""Street addresses in English and European formats, by pattern (NER adds FAC spans separately).

Covers "4147 Midway Road", "Via Pasquale Scura 127", "91 avenue Jules Ferry", "Musterstraße 12",
"Kankaanpääntie 40", secondary units ("Apt. 918", "Suite 656"), P.O./military boxes and a postcode
that closes an address block. Adjacent pieces are merged into one span.

Street-type words live in street_words.py, the growth of a street over its block and the merging
of pieces in address_blocks.py, the prechecks of the patterns in address_gates.py.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .address_blocks import (
    CORNER,
    CORNER_WORDS,
    apart,
    extend_block,
    follows,
    lead_start,
    merge_pieces,
    near,
    street_line_over,
    unit_in_block,
)
from .address_gates import AddressGates
from .capital_lines import title_cased_lines
from .capitals import UPPER
from .common_nouns import is_month_word
from .country_closed_lines import country_closed_pieces
from .contact_labels import is_contact_label
from .gazetteer import ENGLISH_VOCABULARY, is_common_word, is_english_word
from .measures import measured
from .normalize import TextView
from .numbers import all_digit_runs
from .national_town_lines import cyrillic_boxes, indonesian_streets, ukrainian_streets
from .postcode_last_lines import postcode_last_pieces
from .postal_lines import PO_BOX, find_postal_pieces
from .street_words import (
    ENDINGS,
    JOINERS,
    LOWER_TYPES,
    NUMBER_FIRST_PREFIXES,
    acronym_among_names,
    camel_case,
    glued_endings,
    glued_street,
    is_street_word,
    product_name,
    street_ending,
    street_word_sets,
)
from .two_columns import column_views
from .types import Span

# The lines of a span, each without its outer spaces.
_LINE = re.compile(r"[^\n ](?:[^\n]*[^\n ])?")

_CAP = rf"[{UPPER}][\w'’\-]*\.?"
# Letters only: "JIRA-1541." is a ticket, not the name part of "... Part" (a Faker street suffix).
_CAP_ALPHA = rf"[{UPPER}][^\W\d_]*(?:['’\-][^\W\d_]+)*\.?"
# The other street of a corner, written first: "Kerman and 3240 Meadow Drive", "Monika and Turjaška 48".
_CORNER_OF = rf"[{UPPER}][^\W\d_]+ (?:and|&) "
# The score of a piece that only joins a block (a postcode line), never an address by itself.
_JOINS_ONLY = 0.01
# Context words of STREET_ADDRESS (patterns and NER).
ADDRESS_CONTEXT = ("address", "live", "lives", "living", "street", "moved", "ship", "send",
                   "deliver", "mail", "located", "adresse", "dirección", "indirizzo", "wohne",
                   "meet", "corner", "visit", "apartment", "station", "side of", "enter on",
                   "entrance", "drop off", "drops you off", "stop at")
# "12", "12a", "15/10", "9-II" (Dutch floor), "4 bis"
_NUM = r"[0-9]{1,6}(?:[ ]?[A-Za-z](?![\w]))?(?:[/\-](?:[0-9]{1,4}[A-Za-z]?|[IVX]{1,4}(?![\w])))?"
_LOWER_WORD = r"[a-zà-ÿčćđšžřěůňťď]{2,12}"
# Elided articles glued to the name: "Avenue d'Ouchy", "rue de l'Epeule", "Via dell'Orso".
_ELIDED = r"(?:d|l|dell|all|dall|nell|sull)['’]"
# Numbered street names: "137th Avenue", "West 42nd Street", "1st Ave".
_ORDINAL = r"[0-9]{1,4}(?:st|nd|rd|th)"


# A house number that reads as a year ("Copenhagen 2025"): a glued ending alone does not make it a street.
_YEAR_NUMBER = re.compile(r" ?(?:19|20)[0-9]{2}")

def _alternation(words: frozenset[str] | tuple[str, ...]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


def _case_sensitive_tree(words: frozenset[str] | tuple[str, ...]) -> str:
    """`_alternation(words)` with the words grouped by their first two characters, for a pattern
    that matches them case-sensitively: re tries the ~830 street suffixes (and the other lists) one
    by one after every capitalised word, and grouping lets it try only the words that open on the
    text's characters.
    The same matches: where a word can match, only the words of its group can (an exact first
    character), tried in the same order, the longer first."""
    return _literal_tree(sorted(set(words), key=len, reverse=True), 2)


def _caseless_tree(words: frozenset[str] | tuple[str, ...]) -> str:
    """`_alternation(words)` grouped by first letter, for a pattern that matches them in any case
    (the curated street prefixes). Two different ASCII letters match no character in common under
    re.IGNORECASE, so where a word can match only its group can, tried in the same order; a word
    opening on any other character keeps the flat alternation (its case folding is not checked)."""
    ordered = sorted(set(words), key=len, reverse=True)
    if not all(w[:1].isascii() and w[:1].islower() for w in ordered):
        return _alternation(words)
    groups: dict[str, list[str]] = {}
    for word in ordered:
        groups.setdefault(word[0], []).append(word[1:])
    return "|".join(f"{first}(?:{'|'.join(map(re.escape, rests))})" for first, rests in groups.items())


def _literal_tree(words: list[str], depth: int) -> str:
    """The alternation of `words` (longest first) as a tree of exact prefixes `depth` deep."""
    if depth == 0:
        return "|".join(map(re.escape, words))
    groups: dict[str, list[str]] = {}
    for word in words:
        if word:
            groups.setdefault(word[0], []).append(word[1:])
    parts = [re.escape(first) if rests == [""] else f"{re.escape(first)}(?:{_literal_tree(rests, depth - 1)})"
             for first, rests in groups.items()]
    # An empty word (a group's word that ends here) is the shortest: last, as in `_alternation`.
    return "|".join(parts + [""] if "" in words else parts)


class AddressFinder:
    """Compiled address patterns (built once per process)."""

    def __init__(self) -> None:
        suffixes, prefixes, locale_prefixes = street_word_sets()
        suffix = rf"(?:{_case_sensitive_tree(suffixes)})(?![\w.]\w)"  # title case: "Road", "St."
        # Faker's per-locale prefixes ("Borgo", "Acceso", "Cañada") only capitalised: "canale" is a noun.
        prefix = rf"(?:(?i:{_caseless_tree(prefixes)})|{_case_sensitive_tree(locale_prefixes)})(?![\w])"
        self.locale_prefixes = frozenset(w.lower() for w in locale_prefixes)
        self.street_suffixes = suffixes
        # "Langenhorner Chaussee 76", "Berliner Allee 3": a long ending also stands as its own word.
        # "Langenhorner Chaussee 76", "Berliner Allee 3": a long ending also stands as its own word
        # (case-sensitive and its own pattern: one more alternative in `ending` doubles its cost).
        spaced_endings = tuple(e.capitalize() for e in ENDINGS if len(e) >= 5 and not e.endswith("."))
        spaced = _case_sensitive_tree(spaced_endings)
        self.spaced_ending = re.compile(rf"(?<![\w])(?:{_NUM} )?[{UPPER}][\w'’\-]+er (?:{spaced}) {_NUM}(?![\w])")
        flags = re.IGNORECASE
        # "4147 Midway Road", "8742 209 Stanza Bopape St", "Nina and Tom Wilhelmsens vei 83"
        self.numbered_suffix = re.compile(
            rf"(?<![\w.,])(?:{_CORNER_OF})?(?:{_NUM}[ ,]+)?(?:{_NUM} )?(?:(?:{_CAP_ALPHA}|{_ORDINAL}) (?:and |& )?){{0,4}}(?:{_CAP_ALPHA}|{_ORDINAL}) {suffix}"
            rf"(?:[ ]{_NUM}(?![\w.,:]*[0-9]))?"
        )
        # "Via Pasquale Scura 127", "91 avenue Jules Ferry", "ul. Chrzanowska 61"
        self.prefixed = re.compile(
            rf"(?<![\w])(?:{_NUM},? )?{prefix} (?:{JOINERS} )?(?:(?:(?:{_ELIDED})?{_CAP} ?(?:{JOINERS} )?){{1,4}}"
            # One lower-case word only right before the house number: "Avda. Los llanos 41",
            # "Trg revolucije 12" (then the prefix is written capitalised: checked below).
            rf"(?:{_LOWER_WORD} (?={_NUM}(?![\w])))?|{_LOWER_WORD} (?={_NUM}(?![\w])))(?:,? ?{_NUM})?(?![\w])"
        )
        self.and_street = re.compile(rf" (?:and|&) (?:{_CAP_ALPHA} ){{1,3}}{suffix}")
        self.weak_prefixes = frozenset({"place", "route", "plaza", "al.", "os.", "pl.", "av", "bd", "via", "montée",
                                        "rang"})
        # "Musterstraße 12", "Kankaanpääntie 40" (optionally after a building number)
        # A word then a number; whether the word ends like a street is checked in Python, because
        # an alternation of endings tried at every letter of every word was the costliest pattern.
        # (a title before it names the street after a person: "722 Doctor Gravemeijerstraat 91", "Prof.-Huber-Straße")
        self.ending = re.compile(
            rf"(?<![\w])(?:{_NUM} )?(?:(?-i:Doctor|Dokter|Doktor|Docteur|Dr\.|Professor|Prof\.) )?(?P<word>[^\W\d_](?:[^\W\d_]|['’\-])*(?:\.(?= ?[0-9]))?) ?{_NUM}(?![\w])", flags
        )
        # "906 Jõe 56", "Kuuse 53": a capitalised word with a house number (weak on its own)
        # A comma may follow when a capitalised place comes next: "5961 Slovenčeva 62, Črni Kal".
        self.word_number = re.compile(
            rf"(?<![\w.,])(?:{_CORNER_OF})?(?P<lead>{_NUM} )?(?P<word>{_CAP}) {_NUM}(?![\w:%]|\.[\w0-9]|,(?! [{UPPER}]))"
        )
        lower_type = rf"(?:{_case_sensitive_tree(LOWER_TYPES)})(?![\w])"
        self.lower_typed = re.compile(
            rf"(?<![\w.,])(?:{_CORNER_OF})?(?:{_NUM} )?{_CAP_ALPHA} (?:(?:{_CAP_ALPHA}|[a-zà-ÿőű]+) ){{0,2}}"
            rf"{lower_type} {_NUM}\.?(?![\w])"
        )
        unit_word = (r"(?:Apt\.?|Apartment|Suite|Ste\.?|Unit|Flat|Room|Floor|Fl\.|Bldg\.?|Building"
                     r"|Appartamento|Interno|Int\.|Scala|Piano|Piso|Puerta|Escalera|Esc\.|Planta|Bloque|Portal"
                     r"|Wohnung|Whg\.|Etage|Stock|Appartement|Appt\.?|Bâtiment|Bât\.|Étage|Escalier|Andar|Sala"
                     r"|Studio|Level|Zimmer|Raum|Büro|Bureau|Oficina|Ufficio|Edificio|Gebouw|Gebäude|Haus)")
        self.unit = re.compile(rf"(?<![\w]){unit_word} ?#?(?:[0-9]{{1,5}}[A-Za-z]?|[A-Z])(?![\w])")
        # The unit's word alone, as the unit pattern's precheck: opening on a literal (not on the
        # lookbehind), it is looked for in C at the words' first letters only.
        self.unit_word = re.compile(unit_word)
        self.box = re.compile(
            r"(?<![\w])(?:(?:PSC|Unit) [0-9]{4}, Box [0-9]{4}|P\.? ?O\.? Box [0-9]{1,6}"
            rf"|(?:USNS|USNV|USS|USCGC) [{UPPER}][^\W\d_]+|(?:APO|FPO|DPO) (?:AA|AE|AP) [0-9]{{5}})(?![\w])"
        )
        # A postcode closing an address block: "Sweden 56259", "SM 33831", a line of digits.
        self.postcode = re.compile(rf"(?:(?<=[{UPPER}a-z] )|(?<=\n)|(?<=\n )|(?<=, ))[0-9]{{4,5}}(?=\s*$|\s*\n)",
                                   re.MULTILINE)
        self.po_box = PO_BOX
        self.glued = glued_endings()
        self.gates = AddressGates(suffixes, prefixes, locale_prefixes, spaced_endings, LOWER_TYPES,
                                  ENDINGS + self.glued, UPPER)

    def _ends_street(self, match: re.Match[str]) -> bool:
        """"Musterstraße 12", "Amundsenringen 8": the word before the number ends like a street."""
        word = match.group("word")
        if product_name(word):
            return False
        if street_ending(word):
            return True
        return glued_street(word, self.glued) and not _YEAR_NUMBER.fullmatch(match.string, match.end("word"), match.end())

    def _postcodes(self, view: TextView) -> Iterator[re.Match[str]]:
        """The matches of `self.postcode`, tried at the view's digit runs of four or five digits
        only: a match's digits follow a space, a line break or a comma's space and only white space
        follows them, so they are a whole digit run (its lookbehinds look before the start given)."""
        text = view.text
        for start, end in all_digit_runs(view):
            if 4 <= end - start <= 5:
                match = self.postcode.match(text, start)
                if match is not None:
                    yield match

    @staticmethod
    def _extend(text: str, start: int, end: int) -> tuple[int, int]:
        return extend_block(text, start, end)

    def find(self, view: TextView) -> Iterator[Span]:
        yield from self._find(view)
        yield from self._find_in_capitals(view)
        # Two blocks side by side (shipping labels, quotes): each column read as a block of its own,
        # each line of a span reported apart (the other column's cells stand between them).
        for column in column_views(view):
            text = column.text
            for span in self._find(TextView(text)):
                for line in _LINE.finditer(text, span.start, span.end):
                    yield Span(*column.to_original(line.start(), line.end()), span.entity, span.score)

    def _find_in_capitals(self, view: TextView) -> Iterator[Span]:
        """Lines written wholly in capitals, read title-cased (same length: offsets hold)."""
        recased = title_cased_lines(view)
        if recased is None:
            return
        cased, lines = recased
        for span in self._find(cased):
            if span.score < 0.7:
                continue  # "SECTION 4", "ORDER 55120": only a street word or postcode line counts here
            for start, end in lines:
                if span.start < end and start < span.end:
                    yield Span(*view.to_original(max(span.start, start), min(span.end, end)), span.entity, span.score)

    def _find(self, view: TextView) -> Iterator[Span]:
        text = view.text
        gates = self.gates  # each pattern is scanned only when its precheck allows a match
        found: list[tuple[int, int, float]] = []
        if gates.ending(view):
            found.extend((m.start(), m.end(), 0.8) for m in self.ending.finditer(text)
                         if self._ends_street(m) and not _glued_to_word(text, m.start()))
        if gates.spaced_ending(view):
            found.extend((m.start(), m.end(), 0.8) for m in self.spaced_ending.finditer(text))
        if gates.box(view):
            found.extend((m.start(), m.end(), 0.85) for m in self.box.finditer(text))
        for m in self.lower_typed.finditer(text) if gates.lower_typed(view) else ():
            # "Árpád fejedelem útja 45" has a lower-case name word; "Anna and the tee 5" has none.
            if not any(w.islower() and w not in ("and", "&") and is_common_word(w) for w in m.group().split(" ")[:-2]):
                found.append((m.start(), m.end(), 0.75))
        for m in self.numbered_suffix.finditer(text) if gates.numbered_suffix(view) else ():
            numbered = any(c.isdigit() for c in m.group())
            if not numbered and acronym_among_names(m.group()):
                continue  # "Invalid API Key", "Amazon SQS Queue": a technical phrase, not a street
            found.append((m.start(), m.end(), 0.75 if numbered else 0.45))
        for m in self.prefixed.finditer(text) if gates.prefixed(view) else ():
            numbered = any(c.isdigit() for c in m.group())
            written = m.group().split(" ", 2)[1 if m.group()[0].isdigit() else 0].rstrip(",")
            if written == "via" and not numbered:
                continue  # English "via Slack"; the Italian street word is written "Via"
            if _SEVEN_DIGITS.search(m.group()):
                continue  # "shipped via JJD3088866310215": a parcel's number, longer than a house number
            names = [w for w in m.group().split(" ")[1:] if w[:1].isupper()]
            if written.startswith("R") and len(written) <= 2 and (
                len(names) < (1 if numbered else 2) or any(is_english_word(w) or is_common_word(w) for w in names)
                or len(names) == 1 and names[0].lower() in ENGLISH_VOCABULARY
            ):
                continue  # "R" opens a Portuguese street ("R Poeta João Ruiz 1", "R Capela 99"), not "We R Cool 5"
            first = written.lower()
            if first in NUMBER_FIRST_PREFIXES and not m.group()[0].isdigit():
                continue  # "864 rang Gingras" is a Quebec street; "I rang Peter 5 times" is not
            weak = first in self.weak_prefixes or first in self.locale_prefixes
            capitalised = names or any(not w.islower() for w in m.group().split(" ")[1:] if w[:1].isalpha())
            if not capitalised and (first in self.weak_prefixes or not written[:1].isupper() or not numbered):
                continue  # "Trg revolucije 12", not "route to 5" or "calle uno"
            found.append((m.start(), m.end(), 0.75 if numbered or not weak else 0.4))
        for m in self.word_number.finditer(text) if gates.word_number(view) else ():
            word = m.group("word").rstrip(".")
            if is_common_word(word) or word.isupper() or word.endswith(".") or camel_case(word):
                continue
            if _glued_to_word(text, m.start()):
                continue  # "FRITZ!Box 7590": a product's model, not a street
            if is_contact_label(word):
                continue  # "Telefax 08621 ...", "Durchwahl 032 ...": a phone's label, not a street
            if is_month_word(word):
                continue  # "4 Mar 2024", "12 Juni 2025": a date
            if m.group("lead") and _measures_after(text, m):
                continue  # "14 Behälter 240 l", "2 Kabeltrommeln 50 m": a count and a measure
            found.append((m.start(), m.end(), 0.7 if m.group("lead") else 0.4))
        if gates.po_box(view):
            found.extend((m.start(), m.end(), 0.85) for m in self.po_box.finditer(text))
        # A weak piece whose last words open a stronger street belongs to the sentence before it:
        # "im Anwesen Calle Los Alerces 40" (Faker lists "Calle" as a suffix too), not "Anwesen Calle".
        strong = [(start, end) for start, end, score in found if score >= 0.7]
        found = [(s, e, score) for s, e, score in found
                 if score >= 0.5 or not any(s < start < e <= end for start, end in strong)]
        found.extend((start, end, 0.75) for start, end in ukrainian_streets(text))
        found.extend((start, end, 0.75) for start, end in cyrillic_boxes(text))
        if gates.indonesian(view):
            found.extend((start, end, 0.75) for start, end in indonesian_streets(text))
        if gates.town_country(view):
            found.extend(country_closed_pieces(text, is_street_word))
        found.extend(postcode_last_pieces(text))
        street_ends = frozenset(end for _, end, score in found if score >= 0.7)
        found.extend(find_postal_pieces(text, all_digit_runs(view), self.street_suffixes, street_ends))
        if found:
            # A unit ("Suite 656", "Gebäude A") or a postcode line belongs to the address block near
            # it; far from one it names no place ("Invoice date: August 18, 2026", "Level 3 support").
            pieces = [(start, end) for start, end, _ in found]
            # Another piece, that is: "Raum 3" is both a unit and a capitalised word with a number.
            for m in self.unit.finditer(text) if self.unit_word.search(text) else ():
                # A unit line under a street line: "383 Na Průhonu 465" / "Suite 010" (the street's
                # words may be any; the unit and the house number prove the line).
                street = street_line_over(text, m.start())
                if street is not None:
                    found.extend(((*street, 0.75), (m.start(), m.end(), 0.7)))
                    continue
                others = apart(pieces, m.start(), m.end())
                found.append((m.start(), m.end(), 0.7 if near(others, m.start(), m.end())
                              and unit_in_block(text, m.start(), m.end(), others) else _JOINS_ONLY))
            # "Effective from: 07 February 2024" under a block: a date's year closes no block.
            found.extend((m.start(), m.end(), 0.5 if follows(pieces, m.start()) else _JOINS_ONLY)
                         for m in self._postcodes(view) if not _after_month(text, m.start()))
        for start, end, score in merge_pieces(found, text):
            if score == _JOINS_ONLY:
                continue
            if score < 0.7:
                # A weak piece ("Beas 56") takes its first words; a building number before them
                # gives it the shape of a whole street line ("91091 Ventanilla de Beas 56").
                lead = lead_start(text, start)
                if lead < start and text[lead].isdigit() and not text[lead:start].strip().isdigit():
                    score = 0.7
                start = lead
            if score >= 0.7:
                start, end = self._extend(text, start, end)
            # "the corner of Askelund 1 and Symanska Freeway": the other street of the corner.
            other = self.and_street.match(text, end)
            if other:
                corner = CORNER.search(text, max(0, start - 14), start) or CORNER_WORDS.search(
                    text, max(0, start - 60), start)
                start, end = (corner.start() if corner else start), other.end()
                if corner:  # "the corner of <street> and <street>" is an address by its own words
                    score = max(score, 0.75)
            a, b = view.to_original(start, end)
            yield Span(a, b, "STREET_ADDRESS", score)


# What may stand right before a street's first word: a space, an opening bracket or quote, a field's
# separator or markup. Anything else glued to a word before it makes one token of both ("FRITZ!Box").
_OPENERS = frozenset(" \t\n\r([{\"'«„“‘>|:;,=*")


# Seven digits in a row: no house number is that long.
_SEVEN_DIGITS = re.compile(r"[0-9]{7}")


def _glued_to_word(text: str, start: int) -> bool:
    """Whether the match at `start` continues a token of the text ("FRITZ!Box 7590", "foo+Weg 3")."""
    return start >= 2 and text[start - 1] not in _OPENERS and text[start - 2].isalnum()


def _measures_after(text: str, match: re.Match[str]) -> bool:
    """Whether the number closing a word-and-number match is a measure: a unit follows it, or
    the match took a unit's letter for a house number's ("240 l")."""
    number = match.group().rsplit(" ", 2)
    if len(number) == 3 and number[-1] in ("l", "t", "m", "g") and number[-2].isdigit():
        return True
    return measured(text, match.end())


def _after_month(text: str, start: int) -> bool:
    """Whether the word before `start` names a month ("07 February 2024", "Juni 2025")."""
    before = text[max(0, start - 12) : start].split()
    return bool(before) and is_month_word(before[-1].rstrip(".,"))
