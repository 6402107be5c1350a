"""Credentials whose place in a credential file's layout says what they are: a .pgpass line and a
mail address glued to its password (gateway/detection/credential_lines.py)."""

from __future__ import annotations

import pytest

from gateway.detection.credential_lines import find_credential_line_passwords, find_pgpass_users
from gateway.detection.secrets import find_passwords
from gateway.detection.views import TextViews


def passwords(text: str) -> list[str]:
    views = TextViews(text)
    found = [*find_passwords(views), *find_credential_line_passwords(views)]
    return [text[s.start : s.end] for s in found]


PGPASS = """# ~/.pgpass
pg-main.internal.example:5432:billing:jane.doe:Maple77!
2001:db8:aa:bb:cc:dd:ee:ff:6432:*:replicator:Fjord19&
localhost:*:*:tom_weller:QvRtXmPkLsNbWcYz
"""


def test_every_pgpass_line_gives_its_password() -> None:
    assert passwords(PGPASS) == ["Maple77!", "Fjord19&", "QvRtXmPkLsNbWcYz"]


def test_a_pgpass_line_gives_its_user() -> None:
    users = [PGPASS[a:b] for a, b in find_pgpass_users(PGPASS)]
    assert users == ["jane.doe", "replicator", "tom_weller"]  # usernames.py drops the service account


@pytest.mark.parametrize(
    "text",
    ["root:x:0:0:root:/root:/bin/sh", "12:30:45:10:20", "a:b:c:d:e", "db.example:5432:app:jdoe:*"],
)
def test_other_colon_lines_are_no_pgpass_entries(text: str) -> None:
    assert passwords(text) == []


def test_a_mail_address_glued_to_its_password() -> None:
    text = "[relay.example.net]:587 ops.mailer@example.org:Harbor2291$\n"
    assert passwords(text) == ["Harbor2291$"]


@pytest.mark.parametrize(
    "text",
    ["git clone git@github.com:acme/tools.git", "scp notes.txt jdoe@files.example.com:~/in",
     "smtp: mailer@example.com:2525", "Contact: jdoe@example.com: call back tomorrow"],
)
def test_what_else_follows_a_mail_address_and_a_colon(text: str) -> None:
    assert passwords(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ('[http.middlewares.ops-auth.basicAuth]\n  users = ["ops:eZjVYaj2@%3#NrP", "dev:Xy7!abcdEf"]\n',
         ["eZjVYaj2@%3#NrP", "Xy7!abcdEf"]),
        ('http:\n  middlewares:\n    auth:\n      basicAuth:\n        users:\n          - "admin:Sup3rS3cret!"\n'
         "          - ops:An0ther!pw\n", ["Sup3rS3cret!", "An0ther!pw"]),
        ("listen stats\n    bind :8404\n    stats enable\n    stats auth rtester:Et6297%\n", ["Et6297%"]),
    ],
)
def test_a_proxys_basic_auth_users_hold_passwords(text: str, expected: list[str]) -> None:
    assert passwords(text) == expected


def test_a_basic_auth_users_list_of_hashes_holds_no_typed_password() -> None:
    text = 'basicAuth:\n  users:\n    - "test:$apr1$H6uskkkW$IgXLP6ewTrSuBkTrqE8wj/"\n'
    assert passwords(text) == []
