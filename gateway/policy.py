"""Team policies: `policies/default.yaml` is the base, `policies/<team>.yaml` overrides it.

Validated by pydantic into a typed `Policy`; errors read `file:field: reason` and never echo values.
`PolicyStore` reloads changed files without a restart and keeps the last good policy when a change is
invalid. Each loaded policy carries a stable version hash that goes into the audit.
"""

from __future__ import annotations

import fnmatch
import hashlib
import json
import re
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any, Literal

import structlog
import yaml
from pydantic import BaseModel, ConfigDict, Discriminator, Field, Tag, ValidationError, field_validator

from gateway.detection.custom import validate_custom_regex
from gateway.detection.entities import DEFAULT_POLICY_ENTITIES, SUPPORTED_ENTITIES
from gateway.detection.plugins import plugin_entities, plugin_refusal, presidio_entities, presidio_refusal
from gateway.detection.presidio_yaml import UNION_TAGS as FILE_UNION_TAGS
from gateway.detection.presidio_yaml import PresidioRecognizerFile, PresidioYamlRecognizer
from gateway.detection.types import DENY_LIST_ENTITY, CustomPattern, DetectionSpec

log = structlog.get_logger("gateway.policy")

Action = Literal["allow", "redact", "mask", "hash", "pseudonymize", "block"]
TEAM_NAME = re.compile(r"^[a-z0-9][a-z0-9_-]{0,62}$")
ENTITY_NAME = re.compile(r"^[A-Z][A-Z0-9_]{1,63}$")
DEFAULT_FILE = "default.yaml"


class PolicyError(Exception):
    """One or more `file:field: reason` lines."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class CustomRecognizer(_Strict):
    entity: str
    regex: str
    context: list[str] = []
    action: Action | None = None  # None: the entity's action from `entities`, else default_action
    score: float = Field(0.85, ge=0, le=1)

    @field_validator("entity")
    @classmethod
    def _entity_name(cls, v: str) -> str:
        if not ENTITY_NAME.match(v):
            raise ValueError("must be UPPER_SNAKE_CASE")
        return v

    @field_validator("regex")
    @classmethod
    def _safe_regex(cls, v: str) -> str:
        reason = validate_custom_regex(v)
        if reason:
            raise ValueError(reason)
        return v


def _recognizer_form(value: Any) -> str:
    """Presidio's YAML form names `supported_entity`; the short form names `entity`."""
    if isinstance(value, dict):
        return "presidio" if "supported_entity" in value or "patterns" in value else "short"
    return "presidio" if isinstance(value, PresidioYamlRecognizer) else "short"


RecognizerEntry = Annotated[
    Annotated[CustomRecognizer, Tag("short")] | Annotated[PresidioYamlRecognizer, Tag("presidio")],
    Discriminator(_recognizer_form),
]
_UNION_TAGS = frozenset({"short", "presidio"}) | FILE_UNION_TAGS


