"""The Finnish personal identity code (henkilötunnus, HETU): "131052-308T", "010720A077X".

Six digits of the birth date, a century sign ("+" 1800s, "-" or U-Y 1900s, A-F 2000s), a three-digit
individual number and a check character (the nine digits modulo 31), validated by python-stdnum
(checksums.is_fi_hetu). The century sign and the check character make the shape its own evidence,
so no label is needed: a foreign form's "social security number" is often one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .checksums import is_fi_hetu
from .normalize import TextView
from .numbers import all_digit_runs
from .patterns import span_in_original
from .types import Span

FI_HETU_ENTITY = "FI_HETU"
_CENTURY_SIGNS = frozenset("+-ABCDEFUVWXY")
_HETU = re.compile(r"[0-9]{6}[-+A-FU-Y][0-9]{3}[0-9A-FHJ-NPR-Y](?![\w\-])")


def find_fi_hetus(view: TextView) -> Iterator[Span]:
    """Tried only at a run of exactly six digits followed by a century sign."""
    text = view.text
    for start, end in all_digit_runs(view):
        if end - start != 6 or text[end : end + 1] not in _CENTURY_SIGNS:
            continue
        if start and (text[start - 1].isalnum() or text[start - 1] in "-_"):
            continue
        match = _HETU.match(text, start)
        if match and is_fi_hetu(match.group()):
            yield span_in_original(view, start, match.end(), FI_HETU_ENTITY, 0.95)
