"""Usernames: a login name is personal when it names a person's account. This module gathers
what the login finders report, keeps the logins a person's (login_shapes.py) and reports each once:

- after a label or a key that says so ("username: jdoe", "Benutzer m.mueller", `uid=jdoe,`,
  `admin_user: jdoe`) and in a table's login column: login_labels.py;
- in the grammar of logs and system records (an access log's user field, sshd's "for jdoe from
  203.0.113.5", "token refresh failed for user jdoe", `curl -u jdoe:<secret>`, a URL's credentials,
  sudo's log line, "/home/jdoe"): log_logins.py;
- in remote-shell grammar (`ssh jdoe@bastion`, `sudo -u jdoe`): shell_logins.py;
- in chat (nicks, @mentions, "ping jdoe or ..."): chat_handles.py;
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
from .gazetteer import load_gazetteer
from .labelled import label_positions
from .log_logins import find_flag_users, find_log_logins, find_logins_of_a_user_word, find_system_record_logins, occurrences
from .login_labels import find_column_logins, find_labelled_logins
from .login_shapes import (
    announced_login,
    domain_or_version,
    is_person_handle,
    lower_case_handle,
    name_shaped,
    plain_login,
    two_part_login,
)
from .prose_handles import find_announced_handles
from .credential_lines import find_pgpass_users
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
        if match.group("first") in first_names and lower_case_handle(value) and not domain_or_version(value):
            yield match.start("value"), match.end("value")


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
    for start, end in dict.fromkeys(found):  # one span once, whichever rules found it
        yield Span(start, end, USERNAME_ENTITY, USERNAME_SCORE)