class PiiPolicy(_Strict):
    mode: Literal["enforce", "dry_run"] = "enforce"
    default_action: Action = "pseudonymize"
    # Entity types to look for and what to do with each; types not listed (of the built-in default
    # set) get `default_action`. Setting a type to `allow` means it is not even looked for.
    entities: dict[str, Action] = {}
    score_threshold: float = Field(0.5, ge=0, le=1)
    allow: list[str] = []  # terms never redacted
    deny: list[str] = []  # terms always acted on (entity DENY_LIST; action `redact` unless set)
    # Custom recognizers: the short form or Presidio's YAML recognizer form (presidio_yaml.py).
    recognizers: list[RecognizerEntry] = []
    # Presidio recognizer-registry YAML files, relative to the policies directory.
    recognizer_files: list[str] = []
    # Presidio predefined recognizers by class name, e.g. InPanRecognizer (plugins.py).
    presidio_recognizers: list[str] = []
    # A team's own presidio_analyzer.EntityRecognizer subclasses, "package.module:ClassName".
    python_recognizers: list[str] = []
    restore_responses: bool = True
    on_detector_error: Literal["block", "forward"] = "block"
    images: Literal["forward", "block"] = "block"  # image/audio/file parts cannot be inspected
    mask_keep: int = Field(4, ge=0, le=8)  # at most this many characters (and never more than half) stay visible
    # What embeddings get where the action is pseudonymize: plain `<TYPE>` tokens (default: a
    # numbered placeholder means nothing across requests, and nothing comes back to restore) or
    # the numbered `<TYPE_n>` placeholders.
    embedding_tokens: Literal["type", "pseudonym"] = "type"

    @field_validator("presidio_recognizers")
    @classmethod
    def _runnable_presidio(cls, v: list[str]) -> list[str]:
        for name in v:
            reason = presidio_refusal(name)
            if reason:
                raise ValueError(f"{name}: {reason}")
        return v

    @field_validator("python_recognizers")
    @classmethod
    def _importable_plugins(cls, v: list[str]) -> list[str]:
        for path in v:
            reason = plugin_refusal(path)
            if reason:
                raise ValueError(f"{path}: {reason}")
        return v

    @field_validator("recognizer_files")
    @classmethod
    def _relative_files(cls, v: list[str]) -> list[str]:
        if any(Path(f).is_absolute() or ".." in Path(f).parts for f in v):
            raise ValueError("recognizer files are paths inside the policies directory")
        if any(len(Path(f).parts) < 2 for f in v):
            # Top-level *.yaml files are team policies; e.g. recognizers/acme.yaml.
            raise ValueError("recognizer files live in a subdirectory of the policies directory")
        return v

    @field_validator("allow", "deny")
    @classmethod
    def _non_empty_terms(cls, v: list[str]) -> list[str]:
        if any(not t.strip() for t in v):
            raise ValueError("terms must be non-empty")
        return v


class Policy(_Strict):
    region: Literal["us", "eu"]
    models: list[str] = ["hf:*"]
    pii: PiiPolicy = PiiPolicy()
    max_body_bytes: int | None = Field(None, ge=1024)
    # Requests of this team in flight at once (streams included) on one gateway process; more get 429.
    max_in_flight: int = Field(64, ge=1, le=100_000)

    def allows_model(self, model: str) -> bool:
        return any(fnmatch.fnmatchcase(model, pattern) for pattern in self.models)


@dataclass(frozen=True, slots=True)
class LoadedPolicy:
    """A team's effective policy, with what the request path derives from it computed once."""

    team: str
    name: str  # the file it came from, e.g. "default+acme"
    version: str  # stable hash of the effective policy
    policy: Policy
    spec: DetectionSpec  # what to ask the detector for
    actions: dict[str, str]  # entity -> action, for every entity the spec may report

    def action_for(self, entity: str) -> str:
        return self.actions.get(entity, self.policy.pii.default_action)


def deep_merge(base: dict[str, Any], override: dict[str, Any]) -> dict[str, Any]:
    """Mappings merge key by key; anything else (lists included) is replaced by the override."""
    merged = dict(base)
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = deep_merge(merged[key], value)
        else:
            merged[key] = value
    return merged


def _read_yaml(path: Path) -> dict[str, Any]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise PolicyError(f"{path}:(file): cannot read ({exc.strerror})") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}" if mark else "(file)"
        raise PolicyError(f"{path}:{where}: not valid YAML") from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise PolicyError(f"{path}:(root): must be a mapping")
    return data


def _errors(source: str, err: ValidationError) -> str:
    # Only location and message: pydantic's input_value could echo a deny term or a regex.
    return "\n".join(
        f"{source}:{'.'.join(str(p) for p in e['loc'] if p not in _UNION_TAGS) or '(root)'}: {e['msg']}"
        for e in err.errors()
    )


