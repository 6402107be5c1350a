"""Town lines whose form belongs to one country and proves itself, wherever it stands.

- Brazil: town, " - ", the state's two-letter code, the CEP ("Campos da Prata - AL, 67013-047",
  "PEIXOTO - SP, 97292373"). The 27 state codes are the postal service's fixed list.
- Chile: the seven-digit postcode, the commune, then the word "Región" and the region's name
  ("3370980 Ollagüe, Región Metropolitana", "0101380 CURARREHUE, REGIÓN DE TARAPACÁ").
- Ukraine: the settlement type ("село", "місто", "селище", "хутір", "смт"), its name, the oblast
  ("... область") and the five-digit postcode ("село Вишневе, Київська область, 12345").

Each is looked for only at a digit run of its postcode's length with its literal mark just before
(" - XX, ", ", Región"/"область, "), so prose without such runs costs one check per run. The text is
the folded view: Cyrillic letters that look Latin are Latin there, so words are written folded.
"""

from __future__ import annotations

import re

from .normalize import fold

# Capitals of the Latin, Greek and Cyrillic scripts.
_UPPER = "".join(chr(c) for c in [*range(0x41, 0x250), *range(0x386, 0x3FF), *range(0x400, 0x530)]
                 if chr(c).isupper())
_TOWN_WORD = rf"[{_UPPER}][^\W\d_]*(?:['’\-][^\W\d_]+)*\.?"
_PT_JOINERS = r"(?:da|das|de|do|dos|e|DA|DAS|DE|DO|DOS|E)"
# A Brazilian town may open on its joiner ("das Neves de Goiás": Faker's pt_BR towns do).
_BR_TOWN = rf"(?:{_PT_JOINERS} )?{_TOWN_WORD}(?: (?:{_PT_JOINERS} )?{_TOWN_WORD}){{0,3}}"
_BR_STATES = ("AC AL AP AM BA CE DF ES GO MA MT MS MG PA PB PR PE PI RJ RN RS RO RR SC SP SE TO").split()
_BR_LINE = re.compile(rf"(?<![\w\-])(?P<town>{_BR_TOWN}) - (?:{'|'.join(_BR_STATES)}), $")
_BR_MARK = re.compile(r" - [A-Z]{2}, $")

_ES_JOINERS = r"(?:de|del|de la|de los|de las|y|DE|DEL|DE LA|DE LOS|DE LAS|Y)"
_CL_TOWN = rf"{_TOWN_WORD}(?: (?:{_ES_JOINERS} )?{_TOWN_WORD}){{0,3}}"
# The region's name: up to nine words after "Región" ("de Aysén del General Carlos Ibáñez del Campo").
_CL_LINE = re.compile(
    rf"[0-9]{{7}} (?P<town>{_CL_TOWN}), (?:Región|REGIÓN|Region|REGION)(?: [^\W\d_][\w'’.]*){{1,9}}"
    r"(?=[ ]*(?:$|\n|\r|,|;|\(|\)|\"|'[,)\]\s]|-[ ]|·|\|))"
)

_UA_SETTLEMENTS = ("село", "місто", "селище", "хутір", "смт", "смт.")
# Folding makes look-alike letters Latin case by case ("ХУТІР" -> "XYTIP", "хутір" -> "xyтip"), so
# each word is written in its three cases, folded.
_UA_SETTLEMENT = "|".join(sorted({re.escape(fold(c).text) for w in _UA_SETTLEMENTS
                                  for c in (w, w.capitalize(), w.upper())}, key=len, reverse=True))
_UA_OBLASTS = tuple(fold(w + ", ").text for w in ("область", "ОБЛАСТЬ", "Область"))
_UA_OBLAST = "(?:" + "|".join(re.escape(w[:-2]) for w in _UA_OBLASTS) + ")"
_UA_NAME = r"[^\W\d_][\w'’\-]*"
_UA_LINE = re.compile(
    rf"(?<![\w])(?:{_UA_SETTLEMENT}) {_UA_NAME}(?: {_UA_NAME}){{0,2}}, {_UA_NAME}(?: {_UA_NAME})? {_UA_OBLAST}, $",
)


