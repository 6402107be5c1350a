"""The lines of a postal block that are not a street: PO boxes and town lines.

A town line is [postcode] town in most of Europe ("70941 Greifswald", "903 52 ČEBOVCE", "ΤΚ 439 75
Χανιά", "8523 BB Terhole", "337476 Videle"), and town [region] postcode in North America and
Australia ("Tuckerstad, NJ 70614", "Buckside QLD 2612", "Douglasborough NB  G8H 7N8"). A postcode
alone is not an address, and neither is a number before a word in prose; a town line counts when
the block's grammar says so:

- it follows a street or a PO box: on the line above ("GAČA 3B" / "0722 MURSKA SOBOTA"), or on the
  same line after a separator ("Urbárska 13, 081 75 Bunkovce", "Lachova 5 – 883 13 Bzovík"); then
  that street line is an address too, whatever its words (it has a house number);
- it fills a line or a field by itself ("CP y población: 337476 Videle", '"cityLine": "10390
  Hettstedt"'), with a town that is no ordinary word ("2024 Roadmap" is a heading);
- it carries a region code before the postcode (US states, Canadian provinces, Australian states):
  that form is a town line wherever it stands.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .contact_labels import opens_contact_field
from .common_nouns import is_month_word
from .gazetteer import is_common_word, is_english_word
from .national_town_lines import israeli_town_line, national_town_line

# Latin, Greek, Cyrillic and Armenian capitals (the folded view keeps the Greek and Cyrillic letters
# that do not look like Latin ones: "10741 Демир Капија" is a town line as "70941 Greifswald" is), and
# every Georgian letter: Georgian writes names without capitals ("81965 დმანისი", "არარატის ქ. 18"),
# or all in Mtavruli capitals on labels ("57158 ᲚᲐᲒᲝᲓᲔᲮᲘ"). Arabic and Hebrew letters are caseless too:
# Algerian blocks write "16000 الجزائر" as French ones write "75001 Paris", Israeli ones "חיפה 3303113".
CASELESS_OPENERS = "".join(chr(c) for c in [*range(0x10D0, 0x10FB), *range(0x5D0, 0x5EB), *range(0x620, 0x64B)])
UPPER = "".join(chr(c) for c in [*range(0x41, 0x250), *range(0x386, 0x3FF), *range(0x400, 0x530),
                                 *range(0x531, 0x557), *range(0x1C90, 0x1CC0)]
                if chr(c).isupper()) + CASELESS_OPENERS


def opens_name(char: str) -> bool:
    """A capital, or a letter of a script without capitals: the first letter of a name or a town."""
    return char.isupper() or char in CASELESS_OPENERS

# PO boxes whose words say so in any language of the block: "Private Bag 4688", "Postbus 855",
# "Apartado de Correos 6688", "Postfach 12 34", "Casella postale 12", "Boîte postale 7".
_BOX_WORDS = (
    r"P\.? ?O\.? ?Box|GPO Box|Locked Bag|Private Bag|Post Office Box|Postbus|Postfach|Postboks|Postbox"
    r"|Apartado de [Cc]orreos|Apartado [Pp]ostal|Casella [Pp]ostale|Bo[iî]te [Pp]ostale|Case [Pp]ostale"
    r"|Skrytka [Pp]ocztowa|Postilokero|Caixa [Pp]ostal|Postfack|Kotak [Pp]os|B\.P\."
)
PO_BOX = re.compile(rf"(?<![\w])(?:{_BOX_WORDS})[ ]?(?:No\.? ?|Nr\.? ?|n[°o] ?)?[0-9]{{1,6}}(?: [0-9]{{2,3}}){{0,3}}(?![\w])")
# Words that open a PO box line (for the gate): the leading word of each form above.
BOX_LEADING_WORDS = frozenset({"P", "PO", "POBox", "GPO", "Locked", "Private", "Post", "Postbus", "Postfach", "Postboks",
                               "Postbox", "Apartado", "Casella", "Boite", "Boîte", "Case", "Skrytka", "Postilokero",
                               "Caixa", "Postfack", "Kotak", "B"})

# Region codes written before a postcode: US states and territories, Canadian provinces, Australian states.
_REGIONS = (
    "AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH "
    "OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR GU VI AS MP "
    "AB BC MB NB NL NS NT NU ON PE QC SK YT "
    "ACT NSW QLD SA TAS VIC WA NT"
).split()
_REGION = "|".join(sorted(set(_REGIONS), key=len, reverse=True))
_CA_POSTCODE = r"[A-Z][0-9][A-Z] ?[0-9][A-Z][0-9]"
# A town's words: capitalised (or in capitals), hyphenated, with place-name joiners between them.
# "'s-Hertogenbosch": the Dutch article glued to a town's name.
_TOWN_WORD = rf"(?:['’]s-)?[{UPPER}][^\W\d_]*(?:['’\-][^\W\d_]+)*(?:\.(?= ))?"
_JOINERS = ("de", "di", "del", "della", "da", "do", "du", "des", "la", "le", "les", "sur", "sous", "lès", "am",
            "an der", "im", "in", "bei", "ob", "pri", "nad", "pod", "na", "u", "sub", "upon", "en", "y", "e", "et", "von",
            "van")
_TOWN_JOINER = "(?:" + "|".join(_JOINERS) + ")"
# Dutch towns may open on a lower-case article: "3860 QD de Lutte", "'t Zandt".
_TOWN = rf"(?:(?:de|den|het|['’]t) )?{_TOWN_WORD}(?:[ \-](?:{_TOWN_JOINER}[ \-])?{_TOWN_WORD}){{0,3}}"
# Postcodes that open a town line: 4-6 digits, "903 52", "04-119", "1000-205", "8523 BB", "D-12345",
# Greek "ΤΚ 439 75" (folded to Latin "TK").
# Azerbaijani postcodes carry the country's letters glued: "AZ1000 Bakı".
_POSTCODE_FIRST = (r"(?:(?:TK|T\.K\.) )?(?:[A-Z]{1,2}-)?"
                   r"(?:[0-9]{3} [0-9]{2}(?![0-9])|[0-9]{2}-[0-9]{3}|[0-9]{4}-[0-9]{3}|[0-9]{4} ?[A-Z]{2}(?![\w])|[0-9]{4,6}"
                   r"|AZ ?[0-9]{4}(?![0-9]))")
# Where a town line ends: the end of the line or field, punctuation closing the block, or markup that
# closes an element or breaks the line ("19067 Θεσσαλονίκη<br>", "<PostalLine>9241 Wetzikon</PostalLine>").
_MARKUP_END = r"<(?:/[A-Za-z]|br\b|BR\b)"
_LINE_END = rf"(?=[ ]*(?:$|\n|\r|,|;|\(|\)|\"|'|–|—|-[ ]|·|\||[.?!](?:\s|$)|{_MARKUP_END}))"
# "20121 Milano (MI)", "1033 Bahon (SH)": an Italian province or a Swiss canton after the town.
_TOWN_FIRST_LINE = re.compile(rf"{_POSTCODE_FIRST}[ ]{{1,2}}(?P<town>{_TOWN})(?: \([A-Z]{{2}}\))?{_LINE_END}")
_REGION_LINE = re.compile(
    rf"(?<![\w])(?P<town>{_TOWN}),?[ ]{{1,2}}(?:{_REGION})[ ]{{1,2}}(?:[0-9]{{5}}(?:-[0-9]{{4}})?|[0-9]{{4}}|{_CA_POSTCODE})"
    rf"(?![\w])"
)
# The street or box before a town line on the same line: words then a house number, then a separator.
# A house number: "12", "4a/3", "184-941", "27." (Hungarian), "S/N" (no number, Iberian).
_NUMBER = r"(?:[0-9]{1,5}(?:[ ]?[A-Za-z](?![\w]))?(?:[/\-][0-9]{1,4}[A-Za-z]?)?\.?|[Ss]/[Nn])"
# The street's words: "C.P.", "Πάρ." and other dotted abbreviations open one too.
# The number may come first with the name in capitals after it: Azerbaijani "5 NEMƏT QULİYEV",
# "1 AKAD.H.ƏLİYEV" (a dotted initial glued to the name). A CSV row separates it by '","'.
_NAME_CAPS = rf"[{UPPER}][^\W\d_]*(?:\.[^\W\d_]+)*\.?"
_STREET_BEFORE = re.compile(
    rf"(?<![\w.\-])(?P<street>(?:{_NUMBER} )?[{UPPER}][^\W\d_]*(?:-[{UPPER}][^\W\d_]*)?\.?(?:[^\W\d_]+\.)*(?: [^\W\d_][\w'’\-]*\.?){{0,3}},? {_NUMBER}"
    rf"|(?P<number_first>{_NUMBER} {_NAME_CAPS}(?: {_NAME_CAPS}){{0,3}}))"
    r"(?:,[ ]{1,2}|[ ]{1,2}[–—·|\-(][ ]{1,2}|[ ]{1,2}\(|[ ]{1,2}|\",[ ]?\")$"
)
# What separates a street already found from the town line after it: "Via Roma 5 · 20121 Milano".
_SEPARATOR = re.compile(r"[ ]{0,2}(?:[,·|–—(\-]|\n)?[ ]{0,2}")
# A field opens after a label's colon, a JSON string's quote or an element's tag ("CP y población: ",
# '"cityLine": "', "<PostalLine>", "<td>").
_FIELD_OPENING = re.compile(r"(?::[ ]{1,2}|\"|<[A-Za-z][\w:.\-]*(?: [^<>\n]*)?>)[ \t]*$")
# A town line that fills its field ends it, a country in brackets at most after it.
_FIELD_CLOSING = re.compile(rf"[ ]*(?:$|\n|\r|\"|{_MARKUP_END}|\((?:[^\W\d_][^\n()]*)\)[ ]*(?:$|\n))")
# Markup around a line of a block: "<p>Γκούρας 46<br>", "<Street>Naumovac 18</Street>".
_LEADING_TAGS = re.compile(r"(?:<[A-Za-z][\w:.\-]*(?: [^<>\n]*)?>[ \t]*)+")
_TRAILING_TAGS = re.compile(r"(?:[ \t]*<(?:/?[A-Za-z][\w:.\-]*|br ?/?)[ ]?/?>)+[ \t]*$")
# What may open a postcode: the Greek "ΤΚ" (folded to Latin) or a country letter ("D-12345").
_POSTCODE_PREFIX = re.compile(r"(?<![\w])(?:TK |T\.K\. |AZ |[A-Z]{1,2}-)$")
_DIGIT_RUN = re.compile(r"[0-9]+")
# A four-digit postcode that reads as a year of the last or this century.
_YEAR = re.compile(r"(?:19|20)[0-9]{2}[ ]")
_NO_NUMBER = re.compile(r"(?<![\w/])[Ss]/[Nn](?![\w/])")  # "Travessa Moreira, S/N": a street without a number


# Words that end a street or unit, never a town ("2858 Pearlman Avenue", "1679 Albert St Apt. 933").
_UNIT_WORDS = frozenset({"Apt", "Suite", "Ste", "Unit", "Flat", "Room", "Floor", "Level", "Bldg", "Building", "Nr", "No"})


_JOINER_WORDS = frozenset(word for joiner in _JOINERS for word in joiner.split())


def _street_words_are_names(street: str) -> bool:
    """"Orechový rad 9", "Krvavi most 5c/7", "Calle de la Rosa 5"; not "Meet me at 520" or "The
    letter arrived at PSC 1234" (two lower-case words of a sentence)."""
    sentence_words = [w for w in street.split() if w.isalpha() and w.islower() and w not in _JOINER_WORDS
                      and (len(w) <= 2 or is_common_word(w) or is_english_word(w))]
    return len(sentence_words) < 2


