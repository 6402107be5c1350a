"""Passwords given to a command by a short flag: `mysql -u app -pS3cret`, `docker login -u jdoe -p S3cret`,
`sqlcmd -U sa -P S3cret`, `sshpass -p S3cret ssh ...`, `redis-cli -a S3cret`.

A bare `-p` means many things (a port: `ssh -p 2222`, `docker run -p 8080:80`; parents: `mkdir -p`),
so it gives a password only where the same command line gives a user too (`-u`, `-U`, `--user`), or
where the command is one whose `-p`/`-a` is its password (sshpass, redis-cli). A spaced value must
look like a password (letters and digits, or a symbol): `mysql -u root -p shop` prompts for the
password and names the database.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_USER_FLAG = re.compile(r"(?<!\S)(?:-u|-U|--user|--username)(?:[ \t]+|=)[^\s\-]")
# (A glued value may be quoted too, `-p'S3cret#'`, as shells need for a password's symbols.)
_PASS_FLAG = re.compile(
    r"(?<!\S)-[pP](?:(?P<glued>[^\s\-\"'][^\s\"']{3,127})|(?P<gq>[\"'])(?P<quoted>[^\n\"']{4,128})(?P=gq)"
    r"|[ \t]+(?P<q>[\"']?)(?P<spaced>[^\s\"'\-][^\s\"']{3,127})(?P=q))(?!\S)"
)
_TOOL_FLAG = re.compile(
    r"(?<![\w\-])(?:sshpass[ \t]+-p|redis-cli(?:[ \t]+-[hpn][ \t]+\S+)*[ \t]+-a)[ \t]*(?P<q>[\"']?)"
    r"(?P<value>[^\s\"'\-][^\s\"']{3,127})(?P=q)(?!\S)"
)
_PORT_OR_MAPPING = re.compile(r"[\d:./]+")


def _line(text: str, position: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position)
    return start, len(text) if end == -1 else end


def _password_like(value: str) -> bool:
    has_letter = any(c.isalpha() for c in value)
    return has_letter and (any(c.isdigit() for c in value) or not value.isalnum())


def flag_passwords(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each password given by a short flag (placeholders are the caller's to drop)."""
    if " -p" in text or " -P" in text:
        for match in _PASS_FLAG.finditer(text):
            start, end = _line(text, match.start())
            if not _USER_FLAG.search(text, start, end):
                continue
            group = next(g for g in ("glued", "quoted", "spaced") if match.group(g))
            value = match.group(group)
            # ("-pthread", "-pedantic" are compiler flags: a glued value mixes cases, digits or symbols.)
            mixed_case = value != value.lower() and value != value.upper()
            if _PORT_OR_MAPPING.fullmatch(value) or not (_password_like(value) or group != "spaced" and mixed_case):
                continue
            yield match.start(group), match.end(group)
    if "sshpass" in text or "redis-cli" in text:
        for match in _TOOL_FLAG.finditer(text):
            yield match.start("value"), match.end("value")
