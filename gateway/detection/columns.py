"""Values named by their column or key: a table's column (a CSV header, a SQL INSERT's column list;
tables.py), a JSON or YAML record's key (`"recipient": "...", "line1": "..."`, `street: ...`), a SQL
SET clause's column (`poblacion = '...'`), an XML element's tag (`<CityLine>...</CityLine>`) or a
form's label at the start of a line ("Postcode/Town: ..."). The name says what the value is, as a
label does, so a value too plain for the patterns is still found: "Wood" under `last_name`,
"Μήλου 5" under `line1`, "13258 Palencia" under `town`.

One small mapping from column and key names (en/de/fr/es/it) to a kind of value, and one check of
the value's shape per kind; a cell or a key's value is reported only when it has the shape:

- name (PERSON): 1-4 capitalised words (name particles between them), no digits. A bare "name",
  "contact" or "recipient" names things as often as people: there one word must be a known name.
- street (STREET_ADDRESS): letters and a house number or a street word ("Flat 28J", "rue ...").
- town (STREET_ADDRESS): a whole town line, postcode and town (postal_lines.is_town_field); a town
  alone is a place, not an address. The postcode may stand on the field's next line.
Secrets and passwords (secrets.py), usernames, birth dates and labelled identifiers read the same
columns in their own modules.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from .labelled import label_positions
from .normalize import fold
from .postal_lines import is_town_field
from .street_words import is_street_word
from .tables import Cell, column_name, table_cells
from .types import Span
from .views import TextViews

COLUMN_SCORE = 0.9  # the name and the shape agree; the cell's bounds are exact, so it wins overlaps
ENTITY_OF_KIND = {"name": "PERSON", "known_name": "PERSON", "street": "STREET_ADDRESS",
                  "town": "STREET_ADDRESS"}
COLUMN_ENTITIES = frozenset(ENTITY_OF_KIND.values())

# Column and key names, as column_name() writes them (lower case, words apart: "firstName" and
# "first_name" are "first name"), by kind.
_KINDS: dict[str, tuple[str, ...]] = {
    "name": (
        "full name", "fullname", "first name", "firstname", "last name", "lastname", "surname", "given name",
        "family name", "middle name", "display name", "displayname", "contact name", "recipient name",
        "customer name", "client name", "patient name", "employee name", "holder name", "account holder",
        "cardholder", "card holder", "addressee", "vorname", "nachname", "familienname", "prénom", "prenom",
        "nom complet", "nom de famille", "apellido", "apellidos", "nombre completo", "cognome", "nome completo",
    ),
    "known_name": ("name", "contact", "recipient", "nom", "nombre", "nome"),
    "street": (
        "street", "street address", "street line", "address", "address line", "address line 1", "address line1",
        "address1", "address 1", "addr", "addr1", "line1", "line 1", "straße", "strasse", "adresse", "anschrift", "rue",
        "adresse postale", "dirección", "direccion", "calle", "domicilio", "indirizzo",
    ),
    "town": (
        "town", "city", "zip", "zip code", "zipcode", "postcode", "post code", "postal code", "city line",
        "town line", "postal", "postal line", "ort", "plz", "plz ort", "wohnort", "stadt", "ville", "code postal", "code postal ville", "cp", "cp ville", "localité", "ciudad",
        "población", "poblacion", "cp y población", "localidad", "código postal", "città", "citta", "cap", "comune", "località",
    ),
}
_KIND_OF = {name: kind for kind, names in _KINDS.items() for name in names}
# A word before the name that says whose it is: "billing_city", "shippingStreet", "customer_first_name".
_QUALIFIERS = frozenset(
    "billing shipping delivery home postal mailing invoice customer client contact recipient sender patient "
    "employee primary main "
    # an order's ship-to and bill-to parties ("ship_street", "bill_city_line")
    "ship bill".split()
)
# Whose name a column holds, then which part of it, the word "name" left out: "recipient_first",
# "customer_last", "patientGiven".
_PERSON_QUALIFIERS = frozenset("customer client contact recipient sender patient employee".split())
_NAME_PARTS = frozenset("first last given family middle sur".split())
# Where a key may start (lower case, "_" read as a space): the first word of every name and qualifier.
_KEY_STEMS = tuple(sorted({name.split(" ")[0] for name in _KIND_OF} | _QUALIFIERS))


# Addresses that are no place: "IP address", "email address", "wallet address". Any other word before
# "address" ("garaging address", "site address", "registered address") says where, not what: a street.
_NOT_POSTAL = frozenset("ip ipv4 ipv6 email e-mail mail mac web url wallet server host network memory bitcoin".split())
_ADDRESS_HEADS = ("address", "adresse", "anschrift")


def _where_address(part: str) -> bool:
    """ "garaging address", "site address": one word before an address noun, and not a network's."""
    words = part.split(" ")
    return len(words) == 2 and words[1] in _ADDRESS_HEADS and words[0] not in _NOT_POSTAL and words[0].isalpha()


