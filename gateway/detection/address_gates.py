"""Exact prechecks of the street-address patterns (addresses.py): a cheap look at the text that
proves a pattern cannot match, so that ordinary prose skips it.

Each address pattern opens on a lookbehind, so Python's re tries it at every character; on a KB
of prose that costs 25-150 us a pattern even though nothing matches. But every pattern needs a
word from a short list (a street prefix, a suffix, a street-type word) or a word right before a
house number, and those are cheap to look for: the text's words are found once per view and
looked up in sets, and the words before the digit runs come from the view's digit runs.

Every check is a necessary condition of its pattern (derived in the comments), never a
heuristic: a text the check turns away has no match, so the spans found are the same.
"""

from __future__ import annotations

import re
from itertools import product
from operator import itemgetter
from collections.abc import Callable, Iterable

from .normalize import TextView, view_fact
from .national_town_lines import ID_TYPE_WORDS
from .numbers import all_digit_runs
from .postal_lines import BOX_LEADING_WORDS

# The box pattern's words, each a whole word run where it matches: "Box" stands between spaces
# ("P.O. Box 12", "PSC 1234, Box 5678"), the others open the match and a space follows them.
_BOX_WORDS = frozenset({"Box", "USNS", "USNV", "USS", "USCGC", "APO", "FPO", "DPO"})

# A bare class first (not "\w+"): re then skips non-word characters in C.
_WORD_RUN = re.compile(r"\w\w*")
_LEADING_WORD = re.compile(r"\w+")
_ALL_BUT_LAST = itemgetter(slice(None, -1))  # word[:-1], applied in C by map()
# ASCII text: every byte that is not a word character ([A-Za-z0-9_]) becomes a space.
_ASCII_WORD_BYTES = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_")
_NON_WORD_TO_SPACE = bytes(c if c in _ASCII_WORD_BYTES else 32 for c in range(256))


def _word_runs(text: str) -> frozenset[str]:
    if text.isascii():  # the same runs, by a translate and a split in C (a third of the regex's time)
        return frozenset(text.encode("ascii").translate(_NON_WORD_TO_SPACE).decode("ascii").split())
    return frozenset(_WORD_RUN.findall(text))


def word_runs(view: TextView) -> frozenset[str]:
    """The maximal runs of word characters (\\w) in the view, found once per view."""
    return view_fact(view, _word_runs)


def _reversed(text: str) -> str:
    return text[::-1]


def _case_variants(word: str) -> frozenset[str]:
    """Every spelling of an ASCII word in any case ("via" -> "via", "Via", "vIa", ..., "VIA")."""
    return frozenset(map("".join, product(*({c, c.upper()} for c in word))))


def _leading_words(phrases: Iterable[str]) -> frozenset[str] | None:
    """The first word-character run of each phrase ("av." -> "av", "c/" -> "c"); None when a phrase
    does not open on a word character (then no word of the text stands for it, and no gate holds).

    Where a listed phrase matches, it starts after a non-word character (the patterns' lookbehinds,
    or a space) and is followed by a non-word character, so the text's word run starting there is
    exactly the phrase's leading run."""
    words = set()
    for phrase in phrases:
        match = _LEADING_WORD.match(phrase)
        if match is None:
            return None
        words.add(match.group())
    return frozenset(words)


def _rests(phrases: Iterable[str], key: Callable[[str], str]) -> dict[str, frozenset[str]]:
    """Leading word (under `key`) -> the phrases' rests after it ("av", "av." -> {"", "."})."""
    rests: dict[str, set[str]] = {}
    for phrase in phrases:
        match = _LEADING_WORD.match(phrase)
        if match is not None:
            rests.setdefault(key(match.group()), set()).add(phrase[match.end() :])
    return {word: frozenset(r) for word, r in rests.items()}


