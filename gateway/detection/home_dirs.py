"""A home directory names its user: "/home/jdoe", "/Users/jane.doe/Documents", "C:\\Users\\jdoe\\AppData",
"~jdoe/". The login is the part after the home root (usernames.py decides whether it is a person's).

Before: a shell's working directory in a sudo line ("PWD=/home/jdoe") was taken for a password.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_HOME = re.compile(
    r"(?<![\w.\-])(?:/home|/Users|/export/home|[A-Za-z]:\\Users)[/\\](?P<user>[A-Za-z][\w.\-]{1,31}?)(?=[/\\\s;,:\"')\]]|$)"
)


def home_directory_users(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of the login in each home directory path."""
    if "/home/" not in text and "Users" not in text:
        return
    for match in _HOME.finditer(text):
        yield match.start("user"), match.end("user")