def _ordinary_words(street: str) -> bool:
    """"3 March", "12 Items", "2 Boxes": a number then words of a sentence, no number-first street
    ("5 NEMƏT QULİYEV" is one: a street named after a person, as Azerbaijani blocks write it)."""
    words = [w.rstrip(".") for w in street.split()[1:]]
    return any(is_month_word(w) or is_common_word(w.lower()) or is_english_word(w.lower()) for w in words if len(w) > 1)


# Compiled once (re's cache lookup per call otherwise): the breaks between a town's words, a letter.
_TOWN_WORD_BREAK = re.compile(r"[ \-]")
_LETTER = re.compile(r"[^\W\d_]")


def town_is_a_name(town: str) -> bool:
    """"Greifswald", "Santa Cruz de Tenerife", "MURSKA SOBOTA"; not "Roadmap", "Not Found", "EUR"."""
    words = [w.strip(".") for w in _TOWN_WORD_BREAK.split(town) if w and w[:1].isupper()]
    if len(words) == 1 and words[0].isupper() and len(words[0]) <= 3:
        return False  # "1500 EUR", "200 OK", "4 KG": a currency, a status or a unit
    return not any(len(w) >= 4 and (is_common_word(w) or is_english_word(w)) for w in words)


# Quoting marks before the lines of a block ("> ", "}} ", "| "): not part of a street line.
LINE_MARKS = " \t>}|*•?"


