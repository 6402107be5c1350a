"""E-mail addresses: written plainly (public and internal domains, `localhost`) and spelled out
("jane dot doe at acme dot com", "[at]", "(dot)", and the words of de/fr/es/it). A public suffix
raises the score, it does not decide; file names (`icon@2x.png`) and a URL's user-info are not
e-mails. Both scans are tried only where an address can open (exact prechecks, held by
tests/test_detection_prechecks.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .normalize import TextView
from .patterns import matches_at, span_in_original
from .tlds import is_known_tld
from .types import Span

_EMAIL = re.compile(
    r"(?<![\w.+\-])[A-Za-z0-9_%+\-]+(?:\.[A-Za-z0-9_%+\-]+)*@"
    r"(?:[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?\.)+([A-Za-z]{2,24})(?![\w\-])"
)


# Internal mail domains (acme.internal, corp.local, mail.lan, navy.example) are real addresses too:
# a public suffix raises the score, it does not decide. File names ("icon@2x.png") are not e-mails.
_INTERNAL_EMAIL_SCORE = 0.8
_FILE_EXTENSIONS = frozenset(
    "png jpg jpeg gif svg webp ico bmp tif tiff pdf js mjs ts tsx jsx css scss py rb go rs java kt "
    "json yaml yml toml xml txt md csv log lock zip gz tar mp3 mp4 wav mov html htm php sh exe dll so".split()
)
# "jane@localhost." ends a sentence; "jane@localhost.example" is a domain find_emails reads.
_LOCALHOST_EMAIL = re.compile(r"(?<![\w.+\-])[A-Za-z0-9_%+\-]+(?:\.[A-Za-z0-9_%+\-]+)*@localhost(?![\w\-]|\.\w)")


def _in_url_user_info(text: str, start: int) -> bool:
    token_start = max(text.rfind(c, 0, start) for c in " \t\n\"'<") + 1
    return "://" in text[token_start:start]


_LOCAL_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_%+-.")


def _email_starts(text: str) -> list[int]:
    """Where an address can open: its local part is a run of local characters before its "@", and
    the pattern's lookbehind lets it open only where that run opens or right after a "%" in it."""
    starts: set[int] = set()
    at = text.find("@")
    while at != -1:
        position = at
        while position > 0 and text[position - 1] in _LOCAL_CHARS:
            position -= 1
            if text[position] == "%":
                starts.add(position + 1)
        starts.add(position)
        at = text.find("@", at + 1)
    return sorted(starts)


def find_emails(view: TextView) -> Iterator[Span]:
    if "@" not in view.text:
        return
    for match in matches_at(_EMAIL, view.text, _email_starts(view.text)):
        tld = match.group(1)
        if _in_url_user_info(view.text, match.start()):
            continue  # "postgres://app:pw@db.internal": a password and a host, not an e-mail
        if is_known_tld(tld):
            yield span_in_original(view, match.start(), match.end(), "EMAIL_ADDRESS", 1.0)
        elif tld.lower() not in _FILE_EXTENSIONS:
            yield span_in_original(view, match.start(), match.end(), "EMAIL_ADDRESS", _INTERNAL_EMAIL_SCORE)
    if "@localhost" in view.text:
        for match in _LOCALHOST_EMAIL.finditer(view.text):
            yield span_in_original(view, match.start(), match.end(), "EMAIL_ADDRESS", _INTERNAL_EMAIL_SCORE)


# "jane dot doe at acme dot com", "jane[at]acme(dot)com", "jane arobase acme point fr"
_AT_WORDS = r"at|ät|arobase|arroba|chiocciola|klammeraffe"
_DOT_WORDS = r"dot|punkt|point|punto|pt"
_BRACKETED_AT = rf"\s*[\[\(\{{<]\s*(?:@|{_AT_WORDS})\s*[\]\)\}}>]\s*"
_BRACKETED_DOT = rf"\s*[\[\(\{{<]\s*(?:\.|{_DOT_WORDS})\s*[\]\)\}}>]\s*"
_SPELLED_AT = rf"(?:{_BRACKETED_AT}|\s+(?:{_AT_WORDS})\s+|\s*@\s*)"
_SPELLED_DOT = rf"(?:{_BRACKETED_DOT}|\s+(?:{_DOT_WORDS})\s+|\.)"
_LABEL = r"[A-Za-z0-9_%+\-]+"
_SPELLED_EMAIL = re.compile(
    rf"(?<![\w.])(?P<local>{_LABEL}(?:{_SPELLED_DOT}{_LABEL})*)"
    rf"(?P<at>{_SPELLED_AT})"
    rf"(?P<domain>{_LABEL}(?:{_SPELLED_DOT}{_LABEL})*{_SPELLED_DOT}(?P<tld>[A-Za-z]{{2,24}}))(?![\w])",
    re.IGNORECASE,
)
# Every spelled address holds an "at" followed by a domain with a dot, so text without one has
# none. This scan starts only at spaces, brackets and "@"; the full pattern tries every word of
# the text (prose says "at once" often enough for that to be most of this recognizer's cost).
_AT_THEN_DOMAIN = re.compile(
    rf"{_SPELLED_AT}{_LABEL}(?:{_SPELLED_DOT}{_LABEL})*{_SPELLED_DOT}[A-Za-z]{{2,24}}(?![\w])", re.IGNORECASE
)


