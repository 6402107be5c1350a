"""The login in a home directory path is a username, not a password (usernames.py)."""

from __future__ import annotations

import pytest

from gateway.detection.secrets import find_passwords
from gateway.detection.usernames import find_usernames
from gateway.detection.views import TextViews


@pytest.mark.parametrize(
    "text, login",
    [("sudo: jdoe : TTY=pts/0 ; PWD=/home/jdoe ; USER=root", "jdoe"),
     ("open /Users/fake.person/Documents/notes.txt", "fake.person"), ("C:\\Users\\fperson42\\AppData", "fperson42")],
)
def test_a_home_directory_names_its_user(text: str, login: str) -> None:
    views = TextViews(text)
    assert login in [text[s.start : s.end] for s in find_usernames(views)]
    assert list(find_passwords(views)) == []


@pytest.mark.parametrize("text", ["ls /home/ubuntu/.ssh", "cp /var/home/x.txt .", "see /home/ for details"])
def test_service_accounts_and_other_paths_name_no_user(text: str) -> None:
    assert list(find_usernames(TextViews(text))) == []
