"""The dashboard's session cookie and filter form, without a browser."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from gateway.dashboard.filters import parse_filters
from gateway.dashboard.session import SessionSigner

SECRET = b"test-secret-not-for-production"


def test_a_cookie_round_trips() -> None:
    signer = SessionSigner(SECRET)
    session, cookie = signer.issue("abc123", now=1_000_000)
    assert signer.verify(cookie, now=1_000_010) == session
    assert session.expires_at - session.issued_at == 30 * 60


def test_tampered_foreign_or_expired_cookies_are_refused() -> None:
    signer = SessionSigner(SECRET)
    _, cookie = signer.issue("abc123", now=1_000_000)
    payload, signature = cookie.split(".")
    forged_payload = signer.issue("zzz999", now=1_000_000)[1].split(".")[0]
    assert signer.verify(f"{forged_payload}.{signature}", now=1_000_010) is None
    assert signer.verify(cookie[:-2] + ("AA" if not cookie.endswith("AA") else "BB"), now=1_000_010) is None
    assert SessionSigner(b"another-gateway").verify(cookie, now=1_000_010) is None
    assert signer.verify(cookie, now=1_000_000 + 30 * 60) is None  # expired
    assert signer.verify(cookie, now=1_000_000 - 3600) is None  # issued in the future
    for junk in (None, "", "a.b.c", "!!!.???", "x" * 600):
        assert signer.verify(junk) is None


def test_csrf_token_is_bound_to_the_session() -> None:
    signer = SessionSigner(SECRET)
    one, _ = signer.issue("abc123")
    two, _ = signer.issue("abc123")
    assert signer.check_csrf(one, signer.csrf_token(one))
    assert not signer.check_csrf(one, signer.csrf_token(two))
    assert not signer.check_csrf(one, None) and not signer.check_csrf(one, "")


def test_filters_are_clamped_to_the_retention_window() -> None:
    now = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)
    state = parse_filters({"team": " alpha ", "from": "2026-01-01", "to": "2026-11-30"}, retention_days=14, now=now)
    assert state.stats.team == "alpha" and state.stats.region is None
    assert state.stats.since == now - timedelta(days=14)  # nothing older is kept, so nothing older is asked for
    assert state.stats.until == datetime(2026, 12, 1, tzinfo=UTC)  # 'to' is inclusive
    assert state.window_start == date(2026, 11, 17) and not state.errors
    assert "team=alpha" in state.query(cursor="abc") and "cursor=abc" in state.query(cursor="abc")


def test_bad_filter_values_are_reported_by_name_and_ignored() -> None:
    now = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)
    state = parse_filters({"from": "yesterday", "to": "2026-11-20", "team": "x" * 500}, retention_days=14, now=now)
    assert state.stats.team is None and state.stats.until == datetime(2026, 11, 21, tzinfo=UTC)
    assert len(state.errors) == 2 and not any("yesterday" in e for e in state.errors)
    reversed_range = parse_filters({"from": "2026-11-30", "to": "2026-11-20"}, retention_days=14, now=now)
    assert reversed_range.stats.until is None and reversed_range.errors
