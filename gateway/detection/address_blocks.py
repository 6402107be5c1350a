"""How the pieces of an address make one block (addresses.py).

A street found by its pattern takes the words before it that belong to it (a building number, an
article: "Unter den Linden 13", "the corner of ...") and grows over the rest of its block: units,
floors, town, region, country and postcode, on its line or the lines under it, until a contact
line, a label or a heading opens the next line. A unit ("Suite 656") counts only in or near a
block; pieces next to each other merge into one span.
"""

from __future__ import annotations

import re

from faker.providers.address.en_US import Provider as AddressProvider

from .capitals import UPPER
from .contact_labels import opens_contact_field
from .document_numbers import reads_as_document_number
from .gazetteer import is_common_word, is_english_word
from .postal_lines import LINE_MARKS, street_line_above
from .street_words import JOINERS, PREFIXES

# Place-name joiners of town lines: "Ústí nad Labem", "Videm pri Ptuju", "Newcastle upon Tyne",
# "Neuilly sur Seine", "Halle an der Saale". Not "am"/"en"/"on": "Berlin am Montag" is a date.
_PLACE_JOINERS = r"(?:nad|pod|pri|upon|sur|sous|lès|an der|ob der)"


# Street names open with an article or a word and a joiner: "El Roqueo 75", "An der Schillingbrucke 10",
# "Republica de Chile 7715", "Treinta y Tres 2070".
# German streets named by a preposition and an article: "Unter den Linden", "Auf dem Berg", "Vor dem Tore".
_ARTICLES = (r"(?:El|La|Las|Los|Le|Les|Il|Lo|De|Den|Het|Am|Im|Zum|Zur|Beim|An der|An den|Auf der|Auf dem|Auf den"
             r"|In der|In den|Unter den|Unter der|Hinter der|Hinter dem|Vor dem|Vor den|Op de|Rua da|Rua do)")
_LEAD_NUMBER = re.compile(
    rf"(?<![\w.,\-/:])(?:[0-9]{{1,6}} )?(?:{_ARTICLES} )?(?:(?P<word>[{UPPER}][^\W\d_]+) (?:{JOINERS} )?)?$"
)
CORNER = re.compile(r"(?:the )?corner of $", re.IGNORECASE)
# "the corner of Doctor Gravemeijerstraat 91 and ...": the street's first words, whatever they are.
CORNER_WORDS = re.compile(rf"(?:the )?corner of (?:[{UPPER}][^\W\d_]*\.? (?:{JOINERS} )?){{1,3}}$", re.IGNORECASE)
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
# French floors: "9e étage", "1er étage"; German ones: "6. Etage", "3. OG", "2. Stock".
_FLOOR = (r"[0-9]{1,2}(?:\.?[º°ª]|\.[oa])(?: ?(?:dcha|izda|izq|der|ctro|centro|[A-Z])\b\.?)?"
          r"|[0-9]{1,2}(?:e|er|ème|re) [ée]tage|[0-9]{1,2}\. ?(?:Etage|OG|Obergeschoss|Stock|UG|Untergeschoss)\b")
# A Chilean office or flat after the number is a unit as "Apt." is: "Los Aromos 63 Of. 688", "Dpto. 7".
# (a block indented in a mail or a code comment keeps its indentation on every line: up to twelve blanks)
_TAIL = re.compile(rf"(?=[ ,\n])[ ]{{0,2}},?[ ]{{0,2}}(?:\n[ \t]{{0,12}}|[ ]{{0,2}}),?[ ]?(?:(?:Of|Dpto|Depto)\. ?[0-9]{{1,5}}|{_POSTCODE}|{_FLOOR}|(?:Apt\.?|Suite|Unit|Piso|Puerta|Piano|Appartamento|Level|Floor|Etage|Stock|Building|Bldg\.?|Haus|Bâtiment) ?[0-9]{{1,5}}|{_CAP_WORD}(?: (?:(?:{JOINERS}|{_PLACE_JOINERS}) )?(?:{_POSTCODE}|{_CAP_WORD}|\({_CAP_WORD}\))){{0,3}}|[0-9]{{4,6}}|{_LOWER_REGION})"
                   rf"(?= |,|\n|$|[.?!;)\]}}\"'<])")


