"""Repeats of a credential: once a login, a password or a key is found in a text, every further
occurrence of the same value in that text is masked too.

A login is often written once where its label or grammar says what it is and again where nothing
does: the WebDAV URL before `user = jdoe` (`.../remote.php/dav/files/jdoe`), "ALTER ROLE jdoe WITH
PASSWORD ..." after sshd's or PostgreSQL's "for user "jdoe"", the home directory in a later path, a
password echoed in a connection string. Masking one occurrence and leaving the other in clear leaks
the value all the same. Only exact occurrences that stand as a whole token count ("jdoe" in
"jdoe42" or "jdoe.example.net" is another token), only values long enough to be distinctive, and
only logins that no ordinary word has the shape of.
Linear: one `str.find` walk per distinct value.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from .login_shapes import lower_case_handle, name_shaped
from .types import Span

CREDENTIAL_ENTITIES = frozenset({"USERNAME", "PASSWORD", "SECRET"})
_REPEAT_SCORE = 0.75
_MIN_LENGTH = 4
_MIN_SCORE = 0.7
_JOINERS = "_-"


def _stands_alone(text: str, start: int, end: int) -> bool:
    """The occurrence is a token of its own: no letter, digit, "_" or "-" glued on either side, and
    no "." that goes on into another word ("jdoe.example.net") or comes from one."""
    before = text[start - 1] if start > 0 else ""
    after = text[end] if end < len(text) else ""
    if before and (before.isalnum() or before in _JOINERS):
        return False
    if after and (after.isalnum() or after in _JOINERS):
        return False
    if before == "." and start > 1 and text[start - 2].isalnum():
        return False
    return not (after == "." and end + 1 < len(text) and text[end + 1].isalnum())


def repeated_credentials(text: str, spans: Sequence[Span]) -> list[Span]:
    """Spans for further occurrences of credentials already found, where no finding stands yet
    (`spans` sorted and disjoint, as the stages keep them)."""
    values: dict[str, str] = {}
    for span in spans:
        if span.entity in CREDENTIAL_ENTITIES and span.score >= _MIN_SCORE and span.end - span.start >= _MIN_LENGTH:
            value = text[span.start : span.end]
            if span.entity != "USERNAME" or _distinctive_login(value):
                values.setdefault(value, span.entity)
    if not values:
        return []
    starts = [s.start for s in spans]
    found: list[Span] = []
    for value, entity in values.items():
        start = text.find(value)
        while start != -1:
            end = start + len(value)
            if _stands_alone(text, start, end) and not _overlaps(spans, starts, start, end):
                found.append(Span(start, end, entity, _REPEAT_SCORE))
            start = text.find(value, end)
    return found


def _distinctive_login(value: str) -> bool:
    """A login that cannot be a word of the text: with a dot, an underscore or digits, or an initial
    and a surname ("jdoe"). A plain word found as a login ("-u gestionale") may be doubtful, and the
    same word in prose ("del gestionale") is prose."""
    return lower_case_handle(value) or name_shaped(value)


def _overlaps(spans: Sequence[Span], starts: list[int], start: int, end: int) -> bool:
    i = bisect.bisect_left(starts, end) - 1
    return i >= 0 and spans[i].end > start
