"""Names not written in title case, and names that stand where only a name stands.

The name finder (names.py) opens its runs on title-case words. People also write names
otherwise, and a few places hold a name whatever it looks like:

- All capitals on labels and signatures: "JASMINE GREGORY", "ĽUBOŠ SENKO".
- The surname in capitals, French style: "Aurélie SANCHEZ".
- Lower case in chat: "hey it's kaitlyn wilson from accounts".
- A chat nickname opening a line: "<jeffrey> deploy done" (IRC style).
- Lower case after the role that introduces a customer or patient ("the customer padraic meenan
  from ...") and as the speaker of a timed chat line ("16:23 joy mccumiskey: ...").
- A signer's first name in lower case alone on its line, under the message and above the rest of
  the signature ("...term.\n\njoseph\nFacilities | ...").
- The host of a postal address on a line of its own: "bei Andersson", "chez Ειρήνη Ραδιοπούλου".
- The structured name of a vCard ("N:Becerra;Adolfo;;;"): family and given names, whatever their script.
- Speaker labels of a transcript: a surname in capitals after a title ("DR OKAFOR: ..."), lower-case
  first names labelling the lines of a chat ("ines: ok\nmarco: done"), and a support agent
  introduced with the firm ("Rose from Example Ltd: Hi ..."), labelling two lines or more.

Capitals and lower case count only when the gazetteers know the words as a first name followed by
a surname (or, for a nickname, as a name): an acronym or a lower-case phrase is far more common.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

import ahocorasick

from .capitals import UPPER
from .common_nouns import ROLE_WORDS
from .gazetteer import is_common_word, is_english_word
from .legal_forms import is_organisation_word
from .line_starts import line_matches

Token = tuple[int, int, str]  # (start, end, text) of a word, as names.py cuts them
# Self-introductions in chat, where lower case is common: "it's kaitlyn wilson", "i'm amy lees".
_INTRO_CUES = ("it's ", "it’s ", "i'm ", "i’m ", "i am ", "this is ", "my name is ", "name's ", "c'est ",
               "je suis ", "ich bin ", "hier ist ", "soy ", "me llamo ", "sono ", "mi chiamo ",
               # Chat tools head a transcript with the customer's name as typed: "Conversation with
               # kelly johnson", "Chat mit ...", "Conversation avec ...", "Conversación con ...".
               "conversation with ", "chat with ", "conversation avec ", "discussion avec ",
               "gespräch mit ", "chat mit ", "unterhaltung mit ", "conversación con ", "chat con ",
               "conversazione con ",
               # A role introducing the person it names: "the customer padraic meenan from ...".
               "customer ", "client ", "caller ", "patient ", "kunde ", "kundin ", "patientin ", "cliente ",
               "paziente ", "paciente ")
# A parcel's recipient, as a label request names them ("recipient is clara matias, ..."): a full name
# only, for a lone word after these is as often a word ("recipient unknown").
_RECIPIENT_CUES = ("recipient is ", "recipient ", "addressee ", "consignee ", "empfänger ", "empfängerin ",
                   "destinataire ", "destinatario ", "destinataria ")
_LOWER_NAME = re.compile(r"([^\W\d_][^\W\d_'’\-]+)(?: ([^\W\d_][^\W\d_'’\-]+))?(?![\w'’\-])")
# A first name alone is enough when what follows says who is speaking: "it's amy from accounts".
_AFTER_LONE_NAME = frozenset("from here at in with of".split())
# "<jeffrey> done", "[10:02] <milena> thanks": the nickname opening a chat line.
_NICKNAME = re.compile(r"(?m)^[ \t]*(?:\[[^\]\n]{1,24}\][ \t]*)?<([^\W\d_][\w.\-]{1,30})>")
# "16:23 joy mccumiskey: ...": the speaker of a chat line after its time.
_TIMED_SPEAKER = re.compile(r"(?m)^[ \t]*\[?\d{1,2}:\d{2}(?::\d{2})?\]?[ \t]+(?=[^\W\d_][^\n:]{0,40}:)")
# A lower-case word alone on its line after a blank line, more text right under it: a signer's name.
_SIGNER_LINE = re.compile(r"\n[ \t]*\n[ \t]*([^\W\d_]{2,24})[ \t]*(?=\n[ \t]*\S|$)")
# "DR OKAFOR: ...": a title, then a surname in capitals, labelling a transcript's line.
_TITLED_SPEAKER = re.compile(
    r"(?m)^[ \t]*(?:DR|Dr|MR|Mr|MRS|Mrs|MS|Ms|MX|Mx|PROF|Prof)\.?[ \t]+([^\W\d_][^\W\d_'’\-]+)[ \t]*:")
# "ines: ok": a lower-case word labelling a chat line (two such lines or more make a transcript).
_LOWER_SPEAKER = re.compile(r"(?m)^[ \t]*([^\W\d_][^\W\d_'’\-]{1,24}):[ \t]+\S")
# "Rose from Example Ltd: Hi ...": a support agent named with the firm they answer for.
AGENT_SPEAKER = re.compile(r"(?m)^[ \t]*([^\W\d_][^\W\d_'’\-]{1,24}) (?:from|at|von|de|di|del) ([^\n:]{1,40}):[ \t]")
# Closing lines of a letter or mail, the line above the signer's first name.
CLOSING = re.compile(
    r"(?:(?:kind |best |warm |many )?(?:regards|thanks|wishes)|best|cheers|thank you|sincerely|yours(?: truly| sincerely)?"
    r"|thanks (?:&|and) regards|bonne journée|cordialement|bien à vous|amitiés|(?:un )?saludos?|atentamente|un abrazo"
    r"|grazie(?: mille)?|(?:cordiali|distinti) saluti|saluti|a presto|(?:viele|beste|liebe|freundliche) grüße"
    r"|mit freundlichen grüßen|lg|vg|mfg)[,.!]?",
    re.IGNORECASE,
)
# A word alone on its line under a closing signs the message: "cheers\njoseph".
_CLOSED_SIGNER = re.compile(rf"(?im)^[ \t]*(?:{CLOSING.pattern})[ \t]*\n[ \t]*([^\W\d_]{{2,24}})[ \t]*$")
# vCard's structured name, "N:Family;Given;Additional;Prefix;Suffix" (a parameter may follow "N").
_VCARD_N = re.compile(r"(?m)^N(?:;[^:\n]*)?:([^;\n]*);([^;\n]*)")
_VCARD_PART = re.compile(r"[^\W\d_][^\W\d_'’\- ]{0,40}")
# A postal address's host on its own line: "bei Andersson", "chez Dupont", "presso Rossi". ("c/o" is left
# out: what follows it is as often a firm, "c/o Krželj\nFacilities".)
# Titles that may open an address label's name line: "M. CARTER Aimee", "Herr SUTTER Linus".
_LINE_TITLES = frozenset("M Mme Mlle Mr Mrs Ms Herr Frau Sr Sra Sig Sig.ra Dr".split())
_HOSTS = ("bei ", "chez ", "presso ")
_HOST_LINE = re.compile(
    rf"(?m)^[ \t]*(?:bei|chez|presso)[ \t]+((?:[{UPPER}][^\W\d_]+)(?: [{UPPER}][^\W\d_]+)?)[ \t]*$"
)


_CUES = (*_INTRO_CUES, *_RECIPIENT_CUES)
# All the cues in one Aho-Corasick automaton: one pass over the text in C instead of a str.find per
# cue (45 of them, most of CasedNames.find's time on ordinary prose).
_CUE_AUTOMATON = ahocorasick.Automaton()
for _index, _cue in enumerate(_CUES):
    _CUE_AUTOMATON.add_word(_cue, (*_CUE_AUTOMATON.get(_cue, ()), _index))  # a cue listed twice: both indices
_CUE_AUTOMATON.make_automaton()


def _cue_places(lowered: str) -> list[tuple[str, int]]:
    """(cue, offset) of each cue in `lowered`, cue by cue in _CUES' order and, for one cue, left to
    right without overlaps: the places a str.find per cue, resuming after each find, would give."""
    starts: dict[int, list[int]] = {}
    for end, indices in _CUE_AUTOMATON.iter(lowered):
        for index in indices:
            starts.setdefault(index, []).append(end - len(_CUES[index]) + 1)
    places = []
    for index in sorted(starts):
        cue, free = _CUES[index], 0
        for at in starts[index]:  # ascending: the automaton reports by end, and a cue has one length
            if at >= free:  # str.find resumes after the last place found, so overlaps are skipped
                places.append((cue, at))
                free = at + len(cue)
    return places


def _is_caps_word(token: str) -> bool:
    """"RIBIČ", "MORALES-MILES", "O'NEILL": a word in capitals (an initial is not one)."""
    return len(token) > 1 and token.isupper() and token.replace("-", "").replace("'", "").replace("’", "").isalpha()


def _is_title_case(token: str) -> bool:
    """"Aurélie", "Jean-Luc": a capital, then at least one lower-case letter; letters only."""
    return token[0].isupper() and not token.isupper() and token.replace("-", "").isalpha()


def _written(word: str) -> str:
    """The gazetteer's spelling of a word written in capitals or lower case: "RIBIČ" -> "Ribič"."""
    return word.title() if word.isupper() or word.islower() else word


