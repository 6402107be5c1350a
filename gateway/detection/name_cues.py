"""Cues that make a run of capitalised words a name when no word of it is in the gazetteers
(names.py): what follows it (a verb only people do, a vocative question, someone's address or kin),
a Gaelic surname particle, an initial between two words.
"""

from __future__ import annotations

import re

from .gazetteer import is_common_word, is_english_word

# Lower-case particles inside a name ("Eliane van der Vlist", "Luis de Souza"); only joined when a
# capitalised word follows, and they never count towards the name's length.
PARTICLES = frozenset("van von der den de da di del della dos das du ter ten".split())
# Verbs whose subject is a person: an unknown capitalised word before one is a name.
_PERSON_VERBS = frozenset(
    "lives lived spent began shouted married studied whispered smiled replied laughed cried "
    "apologized apologised recalled admitted graduated".split()
)
_PERSONAL_POSSESSION = re.compile(
    r"['’]s (?:home |new |old |current )?(?:address|phone|e-?mail|birthday|wife|husband|son|daughter|kids?"
    r"|children|mother|father|brother|sister|mom|mum|dad|parents|boyfriend|girlfriend|partner)\b"
)
_GAELIC_PARTICLES = frozenset({"Ní", "Nic", "Mac", "Mhic", "Ó", "Ua", "Uí", "Bean", "Mc"})
_VOCATIVE_FOLLOWER = re.compile(r", (?:can|could|would|will|please|do|did|are|have|may|shall) (?:i|you|we|me)\b", re.IGNORECASE)
_NEXT_VERB = re.compile(r"(?:'s)? +([a-z]+)")
# Where someone comes from or works, before a capitalised firm or place: "Weronika is from Orthofix
# Medical Inc.", "Ignat works for Claranova SA". Things are "from" somewhere in other words ("comes
# from", "is made by"); a person's affiliation is said this way.
_AFFILIATION = re.compile(r" (?:is|was) from [A-Z]| works (?:at|for) [A-Z]")


def person_after(text: str, run: list[tuple[int, int, str]], common: list[bool]) -> bool:
    """Whether what follows a run of up to three unknown words makes it a name: a verb only people
    do after it opening a sentence ("Quorvanne spent a year at ...", "Dravik Quellmore listed his top
    songs") or where it is from or works ("Dzhamalay is from Caribou Biosciences"), whose address or
    kin ("here's Quorvanne's address", "between him and Quorvanne's kid"),
    or, for up to two words opening a sentence, a question put to it ("Makkal, can I please speak to
    your boss?"). No word of the run may be a word of the language; that is checked once for the three."""
    if len(run) > 3 or any(common) or any(is_english_word(t[2]) for t in run):
        return False
    if _PERSONAL_POSSESSION.match(text, run[-1][1]) is not None:
        return True
    before = text[max(0, run[0][0] - 3) : run[0][0]].rstrip(" \t\"'“‘")
    if before and before[-1] not in ".!?\n":
        return False  # the verb and the question need the run to open its sentence
    after = _NEXT_VERB.match(text, run[-1][1])
    if (after is not None and after.group(1) in _PERSON_VERBS) or _AFFILIATION.match(text, run[-1][1]):
        return True
    return len(run) <= 2 and _VOCATIVE_FOLLOWER.match(text, run[-1][1]) is not None


def gaelic(words: list[str]) -> bool:
    """"Siobhán Ní Bhriain", "Seán Mac Giolla", "Máire Ó Súilleabháin": a Gaelic surname particle
    between two capitalised words marks a name even when neither word is in the gazetteers."""
    return len(words) >= 3 and any(
        w in _GAELIC_PARTICLES and not any(is_common_word(n) or is_english_word(n) for n in (words[i], words[i + 2]))
        for i, w in enumerate(words[1:-1])
    )


def initialled(words: list[str], common: list[bool]) -> bool:
    if len(words) < 3 or len(words[0]) < 2 or len(words[-1]) < 2 or common[0] or common[-1]:
        return False
    if is_english_word(words[0]) or is_english_word(words[-1]):
        return False  # "Plan B Options", "Section A Overview"
    inner = words[1:-1]
    return any(len(w) == 1 for w in inner) and all(len(w) == 1 or w in PARTICLES or w[0].isupper() for w in inner)
