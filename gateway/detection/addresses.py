"""Street addresses in English and European formats, by pattern (NER adds FAC spans separately).

Covers "4147 Midway Road", "Via Pasquale Scura 127", "91 avenue Jules Ferry", "Musterstraße 12",
"Kankaanpääntie 40", secondary units ("Apt. 918", "Suite 656"), P.O./military boxes and a postcode
that closes an address block. Adjacent pieces are merged into one span.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .gazetteer import is_common_word, load_gazetteer
from .normalize import TextView
from .types import Span

UPPER = "".join(chr(c) for c in range(0x41, 0x250) if chr(c).isupper())
_CAP = rf"[{UPPER}][\w'’\-]*\.?"
_WORD = r"[^\W\d_][\w'’\-]*\.?"
# Letters only: "JIRA-1541." is a ticket, not the name part of "... Part" (a Faker street suffix).
_CAP_ALPHA = rf"[{UPPER}][^\W\d_]*(?:['’\-][^\W\d_]+)*\.?"
# The other street of a corner, written first: "Kerman and 3240 Meadow Drive", "Monika and Turjaška 48".
_CORNER_OF = rf"[{UPPER}][^\W\d_]+ (?:and|&) "
_NUM = r"[0-9]{1,6}(?:[ ]?[A-Za-z](?![\w]))?(?:[/\-][0-9]{1,4}[A-Za-z]?)?"

# English-style suffixes come from Faker (all locales); these are the most common abbreviations.
_EXTRA_SUFFIXES = ("st", "st.", "str.", "rd", "rd.", "ave", "ave.", "blvd", "blvd.", "dr", "dr.", "ln",
                   "ln.", "ct", "ct.", "pl", "pl.", "sq", "sq.", "hwy", "pkwy", "ter", "way", "row")
_PREFIXES = ("rue", "avenue", "av.", "av", "boulevard", "bd", "chemin", "place", "impasse", "allée",
             "quai", "route", "via", "viale", "piazza", "piazzale", "corso", "largo", "vicolo", "strada",
             "calle", "c/", "avenida", "avda.", "paseo", "plaza", "camino", "carrer", "rambla", "ronda",
             "travesía", "rua", "travessa", "praça", "estrada", "ul.", "ulica", "al.", "aleja", "os.",
             "plac", "straße", "str.", "bairro", "zona", "rúa")
_JOINERS = r"(?:de|del|della|delle|dei|di|da|do|dos|das|du|des|de la|la|le|les|der|die|van|von|y|e|et)"
# Word endings that make a single word a street name: Musterstraße, Kankaanpääntie, Brunnevägen...
_ENDINGS = ("straße", "strasse", "str.", "weg", "gasse", "platz", "allee", "ring", "damm", "ufer",
            "laan", "straat", "gracht", "plein", "kade", "singel", "dreef", "vej", "vei", "veien",
            "gade", "gata", "gatan", "vägen", "väg", "tie", "katu", "kuja", "polku", "tee", "iela",
            "gatve", "stígur", "vegur", "braut", "gata", "utca", "út", "ulica", "ská", "ová",
            "ego", "skiego", "owa", "cesta", "ulice", "sokak", "caddesi", "straede", "stræde",
            "plads", "allé", "alléen", "torg", "torget", "bakken", "lia", "svingen", "stien", "veg",
            "vegen", "stredet", "chaussee", "plaats", "steeg", "hof", "markt", "berg")


def _word_set() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(suffixes, curated prefixes matched in any case, Faker's prefixes matched capitalised)."""
    gazetteer = load_gazetteer()
    english = {w.capitalize() for w in gazetteer.street_words if len(w) >= 3 and w.isascii() and w.isalpha()}
    extra = {w.capitalize() for w in _EXTRA_SUFFIXES}
    curated = frozenset(_PREFIXES)
    locale = frozenset(w for w in gazetteer.street_prefixes if w.lower() not in curated)
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
        ending = rf"[{UPPER}][\w'’\-]*(?:{_alternation(_ENDINGS)})"
        flags = re.IGNORECASE
        # "4147 Midway Road", "8742 209 Stanza Bopape St", "Nina and Tom Wilhelmsens vei 83"
        self.numbered_suffix = re.compile(
            rf"(?<![\w.,])(?:{_CORNER_OF})?(?:{_NUM}[ ,]+)?(?:{_NUM} )?(?:{_CAP_ALPHA} (?:and |& )?){{0,4}}{_CAP_ALPHA} {suffix}"
            rf"(?:[ ]{_NUM}(?![\w.,:]*[0-9]))?"
        )
        # "Via Pasquale Scura 127", "91 avenue Jules Ferry", "ul. Chrzanowska 61"
        self.prefixed = re.compile(
            rf"(?<![\w])(?:{_NUM},? )?{prefix} (?:{_JOINERS} )?(?:{_CAP} ?(?:{_JOINERS} )?){{1,4}}"
            rf"(?:,? ?{_NUM})?(?![\w])"
        )
        self.weak_prefixes = frozenset({"place", "route", "plaza", "al.", "os.", "av", "bd", "via"})
        # "Musterstraße 12", "Kankaanpääntie 40" (optionally after a building number)
        self.ending = re.compile(rf"(?<![\w])(?:{_NUM} )?{ending} ?{_NUM}(?![\w])", flags)
        # "906 Jõe 56", "Kuuse 53": a capitalised word with a house number (weak on its own)
        # A comma may follow when a capitalised place comes next: "5961 Slovenčeva 62, Črni Kal".
        self.word_number = re.compile(
            rf"(?<![\w.,])(?:{_CORNER_OF})?(?P<lead>{_NUM} )?(?P<word>{_CAP}) {_NUM}(?![\w.:%]|,(?! [{UPPER}]))"
        )
        self.unit = re.compile(
            r"(?<![\w])(?:Apt\.?|Apartment|Suite|Ste\.?|Unit|Flat|Room|Floor|Fl\.|Bldg\.?|Building"
            r"|Appartamento|Interno|Int\.|Scala|Piano|Piso|Puerta|Escalera|Esc\.|Planta|Bloque|Portal"
            r"|Wohnung|Whg\.|Etage|Stock|Appartement|Appt\.?|Bâtiment|Bât\.|Étage|Escalier|Andar|Sala)"
            r" ?#?[0-9]{1,5}[A-Za-z]?(?![\w])"
        )
        self.box = re.compile(
            r"(?<![\w])(?:(?:PSC|Unit) [0-9]{4}, Box [0-9]{4}|P\.? ?O\.? Box [0-9]{1,6}"
            r"|USN[SV] [A-Z][a-z]+|USS [A-Z][a-z]+|(?:APO|FPO|DPO) (?:AA|AE|AP) [0-9]{5})(?![\w])"
        )
        # A postcode closing an address block: "Sweden 56259", "SM 33831", a line of digits.
        self.postcode = re.compile(rf"(?:(?<=[{UPPER}a-z] )|(?<=\n)|(?<=\n )|(?<=, ))[0-9]{{4,5}}(?=\s*$|\s*\n)",
                                   re.MULTILINE)

    @staticmethod
    def _extend(text: str, start: int, end: int) -> tuple[int, int]:
        return _extend_block(text, start, end)

    def find(self, view: TextView) -> Iterator[Span]:
        text = view.text
        found: list[tuple[int, int, float]] = []
        for pattern, score in ((self.ending, 0.8), (self.box, 0.85)):
            found.extend((m.start(), m.end(), score) for m in pattern.finditer(text))
        for m in self.numbered_suffix.finditer(text):
            found.append((m.start(), m.end(), 0.75 if any(c.isdigit() for c in m.group()) else 0.45))
        for m in self.prefixed.finditer(text):
            numbered = any(c.isdigit() for c in m.group())
            written = m.group().split(" ", 2)[1 if m.group()[0].isdigit() else 0].rstrip(",")
            if written == "via" and not numbered:
                continue  # English "via Slack"; the Italian street word is written "Via"
            first = written.lower()
            weak = first in self.weak_prefixes or first in self.locale_prefixes
            found.append((m.start(), m.end(), 0.75 if numbered or not weak else 0.4))
        for m in self.word_number.finditer(text):
            word = m.group("word").rstrip(".")
            if is_common_word(word) or word.isupper() or word.endswith("."):
                continue
            found.append((m.start(), m.end(), 0.7 if m.group("lead") else 0.4))
        if found:
            found.extend((m.start(), m.end(), 0.7) for m in self.unit.finditer(text))
            found.extend((m.start(), m.end(), 0.5) for m in self.postcode.finditer(text))
        for start, end, score in _merge(found, text):
            if score >= 0.7:
                start, end = self._extend(text, start, end)
            a, b = view.to_original(start, end)
            yield Span(a, b, "STREET_ADDRESS", score)


