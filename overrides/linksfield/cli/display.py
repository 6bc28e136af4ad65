"""How the API's values are shown to a person, in the spec's own words.

The wire says ``orderStatus: "2"``, ``expireDate: "20270524"`` and ``usedFlow: "17130858"``; a
person wants ``2 active``, ``2027-05-24`` and ``16.3 GB``. Everything needed for that is in the
spec, so nothing here names a field or an operation:

* a code's meaning: ``x-enum-descriptions`` beside the schema's ``enum``;
* a time's wire format: ``x-time-format`` on the schema (strftime patterns; the first that parses
  wins), shown as ISO 8601 (``2027-05-24``, ``2026-05-09 03:29:11``);
* a quantity's unit: ``x-unit`` on the property (``KB``, ``MB``: shown in binary units; any other
  unit is appended to the number as written);
* which fields matter most in a list: ``x-summary`` on the object schema (its field names, most
  important first); fields it does not name follow, required ones first.

A new code, field or unit in the spec shows up here without code. ``--json`` never comes through
this module: it prints the wire data exactly.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping, Sequence
from datetime import datetime
from functools import cache
from typing import Any, Final

import attrs

from linksfield._spec import spec_document

__all__ = ["FieldView", "SchemaView", "catalog", "label_for"]

JSON = dict[str, Any]

_BINARY_UNITS: Final = ("B", "KB", "MB", "GB", "TB", "PB")
_TIME_OF_DAY: Final = re.compile(r"%[HIMSfp]")


def label_for(wire_name: str) -> str:
    """``orderCode`` / ``order_code`` / ``multiImsi_flag`` -> ``order code`` / ``multi imsi flag``."""
    spaced = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", " ", wire_name).replace("_", " ")
    return " ".join(spaced.lower().split())


def human_size(amount: float, unit: str) -> str:
    """``amount`` of ``unit`` (B, KB, MB ...) in the largest binary unit that keeps it >= 1."""
    index = _BINARY_UNITS.index(unit)
    value = amount * (1024**index)
    for position, name in enumerate(_BINARY_UNITS):
        if abs(value) < 1024 or position == len(_BINARY_UNITS) - 1:
            return f"{value:,.0f} {name}" if position == 0 or value == int(value) else f"{value:,.1f} {name}"
        value /= 1024
    raise AssertionError("unreachable")


@attrs.frozen
class FieldView:
    """One property of an object schema, with what is needed to show its values."""

    name: str
    label: str
    description: str
    required: bool
    meanings: Mapping[str, str] = attrs.field(factory=dict)
    time_formats: tuple[str, ...] = ()
    unit: str | None = None
    object_schema: str | None = None
    """The named object schema of the value (or of each item of a list), for nested views."""
    is_list: bool = False

    @property
    def nested(self) -> bool:
        return self.object_schema is not None

    def show(self, value: Any) -> str:
        """One value as text (a nested object's text is its caller's job: see ``nested``)."""
        if value is None or value == "":
            return ""
        if isinstance(value, bool):
            return "yes" if value else "no"
        key = value if isinstance(value, str) else json.dumps(value)
        meaning = self.meanings.get(key)
        if meaning:
            return f"{key} {meaning}"
        if self.time_formats and isinstance(value, str):
            return _show_time(value, self.time_formats)
        if self.unit is not None:
            return _show_quantity(value, self.unit)
        if isinstance(value, (list, dict)):
            return json.dumps(value, ensure_ascii=False)
        return str(value)


def _iso_pattern(wire_pattern: str) -> str:
    """The ISO 8601 shape with the precision of ``wire_pattern``: a month, a day, or a time of day."""
    if _TIME_OF_DAY.search(wire_pattern):
        return "%Y-%m-%d %H:%M:%S"
    return "%Y-%m-%d" if "%d" in wire_pattern else "%Y-%m"


def _show_time(value: str, formats: Sequence[str]) -> str:
    for pattern in formats:
        try:
            parsed = datetime.strptime(value, pattern)
        except ValueError:
            continue
        return parsed.strftime(_iso_pattern(pattern))
    return value  # a format the spec does not list: shown as received, never hidden


def _show_quantity(value: Any, unit: str) -> str:
    try:
        amount = float(value)
    except (TypeError, ValueError):
        return str(value)
    if unit in _BINARY_UNITS:
        return human_size(amount, unit)
    number = f"{amount:,.0f}" if amount == int(amount) else f"{amount:,.2f}"
    return f"{number} {unit}"


@attrs.frozen
class SchemaView:
    """An object schema's fields in the order a person reads them (``x-summary`` first)."""

    name: str
    fields: tuple[FieldView, ...]
    summary: tuple[str, ...]

    def field(self, name: str) -> FieldView:
        for candidate in self.fields:
            if candidate.name == name:
                return candidate
        return FieldView(name=name, label=label_for(name), description="", required=False)

    def ordered(self, present: Sequence[str]) -> list[FieldView]:
        """The fields of ``present`` (a record's keys), most important first, each label once.

        The vendor sends some values twice under two names (``deviceId`` and ``device_id``): one
        label, one column.
        """
        rank = {name: index for index, name in enumerate(self.summary)}
        required = {f.name for f in self.fields if f.required}
        known = [f.name for f in self.fields]

        def order(name: str) -> tuple[int, int, int]:
            return (
                rank.get(name, len(rank)),
                0 if name in required else 1,
                known.index(name) if name in known else len(known),
            )

        shown: list[FieldView] = []
        labels: set[str] = set()
        for name in sorted(present, key=order):
            view = self.field(name)
            if view.label not in labels:
                labels.add(view.label)
                shown.append(view)
        return shown


