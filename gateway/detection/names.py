"""Person names from gazetteers: runs of capitalised words anchored on a known first or last name.

"Helena Carlsen", "Stipo B. Marinović", "Ulrich Bieber DVM" are found without NER when one word
is a known name; a lone known first name counts on its own, a lone surname only after a title, an
introduction ("ex-Zombie Morrison") or in a list of people a plural noun announces ("founders:
Luthar, King and Baker").

A PERSON span never includes greetings ("Hi", "Dear") or titles ("Mr.", "Frau"): the same person
must give the same span, hence the same pseudonym, however they are addressed.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.lang.en.stop_words import STOP_WORDS

from .capitals import UPPER as _LATIN_GREEK_UPPER
from .cased_names import CLOSING as _CLOSING
from .cased_names import CasedNames
from .caseless_names import find_georgian_names
from .common_nouns import FUNCTION_WORDS, MONTH_WORDS, ROLE_WORDS
from .gazetteer import is_common_word, is_english_word, load_gazetteer
from .honorifics import POST_NOMINAL, PRE_NOMINAL, post_nominal_at
from .name_cues import PARTICLES, gaelic, initialled, person_after
from .normalize import TextView
from .cjk_names import find_cjk_names
from .script_names import find_script_names
from .types import Span

# Capitals that open a name: Latin and Greek (capitals.py, as addresses.py reads them), Cyrillic ("Дацюк") and
# Armenian ("Աղաջանյան"), the cased scripts whose names Faker lists.
UPPER = _LATIN_GREEK_UPPER + "".join(chr(c) for c in range(0x400, 0x557) if chr(c).isupper())
# (an escaped line break inside a JSON or code string, "regards,\\nTimothy", is one token: the name
# after it opens on its capital, not on the escape's "n")
_TOKEN = re.compile(rf"\\[nrt](?=[{UPPER}])|[{UPPER}]\.|[^\W\d_][\w'’\-]*(?:\.(?=\s))?|[0-9]+|[^\w\s]")
# Titles written out, as French, Spanish and Italian write them before a surname, in lower case too
# ("avec le docteur Hassani"): a title in a name run, or in lower case right before one (_LOWER_TITLE_BEFORE).
_WRITTEN_OUT_TITLES = ("doctor|doctora|docteur|doktor|doktorin|dottor|dottore|dottoressa|professor|professorin"
                       "|professeur|profesor|profesora|professore|professoressa")
_TITLE = re.compile(
    r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Madam|Herr|Frau|Mme|Mlle|Monsieur|Madame|Ma[iî]tre|Sr|Sra|Srta|Don|Doña|Sig|Sig\.ra"
    rf"|Signor|Signora|Dott|Dott\.ssa|{_WRITTEN_OUT_TITLES})\.?",
    re.IGNORECASE,
)
_LOWER_TITLE_BEFORE = re.compile(rf"(?<![^\W_])(?:{_WRITTEN_OUT_TITLES}) $")
# Words that introduce a name right after them ("my name is", "Dear", "ex-Zombie"), then spaces,
# colons or commas up to the name.
_INTRO_PHRASES = ("name is", "name's", "named", "called", "call me", "this is", "dear", "hi", "hello", "leave me",
                  "said", "says", "asked", "asks", "replied", "nam is", "under", "by", "name:", "name :", "name?",
                  # a name given to someone, and a person named by kin or tie ("She named him Emidio",
                  # "remove my kid Stojadin from the will", "my colleague Nurzhan")
                  "named him", "named her", "called him", "called her", "my kid", "my son", "my daughter", "my child",
                  "my wife", "my husband", "my brother", "my sister", "my mother", "my father", "my friend",
                  "my colleague", "my partner", "my boss", "my manager", "my grandson", "my granddaughter")
_NAME_INTRO = re.compile(rf"(?:{'|'.join(map(re.escape, _INTRO_PHRASES))}|ex-[^\W\d_]+)[\s:,]*$", re.IGNORECASE)
# The same test read backwards from the name: searched forwards, the pattern above is tried at every
# character of the window with all its phrases (4 us a run); matched once at the start of the
# reversed window it costs a tenth. Same answer: a string matches one iff its reverse matches the other.
_NAME_INTRO_REVERSED = re.compile(
    rf"[\s:,]*(?:{'|'.join(re.escape(phrase[::-1]) for phrase in _INTRO_PHRASES)}|[^\W\d_]+-xe)", re.IGNORECASE)
_POSSESSIVE = ("'s", "’s")


def introduced_at(text: str, start: int) -> bool:
    """Whether an introduction ("my name is", "Dear", "ex-...") ends right before `start`."""
    return _NAME_INTRO_REVERSED.match(text[max(0, start - 20) : start][::-1]) is not None

# A list of people a plural noun announces: "our 3 founders: Luthar, King and Baker", "Présents : ...",
# "Teilnehmer: ...". Every item is a name, even a surname alone.
# (Its connectors are those of the five languages of its nouns, not all of name_connectors.py's.)
_ANNOUNCED_LIST = re.compile(
    r"(?:founders|co-founders|partners|attendees|participants|members|speakers|authors|present|presents|présents"
    r"|participants|teilnehmer|teilnehmende|anwesend|anwesende|presenti|partecipanti|asistentes|participantes"
    r"|fundadores|fondateurs|gründer|fondatori) ?: ?"
    rf"(?:[{UPPER}][^\W\d_'’\-]*(?:[ '’\-][{UPPER}][^\W\d_]*)*(?:, | and | & | et | und | y | e ))*$",
    re.IGNORECASE,
)
_UPPER_CHARS = frozenset(UPPER)
# Context words of PERSON (names and NER): a doubtful single word next to one of these is a name.
PERSON_CONTEXT = ("name", "mr", "mrs", "ms", "dr", "herr", "frau", "monsieur", "madame", "señor",
                  "señora", "signor", "signora", "sir", "dear", "hi", "hello", "called", "named")
# Lower-case particles inside a name ("Eliane van der Vlist"): see name_cues.py.
_PARTICLES = PARTICLES
NAME_PARTICLES = _PARTICLES
_MAX_PARTICLES = 2
# Particles that only follow another ("van der", "von den"): alone they are German articles.
_INNER_PARTICLES = frozenset(("der", "den"))
# Never a name even right after "Mr." or "my name is": greetings and function words ("This is The ...").
# The first name after "Surname, " and what may close the line: its end, a date or time, a bracket.
_INVERTED_FIRST = re.compile(rf"([^\W\d_][^\W\d_'’\-]+)(?=[ \t]*(?:$|\n|[0-9(<\[|]|(?:{'|'.join(MONTH_WORDS)})\b))",
                             re.IGNORECASE | re.MULTILINE)
_DATE_AFTER = re.compile(rf"[ \t]+(?:[0-9]{{1,4}}[-/.:][0-9]|[0-9]{{1,2}}\.? (?:{'|'.join(MONTH_WORDS)})\b|(?:{'|'.join(MONTH_WORDS)})\b)",
                         re.IGNORECASE)
# Dialogue roles and question-and-answer labels, never names: "Agent: ...", "Caller: ...", "Q: ...".
_ROLE_LABELS = ROLE_WORDS | frozenset("q a question answer note notes".split())
# "09:14 June: ...", "[10:02] Mark: ...": a chat or minutes line opening with its time, up to the speaker.
_TIMED_LINE = re.compile(r"[ \t]*\[?\d{1,2}:\d{2}(?::\d{2})?\]?[ \t]+")
_GREETINGS = frozenset("hi hello hey dear hallo liebe lieber bonjour bonsoir hola buenas ciao salve grüezi".split())
_NEVER_NAMES = frozenset("hi hello hey dear greetings welcome thanks thank cheers".split()) | STOP_WORDS


def _is_initial(token: str) -> bool:
    """"L" or "L." between two names: "Pomeroy L Guibord", "Djevad V. Šušulić"."""
    return len(token.rstrip(".")) == 1 and token[0] in UPPER


def _is_cap_word(token: str) -> bool:
    return token[0] in UPPER and token.rstrip(".").replace("-", "").replace("'", "").replace("’", "").isalpha()


# _TITLE, honorifics' PRE_NOMINAL and POST_NOMINAL in one pattern: one fullmatch per word instead of
# three (is_title is asked for most capitalised words of a text). A string fullmatches an alternation
# iff it fullmatches one of its branches, so this answers as the three did.
_ANY_TITLE = re.compile(rf"(?i:{_TITLE.pattern})|{PRE_NOMINAL.pattern}|{POST_NOMINAL.pattern}")


def is_title(word: str) -> bool:
    return _ANY_TITLE.fullmatch(word) is not None


def _ends_sentence(token: str) -> bool:
    """"Striebitz." before "Schreib" ends a sentence; "B.", "Dr." and "Klaus-D." do not."""
    return token.endswith(".") and len(token) > 2 and not is_title(token) and not _hyphen_initial(token)


def _hyphen_initial(token: str) -> bool:
    """"Klaus-D.", "Hans-J": a first name shortened to its first part and the second's initial."""
    word = token.rstrip(".")
    return len(word) >= 4 and word[-2] == "-" and word[-1] in UPPER


