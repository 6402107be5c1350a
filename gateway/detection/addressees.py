"""The addressee of a postal block: the line of capitalised words right above a found street address.

"Tamao Fukasawa\\n\\n34770 P.O. Box 171\\n Suite 302\\n Ikerasassuaq", "Please ship to:\\nNoor Halvorsen\\n12
Harbour Road\\nLeeds LS1 4AB": the name finder (names.py) needs a known word, a cue or a label, and a
name the gazetteers lack stands alone on its line here. The place itself is the cue: the line above a
street address (one blank line between them allowed, and a quoting prefix such as "> " or "}} " on
both) names who or what receives the post. It is read as a person's name when it has two to four
capitalised words (particles such as "van" between them) and no digit; none of them an organisation
word, a legal form, glued or not ("Vargas and Sons Ltd", "NAGANO KEIKI CO.LTD."), a trade word ("Fund",
"Energy") or a street word; and one of them a name the gazetteers know, or else none of them a word of
the language ("Accounts Payable") or in capitals (a firm as often as a person). The line under a
street's own line is its town, not its addressee. On a business address the firm's line stands
between ("Noor Halvorsen\nHalvorsen Shipping Ltd\n12 Harbour Road"): above a line that reads as a
firm's, the line above it is read the same way. Lines the firm filters know are dropped after
(stages.py).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .gazetteer import is_common_word, is_english_word, load_gazetteer
from .legal_forms import is_legal_form, is_organisation_word
from .name_cues import PARTICLES
from .street_words import is_street_word
from .types import Span

ADDRESSEE_SCORE = 0.8
# What quotes or frames a line ("> ", "}} ", "| ", "* "), on the address's line and the name's alike.
_FRAME = " \t>}|?*#-"
_PREFIX = re.compile(f"[{re.escape(_FRAME)}]*")
# Capitalised words of letters (a dot for initials, hyphens and apostrophes inside), particles between.
_NAME_WORD = re.compile(r"[^\W\d_][^\W\d_'’.-]*(?:[-'’][^\W\d_]+)*\.?")
# The pieces of a glued legal form ("CO.LTD.", "HoldingsInc.", "KAISHALTD."): each read on its own.
_PIECES = re.compile(r"[A-Z]?[a-z]+\.?|[A-Z]+\.?")
# Words that name a business on an address line, beyond legal_forms.py's legal forms and organisation
# words (which hold "Trust", "Bank", "Industries", "Engineering", "Pharma" already).
_TRADE_WORDS = frozenset("fund industry energy mining foods chemical construction capital kaisha k.k.".split())


def _line_above(text: str, start: int) -> tuple[int, int] | None:
    """[start, end) of the line above the one `start` opens (one blank line skipped); None when there
    is none or the address does not open its line."""
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip(_FRAME):
        return None
    end = line_start - 1
    for _ in range(2):
        if end < 0:
            return None
        begin = text.rfind("\n", 0, end) + 1
        if text[begin:end].strip(_FRAME):
            return begin, end
        end = begin - 1
    return None


def _business_word(word: str) -> bool:
    lower = word.lower()
    if is_organisation_word(word) or is_organisation_word(word.capitalize()) or is_legal_form(lower):
        return True
    if lower.rstrip(".") in _TRADE_WORDS or lower in _TRADE_WORDS:
        return True
    pieces = _PIECES.findall(word)
    return len(pieces) > 1 and any(_business_word(p) for p in pieces)


def _reads_as_name(words: list[str]) -> bool:
    named = [w for w in words if w not in PARTICLES]
    if not 2 <= len(named) <= 4 or not words[0][:1].isupper():
        return False
    if any(not _NAME_WORD.fullmatch(w) or not w[:1].isupper() for w in named):
        return False
    if any(_business_word(w) or is_street_word(w) for w in named):
        return False
    gazetteer = load_gazetteer()
    if any(w.title() in gazetteer.first_names or w.title() in gazetteer.last_names for w in named):
        return True
    # No known name: capitals are a firm as often as a person, and a word of the language makes a
    # department or a building ("Accounts Payable"); unknown words in title case make a name.
    return not any(w.isupper() or is_english_word(w) or is_common_word(w) for w in named)


def _address_ends_on(spans: Sequence[Span], line_end: int) -> bool:
    """Whether the line ending at `line_end` (its newline; -1 for none) closes inside a street address."""
    return line_end > 0 and any(s.entity == "STREET_ADDRESS" and s.start < line_end <= s.end for s in spans)


def addressees(text: str, spans: Sequence[Span]) -> list[Span]:
    """PERSON spans for the name lines above the STREET_ADDRESS spans of `spans` (sorted, disjoint)."""
    found: list[Span] = []
    taken = [(s.start, s.end) for s in spans]
    for span in spans:
        if span.entity != "STREET_ADDRESS":
            continue
        line = _line_above(text, span.start)
        if line is None:
            continue
        begin, end = line
        begin = _PREFIX.match(text, begin, end).end()  # type: ignore[union-attr]
        value = text[begin:end].rstrip(" \t,")
        stop = begin + len(value)
        if not value or any(a < stop and begin < b for a, b in taken):
            continue
        if _address_ends_on(spans, text.rfind("\n", 0, begin)):
            continue  # the line under a street's own line is its town, not its addressee
        if _reads_as_name(value.split()):
            found.append(Span(begin, stop, "PERSON", ADDRESSEE_SCORE))
        elif _reads_as_firm(value.split()):
            person = _name_above_firm(text, begin, taken)
            if person is not None:
                found.append(person)
    return found


def _reads_as_firm(words: list[str]) -> bool:
    return any(_business_word(w.strip(",")) for w in words)


def _name_above_firm(text: str, firm_begin: int, taken: list[tuple[int, int]]) -> Span | None:
    """The person's line right above a firm's line on a business address ("Noor Halvorsen\nHalvorsen
    Shipping Ltd\n12 Harbour Road"): no blank line between them, the same reading as above."""
    line_start = text.rfind("\n", 0, firm_begin) + 1
    if line_start == 0:
        return None
    begin = text.rfind("\n", 0, line_start - 1) + 1
    begin = _PREFIX.match(text, begin, line_start - 1).end()  # type: ignore[union-attr]
    value = text[begin : line_start - 1].rstrip(" \t,")
    stop = begin + len(value)
    if not value or any(a < stop and begin < b for a, b in taken) or not _reads_as_name(value.split()):
        return None
    return Span(begin, stop, "PERSON", ADDRESSEE_SCORE)
