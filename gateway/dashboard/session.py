"""The dashboard's session cookie: a signed reference to an auditor key, never the key itself.

The cookie holds `<payload>.<signature>`, both base64url: the payload is JSON
`{"kid": key id, "sid": random session id, "iat": issued, "exp": expires}` (Unix seconds) and the
signature is HMAC-SHA256 under a key derived from the gateway secret for this one purpose, so a
session cookie cannot be forged without the secret and cannot be mistaken for any other token the
gateway makes. The key id is public (it is in the audit trail); the key's secret part never leaves
the login request.

Verifying a cookie only proves the gateway issued it and it has not expired. Each page view then
re-reads the key from the database (revoked? still an auditor?) and checks the session was not
logged out (see `gateway.dashboard.auth`).

The logout form carries a CSRF token, HMAC of the session id under the same derived key.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
import time
from dataclasses import dataclass

COOKIE_NAME = "gateway_dashboard"
LIFETIME_S = 30 * 60  # absolute: log in again after 30 minutes
_PURPOSE = b"gateway-dashboard-session-v1"


@dataclass(frozen=True, slots=True)
class Session:
    key_id: str
    session_id: str
    issued_at: int
    expires_at: int


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


class SessionSigner:
    def __init__(self, gateway_secret: bytes, lifetime_s: int = LIFETIME_S) -> None:
        self._key = hmac.new(gateway_secret, _PURPOSE, hashlib.sha256).digest()
        self.lifetime_s = lifetime_s

    def _sign(self, payload: bytes) -> bytes:
        return hmac.new(self._key, payload, hashlib.sha256).digest()

    def issue(self, key_id: str, *, now: float | None = None) -> tuple[Session, str]:
        """A new session for `key_id` and its cookie value."""
        issued = int(now if now is not None else time.time())
        session = Session(key_id, secrets.token_hex(16), issued, issued + self.lifetime_s)
        payload = json.dumps(
            {"kid": key_id, "sid": session.session_id, "iat": issued, "exp": session.expires_at},
            separators=(",", ":"),
        ).encode()
        return session, f"{_b64(payload)}.{_b64(self._sign(payload))}"

    def verify(self, cookie: str | None, *, now: float | None = None) -> Session | None:
        """The session in a cookie this gateway signed and that has not expired; otherwise None."""
        if not cookie or cookie.count(".") != 1 or len(cookie) > 512:
            return None
        payload_text, signature_text = cookie.split(".")
        try:
            payload, signature = _unb64(payload_text), _unb64(signature_text)
        except ValueError:
            return None
        if not hmac.compare_digest(signature, self._sign(payload)):
            return None
        try:
            data = json.loads(payload)
            session = Session(str(data["kid"]), str(data["sid"]), int(data["iat"]), int(data["exp"]))
        except (ValueError, KeyError, TypeError):
            return None
        current = now if now is not None else time.time()
        if not session.issued_at <= current + 60 or current >= session.expires_at:
            return None
        return session

    def csrf_token(self, session: Session) -> str:
        return _b64(self._sign(b"csrf:" + session.session_id.encode()))

    def check_csrf(self, session: Session, token: str | None) -> bool:
        return bool(token) and hmac.compare_digest(str(token), self.csrf_token(session))
