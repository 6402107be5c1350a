"""Presidio's YAML recognizer format, accepted in policies and in recognizer files, run on RE2.

A policy's `pii.recognizers` entry in Presidio's form

    - name: Employee id recognizer
      supported_entity: EMPLOYEE_ID
      supported_language: en
      patterns:
        - {name: employee id, regex: "EMP-\\\\d{6}", score: 0.6}
      context: [employee, staff]
      deny_list: [Jane Placeholder]          # optional: terms always reported
      deny_list_score: 1.0

becomes one `CustomPattern` per pattern plus one for the deny list. As in Presidio, patterns match
case-insensitively, `.` matches newlines and `^`/`$` match at lines (`global_regex_flags` overrides:
re.IGNORECASE 2, re.MULTILINE 8, re.DOTALL 16). Patterns run on RE2, so a pattern RE2 cannot run
(lookaround, backreferences) is rejected when the policy loads with a content-free reason.

`pii.recognizer_files` names Presidio recognizer-registry YAML files (relative to the policies
directory): a mapping with `recognizers:` (and optionally `supported_languages`,
`global_regex_flags`), whose entries are custom recognizers as above or `type: predefined` entries
naming a Presidio predefined recognizer class (treated like `pii.presidio_recognizers`).
"""

from __future__ import annotations

import re
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Discriminator, Field, Tag, field_validator, model_validator

from .custom import validate_custom_regex
from .types import CustomPattern

ENTITY_NAME = re.compile(r"^[A-Z][A-Z0-9_]{1,63}$")
PRESIDIO_DEFAULT_FLAGS = re.IGNORECASE | re.MULTILINE | re.DOTALL
_FLAG_LETTERS = ((re.IGNORECASE, "i"), (re.MULTILINE, "m"), (re.DOTALL, "s"))


def flag_prefix(flags: int) -> str:
    """RE2 inline flags for Python `re` flag bits (only i, m, s exist in both)."""
    letters = "".join(letter for bit, letter in _FLAG_LETTERS if flags & bit)
    return f"(?{letters})" if letters else ""


def deny_list_regex(terms: list[str]) -> str:
    """One RE2 alternation for deny-list terms, whole words where a term starts/ends with one."""
    parts = []
    for term in sorted({t.strip() for t in terms if t.strip()}, key=len, reverse=True):
        left = r"\b" if term[0].isalnum() else ""
        right = r"\b" if term[-1].isalnum() else ""
        parts.append(left + re.escape(term) + right)
    return "(?:" + "|".join(parts) + ")"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class PresidioPattern(_Strict):
    name: str = ""
    regex: str
    score: float = Field(ge=0, le=1)

    @field_validator("regex")
    @classmethod
    def _runs_on_re2(cls, v: str) -> str:
        reason = validate_custom_regex(v)
        if reason:
            raise ValueError(reason)
        return v


class PresidioYamlRecognizer(_Strict):
    """One recognizer in Presidio's YAML form (plus our optional `action`)."""

    name: str | None = None
    type: Literal["custom"] = "custom"
    supported_entity: str
    supported_language: str = "en"
    supported_languages: list[Any] | None = None
    patterns: list[PresidioPattern] = []
    context: list[str] = []
    deny_list: list[str] = []
    deny_list_score: float = Field(1.0, ge=0, le=1)
    global_regex_flags: int | None = None
    enabled: bool = True
    version: str | None = None
    action: Literal["allow", "redact", "mask", "hash", "pseudonymize", "block"] | None = None

    @field_validator("supported_entity")
    @classmethod
    def _entity_name(cls, v: str) -> str:
        if not ENTITY_NAME.match(v):
            raise ValueError("must be UPPER_SNAKE_CASE")
        return v

    @field_validator("deny_list")
    @classmethod
    def _terms(cls, v: list[str]) -> list[str]:
        if any(not t.strip() for t in v):
            raise ValueError("terms must be non-empty")
        return v

    @model_validator(mode="after")
    def _has_something_to_find(self) -> PresidioYamlRecognizer:
        if not self.patterns and not self.deny_list:
            raise ValueError("needs patterns or a deny_list")
        return self

    @property
    def entity(self) -> str:
        return self.supported_entity

    def custom_patterns(self) -> list[CustomPattern]:
        if not self.enabled:
            return []
        prefix = flag_prefix(PRESIDIO_DEFAULT_FLAGS if self.global_regex_flags is None else self.global_regex_flags)
        context = tuple(self.context)
        found = [CustomPattern(self.supported_entity, prefix + p.regex, context, p.score) for p in self.patterns]
        if self.deny_list:
            found.append(CustomPattern(self.supported_entity, "(?i)" + deny_list_regex(self.deny_list), context,
                                       self.deny_list_score))
        return found


class PresidioPredefinedEntry(_Strict):
    """A `type: predefined` entry of a recognizer file: a Presidio predefined class by name."""

    name: str
    type: Literal["predefined"]
    supported_language: str | None = None
    supported_languages: list[Any] | None = None
    context: list[str] | None = None
    enabled: bool = True


def _entry_kind(value: Any) -> str:
    kind = value.get("type") if isinstance(value, dict) else getattr(value, "type", None)
    return "predefined" if kind == "predefined" else "custom"


FileEntry = Annotated[
    Annotated[PresidioPredefinedEntry, Tag("predefined")] | Annotated[PresidioYamlRecognizer, Tag("custom")],
    Discriminator(_entry_kind),
]
UNION_TAGS = frozenset({"predefined", "custom"})


class PresidioRecognizerFile(_Strict):
    """A Presidio recognizer-registry YAML file."""

    supported_languages: list[Any] | None = None
    global_regex_flags: int | None = None
    recognizers: list[FileEntry]

    def customs(self) -> list[PresidioYamlRecognizer]:
        out = []
        for entry in self.recognizers:
            if isinstance(entry, PresidioYamlRecognizer):
                if entry.global_regex_flags is None and self.global_regex_flags is not None:
                    entry = entry.model_copy(update={"global_regex_flags": self.global_regex_flags})
                out.append(entry)
        return out

    def predefined(self) -> list[str]:
        return [e.name for e in self.recognizers if isinstance(e, PresidioPredefinedEntry) and e.enabled]
