"""Handles in chat: the nicks of a chat transcript and the people it mentions are logins.

Found
- as the speaker of an IRC-style line, `<jdoe> text` or `[15:23] jdoe: text`, where at least two lines
  of the text open so (one such line may be HTML or a placeholder; a transcript has several);
- as the speaker of a direct-message transcript without times, a handle opening two lines or more
  before a colon beside a capitalised speaker's label ("marcel.goossens: hi ..." / "Studio: Yes ...");
- as the speaker of an exported chat message, a line holding only a lower-case handle and a time
  ("jdoe – 17:32", Discord's "jdoe — Today at 14:12"), or a handle, a time and the message on one
  line, as Slack copies a channel ("jdoe 07:41  cycle count done"), where at least two lines open so;
- as the author in a code forge's comment header ("**jdoe** commented Aug 24", "jane.doe replied");
- as an @mention before a space or punctuation ("@jdoe tu peux regarder ?"), but not a decorator
  alone on its line (`@dataclass`), an e-mail address, a package scope (`@types/node`, `@acme:registry=`),
  a file or host (`curl -d @body.json`, `user:pw@db.internal:5432`: a dotted mention opens with a first
  name), a doc tag
  (`@param`), a CSS at-rule (`@media`) or a broadcast (`@here`);
- after "ping" when the handle ends a clause ("ping jdoe or mail ...", "ping j.doe, ..."), but not a
  host ("ping db-01", "ping db.internal"): a dotted handle must open with a first name;
- and then wherever else the same handle stands as a whole token in the text.
Plain words of the five languages are no handles ("ping me", "<span> text"); a nick that is only a
first name ("<christina>") is left to the name recognizers.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from .common_nouns import is_lexicon_word
from .english_lexicon import is_english_word
from .gazetteer import load_gazetteer
from .labelled import label_positions
from .line_starts import line_matches
from .lookup_tables import lookup_table

_HANDLE = r"[a-z][a-z0-9._\-]{1,30}[a-z0-9]"
_NICK_LINE = re.compile(rf"(?m)^<(?P<value>{_HANDLE})>[ \t]+\S")
# A transcript's line with its time first: "[15:23] lrobinson: text" (a Slack or IRC log); "[10:02] Anna:"
# opens on a name, which the name finder reads.
_TIMED_NICK_LINE = re.compile(rf"(?m)^\[\d{{1,2}}:\d{{2}}(?::\d{{2}})?\][ \t]+<?(?P<value>{_HANDLE})>?:?[ \t]+\S")
# The time of an exported message: "17:32", or a day word before it as Discord writes it ("Today at
# 14:12", "Yesterday at 9:05 PM", "Heute um 14:12", "Aujourd'hui à 14:12", "Hoy a las 14:12", "Oggi alle
# 14:12") or a date ("03/12/2024 14:12").
_MESSAGE_TIME = (
    r"(?:(?:today|yesterday|heute|gestern|aujourd['’]hui|hier|hoy|ayer|oggi|ieri)[ \t]+(?:at|um|à|a[ \t]+las|alle)[ \t]+"
    r"|\d{1,2}[./]\d{1,2}[./]\d{2,4}[ \t]+)?\d{1,2}:\d{2}(?:[ \t]*[AaPp][Mm])?"
)
# A direct-message transcript with no times: a handle opens two lines or more before a colon, and the
# other party's label is a capitalised word ("marcel.goossens: hi ...", "Studio: Yes, ..."), as
# Instagram, WhatsApp or a support inbox export a conversation.
_PLAIN_NICK_LINE = re.compile(rf"(?m)^(?P<value>{_HANDLE}):[ \t]+\S")
_CAPITALISED_SPEAKER = re.compile(r"(?m)^[A-Z][^\W\d_]+(?: [A-Z][^\W\d_]+)?(?: \([^()\n]{1,30}\))?:[ \t]+\S")
_SPEAKER_LINE = re.compile(rf"(?m)^(?P<value>{_HANDLE})[ \t]+[–—\-][ \t]+(?i:{_MESSAGE_TIME})[ \t]*$")
# A copied channel: the handle, the message's time (not a log's "12:00:01") and the message itself.
_MESSAGE_LINE = re.compile(rf"(?m)^(?P<value>{_HANDLE})[ \t]+\[?\d{{1,2}}:\d{{2}}(?:[ \t]*[AaPp][Mm])?\]?[ \t]+\S")
# The header of a comment in a code forge's issue thread, copied as text: "**jdoe** commented Aug 24",
# "jane.doe commented 3 days ago", "@jdoe reviewed", GitLab's "jdoe replied".
_FORGE_VERBS = ("commented", "replied", "reviewed", "approved")
_COMMENT_HEADER = re.compile(
    rf"(?m)^(?:\*\*)?@?(?P<value>{_HANDLE})(?:\*\*)?[ \t]+(?:{'|'.join(_FORGE_VERBS)})\b"
)
# (or a quoted value: a record's `"handle": "@jdoe"`)
_MENTION = re.compile(rf"(?<![\w.@/+\-])@(?P<value>{_HANDLE})(?=[ \t,;!?)\"']|[:.](?:\s|$)|\s|$)")
_PING = re.compile(
    rf"(?i)(?<![\w\-])ping[ \t]+@?(?-i:(?P<value>{_HANDLE}))"
    r"(?=[ \t]+(?:or|and|about|if|oder|und|ou|et|o|y|e)\b|[,;?!]|\.(?:\s|$)|$)"
)
# Element names of HTML and XML that open a line like a nick: "<div> text", "<td> 42".
_MARKUP = frozenset(
    "html head body div span table thead tbody tfoot tr td th ul ol li dl dt dd pre code em strong "
    "small sub sup label form input select option button script style title meta link nav header "
    "footer section article aside main figure img br hr blockquote cite abbr xml svg path".split()
)
# Javadoc/JSDoc tags, CSS at-rules, chat broadcasts: an "@word" that names nobody.
_AT_WORDS = frozenset(
    "param params return returns throws throw see since author deprecated link version todo example "
    "type typedef property override inheritdoc internal private public protected static async default "
    "media import charset keyframes supports page namespace layer container font-face here channel "
    "everyone all team group "
    # cron's presets ("@daily", Airflow's schedule="@daily")
    "yearly annually monthly weekly daily hourly midnight reboot".split()
)
_NETWORK_WORDS = frozenset({"localhost", "gateway", "router"})


def find_chat_handles(text: str, is_person_handle: Callable[[str], bool]) -> Iterator[tuple[int, int]]:
    """(start, end) of every chat handle; `is_person_handle` drops service accounts."""
    handles = _speakers(text) | _mentions(text)
    # A nick that is only a first name ("<christina>") is the person's name: PERSON's, not ours.
    handles = {h for h in handles if is_person_handle(h) and not (h.isalpha() and h in _first_names())}
    if not handles:
        return
    yield from _occurrences(text, handles)


def _speakers(text: str) -> set[str]:
    found: set[str] = set()
    # (a character's search before a longer one's: most texts lack the character, and the search
    # for one character is far cheaper)
    if text.startswith("<") or "<" in text and "\n<" in text:
        nicks = [m.group("value") for m in line_matches(_NICK_LINE, text)]
        if len(nicks) >= 2:
            found.update(n for n in nicks if _handle_word(n) and n not in _MARKUP)
    if text.startswith("[") or "[" in text and "\n[" in text:
        nicks = [m.group("value") for m in line_matches(_TIMED_NICK_LINE, text)]
        if len(nicks) >= 2:
            found.update(n for n in nicks if _handle_word(n) and not is_english_word(n))
    if ":" in text:
        senders = [m.group("value") for m in line_matches(_MESSAGE_LINE, text)]
        if len(senders) >= 2:
            # ("backup 02:00 nightly", "restore 03:00 weekly": a schedule's jobs are English words)
            found.update(n for n in senders if _handle_word(n) and not is_english_word(n))
    if ":" in text:
        nicks = [m.group("value") for m in line_matches(_PLAIN_NICK_LINE, text)]
        repeated = {n for n in nicks if nicks.count(n) >= 2}
        if repeated and next(line_matches(_CAPITALISED_SPEAKER, text), None) is not None:
            # ("error: ...", "note: ...": words; "db_host: ..." is a key, named once in a config)
            found.update(n for n in repeated if _handle_word(n) and not is_english_word(n))
    if "–" in text and " – " in text or "—" in text and " — " in text or "-" in text and " - " in text:
        found.update(m.group("value") for m in line_matches(_SPEAKER_LINE, text) if _handle_word(m.group("value")))
    # (the labels' shared scan of the text, labelled.py, holds each verb in lower case: most texts none)
    if label_positions(text, _FORGE_VERBS) and any(f" {verb}" in text for verb in _FORGE_VERBS):
        found.update(m.group("value") for m in line_matches(_COMMENT_HEADER, text) if _handle_word(m.group("value")))
    return found


def _mentions(text: str) -> set[str]:
    found: set[str] = set()
    # _MENTION opens with a look-behind, so finditer would try it at every character: match it only
    # at each "@" instead. Its handle holds no "@", so no match holds a second "@" and the matches
    # found are finditer's (match() at a position still sees the character before it).
    at = text.find("@")
    while at != -1:
        match = _MENTION.match(text, at)
        at = text.find("@", at + 1)
        if match is None:
            continue
        value = match.group("value")
        at_line_start = match.start() == 0 or text[match.start() - 1] == "\n"
        decorator = at_line_start and text[match.end() : match.end() + 1] in ("", "\n", "\r")
        if value in _AT_WORDS or decorator or not _handle_word(value) or "." in value and not _dotted_name(value):
            continue
        if text[match.end() : match.end() + 1] in ("\"", "'") and ("-" in value or is_english_word(value)):
            continue  # a quoted '"@oncall-payments"' names a team, "@weekly" a schedule
        found.add(value)
    if label_positions(text, ("ping",)) and ("ping" in text or "Ping" in text):
        for match in _PING.finditer(text):
            value = match.group("value")
            if not _handle_word(value) or value in _NETWORK_WORDS or "-" in value:
                continue  # "ping me", "ping localhost", "ping db-01": no person
            if "." not in value or _dotted_name(value):
                found.add(value)
    return found


def _dotted_name(value: str) -> bool:
    """"jane.doe": a first name, a dot and one more letter-only part; "db.internal" is a host."""
    parts = value.split(".")
    return len(parts) == 2 and all(p.isalpha() for p in parts) and parts[0] in _first_names()


@lookup_table
def _first_names() -> frozenset[str]:
    gazetteer = load_gazetteer()  # "Mark", "Grant": first names that are words too
    return frozenset(w.lower() for w in gazetteer.first_names | gazetteer.ambiguous_first_names)


def _handle_word(value: str) -> bool:
    """A login, not a word: it holds a digit, dot, underscore or hyphen, or is no lexicon word."""
    return any(c in "._-0123456789" for c in value) or not is_lexicon_word(value)


def _occurrences(text: str, handles: set[str]) -> Iterator[tuple[int, int]]:
    for handle in handles:
        start = text.find(handle)
        while start != -1:
            end = start + len(handle)
            before = text[start - 1 : start] if start else " "  # the text's edges bound a token too
            after = text[end : end + 1] or " "
            if not (before.isalnum() or before in "_.-") and not (after.isalnum() or after in "_@-"):
                if not (after == "." and text[end + 1 : end + 2].isalnum()):
                    yield start, end
            start = text.find(handle, end)
