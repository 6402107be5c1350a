"""Names in Chinese, Japanese and Korean characters, written with no capitals and often no space.

A Chinese or Korean name is its family name glued to its given name ("王伟", "김영희"); a Japanese one
is usually written family name, space, given name ("木村 陽一"). Neither has a capital to open a
name run (names.py), and Chinese and Japanese prose has no spaces to cut words by either, so a name
is read only where its characters stand alone: a run of these scripts bounded by other text (a
Latin sentence, punctuation, a space in Korean prose, which spaces its words), that is exactly a
listed family name followed by a listed given name (Faker's zh_CN, zh_TW, ja_JP and ko_KR lists),
glued or with one space; in text mostly in another script, a listed given name or family-plus-given
run alone too ("Please call 陽一", "Dear 민준,"). A character of a name inside a longer run of
prose ("王" in "王国") is never read: the run is not a name.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import faker.providers.person as faker_person

from .faker_data import locale_providers
from .lookup_tables import lookup_table

# Han (unified and extension A, and the iteration mark of "佐々木"), kana, Hangul syllables.
_LETTERS = "\u3005\u3400-\u4dbf\u4e00-\u9fff\u3041-\u3096\u30a1-\u30fa\u30fc\uac00-\ud7a3"
_ANY = re.compile(f"[{_LETTERS}]")
# One run, or two runs apart by one space (a Japanese family and given name), bounded by other text.
_RUN = re.compile(f"(?<![{_LETTERS}])[{_LETTERS}]+(?: [{_LETTERS}]+)?(?![{_LETTERS}])")
_LETTER = re.compile(r"[^\W\d_]")
_LOCALES = ("zh_", "ja_", "ko_")
_MAX_FAMILY = 2  # the longest family names ("欧阳", "남궁") are two characters
_PAIR_SCORE = 0.85
_LONE_SCORE = 0.7


def _listed(provider: object, attr: str) -> Iterator[str]:
    for name in getattr(provider, attr, None) or ():
        if isinstance(name, str) and name and _ANY.match(name) and " " not in name:
            yield name


@lookup_table
def _names() -> tuple[frozenset[str], frozenset[str]]:
    """Given names and family names of Faker's Chinese, Japanese and Korean locales."""
    given: set[str] = set()
    family: set[str] = set()
    for locale, provider in locale_providers(faker_person):
        if locale.startswith(_LOCALES):
            for attr in ("first_names", "first_names_male", "first_names_female"):
                given.update(_listed(provider, attr))
            family.update(_listed(provider, "last_names"))
    return frozenset(given), frozenset(family)


def _full_name(run: str, given: frozenset[str], family: frozenset[str]) -> bool:
    """A listed family name, then (glued or after one space) a listed given name."""
    if " " in run:
        first, second = run.split(" ")
        return first in family and second in given
    return any(run[:k] in family and run[k:] in given for k in range(1, min(_MAX_FAMILY, len(run) - 1) + 1))


def find_cjk_names(text: str) -> Iterator[tuple[int, int, float]]:
    """(start, end, score) of each name in Chinese, Japanese or Korean characters in `text`."""
    if text.isascii() or _ANY.search(text) is None:
        return
    given, family = _names()
    runs = list(_RUN.finditer(text))
    script_letters = sum(len(m.group()) for m in runs)
    lone_ok = script_letters * 2 <= len(_LETTER.findall(text))
    for run in runs:
        value = run.group()
        if _full_name(value, given, family):
            yield run.start(), run.end(), _PAIR_SCORE
        elif lone_ok and " " not in value and value in given and len(value) > 1:
            yield run.start(), run.end(), _LONE_SCORE
        elif lone_ok and value in family and text.startswith(("'s", "’s"), run.end()):
            yield run.start(), run.end(), _LONE_SCORE  # a family name with an English possessive: "後藤's song"
        elif " " in value:  # two runs that are not one name: each may be one on its own
            first_end = run.start() + value.index(" ")
            for start, end in ((run.start(), first_end), (first_end + 1, run.end())):
                if _full_name(text[start:end], given, family):
                    yield start, end, _PAIR_SCORE


def load() -> None:
    """Read the name lists now (the registry calls this at start-up, so that no request pays for them)."""
    _names()