class Catalog:
    """The shipped spec's object schemas as :class:`SchemaView`s (loaded on first use)."""

    def __init__(self, spec: JSON) -> None:
        self._spec = spec
        self._schemas: JSON = spec.get("components", {}).get("schemas", {})
        self._views: dict[str, SchemaView] = {}

    def view(self, name: str) -> SchemaView | None:
        if name not in self._schemas:
            return None
        if name not in self._views:
            self._views[name] = self._build(name)
        return self._views[name]

    def for_model(self, model: object) -> SchemaView | None:
        """The view of a generated model (its class is named after its schema)."""
        return self.view(type(model).__name__)

    def _parts(self, node: Any) -> Iterator[tuple[str | None, Mapping[str, Any]]]:
        """Each schema that ``node`` is or combines, with the component name it came from."""
        stack: list[tuple[str | None, Any]] = [(None, node)]
        seen = 0
        while stack and seen < 64:
            seen += 1
            name, current = stack.pop()
            if isinstance(current, Mapping) and isinstance(current.get("$ref"), str):
                ref_name = current["$ref"].rsplit("/", 1)[-1]
                stack.append((ref_name, self._schemas.get(ref_name, {})))
                if len(current) == 1:
                    continue
            if not isinstance(current, Mapping):
                continue
            yield name, current
            for combinator in ("allOf", "anyOf", "oneOf"):
                stack.extend((None, part) for part in current.get(combinator) or ())

    def _field(self, name: str, node: Any, required: bool) -> FieldView:
        meanings: dict[str, str] = {}
        time_formats: tuple[str, ...] = ()
        unit: str | None = None
        object_schema: str | None = None
        is_list = False
        description = ""
        for component, part in self._parts(node):
            description = description or str(part.get("description", "")).strip()
            unit = unit or part.get("x-unit")
            formats = part.get("x-time-format")
            if formats and not time_formats:
                time_formats = tuple(formats) if isinstance(formats, list) else (str(formats),)
            if "enum" in part:
                labels = part.get("x-enum-descriptions") or []
                for index, value in enumerate(v for v in part["enum"] if v is not None):
                    if index < len(labels):
                        meanings.setdefault(
                            value if isinstance(value, str) else json.dumps(value), str(labels[index])
                        )
            if component and "properties" in part and object_schema is None:
                object_schema = component
            items = part.get("items")
            if items is not None and object_schema is None:
                for item_component, item_part in self._parts(items):
                    if item_component and "properties" in item_part:
                        object_schema, is_list = item_component, True
                        break
        return FieldView(
            name=name,
            label=label_for(name),
            description=description,
            required=required,
            meanings=meanings,
            time_formats=time_formats,
            unit=unit,
            object_schema=object_schema,
            is_list=is_list,
        )

    def _build(self, name: str) -> SchemaView:
        properties: dict[str, Any] = {}
        required: set[str] = set()
        summary: tuple[str, ...] = ()
        for _, part in self._parts({"$ref": f"#/components/schemas/{name}"}):
            properties.update(part.get("properties") or {})
            required.update(part.get("required") or ())
            summary = summary or tuple(part.get("x-summary") or ())
        fields = tuple(self._field(prop, node, prop in required) for prop, node in properties.items())
        return SchemaView(name=name, fields=fields, summary=summary)


@cache
def catalog() -> Catalog:
    return Catalog(spec_document())