class AddressGates:
    """Which address patterns can match a view; built once with the finder's word lists."""

    def __init__(self, suffixes: Iterable[str], prefixes: Iterable[str], locale_prefixes: Iterable[str],
                 spaced_endings: Iterable[str], lower_types: Iterable[str], endings: Iterable[str],
                 upper: str) -> None:
        self._suffixes = _leading_words(suffixes)
        prefixes, locale_prefixes = tuple(prefixes), tuple(locale_prefixes)
        curated = _leading_words(prefixes)
        self._prefixes_lower = None if curated is None else frozenset(w.lower() for w in curated)
        # What follows a prefix's leading word in the prefix ("av." -> "."), by leading word.
        self._prefix_rests = _rests(prefixes, str.lower)
        if any(c.isalpha() for rests in self._prefix_rests.values() for rest in rests for c in rest):
            self._prefixes_lower = None  # a rest in any case ("de la"?): no gate, the pattern decides
        self._locale_rests = _rests(locale_prefixes, str)
        # The curated prefixes match in any case (re.IGNORECASE): their leading words, for non-ASCII words.
        self._prefix_word = None if curated is None else re.compile(
            "|".join(re.escape(w) for w in sorted(curated, key=len, reverse=True)), re.IGNORECASE
        )
        # Every ASCII spelling of the ASCII leading words (~3000): on ASCII text a word lower-cases
        # to one exactly when it is one of them, found by one set lookup instead of a lower() a word.
        self._prefix_spellings = None if self._prefixes_lower is None else frozenset().union(
            *(_case_variants(w) for w in self._prefixes_lower if w.isascii()))
        self._locale_prefixes = _leading_words(locale_prefixes)
        self._spaced_endings = _leading_words(spaced_endings)
        self._lower_types = _leading_words(lower_types)
        # The ending is looked for in the word's last letters, lower-cased ("str." ends in "str").
        self._endings = tuple(e.rstrip(".") for e in endings)
        self._longest_ending = max(map(len, self._endings))
        # The endings by their last two characters (str.endswith of all ~120 at every digit run was
        # most of this gate's cost); the shorter ones are tried at every run.
        self._endings_by_tail: dict[str, tuple[str, ...]] = {}
        for ending in self._endings:
            if len(ending) >= 2:
                self._endings_by_tail[ending[-2:]] = (*self._endings_by_tail.get(ending[-2:], ()), ending)
        self._short_endings = tuple(e for e in self._endings if len(e) < 2)
        self._ending_lasts = frozenset(e[-1] for e in self._endings if e)
        # numbered_suffix: the words right before the suffix, read backwards on the reversed text
        # from the space before it: a capitalised word ("Midway ", [A-Z][letters]['-letters]*.?)
        # or an ordinal ("42nd "), each spelled backwards.
        self._name_before_suffix = re.compile(
            rf" (?:\.?(?:[^\W\d_]+['’\-])*[^\W\d_]*[{upper}]|(?:ts|dn|dr|ht)[0-9])"
        )
        # numbered_suffix: the word run right after a space, when it opens on a suffix's first
        # character (all capitals: prose has few such runs, against every word of the text).
        self._run_after_space = None if self._suffixes is None else re.compile(
            rf" ([{re.escape(''.join(sorted({w[0] for w in self._suffixes})))}]\w*)")
        # word_number, backwards from the space before a house number: "Kuuse 53" reversed is
        # "35 esuuK": the space, an optional dot, word characters and a capital among them.
        self._cap_word_before = re.compile(rf" \.?[\w'’\-]*[{upper}]")

    def ending(self, view: TextView) -> bool:
        """"Musterstraße 12": a word ending like a street (checked on the word, in any case) right
        before a digit run, with at most a dot and a space between. A word ends in an ending only
        if the text's last characters before the dot and space, lower-cased, do."""
        text = view.text
        by_tail, short = self._endings_by_tail, self._short_endings
        # ASCII text lower-cases character by character: a run whose character before (the dot and
        # space aside) ends no ending in lower case is passed over without the slice and the lookup.
        lasts = self._ending_lasts if text.isascii() and not short else None
        for start, _ in all_digit_runs(view):
            end = start - 1 if text.startswith(" ", start - 1) else start
            end = end - 1 if text.startswith(".", end - 1) else end
            if lasts is not None and text[end - 1 : end].lower() not in lasts:
                continue
            last = text[max(0, end - self._longest_ending) : end].lower()
            # (an ending of two or more characters ends the same two characters as the text)
            if last.endswith(by_tail.get(last[-2:], ())) or short and last.endswith(short):
                return True
        return False

    def spaced_ending(self, view: TextView) -> bool:
        """"Berliner Allee 3": the long ending stands between spaces, as a word of its own."""
        return self._spaced_endings is None or not self._spaced_endings.isdisjoint(word_runs(view))

    def lower_typed(self, view: TextView) -> bool:
        """"Bécsi utca 53.": the street-type word stands after a space and before one."""
        return self._lower_types is None or not self._lower_types.isdisjoint(word_runs(view))

    def numbered_suffix(self, view: TextView) -> bool:
        """"4147 Midway Road": the suffix follows a space and may be followed by one more word
        character at most (the pattern's (?![\\w.]\\w) lets "Roads" through as "Road")."""
        if self._suffixes is None or self._run_after_space is None:
            return True
        # The pattern puts "(?:<capitalised word>|<ordinal>) " right before the suffix, so one of the
        # suffix's places must have one ("damaged. Reach them" has none: the scan of every
        # character is skipped). A suffix word stands whole ("Road") or with one more character
        # ("Roads") right after that space: the word runs after a space that open on a suffix's
        # first character are found by one scan, and looked up whole and trimmed. Each place
        # " <suffix word>" is found with str.find (its word may run on), and the word before it is
        # read backwards on the reversed text.
        text = view.text
        runs = self._run_after_space.findall(text)
        if not runs:
            return False
        named = self._suffixes.intersection(runs).union(self._suffixes.intersection(map(_ALL_BUT_LAST, runs)))
        return bool(named) and self._named_before_one_of(text, view_fact(view, _reversed), named)

    def _named_before_one_of(self, text: str, backwards: str, suffixes: Iterable[str]) -> bool:
        """Whether a capitalised word or an ordinal and a space stand before one of the suffixes
        somewhere in the text (`backwards`: the text reversed)."""
        last = len(text) - 1
        for word in suffixes:
            at = text.find(" " + word)
            while at != -1:
                if self._name_before_suffix.match(backwards, last - at):
                    return True
                at = text.find(" " + word, at + 1)
        return False

    def prefixed(self, view: TextView) -> bool:
        """"Via Pasquale Scura 127", "ul. Chrzanowska 61": a street prefix, then a space."""
        if self._prefixes_lower is None or self._prefix_word is None or self._locale_prefixes is None:
            return True
        text = view.text
        words = word_runs(view)
        # A locale prefix is written exactly; with the rest of the prefix and a space after it.
        for word in self._locale_prefixes.intersection(words):
            if any(word + rest + " " in text for rest in self._locale_rests[word]):
                return True
        # A curated prefix in any case: an ASCII word matches one exactly when its lower case is one,
        # and then the lower-cased text holds it, its rest (no letters, checked when built) and a space.
        # On ASCII text the words that lower-case to one are its ASCII spellings.
        lower_text = text.lower()
        ascii_text = text.isascii() and self._prefix_spellings is not None
        for word in (map(str.lower, self._prefix_spellings.intersection(words)) if ascii_text
                     else self._prefixes_lower.intersection(map(str.lower, words))):
            if any(word + rest + " " in lower_text for rest in self._prefix_rests[word]):
                return True
        # Any other word is asked of re itself, with the pattern's flag.
        return not text.isascii() and any(not w.isascii() and self._prefix_word.fullmatch(w) for w in words)

    def word_number(self, view: TextView) -> bool:
        """"Kuuse 53": a capitalised word, a space and a digit. The digit opens a digit run (a space
        stands before it), so only the runs after a space are looked at, backwards from the space."""
        text = view.text
        for start, _ in all_digit_runs(view):
            # (text[start - 1] is the reversed text's character at len(text) - start)
            if text[start - 1 : start] == " " and self._cap_word_before.match(view_fact(view, _reversed),
                                                                            len(text) - start):
                return True
        return False

    @staticmethod
    def town_country(view: TextView) -> bool:
        """"..., 9485 kolind, denmark": the town line's postcode opens on a digit run after ", " (or
        after ", τκ "), so a space stands before the run."""
        text = view.text
        return ", " in text and any(text[start - 1 : start] == " " for start, _ in all_digit_runs(view))

    @staticmethod
    def box(view: TextView) -> bool:
        """"P.O. Box 12", "PSC 1234, Box 5678", "USNS Bowditch", "APO AE 09012": one of the words
        stands as a word run of its own."""
        return not _BOX_WORDS.isdisjoint(word_runs(view))

    @staticmethod
    def indonesian(view: TextView) -> bool:
        """"Jl. Merdeka No. 12": the street type stands as a word run of its own."""
        return not ID_TYPE_WORDS.isdisjoint(word_runs(view))

    @staticmethod
    def po_box(view: TextView) -> bool:
        """"Private Bag 12", "Postbus 855", "Apartado de Correos 6": a box word opens the line's word run."""
        return not BOX_LEADING_WORDS.isdisjoint(word_runs(view))