def _function_word(word: str, first_names: frozenset[str]) -> bool:
    """"Ihre", "Nella", "Dans" opening an NER span: a function word of de/fr/es/it, unless a name
    ("Otto", "Sara") or a name's particle ("De Souza", "Van Dyke", "La Rosa")."""
    lower = word.lower()
    return lower in FUNCTION_WORDS and lower not in _PARTICLES and lower not in ("le", "la", "al", "el") and word not in first_names


def trim_name(text: str, start: int, end: int, first_names: frozenset[str] = frozenset()) -> tuple[int, int]:
    """Drop greetings, titles and ordinary words at the edges of a name span (NER glues them on:
    "Hi Johanna Whitfield", "Contact Maria Garcia", "Mr. Smith", "Kontoinhaber Catherine Striebitz")."""
    words = list(re.finditer(r"\S+", text[start:end]))
    while words and (is_common_word(words[0].group().strip(".,:;!?")) or is_title(words[0].group().rstrip(",:"))
                     or _function_word(words[0].group(), first_names)):
        words.pop(0)
    if len(words) >= 3 and words[0].group() not in first_names and words[1].group() in first_names:
        words.pop(0)
    while words and is_common_word(words[-1].group().strip(".,:;!?")):
        words.pop()
    if not words:
        return start, start
    degree = POST_NOMINAL.match(text, start + words[-1].start())
    if degree is not None:  # "Jaromíra Notová Th" (NER stops inside "Th.D."): the whole degree
        return start + words[0].start(), max(start + words[-1].end(), degree.end())
    return start + words[0].start(), start + words[-1].end()


