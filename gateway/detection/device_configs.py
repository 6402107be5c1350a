"""Credentials in network devices' configuration lines, where a keyword, not a label, names them.

Routers, switches and firewalls (Cisco IOS/NX-OS/ASA, Arista EOS and the many CLIs that copy them)
write a credential as a command: the keyword, an optional encryption type (0 plain, 7 reversible,
5/8/9 hashed: a hash of a router's password is cracked offline, so it is masked too) and the value.
A pasted `show running-config` holds them on lines of their own:

- `enable secret 9 <value>`, `enable password [level N] [7] <value>`;
- `username <login> [privilege 15] [role ...] secret|password [type] <value>` (the login is reported
  when it reads as a person's: usernames.py takes it from here);
- a shared key of an AAA server: `tacacs-server key 7 <value>`, `key 7 <value>` (or `key <value>`
  within a few lines after `tacacs server`/`radius server`), `key-string [7] <value>`;
- SNMP: `snmp-server community <value> ...`, the community of `snmp-server host <addr> [version 2c] <value>`,
  the two passphrases of `snmp-server user <login> <group> v3 auth sha <value> priv aes 128 <value>`;
- VPN and routing keys: `crypto isakmp key <value> address ...`, `pre-shared-key [type] <value>`,
  `ip ospf authentication-key [7] <value>`, `ip ospf message-digest-key N md5 [7] <value>`,
  `neighbor <addr> password [7] <value>`, `ntp authentication-key N md5 <value>`,
  `wpa-psk ascii [type] <value>`, `ppp chap password [7] <value>`.

Every pattern is anchored at the start of a line (indented or not), so prose that mentions "the enable
secret" or "the SNMP community" is not read as a command.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .labelled import label_positions
from .line_starts import line_matches
from .login_shapes import is_person_handle, plain_login
from .secrets import is_placeholder

_TYPE = r"(?:[ \t]+(?:[05-9]|ascii(?:[ \t]+[067])?|hex|encrypted|unencrypted))?"
_VALUE = r"(?P<value>[^\s]{3,256})"
_START = r"(?im)^[ \t]*"
_COMMANDS = tuple(re.compile(_START + body) for body in (
    rf"enable[ \t]+(?:secret|password)(?:[ \t]+level[ \t]+\d+)?{_TYPE}[ \t]+{_VALUE}",
    rf"username[ \t]+(?P<login>\S+)(?:[ \t]+(?:privilege[ \t]+\d+|role[ \t]+\S+|view[ \t]+\S+|algorithm-type[ \t]+\S+))*"
    rf"[ \t]+(?:secret|password){_TYPE}[ \t]+{_VALUE}",
    rf"(?:tacacs|radius)-server[ \t]+(?:host[ \t]+\S+[ \t]+(?:\S+[ \t]+)*?)?key{_TYPE}[ \t]+{_VALUE}",
    rf"key-string{_TYPE}[ \t]+{_VALUE}",
    rf"snmp-server[ \t]+community[ \t]+{_VALUE}",
    rf"snmp-server[ \t]+host[ \t]+\S+(?:[ \t]+(?:informs|traps|vrf[ \t]+\S+))*(?:[ \t]+version[ \t]+(?:1|2c|3[ \t]+(?:auth|noauth|priv)))?[ \t]+{_VALUE}",
    rf"crypto[ \t]+isakmp[ \t]+key{_TYPE}[ \t]+{_VALUE}[ \t]+(?:address|hostname)\b",
    rf"pre-shared-key(?:[ \t]+(?:local|remote))?{_TYPE}[ \t]+{_VALUE}",
    rf"ip[ \t]+ospf[ \t]+authentication-key{_TYPE}[ \t]+{_VALUE}",
    rf"ip[ \t]+ospf[ \t]+message-digest-key[ \t]+\d+[ \t]+md5{_TYPE}[ \t]+{_VALUE}",
    rf"neighbor[ \t]+\S+[ \t]+password{_TYPE}[ \t]+{_VALUE}",
    rf"ntp[ \t]+authentication-key[ \t]+\d+[ \t]+md5[ \t]+{_VALUE}",
    rf"wpa-psk{_TYPE}[ \t]+{_VALUE}",
    rf"ppp[ \t]+(?:chap|pap)[ \t]+(?:sent-username[ \t]+\S+[ \t]+)?password{_TYPE}[ \t]+{_VALUE}",
))
# An SNMPv3 user's authentication and privacy passphrases.
_SNMP_USER = re.compile(
    _START + r"snmp-server[ \t]+user[ \t]+\S+[ \t]+\S+(?:[ \t]+remote[ \t]+\S+)?[ \t]+v3[ \t]+(?:encrypted[ \t]+)?"
    r"auth[ \t]+(?:md5|sha\S*)[ \t]+(?P<value>\S{3,256})(?:[ \t]+priv[ \t]+(?:des|3des|aes(?:[ \t]+\d+)?)[ \t]+(?P<value2>\S{3,256}))?")
# `key 7 <value>` of a `tacacs server X` / `radius server X` block, a few lines below its opening.
_SERVER_BLOCK_KEY = re.compile(
    r"(?im)^[ \t]*(?:tacacs|radius)[ \t]+server[ \t]+\S+[ \t]*\n(?:[ \t]+[^\n]*\n){0,4}?[ \t]+key" + _TYPE + r"[ \t]+" + _VALUE)
_KEYWORDS = ("secret", "password", "key", "community", "snmp-server", "wpa-psk")


def _is_value(value: str) -> bool:
    return not is_placeholder(value) and value not in ("<removed>", "*****", "<REMOVED>")


def _commands(text: str) -> Iterator[re.Match[str]]:
    if not label_positions(text, _KEYWORDS):  # the labels' shared scan of the text (labelled.py)
        return
    for pattern in _COMMANDS:
        yield from line_matches(pattern, text)


def find_device_passwords(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each credential written on a device's configuration line."""
    found = [match.span("value") for match in _commands(text) if _is_value(match.group("value"))]
    if not found and not label_positions(text, _KEYWORDS):
        return
    lowered = text.lower()
    if "snmp-server" in lowered:
        for match in line_matches(_SNMP_USER, text):
            found.extend(match.span(group) for group in ("value", "value2")
                         if match.group(group) and _is_value(match.group(group)))
    if "server" in lowered:
        found.extend(match.span("value") for match in line_matches(_SERVER_BLOCK_KEY, text)
                     if _is_value(match.group("value")))
    yield from dict.fromkeys(found)


def find_device_accounts(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of the login of each `username <login> ... secret|password` line, when it reads
    as a person's."""
    for match in _commands(text):
        if "login" in match.re.groupindex and match.group("login"):
            login = match.group("login")
            if plain_login(login) and is_person_handle(login):
                yield match.span("login")