# Whose street or town a column holds, in one word of any kind before it: "dropoff street",
# "pickup town", "member city" (a street and a town stay a place, whoever's they are).
_PLACE_HEADS = frozenset(("street", "town", "city", "straße", "strasse", "ort", "stadt", "ville", "calle", "ciudad",
                          "città", "citta"))


def _whose_street_or_town(part: str) -> bool:
    words = part.split(" ")
    return len(words) == 2 and words[1] in _PLACE_HEADS and words[0].isalpha() and words[0] not in _NOT_POSTAL


def _glued_qualifier_kind(part: str) -> str | None:
    # (every qualifier is tried: "billingstreet" opens with "bill" and with "billing")
    for qualifier in _QUALIFIERS:
        if part.startswith(qualifier) and len(part) > len(qualifier):
            kind = _KIND_OF.get(part[len(qualifier):])
            if kind is not None:
                return kind
    return None


def kind_of(column: str) -> str | None:
    """The kind of value a (normalised) column or key name holds: "postcode/town" holds a town,
    "billing city" a town, "garaging address" a street, "ip address" nothing (only whole names, a
    qualifier, and one word of place before an address noun are read)."""
    for part in re.split(r"\s*[/&+]\s*| and | und | et | y | e ", column):
        kind = _KIND_OF.get(part)
        if kind is None and " " in part and part.split(" ", 1)[0] in _QUALIFIERS:
            kind = _KIND_OF.get(part.split(" ", 1)[1])
            if kind is None and part.split(" ", 1)[0] in _PERSON_QUALIFIERS and part.split(" ", 1)[1] in _NAME_PARTS:
                kind = "name"
        if kind is None and " " not in part:
            kind = _glued_qualifier_kind(part)  # "BILLINGSTREET", "shippingcity": upper-case headers lose the camel case
        if kind is None and _where_address(part):
            kind = "street"
        if kind is None and _whose_street_or_town(part):
            kind = _KIND_OF[part.split(" ")[1]]
        if kind is not None:
            return kind
    return None


# -- the value's shape, by kind ---------------------------------------------------------------------

_NAME_PARTICLES = frozenset("van von der den de da di del della dos das du ter ten la le al bin y e".split())
_TITLES = frozenset("mr mrs ms mx dr prof herr frau m mme mlle sr sra sig dott".split())
_NOT_NAMES = frozenset("unknown anonymous none null n/a na test user admin tbd redacted deleted".split())
# A letter after the number in any script: "12b", "5б/0" (Macedonian), "7α".
_HOUSE_NUMBER = re.compile(r"[0-9]{1,5}(?:[^\W\d_]{1,2})?(?:[/\-][0-9]{1,4}[^\W\d_]?)?\.?|[Ss]/[Nn]")


def _name_words(value: str) -> list[str] | None:
    """The words of a name value (a leading title left out), or None when it is not one."""
    words = value.split()
    if words and words[0].rstrip(".").lower() in _TITLES and len(words) > 1:
        words = words[1:]
    names = [w for w in words if w.lower() not in _NAME_PARTICLES]
    if not 1 <= len(names) <= 4 or len(words) > 6 or not words[0][:1].isupper():
        return None
    for word in names:
        if not word[:1].isupper() or not all(c.isalpha() or c in "'’-." for c in word):
            return None
    if len(names) == 1 and names[0].lower() in _NOT_NAMES:
        return None
    return words


def _street_shape(value: str) -> bool:
    words = value.split()
    if not 2 <= len(words) <= 14 or len(value) > 120 or any(c in value for c in "@=<>{}[]\\|:"):
        return False
    if not any(sum(c.isalpha() for c in w) >= 2 for w in words):
        return False
    if any(is_street_word(w.strip(",")) for w in words):
        return True
    # A name with a house number; a street's name has a capital (or a script without case):
    # "depot, same as 01" under an address column is a note, not a street.
    return any(_HOUSE_NUMBER.fullmatch(w.rstrip(",")) for w in words) and any(
        c.isalpha() and not c.islower() for c in value)


def _value_span(kind: str, text: str, start: int, end: int, known_names: frozenset[str]) -> tuple[int, int] | None:
    """The part of text[start:end] to report for a value of this kind, or None."""
    value = text[start:end]
    if kind in ("name", "known_name"):
        words = _name_words(value)
        if words is None or (kind == "known_name" and not any(w in known_names for w in words)):
            return None
        first = value.index(words[0])
        return start + first, end
    if kind == "street":
        return (start, end) if _street_shape(value) else None
    if kind == "town":
        return (start, end) if is_town_field(" ".join(fold(value).text.split())) else None
    return None


