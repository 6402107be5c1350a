"""Street-type words and what a word says about a street (addresses.py, address_blocks.py, columns.py).

The words that open a street ("rue", "Via", "Calle", "ul."), follow its name ("Road", "utca",
"veg"), end a one-word street ("Musterstraße", "Kankaanpääntie", glued endings from Faker's locales:
glued_streets.py) or join its name words ("Via della ...", "Rua dos ..."); and the words that are
no street's for their shape: product names ("PostgreSQL", "iPad") and technical phrases mixing an
acronym with capitalised words ("Invalid API Key").
"""

from __future__ import annotations


from .gazetteer import load_gazetteer
from .glued_streets import glued_street_suffixes
from .lookup_tables import lookup_table
from .normalize import fold

# English-style suffixes come from Faker (all locales); these are the most common abbreviations.
_EXTRA_SUFFIXES = ("st", "st.", "str.", "rd", "rd.", "ave", "ave.", "blvd", "blvd.", "dr", "dr.", "ln",
                   "ln.", "ct", "ct.", "pl", "pl.", "sq", "sq.", "hwy", "pkwy", "ter", "way", "row")
PREFIXES = ("rue", "avenue", "av.", "av", "boulevard", "bd", "chemin", "place", "impasse", "allée",
            "quai", "route", "via", "viale", "piazza", "piazzale", "corso", "largo", "vicolo", "strada",
            "calle", "c/", "avenida", "avda.", "paseo", "plaza", "camino", "carrer", "rambla", "ronda",
            "travesía", "rua", "travessa", "praça", "estrada", "ul.", "ulica", "al.", "aleja", "os.", "pl.",
            "plac", "straße", "str.", "bairro", "zona", "rúa", "ctra.", "carretera",
            # Quebec: "8905 montée Julie", "864 rang Gingras" (weak: a street only with its number)
            "montée", "rang")
# Street words that open a street only after its house number ("8905 montée Julie"): alone they are verbs.
NUMBER_FIRST_PREFIXES = frozenset({"montée", "rang"})
# Abbreviations that only open a street when written capitalised: Portuguese "R Poeta João Ruiz 1".
# Slovene, Croatian and Serbian "Cesta" (road) and "Trg" (square) open a street when capitalised
# ("Cesta Ljubljanske brigade 2c"); written lower case they follow a village ("Vrhovci, cesta XX 2").
# Greek "Λεωφόρος" (avenue, abbreviated "Λεωφ." and "Λ."), "Οδός" (street) and "Πλατεία" (square,
# "Πλ."): written as the folded view writes them (letters that look Latin become Latin).
_GREEK_PREFIXES = ("Λ.", "Λεωφ.", "Λεωφόρος", "Οδός", "Οδ.", "Πλ.", "Πλατεία")
_CAPITAL_PREFIXES = ("R", "R.", "C.", "Av.", "Cesta", "Trg", *(fold(w).text for w in _GREEK_PREFIXES))
# Lower-case words inside a street's name: "Via della Spiga", "Calle de la Paz", "Rua dos Andradas".
JOINERS = r"(?:de|del|della|delle|dei|degli|dello|di|da|dalla|do|dos|das|du|des|de la|la|le|les|der|die|van|von|y|e|et)"
# Street-type words written lower case after the street's name: "Martin Linges veg 149",
# "Bécsi utca 53.", "Bem rakpart 26.", "Luite tee 87", "Gosposka ulica 53", "Csabai kapu 60.".
LOWER_TYPES = ("utca", "u.", "út", "útja", "útca", "tér", "tere", "körút", "krt.", "rakpart", "rkp.", "köz",
               "sor", "sétány", "fasor", "kapu", "lejtő", "gate", "gata", "gatan", "vei", "veg", "veien",
               "vegen", "vej", "vägen", "gade", "allé", "plass", "stræde", "tee", "tänav", "põik",
               "puiestee", "maantee", "katu", "tie", "kuja", "ulica", "cesta", "trg", "náměstí", "nábřeží",
               "třída", "ulice", "straat", "laan", "weg", "strasse", "straße", "kalea", "etorbidea")