def _surname_spellings(word: str) -> tuple[str, ...]:
    """"MCKENDRY" -> "Mckendry" and "McKendry", "MACNEILL" -> "Macneill" and "MacNeill": Gaelic
    prefixes keep a capital inside the name that title case loses."""
    written = _written(word)
    for prefix in ("Mc", "Mac"):
        if written.startswith(prefix) and len(written) > len(prefix) + 2:
            return written, prefix + written[len(prefix):].capitalize()
    return (written,)


class CasedNames:
    """Finds the names above; `first`, `last` and `ambiguous` are the gazetteer's name sets."""

    def __init__(self, first: frozenset[str], last: frozenset[str], ambiguous: frozenset[str]) -> None:
        self.first = first
        self.last = last
        self.ambiguous = ambiguous

    def find(self, text: str, tokens: Sequence[Token], capitals: Sequence[int]) -> Iterator[tuple[int, int, float]]:
        """(start, end, score) of each name, in the coordinates of `text`; `tokens` are its words
        and `capitals` the indices of those written in capitals (the name finder cuts both)."""
        if capitals:
            yield from self._capitals(text, tokens, capitals)
        lowered = text.lower()
        if len(lowered) == len(text):  # offsets shared ("İ" lowers to two characters)
            for cue, at in _cue_places(lowered):
                if at == 0 or not lowered[at - 1].isalnum():
                    yield from self._lower_name(text, at + len(cue), lone=cue in _INTRO_CUES)
        if "<" in text:
            yield from self._nicknames(text)
        if any(host in text for host in _HOSTS):
            yield from self._hosts(text)
        if ":" in text:
            for match in line_matches(_TIMED_SPEAKER, text):
                yield from self._lower_name(text, match.end(), closed_by=":")
        if "\n\n" in text:
            yield from self._signers(text)
        if "\n" in text:
            yield from self._closed_signers(text)
        if "BEGIN:VCARD" in text:
            yield from self._vcard_names(text)
        if ":" in text:
            yield from self._speakers(text)

    def _speakers(self, text: str) -> Iterator[tuple[int, int, float]]:
        """The speaker labels of a transcript (see the module's docstring)."""
        for match in line_matches(_TITLED_SPEAKER, text):
            if _is_caps_word(match.group(1)) and match.group(1).lower() not in ROLE_WORDS:
                yield match.start(1), match.end(1), 0.85
        lower = [m for m in line_matches(_LOWER_SPEAKER, text) if m.group(1).islower()]
        if len({m.group(1) for m in lower}) >= 2 or len(lower) >= 3:
            names = [m for m in lower if self._lower_first_name(m.group(1))]
            for match in names if names else ():
                yield match.start(1), match.end(1), 0.7
        agents = list(line_matches(AGENT_SPEAKER, text))
        for match in agents:
            word = match.group(1)
            repeated = sum(m.group(1) == word for m in agents) >= 2
            if repeated and _is_title_case(word) and (word in self.first or word in self.ambiguous):
                yield match.start(1), match.end(1), 0.7

    def _lower_first_name(self, word: str) -> bool:
        return (_written(word) in self.first and word not in ROLE_WORDS
                and not (is_common_word(word) or is_english_word(word)))

    def _full_name(self, first: str, last: str) -> bool:
        first = _written(first)
        known_first = first in self.first or all(p in self.first for p in first.split("-"))
        known_last = any(s in self.last for s in _surname_spellings(last))
        return (known_first or first in self.ambiguous) and known_last and not is_common_word(last)

    def _capitals(self, text: str, tokens: Sequence[Token], capitals: Sequence[int]) -> Iterator[tuple[int, int, float]]:
        """"KAROLINA RIBIČ", "SUSAN J NEWTON", "Aurélie SANCHEZ": around the words in capitals."""
        taken = -1
        for k in capitals:
            if k <= taken or not _is_caps_word(tokens[k][2]):
                continue
            before = tokens[k - 1] if k > 0 else None
            if before is not None and _is_title_case(before[2]) and text[before[1] : tokens[k][0]] == " ":
                # "Aurélie SANCHEZ": a title-case first name, then the surname in capitals.
                if len(tokens[k][2]) > 2 and self._full_name(before[2], tokens[k][2]):
                    taken = k
                    yield before[0], tokens[k][1], 0.85
                continue
            end = self._capital_name_end(text, tokens, k)
            if end is not None:
                taken = end
                yield tokens[k][0], tokens[end][1], 0.85
            elif self._surname_first(text, tokens, k):
                yield tokens[k][0], tokens[k][1], 0.85

    def _capital_name_end(self, text: str, tokens: Sequence[Token], k: int) -> int | None:
        """Index of the surname closing a name in capitals that opens at k ("KAROLINA RIBIČ",
        "SUSAN J NEWTON", up to three words), or None."""
        j = k
        for _ in range(2):
            if j + 1 >= len(tokens) or text[tokens[j][1] : tokens[j + 1][0]] != " ":
                break
            word = tokens[j + 1][2]
            initial = j == k and len(word) == 1 and word.isupper()
            if not (initial or _is_caps_word(word)):
                break
            j += 1
        if j == k or not _is_caps_word(tokens[j][2]) or not self._full_name(tokens[k][2], tokens[j][2]):
            return None
        return j

    def _surname_first(self, text: str, tokens: Sequence[Token], k: int) -> bool:
        """"M. CARTER Aimee", "STOIBER Lisa" on a line of its own: the surname in capitals first, as
        French and German forms and address labels write it, before a known first name in title case.
        The first name is found on its own (names.py); this gives the surname."""
        if k + 1 >= len(tokens) or text[tokens[k][1] : tokens[k + 1][0]] != " ":
            return False
        surname, first = _written(tokens[k][2]), tokens[k + 1][2]
        if len(surname) < 3 or surname not in self.last or is_common_word(surname) or is_organisation_word(surname):
            return False
        line_start = text.rfind("\n", 0, tokens[k][0]) + 1
        opener = text[line_start : tokens[k][0]].strip()
        return (opener == "" or opener.rstrip(".") in _LINE_TITLES) and _is_title_case(first) and first in self.first

    def _lower_name(self, text: str, at: int, closed_by: str = "", lone: bool = True) -> Iterator[tuple[int, int, float]]:
        match = _LOWER_NAME.match(text, at)
        if match is None or not match.group(1).islower() or not text.startswith(closed_by, match.end()):
            return
        first, last = match.group(1), match.group(2)
        if last is not None and last.islower() and self._full_name(first, last):
            yield match.start(1), match.end(2), 0.85
        elif lone and (last is None or last.lower() in _AFTER_LONE_NAME) and _written(first) in self.first:
            if not (is_common_word(first) or is_english_word(first)):
                yield match.start(1), match.end(1), 0.7

    def _nicknames(self, text: str) -> Iterator[tuple[int, int, float]]:
        for match in line_matches(_NICKNAME, text):
            nick = match.group(1)
            name = _written(nick)
            # Any known name, even one that is a word too ("<mark>"): the place says it is a nickname.
            # An HTML or XML tag ("<li>", "<em>") has its closing tag in the text.
            if (name in self.first or name in self.last or name in self.ambiguous) and f"</{nick}>" not in text:
                yield match.start(1), match.end(1), 0.7

    def _signers(self, text: str) -> Iterator[tuple[int, int, float]]:
        """"...term.\n\njoseph\nFacilities | ...": a known first name, in lower case, alone on the
        line that opens the signature (a word that is a name too, "will", "mark", is left alone)."""
        for match in _SIGNER_LINE.finditer(text):
            word = match.group(1)
            if word.islower() and _written(word) in self.first and not (is_common_word(word) or is_english_word(word)):
                yield match.start(1), match.end(1), 0.7

    def _closed_signers(self, text: str) -> Iterator[tuple[int, int, float]]:
        """"cheers\njoseph\n\n--": a known first name in lower case alone on the line under a closing."""
        for match in line_matches(_CLOSED_SIGNER, text):
            word = match.group(1)
            if word.islower() and _written(word) in self.first and not (is_common_word(word) or is_english_word(word)):
                yield match.start(1), match.end(1), 0.7

    def _vcard_names(self, text: str) -> Iterator[tuple[int, int, float]]:
        """"N:Becerra;Adolfo;;;": the family and the given name of a vCard, in any script."""
        for match in line_matches(_VCARD_N, text):
            for group in (1, 2):
                part = _VCARD_PART.fullmatch(match.group(group).strip())
                if part is not None and not is_organisation_word(part.group().split()[-1]):
                    start = match.start(group) + match.group(group).find(part.group())
                    yield start, start + len(part.group()), 0.85

    def _hosts(self, text: str) -> Iterator[tuple[int, int, float]]:
        for match in line_matches(_HOST_LINE, text):
            words = match.group(1).split()
            if any(is_organisation_word(w) or is_common_word(w) or is_english_word(w) for w in words):
                continue
            yield match.start(1), match.end(1), 0.7