def street_line_above(text: str, line_start: int) -> tuple[int, int] | None:
    """The line above a town line (or a unit line: addresses.py) when it reads as a street or box
    line: a capital or a house number first, a house number in it, no label, at most a few words."""
    if line_start < 2:
        return None
    above_end = line_start - 1
    above_start = text.rfind("\n", 0, above_end) + 1
    line = text[above_start:above_end]
    if ": " in line:  # "Adresse : Mezi Lysinami 6": the value after the label
        above_start += line.rindex(": ") + 2
        line = text[above_start:above_end]
    marks = len(line) - len(line.lstrip(LINE_MARKS))
    above_start, line = above_start + marks, line[marks:]
    if "<" in line:  # the markup around an HTML or XML line is no part of the street
        tags = _LEADING_TAGS.match(line)
        if tags is not None:
            above_start, line = above_start + tags.end(), line[tags.end():]
        trailing = _TRAILING_TAGS.search(line)
        if trailing is not None:
            line = line[: trailing.start()]
    stripped = line.strip()
    if not 3 <= len(stripped) <= 60 or not (opens_name(stripped[0]) or stripped[0].isdigit()):
        return None
    if ":" in stripped or "@" in stripped or opens_contact_field(stripped, 0) or len(stripped.split()) > 12:
        return None
    if not _street_words_are_names(stripped):
        return None  # "The letter arrived at PSC 2353, Box 6937": a sentence, not a street line
    numbered = any(1 <= len(run) <= 5 for run in _DIGIT_RUN.findall(stripped)) or _NO_NUMBER.search(stripped)
    if not numbered or not _LETTER.search(stripped):
        return None
    offset = above_start + len(line) - len(line.lstrip())
    return offset, offset + len(stripped)


