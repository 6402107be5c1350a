"""Logins in remote-shell grammar: the user part of `user@host` where the host is a machine, not a
mail domain.

- before an "@" and an IP address (`jdoe@203.0.113.5`, `jdoe@2001:db8::7`: ssh's prompts and
  "Permission denied" lines; a mail address never has a bare IP after its "@");
- as the target of a remote-shell command (`ssh -i key jdoe@bastion`, `scp file jdoe@host:/tmp`,
  `sftp -P 2222 jdoe@files.internal`, `rsync -a dir/ jdoe@host:dir/`, `mosh jdoe@host`), whatever
  the host is named;
- in a shell prompt opening a line (`jdoe@bastion:~$ ls`, `jdoe@web-01:/var/www# `);
- as the user a command acts as or for: `ssh -l jdoe host`, `sudo -u jdoe ...`, `su - jdoe`,
  `chown jdoe:staff file`.

The caller drops service accounts (`deploy@`, `git@github.com`, `ubuntu@`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .labelled import label_positions
from .line_starts import line_matches

_LOGIN = r"(?P<value>[a-z_][a-z0-9._\-]{0,31})"
_OCTET = r"(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)"
_IPV4 = rf"(?:{_OCTET}\.){{3}}{_OCTET}(?![\d.]*\w)"
# (a message may follow the address after a colon: "jdoe@2001:db8::7: Permission denied")
_IPV6 = r"[0-9A-Fa-f]{1,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?!\w|:[0-9A-Fa-f])"
# A login glued to an IP by "@", not inside a longer token (`a.b@1.2.3.4` yes, `x/jdoe@...` no) nor
# a quoted value: `"release": "checkout@2.23.8.249"` is a package at its version.
_AT_IP = re.compile(rf"(?<![\w.@/:\-\"'=]){_LOGIN}@(?:{_IPV4}|{_IPV6})")
# A remote-shell command, its options (each a flag with an optional argument: `-i ~/.ssh/id`, `-p 22`,
# `-o StrictHostKeyChecking=no`, `-vvv`) and source paths, then `login@host`.
_SHELL_COMMAND = re.compile(
    r"(?<![\w\-])(?:ssh|scp|sftp|rsync|mosh|ssh-copy-id)(?:[ \t]+(?:-{1,2}[\w\-]+(?:[ \t=]+[^\s@\-][^\s@]*)?|[^\s@\-][^\s@]*))*?"
    rf"[ \t]+{_LOGIN}@[\w\[]"
)
_COMMANDS = ("ssh", "scp", "sftp", "rsync", "mosh")
_PROMPT = re.compile(rf"(?m)^{_LOGIN}@[\w.\-]+:[~/][^\s$#]*[$#](?:[ \t]|$)")
# The user option of a command: "ssh ... -l jdoe", "sudo -u jdoe", "su - jdoe" (only with its dash:
# "su" is a word in Spanish and Italian), "chown jdoe:staff", "docker login -u jdoe",
# "pg_dump -U jdoe".
_USER_OPTION = re.compile(
    rf"(?<![\w\-])(?:ssh(?:[ \t]+[^\s\-][^\s]*|[ \t]+-[\w]+(?:[ \t]+[^\s\-][^\s]*)?)*?[ \t]+-l|sudo(?:[ \t]+-[A-Za-z]+)*?[ \t]+-u"
    rf"|su[ \t]+-l?|chown(?:[ \t]+-[A-Za-z]+)*"
    # a container registry's login: "docker login registry.example.com -u jdoe -p ...", "--username=jdoe"
    rf"|(?:docker|podman|buildah|nerdctl|oras|skopeo)[ \t]+login(?:[ \t]+-[\w\-]+(?:[ \t]+[^\s\-][^\s]*)?|[ \t]+[^\s\-][^\s]*)*?"
    rf"[ \t]+(?:-u|--username)"
    # a database client's: "pg_dump -h db01 -U jdoe erp", "mysql -u jdoe -p", "psql --username=jdoe"
    rf"|(?:psql|pg_dump|pg_dumpall|pg_restore|pg_basebackup|createdb|dropdb|mysql|mysqldump|mariadb|mariadb-dump)"
    rf"(?:[ \t]+-[\w\-]+(?:[ \t]+[^\s\-][^\s]*)?|[ \t]+[^\s\-][^\s]*)*?[ \t]+(?:-U|-u|--user(?:name)?))[ \t=]+{_LOGIN}(?=[ \t:]|$)",
    re.M,
)
_OPTION_COMMANDS = ("ssh", "sudo", "su -", "chown", " login", "psql", "pg_", "createdb", "dropdb", "mysql", "mariadb")
# The hints above but " login", and what a text whose only hint is " login" needs for a match: a
# registry tool before its "login", or "su" before a space or tab (the su option allows more spaces
# than the "su -" hint). Prose says "login" often, and then the scan of every character is skipped.
_OPTION_COMMANDS_BUT_LOGIN = tuple(c for c in _OPTION_COMMANDS if c != " login")
_LOGIN_ONLY_NEEDS = ("docker", "podman", "buildah", "nerdctl", "oras", "skopeo", "su ", "su\t")
# The hints as the labels' shared scan of the text finds them (labelled.py: lower case, "_" read as
# a space): a text holding a hint holds its entry here, and most texts hold none.
_OPTION_HINTS = tuple(hint.replace("_", " ") for hint in _OPTION_COMMANDS)
_HEX = frozenset("0123456789ABCDEFabcdef")


def _ip_after_an_at(text: str) -> bool:
    """Exact precheck of _AT_IP: after some "@" an IPv4 address opens on a digit (\\d, any decimal
    digit), or an IPv6 one on a hex digit with a colon within its first five characters. A mail
    address's "@example.com" has neither, and the scan of every character is skipped."""
    at = text.find("@")
    while at != -1:
        after = text[at + 1 : at + 6]
        if after[:1].isdecimal() or after[:1] in _HEX and ":" in after[1:]:
            return True
        at = text.find("@", at + 1)
    return False


def find_shell_logins(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each login in `user@<ip>` or after a remote-shell command."""
    if "@" not in text:
        return
    for match in _AT_IP.finditer(text) if _ip_after_an_at(text) else ():
        yield match.start("value"), match.end("value")
    if any(command in text for command in _COMMANDS):
        for match in _SHELL_COMMAND.finditer(text):
            yield match.start("value"), match.end("value")
    if ":~" in text or ":/" in text:
        for match in line_matches(_PROMPT, text):
            yield match.start("value"), match.end("value")


def find_command_users(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each login given to a command's user option."""
    # (the same texts as `any(command in text for command in _OPTION_COMMANDS)` less those whose only
    # hint is " login" and that hold nothing else the pattern needs: the spans found are the same)
    if not label_positions(text, _OPTION_HINTS):
        return  # no hint in any case: the searches below, one a hint, would find none
    if any(command in text for command in _OPTION_COMMANDS_BUT_LOGIN) or " login" in text and any(
            need in text for need in _LOGIN_ONLY_NEEDS):
        for match in _USER_OPTION.finditer(text):
            yield match.start("value"), match.end("value")
