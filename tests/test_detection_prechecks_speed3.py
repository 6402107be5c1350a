"""The faster forms of speed3 answer as the forms they replaced: each test compares the new code
with the old one (kept here as the reference) over texts and words that reach every branch, and
asserts that the cases are not all trivial (some match, some do not).

All values are synthetic.
"""

from __future__ import annotations

import re

from gateway.detection import chat_handles, legal_forms
from gateway.detection.legal_forms import LEGAL_FORMS, ORGANISATION_WORDS

MENTION_TEXTS = [
    "@jdoe tu peux regarder ?",
    "cc @jane.doe, @mark.twain and @x9",
    "mail jane.doe@example.com or ping @jdoe42.",
    "a@@jdoe @@jdoe /@jdoe +@jdoe -@jdoe .@jdoe",
    "@dataclass\nclass X: pass\n@jdoe\n",
    "(@jdoe) @param x @here @media @types/node @acme:registry=",
    "user:pw@db.internal:5432 and curl -d @body.json",
    "@ab @abc @abc- @ABC @jdoe_@x @jdoe\r\n@jdoe:",
    "no at sign here at all",
    "@",
    "trailing @",
    "@jdoe",
]


def _old_mentions(text: str) -> set[str]:
    """The loop _mentions ran before speed3 (finditer over the whole text), without the ping part."""
    found: set[str] = set()
    if "@" in text:
        for match in chat_handles._MENTION.finditer(text):
            value = match.group("value")
            at_line_start = match.start() == 0 or text[match.start() - 1] == "\n"
            decorator = at_line_start and text[match.end() : match.end() + 1] in ("", "\n", "\r")
            if (value in chat_handles._AT_WORDS or decorator or not chat_handles._handle_word(value)
                    or "." in value and not chat_handles._dotted_name(value)):
                continue
            found.add(value)
    return found


def test_mentions_match_only_at_signs_as_finditer_did() -> None:
    results = [chat_handles._mentions(text) for text in MENTION_TEXTS]
    assert results == [_old_mentions(text) for text in MENTION_TEXTS]
    assert any(results) and not all(results)
    # the raw matches too: one per "@" that finditer finds, at the same places
    for text in MENTION_TEXTS:
        at_signs = [m.start() for m in re.finditer("@", text)]
        matched = [chat_handles._MENTION.match(text, at) for at in at_signs]
        assert [m.span() for m in matched if m] == [m.span() for m in chat_handles._MENTION.finditer(text)]


def _old_is_legal_form(word: str) -> bool:
    return word in LEGAL_FORMS or bool(legal_forms._DOTTED_FORM.match(word)) or (
        word.endswith(".") and word[:-1] in LEGAL_FORMS)


def _old_is_organisation_word(word: str) -> bool:
    lower = word.lower()
    return _old_is_legal_form(word) or (
        word[:1].isupper() and (lower in ORGANISATION_WORDS or lower.rstrip(".") in ORGANISATION_WORDS))


WORDS = [
    "", "S.", "S.A.", "S.L.", "S.A", "S.p.A.", "S.r.l.", "s.a.", "SA", "S.Coop.", "S.", "Sa.", "GmbH", "GmbH.",
    "gmbh", "Ltd", "Ltd.", "ltd", "Group", "Group.", "group", "GROUP", "Grupo", "Holding", "holding.", "Pacheco",
    "Smith", "and", "&", "AB", "Inc.", "Inc..", "Söhne", "Sons.", "1st", ".", "..",
    *sorted(LEGAL_FORMS)[:200], *(w.capitalize() for w in sorted(ORGANISATION_WORDS)[:200]),
]


def test_legal_form_and_organisation_word_answer_as_before() -> None:
    legal = [legal_forms.is_legal_form(w) for w in WORDS]
    organisation = [legal_forms.is_organisation_word(w) for w in WORDS]
    assert legal == [_old_is_legal_form(w) for w in WORDS]
    assert organisation == [_old_is_organisation_word(w) for w in WORDS]
    assert any(legal) and not all(legal) and any(organisation) and not all(organisation)
    assert legal_forms.is_legal_form("S.A.") and not legal_forms.is_legal_form("Smith")


IP_LINE_TEXTS = [
    "203.0.113.5 - jdoe [05/Mar/2024:10:00:00 +0000] \"GET / HTTP/1.1\" 200",
    "intro line\n203.0.113.5 - - [05/Mar/2024]\n# 198.51.100.7 - jdoe [x]\n  // 2001:db8::1 - a [x]\n",
    "no address here\n\n\nREM 192.0.2.1\r\n; 192.0.2.2 x\n-- 192.0.2.3\nnot 192.0.2.4 at start\n",
    "fe80::1\n::1\n1:2:3:4:5:6:7:8 x\n",
    "",
    "\n",
    "192.0.2.1",
]