# The words between spaces that can take part in a name run: those holding a character other than
# a lower-case ASCII letter, a digit or ASCII punctuation (a capital, or any letter outside ASCII),
# and a particle standing alone ("van", "de"). _TOKEN never matches a space, so a word's tokens are
# the same whether the text is tokenized whole or word by word; and a run, an initial before it, a
# name in capitals and the words after it only ever join tokens of such words across a single
# space (names.py and cased_names.py check the gap), so the other words' tokens would only end a run
# where the gap check ends it without them. Tokenizing these words alone, not the whole text, takes
# most of the name finder's time off ordinary prose, where most words are lower-case ASCII.
_NAMELESS = r"a-z0-9!-/:-@\[-`{-~"  # (a character class: lower-case ASCII letters, digits, ASCII punctuation)
_NAMELESS_CHARS = frozenset(chr(c) for c in range(0x21, 0x7F) if not "A" <= chr(c) <= "Z")
# From a word's first character outside that class to the word's end (the search skips to such a
# character in C; the word's start is found by stepping back over the class, _name_words).
_NAME_WORD_REST = re.compile(rf"[^\s{_NAMELESS}]\S*")


def _lone_particle_pattern(particles: frozenset[str]) -> str:
    """A particle standing alone, one branch per first letter, each opening on that letter (so the
    search skips to it in C) and then checking that a space or the text's start is before it."""
    branches = []
    for first in sorted({p[0] for p in particles}):
        rests = sorted((p[1:] for p in particles if p[0] == first), key=lambda rest: (-len(rest), rest))
        branches.append(rf"{first}(?<!\S{first})(?:{'|'.join(rests)})")
    return rf"(?:{'|'.join(branches)})(?!\S)"


