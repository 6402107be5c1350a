"""Per-team cap on requests in flight, so one team's slow or hostile clients cannot starve others.

Counted per gateway process (one event loop, so no lock is needed); a slot is held from the moment
the team is known until the exchange finishes, streams included.
"""

from __future__ import annotations

from typing import Callable

from gateway.errors import GatewayError


class InFlight:
    def __init__(self) -> None:
        self._counts: dict[str, int] = {}
        self.total = 0  # requests in flight in this process, every team

    def acquire(self, team: str, limit: int) -> Callable[[], None]:
        """A release callable, or a 429 GatewayError when the team already has `limit` in flight."""
        count = self._counts.get(team, 0)
        if count >= limit:
            raise GatewayError(429, "Too many requests of this team are in flight; retry shortly.",
                               type="rate_limit_error", code="too_many_in_flight")
        self._counts[team] = count + 1
        self.total += 1
        released = False

        def release() -> None:
            nonlocal released
            if not released:
                released = True
                self._counts[team] -= 1
                self.total -= 1

        return release

    def count(self, team: str) -> int:
        return self._counts.get(team, 0)
