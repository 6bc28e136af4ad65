"""Deterministic values made from a JSON Schema alone, for operations no handler knows.

Why: a curator who adds an operation to the spec must get a sandbox that answers it without writing
Python. When the operation has no usable success example (``answers`` prefers those), its
``data`` is built here from the response schema. The same schema always gives the same value, so
tests and fuzz runs are reproducible. The heuristics (merging ``allOf``, trying ``anyOf``/``oneOf``
branches, generating from a ``pattern``, honouring bounds and formats) only *propose* candidates:
each is checked with the spec's own validator (``SpecIndex.validator``) and the first valid one
wins, so a clever guess can never produce an answer the client would reject.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator, Mapping
from datetime import datetime, timedelta
from typing import Any, Final

from . import patterns
from .index import SpecIndex

__all__ = ["SMALLEST", "smallest_valid", "synthesize"]

SMALLEST: Final[tuple[Any, ...]] = (None, {}, [], "", 0, False, True)
"""The least values of each JSON type, tried in this order when nothing better is valid."""

_MAX_DEPTH: Final = 24
_ANNOTATIONS: Final = frozenset({"description", "title", "deprecated", "readOnly", "writeOnly", "$comment"})
_EPOCH: Final = datetime(2024, 6, 1, 8, 30, 0)
"""The moment synthesised dates start from (plus ``variant`` days), so answers never change."""
_DATE_LAYOUTS: Final = (
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%dT%H:%M:%SZ",
    "%Y-%m-%d",
    "%Y-%m",
    "%Y%m%d%H%M%S",
    "%Y%m%d",
)
_DATE_HINTS: Final = ("date", "time", "day", "month", "_at")
_FORMATS: Final[Mapping[str, str]] = {
    "date": "%Y-%m-%d",
    "date-time": "%Y-%m-%dT%H:%M:%SZ",
    "time": "%H:%M:%SZ",
    "email": "sandbox@example.com",
    "uri": "https://sandbox.invalid/",
    "hostname": "sandbox.invalid",
    "ipv4": "192.0.2.1",
    "ipv6": "2001:db8::1",
    "uuid": "00000000-0000-4000-8000-000000000000",
}
_LOWER_BOUNDS: Final = frozenset({"minimum", "exclusiveMinimum", "minLength", "minItems", "minProperties"})
_UPPER_BOUNDS: Final = frozenset({"maximum", "exclusiveMaximum", "maxLength", "maxItems", "maxProperties"})


def synthesize(index: SpecIndex, schema: Mapping[str, Any] | bool) -> Any:
    """A value valid for ``schema`` (a schema of ``index``'s document) when one can be found.

    When none of the candidates validates, the first one is returned; callers check the result
    (``smallest_valid`` is the fallback).
    """
    return _Synthesizer(index).attempt(schema, None, 0, 0)[0]


def smallest_valid(index: SpecIndex, schema: Mapping[str, Any]) -> tuple[bool, Any]:
    """``(True, value)`` for the first of :data:`SMALLEST` that ``schema`` admits, else ``(False, None)``."""
    validator = index.validator(schema)
    for candidate in SMALLEST:
        if validator.is_valid(candidate):
            return True, candidate
    return False, None


def _type_list(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    return [str(t) for t in value] if isinstance(value, list) else []


def _intersect_types(first: Any, second: Any) -> Any:
    """Types both admit (``integer`` is a ``number``); the first when they share none."""
    a, b = _type_list(first), _type_list(second)
    both = [t for t in a if t in b]
    if "integer" not in both and {"integer", "number"} <= {*a, *b} and ("integer" in a or "integer" in b):
        both.append("integer")
    return both or first


class _Synthesizer:
    def __init__(self, index: SpecIndex) -> None:
        self.index = index

    def valid(self, node: Mapping[str, Any] | bool, value: Any) -> bool:
        if isinstance(node, bool):
            return node
        return self.index.validator(node).is_valid(value)

    def attempt(self, schema: Any, name: str | None, variant: int, depth: int) -> tuple[Any, bool]:
        """(value, valid): the first candidate ``schema`` admits, else the first candidate."""
        node = self.normalize(schema)
        if isinstance(node, bool) or not node:
            return None, node is not False
        first: tuple[Any, bool] | None = None
        for candidate in self.candidates(node, name, variant, depth):
            if self.valid(node, candidate):
                return candidate, True
            first = first or (candidate, False)
        return first or (None, self.valid(node, None))

    def normalize(self, schema: Any) -> Mapping[str, Any] | bool:
        """Refs followed; a ref with constraining siblings becomes an ``allOf`` of both."""
        if isinstance(schema, bool):
            return schema
        if not isinstance(schema, Mapping):
            return True
        node: Mapping[str, Any] = schema
        if "$ref" in node:
            target = self.index.resolve({"$ref": node["$ref"]})
            siblings = {k: v for k, v in node.items() if k != "$ref" and k not in _ANNOTATIONS}
            siblings = {k: v for k, v in siblings.items() if not k.startswith("x-")}
            node = {"allOf": [target, siblings]} if siblings else target
        return node if isinstance(node, (Mapping, bool)) else True

    def candidates(
        self, node: Mapping[str, Any], name: str | None, variant: int, depth: int
    ) -> Iterator[Any]:
        if "const" in node:
            yield node["const"]
            return
        if depth > _MAX_DEPTH:
            yield from SMALLEST
            return
        enum = node.get("enum")
        if isinstance(enum, list) and enum:
            yield from (enum[(variant + i) % len(enum)] for i in range(len(enum)))
            return
        examples = node.get("examples")
        yield from examples if isinstance(examples, list) else ()
        for key in ("example", "default"):
            if key in node:
                yield node[key]
        if isinstance(node.get("allOf"), list):
            yield self.attempt(self.merged([node]), name, variant, depth + 1)[0]
            return
        for key in ("anyOf", "oneOf"):
            branches = node.get(key)
            if isinstance(branches, list):
                rest = {k: v for k, v in node.items() if k != key}
                ordered = sorted(branches, key=lambda b: self.normalize(b) == {"type": "null"})
                for branch in ordered:
                    yield self.attempt(self.merged([rest, branch]), name, variant, depth + 1)[0]
                return
        for kind in self.types(node):
            yield from self.typed(kind, node, name, variant, depth)

    def merged(self, parts: list[Any], depth: int = 0) -> dict[str, Any]:
        """One schema from several (``allOf`` flattened): a guess, the validator has the last word."""
        out: dict[str, Any] = {}
        for part in parts:
            node = self.normalize(part)
            if isinstance(node, bool):
                continue
            nested = node.get("allOf")
            self.merge_into(out, {k: v for k, v in node.items() if k != "allOf"})
            if isinstance(nested, list) and depth < _MAX_DEPTH:
                for sub in nested:
                    self.merge_into(out, self.merged([sub], depth + 1))
        return out

    @staticmethod
    def merge_into(out: dict[str, Any], part: Mapping[str, Any]) -> None:
        for key, value in part.items():
            if key not in out:
                out[key] = value
            elif key == "properties" and isinstance(value, Mapping):
                props = dict(out[key])
                for prop, schema in value.items():
                    props[prop] = {"allOf": [props[prop], schema]} if prop in props else schema
                out[key] = props
            elif key == "required" and isinstance(value, list):
                out[key] = list(dict.fromkeys([*out[key], *value]))
            elif key == "type":
                out[key] = _intersect_types(out[key], value)
            elif key in _LOWER_BOUNDS:
                out[key] = max(out[key], value)
            elif key in _UPPER_BOUNDS:
                out[key] = min(out[key], value)

    @staticmethod
    def types(node: Mapping[str, Any]) -> list[str]:
        """The types to try, non-null first; inferred from the keywords when ``type`` is absent."""
        declared = _type_list(node.get("type"))
        if declared:
            return sorted(declared, key=lambda t: t == "null")
        if any(k in node for k in ("properties", "required", "additionalProperties")):
            return ["object"]
        if any(k in node for k in ("items", "prefixItems", "minItems", "maxItems")):
            return ["array"]
        if any(k in node for k in ("pattern", "minLength", "maxLength", "format")):
            return ["string"]
        if any(k in node for k in ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum")):
            return ["number"]
        return ["null"]

    def typed(
        self, kind: str, node: Mapping[str, Any], name: str | None, variant: int, depth: int
    ) -> Iterator[Any]:
        if kind == "null":
            yield None
        elif kind == "boolean":
            yield variant % 2 == 0
            yield variant % 2 != 0
        elif kind in ("integer", "number"):
            yield _number(node, kind == "integer", variant)
        elif kind == "string":
            yield from _strings(node, name, variant)
        elif kind == "array":
            yield self.array(node, name, variant, depth)
            yield []
        elif kind == "object":
            yield self.object(node, variant, depth)

    def array(self, node: Mapping[str, Any], name: str | None, variant: int, depth: int) -> list[Any]:
        prefix = node.get("prefixItems")
        prefix = prefix if isinstance(prefix, list) else []
        items = node.get("items", True)
        count = max(int(node.get("minItems", 0)), 1)
        if "maxItems" in node:
            count = min(count, int(node["maxItems"]))
        if items is False:
            count = min(count, len(prefix))
        return [
            self.attempt(prefix[i] if i < len(prefix) else items, name, variant + i, depth + 1)[0]
            for i in range(count)
        ]

    def object(self, node: Mapping[str, Any], variant: int, depth: int) -> dict[str, Any]:
        properties = node.get("properties")
        properties = properties if isinstance(properties, Mapping) else {}
        required = [r for r in node.get("required", ()) if isinstance(r, str)]
        out: dict[str, Any] = {}
        for prop, schema in properties.items():
            value, ok = self.attempt(schema, str(prop), variant, depth + 1)
            if ok or prop in required:
                out[str(prop)] = value
        extra = node.get("additionalProperties")
        for prop in required:
            if prop not in out:
                other = extra if isinstance(extra, Mapping) else {"type": "string"}
                out[prop] = self.attempt(other, prop, variant, depth + 1)[0]
        limit = node.get("maxProperties")
        if isinstance(limit, int):
            for prop in [p for p in reversed(out) if p not in required][: max(len(out) - limit, 0)]:
                del out[prop]
        return out


def _number(node: Mapping[str, Any], integer: bool, variant: int) -> int | float:
    def bound(key: str) -> float | None:
        value = node.get(key)
        return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else None

    low, high = bound("minimum"), bound("maximum")
    above, below = bound("exclusiveMinimum"), bound("exclusiveMaximum")
    if above is not None:
        low = max(low, above + 1) if low is not None else above + 1
    if below is not None:
        high = min(high, below - 1) if high is not None else below - 1
    value = low if low is not None else (min(high, 1.0) if high is not None else 1.0)
    value += variant
    if high is not None and value > high:
        value = high
    step = bound("multipleOf")
    if step:
        value = math.ceil(value / step) * step
    if integer:
        value = math.ceil(value)
    return int(value) if float(value).is_integer() else value


def _fit(text: str, node: Mapping[str, Any], variant: int) -> str:
    """``text`` (numbered by ``variant``) padded or cut to the schema's length bounds."""
    base = text if variant == 0 else f"{text}{variant + 1}"
    low = int(node.get("minLength", 0))
    base += "x" * max(low - len(base), 0)
    high = node.get("maxLength")
    return base[: int(high)] if isinstance(high, int) else base


def _moment(variant: int) -> datetime:
    return _EPOCH + timedelta(days=variant)


def _date_probes(pattern: str, name: str | None, variant: int) -> Iterator[str]:
    """Real dates in the usual layouts that ``pattern`` accepts (``0000-00-00`` matches a date
    pattern but is no date): for a date-like name, or when the pattern's own sample has the date's
    shape (so an id pattern that happens to admit ``2024-06-01`` keeps its id)."""
    hinted = any(hint in (name or "").lower() for hint in _DATE_HINTS)
    shapes = {re.sub(r"[0-9]", "0", patterns.sample(pattern, rich=rich) or "") for rich in (False, True)}
    for layout in _DATE_LAYOUTS:
        probe = _moment(variant).strftime(layout)
        try:
            matched = re.search(pattern, probe) is not None
        except re.error:
            return
        if matched and (hinted or re.sub(r"[0-9]", "0", probe) in shapes):
            yield probe


def _strings(node: Mapping[str, Any], name: str | None, variant: int) -> Iterator[str]:
    """Dates the pattern accepts, the format's value, the name, then samples of the pattern
    (lean, rich, stretched to ``minLength``); the validator keeps the first that fits."""
    pattern = node.get("pattern")
    if isinstance(pattern, str):
        yield from _date_probes(pattern, name, variant)
    layout = _FORMATS.get(str(node.get("format", "")))
    if layout is not None:
        yield _moment(variant).strftime(layout) if "%" in layout else layout
    yield _fit(name or "sandbox", node, variant)
    if not isinstance(pattern, str):
        return
    empty = False
    stretch = int(node.get("minLength", 0))
    for rich, extra in ((False, 0), (True, 0), (True, stretch)):
        sample = patterns.sample(pattern, variant=variant, rich=rich, extra=extra)
        if sample:
            yield sample
        empty = empty or sample == ""
    if empty:
        yield ""