_LONE_PARTICLE = re.compile(_lone_particle_pattern(PARTICLES))


def _name_words(text: str) -> list[tuple[int, int]]:
    """(start, end) of the words _tokens reads, in text order."""
    words = []
    for match in _NAME_WORD_REST.finditer(text):
        start = match.start()
        while start and text[start - 1] in _NAMELESS_CHARS:
            start -= 1
        words.append((start, match.end()))
    particles = [match.span() for match in _LONE_PARTICLE.finditer(text)]
    return sorted(words + particles) if particles else words


def _tokens(text: str) -> list[tuple[int, int, str]]:
    """The tokens of the words that can take part in a name (_name_words), in text order. A word's
    last token may end in "." only before a space, so each word is scanned up to the character
    after it: the same tokens as a scan of the whole text."""
    tokens = []
    for start, end in _name_words(text):
        word = text[start:end]
        if word.isalpha():
            # A word of letters only is one token, itself: each letter is a \w that is no digit or
            # "_", so _TOKEN's word branch takes it whole (its first two branches need a "\" or a
            # "."), and the character after it, a space or none (a word runs to one), adds no token.
            tokens.append((start, end, word))
            continue
        tokens += [(match.start(), match.end(), match.group()) for match in _TOKEN.finditer(text, start, end + 1)]
    if "'" not in text and "’" not in text:
        return tokens  # no possessive or closing quote to trim (most texts): no second pass over the tokens
    return [_unquoted(start, end, token) if token[-1] in "s'’" else (start, end, token) for start, end, token in tokens]


def _unquoted(start: int, end: int, token: str) -> tuple[int, int, str]:
    """"Marrero's" -> "Marrero"; "Frye'" (closing a quoted SQL value 'Laura Frye') -> "Frye"."""
    if token.endswith(_POSSESSIVE) and len(token) > 3:
        return start, end - 2, token[:-2]
    if len(token) > 2 and token[-1] in "'’" and token[-2] not in "'’":
        return start, end - 1, token[:-1]
    return start, end, token


