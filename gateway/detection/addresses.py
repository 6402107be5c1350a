"""Street addresses in English and European formats, by pattern (NER adds FAC spans separately).

Covers "4147 Midway Road", "Via Pasquale Scura 127", "91 avenue Jules Ferry", "Musterstraße 12",
"Kankaanpääntie 40", secondary units ("Apt. 918", "Suite 656"), P.O./military boxes and a postcode
that closes an address block. Adjacent pieces are merged into one span.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from .address_gates import AddressGates
from .common_nouns import is_month_word
from .country_closed_lines import country_closed_pieces
from .contact_labels import is_contact_label, opens_contact_field
from .gazetteer import ENGLISH_VOCABULARY, is_common_word, is_english_word, load_gazetteer
from .glued_streets import glued_street_suffixes
from .normalize import TextView, fold
from .numbers import all_digit_runs
from .national_town_lines import cyrillic_boxes, indonesian_streets, ukrainian_streets
from .postcode_last_lines import postcode_last_pieces
from .postal_lines import LINE_MARKS, PO_BOX, find_postal_pieces, street_line_above
from .two_columns import column_views
from .types import Span

# The lines of a span, each without its outer spaces.
_LINE = re.compile(r"[^\n ](?:[^\n]*[^\n ])?")

# Latin and Greek capitals ("Πεντέλης 210" is a Cypriot street as "Midway Road" is an American one).
UPPER = "".join(chr(c) for c in [*range(0x41, 0x250), *range(0x386, 0x3FF)] if chr(c).isupper())
_CAP = rf"[{UPPER}][\w'’\-]*\.?"
_WORD = r"[^\W\d_][\w'’\-]*\.?"
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

# English-style suffixes come from Faker (all locales); these are the most common abbreviations.
_EXTRA_SUFFIXES = ("st", "st.", "str.", "rd", "rd.", "ave", "ave.", "blvd", "blvd.", "dr", "dr.", "ln",
                   "ln.", "ct", "ct.", "pl", "pl.", "sq", "sq.", "hwy", "pkwy", "ter", "way", "row")
_PREFIXES = ("rue", "avenue", "av.", "av", "boulevard", "bd", "chemin", "place", "impasse", "allée",
             "quai", "route", "via", "viale", "piazza", "piazzale", "corso", "largo", "vicolo", "strada",
             "calle", "c/", "avenida", "avda.", "paseo", "plaza", "camino", "carrer", "rambla", "ronda",
             "travesía", "rua", "travessa", "praça", "estrada", "ul.", "ulica", "al.", "aleja", "os.", "pl.",
             "plac", "straße", "str.", "bairro", "zona", "rúa", "ctra.", "carretera",
             # Quebec: "8905 montée Julie", "864 rang Gingras" (weak: a street only with its number)
             "montée", "rang")
# Street words that open a street only after its house number ("8905 montée Julie"): alone they are verbs.
_NUMBER_FIRST_PREFIXES = frozenset({"montée", "rang"})
# Abbreviations that only open a street when written capitalised: Portuguese "R Poeta João Ruiz 1".
# Slovene, Croatian and Serbian "Cesta" (road) and "Trg" (square) open a street when capitalised
# ("Cesta Ljubljanske brigade 2c"); written lower case they follow a village ("Vrhovci, cesta XX 2").
# Greek "Λεωφόρος" (avenue, abbreviated "Λεωφ." and "Λ."), "Οδός" (street) and "Πλατεία" (square,
# "Πλ."): written as the folded view writes them (letters that look Latin become Latin).
_GREEK_PREFIXES = ("Λ.", "Λεωφ.", "Λεωφόρος", "Οδός", "Οδ.", "Πλ.", "Πλατεία")
_CAPITAL_PREFIXES = ("R", "R.", "C.", "Av.", "Cesta", "Trg", *(fold(w).text for w in _GREEK_PREFIXES))
_JOINERS = r"(?:de|del|della|delle|dei|degli|dello|di|da|dalla|do|dos|das|du|des|de la|la|le|les|der|die|van|von|y|e|et)"
_LOWER_WORD = r"[a-zà-ÿčćđšžřěůňťď]{2,12}"
# Elided articles glued to the name: "Avenue d'Ouchy", "rue de l'Epeule", "Via dell'Orso".
_ELIDED = r"(?:d|l|dell|all|dall|nell|sull)['’]"
# Numbered street names: "137th Avenue", "West 42nd Street", "1st Ave".
_ORDINAL = r"[0-9]{1,4}(?:st|nd|rd|th)"
# Place-name joiners of town lines: "Ústí nad Labem", "Videm pri Ptuju", "Newcastle upon Tyne",
# "Neuilly sur Seine", "Halle an der Saale". Not "am"/"en"/"on": "Berlin am Montag" is a date.
_PLACE_JOINERS = r"(?:nad|pod|pri|upon|sur|sous|lès|an der|ob der)"
# Street-type words written lower case after the street's name: "Martin Linges veg 149",
# "Bécsi utca 53.", "Bem rakpart 26.", "Luite tee 87", "Gosposka ulica 53", "Csabai kapu 60.".
_LOWER_TYPES = ("utca", "u.", "út", "útja", "útca", "tér", "tere", "körút", "krt.", "rakpart", "rkp.", "köz",
                "sor", "sétány", "fasor", "kapu", "lejtő", "gate", "gata", "gatan", "vei", "veg", "veien",
                "vegen", "vej", "vägen", "gade", "allé", "plass", "stræde", "tee", "tänav", "põik",
                "puiestee", "maantee", "katu", "tie", "kuja", "ulica", "cesta", "trg", "náměstí", "nábřeží",
                "třída", "ulice", "straat", "laan", "weg", "strasse", "straße", "kalea", "etorbidea")
# Word endings that make a single word a street name: Musterstraße, Kankaanpääntie, Brunnevägen...
_ENDINGS = ("straße", "strasse", "str.", "weg", "gasse", "platz", "allee", "ring", "damm", "ufer",
            "laan", "straat", "gracht", "plein", "kade", "singel", "dreef", "vej", "vei", "veien",
            "gade", "gata", "gatan", "vägen", "väg", "tie", "katu", "kuja", "polku", "tee", "iela",
            "gatve", "stígur", "vegur", "braut", "gata", "utca", "út", "ulica", "ská", "ová",
            "ego", "skiego", "owa", "cesta", "ulice", "sokak", "caddesi", "straede", "stræde",
            "plads", "allé", "alléen", "torg", "torget", "bakken", "lia", "svingen", "stien", "veg",
            "baan", "dijk", "plantsoen", "gränd", "gränden", "stigen", "backe", "backen", "gård", "gatve", "utcája", "tér",
            "vegen", "stredet", "chaussee", "plaats", "steeg", "hof", "markt", "berg", "pad", "etorbidea",
            "kalea")


# A house number that reads as a year ("Copenhagen 2025"): a glued ending alone does not make it a street.
_YEAR_NUMBER = re.compile(r" ?(?:19|20)[0-9]{2}")


def _glued_endings() -> tuple[str, ...]:
    """Street-type words a locale glues to the name ("Amundsenringen 8", "Solbergskogen 3"),
    beyond the endings above; the short ones ("roa", "lei") end too many other words to count."""
    return tuple(sorted(w for w in glued_street_suffixes() if len(w) >= 4 and w not in _ENDINGS))


def _glued_street(word: str, endings: tuple[str, ...]) -> bool:
    """"Amundsenringen": a name of three letters or more, then a glued street-type word."""
    # lower[3:] ends with e exactly when lower ends with e after at least three letters: one C call.
    return word.lower()[3:].endswith(endings)


@lru_cache(maxsize=1)
def _street_type_words() -> frozenset[str]:
    """Street-type words in lower case: prefixes, lower-case types, common suffixes and Faker's."""
    gazetteer = load_gazetteer()
    return frozenset({*_PREFIXES, *_LOWER_TYPES, *_EXTRA_SUFFIXES, *(w.lower() for w in gazetteer.street_words),
                      *(w.lower() for w in gazetteer.street_prefixes)})