# Russian (and Belarusian, Kazakh) town lines end on a six-digit postcode after the region: "г. Амурск,
# респ. Карелия, 287543", "д. Абинск, респ. Северная Осетия - Алания, 345430", "с. Черский,
# Ярославская обл., 162046". The region's word (республика, область, край, автономный округ, in full
# or abbreviated) is the proof; the settlement's abbreviation before the town may be any.
_RU_REGION_WORDS = ("респ.", "республика", "Республика", "обл.", "область", "край", "АО", "округ", "АО.")
_RU_REGION_WORD = "(?:" + "|".join(sorted({re.escape(fold(w).text) for w in _RU_REGION_WORDS}, key=len,
                                          reverse=True)) + ")(?![\\w])"
_RU_WORD = r"[^\W\d_][\w'’\-]*\.?"
_RU_LINE = re.compile(
    rf"(?<![\w])(?:[^\W\d_]{{1,4}}\.? )?{_RU_WORD}(?: {_RU_WORD}){{0,2}}, (?:{_RU_WORD} |- ){{0,4}}{_RU_WORD}, $"
)
_RU_REGION = re.compile(rf"(?<![\w]){_RU_REGION_WORD}")
_CYRILLIC = re.compile(r"[\u0400-\u04FF]")


def _russian_town_line(text: str, run_start: int) -> int | None:
    """Where the Russian town line ending on the six-digit postcode at `run_start` opens."""
    line = _RU_LINE.search(text, max(0, run_start - 100), run_start)
    if line is None or _RU_REGION.search(line.group()) is None or _CYRILLIC.search(line.group()) is None:
        return None
    return line.start()


def national_town_line(text: str, run_start: int, run_end: int) -> tuple[int, int] | None:
    """The Brazilian, Chilean, Ukrainian or Russian town line whose postcode opens at this digit run."""
    length = run_end - run_start
    if run_end < len(text) and (text[run_end].isalnum() or text[run_end] == "_"):
        return None
    if length in (5, 8) and _BR_MARK.search(text, max(0, run_start - 7), run_start):
        end = run_end
        if length == 5:
            if not re.match(r"-[0-9]{3}(?![\w])", text[run_end:run_end + 5]):
                return None
            end = run_end + 4
        line = _BR_LINE.search(text, max(0, run_start - 80), run_start)
        return (line.start(), end) if line else None
    if length == 7 and (run_start == 0 or not text[run_start - 1].isalnum()):
        line = _CL_LINE.match(text, run_start)
        return (line.start(), line.end()) if line else None
    if length == 5 and text.endswith(_UA_OBLASTS, max(0, run_start - 9), run_start):
        line = _UA_LINE.search(text, max(0, run_start - 100), run_start)
        return (line.start(), run_end) if line else None
    if length == 6 and text.startswith(", ", run_start - 2):
        start = _russian_town_line(text, run_start)
        return (start, run_end) if start is not None else None
    return None


# Israeli town lines: the town in Hebrew letters (one to three words), then the seven-digit postcode
# Israel Post has used since 2013 ("חיפה 3303113", "בית שמש 9906201"). The form alone is no proof (a
# word and a number): it is a town line under a street or in a town field (postal_lines decides).
_HE_WORD = "[\u05D0-\u05EA][\u05D0-\u05EA'\u05F3\u05F4\"\-]*"
_IL_TOWN = re.compile(rf"(?<![\w]){_HE_WORD}(?: {_HE_WORD}){{0,2}} $")


def israeli_town_line(text: str, run_start: int, run_end: int) -> int | None:
    """Where the Israeli town line whose seven-digit postcode is the run at [run_start, run_end) starts."""
    if run_end - run_start != 7 or (run_end < len(text) and (text[run_end].isalnum() or text[run_end] == "_")):
        return None
    if run_start < 2 or not "\u05D0" <= text[run_start - 2] <= "\u05EA":
        return None
    town = _IL_TOWN.search(text, max(0, run_start - 40), run_start)
    return town.start() if town else None