# After a line's first word: the rest of a label ("Ship to:", "Payment terms:", "Ligne directe :",
# "Principal / guarantor:", "USt-IdNr.:", "Dirección de envío de facturas:").
_LABEL_COLON = re.compile(r"(?:[ ][^\W\d_]+|[ ]?[/&][ ]?[^\W\d_]+){0,4}\.?[ ]?:(?:[ \t]|$)")
# A country and postcode after a blank line still close the block: "Pêro Viseu\n\n Portugal 24148".
_BLANK_LINE_TAIL = re.compile(rf"[ ]*\n[ ]*\n[ ]{{0,2}}(?:{_CAP_WORD} ){{1,3}}[0-9]{{4,6}}(?=\s|$|[.,;)])")


def lead_start(text: str, start: int) -> int:
    """Where a street starts when its first words come before the match: a building number, an
    article ("Unter den Linden 13", "El Roqueo 75"), a name word and its joiner ("Ventanilla de Beas 56").
    A street that opens on its street-type word has all of its name already: the word before is the
    sentence's ("Wohnung im Anwesen Calle Los Alerces 40")."""
    if text[start:].split(" ", 1)[0].lower() in PREFIXES:
        return start
    lead = _LEAD_NUMBER.search(text, max(0, start - 40), start)
    if lead and lead.start() < start:
        word = lead.group("word")
        if word is None or not (is_common_word(word) or is_english_word(word) or word.isupper()):
            return lead.start()
    return start


def extend_block(text: str, start: int, end: int) -> tuple[int, int]:
    """Grow a street match over the rest of its address block (units, city, country, postcode)."""
    # "0671 Langenhorner Chaussee 76", "90878 Martin Linges veg 149": a building number before.
    # "616 Östra Förstadsgatan 43": a capitalised word before a one-word street belongs to it.
    start = lead_start(text, start)
    corner = (CORNER.search(text, max(0, start - 14), start) or _CORNER_LEAD.search(text, max(0, start - 40), start)
              or CORNER_WORDS.search(text, max(0, start - 60), start))
    if corner:
        start = corner.start()
    country_closed = False
    postcode_before = False  # the last piece was a postcode alone
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
        if "\n" in piece and opens_sentence(text, match.start(), match.end()):
            break  # "Courier label ... created", "Payment terms ....": the next line is a sentence or a label
        words = piece.strip(" ,\n").split(" ")
        if "\n" in piece and country_closed and not any(w[:1].isdigit() for w in words):
            break  # "Netherlands\nInventor 2": the country closed the block; only a postcode may follow it
        if "\n" not in piece and country_closed and not (
                words[0][:1].isdigit() or _LETTERED_POSTCODE.fullmatch(" ".join(words))):
            break  # "...,Finland,SNYIV6F9NLKH,B2": a record's next cells, after its country cell
        if any(_reference_code(w) for w in words):
            break  # "PO INC1234567", "Ref SR-2024-012345": an order's or ticket's line under the block
        # All-caps words are region codes or towns ("LO", "IN", "OSLO"), never ordinary words here.
        region = len(words) == 1 and words[0].islower()  # only matched when a postcode follows
        ordinary = all(is_common_word(w.rstrip(".")) and not w.isupper() for w in words if w and not w[0].isdigit())
        # (a town right after its postcode on the line is the town whatever else it means: "8378 Them")
        town_after_postcode = postcode_before and "\n" not in piece and piece.startswith(" ") and words[0][:1].isupper()
        if not region and ordinary and not any(w[:1].isdigit() for w in words) and not town_after_postcode:
            break
        postcode_before = len(words) == 1 and words[0].isdigit() and 4 <= len(words[0]) <= 6
        end = match.end()
        closing = " ".join(words).lower()
        country_closed = closing in _COUNTRIES and closing not in _CITY_STATES
    return start, end


# Postcodes that open on a letter, which may follow the country on its line: British ("SW1A 1AA"),
# Canadian ("K1A 0B1"), Irish ("D02 X285") and country-prefixed ones ("CH-8001", "SE-123 45").
_LETTERED_POSTCODE = re.compile(
    r"[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}|[A-Z][0-9][A-Z] ?[0-9][A-Z][0-9]|[A-Z][0-9]{2} ?[A-Z0-9]{4}"
    r"|[A-Z]{1,2}-[0-9]{3,6}(?: [0-9]{2})?")


# Seven digits in a row: longer than any postcode, a reference's or a parcel's number. Three capitals
# or more before a hyphen and digits: a project's ticket key ("OPS-1234"); a postcode's country letters
# are one or two ("A-1010", "CH-8001", "LV-1050").
_REFERENCE_CODE = re.compile(r"[0-9]{7}|^[A-Z]{3,}-[0-9]+$")