def test_ip_line_openings_are_finditers_matches() -> None:
    from gateway.detection import log_logins

    found = [[m.span() for m in log_logins._ip_line_openings(text)] for text in IP_LINE_TEXTS]
    assert found == [[m.span() for m in log_logins._IP_AT_LINE_START.finditer(text)] for text in IP_LINE_TEXTS]
    assert sum(map(len, found)) >= 8 and [] in found



LINE_TEXTS = [
    "ines: ok\nmarc: sure\nines: thanks\n",
    "DR OKAFOR: hello\nMs. Reyes: hi\n  Prof Lind : yes\nnot at start Dr Who: no\n",
    "[10:02] joy example: hi\n10:03 sam roe: ok\n10:04:05 x: y",
    "Rose from Example Ltd: Hi there\nRose from Example Ltd: bye\n",
    "Thanks for the help.\n\nkind regards\njoseph\n\n--\ncheers\nmaria\n",
    "<jdoe42> hello\n<mroe> hi\n[12:00] <anna.b> hey\n<div> x",
    "jdoe – 17:32\nmroe — Today at 14:12\nanna - 03/12/2024 9:05 PM\n",
    "**jdoe** commented Aug 24\njane.doe replied\n@mroe reviewed\n",
    "jdoe@bastion:~$ ls\nroot@web-01:/var/www# cd\n",
    "BEGIN:VCARD\nN:Roe;Jane;;;\nN;CHARSET=UTF-8:Doe;John;;;\nEND:VCARD\n",
    "bei Andersson\n  chez Dupont \npresso Rossi Bianchi\n",
    "", "\n", "\n\n", "no line starts a match here\r\nnor here",
]


def test_line_matches_are_finditers_matches() -> None:
    from gateway.detection import cased_names, shell_logins
    from gateway.detection.line_starts import line_matches

    patterns = [
        cased_names._TIMED_SPEAKER, cased_names._TITLED_SPEAKER, cased_names._LOWER_SPEAKER,
        cased_names.AGENT_SPEAKER, cased_names._NICKNAME, cased_names._CLOSED_SIGNER, cased_names._VCARD_N,
        cased_names._HOST_LINE, chat_handles._NICK_LINE, chat_handles._SPEAKER_LINE, chat_handles._COMMENT_HEADER,
        shell_logins._PROMPT,
    ]
    total = 0
    for pattern in patterns:
        # line_matches' premise: a multi-line "^" first
        assert re.match(r"\(\?[a-z]*m[a-z]*\)\^", pattern.pattern), pattern.pattern[:30]
        assert pattern.flags & re.MULTILINE
        for text in LINE_TEXTS:
            expected = [(m.span(), m.groups()) for m in pattern.finditer(text)]
            assert [(m.span(), m.groups()) for m in line_matches(pattern, text)] == expected
            total += len(expected)
    assert total >= 20


MORE_LINE_TEXTS = [
    "db.example.internal:5432:crm:jdoe:s3cr3tPw\n*:*:*:mroe:Other9pw\n  10.0.0.5:5432:app:anna_b:pw:x\n",
    "12:30:45:10:20\nhost:5432:db:user42:pass\n",
    "Yumeka: hi\nYumeka: bye\nMary: ok\n  Jack : no\nnot: a label at start? Label: yes",
]
MAIL_TEXTS = [
    "login jane.doe@example.com:Winter2024! then", "a@b.co:pass1234 x@@y.com:abcd1234 .x+y@z.io:Secr3tpw",
    "git@github.com:org/repo.git jdoe@host:~/dir", "ünïcødé@example.de:Päss1234 _x@y.org:Abcdefgh1",
    "@example.com:abc12345", "no at sign", "a.b-c@x.y.z:Qwertyu1\n", "tab\tx@y.com:Abc12345",
]


def test_pgpass_and_line_labels_match_at_line_starts_as_finditer() -> None:
    from gateway.detection import credential_lines, not_persons, usernames
    from gateway.detection.line_starts import line_matches

    total = 0
    for pattern in (credential_lines._PGPASS_LINE, usernames._PGPASS_LINE, not_persons._LINE_LABEL):
        assert re.match(r"\(\?[a-z]*m[a-z]*\)\^", pattern.pattern)
        for text in MORE_LINE_TEXTS + LINE_TEXTS:
            expected = [(m.span(), m.groups()) for m in pattern.finditer(text)]
            assert [(m.span(), m.groups()) for m in line_matches(pattern, text)] == expected
            total += len(expected)
    assert total >= 8


def test_mail_password_starts_give_finditers_matches() -> None:
    from gateway.detection import credential_lines
    from gateway.detection.patterns import matches_at

    found = []
    for text in MAIL_TEXTS:
        expected = [m.span("password") for m in credential_lines._MAIL_PASSWORD.finditer(text)]
        got = [m.span("password") for m in matches_at(credential_lines._MAIL_PASSWORD, text, credential_lines._mail_starts(text))]
        assert got == expected
        found.extend(got)
    assert len(found) >= 6