# -- keys of records and forms ----------------------------------------------------------------------

# A key, its closing quote, and the separator: `"line1": `, `street: `, `Postcode/Town: `, `name=`.
_KEY = re.compile(
    r"(?P<key>[^\W\d_][\w/\-]*(?:[ ][\w/\-]+){0,3}?)[\"'`]?[ \t]*(?P<sep>:=|=>|:(?!//)|=(?!=))[ \t]*"
)
_QUOTED = re.compile(r"\"(?P<dq>(?:[^\"\\\n]|\\.)*)\"|'(?P<sq>(?:[^'\\\n]|\\.)*)'")
# An unquoted value runs to the line's end, a field separator, or the next "key:" on the line.
_BARE = re.compile(r"[^\n\r;|}\]\t&\"']*?(?=[ ]*(?:$|[\n\r;|}\]\t&]|,[ ]*[\"']?[^\W\d_][\w\-]*[\"']?[ ]*[:=]|,?[ ]*$))",
                   re.MULTILINE)
_KEY_OPENERS = frozenset(" \t\n\r\"'{,(`")


def _key_cells(text: str) -> Iterator[Cell]:
    """(key, value) cells of `key: value` records, JSON objects and form lines."""
    last_end = -1
    for position in label_positions(text, _KEY_STEMS):
        if position < last_end or (position and text[position - 1] not in _KEY_OPENERS):
            continue
        key = _KEY.match(text, position)
        if key is None:
            continue
        name = column_name(key.group("key"))
        if kind_of(name) is None:
            continue
        value_at = key.end()
        quoted = _QUOTED.match(text, value_at)
        if quoted is not None:
            group = "dq" if quoted.group("dq") is not None else "sq"
            start, end = quoted.span(group)
        else:
            bare = _BARE.match(text, value_at)
            start, end = value_at, (bare.end() if bare else value_at)
        last_end = end
        if end > start:
            yield Cell(name, start, end)


# An XML element whose tag is the key: `<CityLine>East Gemma\nS2 2WN</CityLine>`, `<Street>...</Street>`.
_ELEMENT = re.compile(r"<(?P<tag>[A-Za-z][\w\-]*)>(?P<value>[^<>]{1,200})</(?P=tag)>")


def _element_cells(text: str) -> Iterator[Cell]:
    """(tag, text) cells of XML elements that hold text only."""
    for match in _ELEMENT.finditer(text):
        name = column_name(match.group("tag"))
        if kind_of(name) is not None:
            start, end = match.span("value")
            yield Cell(name, start, end)


def _next_line_postcode(text: str, end: int) -> int | None:
    """The end of the next line when it holds only a postcode ("East Gemma" / "S2 2WN")."""
    if not text.startswith("\n", end):
        return None
    line_end = text.find("\n", end + 1)
    line_end = len(text) if line_end == -1 else line_end
    line = text[end + 1 : line_end].strip()
    if not 3 <= len(line) <= 10 or not any(c.isdigit() for c in line) or ":" in line:
        return None
    return end + 1 + text[end + 1 : line_end].rindex(line[-1]) + 1


# -- the recognizer ---------------------------------------------------------------------------------


def _keys_possible(text: str) -> bool:
    """Exact precheck: every key is followed by a ':' or a '=' separator."""
    return ":" in text or "=" in text


@lru_cache(maxsize=4)
def _column_spans(text: str, known_names: frozenset[str]) -> tuple[Span, ...]:
    cells = list(table_cells(text))
    if _keys_possible(text):
        cells.extend(_key_cells(text))
    if "</" in text:
        cells.extend(_element_cells(text))
    spans: list[Span] = []
    for cell in cells:
        kind = kind_of(cell.column)
        if kind is None:
            continue
        start, end = cell.start, cell.end
        while end > start and text[end - 1] in " \t,;":
            end -= 1
        found = _value_span(kind, text, start, end, known_names)
        if found is None and kind == "town":
            below = _next_line_postcode(text, end)
            found = _value_span(kind, text, start, below, known_names) if below is not None else None
        if found is not None:
            spans.append(Span(found[0], found[1], ENTITY_OF_KIND[kind], COLUMN_SCORE))
    return tuple(spans)


@dataclass(frozen=True)
class ColumnValues:
    """Finds the values named by their column or key, for the entities a policy wants."""

    known_names: frozenset[str]

    def find(self, views: TextViews, wanted: frozenset[str]) -> list[Span]:
        return [s for s in _column_spans(views.original, self.known_names) if s.entity in wanted]