@dataclass(frozen=True)
class _Recognizers:
    """Everything a policy's recognizer fields add, with recognizer files read."""

    customs: list[CustomRecognizer | PresidioYamlRecognizer]
    presidio: list[str]
    plugins: list[str]


def _read_recognizer_file(path: Path) -> PresidioRecognizerFile:
    try:
        return PresidioRecognizerFile.model_validate(_read_yaml(path))
    except ValidationError as err:
        raise PolicyError(_errors(str(path), err)) from None


def _recognizers(pii: PiiPolicy, source: str) -> _Recognizers:
    customs: list[CustomRecognizer | PresidioYamlRecognizer] = list(pii.recognizers)
    presidio = list(pii.presidio_recognizers)
    for index, name in enumerate(pii.recognizer_files):
        path = Path(source).parent / name
        if not path.is_file():
            raise PolicyError(f"{source}:pii.recognizer_files.{index}: no such file in the policies directory")
        loaded = _read_recognizer_file(path)
        customs.extend(loaded.customs())
        for entry, class_name in enumerate(loaded.predefined()):
            reason = presidio_refusal(class_name)
            if reason:
                raise PolicyError(f"{path}:recognizers.{entry}: {class_name}: {reason}")
            presidio.append(class_name)
    return _Recognizers(customs, sorted(set(presidio)), list(pii.python_recognizers))


def build(team: str, name: str, data: dict[str, Any], source: str) -> LoadedPolicy:
    try:
        policy = Policy.model_validate(data)
    except ValidationError as err:
        raise PolicyError(_errors(source, err)) from None
    pii = policy.pii
    extra = _recognizers(pii, source)
    added: set[str] = {r.entity for r in extra.customs}
    for class_name in extra.presidio:
        added |= presidio_entities(class_name)
    for plugin in extra.plugins:
        added |= plugin_entities(plugin)
    unknown = sorted(set(pii.entities) - SUPPORTED_ENTITIES - added)
    if unknown:
        raise PolicyError(f"{source}:pii.entities: unknown entity type(s): {', '.join(unknown)}")
    actions: dict[str, str] = {e: pii.default_action for e in DEFAULT_POLICY_ENTITIES - {DENY_LIST_ENTITY}}
    actions.update(pii.entities)
    actions.setdefault(DENY_LIST_ENTITY, "redact")
    for entity in sorted(added):
        actions.setdefault(entity, pii.default_action)
    for rec in extra.customs:
        actions[rec.entity] = rec.action or pii.entities.get(rec.entity, pii.default_action)
    scanned = frozenset(e for e, a in actions.items() if a != "allow" and e != DENY_LIST_ENTITY)
    customs: list[CustomPattern] = []
    for rec in extra.customs:
        if actions[rec.entity] == "allow":
            continue
        if isinstance(rec, PresidioYamlRecognizer):
            customs.extend(rec.custom_patterns())
        else:
            customs.append(CustomPattern(rec.entity, rec.regex, tuple(rec.context), rec.score))
    spec = DetectionSpec(
        entities=scanned,
        score_threshold=pii.score_threshold,
        allow_terms=tuple(pii.allow),
        deny_terms=tuple(pii.deny),
        custom=tuple(customs),
        presidio=tuple(n for n in extra.presidio if presidio_entities(n) & scanned),
        plugins=tuple(p for p in extra.plugins if plugin_entities(p) & scanned),
    )
    dumped: Any = policy.model_dump(mode="json")
    if pii.recognizer_files:  # the version covers what the files add: editing one changes it
        dumped = [dumped, [repr(c) for c in customs], extra.presidio]
    canonical = json.dumps(dumped, sort_keys=True, separators=(",", ":"))
    version = hashlib.sha256(canonical.encode()).hexdigest()[:16]
    return LoadedPolicy(team, name, version, policy, spec, actions)


