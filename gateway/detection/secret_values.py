"""What a value after a secret-like key looks like: shapes that unlock nothing, and the shape of a
password under a key that is not a password word.

secrets.py finds the key names and the text after them; these predicates decide what that text is.
They look at the value alone (no wording around it), so they carry over to any key in any language.
"""

from __future__ import annotations

import base64
import binascii
import re

# A timestamp: "[03/Jun/2025:08:14:53" (an access log's), "2022-12-11T17:18:00Z" (a vCard's REV),
# "08:14:53". A clock time or a calendar date inside a value makes it a record's time, not a key:
# tokens are base64, hex or URL-safe and hold no "12:34" (":" is no base64 character).
_TIMESTAMP = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?|\d{4}-\d{2}-\d{2}|\d{1,2}/[A-Za-z]{3}/\d{4}")

# A directory: "PWD=/home/jdoe" (sudo's log line names the working directory), "~/src/app", "./build".
_DIRECTORY = re.compile(r"(?:~|\.{1,2})?(?:/[A-Za-z0-9_][\w.@\-]*){2,}/?")

# A symbol a password policy asks for; "." "-" "_" "/" ":" "@" are left out, as versions, ids,
# paths, host names and e-mail addresses hold them too.
_PASSWORD_SYMBOLS = frozenset("!#$%&*()+=?^~")
# A call in code ("get_token(user1)", "auth.load(cfg2)") is an expression, not a value.
_CALL = re.compile(r"[A-Za-z_][\w.]*\(.*\)")


# A call cut off at its quoted argument: 'password = Sys.getenv("DB_PASSWORD")' leaves "Sys.getenv(",
# 'pwd = getenv("PGPASS")' leaves "getenv(". A qualified name, or a lower-case name without digits (a
# password a person picks, "Word1234(", holds digits).
_CALL_OPENING = re.compile(r"[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+\(|[a-z_][A-Za-z_]*\(")


def is_call_opening(value: str) -> bool:
    """A function's name and its opening bracket: code that fetches the value, not the value."""
    return _CALL_OPENING.fullmatch(value) is not None


def is_timestamp(value: str) -> bool:
    """A value holding a clock time or a date."""
    return _TIMESTAMP.search(value) is not None


def is_directory(value: str) -> bool:
    """An absolute or home-relative path of two or more parts."""
    return _DIRECTORY.fullmatch(value) is not None


# A lookup table's type and path ("hash:/etc/postfix/sasl_passwd", "file:~/.netrc").
_TABLE_REFERENCE = re.compile(r"[a-z][a-z0-9_\-]*:~?/[\w./\-]+")


def is_table_reference(value: str) -> bool:
    """Where passwords are kept (a Postfix map, a file), not a password."""
    return _TABLE_REFERENCE.fullmatch(value) is not None


def is_mapping_key(value: str) -> bool:
    """"secrets:\\n  gitlabDeployToken: ...": what follows a parent key on the next line is a child
    key (ending in ':'), not the parent's value."""
    return value.endswith(":")


def is_password_shaped(value: str) -> bool:
    """"Romano6864*", "i2(0BVdp#vI5W": 8 to 64 characters, letters and digits and a symbol of a
    password policy. Read where a secret's key ("webhook_secret", "webhook_geheimnis") holds a value
    too short or too plain for a generated key, i.e. a password someone chose."""
    if not 8 <= len(value) <= 64 or "://" in value or _CALL.fullmatch(value):
        return False
    has_letter = any(c.isalpha() for c in value)
    has_digit = any(c.isdigit() for c in value)
    return has_letter and has_digit and not _PASSWORD_SYMBOLS.isdisjoint(value)


# Base64 text, optionally behind a scheme prefix ("base64:..." as Laravel's APP_KEY writes it).
_BASE64 = re.compile(r"(?:base64:)?(?P<body>[A-Za-z0-9+/]{16,}={0,2})")
_MIN_WORDS = 3  # encoded prose holds words apart by spaces; "user:password" (basic auth) has none


def encodes_prose(value: str) -> bool:
    """Base64 that decodes to readable text ("U29tZSB0ZXh0IGhlcmUu" is "Some text here."): test
    data or an encoded sentence, not key material. A key's bytes are random: they are almost never
    valid UTF-8, let alone printable words apart by spaces, so this never passes for a real key."""
    match = _BASE64.fullmatch(value)
    if match is None or len(match.group("body")) % 4:
        return False
    try:
        decoded = base64.b64decode(match.group("body"), validate=True).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError):
        return False
    if not decoded.isprintable() or len(decoded.split()) < _MIN_WORDS:
        return False
    letters = sum(c.isalpha() for c in decoded)
    return letters >= 0.7 * len(decoded.replace(" ", ""))


# A PowerShell cmdlet's name ("ConvertTo-SecureString", "Read-Host", "Get-Credential"): after
# "$pw =" it is the command that makes the value, not the value.
_COMMAND_NAME = re.compile(r"[A-Z][a-z]+(?:To)?-[A-Z][A-Za-z]+")


def is_command_name(value: str) -> bool:
    """A Verb-Noun command name."""
    return _COMMAND_NAME.fullmatch(value) is not None