# Word endings that make a single word a street name: Musterstraße, Kankaanpääntie, Brunnevägen...
ENDINGS = ("straße", "strasse", "str.", "weg", "gasse", "platz", "allee", "ring", "damm", "ufer",
           "laan", "straat", "gracht", "plein", "kade", "singel", "dreef", "vej", "vei", "veien",
           "gade", "gata", "gatan", "vägen", "väg", "tie", "katu", "kuja", "polku", "tee", "iela",
           "gatve", "stígur", "vegur", "braut", "gata", "utca", "út", "ulica", "ská", "ová",
           "ego", "skiego", "owa", "cesta", "ulice", "sokak", "caddesi", "straede", "stræde",
           "plads", "allé", "alléen", "torg", "torget", "bakken", "lia", "svingen", "stien", "veg",
           "baan", "dijk", "plantsoen", "gränd", "gränden", "stigen", "backe", "backen", "gård", "gatve", "utcája", "tér",
           "vegen", "stredet", "chaussee", "plaats", "steeg", "hof", "markt", "berg", "pad", "etorbidea",
           "kalea")


def glued_endings() -> tuple[str, ...]:
    """Street-type words a locale glues to the name ("Amundsenringen 8", "Solbergskogen 3"),
    beyond the endings above; the short ones ("roa", "lei") end too many other words to count."""
    return tuple(sorted(w for w in glued_street_suffixes() if len(w) >= 4 and w not in ENDINGS))


def glued_street(word: str, endings: tuple[str, ...]) -> bool:
    """"Amundsenringen": a name of three letters or more, then a glued street-type word."""
    # lower[3:] ends with e exactly when lower ends with e after at least three letters: one C call.
    return word.lower()[3:].endswith(endings)


@lookup_table
def _street_type_words() -> frozenset[str]:
    """Street-type words in lower case: prefixes, lower-case types, common suffixes and Faker's."""
    gazetteer = load_gazetteer()
    return frozenset({*PREFIXES, *LOWER_TYPES, *_EXTRA_SUFFIXES, *(w.lower() for w in gazetteer.street_words),
                      *(w.lower() for w in gazetteer.street_prefixes)})


def is_street_word(word: str) -> bool:
    """"Road", "rue", "utca", "Musterstraße": a word that says its phrase names a street (for a value
    whose field already says it is a street, tables and records: columns.py)."""
    lower = word.lower()
    return lower in _street_type_words() or lower.rstrip(".") in _street_type_words() or street_ending(word)


def camel_case(word: str) -> bool:
    """"PostgreSQL", "DynamoDB", "iOS": product names, not streets ("McKinley", "Saint-Denis" are)."""
    prefix = next((p for p in ("Mac", "Mc", "O'", "D'") if word.startswith(p)), "")
    rest = word[len(prefix) + 1 :]
    return any(c.isupper() and rest[i - 1 : i] not in ("-", "'", "’") for i, c in enumerate(rest) if i > 0)


def product_name(word: str) -> bool:
    """"iPad", "PostgreSQL": a capital inside a word that is not a name's ("McKinley", "Saint-Denis")."""
    return camel_case(word) or (word[:1].islower() and not word.islower())


def street_ending(word: str) -> bool:
    """"Musterstraße", "Kankaanpääntie": a name word carrying a street ending (not the bare "Tie")."""
    # lower[1:] ends with e exactly when lower ends with e and is longer than it: one C-level call.
    return word.lower()[1:].endswith(ENDINGS)


def street_word_sets() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(suffixes, curated prefixes matched in any case, Faker's prefixes matched capitalised)."""
    gazetteer = load_gazetteer()
    # Latin-script words only ("Allé", "Gränd", "Praça"): the text's streets are written in Latin.
    english = {w.capitalize() for w in gazetteer.street_words if len(w) >= 3 and w.isalpha() and max(w) < "\u0250"}
    extra = {w.capitalize() for w in _EXTRA_SUFFIXES}
    curated = frozenset(PREFIXES)
    locale = frozenset(w for w in gazetteer.street_prefixes if w.lower() not in curated) | frozenset(_CAPITAL_PREFIXES)
    return frozenset(english | extra), curated, locale


def acronym_among_names(phrase: str) -> bool:
    """Whether capitalised words mix with a word in capitals ("Invalid API Key"): a street's words
    are written alike, all capitalised or all in capitals ("KIERAN PARKS")."""
    words = [w for w in phrase.split() if w[:1].isalpha()]
    return any(w.isupper() and len(w) >= 2 for w in words) and any(not w.isupper() for w in words)
