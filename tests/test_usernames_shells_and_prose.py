"""Usernames in remote-shell grammar, Apache's auth log, Discord exports, agent labels, copulas and
prose ("on GitHub as ..."), and the service accounts and speaker tags that are none
(gateway/detection/usernames.py, shell_logins.py, prose_handles.py, chat_handles.py). Every handle
is made up."""

from __future__ import annotations

import pytest

from gateway.detection.usernames import find_usernames
from gateway.detection.views import TextViews


def usernames(text: str) -> list[str]:
    return sorted({text[s.start : s.end] for s in find_usernames(TextViews(text))})


@pytest.mark.parametrize(
    "text, value",
    [
        ("$ ssh -vvv -i ~/.ssh/id_ed25519 tkowal@192.0.2.10\nOpenSSH_9.6p1", "tkowal"),
        ("debug1: Authentications that can continue: publickey\nmara_k2@2001:db8::7: Permission denied", "mara_k2"),
        ("scp -P 2222 notes.txt ofake@files.internal:/tmp", "ofake"),
        ("ssh -o StrictHostKeyChecking=no -p 22 j.fake@bastion", "j.fake"),
        ('[client 192.0.2.4] AH01617: user tfakew: authentication failure for "/admin/": Password Mismatch',
         "tfakew"),
        ("Halter erreichbar.\nBearbeiter: mfakel, Vorgang SR-1", "mfakel"),
        ("Ticket assigned to j.fakel yesterday", "j.fakel"),
        ("Usuario del área de clientes: ana.fakez\nNúmero a portar: x", "ana.fakez"),
        ("Riferimento interno: REQ1, gestito da anna_fakez95", "anna_fakez95"),
        ("Reason: switched banks\nEntered by tfakel (Accounts Payable) on 4 May", "tfakel"),
        ("My username is jfake42.", "jfake42"),
        ("Mi nombre de usuario es ana.fakez", "ana.fakez"),
        ("Mein Benutzername lautet mfakel.", "mfakel"),
        ("A: I'm on most platforms as jane_fake42, or just e-mail me", "jane_fake42"),
        ("You can find me on GitHub as j.fakel.", "j.fakel"),
        ("DB_USERNAME=j.fakel\nDB_PASSWORD=x", "j.fakel"),
        ("Access denied for user 'jfake'@'192.0.2.5'", "jfake"),
        ("tfakew@bastion:~$ ls -la", "tfakew"),
        ("ssh -p 22 -l mfakel bastion.internal", "mfakel"),
        ("sudo -u mfakel bash", "mfakel"),
        ("su - mfakel", "mfakel"),
        ("chown tfakew:staff file.txt", "tfakew"),
        ("I was logged in as j.fakel when it failed", "j.fakel"),
        ("Ich war eingeloggt als mfakel42.", "mfakel42"),
    ],
)
def test_usernames_in_shells_logs_labels_and_prose(text: str, value: str) -> None:
    assert usernames(text) == [value]


def test_discord_authors_with_their_day_and_time() -> None:
    text = "mfakel — Today at 14:12\nanyone around?\ntfakew — Yesterday at 9:13 PM\ntry mfakel"
    assert usernames(text) == ["mfakel", "tfakew"]


def test_a_handle_at_the_very_start_or_end_of_a_text_is_found() -> None:
    text = "<jfake> hi\n<afakel> hello jfake"
    spans = [(s.start, s.end) for s in find_usernames(TextViews(text))]
    assert (1, 6) in spans and (len(text) - 5, len(text)) in spans


@pytest.mark.parametrize(
    "text",
    [
        "Is that correct?\nUSER: yes but my colleague Anna Berg is coming too",  # a speaker tag
        "[db]\nweb-01 ansible_host=192.0.2.1 ansible_user=deploy ansible_password=x",  # automation's account
        "DB_HOST=x\nDB_USERNAME=portal\n",  # a service's key holds the service's account
        "PHP Warning: mysqli::__construct(): (HY000/1045): Access denied for user 'shop'@'localhost'",
        '"release": "checkout@2.23.8.249",',  # a package at a version
        "Bearbeiter: Max Muster",  # a name, not a login
        "built by node.js today",
        "We met on Monday as planned.",
        "He logged on to the server as root.",
        "the user is logged in as of now",
        "ssh bastion",
        "mail jane@example.com",
        "root@web-01:/var/www# ls",  # the superuser's prompt
        "sudo -u postgres psql",
        "chown -R www-data:www-data /var/www",
        "Mira su cuenta en línea",  # "su" as a Spanish word
        "logged in as usual, then",
        "Find it on the wiki as notes.txt today",
    ],
)
def test_no_username(text: str) -> None:
    assert usernames(text) == []
