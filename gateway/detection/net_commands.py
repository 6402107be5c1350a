"""Credentials on Windows `net use` and `net user` command lines, where no label names the password.

`net use F: \\\\server\\share <password> /user:CORP\\jdoe /persistent:no` (the password may follow the
switch too), `net user jdoe <password> /add`: the command's grammar says which bare word is what.
The words of `net use` are a device ("F:", "*", "LPT1:"), a share ("\\\\server\\share", quoted when it
holds spaces), switches ("/user:...", "/persistent:no", "/savecred") and, left over, the password;
`net user` takes the account's name, then its password. A "*" asks for the password at the prompt,
and "%VAR%", "$var" or "!VAR!" is a script's variable: no password is written there. A command ends
at a redirection or the next command ("&&", "|", ">").

The login of "/user:" is domain_logins.py's and login_labels.py's; the account of `net user` is reported
here when it reads as a person's login.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .login_shapes import is_person_handle, plain_login

_COMMAND = re.compile(r"(?i)(?<![\w\-.\\/])net(?:\.exe)?[ \t]+(?P<verb>use|user)(?=[ \t])(?P<args>[^\n]*)")
_WORD = re.compile(r"\"[^\"\n]*\"|[^\s\"]+")
_ENDS_COMMAND = re.compile(r"&&?|\|\|?|\d?>>?.*|<.*")
_DEVICE = re.compile(r"(?i)[a-z]:|\*|(?:lpt|com)\d:")
_VARIABLE = re.compile(r"%[^%\s]+%|![^!\s]+!|\$[\w{(][^\s]*|%\d|%~\w+")


def _words(args: str, offset: int) -> Iterator[tuple[int, str]]:
    """(start, word) of each argument up to the command's end; a quoted word without its quotes."""
    for match in _WORD.finditer(args):
        word = match.group()
        if _ENDS_COMMAND.fullmatch(word) or word.startswith(("&", "|", ">")):
            return
        if word.startswith('"'):
            yield offset + match.start() + 1, word[1:-1]
        else:
            yield offset + match.start(), word


def _is_given(word: str) -> bool:
    """A written password: not the prompt's "*", not a variable, not empty."""
    return len(word) >= 3 and word != "*" and not _VARIABLE.fullmatch(word)


def _bare_words(text: str, match: re.Match[str]) -> list[tuple[int, str]]:
    """The arguments that are neither switches, devices nor shares."""
    words = []
    for start, word in _words(match.group("args"), match.start("args")):
        if word.startswith("/") or word.startswith("\\\\") or _DEVICE.fullmatch(word):
            continue
        words.append((start, word))
    return words


def _commands(text: str) -> Iterator[re.Match[str]]:
    if "net" not in text.lower():
        return
    yield from _COMMAND.finditer(text)


def find_net_passwords(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each password written on a `net use` or `net user` line."""
    for match in _commands(text):
        bare = _bare_words(text, match)
        # net use: the one word left over; net user: the word after the account's name.
        candidates = bare if match.group("verb").lower() == "use" else bare[1:2]
        if len(candidates) == 1 and _is_given(candidates[0][1]):
            start, word = candidates[0]
            yield start, start + len(word)


def find_net_accounts(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of the account `net user` names, when it reads as a person's login."""
    for match in _commands(text):
        if match.group("verb").lower() != "user":
            continue
        bare = _bare_words(text, match)
        if bare and not _VARIABLE.fullmatch(bare[0][1]):
            start, word = bare[0]
            if plain_login(word) and is_person_handle(word) and len(word) >= 3:
                yield start, start + len(word)
