"""Name-like words that the words beside them show to name a thing, a greeting or a heading.

A name finder or NER model takes any capitalised word it does not know for a person or a place.
Where it stands often says otherwise, in any of the five languages:

- Rooms named after people or planets: "sala Garibaldi", "salle Jupiter", "Raum Kepler",
  "meeting room Curie". The word before the name is a room.
- Products and systems: "Tableau licences", "blocked by Prometheus sync error", "the Zendesk
  add-on", "review in Camunda workflow". A product noun follows the name; people take none.
- Editions and plans: '"Salesforce Business"', "Jira Cloud", "Office Professional Plus". A
  finding that ends on an edition word names a product; a surname is no edition.
- Code names: 'Codename "Marlowe"', "Sprint Falcon", "Operation Lighthouse", "Team Phoenix", and
  machines and numbered groups: "server Zeus", "cluster Aurora", "Class 3 Willow". A
  code name's head stands right before it; after "Team" or "Project" a known name may be the
  person the team or project is named for, and stays.
- Headings between rules: "---------- Weitergeleitete Nachricht ----------", "-----Original
  Message-----". A line whose text stands between runs of dashes or equals signs is a heading.
- Greetings and closings: "Guten Tag Frau Paulsen", "Beste Grüße", "¡Hasta mañana!". The
  greeting's words are no name; a name after them ("Frau Paulsen") stays.
- An abbreviation before a number: "GDPR Art. 28", "§ 3 Abs. 2", "Bd. 4". A name is not cut short
  and numbered.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .types import Span

# A room's word right before the name (lower case or capitalised).
_ROOM_WORDS = ("sala", "salle", "saal", "raum", "room", "aula", "salón", "salon", "boardroom", "besprechungsraum",
               "konferenzraum", "sitzungssaal", "sala riunioni", "sala de reuniones", "salle de réunion", "meeting room",
               "conference room")
_ROOM_BEFORE = re.compile(rf"(?<![^\W_])(?i:{'|'.join(_ROOM_WORDS)}) $")
# The same read backwards from the name, matched once at the start of the reversed window instead of
# searched at every character of it (a string matches one iff its reverse matches the other; "\n?"
# is the newline "$" may stand before). The words are shorter than the window, so the character the
# look-behind reads is inside it, or the window opens the text.
_ROOM_BEFORE_REVERSED = re.compile(rf"\n? (?i:{'|'.join(w[::-1] for w in _ROOM_WORDS)})(?![^\W_])")
# Nouns that follow a product's or system's name, not a person's: licences, add-ons, sync jobs,
# workflows, instances, dashboards, tenants, integrations, in en/de/fr/es/it.
_PRODUCT_AFTER = re.compile(
    r" (?:licen[cs]es?|licen[cs]ing|lizenz(?:en)?|licencias?|licenze?|add-?ons?|plug-?ins?|sync|"
    r"rollout|roll-out|instances?|instanz|instance|dashboards?|workspaces?|tenants?|cluster|integrations?|"
    r"integration|subscriptions?|abonnement|workflows?|connectors?|konnektor|api|sdk|"
    r"renewal|upgrade|outage|incident|migration|server|servers)(?![^\W_])",
    re.IGNORECASE,
)
# Words that end a product's edition or plan name ("Salesforce Business", "Office Professional Plus").
# ("Suite" is not among them: "Jane Roe Suite 5" is a name before an address.)
_EDITION_WORDS = frozenset(
    "business enterprise professional premium edition cloud essentials starter plus pro lite ultra mini".split()
)
# A heading line: text between two runs of rule characters ("---- Forwarded message ----").
_RULED_HEADING = re.compile(r"[ \t>]*[-=_*~]{3,}[ \t]*([^\n]*?)[ \t]*[-=_*~]{3,}[ \t]*")
# Words of greetings and closings in en/de/fr/es/it (lower case). A name finder reads "Guten Tag"
# or "Beste Grüße" as a name because the words are capitalised.
GREETING_WORDS = frozenset(
    "tag morgen abend grüße grüsse gruß gruss grüßen grüssen hallo moin servus grüezi tschüss "
    "regards greetings cheers "
    "bonjour bonsoir salut salutations cordialement amitiés "
    "hasta saludos buenos buenas días dias tardes noches hola adiós adios "
    "buongiorno buonasera ciao saluti cordiali distinti arrivederci".split()
)
# Adjectives of a closing that stand before the greeting word: "Beste Grüße", "Freundliche Grüße".
_CLOSING_ADJECTIVES = frozenset(
    "guten gute beste besten viele liebe lieben herzliche herzlichen freundliche freundlichen schöne "
    "sonnige kind best warm warmest cordiali distinti".split()
)
# A greeting word opening a farewell only with its complement: "Hasta mañana", "Hasta luego".
_FAREWELL_AFTER = re.compile(r" (?:mañana|luego|pronto|la vista|el lunes|el martes|entonces|ahora)(?![^\W_])")


# Heads that give a code name after them, and those after which a known name stays a person.
_CODENAME_BEFORE = re.compile(
    r"(?<![^\W_])(?P<head>Codename|Code name|Code-Name|Sprint|Operation|Release|Milestone|Epic|Team|Squad|Tribe|"
    r"Project|Projekt|Projet|Proyecto|Progetto)[ \t]*[:\-]?[ \t]*[\"'“„«]?$"
)
# A group with a number before its name: a school class or a nursery group ("Class 3 Willow",
# "Klasse 4b Füchse", "Gruppe 2 Sonnenblume", "Year 5 Oak"); people are not numbered so.
_GROUP_BEFORE = re.compile(
    r"(?<![^\W_])(?:Class|Form|Year|Group|Team|Klasse|Gruppe|Classe|Groupe|Clase|Grupo|Gruppo|Sezione)"
    r"[ \t]+[0-9]{1,2}[A-Za-z]?[ \t]+$"
)
# Machines and clusters named like gods or stars: "server Zeus", "cluster Aurora", "VM Orion". No
# colon between: "Server: Maria" on a restaurant bill labels a person.
_MACHINE_BEFORE = re.compile(
    r"(?<![^\W_])(?i:server|serveur|servidor|cluster|node|instance|vm|database|datenbank|rechner)[ \t]+[\"'“„«]?$"
)
_WEAK_HEADS = frozenset("Team Squad Tribe Project Projekt Projet Proyecto Progetto".split())


def after_codename_head(text: str, start: int, end: int, known_name: Callable[[str], bool]) -> bool:
    """'Codename "Marlowe"', "Sprint Falcon", "Team Phoenix": one word after a code name's head."""
    if " " in text[start:end]:
        return False
    window = max(0, start - 16)
    if _MACHINE_BEFORE.search(text, window, start) or _GROUP_BEFORE.search(text, window, start):
        return True
    head = _CODENAME_BEFORE.search(text, max(0, start - 16), start)
    if head is None:
        return False
    return head.group("head") not in _WEAK_HEADS or not known_name(text[start:end])