def is_street_word(word: str) -> bool:
    """"Road", "rue", "utca", "Musterstraße": a word that says its phrase names a street (for a value
    whose field already says it is a street, tables and records: columns.py)."""
    lower = word.lower()
    return lower in _street_type_words() or lower.rstrip(".") in _street_type_words() or _street_ending(word)


def _camel_case(word: str) -> bool:
    """"PostgreSQL", "DynamoDB", "iOS": product names, not streets ("McKinley", "Saint-Denis" are)."""
    prefix = next((p for p in ("Mac", "Mc", "O'", "D'") if word.startswith(p)), "")
    rest = word[len(prefix) + 1 :]
    return any(c.isupper() and rest[i - 1 : i] not in ("-", "'", "’") for i, c in enumerate(rest) if i > 0)


def _product_name(word: str) -> bool:
    """"iPad", "PostgreSQL": a capital inside a word that is not a name's ("McKinley", "Saint-Denis")."""
    return _camel_case(word) or (word[:1].islower() and not word.islower())


def _street_ending(word: str) -> bool:
    """"Musterstraße", "Kankaanpääntie": a name word carrying a street ending (not the bare "Tie")."""
    # lower[1:] ends with e exactly when lower ends with e and is longer than it: one C-level call.
    return word.lower()[1:].endswith(_ENDINGS)