# A unit between the street and the town line: "Կասյան 274, Building C, Level 2, 0578 Նոր Հաճն".
_UNIT_BEFORE = re.compile(
    r"(?<![\w])(?:Apt\.?|Apartment|Suite|Ste\.?|Unit|Flat|Room|Floor|Level|Bldg\.?|Building|Block)"
    r" ?#?(?:[0-9]{1,5}[A-Za-z]?|[A-Z])(?P<sep>,[ ]{1,2})$"
)


def _street_before(text: str, low: int, start: int) -> tuple[int, int, float] | None:
    """The street before a town line on its line, as a piece (with the units between them). The
    leftmost reading may take in the sentence's last words ("Update it to Isaksenroa 1, 6182
    Åsesand"): then the street starts at a later word, so the reading is tried again from each of
    the next few words."""
    units_end = None
    for _ in range(3):
        unit = _UNIT_BEFORE.search(text, max(low, start - 20), start)
        if unit is None:
            break
        units_end = units_end or unit.start("sep")
        start = unit.start()
    for _ in range(4):
        match = _STREET_BEFORE.search(text, low, start)
        if match is None:
            return None
        if _street_words_are_names(match.group("street")) and not (
            match.group("number_first") and _ordinary_words(match.group("number_first"))
        ):
            return match.start("street"), units_end or match.end("street"), 0.75
        low = text.find(" ", match.start("street"), start) + 1
        if low == 0:
            return None
    return None


def _town_line_pieces(
    text: str, start: int, end: int, street_ends: frozenset[int], year_like: bool = False
) -> Iterator[tuple[int, int, float]]:
    """A town line at [start, end): after a street found by the address patterns (`street_ends`)
    or read here, or alone when it fills its field. A `year_like` postcode ("2024 Highlights",
    "Chapter 3, 2019 Edition") needs a street the patterns found."""
    for street_end in range(max(0, start - 5), start):
        if street_end in street_ends and _SEPARATOR.fullmatch(text, street_end, start):
            yield start, end, 0.75
            return
    if year_like:
        return
    line_start = text.rfind("\n", 0, start) + 1
    prefix = text[line_start:start]
    if prefix.strip(" \t"):
        same_line = _street_before(text, max(line_start, start - 80), start)
        if same_line is not None:
            yield same_line
            yield start, end, 0.75
            return
    else:
        above = street_line_above(text, line_start)
        if above is not None:
            yield above[0], above[1], 0.75
            yield start, end, 0.75
            return
    if (not prefix.strip(" \t") or _FIELD_OPENING.search(prefix)) and _FIELD_CLOSING.match(text, end):
        yield start, end, 0.6


def _postcode_start(text: str, run_start: int) -> int | None:
    """Where a postcode opening on this digit run starts ("TK 439 75", "D-12345"), or None when
    the run continues a word, a number or an identifier."""
    before = text[run_start - 1] if run_start > 0 else ""
    if before == "Z" and text.startswith("AZ", run_start - 2) and (run_start == 2 or not text[run_start - 3].isalnum()):
        return run_start - 2  # "AZ1000 Bakı": the country's letters glued to the postcode
    if before.isalnum() or before in ".,/_":
        return None
    if before in (" ", "-"):
        prefix = _POSTCODE_PREFIX.search(text, max(0, run_start - 5), run_start)
        if prefix is not None:
            return prefix.start()
    return None if before == "-" else run_start