def load_team(policies_dir: Path, team: str) -> LoadedPolicy:
    """The effective policy for `team` (default.yaml merged with <team>.yaml). Raises PolicyError."""
    if not TEAM_NAME.match(team):
        raise PolicyError(f"{team}: invalid team name")
    base_path = policies_dir / DEFAULT_FILE
    if not base_path.exists():
        raise PolicyError(f"{base_path}:(file): the base policy is missing; every team is refused")
    base = _read_yaml(base_path)
    team_path = policies_dir / f"{team}.yaml"
    base_policy = build("default", "default", base, str(base_path))  # an invalid base refuses every team
    if team == "default":
        return base_policy
    if not team_path.exists():
        raise PolicyError(f"{team_path}:(file): no policy for this team")
    return build(team, f"default+{team}", deep_merge(base, _read_yaml(team_path)), str(team_path))


def check_dir(policies_dir: Path) -> list[str]:
    """Validate every policy file; returns error lines (empty when all are valid)."""
    errors: list[str] = []
    files = sorted(policies_dir.glob("*.yaml"))
    if not files:
        return [f"{policies_dir}:(dir): no policy files"]
    for path in files:
        try:
            load_team(policies_dir, path.stem)
        except PolicyError as exc:
            errors.extend(str(exc).splitlines())
    return errors


class PolicyStore:
    """Serves each team's effective policy; re-reads files at most every `check_interval_s`.

    An invalid change keeps the last good policy for that team and logs a content-free error."""

    def __init__(self, policies_dir: Path, check_interval_s: float = 1.0, on_event: Any = None) -> None:
        self.dir = policies_dir
        self._interval = check_interval_s
        self._lock = threading.Lock()
        self._loaded: dict[str, tuple[tuple[float, float], LoadedPolicy]] = {}
        self._checked: dict[str, float] = {}
        self._on_event = on_event  # callable(action, team, detail) for the admin audit

    def _stamp(self, team: str) -> tuple[float, float]:
        def mtime(p: Path) -> float:
            try:
                return p.stat().st_mtime_ns
            except FileNotFoundError:
                return -1.0

        return mtime(self.dir / DEFAULT_FILE), mtime(self.dir / f"{team}.yaml")

    def _base_is_valid(self) -> bool:
        try:
            load_team(self.dir, "default")
        except PolicyError:
            return False
        return True

    def _emit(self, action: str, team: str, detail: str) -> None:
        if self._on_event:
            self._on_event(action, team, detail)

    def get(self, team: str) -> LoadedPolicy:
        """Raises PolicyError when the team has no valid policy now.

        A deleted team file revokes the team, and a deleted or invalid default.yaml refuses every
        team, within `check_interval_s`; only an invalid edit of a team's own file keeps that
        team's last good policy."""
        now = time.monotonic()
        cached = self._loaded.get(team)
        if cached and now - self._checked.get(team, 0.0) < self._interval:
            return cached[1]
        with self._lock:
            self._checked[team] = now
            stamp = self._stamp(team)
            cached = self._loaded.get(team)
            if cached and cached[0] == stamp:
                return cached[1]
            try:
                loaded = load_team(self.dir, team)
            except PolicyError as exc:
                if cached and self._base_is_valid() and min(stamp) >= 0:
                    log.error("policy_rejected_kept_last_good", team=team, errors=str(exc))
                    self._emit("policy_rejected", team, "kept last good version " + cached[1].version)
                    self._loaded[team] = (stamp, cached[1])
                    return cached[1]
                if cached:
                    self._loaded.pop(team, None)
                    log.error("policy_revoked", team=team, errors=str(exc))
                    self._emit("policy_revoked", team, "policy file missing or base policy invalid")
                raise
            self._loaded[team] = (stamp, loaded)
            log.info("policy_loaded", team=team, policy=loaded.name, version=loaded.version)
            self._emit("policy_loaded", team, f"{loaded.name} {loaded.version}")
            return loaded