def _reference_code(word: str) -> bool:
    """Whether a word of a block's tail is a reference code rather than a town, region or postcode."""
    word = word.rstrip(".,;:")
    return _REFERENCE_CODE.search(word) is not None or reads_as_document_number(word)


# Lower-case words that join the parts of a town's name ("Frankfurt am Main", "Kingston upon Thames",
# "Ashby de la Zouch"): the only lower-case words a town line holds.
_TOWN_JOINERS = frozenset(
    "am an im in bei upon on sur sous de del della di la le les en aux pri nad pod ob der den und and super by "
    "da do dos das du des y e et van von".split()
)
_NEXT_LOWER = re.compile(r"[ ]([a-zà-ÿ][a-zà-ÿ']*)(?![\w])")
# A label's words and its colon later on the line, within one sentence: "... de la mission : ...", "UBO 2: ...".
_LABEL_LATER = re.compile(r"(?:[ ](?:[^\W\d_][\w'’\-]*|[0-9]+)){0,3}[ ]?:(?:[ \t]|$)", re.MULTILINE)
# The rest of a town line: a word or two and its postcode ("ALTA n/a 9513").
_POSTCODE_CLOSES = re.compile(rf"(?:[ ]+[^\s]+){{0,2}}[ ]+(?:{_POSTCODE}|[0-9]{{4,6}})[ ]*(?:\n|$)")
_COUNTRIES = frozenset(c.split(" (")[0].lower() for c in AddressProvider.countries)
# Countries named as their capital: the town line of an address may read so and is not its end.
_CITY_STATES = frozenset({"monaco", "luxembourg", "singapore", "djibouti", "kuwait", "panama", "guatemala", "mexico",
                          "andorra", "gibraltar", "san marino", "hong kong", "macao", "bahrain", "qatar", "brunei"})


def opens_sentence(text: str, start: int, end: int) -> bool:
    """Whether the words taken at the start of a line, text[start:end], open a sentence or a label
    rather than a town line: a lower-case word of a sentence follows them ("Courier label created
    ...", "Deposit waived", "Check no. 3318"), or a colon closes a few words later ("Lieu de la
    mission : ..."). A town line holds capitalised words, postcodes and the joiners of a town's
    name ("Frankfurt am Main") only; a postcode or a country may close the address in a sentence
    ("... Sweden after the concert", "... 38298 last night", "... Iceland for this card: ...")."""
    words = text[start:end].strip(" ,\n")
    if any(c.isdigit() for c in words) or words.lower() in _COUNTRIES:
        return False  # a postcode or a country closes the address, whatever the sentence goes on with
    if _LABEL_LATER.match(text, end):
        return True
    after = _NEXT_LOWER.match(text, end)
    if after is None or after.group(1) in _TOWN_JOINERS or _POSTCODE_CLOSES.match(text, end):
        return False
    word = after.group(1)
    return len(word) >= 3 or is_english_word(word)


def _heads_lines(text: str, end: int) -> bool:
    """Whether the line taken up to `end` goes on to a colon that closes it: a heading or a label
    that introduces the lines below ("Neue Anschrift ab 18.03.2025:"), never a town or a country."""
    line_end = text.find("\n", end)
    return text[end : len(text) if line_end < 0 else line_end].rstrip().endswith(":")


def street_line_over(text: str, unit_start: int) -> tuple[int, int] | None:
    """The street line right above a unit that opens its line, when there is one."""
    line_start = text.rfind("\n", 0, unit_start) + 1
    if line_start == 0 or text[line_start:unit_start].strip(LINE_MARKS):
        return None
    return street_line_above(text, line_start)


# What may open a line of a block before its unit: quotes, brackets, list marks, a field's separator.
_OPENING_MARKS = "\"'`([{<«„“‘,;=-–—"

def unit_in_block(text: str, start: int, end: int, pieces: list[tuple[int, int]]) -> bool:
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


def apart(pieces: list[tuple[int, int]], start: int, end: int) -> list[tuple[int, int]]:
    """The pieces that do not overlap [start, end)."""
    return [(s, e) for s, e in pieces if e <= start or end <= s]


def near(streets: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s - 80 <= end and start <= e + 80 for s, e in streets)


def follows(streets: list[tuple[int, int]], start: int) -> bool:
    return any(s < start <= e + 80 for s, e in streets)


def merge_pieces(found: list[tuple[int, int, float]], text: str) -> list[tuple[int, int, float]]:
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
