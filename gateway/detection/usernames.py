"""Usernames: a login name is personal when it names a person's account. This module gathers
what the login finders report, keeps the logins a person's (login_shapes.py) and reports each once:

- after a label or a key that says so ("username: jdoe", "Benutzer m.mueller", `uid=jdoe,`,
  `admin_user: jdoe`) and in a table's login column: login_labels.py;
- in the grammar of logs and system records (an access log's user field, sshd's "for jdoe from
  203.0.113.5", "token refresh failed for user jdoe", `curl -u jdoe:<secret>`, a URL's credentials,
  sudo's log line, "/home/jdoe"): log_logins.py;
- in remote-shell grammar (`ssh jdoe@bastion`, `sudo -u jdoe`): shell_logins.py;
- after a Windows domain (`/user:CORP\\jdoe`): domain_logins.py; in a markup element named for a login
  (`<username>jdoe</username>`): element_logins.py; the account of `net user jdoe ...`: net_commands.py;
- in chat (nicks, @mentions, "ping jdoe or ..."): chat_handles.py;
- as the session an AWS role was assumed under (`--role-session-name jdoe`, `assumed-role/Admin/jdoe`):
  cloud_sessions.py; beside a password in an unpacking assignment (`A_USER, A_PASS = "jdoe", ...`):
  credential_calls.py;
- announced in prose ("find me on GitHub as jane_doe42"): prose_handles.py;
- here, the agent of a record: after "by" and its translations when it reads as a name ("approved
  by jane.doe;", "von jdoe") or, after a form's "... by:", as a handle ("CHECKED BY: j.doe"); as the
  value of a key naming who acted ("updated_by = 'jane.doe'", "actualizado_por: jdoe"); and in
  parentheses right after a person's name, when it is handle-shaped ("Requester: Jane Roe (jane_roe42)").

A service account (`svc_orders`, `root`, `postgres`, `deploy-bot`) names no person and is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .chat_handles import find_chat_handles
from .cloud_sessions import find_session_names
from .credential_calls import unpacked_logins
from .gazetteer import load_gazetteer
from .labelled import label_positions
from .line_starts import line_matches
from .log_logins import find_flag_users, find_log_logins, find_logins_of_a_user_word, find_system_record_logins, occurrences
from .login_labels import find_column_logins, find_labelled_logins
from .login_lists import find_listed_logins
from .login_shapes import (
    announced_login,
    domain_or_version,
    first_name_handle,
    is_person_handle,
    lower_case_handle,
    name_shaped,
    plain_login,
    two_part_login,
)
from .prose_handles import find_announced_handles
from .role_logins import find_role_logins
from .credential_lines import find_pgpass_users
from .domain_logins import find_domain_logins
from .element_logins import find_element_logins
from .net_commands import find_net_accounts
from .shell_logins import find_command_users, find_shell_logins
from .types import Span
from .views import TextViews

USERNAME_ENTITY = "USERNAME"
USERNAME_SCORE = 0.8


# The agent of a record: "Requested via self-service by jane.doe;", "genehmigt von jdoe"; with a
# colon the words before are a form's label ("CHECKED BY: jdoe on ...", "Geprüft von: mmuster").
_BY_HANDLE = re.compile(
    r"(?i)(?<![\w\-])(?:by|von|par|por|da)(?P<colon>[ \t]*:)?[ \t]+(?-i:(?P<value>[a-z][a-z0-9._]{2,31}))"
    r"(?=[;,)]|\.?(?:\s|$))"
)


# A plain login before the team in brackets ("Entered by sray (Procurement) on ..."): "by default"
# and "by hand (see ...)" are words.
_TEAM_AFTER = re.compile(r"[ \t]+\([A-Z][\w&/ \-]{1,40}\)")


# A record's key naming who acted: "updated_by = 'jane.doe'", "actualizado_por: jdoe", "geaendert_von=jdoe".
_AGENT_KEY = re.compile(
    r"(?i)[a-z]_(?:by|por|von|par|da)[\"'`]?[ \t]*[:=][ \t]*[\"'`]?(?-i:(?P<value>[a-z][a-z0-9._\-]{1,31}))(?![\w@\-])"
)
_AGENT_KEY_STEMS = ("_by", "_por", "_von", "_par", "_da")


def _after_an_agent_key(text: str) -> Iterator[tuple[int, int]]:
    if "_" not in text:
        return
    lower = text.lower()
    positions = sorted(at for stem in _AGENT_KEY_STEMS for at in occurrences(lower, stem))
    for position in positions:
        match = _AGENT_KEY.match(text, position - 1) if position else None
        if match and lower_case_handle(match.group("value").rstrip("._-")):
            value = match.group("value").rstrip("._-")
            yield match.start("value"), match.start("value") + len(value)


def _by_a_handle(text: str) -> Iterator[tuple[int, int]]:
    for position in label_positions(text, ("by", "von", "par", "por", "da")):
        match = _BY_HANDLE.match(text, position)
        if match:
            value = match.group("value").rstrip("._")
            if (name_shaped(value) or match.group("colon") and lower_case_handle(value)
                    or two_part_login(value)
                    or plain_login(value) and _TEAM_AFTER.match(text, match.start("value") + len(value))):
                yield match.start("value"), match.start("value") + len(value)


# A handle in parentheses right after a name: "Requester: Jane Roe (jane_roe42)", "Ana Gil (agil)".
_NAME_THEN_HANDLE = re.compile(
    r"(?<![\w])(?P<first>[A-Z][\w'’\-]+)(?:[ \t]+[A-Z][\w'’\-]+){1,2}[ \t]+\((?P<value>[a-z][a-z0-9._\-]{2,31})\)"
)


def _after_a_name(text: str) -> Iterator[tuple[int, int]]:
    if " (" not in text:
        return
    first_names = load_gazetteer().first_names
    for match in _NAME_THEN_HANDLE.finditer(text):
        value = match.group("value")
        # (a name's handle may end like a site, "sharon.read": a first name and a surname decide)
        if (match.group("first") in first_names and lower_case_handle(value)
                and (not domain_or_version(value) or first_name_handle(value))):
            yield match.start("value"), match.end("value")


# A code comment's marker names its author in brackets ("TODO(jdoe): ...", "FIXME(jane.doe)", the
# Google style guides' convention); and a record's "Owner:" key, whose value is a person's login
# when it has a login's shape ("Owner: jane_doe42"; "Owner: Jane Doe" is a name, "Owner: finance"
# a team).
_MARKER_AUTHOR = re.compile(r"(?<![\w])(?:TODO|FIXME|XXX|HACK|BUG|NOTE)\((?P<value>[a-z][a-z0-9._\-]{1,31})\)")
_OWNER_KEY = re.compile(
    r"(?i)(?<![\w])(?:owner|record owner|propriétaire|propietario|proprietario|besitzer|eigentümer)[ \t]*:[ \t]*"
    r"(?-i:(?P<value>[a-z][a-z0-9._\-]{2,31}))(?=[ \t]*(?:\n|$|[;,)]))"
)


def _code_marker_authors(text: str) -> Iterator[tuple[int, int]]:
    if "(" not in text:
        return
    for match in _MARKER_AUTHOR.finditer(text):
        value = match.group("value").rstrip("._-")
        if announced_login(value):  # "TODO(perf)" and "FIXME(v1.2)" name a topic and a version
            yield match.start("value"), match.start("value") + len(value)


def _owner_keys(text: str) -> Iterator[tuple[int, int]]:
    for position in label_positions(text, ("owner", "record owner", "propri", "besitzer", "eigentümer")):
        match = _OWNER_KEY.match(text, position)
        if match and announced_login(match.group("value").rstrip("._-")):
            yield match.start("value"), match.start("value") + len(match.group("value").rstrip("._-"))


# A directory's account in brackets after the directory's name: "Accounts to disable: AD (jdoe),
# VPN", "LDAP (m.rossi)": the directory holds people's logins, so a plain lower-case token is one.
_DIRECTORY_ACCOUNT = re.compile(
    r"(?<![\w])(?:AD|LDAP|Active Directory|Azure AD|Entra ID|Okta|SSO)[ \t]*\((?P<value>[a-z][a-z0-9._\-]{1,31})\)"
)


def _directory_accounts(text: str) -> Iterator[tuple[int, int]]:
    if "(" not in text:
        return
    for match in _DIRECTORY_ACCOUNT.finditer(text):
        value = match.group("value").rstrip("._-")
        if plain_login(value) and is_person_handle(value) and not domain_or_version(value):
            yield match.start("value"), match.start("value") + len(value)


# A PostgreSQL password file's line, "host:port:database:user:password" (a port or "*" second, as
# .pgpass writes it): the fourth field is the login.
_PGPASS_LINE = re.compile(
    r"(?m)^[ \t]*[\w.\-*\[\]]+:(?:[0-9]{2,5}|\*):[\w.\-*]+:(?P<value>[a-z][a-z0-9._\-]{1,31}):[^\s:]"
)


def _pgpass_logins(text: str) -> Iterator[tuple[int, int]]:
    if text.count(":") < 4:
        return
    for match in line_matches(_PGPASS_LINE, text):
        value = match.group("value").rstrip("._-")
        if announced_login(value):  # "replicator" and "postgres" are the database's own roles
            yield match.start("value"), match.start("value") + len(value)


def find_usernames(views: TextViews) -> Iterator[Span]:
    text = views.original
    found = list(find_labelled_logins(text))
    found.extend(span for span in find_logins_of_a_user_word(text) if is_person_handle(text[span[0] : span[1]]))
    found.extend(span for span in _by_a_handle(text) if is_person_handle(text[span[0] : span[1]]))
    found.extend(span for span in _after_an_agent_key(text) if is_person_handle(text[span[0] : span[1]]))
    found.extend(find_chat_handles(text, is_person_handle))
    found.extend(span for span in _after_a_name(text) if is_person_handle(text[span[0] : span[1]]))
    found.extend(span for span in find_log_logins(views) if is_person_handle(text[span[0] : span[1]]))
    found.extend(span for span in find_system_record_logins(text) if is_person_handle(text[span[0] : span[1]]))
    found.extend(span for span in find_shell_logins(text) if is_person_handle(text[span[0] : span[1]]))
    found.extend(span for span in find_pgpass_users(text) if is_person_handle(text[span[0] : span[1]]))
    found.extend(span for span in find_command_users(text)
                 if is_person_handle(text[span[0] : span[1]]) and plain_login(text[span[0] : span[1]]))
    found.extend(find_announced_handles(text, announced_login))
    found.extend(span for span in find_flag_users(text) if is_person_handle(text[span[0] : span[1]]))
    found.extend(find_column_logins(text))
    found.extend(_code_marker_authors(text))
    found.extend(_owner_keys(text))
    found.extend(_pgpass_logins(text))
    found.extend(_directory_accounts(text))
    found.extend(find_role_logins(text))
    found.extend(find_listed_logins(text))
    found.extend(find_domain_logins(text))
    found.extend(find_element_logins(text))
    found.extend(find_net_accounts(text))
    found.extend(find_session_names(text))
    found.extend(span for span in unpacked_logins(text) if is_person_handle(text[span[0] : span[1]]))
    for start, end in dict.fromkeys(found):  # one span once, whichever rules found it
        yield Span(start, end, USERNAME_ENTITY, USERNAME_SCORE)
