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
from operator import itemgetter
from collections.abc import Callable, Iterable

from .normalize import TextView, view_fact
from .numbers import all_digit_runs
from .postal_lines import BOX_LEADING_WORDS

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
        # word_number: a capitalised word, a space, then the house number's first digit.
        self._cap_word_number = re.compile(rf"[{upper}][\w'’\-]*\.? [0-9]")
        # numbered_suffix: the words right before the suffix, read backwards on the reversed text
        # from the space before it: a capitalised word ("Midway ", [A-Z][letters]['-letters]*.?)
        # or an ordinal ("42nd "), each spelled backwards.
        self._name_before_suffix = re.compile(
            rf" (?:\.?(?:[^\W\d_]+['’\-])*[^\W\d_]*[{upper}]|(?:ts|dn|dr|ht)[0-9])"
        )

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
        if self._suffixes is None:
            return True
        words = word_runs(view)
        # The pattern puts "(?:<capitalised word>|<ordinal>) " right before the suffix, so one of the
        # suffix's places must have one ("damaged. Reach them" has none: the scan of every
        # character is skipped). A suffix word stands whole ("Road") or with one more character
        # ("Roads"); the whole ones are tried first, and the trimmed words (a pass over every word)
        # only when those fail. Each place " <suffix word>" is found with str.find (its word may
        # run on), and the word before it is read backwards on the reversed text.
        text = view.text
        backwards: list[str] = []
        if not self._suffixes.isdisjoint(words) and self._named_before_one_of(
                text, backwards, self._suffixes.intersection(words)):
            return True
        if self._suffixes.isdisjoint(map(_ALL_BUT_LAST, words)):
            return False
        return self._named_before_one_of(text, backwards, self._suffixes.intersection(map(_ALL_BUT_LAST, words)))

    def _named_before_one_of(self, text: str, backwards: list[str], suffixes: Iterable[str]) -> bool:
        """Whether a capitalised word or an ordinal and a space stand before one of the suffixes
        somewhere in the text (`backwards` holds the reversed text once it is made)."""
        last = len(text) - 1
        for word in suffixes:
            at = text.find(" " + word)
            while at != -1:
                if not backwards:
                    backwards.append(text[::-1])
                if self._name_before_suffix.match(backwards[0], last - at):
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
        lower_text = text.lower()
        for word in self._prefixes_lower.intersection(map(str.lower, words)):
            if any(word + rest + " " in lower_text for rest in self._prefix_rests[word]):
                return True
        # Any other word is asked of re itself, with the pattern's flag.
        return not text.isascii() and any(not w.isascii() and self._prefix_word.fullmatch(w) for w in words)

    def word_number(self, view: TextView) -> bool:
        """"Kuuse 53": a capitalised word, a space and a digit (this scan stops only at capitals)."""
        return self._cap_word_number.search(view.text) is not None

    @staticmethod
    def box(view: TextView) -> bool:
        """"P.O. Box 12", "PSC 1234, Box 5678", "USNS Bowditch", "APO AE 09012"."""
        text = view.text
        return "Box" in text or "US" in text or "PO " in text

    @staticmethod
    def po_box(view: TextView) -> bool:
        """"Private Bag 12", "Postbus 855", "Apartado de Correos 6": a box word opens the line's word run."""
        return not BOX_LEADING_WORDS.isdisjoint(word_runs(view))
