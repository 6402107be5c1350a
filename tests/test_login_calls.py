"""A login key given a function call holds no login (gateway/detection/login_labels.py)."""

from __future__ import annotations

from gateway.detection.login_labels import find_labelled_logins


def test_a_login_key_given_a_call_holds_no_login() -> None:
    text = "uid = session.login(HOST, NAME, SECRET)\n"
    assert list(find_labelled_logins(text)) == []
    plain = "uid = pkowalski7\n"
    assert [plain[a:b] for a, b in find_labelled_logins(plain)] == ["pkowalski7"]
