"""The inspection walk: every string value, free-form object key and number of a request body.

A wire format describes its request body as a tree of `Shape`s. The walk visits the whole body:
anything the shape does not name is free-form and inspected entirely (values, keys and numbers, at
any depth). Only structural fields are exempt from inspection, and only because they are validated
to a strict shape instead: enums (`Enum`, e.g. roles and part types), identifiers (`Ident`, e.g.
tool names), tool-call ids (`ToolCallId`, rewritten to opaque ids when they do not match), fields the
adapter validated before the walk (`Exempt`, e.g. the model id), and binary parts that the policy
blocks or forwards as a whole (`Opaque`). A value of an unexpected JSON type is inspected as
free-form rather than trusted.

The walk yields `Slot`s; redaction rewrites them in place, so what is forwarded is exactly the
serialisation of what was inspected.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any, Callable, Literal

from gateway.errors import bad_request

Put = Callable[[Any], None]
SlotKind = Literal["text", "key", "number"]
IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]{0,63}$")
NUMBER_MIN_DIGITS = 6  # no recognizer has a numeric form shorter than this (phones, SSNs, cards...)


@dataclass(slots=True)
class Slot:
    text: str
    write: Put  # puts the rewritten value back where it was found
    kind: SlotKind


class ToolCallIds:
    """Tool-call ids that fail the strict pattern travel upstream as opaque ids; answers get the
    client's ids back. The map lives for one request only."""

    def __init__(self) -> None:
        self._opaque: dict[str, str] = {}
        self._original: dict[str, str] = {}

    def opaque(self, original: str) -> str:
        if original not in self._opaque:
            alias = f"call_gw{len(self._opaque) + 1:04d}"
            self._opaque[original], self._original[alias] = alias, original
        return self._opaque[original]

    def original(self, alias: str) -> str:
        return self._original.get(alias, alias)

    def __bool__(self) -> bool:
        return bool(self._original)

    def __repr__(self) -> str:  # never show the ids
        return f"<ToolCallIds {len(self._original)}>"


@dataclass(slots=True)
class Walk:
    """What one walk found: the slots to inspect, binary parts seen, tool-call ids rewritten."""

    slots: list[Slot] = field(default_factory=list)
    opaque_parts: int = 0
    tool_ids: ToolCallIds = field(default_factory=ToolCallIds)
    _late: list[Callable[[], None]] = field(default_factory=list)

    def text(self, value: str, put: Put) -> None:
        if value:
            self.slots.append(Slot(value, put, "text"))

    def number(self, value: int | float, put: Put) -> None:
        text = str(value)
        if sum(ch.isdigit() for ch in text) >= NUMBER_MIN_DIGITS:
            self.slots.append(Slot(text, put, "number"))

    def key(self, obj: dict[str, Any], key: str) -> None:
        if key:
            self.slots.append(Slot(key, lambda new: _rename(obj, key, new), "key"))

    def after(self, action: Callable[[], None]) -> None:
        """Run once every slot is written (re-serialising JSON held in a string)."""
        self._late.append(action)

    def finish(self) -> None:
        for action in reversed(self._late):  # innermost first
            action()
        self._late.clear()


def _rename(obj: dict[str, Any], old: str, new: str) -> None:
    if new == old or old not in obj:
        return
    unique, n = new, 1
    while unique in obj:
        n += 1
        unique = f"{new}_{n}"
    items = list(obj.items())
    obj.clear()
    for k, v in items:
        obj[unique if k == old else k] = v


class Shape:
    def visit(self, value: Any, put: Put, path: str, walk: Walk) -> None:
        raise NotImplementedError


class Free(Shape):
    """Anything: every string, every key and every long number is inspected, at any depth."""

    def visit(self, value: Any, put: Put, path: str, walk: Walk) -> None:
        if isinstance(value, str):
            walk.text(value, put)
        elif isinstance(value, dict):
            for key in list(value):
                walk.key(value, key)
                FREE.visit(value[key], _setter(value, key), path, walk)
        elif isinstance(value, list):
            for i, item in enumerate(value):
                FREE.visit(item, _setter(value, i), path, walk)
        elif isinstance(value, (int, float)) and not isinstance(value, bool):
            walk.number(value, put)


FREE = Free()


def _setter(container: Any, key: Any) -> Put:
    def put(new: Any) -> None:
        container[key] = new

    return put


@dataclass(frozen=True)
class Obj(Shape):
    """An object with known fields (keys exempt, values walked by their shape); other keys are
    free-form and inspected, key and value."""

    fields: dict[str, Shape]

    def visit(self, value: Any, put: Put, path: str, walk: Walk) -> None:
        if not isinstance(value, dict):
            return FREE.visit(value, put, path, walk)
        for key in list(value):
            shape = self.fields.get(key)
            if shape is None:
                walk.key(value, key)
                FREE.visit(value[key], _setter(value, key), path, walk)
            else:
                shape.visit(value[key], _setter(value, key), f"{path}.{key}" if path else key, walk)


@dataclass(frozen=True)
class Arr(Shape):
    item: Shape

    def visit(self, value: Any, put: Put, path: str, walk: Walk) -> None:
        if not isinstance(value, list):
            return self.item.visit(value, put, path, walk)  # a lone item where a list may stand
        for i, item in enumerate(value):
            self.item.visit(item, _setter(value, i), f"{path}[{i}]", walk)


