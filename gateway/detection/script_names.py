"""Names in caseless scripts written with spaces between words: Arabic (Persian too), Hebrew, and
the Brahmic scripts of South and South-East Asia (Bengali, Devanagari, Gujarati, Odia, Tamil,
Sinhala, Thai).

The name finder (names.py) opens its runs on capitalised words; these scripts have no case, so a
name in them ("رمزي بن عامر", "דורון שמעוני", "আনিস রহমান", "अमित शर्मा", "சுதா") never reads as a
title-case run. Faker's lists for the locales written in them (ar_*, fa_IR, he_IL, bn_BD, hi_IN,
mr_IN, ne_NP, gu_IN, or_IN, ta_IN, si_LK, th_TH) give the first names and surnames, several of them
of more than one word ("عبد الرؤوف", "بن عامر", "محمد پور", "בן דוד"), and the titles written before
a name ("السيد", "جناب آقای", "श्रीमती", "นาย"), which join it. Diacritics (tashkeel) are ignored and
every word is compared folded, as the normalised view writes it (NFKC, combining marks and
zero-width joiners dropped: Bengali and Devanagari vowel signs, nukta and virama too). Found:

- a run of known names, at least one of them a first name ("سعد سهلي", "אגם בן דוד", "অমল চ্যাটার্জি"), and in text
  mostly in another script a known first name before one more word of its script;
- in text mostly in another script (a German signature, a French form), a known name alone
  ("Surname: פרנקל", "Bonjour فاطمة,"), as a lone Latin first name is found.

Not names: a bare list of surnames joined by a conjunction ("ניר, מזרחי and אטיאס"), a firm named
after its founders as firms.py reads Latin ones; a name after a company word ("مجمع مالكي") or
before a legal form of these scripts ("قرفي ش.م.", "... בע"מ").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import faker.providers.company as faker_company
import faker.providers.person as faker_person

from .faker_data import locale_providers
from .lookup_tables import lookup_table
from .normalize import fold

# Arabic letters (without its digits and punctuation) and tashkeel; Hebrew letters and the geresh
# that writes foreign sounds ("ג'נא", also typed as an apostrophe).
_ARABIC = "\u0620-\u064a\u064b-\u0652\u0670\u0671-\u06d3\u06fa-\u06ff"
_HEBREW = "\u05d0-\u05ea"
# Brahmic letters with their vowel signs, virama and nukta (combining marks a word is made of), the
# digits and the danda (full stop) left out: Bengali, Devanagari, Gujarati, Odia, Tamil, Sinhala, Thai.
_BENGALI = "\u0980-\u09e3\u09f0\u09f1"
_BRAHMIC = ("\u0900-\u0963\u0971-\u097f\u0a81-\u0ae3\u0b01-\u0b63\u0b71\u0b82-\u0bcd\u0bd7"
            "\u0d81-\u0df3\u0e01-\u0e3a\u0e40-\u0e4e")
_LETTERS = _ARABIC + _HEBREW + _BENGALI + _BRAHMIC
_ANY = re.compile(f"[{_LETTERS}]")
# (a letter must follow the apostrophe: in "כהן's song" it opens an English possessive)
_WORD = f"[{_LETTERS}]+(?:['\u05f3\u2019][{_LETTERS}]+)*"
# A hyphenated pair ("שולמן-חסון") is one token: a firm named after two families, as in Latin script.
_TOKEN = f"{_WORD}(?:-{_WORD})*"
# Tokens of these scripts separated by single spaces: one run may hold a name and its context.
_RUN = re.compile(f"{_TOKEN}(?: {_TOKEN})*")
_WORD_RE = re.compile(_TOKEN)
_TASHKEEL = re.compile("[\u064b-\u0652\u0670]")
_LETTER = re.compile(r"[^\W\d_]")
# "ניר, מזרחי and אטיאס", "X و Y": surnames joined as a firm's name.
_SURNAME_LIST = re.compile(
    rf"{_WORD}(?:, {_WORD})*,? (?:and|AND|&|und|et|y|e|og|en|و|ו|ও|এবং) {_WORD}")
# Words that open a firm's name ("شركة", "مجمع", "חברת"): the name after them is the firm's.
_COMPANY_WORDS = frozenset({"شركة", "مجمع", "مؤسسة", "مكتب", "مجموعة", "חברת", "קבוצת"})
# Legal forms these scripts write after a firm's name; Faker's ar_* company suffixes are added.
_HEBREW_LEGAL_FORMS = ('בע"מ', "בע״מ", 'בע"מ.')
_MAX_NAME_WORDS = 4  # the longest list entry ("الحجر بن الهنوء بن الأزد") is cut here
_KNOWN = ("first", "last")
_LOCALES = ("ar_", "fa_", "he_", "bn_", "hi_", "mr_", "ne_", "gu_", "or_", "ta_", "si_", "th_")
_PREFIX_LISTS = ("prefixes", "prefixes_male", "prefixes_female", "prefixes_unisex")
# The Hindi and Marathi honorific written onto a name ("शर्माजी"): the name is the word without it.
_GLUED_HONORIFIC = "जी"
_PAIR_SCORE = 0.85
_LONE_SCORE = 0.7


def _key(word: str) -> str:
    # The view the name finder reads is folded (normalize.fold: NFKC, combining marks dropped, so
    # Bengali "মুনতাকিম" reads "মনতাকিম" there): the lists are looked up folded alike.
    return fold(_TASHKEEL.sub("", word)).text.replace("\u05f3", "'").replace("\u2019", "'")


def _listed(provider: object, attrs: tuple[str, ...]) -> Iterator[str]:
    for attr in attrs:
        for name in getattr(provider, attr, None) or ():
            if isinstance(name, str) and _ANY.match(name) and len(name.split()) <= _MAX_NAME_WORDS:
                yield _key(name)


@lookup_table
def _names() -> tuple[frozenset[str], frozenset[str]]:
    """First names and surnames of Faker's locales written in these scripts, folded."""
    first: set[str] = set()
    last: set[str] = set()
    for locale, provider in locale_providers(faker_person):
        if locale.startswith(_LOCALES):
            first.update(_listed(provider, ("first_names",)))
            last.update(_listed(provider, ("last_names",)))
    return frozenset(first), frozenset(last)