# Exact precheck. Every match that is not a plain address (which find_spelled_emails skips) holds a
# spelled part: a bracketed "at" or dot, a dot word between spaces, an "at" word between spaces before
# a domain, an "@" with a space beside it, or a "%" or "+" in the domain after a plain "@" (the plain
# form's domain takes neither). A plain match is made of label characters, dots and one "@" with no
# space, so a text with none of these parts has nothing to report and skips both scans below.
_DOMAIN = rf"{_LABEL}(?:{_SPELLED_DOT}{_LABEL})*{_SPELLED_DOT}[A-Za-z]{{2,24}}(?![\w])"
_BRACKETED_PART = re.compile(rf"[\[\(\{{<]\s*(?:@|{_AT_WORDS}|\.|{_DOT_WORDS})\s*[\]\)\}}>]", re.IGNORECASE)
_SIGN_IN_DOMAIN = re.compile(r"@[A-Za-z0-9_.\-]*[%+]", re.IGNORECASE)
_SPACED_PART = re.compile(rf"\s(?:{_DOT_WORDS})\s|(?:\s+(?:{_AT_WORDS})\s+|\s+@\s*|@\s+){_DOMAIN}", re.IGNORECASE)
# The same on ASCII text in lower case with its whitespace made spaces: str.find stops only at the
# words, where the regex above opens at every space. (Non-ASCII letters fold to ASCII ones under
# IGNORECASE, "ı" to "i", so only ASCII text takes this path.)
_OTHER_ASCII_SPACE = re.compile(r"[\t\n\v\f\r\x1c-\x1f]")
_ASCII_SPACES = str.maketrans(dict.fromkeys("\t\n\v\f\r\x1c\x1d\x1e\x1f", " "))
_SPACED_DOT_WORDS = tuple(f" {w} " for w in _DOT_WORDS.split("|"))
_SPACED_AT_WORDS = tuple(f" {w} " for w in _AT_WORDS.split("|") if w.isascii())
_AT_WORD_DOMAIN = re.compile(rf" (?:{_AT_WORDS}) +{_DOMAIN}")


def _spelled_email_possible(text: str) -> bool:
    """Whether the text holds a spelled part (see above) that a reported address needs."""
    if _BRACKETED_PART.search(text) or _SIGN_IN_DOMAIN.search(text):
        return True
    if not text.isascii():
        return _SPACED_PART.search(text) is not None
    spaced = text.lower()
    if _OTHER_ASCII_SPACE.search(spaced):
        spaced = spaced.translate(_ASCII_SPACES)
    for word in _SPACED_AT_WORDS:
        at = spaced.find(word)
        while at != -1:
            if _AT_WORD_DOMAIN.match(spaced, at):
                return True
            at = spaced.find(word, at + 1)
    # Past this point the only "at" left is an "@" (brackets returned above): prose with a dot word
    # ("point out", "the pt. of") but no "@" has no address to report.
    if "@" not in spaced:
        return False
    return " @" in spaced or "@ " in spaced or any(word in spaced for word in _SPACED_DOT_WORDS)


def find_spelled_emails(view: TextView) -> Iterator[Span]:
    text = view.text
    if not _spelled_email_possible(text) or not _AT_THEN_DOMAIN.search(text):
        return
    for match in _SPELLED_EMAIL.finditer(text):
        if not is_known_tld(match.group("tld")):
            continue
        whole = match.group()
        if re.fullmatch(r"[\w.%+\-]+@[\w.\-]+", whole):
            continue  # a plain e-mail; find_emails reports it
        spelled_dot = bool(re.search(rf"[\[\(\{{<]|\s(?:{_DOT_WORDS})\s", whole, re.IGNORECASE))
        at = match.group("at").strip()
        # "look at example.com" is prose, "jane at acme dot com" is an address.
        score = 0.85 if spelled_dot or at not in {w for w in _AT_WORDS.split("|")} else 0.45
        yield span_in_original(view, match.start(), match.end(), "EMAIL_ADDRESS", score)