@dataclass(frozen=True)
class Tagged(Shape):
    """An object whose `type` picks its shape (content parts, content blocks); an unknown type is
    refused, since the gateway cannot tell what the provider would do with it."""

    variants: dict[str, Shape]
    tag: str = "type"

    def visit(self, value: Any, put: Put, path: str, walk: Walk) -> None:
        kind = value.get(self.tag) if isinstance(value, dict) else None
        if not isinstance(kind, str) or kind not in self.variants:
            where = f"{path}.{self.tag}"
            raise bad_request(f"{where} must be one of: {', '.join(sorted(self.variants))}.", param=where)
        self.variants[kind].visit(value, put, path, walk)


@dataclass(frozen=True)
class Enum(Shape):
    """Structural: one of a fixed set of words, so it cannot carry personal data."""

    values: frozenset[str]

    def visit(self, value: Any, put: Put, path: str, walk: Walk) -> None:
        if value not in self.values:
            raise bad_request(f"{path} must be one of: {', '.join(sorted(self.values))}.", param=path)


@dataclass(frozen=True)
class Ident(Shape):
    """Structural: a name of a strict pattern (tool and function names)."""

    pattern: re.Pattern[str] = re.compile(r"^[A-Za-z0-9_-]{1,64}$")

    def visit(self, value: Any, put: Put, path: str, walk: Walk) -> None:
        if not isinstance(value, str) or not self.pattern.match(value):
            raise bad_request(f"{path} must match {self.pattern.pattern}.", param=path)


TOOL_CALL_ID = re.compile(r"^[A-Za-z0-9_-]{1,64}$")


class ToolCallId(Shape):
    """Structural when it matches a strict pattern; otherwise replaced by an opaque id."""

    def visit(self, value: Any, put: Put, path: str, walk: Walk) -> None:
        if not isinstance(value, str):
            raise bad_request(f"{path} must be a string.", param=path)
        if not TOOL_CALL_ID.match(value):
            put(walk.tool_ids.opaque(value))


class Exempt(Shape):
    """Validated by the wire format before the walk (the model id, booleans, numeric parameters)."""

    def visit(self, value: Any, put: Put, path: str, walk: Walk) -> None:
        return None


class Opaque(Shape):
    """A binary part (image, audio, file): not text; the policy's `images` setting decides."""

    def visit(self, value: Any, put: Put, path: str, walk: Walk) -> None:
        walk.opaque_parts += 1


class JsonText(Shape):
    """A string holding JSON (tool-call arguments): its contents are walked as free-form, so keys and
    numbers inside are inspected too, and it is re-serialised so it stays valid JSON."""

    def visit(self, value: Any, put: Put, path: str, walk: Walk) -> None:
        if not isinstance(value, str):
            raise bad_request(f"{path} must be a string (of JSON).", param=path)
        try:
            parsed = json.loads(value)
        except ValueError:
            parsed = None
        if not isinstance(parsed, (dict, list)):
            return walk.text(value, put)
        holder = [parsed]
        FREE.visit(parsed, _setter(holder, 0), path, walk)
        walk.after(lambda: put(json.dumps(holder[0], ensure_ascii=False)))


class Schema(Shape):
    """A JSON schema a developer wrote (tool parameters, response formats): every value is inspected
    (descriptions, enum values, examples); keys stay when they are plain identifiers (property names,
    keywords), since renaming them would change the contract, and are inspected otherwise."""

    def visit(self, value: Any, put: Put, path: str, walk: Walk) -> None:
        if isinstance(value, dict):
            for key in list(value):
                if not IDENTIFIER.match(key):
                    walk.key(value, key)
                self.visit(value[key], _setter(value, key), path, walk)
        elif isinstance(value, list):
            for i, item in enumerate(value):
                self.visit(item, _setter(value, i), path, walk)
        else:
            FREE.visit(value, put, path, walk)


@dataclass(frozen=True)
class ByType(Shape):
    """A field that takes several JSON forms (content: a string or an array of parts; tool_choice: a
    word or an object): each form is walked by its own shape, anything else as free-form."""

    text: Shape = FREE
    array: Shape = FREE
    object: Shape = FREE
    strict: bool = False  # refuse any other form (null aside) instead of inspecting it

    def visit(self, value: Any, put: Put, path: str, walk: Walk) -> None:
        if isinstance(value, str):
            self.text.visit(value, put, path, walk)
        elif isinstance(value, list):
            self.array.visit(value, put, path, walk)
        elif isinstance(value, dict):
            self.object.visit(value, put, path, walk)
        elif self.strict and value is not None:
            raise bad_request(f"{path} has an unsupported type.", param=path)
        else:
            FREE.visit(value, put, path, walk)


class MediaUrl(Shape):
    """An image or file URL: a data: URL is binary (counted as an opaque part); any other URL is also
    inspected as text, since it is sent as it is."""

    def visit(self, value: Any, put: Put, path: str, walk: Walk) -> None:
        walk.opaque_parts += 1
        if not (isinstance(value, str) and value.startswith("data:")):
            FREE.visit(value, put, path, walk)


def inspect(body: Any, shape: Shape) -> Walk:
    walk = Walk()
    holder = [body]
    shape.visit(body, _setter(holder, 0), "", walk)
    return walk


EXEMPT = Exempt()
OPAQUE = Opaque()
MEDIA_URL = MediaUrl()
IDENT = Ident()
JSON_TEXT = JsonText()
SCHEMA = Schema()
