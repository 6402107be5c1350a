"""Secrets after a label written as a phrase or glued into one word, in comments, prose and config.

secrets.py reads a key word directly followed by its separator (`api_key=`, `password:`). People
also write a few words between them, in any language: `# encryption key for the nightly archive
(move it to the vault): <value>`, `Passwort für den VPN-Zugang: <value>`, and code glues the words
of a key together: `'passwordsalt' => '<value>'`, `encryptionKey:`. Here the label is the stretch of
the line before its first separator (`:`, `=`, `=>`, up to twelve words); it labels a credential when
a secret or password word stands anywhere in it, glued or not. The value then decides:

- a generated token (20 characters or more from a token's alphabet, upper and lower case and
  digits; never hex, a UUID, a path or base64-encoded prose) is a SECRET whatever the word;
- under a password word, a value shaped like a chosen password (letters with digits or a policy
  symbol, 6 to 40 characters, no mail address, URL or path) is a PASSWORD.

A label may also stand in a line's trailing comment after the value it names (`sv_setsteamaccount
"<token>"   // game server login token`): a generated token quoted in the line's code is then a SECRET.

An ordinary word, a number, a date, a ticket id (no lower case) or a version after such a label is
left alone, so "Key findings: revenue grew" and "token expiry: 2025-06-01" label nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from .labelled import label_positions
from .secret_kinds import PASSWORD, SECRET, is_generated_token
from .secret_values import encodes_prose, is_password_shaped
from .types import Span
from .views import TextViews

SCORE = 0.85
SECRET_MIN_LENGTH = 20
_MAX_LABEL_WORDS = 12
_MAX_LABEL_CHARS = 100

# Secret words (en, de, fr, es, it, pt, nl) and password words; found inside longer words too
# ("passwordsalt", "encryptionkey", "Schlüsselwert"), the value's shape being the evidence.
_SECRET_STEMS = ("key", "secret", "token", "salt", "credential", "passphrase", "chiave", "clé", "cle ", "cle_",
                 "clave", "chave", "schlüssel", "schluessel", "geheimnis", "sleutel", "segret", "secreto", "secrète",
                 "segredo", "jeton")
_PASSWORD_STEMS = ("password", "passwort", "kennwort", "passwd", "pwd", "mot de passe", "motdepasse", "mdp",
                   "contraseña", "contrasena", "senha", "wachtwoord", "parola d'ordine", "lösenord", "haslo", "hasło")
_STEMS = _SECRET_STEMS + _PASSWORD_STEMS

# The separator after the label: ":" (not "://"), "=", "=>", ":=" ; then an optional quote.
_SEPARATOR = re.compile(r"[ \t]*(?::=|=>|=|:(?!//))[ \t]*(?P<quote>[\"'`]?)")
_VALUE = re.compile(r"[^\s\"'`,;<>()\[\]{}]+")
# What may open a line before its label: indentation, comment markers, list bullets, quotes.
_LINE_OPENING = re.compile(r"[ \t]*(?:#+|//+|--|;+|\*+|-(?= )|\$)?[ \t]*[\"'`]?")
_UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
_PASSWORD_SYMBOLS = frozenset("!#$%&*()+=?^~@")


def _line_bounds(text: str, position: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position)
    return start, len(text) if end == -1 else end


def _is_secret_value(value: str) -> bool:
    # ("--from-literal=API_KEY=<key>": a value holding "=" but base64's padding is an assignment of its own)
    if "=" in value.rstrip("=") or not is_generated_token(value, SECRET_MIN_LENGTH) or _UUID.search(value) or encodes_prose(value):
        return False
    # a path's parts are words or file names; a key's base64 has neither
    return not any(part.islower() and part.isalpha() or "." in part for part in value.split("/")[:-1]) \
        if "/" in value else True


def _is_password_value(value: str) -> bool:
    if not 6 <= len(value) <= 40 or "@" in value[1:-1] and "." in value.split("@")[-1] or "://" in value:
        return False
    if value.startswith(("/", "~", "$", "%", "{")) or value.isdigit():
        return False
    has_letter = any(c.isalpha() for c in value)
    has_digit = any(c.isdigit() for c in value)
    has_symbol = not _PASSWORD_SYMBOLS.isdisjoint(value)
    mixed_case = value != value.lower() and value != value.upper()
    return has_letter and (has_digit and (has_symbol or mixed_case) or is_password_shaped(value))


def _label_of(line: str, separator_at: int) -> str | None:
    """The label before a separator: the line's text after its opening, if short enough."""
    opening = _LINE_OPENING.match(line)
    label = line[opening.end() if opening else 0 : separator_at].strip(" \t\"'`")
    if not label or len(label) > _MAX_LABEL_CHARS or len(label.split()) > _MAX_LABEL_WORDS or ":" in label \
            or "=" in label:
        return None
    return label


# A trailing comment after a line's code: "//", "#" or ";" after a blank.
_TRAILING_COMMENT = re.compile(r"[ \t](?://|#|;)[ \t]")
_QUOTED = re.compile(r"[\"'`](?P<value>[^\s\"'`]+)[\"'`]")


def _commented_token(line: str, line_start: int, label_at: int) -> Iterator[Span]:
    """A generated token quoted in a line's code, when the line's trailing comment names a secret
    (`sv_setsteamaccount "<token>"   // game server login token`)."""
    comment = None
    for match in _TRAILING_COMMENT.finditer(line, 0, label_at + 1):
        comment = match
    if comment is None:
        return
    for quoted in _QUOTED.finditer(line, 0, comment.start()):
        if _is_secret_value(quoted.group("value")):
            yield Span(line_start + quoted.start("value"), line_start + quoted.end("value"), SECRET, SCORE)


def find_phrase_credentials(views: TextViews) -> tuple[Span, ...]:
    """SECRET and PASSWORD values after phrase or glued labels holding a secret or password word
    (cached: the SECRET and the PASSWORD recognizers both read them for the same text)."""
    return _phrase_credentials(views.original)


@lru_cache(maxsize=4)
def _phrase_credentials(text: str) -> tuple[Span, ...]:
    return tuple(_scan(text))


def _scan(text: str) -> Iterator[Span]:
    done_lines: set[int] = set()
    for position in label_positions(text, _STEMS):
        line_start, line_end = _line_bounds(text, position)
        if line_start in done_lines:
            continue
        done_lines.add(line_start)
        line = text[line_start:line_end]
        separator = _SEPARATOR.search(line, position - line_start)
        if separator is None:
            yield from _commented_token(line, line_start, position - line_start)
            continue
        label = _label_of(line, separator.start())
        if label is None:
            continue
        value = _VALUE.match(line, separator.end())
        if value is None:
            continue
        raw = value.group().rstrip(".")
        lowered = label.lower().replace("_", " ")
        start = line_start + value.start()
        if _is_secret_value(raw):
            yield Span(start, start + len(raw), SECRET, SCORE)
        elif any(stem.replace("_", " ") in lowered for stem in _PASSWORD_STEMS) and _is_password_value(raw):
            yield Span(start, start + len(raw), PASSWORD, SCORE)
