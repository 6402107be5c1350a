"""Company names: "Pacheco Ltd", "Niemeier KGaA", "Grupo Coronado S.L.", "Suministros Bárcena".

A name-like finding that carries a legal form or an organisation word, or stands right before or after
one on its line, names a company, and so does a surname followed by what the firm does ("Walker
Auctioneers", "Barrett Estate Vineyard"); a surname inside it identifies the company, not a person
(not_persons.py drops such PERSON findings; firms.py and the NER recognizer share the separator).
"""

from __future__ import annotations

import re

from .english_lexicon import is_english_word
from .gazetteer import load_gazetteer
from .legal_forms import COMPANY_PREFIXES, ORGANISATION_WORDS, PARTNER_WORDS, is_legal_form, is_organisation_word
from .name_connectors import NAME_CONNECTOR_WORDS

_WORD = re.compile(r"[\w./&]+")
# Separators between the parts of a signature line ("Jane Roe | Acme AB", "Jane Roe - Sales").
SEPARATOR = re.compile(r"[ \t]+(?:[|•·–—]|-)[ \t]+")
# One more name joined by a space or a connector, then a word: " & Johansson AB", " Nilsson HB",
# " i Synowie Sp.", " Harrison Partners". Its connectors are not name_connectors.py's: Czech and
# Slovak "a" ("Novák a syn") is safe only here, where a name and an organisation word must follow
# (in name_connectors.py's lists "Book a Table" would read as names); "και" is left out, a Latin
# capital must follow it here.
_JOINED_NAME = re.compile(r" (?:(?:&|and|und|y|et|e|och|og|i|a|és|ja|en) )?([A-ZÀ-Þ][^\W\d_]+) ([\w./]+)")


# A run of _WORD's characters after what is not one, matched on a reversed text: the last word before a place.
_LAST_WORD = re.compile(r"[^\w./&]*([\w./&]+)")


def _line_words(text: str, start: int, end: int) -> list[str]:
    return _WORD.findall(text[start:end])


_REACH = 48  # characters looked at on each side of a finding (never the whole of a long line)


def is_company_name(text: str, start: int, end: int) -> bool:
    """Whether a name-like span is (part of) a company name on its line."""
    opener, _, rest = text[start:end].partition(" ")
    if rest and opener in COMPANY_PREFIXES:
        return True  # "Perum Fujiati Kurniawan": a company prefix opens it
    line_end = text.find("\n", end, end + _REACH)
    line_end = line_end if line_end != -1 else min(len(text), end + _REACH)
    if _followed_by_organisation_word(text, start, end, line_end):
        # "Alicia Rademaker | Westlund AB": a separator ends the name's part of the line (looked
        # for only here: cutting the line can only turn a yes into a no).
        separator = SEPARATOR.search(text, end, line_end)
        if separator is None or _followed_by_organisation_word(text, start, end, separator.start()):
            return True
    line_start = max(text.rfind("\n", max(0, start - _REACH), start) + 1, start - _REACH)
    # The last word before the span: read backwards from it, not every word of the line up to it.
    last = _LAST_WORD.match(text[line_start:start][::-1])
    if last is None:
        return False
    word, word_end = last.group(1)[::-1], start - last.start(1)
    if not word[:1].isupper() or (word.lower() not in ORGANISATION_WORDS and word not in COMPANY_PREFIXES):
        return False
    # "Jane Roe (Example & Cie.), Kim Poe": a closing bracket ends the firm's name before the span.
    return SEPARATOR.search(text, word_end, start) is None and ")" not in text[word_end:start]


def _followed_by_organisation_word(text: str, start: int, end: int, line_end: int) -> bool:
    # Words of the span, the last one completed to the end of its token ("S." of "S.L."): words are
    # whole runs of _WORD's characters, so only a last word the span's end cuts goes on past it.
    completed = _line_words(text, start, end)
    rest = _WORD.match(text, end, line_end) if completed and _WORD.match(text, end - 1) else None
    if rest is not None:
        completed[-1] += rest.group()
    return any(is_organisation_word(w) for w in completed) or _closed_by_organisation_word(text, end, line_end)


def _closed_by_organisation_word(text: str, end: int, line_end: int) -> bool:
    """"Pacheco Ltd", "Ruiz, S.A.", "Mohamed & Johansson AB", "Karlsson Nilsson HB": the name is
    followed by an organisation word, or by one more name (after a connector) and an organisation word.
    After a comma only a legal form counts ("Jane Roe, Group CFO" is a person and her title)."""
    rest = text[end:line_end]
    after = _line_words(text, end, line_end)[:4]
    if not after:
        return False
    if rest.lstrip(" ").startswith(","):
        return is_legal_form(after[0])
    if rest.lstrip(" ").startswith("("):
        return False  # "Troy Martin (Departamento Legal)": the person's department, set aside
    if rest.startswith(")"):
        return False  # "Staff (Christopher): Brewery taproom, ...": the closing bracket ends the name
    words = after[1:] if after[0] in NAME_CONNECTOR_WORDS else after
    if after[0] in NAME_CONNECTOR_WORDS and len(after) > 1 and after[1].lower() in PARTNER_WORDS:
        return True  # "Gualtieri e figli", "Bravo y asociados S.L.", "Horváth és társa Bt."
    if len(after) >= 3 and after[1] in NAME_CONNECTOR_WORDS and is_organisation_word(after[2].rstrip(".")):
        return True  # "Normand Legendre et Fils", "Rossi Bianchi e Figli"
    if words and (is_organisation_word(words[0]) or words[0][-1] == "." and is_organisation_word(words[0][:-1])):  # "Pacheco Ltd", "Smith & Sons."
        return True
    joined = _JOINED_NAME.match(rest)
    return joined is not None and is_organisation_word(joined.group(2))


_NAME_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")


def is_trade_name(text: str, start: int, end: int) -> bool:
    """A founder's name and then only English words that no name list knows, two of them or one
    naming the trade's people: "Barrett Estate Vineyard", "Neal Grooming Parlour", "Walker
    Auctioneers", "Halpen Pawnbrokers". A person's name holds no such words (a name finder that took
    them in went too far: they name the trade of a firm called after its founder). One other word is
    not enough: "Grace Hopper", "Rose Lake", "Jildau Bouts" are names whose second word is a word
    too. The founder's word is a name or a word no English word list holds; words in capitals are
    looked up as names are written ("NATASHA MORALES")."""
    words = _NAME_WORD.findall(text, start, end)
    if len(words) < 2 or not words[0][:1].isupper():
        return False
    g = load_gazetteer()
    known = (g.first_names, g.last_names, g.ambiguous_first_names)
    founder, trade = words[0], words[1:]
    for part in founder.replace("’", "-").replace("'", "-").split("-"):
        if part and not any(part in names or part.capitalize() in names for names in known) and is_english_word(part):
            return False
    if not all(w[:1].isupper() and len(w) > 2 and is_english_word(w)
               and not any(w in names or w.capitalize() in names for names in known) for w in trade):
        return False
    return len(trade) >= 2 or _people_of_a_trade(trade[0])


# The plural of an agent noun: "Auctioneers", "Tutors", "Dentists", "Opticians", "Valuers".
_AGENT_PLURAL = re.compile(r"(?i)[^\W\d_]{3,}(?:ers|ors|ists|ians|eers)")


def _people_of_a_trade(word: str) -> bool:
    return _AGENT_PLURAL.fullmatch(word) is not None and is_english_word(word[:-1])