@lookup_table
def _prefixes() -> frozenset[str]:
    """Titles Faker's locales write before a name in these scripts ("السيد", "جناب آقای", "श्री"), folded;
    one that is also a listed name is a name."""
    first, last = _names()
    found = set()
    for locale, provider in locale_providers(faker_person):
        if locale.startswith(_LOCALES):
            found.update(_listed(provider, _PREFIX_LISTS))
    return frozenset(found - first - last)


@lookup_table
def _legal_forms() -> tuple[str, ...]:
    forms = set(_HEBREW_LEGAL_FORMS)
    for locale, provider in locale_providers(faker_company):
        if locale.startswith(_LOCALES):
            forms.update(s for s in getattr(provider, "company_suffixes", ()) if isinstance(s, str) and _ANY.search(s))
    return tuple(sorted(forms, key=len, reverse=True))


def _chunks(words: list[tuple[int, int, str]], first: frozenset[str], last: frozenset[str],
            titles: frozenset[str]) -> list[tuple[int, int, str]]:
    """(start, end, kind) per chunk of a run: the longest known name or title at each word ('first',
    'last' or 'title', first winning when a name is both) or one unknown word ('word', or '' when
    hyphenated or a single letter: no surname)."""
    chunks = []
    i = 0
    while i < len(words):
        for k in range(min(_MAX_NAME_WORDS, len(words) - i), 0, -1):
            name = " ".join(w for _, _, w in words[i : i + k])
            if name.endswith(_GLUED_HONORIFIC) and name not in first and name not in last:
                name = name[: -len(_GLUED_HONORIFIC)] or name
            if "-" not in name and (name in first or name in last or name in titles):
                kind = "first" if name in first else "last" if name in last else "title"
                chunks.append((words[i][0], words[i + k - 1][1], kind))
                i += k
                break
        else:
            word = words[i][2]
            chunks.append((words[i][0], words[i][1], "word" if "-" not in word and len(word) > 1 else ""))
            i += 1
    return chunks