# A ship's or boat's name after its type's prefix or noun: "CTV Sea Fox", "MV Aurora", "the tug Anna
# Maria". "MS" and "MY" are left out: written so, they may be a title and a pronoun. The same words
# elsewhere in the text stay as they are (ships are named after people: "MV Grace Hopper").
_VESSEL_BEFORE = re.compile(
    r"(?<![\w/])(?:CTV|MV|M/V|RV|R/V|HMS|SS|FV|USS|USNS|RMS|HMCS|HMAS|HMNZS|SV|S/V|MT|M/T|[Vv]essel|[Tt]ug|"
    r"[Tt]ugboat|[Yy]acht|[Bb]arge|[Tt]rawler|[Tt]anker)[ \t]+$"
)


def names_a_vessel(text: str, start: int) -> bool:
    """Whether a finding opens right after a vessel's prefix ("CTV Sea Fox")."""
    return _VESSEL_BEFORE.search(text, max(0, start - 10), start) is not None


def in_room_name(text: str, start: int, end: int) -> bool:
    """"sala Garibaldi", "salle Jupiter": the word before the name is a room (or opens the span:
    "Raum Kepler" found as one)."""
    space = text.find(" ", start, end)
    head_end = space + 1 if space != -1 else start
    return _ROOM_BEFORE_REVERSED.match(text[max(0, head_end - 24) : head_end][::-1]) is not None


_NUMBERED = re.compile(r"\.[ \t]?[0-9]")


def abbreviation_before_number(text: str, start: int, end: int) -> bool:
    """One short word, a dot and a number right after it: "Art. 28", "Abs. 2"."""
    return end - start <= 4 and " " not in text[start:end] and _NUMBERED.match(text, end) is not None


def before_product_noun(text: str, end: int) -> bool:
    """"Tableau licences", "Prometheus sync error", "Zendesk add-on"."""
    return _PRODUCT_AFTER.match(text, end) is not None


def ends_on_edition(text: str, start: int, end: int) -> bool:
    """'"Salesforce Business"', "Jira Cloud": several words, the last an edition's."""
    words = text[start:end].split()
    return len(words) > 1 and words[-1].strip("\"'“”«».,").lower() in _EDITION_WORDS


def in_ruled_heading(text: str, start: int, end: int) -> bool:
    """"---------- Weitergeleitete Nachricht ----------": the span lies in a heading between rules."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end == -1 else line_end
    if "---" not in text[line_start:start] and "===" not in text[line_start:start] and "___" not in text[line_start:start]:
        return False
    match = _RULED_HEADING.fullmatch(text, line_start, line_end)
    return match is not None and match.start(1) <= start and end <= match.end(1)


def _greeting_word(word: str) -> bool:
    return word.lower().strip(".,;:!¡?¿") in GREETING_WORDS


def without_greeting(text: str, span: Span) -> Span | None:
    """The span less a greeting at its head ("Tag Frau Paulsen" -> "Frau Paulsen"); None when the
    whole span is a greeting or a closing ("Tag", "Beste Grüße", "Hasta" before "mañana")."""
    words = text[span.start : span.end].split(" ")
    cut = 0
    while cut < len(words) and (
        _greeting_word(words[cut]) or words[cut].lower() in _CLOSING_ADJECTIVES and cut + 1 < len(words)
        and _greeting_word(words[cut + 1])
    ):
        cut += 1
    if cut == 0:
        return span
    if words[0].lower() == "hasta" and _FAREWELL_AFTER.match(text, span.start + 5) is None and len(words) == 1:
        return span  # "Hasta" alone is a first name too; only "Hasta mañana" is a farewell
    if words[0].lower() == "tag" and not _after_greeting_adjective(text, span.start):
        return span
    if cut == len(words):
        return None
    offset = len(" ".join(words[:cut])) + 1
    return Span(span.start + offset, span.end, span.entity, span.score)


_GREETING_ADJECTIVE_BEFORE = re.compile(r"(?i:guten|gute|schönen|schoenen|einen) $")


def _after_greeting_adjective(text: str, start: int) -> bool:
    """"Guten Tag": "Tag" is a greeting after its adjective (and a noun anyway, never a name)."""
    return _GREETING_ADJECTIVE_BEFORE.search(text, max(0, start - 8), start) is not None
