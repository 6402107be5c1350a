"""The session name an AWS role was assumed under: who assumed it (usernames.py gathers them).

People assume a role under their own login or e-mail, and AWS prints it back wherever the session
shows: `aws sts assume-role ... --role-session-name jdoe`, an API call's or a policy's
`RoleSessionName`, the session's ARN `arn:aws:sts::123456789012:assumed-role/BreakGlass/jdoe` and its
`"AssumedRoleId": "AROA3XFRBF23EXAMPLE:jdoe"`. A session named for a job (`terraform-ci`,
`deploy-bot`) names no person and is left alone (login_shapes.is_person_handle).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .login_shapes import is_person_handle

_SESSION = r"([\w+=,.@\-]{2,64})"
# One group per form; the session is whichever of them matched.
_SESSION_NAME = re.compile(
    rf"--role-session-name(?:[ \t]+|=)[\"']?{_SESSION}"
    rf"|RoleSessionName[\"']?[ \t]*[:=][ \t]*[\"']?{_SESSION}"
    rf"|:assumed-role/[\w+=,.@\-]+/{_SESSION}"
    rf"|(?<![\w])ARO[A-Z][A-Za-z0-9]{{4,32}}:{_SESSION}"
)
_HINTS = ("role-session-name", "RoleSessionName", "assumed-role/", "ARO")


def find_session_names(text: str) -> Iterator[tuple[int, int]]:
    if not any(hint in text for hint in _HINTS):
        return
    for match in _SESSION_NAME.finditer(text):
        group = match.lastindex or 0
        value = match.group(group).rstrip(".,")
        if is_person_handle(value):
            yield match.start(group), match.start(group) + len(value)