# Ukrainian street lines: the street's type and name, then the building ("буд.") and the flat
# ("кв."): "вулиця Садова, буд. 12 кв. 3", "СКВЕР ДАЧНИЙ 1-Й, БУД. 28 КВ. 896". The building word
# is the proof, so the street's words may be any (one to four of them, an ordinal "2-й" among them).
# Russian street lines write the house "д." (дом) and the block or building after it ("к.", "стр."):
# "ш. Победа, д. 80", "пер. Курский, д. 87 к. 11", "ул. Вишневая, д. 19 стр. 1".
_UA_BUILDINGS = tuple(fold(w).text for w in ("буд. ", "БУД. ", "Буд. ", "д. ", "Д. "))
_UA_BUILDING = "(?:" + "|".join(re.escape(w.strip()) for w in _UA_BUILDINGS) + ")"
_UA_FLAT = "(?:" + "|".join(re.escape(fold(w).text) for w in ("кв.", "КВ.", "Кв.", "к.", "К.", "стр.", "СТР.")) + ")"
_UA_STREET = re.compile(
    rf"(?<![\w\-])[^\W\d_][\w'’\-]*\.?(?: (?:[0-9]{{1,3}}-[^\W\d_]{{1,2}}|[^\W\d_][\w'’\-]*\.?)){{0,3}}, {_UA_BUILDING} "
    rf"[0-9]{{1,4}}(?:[^\W\d_](?![\w]))?(?:/[0-9]{{1,3}})?(?:,? {_UA_FLAT} [0-9]{{1,4}})?(?![\w])"
)


def has_ukrainian_building(text: str) -> bool:
    """The literal precheck of `ukrainian_streets` (each building word keeps a Cyrillic letter folded:
    ASCII text holds none)."""
    return not text.isascii() and any(", " + word in text for word in _UA_BUILDINGS)


def ukrainian_streets(text: str) -> list[tuple[int, int]]:
    """Ukrainian and Russian street lines with their building (and flat) number, on the folded view."""
    if not has_ukrainian_building(text):
        return []
    return [m.span() for m in _UA_STREET.finditer(text)]


# Post-office boxes in Russian "а/я 845" (абонентский ящик) and Ukrainian "а/с 619" (абонентська
# скринька), folded: "а" and "с" look Latin. The Latin "a/c 619" (an account) is no box, so a box
# needs Cyrillic words near it, in its block.
_CYRILLIC_BOX = re.compile(r"(?<![\w/])(?:a|A)/(?:я|Я|c|C) [0-9]{1,6}(?![\w])")


def cyrillic_boxes(text: str) -> list[tuple[int, int]]:
    """Russian and Ukrainian post-office boxes, on the folded view."""
    # (the Cyrillic word near the box is no ASCII character: ASCII text holds no box)
    if text.isascii() or not any(mark in text for mark in ("/я ", "/Я ", "/c ", "/C ")):
        return []
    return [m.span() for m in _CYRILLIC_BOX.finditer(text)
            if _CYRILLIC.search(text, max(0, m.start() - 80), min(len(text), m.end() + 80))]


# Indonesian street lines: the street's type ("Jalan", "Jl.", "Jln.", "Gang", "Gg."), its name in one
# to four capitalised words, then "No." and the house number ("Jl. Merdeka No. 12", "Gang Melati Raya
# No. 4"). The "No." before the number is the proof ("Gang of Four 5" has none).
_ID_TYPES = r"(?:Jalan|JALAN|Jl\.|JL\.|Jln\.?|JLN\.?|Gang|GANG|Gg\.|GG\.)"
# The types' word runs (each stands after no word character or dot, before a space or its dot), for
# the gate of the pattern (address_gates.py).
ID_TYPE_WORDS = frozenset({"Jalan", "JALAN", "Jl", "JL", "Jln", "JLN", "Gang", "GANG", "Gg", "GG"})
_ID_NAME = r"[A-Z0-9][\w'’\-]*\.?"
_ID_STREET = re.compile(
    rf"(?<![\w.]){_ID_TYPES} {_ID_NAME}(?: {_ID_NAME}){{0,3}} (?:No|NO)\.? ?[0-9]{{1,4}}[A-Za-z]?(?:/[0-9]{{1,3}})?(?![\w])"
)


def indonesian_streets(text: str) -> list[tuple[int, int]]:
    """Indonesian street lines ("Jl. Merdeka No. 12"), on the folded view."""
    if "No" not in text and "NO" not in text:
        return []
    return [m.span() for m in _ID_STREET.finditer(text)]
