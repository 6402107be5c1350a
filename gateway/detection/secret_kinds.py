"""SECRET or PASSWORD: a credential's value says which it is where its key does not.

A key names where a credential goes (`SMTP_PASSWORD`, `webhook_secret`, a URL's user-info), not
what was put there. What was put there shows in the value: a person's password is short (password
policies ask for 8 to 16 characters) and often holds a word and a policy symbol; a generated key is
long and random, letters and digits with at most base64's or URL-safe punctuation. So

- a value in a password's place that is a long generated token is a SECRET (an app password, a
  machine account's key, `redis://:<48 random characters>@host`);
- a value in a generic secret's place (`auth`, `secret`, `curl -u user:<value>`) that is short is a
  PASSWORD; a provider-shaped key (found by its prefix) is a SECRET at any length;
- a labelled `user:password` pair (`stats auth jdoe:<value>`) is a login (USERNAME) and its
  password: the password is the part after the colon, typed by its own shape;
- a short labelled value made of lower-case words and a hex tail (`order_key: wc_order_c75bfe4`)
  names a record, not a secret.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from .types import Span

SECRET = "SECRET"
PASSWORD = "PASSWORD"
USERNAME = "USERNAME"
# Shortest generated token; the longest password a person picks stays under it.
GENERATED_MIN_LENGTH = 24
# Labelled secrets shorter than this are passwords (an API key is 20 characters or more).
SECRET_MIN_LENGTH = 20
_TOKEN_CHARS = re.compile(r"[A-Za-z0-9+/=_.~\-]+")
_HEX = re.compile(r"[0-9a-fA-F\-]+")
# "jdoe:S3cret!", "svc.backup:..." : a login, a colon, the rest (no scheme, no second colon).
# "wc_order_c75bfe4", "cart-item-9f3a": lower-case words and a hex or digit tail name a record.
_READABLE_ID = re.compile(r"(?:[a-z]{2,}[_\-])+[0-9a-f]{4,}")
_LOGIN_PAIR = re.compile(r"(?P<user>[A-Za-z_][\w.\-]{0,63}):(?P<password>[^\s:]{4,})")


def is_generated_token(value: str, min_length: int = GENERATED_MIN_LENGTH) -> bool:
    """`min_length` characters or more from a token's alphabet, upper and lower case and digits
    mixed, many distinct characters; hex (hashes, commit ids) is never one."""
    if len(value) < min_length or not _TOKEN_CHARS.fullmatch(value) or _HEX.fullmatch(value):
        return False
    classes = any(c.isupper() for c in value) + any(c.islower() for c in value) + any(c.isdigit() for c in value)
    return classes == 3 and len(set(value)) >= 12


def passwords_typed(text: str, spans: Iterable[Span]) -> Iterator[Span]:
    """Password findings, a generated token among them reported as a SECRET."""
    for span in spans:
        if span.entity == PASSWORD and is_generated_token(text[span.start : span.end]):
            yield Span(span.start, span.end, SECRET, span.score)
        else:
            yield span


def secrets_typed(text: str, spans: Iterable[Span], provider_score: float) -> Iterator[Span]:
    """Secret findings; a labelled one (not provider-shaped) that is a login pair gives its password
    part, and a short one is a PASSWORD."""
    for span in spans:
        if span.entity != SECRET or span.score >= provider_score:
            yield span
            continue
        start, value = span.start, text[span.start : span.end]
        pair = _LOGIN_PAIR.fullmatch(value)
        if pair and not is_generated_token(pair.group("user")):
            yield Span(start, start + pair.end("user"), USERNAME, span.score)
            start, value = start + pair.start("password"), pair.group("password")
        if _READABLE_ID.fullmatch(value):
            continue
        entity = PASSWORD if len(value) < SECRET_MIN_LENGTH else SECRET
        yield Span(start, start + len(value), entity, span.score)