def _word_set() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(suffixes, curated prefixes matched in any case, Faker's prefixes matched capitalised)."""
    gazetteer = load_gazetteer()
    # Latin-script words only ("Allé", "Gränd", "Praça"): the text's streets are written in Latin.
    english = {w.capitalize() for w in gazetteer.street_words if len(w) >= 3 and w.isalpha() and max(w) < "\u0250"}
    extra = {w.capitalize() for w in _EXTRA_SUFFIXES}
    curated = frozenset(_PREFIXES)
    locale = frozenset(w for w in gazetteer.street_prefixes if w.lower() not in curated) | frozenset(_CAPITAL_PREFIXES)
    return frozenset(english | extra), curated, locale


def _alternation(words: frozenset[str] | tuple[str, ...]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


class AddressFinder:
    """Compiled address patterns (built once per process)."""

    def __init__(self) -> None:
        suffixes, prefixes, locale_prefixes = _word_set()
        suffix = rf"(?:{_alternation(suffixes)})(?![\w.]\w)"  # title case: "Road", "St."
        # Faker's per-locale prefixes ("Borgo", "Acceso", "Cañada") only capitalised: "canale" is a noun.
        prefix = rf"(?:(?i:{_alternation(prefixes)})|{_alternation(locale_prefixes)})(?![\w])"
        self.locale_prefixes = frozenset(w.lower() for w in locale_prefixes)
        self.street_suffixes = suffixes
        # "Langenhorner Chaussee 76", "Berliner Allee 3": a long ending also stands as its own word.
        # "Langenhorner Chaussee 76", "Berliner Allee 3": a long ending also stands as its own word
        # (case-sensitive and its own pattern: one more alternative in `ending` doubles its cost).
        spaced_endings = tuple(e.capitalize() for e in _ENDINGS if len(e) >= 5 and not e.endswith("."))
        spaced = _alternation(spaced_endings)
        self.spaced_ending = re.compile(rf"(?<![\w])(?:{_NUM} )?[{UPPER}][\w'’\-]+er (?:{spaced}) {_NUM}(?![\w])")
        flags = re.IGNORECASE
        # "4147 Midway Road", "8742 209 Stanza Bopape St", "Nina and Tom Wilhelmsens vei 83"
        self.numbered_suffix = re.compile(
            rf"(?<![\w.,])(?:{_CORNER_OF})?(?:{_NUM}[ ,]+)?(?:{_NUM} )?(?:(?:{_CAP_ALPHA}|{_ORDINAL}) (?:and |& )?){{0,4}}(?:{_CAP_ALPHA}|{_ORDINAL}) {suffix}"
            rf"(?:[ ]{_NUM}(?![\w.,:]*[0-9]))?"
        )
        # "Via Pasquale Scura 127", "91 avenue Jules Ferry", "ul. Chrzanowska 61"
        self.prefixed = re.compile(
            rf"(?<![\w])(?:{_NUM},? )?{prefix} (?:{_JOINERS} )?(?:(?:(?:{_ELIDED})?{_CAP} ?(?:{_JOINERS} )?){{1,4}}"
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
        self.ending = re.compile(
            rf"(?<![\w])(?:{_NUM} )?(?P<word>[^\W\d_](?:[^\W\d_]|['’\-])*(?:\.(?= ?[0-9]))?) ?{_NUM}(?![\w])", flags
        )
        # "906 Jõe 56", "Kuuse 53": a capitalised word with a house number (weak on its own)
        # A comma may follow when a capitalised place comes next: "5961 Slovenčeva 62, Črni Kal".
        self.word_number = re.compile(
            rf"(?<![\w.,])(?:{_CORNER_OF})?(?P<lead>{_NUM} )?(?P<word>{_CAP}) {_NUM}(?![\w:%]|\.[\w0-9]|,(?! [{UPPER}]))"
        )
        lower_type = rf"(?:{_alternation(_LOWER_TYPES)})(?![\w])"
        self.lower_typed = re.compile(
            rf"(?<![\w.,])(?:{_CORNER_OF})?(?:{_NUM} )?{_CAP_ALPHA} (?:(?:{_CAP_ALPHA}|[a-zà-ÿőű]+) ){{0,2}}"
            rf"{lower_type} {_NUM}\.?(?![\w])"
        )
        self.unit = re.compile(
            r"(?<![\w])(?:Apt\.?|Apartment|Suite|Ste\.?|Unit|Flat|Room|Floor|Fl\.|Bldg\.?|Building"
            r"|Appartamento|Interno|Int\.|Scala|Piano|Piso|Puerta|Escalera|Esc\.|Planta|Bloque|Portal"
            r"|Wohnung|Whg\.|Etage|Stock|Appartement|Appt\.?|Bâtiment|Bât\.|Étage|Escalier|Andar|Sala|Studio"
            r"|Level|Zimmer|Raum|Büro|Bureau|Oficina|Ufficio|Edificio|Gebouw|Gebäude|Haus)"
            r" ?#?(?:[0-9]{1,5}[A-Za-z]?|[A-Z])(?![\w])"
        )
        self.box = re.compile(
            r"(?<![\w])(?:(?:PSC|Unit) [0-9]{4}, Box [0-9]{4}|P\.? ?O\.? Box [0-9]{1,6}"
            rf"|(?:USNS|USNV|USS|USCGC) [{UPPER}][^\W\d_]+|(?:APO|FPO|DPO) (?:AA|AE|AP) [0-9]{{5}})(?![\w])"
        )
        # A postcode closing an address block: "Sweden 56259", "SM 33831", a line of digits.
        self.postcode = re.compile(rf"(?:(?<=[{UPPER}a-z] )|(?<=\n)|(?<=\n )|(?<=, ))[0-9]{{4,5}}(?=\s*$|\s*\n)",
                                   re.MULTILINE)
        self.po_box = PO_BOX
        self.glued = _glued_endings()
        self.gates = AddressGates(suffixes, prefixes, locale_prefixes, spaced_endings, _LOWER_TYPES,
                                  _ENDINGS + self.glued, UPPER)

    def _ends_street(self, match: re.Match[str]) -> bool:
        """"Musterstraße 12", "Amundsenringen 8": the word before the number ends like a street."""
        word = match.group("word")
        if _product_name(word):
            return False
        if _street_ending(word):
            return True
        return _glued_street(word, self.glued) and not _YEAR_NUMBER.fullmatch(match.string, match.end("word"), match.end())

    @staticmethod
    def _extend(text: str, start: int, end: int) -> tuple[int, int]:
        return _extend_block(text, start, end)

    def find(self, view: TextView) -> Iterator[Span]:
        yield from self._find(view)
        # Two blocks side by side (shipping labels, quotes): each column read as a block of its own,
        # each line of a span reported apart (the other column's cells stand between them).
        for column in column_views(view):
            text = column.text
            for span in self._find(TextView(text)):
                for line in _LINE.finditer(text, span.start, span.end):
                    yield Span(*column.to_original(line.start(), line.end()), span.entity, span.score)

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
            if not numbered and _acronym_among_names(m.group()):
                continue  # "Invalid API Key", "Amazon SQS Queue": a technical phrase, not a street
            found.append((m.start(), m.end(), 0.75 if numbered else 0.45))
        for m in self.prefixed.finditer(text) if gates.prefixed(view) else ():
            numbered = any(c.isdigit() for c in m.group())
            written = m.group().split(" ", 2)[1 if m.group()[0].isdigit() else 0].rstrip(",")
            if written == "via" and not numbered:
                continue  # English "via Slack"; the Italian street word is written "Via"
            names = [w for w in m.group().split(" ")[1:] if w[:1].isupper()]
            if written.startswith("R") and len(written) <= 2 and (
                len(names) < (1 if numbered else 2) or any(is_english_word(w) or is_common_word(w) for w in names)
                or len(names) == 1 and names[0].lower() in ENGLISH_VOCABULARY
            ):
                continue  # "R" opens a Portuguese street ("R Poeta João Ruiz 1", "R Capela 99"), not "We R Cool 5"
            first = written.lower()
            if first in _NUMBER_FIRST_PREFIXES and not m.group()[0].isdigit():
                continue  # "864 rang Gingras" is a Quebec street; "I rang Peter 5 times" is not
            weak = first in self.weak_prefixes or first in self.locale_prefixes
            capitalised = names or any(not w.islower() for w in m.group().split(" ")[1:] if w[:1].isalpha())
            if not capitalised and (first in self.weak_prefixes or not written[:1].isupper() or not numbered):
                continue  # "Trg revolucije 12", not "route to 5" or "calle uno"
            found.append((m.start(), m.end(), 0.75 if numbered or not weak else 0.4))
        for m in self.word_number.finditer(text) if gates.word_number(view) else ():
            word = m.group("word").rstrip(".")
            if is_common_word(word) or word.isupper() or word.endswith(".") or _camel_case(word):
                continue
            if _glued_to_word(text, m.start()):
                continue  # "FRITZ!Box 7590": a product's model, not a street
            if is_contact_label(word):
                continue  # "Telefax 08621 ...", "Durchwahl 032 ...": a phone's label, not a street
            if is_month_word(word):
                continue  # "4 Mar 2024", "12 Juni 2025": a date
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
        found.extend((start, end, 0.75) for start, end in indonesian_streets(text))
        found.extend(country_closed_pieces(text, is_street_word))
        found.extend(postcode_last_pieces(text))
        street_ends = frozenset(end for _, end, score in found if score >= 0.7)
        found.extend(find_postal_pieces(text, all_digit_runs(view), self.street_suffixes, street_ends))
        if found:
            # A unit ("Suite 656", "Gebäude A") or a postcode line belongs to the address block near
            # it; far from one it names no place ("Invoice date: August 18, 2026", "Level 3 support").
            pieces = [(start, end) for start, end, _ in found]
            # Another piece, that is: "Raum 3" is both a unit and a capitalised word with a number.
            for m in self.unit.finditer(text):
                # A unit line under a street line: "383 Na Průhonu 465" / "Suite 010" (the street's
                # words may be any; the unit and the house number prove the line).
                street = _street_line_over(text, m.start())
                if street is not None:
                    found.extend(((*street, 0.75), (m.start(), m.end(), 0.7)))
                    continue
                others = _apart(pieces, m.start(), m.end())
                found.append((m.start(), m.end(), 0.7 if _near(others, m.start(), m.end())
                              and _unit_in_block(text, m.start(), m.end(), others) else _JOINS_ONLY))
            # "Effective from: 07 February 2024" under a block: a date's year closes no block.
            found.extend((m.start(), m.end(), 0.5 if _follows(pieces, m.start()) else _JOINS_ONLY)
                         for m in self.postcode.finditer(text) if not _after_month(text, m.start()))
        for start, end, score in _merge(found, text):
            if score == _JOINS_ONLY:
                continue
            if score < 0.7:
                # A weak piece ("Beas 56") takes its first words; a building number before them
                # gives it the shape of a whole street line ("91091 Ventanilla de Beas 56").
                lead = _lead_start(text, start)
                if lead < start and text[lead].isdigit() and not text[lead:start].strip().isdigit():
                    score = 0.7
                start = lead
            if score >= 0.7:
                start, end = self._extend(text, start, end)
            # "the corner of Askelund 1 and Symanska Freeway": the other street of the corner.
            other = self.and_street.match(text, end)
            if other:
                corner = _CORNER.search(text, max(0, start - 14), start) or _CORNER_WORDS.search(
                    text, max(0, start - 60), start)
                start, end = (corner.start() if corner else start), other.end()
                if corner:  # "the corner of <street> and <street>" is an address by its own words
                    score = max(score, 0.75)
            a, b = view.to_original(start, end)
            yield Span(a, b, "STREET_ADDRESS", score)


# Street names open with an article or a word and a joiner: "El Roqueo 75", "An der Schillingbrucke 10",
# "Republica de Chile 7715", "Treinta y Tres 2070".
# German streets named by a preposition and an article: "Unter den Linden", "Auf dem Berg", "Vor dem Tore".
_ARTICLES = (r"(?:El|La|Las|Los|Le|Les|Il|Lo|De|Den|Het|Am|Im|Zum|Zur|Beim|An der|An den|Auf der|Auf dem|Auf den"
             r"|In der|In den|Unter den|Unter der|Hinter der|Hinter dem|Vor dem|Vor den|Op de|Rua da|Rua do)")
_LEAD_NUMBER = re.compile(
    rf"(?<![\w.,\-/:])(?:[0-9]{{1,6}} )?(?:{_ARTICLES} )?(?:(?P<word>[{UPPER}][^\W\d_]+) (?:{_JOINERS} )?)?$"
)
_CORNER = re.compile(r"(?:the )?corner of $", re.IGNORECASE)
# "the corner of Doctor Gravemeijerstraat 91 and ...": the street's first words, whatever they are.
_CORNER_WORDS = re.compile(rf"(?:the )?corner of (?:[{UPPER}][^\W\d_]*\.? (?:{_JOINERS} )?){{1,3}}$", re.IGNORECASE)
# "Josef and 95 Avenue des Tuileries": a one-word street name, then the street of the corner.
_CORNER_LEAD = re.compile(rf"(?:(?:the )?corner of )?[{UPPER}][^\W\d_]+ (?:and|&) $")
# After a street: ", City", "\n Apt. 045", "\n Uruguay 05730", "\n Cyprus (Greek) 42401",
# "KÖTTMANNSDORF Austria", "IL 62704".
_CAP_WORD = rf"[{UPPER}][\w'’\-]*"
# A region code typed lower case ("springfield, il 62704"), only when a postcode follows.
_LOWER_REGION = rf"[a-z]{{2,3}}(?=[ ]?\n?[ ]{{0,2}}(?:{_CAP_WORD} ){{0,3}}[0-9]{{4,6}}(?![\w]))"
# Postcodes that are not a plain run of digits: UK "SW1A 1AA", Dutch "5639 HB", Polish "64-269",
# Portuguese "1000-205", Czech/Slovak/Swedish/Greek "110 00".
# Canadian "G8H 7N8", Greek "ΤΚ 439 75" (folded to Latin "TK"), Irish Eircode "D02 X285".
_POSTCODE = (r"[A-Z]{1,2}[0-9][A-Z0-9]? [0-9][A-Z]{2}|[0-9]{4} ?[A-Z]{2}(?![\w])|[0-9]{2}-[0-9]{3}|[0-9]{4}-[0-9]{3}"
             r"|(?:TK )?[0-9]{3} [0-9]{2}(?![\w])|[A-Z][0-9][A-Z] ?[0-9][A-Z][0-9](?![\w])"
             r"|[A-Z][0-9][0-9W] ?[A-Z0-9]{4}(?![\w])")
# Spanish floor and door after the street: "5.º dcha.", "3º izq", "2.ª B" (NFKC folds º to o).
# French floors: "9e étage", "1er étage".
_FLOOR = (r"[0-9]{1,2}(?:\.?[º°ª]|\.[oa])(?: ?(?:dcha|izda|izq|der|ctro|centro|[A-Z])\b\.?)?"
          r"|[0-9]{1,2}(?:e|er|ème|re) [ée]tage")
# A Chilean office or flat after the number is a unit as "Apt." is: "Los Aromos 63 Of. 688", "Dpto. 7".
_TAIL = re.compile(rf"(?=[ ,\n])[ ]{{0,2}},?[ ]{{0,2}}\n?[ ]{{0,2}},?[ ]?(?:(?:Of|Dpto|Depto)\. ?[0-9]{{1,5}}|{_POSTCODE}|{_FLOOR}|{_CAP_WORD}(?: (?:(?:{_JOINERS}|{_PLACE_JOINERS}) )?(?:{_POSTCODE}|{_CAP_WORD}|\({_CAP_WORD}\))){{0,3}}|[0-9]{{4,6}}|{_LOWER_REGION}|(?:Apt\.?|Suite|Unit|Piso|Puerta|Piano|Appartamento) ?[0-9]{{1,5}})"
                   rf"(?= |,|\n|$|[.?!;)\]}}\"'<])")


# After a line's first word: the rest of a label ("Ship to:", "Payment terms:", "Ligne directe :").
_LABEL_COLON = re.compile(r"(?:[ ][^\W\d_]+){0,2}[ ]?:(?:[ \t]|$)")
# A country and postcode after a blank line still close the block: "Pêro Viseu\n\n Portugal 24148".
_BLANK_LINE_TAIL = re.compile(rf"[ ]*\n[ ]*\n[ ]{{0,2}}(?:{_CAP_WORD} ){{1,3}}[0-9]{{4,6}}(?=\s|$|[.,;)])")


# What may stand right before a street's first word: a space, an opening bracket or quote, a field's
# separator or markup. Anything else glued to a word before it makes one token of both ("FRITZ!Box").
_OPENERS = frozenset(" \t\n\r([{\"'«„“‘>|:;,=*")


def _glued_to_word(text: str, start: int) -> bool:
    """Whether the match at `start` continues a token of the text ("FRITZ!Box 7590", "foo+Weg 3")."""
    return start >= 2 and text[start - 1] not in _OPENERS and text[start - 2].isalnum()


def _after_month(text: str, start: int) -> bool:
    """Whether the word before `start` names a month ("07 February 2024", "Juni 2025")."""
    before = text[max(0, start - 12) : start].split()
    return bool(before) and is_month_word(before[-1].rstrip(".,"))


def _lead_start(text: str, start: int) -> int:
    """Where a street starts when its first words come before the match: a building number, an
    article ("Unter den Linden 13", "El Roqueo 75"), a name word and its joiner ("Ventanilla de Beas 56").
    A street that opens on its street-type word has all of its name already: the word before is the
    sentence's ("Wohnung im Anwesen Calle Los Alerces 40")."""
    if text[start:].split(" ", 1)[0].lower() in _PREFIXES:
        return start
    lead = _LEAD_NUMBER.search(text, max(0, start - 40), start)
    if lead and lead.start() < start:
        word = lead.group("word")
        if word is None or not (is_common_word(word) or is_english_word(word) or word.isupper()):
            return lead.start()
    return start


def _extend_block(text: str, start: int, end: int) -> tuple[int, int]:
    """Grow a street match over the rest of its address block (units, city, country, postcode)."""
    # "0671 Langenhorner Chaussee 76", "90878 Martin Linges veg 149": a building number before.
    # "616 Östra Förstadsgatan 43": a capitalised word before a one-word street belongs to it.
    start = _lead_start(text, start)
    corner = (_CORNER.search(text, max(0, start - 14), start) or _CORNER_LEAD.search(text, max(0, start - 40), start)
              or _CORNER_WORDS.search(text, max(0, start - 60), start))
    if corner:
        start = corner.start()
    for _ in range(6):
        match = _TAIL.match(text, end)
        if match is None:
            match = _BLANK_LINE_TAIL.match(text, end)
            if match is None or any(is_common_word(w) for w in match.group().split()):
                break
        if end - start > 160:
            break
        piece = match.group()
        if opens_contact_field(text, end + len(piece) - len(piece.lstrip(" ,\n"))):
            break  # "Tel +44 ...", "Fax: ...": the contact lines under a postal block
        if "\n" in piece and _LABEL_COLON.match(text, match.end()):
            break  # "Ship to: ...", "CP y población: ...": the next line is a label, not a town or country
        if "\n" in piece and _heads_lines(text, match.end()):
            break  # "Neue Anschrift ab 18.03.2025:": a heading opens the next line, not a town
        words = piece.strip(" ,\n").split(" ")
        # All-caps words are region codes or towns ("LO", "IN", "OSLO"), never ordinary words here.
        region = len(words) == 1 and words[0].islower()  # only matched when a postcode follows
        ordinary = all(is_common_word(w.rstrip(".")) and not w.isupper() for w in words if w and not w[0].isdigit())
        if not region and ordinary and not any(w[:1].isdigit() for w in words):
            break
        end = match.end()
    return start, end


def _heads_lines(text: str, end: int) -> bool:
    """Whether the line taken up to `end` goes on to a colon that closes it: a heading or a label
    that introduces the lines below ("Neue Anschrift ab 18.03.2025:"), never a town or a country."""
    line_end = text.find("\n", end)
    return text[end : len(text) if line_end < 0 else line_end].rstrip().endswith(":")


def _street_line_over(text: str, unit_start: int) -> tuple[int, int] | None:
    """The street line right above a unit that opens its line, when there is one."""
    line_start = text.rfind("\n", 0, unit_start) + 1
    if line_start == 0 or text[line_start:unit_start].strip(LINE_MARKS):
        return None
    return street_line_above(text, line_start)


# What may open a line of a block before its unit: quotes, brackets, list marks, a field's separator.
_OPENING_MARKS = "\"'`([{<«„“‘,;=-–—"


def _acronym_among_names(phrase: str) -> bool:
    """Whether capitalised words mix with a word in capitals ("Invalid API Key"): a street's words
    are written alike, all capitalised or all in capitals ("KIERAN PARKS")."""
    words = [w for w in phrase.split() if w[:1].isalpha()]
    return any(w.isupper() and len(w) >= 2 for w in words) and any(not w.isupper() for w in words)


def _unit_in_block(text: str, start: int, end: int, pieces: list[tuple[int, int]]) -> bool:
    """Whether a unit near an address is a line of its block: it opens its line (after quoting marks
    or a label's colon) or closes it, or its line holds a piece of the address ("Idrottsgatan 5,
    Floor 4, ...").
    A unit amid other words of a line without one is a heading's ("Guest folio – Room 412 – Conf.")."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    before = text[line_start:start].strip(LINE_MARKS + _OPENING_MARKS)
    if not before or before.endswith(":") or not text[end:line_end].strip(" ,;\t\r"):
        return True  # it opens its line, or ends it and the block goes on below ("residente in Studio 4")
    return any(s < line_end and line_start < e for s, e in pieces)


def _apart(pieces: list[tuple[int, int]], start: int, end: int) -> list[tuple[int, int]]:
    """The pieces that do not overlap [start, end)."""
    return [(s, e) for s, e in pieces if e <= start or end <= s]


def _near(streets: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s - 80 <= end and start <= e + 80 for s, e in streets)


def _follows(streets: list[tuple[int, int]], start: int) -> bool:
    return any(s < start <= e + 80 for s, e in streets)


def _merge(found: list[tuple[int, int, float]], text: str) -> list[tuple[int, int, float]]:
    """Merge overlapping pieces and pieces separated only by spaces or a comma."""
    merged: list[tuple[int, int, float]] = []
    for start, end, score in sorted(found):
        if merged:
            m_start, m_end, m_score = merged[-1]
            gap = text[m_end:start]
            if start <= m_end or (len(gap) <= 3 and gap.strip(" ,\n") == "" and gap.count("\n") <= 1):
                merged[-1] = (m_start, max(m_end, end), max(m_score, score))
                continue
        merged.append((start, end, score))
    return merged
