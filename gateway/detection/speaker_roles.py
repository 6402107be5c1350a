"""A role word in front of a name is the speaker's role, not part of the name.

Chats and call notes label a line with the role and the first name of whoever speaks ("Agente
Jennifer:", "Operatore Giancarlo:", "Kundin Petra Lang:"): NER reads the role as a first name. The
role words are common_nouns.py's; the span must open its line or be closed by a colon or a bracket
(a speaker's label), and a title before it ("Mr. Guest Smith") keeps it whole.
Used by not_persons.py.

In a transcript whose speakers are labelled by their roles ("Cliente:", "Caller:"), a label beside
them that is no first name is a role too, when it is an English word ("Handler:", "Contractor:", also
surnames) or a word no name list knows ("Recepción:", "Contribuente:"): labels_a_role_speaker. So is a
label no name list knows whose speaker gives another name in a line it labels ("Cancelleria:
Buongiorno, sono Manuel Ruggeri", "Secretaría: ..., le atiende Norica"): the name is in the line, the
label is the desk that answers.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .common_nouns import is_role_word
from .english_lexicon import is_english_word
from .gazetteer import load_gazetteer
from .thing_names import TITLE_BEFORE
from .types import Span

_PERSON = "PERSON"
_LABEL_END = re.compile(r" ?[:(]")


def without_leading_role(text: str, span: Span) -> Span:
    """"Agente Jennifer" -> "Jennifer"; a span that is only a role is left to the role-word filter."""
    if span.entity != _PERSON:
        return span
    first, space, rest = text[span.start : span.end].partition(" ")
    if not space or not rest.strip() or not is_role_word(first):
        return span
    if TITLE_BEFORE.search(text, max(0, span.start - 12), span.start):
        return span
    # Only where a speaker is labelled: the span opens its line or a colon closes it ("722 Doctor
    # Gravemeijerstraat" is a street named after a doctor).
    line_start = text.rfind("\n", 0, span.start) + 1
    if text[line_start : span.start].strip() and not _LABEL_END.match(text, span.end):
        return span
    return Span(span.start + len(first) + 1, span.end, span.entity, span.score)


# An English contraction: "I'm", "We've", "They'll", "You're", "She'd". No name ends so (a name's
# apostrophe opens a capitalised part, "O'Neil", or closes a possessive, "Kelly's").
_CONTRACTION = re.compile(r"[^\W\d_]+['’](?:m|ve|ll|re|d)")


def is_contraction(word: str) -> bool:
    return _CONTRACTION.fullmatch(word) is not None


# A speaker labelled by a role phrase: a capitalised word, one or two lower-case words, perhaps a
# name in brackets, then the colon ("Front desk:", "Night shift lead (Ana):", "Support team :").
# Where a label opens: a line's start (after a time stamp or a list mark) or a form's next column.
_LINE_OPENING = re.compile(r"(?:(?:^|\n)[ \t]*(?:\[[^\]\n]{1,24}\][ \t]*)?(?:[*>•\-][ \t]*)?|[^\s] {2,}|\t)$")
_ROLE_PHRASE_TAIL = re.compile(r"((?: [a-zà-ÿ][a-zà-ÿ\-]+){1,2})(?: \([^()\n]{1,40}\))?[ \t]?:")
# Lower-case words a speaker's name may be followed by: a name's particles and verbs of speech.
_NOT_ROLE_TAIL = frozenset(
    "van von der den de da di del della dos das du ter ten la le al bin y e "
    "said says wrote writes asked asks replied replies answered added noted commented told again "
    "sagt sagte schreibt schrieb fragt fragte antwortet meint dit écrit répond demande dice dijo "
    "escribe pregunta responde disse scrive chiede risponde".split()
)


def opens_role_label(text: str, span: Span) -> bool:
    """Whether a one-word PERSON finding is the first word of a role phrase labelling a speaker's
    line ("Front desk:", "Night shift lead (Ana):") or of a form's field ("...   Gauge reading: 4"):
    a person's label has no lower-case word after the name but a particle or a verb of speech."""
    if span.entity != _PERSON or " " in text[span.start : span.end]:
        return False
    if _LINE_OPENING.search(text, max(0, span.start - 40), span.start) is None:
        return False
    tail = _ROLE_PHRASE_TAIL.match(text, span.end)
    return tail is not None and not any(w in _NOT_ROLE_TAIL for w in tail.group(1).split())


