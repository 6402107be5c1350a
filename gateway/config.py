"""The gateway's configuration file: YAML validated by pydantic, every value overridable by env.

Environment overrides use `GATEWAY_` plus the field path joined by `__`, e.g.
`GATEWAY_DATABASE_URL`, `GATEWAY_AUDIT__RETENTION_DAYS=7`, `GATEWAY_REGIONS__EU__BASE_URL=...`.
Upstream API keys are never in the file: each region names the environment variable holding its key.
"""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import urlsplit
from typing import Any, Literal

import yaml
from gateway.detection.settings import DetectorSettings
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

ENV_PREFIX = "GATEWAY_"
REGIONS = ("us", "eu")


class ConfigError(Exception):
    """A configuration problem, phrased as `file:field: reason`."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class RegionConfig(_Strict):
    base_url: str  # the OpenAI-compatible API, e.g. https://api.synthetic.new/openai/v1
    api_key_env: str
    # The Anthropic-compatible API; by default base_url with /openai/v1 replaced by /anthropic/v1.
    anthropic_base_url: str | None = None
    # Built-in local mock upstream: used when the key variable is unset and mock is allowed.
    mock: bool = False

    @field_validator("base_url", "anthropic_base_url")
    @classmethod
    def _http_url(cls, v: str | None) -> str | None:
        if v is None:
            return v
        if not v.startswith(("http://", "https://")):
            raise ValueError("must be an http:// or https:// URL")
        return v.rstrip("/")

    def anthropic_url(self) -> str:
        if self.anthropic_base_url:
            return self.anthropic_base_url
        if self.base_url.endswith("/openai/v1"):
            return self.base_url[: -len("/openai/v1")] + "/anthropic/v1"
        return self.base_url.rstrip("/") + "/anthropic/v1"

    def origins(self) -> set[tuple[str, str, int | None]]:
        return {_origin(self.base_url), _origin(self.anthropic_url())}

    def api_key(self) -> str | None:
        return os.environ.get(self.api_key_env) or None


class TimeoutConfig(_Strict):
    connect_s: float = Field(5.0, gt=0)
    read_s: float = Field(120.0, gt=0)  # longest silence between two bytes of the answer
    total_s: float = Field(600.0, gt=0)  # a whole answer, streamed or not: a wall-clock deadline
    request_body_s: float = Field(30.0, gt=0)  # reading the client's request body (408 after it)


class AuditConfig(_Strict):
    retention_days: int = Field(14, ge=1, le=3650)
    queue_size: int = Field(10_000, ge=1)
    batch_size: int = Field(500, ge=1)
    purge_interval_s: float = Field(300.0, gt=0)


class GatewayConfig(_Strict):
    regions: dict[Literal["us", "eu"], RegionConfig]
    database_url: str = "sqlite:///gateway.db"
    policies_dir: str = "policies"
    audit: AuditConfig = AuditConfig()
    timeouts: TimeoutConfig = TimeoutConfig()
    detector: DetectorSettings = DetectorSettings()
    max_body_bytes: int = Field(4 * 1024 * 1024, ge=1024)
    # Secret for hashing API keys and hash-action tokens. Set it in production; the env var wins.
    secret_env: str = "GATEWAY_SECRET"
    # When no upstream key is set, serve from the built-in mock upstream instead of failing.
    mock_upstream_when_no_key: bool = False
    log_level: Literal["debug", "info", "warning", "error"] = "info"
    # Env var holding a bearer token that /metrics then requires (unset: /metrics is open, for a
    # scraper on the internal network).
    metrics_token_env: str | None = None
    # Two regions on one origin would make residency a matter of URL paths; refused unless declared.
    allow_shared_upstream_origin: bool = False
    # Where the config file lives; relative paths (policies, sqlite) resolve against it.
    source: str = Field("", exclude=True)

    @model_validator(mode="after")
    def _distinct_origins(self) -> "GatewayConfig":
        if self.allow_shared_upstream_origin:
            return self
        seen: dict[tuple[str, str, int | None], str] = {}
        for name, region in sorted(self.regions.items()):
            for origin in region.origins():
                if origin in seen and seen[origin] != name:
                    raise ValueError(
                        f"regions {seen[origin]} and {name} point at the same origin; set "
                        "allow_shared_upstream_origin: true if that is really intended"
                    )
                seen[origin] = name
        return self

    def metrics_token(self) -> str | None:
        return os.environ.get(self.metrics_token_env) or None if self.metrics_token_env else None

    def policies_path(self) -> Path:
        p = Path(self.policies_dir)
        return p if p.is_absolute() or not self.source else Path(self.source).parent / p


def _origin(url: str) -> tuple[str, str, int | None]:
    parts = urlsplit(url)
    port = parts.port or (443 if parts.scheme == "https" else 80)
    return parts.scheme, (parts.hostname or "").lower(), port


def _set_path(data: dict[str, Any], path: list[str], value: str) -> None:
    node = data
    for part in path[:-1]:
        node = node.setdefault(part, {})
        if not isinstance(node, dict):
            raise ConfigError(f"env:{ENV_PREFIX}{'__'.join(path).upper()}: parent is not a mapping")
    node[path[-1]] = yaml.safe_load(value) if value else value


def apply_env(data: dict[str, Any], environ: dict[str, str]) -> dict[str, Any]:
    fields = set(GatewayConfig.model_fields) - {"source"}
    for name, value in sorted(environ.items()):
        if not name.startswith(ENV_PREFIX):
            continue
        path = [p.lower() for p in name[len(ENV_PREFIX) :].split("__") if p]
        # Only known top-level fields: GATEWAY_SECRET, GATEWAY_CONFIG_FILE and the like are not config.
        if path and path[0] in fields:
            _set_path(data, path, value)
    return data


def format_validation_error(source: str, err: ValidationError) -> str:
    lines = []
    for e in err.errors():
        field = ".".join(str(p) for p in e["loc"]) or "(root)"
        lines.append(f"{source}:{field}: {e['msg']}")
    return "\n".join(lines)


def load_config(path: str | os.PathLike[str] | None, environ: dict[str, str] | None = None) -> GatewayConfig:
    """Load, override from the environment, validate. Raises ConfigError naming file:field: reason."""
    environ = dict(os.environ if environ is None else environ)
    source = str(path) if path else "<defaults>"
    data: dict[str, Any] = {}
    if path:
        try:
            raw = Path(path).read_text(encoding="utf-8")
        except OSError as exc:
            raise ConfigError(f"{source}:(file): cannot read ({exc.strerror})") from None
        try:
            loaded = yaml.safe_load(raw)
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            where = f"line {mark.line + 1}" if mark else "(file)"
            raise ConfigError(f"{source}:{where}: not valid YAML") from None
        if loaded is None:
            loaded = {}
        if not isinstance(loaded, dict):
            raise ConfigError(f"{source}:(root): must be a mapping")
        data = loaded
    data = apply_env(data, environ)
    data["source"] = str(Path(path).resolve()) if path else ""
    try:
        cfg = GatewayConfig.model_validate(data)
    except ValidationError as err:
        raise ConfigError(format_validation_error(source, err)) from None
    base = Path(cfg.source).parent if cfg.source else Path.cwd()
    plugin_paths = tuple(str(p if Path(p).is_absolute() else (base / p).resolve()) for p in cfg.detector.plugin_paths)
    if plugin_paths != cfg.detector.plugin_paths:
        cfg = cfg.model_copy(update={"detector": cfg.detector.model_copy(update={"plugin_paths": plugin_paths})})
    if cfg.database_url.startswith("sqlite:///") and not cfg.database_url.startswith("sqlite:////"):
        rel = cfg.database_url[len("sqlite:///") :]
        if rel and rel != ":memory:" and cfg.source:
            abs_path = Path(cfg.source).parent / rel
            cfg = cfg.model_copy(update={"database_url": f"sqlite:///{abs_path}"})
    return cfg