def _firm_context(text: str, words: list[tuple[int, int, str]], end: int) -> bool:
    """A company word opens the run, or a legal form follows a word of it or the run ("مالك ش.ذ.م.م":
    the form's first letter joins the run)."""
    if words[0][2] in _COMPANY_WORDS:
        return True
    forms = _legal_forms()
    return any(text.startswith(forms, start) for start, _, _ in words[1:]) or text[end : end + 12].lstrip(
        " ").startswith(forms)


def _in_surname_list(start: int, lists: list[tuple[int, int, bool]]) -> bool:
    return any(a <= start < b and not has_first for a, b, has_first in lists)


def find_script_names(text: str) -> Iterator[tuple[int, int, float]]:
    """(start, end, score) of each name in one of these scripts in `text`."""
    if text.isascii() or _ANY.search(text) is None:  # isascii costs nothing: no scan of ASCII text
        return
    first, last = _names()
    runs = list(_RUN.finditer(text))
    script_letters = sum(len(_ANY.findall(m.group())) for m in runs)
    lone_ok = script_letters * 2 <= len(_LETTER.findall(text))
    lists = []
    if "," in text or " " in text:
        for m in _SURNAME_LIST.finditer(text):
            items = [_key(w.group()) for w in _WORD_RE.finditer(m.group())]
            lists.append((m.start(), m.end(), any(w in first and w not in last for w in items)))
    for run in runs:
        words = [(m.start() + run.start(), m.end() + run.start(), _key(m.group()))
                 for m in _WORD_RE.finditer(run.group())]
        if _firm_context(text, words, run.end()):
            continue
        yield from _names_in_run(_chunks(words, first, last, _prefixes()), lone_ok, lists)


def _names_in_run(chunks: list[tuple[int, int, str]], lone_ok: bool,
                  lists: list[tuple[int, int, bool]]) -> Iterator[tuple[int, int, float]]:
    i = 0
    title: int | None = None  # start of a title right before this chunk ("السيد", "श्रीमती")
    while i < len(chunks):
        kind = chunks[i][2]
        if kind == "title":
            title = chunks[i][0] if title is None else title
            i += 1
            continue
        if kind not in _KNOWN:
            if title is not None and kind == "word":
                yield title, chunks[i][1], _LONE_SCORE  # a title before a name not listed
            title = None
            i += 1
            continue
        j = i
        while j + 1 < len(chunks) and chunks[j + 1][2] in _KNOWN:
            j += 1
        kinds = [c[2] for c in chunks[i : j + 1]]
        start, end = chunks[i][0] if title is None else title, chunks[j][1]
        surname_next = j + 1 < len(chunks) and chunks[j + 1][2] == "word"
        if j > i and "first" in kinds:
            yield start, end, _PAIR_SCORE  # "سعد سهلي", "אגם בן דוד"
        elif (lone_ok or title is not None) and kinds[-1] == "first" and surname_next:
            yield start, chunks[j + 1][1], _LONE_SCORE  # a known first name before a surname not listed
            j += 1
        elif title is not None:
            yield start, end, _PAIR_SCORE  # "श्री शर्मा": a title before a listed name
        elif lone_ok and not _in_surname_list(start, lists):
            yield start, end, _LONE_SCORE
        title = None
        i = j + 1


def load() -> None:
    """Read the name, title and legal-form lists now (the registry calls this at start-up, so that
    no request pays for them)."""
    _names()
    _prefixes()
    _legal_forms()