# A speaker's label opening a line, after a bracketed time maybe: "Handler: ...", "[10:02] Caller: ...",
# with the speaker's name in brackets after a role: "Tecnico (Melissa): ...".
_SPEAKER_LABEL = re.compile(
    r"(?m)^[ \t]*(?:\[[^\]\n]{1,20}\][ \t]*)?(?P<label>[^\W\d_][\w'’\-]{1,30})(?:[ \t]*\([^()\n]{1,30}\))?:")
# Trades that are names too ("Mason", "Porter"): such a label is a desk when its speaker gives another
# name ("Mason: Brown Group Memorials, Paul speaking.").
_TRADE_NAMES = frozenset(
    "mason stonemason porter baker butler carter cooper mercer miller smith turner warden steward marshal "
    "sexton chandler gardener glazier thatcher weaver fisher hunter shepherd cook clerk guard".split())


# A speaker naming themselves: "sono Manuel Ruggeri", "le atiende Norica", "Nelli am Apparat".
_INTRODUCTION = re.compile(
    r"(?<![^\W_])(?:(?i:this is|i'm|i am|my name is|ich bin|hier ist|hier spricht|mein name ist|je suis|c'est"
    r"|je m'appelle|soy|le atiende|te atiende|me llamo|sono|mi chiamo|parla)[ \t]+(?P<after>[^\W\d_][\w'’\-]+)"
    r"|(?P<before>[^\W\d_][\w'’\-]+)[ \t]+(?i:am apparat|à l'appareil|speaking|al habla|al telefono))"
)


def labels_a_role_speaker(text: str, span: Span) -> bool:
    """Whether a one-word PERSON finding labels speakers' lines, at least twice, and reads as a role:
    in a transcript where another speaker is labelled by a role word or a desk, no first name and an
    English word or a word no name list knows; or a desk itself (_is_desk)."""
    if span.entity != _PERSON or not text.startswith(":", span.end):
        return False
    word = text[span.start : span.end]
    if " " in word or word.isupper() and len(word) <= 3:
        return False
    labels = _speaker_labels(text)
    if sum(m.group("label") == word for m in labels) < 2:
        return False
    label = _SPEAKER_LABEL.match(text, text.rfind("\n", 0, span.start) + 1)
    if label is None or label.start("label") != span.start:
        return False
    gazetteer = load_gazetteer()
    title = word.title()
    if title in gazetteer.first_names or title in gazetteer.ambiguous_first_names:
        return word.lower() in _TRADE_NAMES and _speaks_as_another(text, labels, word)
    others = {m.group("label") for m in labels} - {word}
    if any(is_role_word(other) or _is_desk(text, labels, other) for other in others):
        return is_english_word(word.lower()) or title not in gazetteer.last_names
    return title not in gazetteer.last_names and _is_desk(text, labels, word)


@lru_cache(maxsize=4)
def _speaker_labels(text: str) -> tuple[re.Match[str], ...]:
    """The speaker labels of a text, found once per text: its every one-word finding before a colon
    asks for them (hundreds in a long transcript), and a scan each would be quadratic in its length.
    (The latest few texts only: the stages finish one text before they start the next.)"""
    return tuple(_SPEAKER_LABEL.finditer(text))


def _is_desk(text: str, labels: tuple[re.Match[str], ...], word: str) -> bool:
    """Whether a label no name list knows is a desk: its speaker gives another name in a line."""
    gazetteer = load_gazetteer()
    title = word.title()
    if title in gazetteer.first_names or title in gazetteer.ambiguous_first_names or title in gazetteer.last_names:
        return False
    return _speaks_as_another(text, labels, word)


def _speaks_as_another(text: str, labels: tuple[re.Match[str], ...], word: str) -> bool:
    """Whether a line of the speaker labelled `word` gives a name other than `word`."""
    return any(_introduces_another(text, m.end(), word) for m in labels if m.group("label") == word)


def _introduces_another(text: str, line_from: int, label: str) -> bool:
    """Whether the speaker's line from `line_from` gives a capitalised name other than `label`."""
    line_end = text.find("\n", line_from)
    line = text[line_from : line_end if line_end != -1 else len(text)]
    for match in _INTRODUCTION.finditer(line):
        name = match.group("after") or match.group("before")
        if name[0].isupper() and name != label and not name.endswith(("'s", "’s")):  # "I'm Olivia's daughter"
            return True
    return False
