"""A secret key written right after its access key id, with no label: the id says what follows.

S3-compatible tools take the pair positionally (`mc alias set backup https://s3.example.net AKIA... <secret>`,
`rclone`'s and `s3cmd`'s prompts echoed back), AWS's credentials CSV puts it in the next column
(`AKIA...,<secret>`), and people paste it as "AKIA... / <secret>". An AWS access key id (secrets.py
finds it by its prefix) followed on the same line, after a space, comma, colon, slash or bar, by a
40-character token of base64's alphabet that mixes upper case, lower case and digits is that key's
secret. A hash (hex), a UUID and base64 prose are never one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .labelled import label_positions
from .secret_kinds import SECRET, is_generated_token
from .secret_values import encodes_prose
from .types import Span
from .views import TextViews

SCORE = 0.85
_KEY_ID_PREFIXES = ("AKIA", "ASIA", "ABIA", "ACCA", "A3T")
_PAIR = re.compile(
    r"(?<![A-Za-z0-9_\-])(?:A3T[A-Z0-9]|ABIA|ACCA|AKIA|ASIA)[0-9A-Z]{16}[\"']?"
    r"[ \t]*(?:[,;:|/\t][ \t]*|[ \t])[\"']?(?P<secret>[A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=_\-])"
)


def find_paired_secrets(views: TextViews) -> Iterator[Span]:
    text = views.original
    if not any(prefix in text for prefix in _KEY_ID_PREFIXES):
        return
    for position in label_positions(text, tuple(p.lower() for p in _KEY_ID_PREFIXES)):
        match = _PAIR.match(text, position)
        if match is None:
            continue
        secret = match.group("secret")
        if is_generated_token(secret, 40) and not encodes_prose(secret):
            yield Span(match.start("secret"), match.end("secret"), SECRET, SCORE)