class NameFinder:
    def __init__(self) -> None:
        gazetteer = load_gazetteer()
        self.first = gazetteer.first_names
        self.last = gazetteer.last_names
        self.ambiguous_first = gazetteer.ambiguous_first_names
        self.cased = CasedNames(self.first, self.last, self.ambiguous_first)

    def find(self, view: TextView) -> Iterator[Span]:
        text = view.text
        tokens = _tokens(text)
        # A run opens on a capitalised word: only the tokens opening on a capital are looked at
        # (a tenth of a prose text's), in order, skipping those a run before took.
        opening = [k for k, (_, _, token) in enumerate(tokens) if token[0] in _UPPER_CHARS]
        capitals: list[int] = []  # words in capitals ("RIBIČ"), for cased_names.py
        i = 0
        for first in opening:
            start, end, token = tokens[first]
            if token.isupper() and len(token) > 1:
                capitals.append(first)
                continue
            if first < i or not _is_cap_word(token):
                continue
            i = first
            # Collect a run of capitalised words / initials on one line, within one sentence.
            j = i
            while j + 1 < len(tokens) and not _ends_sentence(tokens[j][2]):
                nxt = tokens[j + 1]
                gap = text[tokens[j][1] : nxt[0]]
                if gap not in (" ", "  "):
                    break
                if nxt[2] in _PARTICLES:
                    if nxt[2] in _INNER_PARTICLES and tokens[j][2].lower() not in _PARTICLES:
                        break  # "Grund der Rücksendung": an article; "van der Vlist" has its "van" first
                    k = self._after_particles(text, tokens, j + 1)
                    if k is None:
                        break
                    j = k
                    continue
                if not _is_cap_word(nxt[2]) or (nxt[2].isupper() and len(nxt[2].rstrip(".")) > 1):
                    break
                if post_nominal_at(text, nxt[0]):
                    break  # "Jaromíra Notová Th.D.": the degree closes the name (and joins it, below)
                j += 1
            run = tokens[i : j + 1]
            i = j + 1
            span = self._judge(text, run)
            if span is not None:
                if span[1] == run[-1][1] and text.startswith(" ", span[1]):
                    # "Igor Palka CSc.", "Notová Th.D.": a degree written right after the name, as
                    # the name is written; after a comma ("Svoboda, Ph.D.") it stays outside.
                    degree = POST_NOMINAL.match(text, span[1] + 1)
                    span = span if degree is None else (span[0], degree.end(), span[2])
                span = (self._initial_before(text, span[0], span[1]), span[1], span[2])
                a, b = view.to_original(span[0], span[1])
                yield Span(a, b, "PERSON", span[2])
        for start, end, score in self.cased.find(text, tokens, capitals):  # "JASMINE GREGORY", "kaitlyn wilson", "<jeffrey>"
            a, b = view.to_original(start, end)
            yield Span(a, b, "PERSON", score)
        for start, end, score in find_georgian_names(text):  # "დათო კობერიძე": no capitals to open a run
            a, b = view.to_original(start, end)
            yield Span(a, b, "PERSON", score)
        for start, end, score in find_script_names(text):  # "رمزي بن عامر", "דורון שמעוני", "আনিস রহমান": no capitals either
            a, b = view.to_original(start, end)
            yield Span(a, b, "PERSON", score)
        for start, end, score in find_cjk_names(text):  # "王伟", "김영희", "木村 陽一": no capitals, often no space
            a, b = view.to_original(start, end)
            yield Span(a, b, "PERSON", score)

    @staticmethod
    def _after_particles(text: str, tokens: list[tuple[int, int, str]], k: int) -> int | None:
        """Index of the capitalised word closing a particle group starting at k, or None."""
        for _ in range(_MAX_PARTICLES):
            if k + 1 >= len(tokens) or text[tokens[k][1] : tokens[k + 1][0]] != " ":
                return None
            nxt = tokens[k + 1][2]
            if _is_cap_word(nxt) and not nxt.isupper():
                return k + 1
            if nxt not in _PARTICLES:
                return None
            k += 1
        return None

    def _ambiguous_first(self, text: str, run: list[tuple[int, int, str]]) -> bool:
        """A first name that is also a word ("Grace", "Will", "Rose") opening a two-word name: before
        a known surname anywhere ("Will Smith called"), or before any capitalised word mid-sentence,
        where English capitalises only proper nouns ("Call Grace Hopper", "met Rose Lake")."""
        if len(run) < 2 or run[0][2] not in self.ambiguous_first:
            return False
        second = run[1][2].rstrip(".")
        if second in self.first and second not in self.last:
            return False  # "Sie Jürgen Schneider": the name starts at the next word
        if second in self.last:
            return True
        before = text[max(0, run[0][0] - 3) : run[0][0]].rstrip()
        mid_sentence = bool(before) and before[-1] not in ".!?:;\n\"'"
        return mid_sentence and len(second) > 1 and second.isalpha() and not second.isupper() and not is_title(second)

    def _judge(self, text: str, run: list[tuple[int, int, str]]) -> tuple[int, int, float] | None:
        """The name inside a run of capitalised words, as (start, end, score), or None."""
        # A title written in lower case before the run is outside it ("avec le docteur Hassani").
        at = run[0][0]  # (every such title ends in "r", "e", "a" or "n": the search runs only after one)
        titled = at > 2 and text[at - 1] == " " and text[at - 2] in "rean" and _LOWER_TITLE_BEFORE.search(
            text, max(0, at - 16), at) is not None
        # Leading greetings and titles are context, not part of the name ("Dear Mr. Smith"); a
        # first name that is also a word stays when a surname follows mid-sentence ("from Grant James").
        # After a title or an introduction a capitalised ordinary word is the name itself ("Mr. White",
        # "Ms. Brown", "My name is Else", "leave me Grant"); greetings and titles still go.
        # "Jack: ...", "... Brown's report", "Best,\nJoy"
        # Whether the whole run is labelled or introduced is asked only when needed: most runs are one
        # ordinary word ("Please", "They") that the loop drops without it. (All the cues are pure, so
        # asking later or never changes nothing.)
        whole = run
        labelled: bool | None = None
        introduced_run: bool | None = None
        greeted_any = False  # a greeting dropped before a known first name labels the run too
        intro_whole = False  # whether an introduction ends before the whole run (asked once)
        while run and (is_title(run[0][2]) or is_common_word(run[0][2].rstrip("."))) and not self._ambiguous_first(
                text, run) and not self._first_name_title(run):
            title = is_title(run[0][2])
            word = run[0][2].rstrip(".,")
            if not title and word.lower() not in _NEVER_NAMES:
                if titled or greeted_any:
                    break
                if introduced_run is None:
                    labelled = self._labelled(text, whole)
                    intro_whole = self._introduced_at(text, whole[0][0])
                    introduced_run = intro_whole or labelled
                if introduced_run:
                    break
            titled = titled or title
            # "Hi Jack,": after a greeting, a known first name is the name even when it is a word too.
            greeted = word.lower() in _GREETINGS and len(run) > 1 and self._known_first(run[1][2])
            greeted_any = greeted_any or greeted
            run = run[1:]
        if not run:
            return None
        if introduced_run is None:
            labelled = self._labelled(text, whole)
            intro_whole = self._introduced_at(text, whole[0][0])
            introduced_run = intro_whole or labelled
        labelled = labelled or greeted_any
        introduced_run = introduced_run or greeted_any
        paired = self._ambiguous_first(text, run)  # "Grace Hopper": the word-name opens the name
        words = [t[2].rstrip(".") for t in run]
        particle = [w in _PARTICLES for w in words]
        known_first = [w in self.first or (i == 0 and paired) or self._compound_first(w) for i, w in enumerate(words)]
        known_last = [w in self.last for w in words]
        common = [is_common_word(w) for w in words]
        introduced = (labelled or paired
                      or (intro_whole if run[0][0] == whole[0][0] else self._introduced_at(text, run[0][0]))
                      or self._announced(text, run))
        # "Pomeroy L Guibord": words around a lone initial are a name even when both are unknown.
        introduced = introduced or initialled(words, common) or gaelic(words) or person_after(text, run, common)
        if not titled and not introduced and not any(f or l for f, l in zip(known_first, known_last)):
            return None
        lo, hi = 0, len(run)
        keep = 1 if titled or introduced_run else 0  # the one word after "Mr." is the name
        while hi > lo + keep and common[hi - 1] and not (hi - 1 > lo and known_first[hi - 2]):
            hi -= 1
        # "Kontoinhaber Catherine Striebitz": a name starts at its first name, so an unknown
        # word right before a known first name is a noun or a label, not part of the name.
        # Also before a two-word name: "Reach Kevin", "Kunde Hans-Jürgen" (an English word or a sentence opener).
        # "Ihre Patientin Wolfhard Baum": every unknown word before the first name goes.
        while not titled and hi - lo >= 2 and not (known_first[lo] or known_last[lo]) and self._first_name_next(
            known_first, known_last, lo, hi
        ) and (hi - lo >= 3 or is_english_word(words[lo]) or self._opens_sentence(text, run[lo][0])):
            lo += 1
        if not titled and hi - lo >= 2 and all(_function_word(w, self.first) for w in words[lo:hi]):
            return None  # "geben Sie Ihrem Kind", "Vous Votre": capitalised pronouns and articles name nobody
        # "Bogdánné Dr. Németh Eszter Rozália": a title inside a name does not count towards its length.
        count = hi - lo - sum(particle[lo:hi]) - sum(is_title(t[2]) for t in run[lo + 1 : hi - 1])
        if lo >= hi or count > 4 or particle[lo] and not titled:  # "Herr de Dardel": the particle after a title is the name's
            return None
        if not (titled or introduced or any(known_first[lo:hi]) or any(known_last[lo:hi])):
            return None
        span_start, span_end = run[lo][0], run[hi - 1][1]
        if _hyphen_initial(run[hi - 1][2]):
            span_end += text[span_end - 1] != "." and text.startswith(".", span_end)  # "(Hans-J.):" keeps its dot
        elif text[span_end - 1] == "." and len(run[hi - 1][2]) > 2:
            span_end -= 1
        if count >= 2 or titled:
            score = 0.85
        elif known_first[lo]:
            score = 0.7
        else:
            score = 0.7 if introduced else 0.4
        return span_start, span_end, score

    def _labelled(self, text: str, run: list[tuple[int, int, str]]) -> bool:
        """A speaker label, a possessive, a signature or an inverted "Surname, First" (see each)."""
        return (self._speaker(text, run) or self._possessive(text, run) or self._signs_off(text, run)
                or self._inverted(text, run))

    @staticmethod
    def _introduced_at(text: str, start: int) -> bool:
        return introduced_at(text, start)

    @staticmethod
    def _first_name_next(known_first: list[bool], known_last: list[bool], lo: int, hi: int) -> bool:
        """Whether the first known word after `lo` in the run is a known first name."""
        nxt = next((k for k in range(lo + 1, hi) if known_first[k] or known_last[k]), None)
        return nxt is not None and known_first[nxt]

    def _initial_before(self, text: str, start: int, end: int) -> int:
        """"I. Szabó Tamás", "E. Vörös Renáta": the Hungarian initial before a family name and a given
        name belongs to the name. Only in that order (known surname, known first name last), never
        "M." (Monsieur), and never glued to a dotted word before ("J.P. Morgan", "i. A. Heinz Kuhl")."""
        if start < 3 or text[start - 1] != " " or text[start - 2] != "." or text[start - 3] not in UPPER:
            return start
        if text[start - 3] == "M" or (start > 3 and text[start - 4] not in " \n\t(\"'“"):
            return start
        if start > 5 and text[start - 4] == " " and text[start - 5] == ".":
            return start  # "i. A. Heinz": an abbreviation before
        words = text[start:end].split()
        if len(words) < 2 or words[0] not in self.last or words[-1] not in self.first:
            return start
        return start - 3

    def _first_name_title(self, run: list[tuple[int, int, str]]) -> bool:
        """"Don Brown", "Don M McBryde": a title that is a first name too opens the name when no first
        name follows it (the title comes before one: "Don Juan Pérez")."""
        word = run[0][2]
        if len(run) < 2 or word.endswith(".") or word not in self.first:
            return False
        second = run[1][2].rstrip(".")
        return second not in self.first and (second in self.last or is_common_word(second) or len(second) == 1)

    def _speaker(self, text: str, run: list[tuple[int, int, str]]) -> bool:
        """"Jack: yes, ..." opening a line of a dialogue: a speaker label made of known names."""
        if len(run) > 3 or text[run[-1][1] : run[-1][1] + 1] != ":":
            return False
        if run[0][0] > 0 and text[run[0][0] - 1] not in "\n" and not _TIMED_LINE.fullmatch(
                text, text.rfind("\n", 0, run[0][0]) + 1, run[0][0]):
            return False
        if all(self._known_first(t[2]) or t[2] in self.last for t in run):
            return True
        # An unknown word that labels two or more lines of the dialogue ("Yumeka: ...\nYumeka: ...").
        label = text[run[0][0] : run[-1][1]]
        if label.lower() in _ROLE_LABELS or any(is_common_word(t[2]) or is_english_word(t[2]) for t in run):
            return False
        return (text.count(f"\n{label}:") + text.startswith(f"{label}:")) >= 2

    def _inverted(self, text: str, run: list[tuple[int, int, str]]) -> bool:
        """"Olson, Tamara 2024-02-25 15:06", "Name, Vorname: Иванов, Лука": a surname, a comma and a
        known first name, opening a line or a labelled value and closing it (or before a date or
        time), the way directories and chat exports list people."""
        if len(run) != 1 or not text.startswith(", ", run[0][1]) or self._known_first(run[0][2]):
            return False
        word = run[0][2]
        if word.lower() in _ROLE_LABELS:
            return False
        before = text[max(0, run[0][0] - 2) : run[0][0]]
        if not (run[0][0] == 0 or before.endswith("\n") or before == ": "):
            return False
        match = _INVERTED_FIRST.match(text, run[0][1] + 2)
        if match is None or match.group(1) not in self.first or is_common_word(match.group(1)):
            return False
        # A surname that is a word too ("Brown, James", "Hill, Joseph") only with a date or time after.
        dated = _DATE_AFTER.match(text, match.end()) is not None
        return dated or not (is_common_word(word) or is_english_word(word))

    @staticmethod
    def _announced(text: str, run: list[tuple[int, int, str]]) -> bool:
        """An item of a list of people that a plural noun and a colon announce ("founders: Luthar,
        King and Baker"); looked for only where a colon stands shortly before."""
        start = run[0][0]
        colon = text.rfind(":", max(0, start - 120), start)
        if colon == -1 or "\n" in text[colon:start]:
            return False
        return _ANNOUNCED_LIST.search(text, max(0, colon - 16), start) is not None

    def _signs_off(self, text: str, run: list[tuple[int, int, str]]) -> bool:
        """"Best,\nJoy": a known first name alone on the line under a closing signs the message,
        even when it is a word too ("Joy", "Grace", "Mark")."""
        start, end = run[0][0], run[0][1]
        if len(run) != 1 or start == 0 or text[start - 1] != "\n" or not self._known_first(run[0][2]):
            return False
        line_start = start
        line_end = text.find("\n", end)
        if text[end : len(text) if line_end == -1 else line_end].strip(" \t,."):
            return False
        above = text[text.rfind("\n", 0, line_start - 1) + 1 : line_start - 1]
        return _CLOSING.fullmatch(above.strip()) is not None

    def _possessive(self, text: str, run: list[tuple[int, int, str]]) -> bool:
        """"ask for Brown's report": a name that is also a word ("Brown", "Green", "Little"), owning
        something mid-sentence. At a sentence's start it may be the word ("Green's the colour")."""
        word = run[0][2]
        if len(run) != 1 or not text.startswith(("'s ", "’s "), run[0][1]) or self._opens_sentence(text, run[0][0]):
            return False
        return word in self.ambiguous_first or word in self.first or word in self.last

    def _compound_first(self, word: str) -> bool:
        """"Hans-Jürgen", "Jean-Luc": every part a known first name; "Klaus-D.", "Hans-J.": a known
        first name, then the initial of the second."""
        if "-" not in word:
            return False
        parts = word.split("-")
        return parts[0] in self.first and all(p in self.first or len(p) == 1 and p.isupper() for p in parts[1:])

    @staticmethod
    def _opens_sentence(text: str, start: int) -> bool:
        before = text[max(0, start - 3) : start].rstrip(" \t\"'“‘*-•>(")
        return not before or before[-1] in ".!?:;\n"

    def _known_first(self, word: str) -> bool:
        return word in self.first or word in self.ambiguous_first