def _region_code_before(text: str, run_start: int, run_end: int) -> int | None:
    """Where the postcode of a region-coded town line starts ("NJ 70614", "NB  G8H 7N8"), when
    a capital (the code's last letter) stands one or two spaces before it."""
    length = run_end - run_start
    code_start = run_start - 1 if length == 1 else run_start
    if length not in (1, 4, 5) or code_start < 5 or (length == 1 and not text[code_start].isupper()):
        return None
    spaces = 1 if text[code_start - 1] == " " else 0
    spaces += spaces == 1 and text[code_start - 2] == " "
    return code_start if spaces and text[code_start - spaces - 1].isupper() else None


def find_postal_pieces(
    text: str, digit_runs: list[tuple[int, int]], street_words: frozenset[str], street_ends: frozenset[int]
) -> list[tuple[int, int, float]]:
    """Town lines and the streets they prove, as (start, end, score) pieces. `street_words`
    ("Avenue", "Road"): a "town" ending in one is a street ("2858 Pearlman Avenue"); `street_ends`:
    where the streets the address patterns found end."""
    pieces: list[tuple[int, int, float]] = []
    for run_start, run_end in digit_runs:
        start = _postcode_start(text, run_start)
        match = _TOWN_FIRST_LINE.match(text, start) if start is not None else None
        if match is not None and town_is_a_name(match.group("town")):
            last = match.group("town").rsplit(" ", 1)[-1].rstrip(".").capitalize()
            if last not in street_words and last not in _UNIT_WORDS:
                year_like = _YEAR.match(text, match.start()) is not None
                pieces.extend(_town_line_pieces(text, match.start(), match.end(), street_ends, year_like))
        national = national_town_line(text, run_start, run_end)
        if national is not None:  # "Viana - BA, 10683-324": the form proves the line wherever it stands
            pieces.extend(_town_line_pieces(text, *national, street_ends))
            pieces.append((*national, 0.7))
            continue
        israeli = israeli_town_line(text, run_start, run_end)
        if israeli is not None:  # "חיפה 3303113": a town line under or after a street (a field: columns.py)
            pieces.extend(p for p in _town_line_pieces(text, israeli, run_end, street_ends) if p[2] >= 0.7)
            continue
        code_start = _region_code_before(text, run_start, run_end)
        if code_start is None:
            continue
        for line in _REGION_LINE.finditer(text, max(0, code_start - 70), min(len(text), run_end + 6)):
            if line.start() < code_start <= line.end() and line.end() >= run_end:
                pieces.extend(_town_line_pieces(text, line.start(), line.end(), street_ends))
                pieces.append((line.start(), line.end(), 0.7))
                break
    return pieces


# A field the record names as a town or a postcode ("town", "PLZ/Ort", "cityLine") holds a town
# line when its whole value is one: postcode first ("13258 Palencia", "3921 VC Middenmeer", "008 00
# Hrabovec") or town first ("Kowhaikiwi 5582", "East Gemma S2 2WN", "Tuckerstad, NJ 70614", an Irish
# Eircode "Carrick Ville D6W 1A2X": a routing key, then four letters or digits).
_POSTCODE_LAST = (rf"(?:[0-9]{{4,6}}|[0-9]{{3}} [0-9]{{2}}|[0-9]{{4}} ?[A-Z]{{2}}|{_CA_POSTCODE}"
                  r"|[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}|[A-Z][0-9][0-9W] ?[0-9A-Z]{4})")
_TOWN_FIELD = re.compile(
    rf"{_POSTCODE_FIRST}[ ]{{1,2}}(?P<town>{_TOWN})(?: \([A-Z]{{2}}\))?"
    rf"|(?P<town_first>{_TOWN}),?[ ]{{1,2}}(?:(?:{_REGION})[ ]{{1,2}})?{_POSTCODE_LAST}"
)


def is_town_field(value: str) -> bool:
    """Whether a town-or-postcode field's whole (folded, one-line) value is a town line. The field's
    name is the evidence, so the town may be an ordinary word ("Forest", "East Gemma"); a currency
    or a status ("1500 EUR", "200 OK") is not a town."""
    match = _TOWN_FIELD.fullmatch(value)
    if match is None:
        return israeli_town_line(value, len(value) - 7, len(value)) == 0
    town = match.group("town") or match.group("town_first")
    return not (town.isupper() and len(town) <= 3)

