"""RegionRouter: a team's traffic goes to its policy's region and nowhere else.

There is no fallback list on purpose: if the team's region is unconfigured or has no key, the request
is refused (503) and nothing is sent; an upstream error is returned as such, never retried elsewhere.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

from gateway.config import GatewayConfig
from gateway.errors import unavailable


@dataclass(frozen=True, slots=True)
class Upstream:
    region: str
    base_url: str  # the OpenAI-compatible API
    anthropic_base_url: str  # the Anthropic-compatible API of the same region
    api_key: str

    def url(self, api: str) -> str:
        return self.anthropic_base_url if api == "anthropic" else self.base_url

    def host(self, api: str = "openai") -> str:
        return urlsplit(self.url(api)).netloc

    def __repr__(self) -> str:  # never show the key
        return f"Upstream(region={self.region!r}, host={self.host()!r})"


class RegionRouter:
    def __init__(self, cfg: GatewayConfig) -> None:
        self._upstreams: dict[str, Upstream] = {}
        for name, region in cfg.regions.items():
            key = region.api_key()
            if key:
                self._upstreams[name] = Upstream(name, region.base_url, region.anthropic_url(), key)

    def regions(self) -> list[str]:
        return sorted(self._upstreams)

    def route(self, region: str) -> Upstream:
        upstream = self._upstreams.get(region)
        if upstream is None:
            raise unavailable(
                f"Region '{region}' is not configured on this gateway; the request was not sent.",
                code="region_unavailable",
            )
        return upstream
