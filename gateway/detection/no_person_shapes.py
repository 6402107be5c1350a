"""Words shaped like a name that name no one to protect: a vCard's title line and a monarch.

not_persons.py drops PERSON findings (and places) that stand on a vCard's `TITLE:` or `ROLE:` line
("TITLE:Master Sweep & HETAS-registered installer": the job, whatever its words) and a lone given
name before a monarch's number ("George III salver", "a Louis XV chair": a style or a period).
"""

from __future__ import annotations

import re

# A vCard's job title or role line, with its parameters: "TITLE:", "TITLE;LANGUAGE=en:".
_VCARD_TITLE_LINE = re.compile(r"(?:TITLE|ROLE)(?:;[^:\n]*)?:")
# A monarch's number (I, V and X alone are left out: they are initials as often).
_REGNAL_NUMBER = r"(?:II|III|IV|VI|VII|VIII|IX|XI|XII|XIII|XIV|XV|XVI|XVII|XVIII|XIX|XX)"
_REGNAL_AFTER = re.compile(rf"[ \t]+{_REGNAL_NUMBER}(?![\w.])")
_REGNAL_NAME = re.compile(rf"[^\W\d_]+[ \t]+{_REGNAL_NUMBER}")


def on_vcard_title_line(text: str, start: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    return text.startswith(("TITLE", "ROLE"), line_start) and _VCARD_TITLE_LINE.match(text, line_start) is not None


def regnal_name(text: str, start: int, end: int, first_names: frozenset[str]) -> bool:
    """A given name alone before a monarch's number ("George" of "George III"), or the two together.
    "John Testwood III" is a person and his suffix: two names come before the number."""
    value = text[start:end]
    given = value.split()[0] if value else ""
    return given in first_names and (" " not in value and _REGNAL_AFTER.match(text, end) is not None
                                     or _REGNAL_NAME.fullmatch(value) is not None)