_CORNER = re.compile(r"(?:the )?corner of $", re.IGNORECASE)
# After a street: ", City", "\n Apt. 045", "\n Uruguay 05730", "KÖTTMANNSDORF Austria", "IL 62704".
_CAP_WORD = rf"[{UPPER}][\w'’\-]*"
_TAIL = re.compile(rf"(?=[ ,\n])[ ]{{0,2}},?[ ]{{0,2}}\n?[ ]{{0,2}},?[ ]?(?:{_CAP_WORD}(?: {_CAP_WORD}){{0,3}}|[0-9]{{4,6}}|(?:Apt\.?|Suite|Unit|Piso|Puerta|Piano|Appartamento) ?[0-9]{{1,5}})"
                   rf"(?= |,|\n|$|[.?!;)\]}}\"'<])")


def _extend_block(text: str, start: int, end: int) -> tuple[int, int]:
    """Grow a street match over the rest of its address block (units, city, country, postcode)."""
    corner = _CORNER.search(text, max(0, start - 14), start)
    if corner:
        start = corner.start()
    for _ in range(6):
        match = _TAIL.match(text, end)
        if match is None or end - start > 160:
            break
        words = match.group().strip(" ,\n").split(" ")
        if all(is_common_word(w.rstrip(".")) for w in words if w and not w[0].isdigit()) and not any(w[:1].isdigit() for w in words):
            break
        end = match.end()
    return start, end


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
