"""Render ``linksfield_api/parsers.py``: one straight-line, type-checking parser per response model.

Why a second parser next to openapi-python-client's ``from_dict``: the client parses every answer,
and ``from_dict`` is both lenient and slow for that job. It falls back to the raw value when a
nested model, list or enum does not parse and never checks scalars, so the client had to walk the
parsed tree afterwards to find what it let through; and it defines a closure per field on every
call. Together they cost ~18 µs per order of ``query_orders`` (issue 9's benchmark). The functions
rendered here do both jobs in one pass: they build exactly the objects ``from_dict`` builds when the
answer fits the spec (tested on every example and on generated documents), and they *read on* past
a value that does not fit: it stays in the object as it came off the wire, and a ``Misfit`` naming
its wire path and the expected type is appended to the notes. Unknown codes of open enums
(R-ENUM-OPEN) are noted the same way, as ``(path, value)``.

Why read on instead of stopping at the first misfit (issue 15): after a call that spent money the
answer is the only receipt. A parser that stops turns "ordered, but one date came back as a
number" into an error, and a caller who retries orders twice. The parser reports; the client
(``linksfield._unwrap``) decides, per its ``strict_responses`` setting, whether a misfit is an error.
The granularity is the smallest honest one: the misfitting field's raw value replaces the typed one
and its typed siblings stay typed; a list item that is not an object stays as it came, its sibling
items are parsed; a missing required field stays ``UNSET``. Nothing is guessed or converted.

The code is derived from the same openapi-python-client parse as the models, so the wire keys,
Python names and type unions are the generated ones. Property kinds this step does not know raise
a ``GeneratorError`` at generation time rather than producing a parser that guesses.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.properties.any import AnyProperty
from openapi_python_client.parser.properties.boolean import BooleanProperty
from openapi_python_client.parser.properties.const import ConstProperty
from openapi_python_client.parser.properties.enum_property import EnumProperty
from openapi_python_client.parser.properties.float import FloatProperty
from openapi_python_client.parser.properties.int import IntProperty
from openapi_python_client.parser.properties.list_property import ListProperty
from openapi_python_client.parser.properties.model_property import ModelProperty
from openapi_python_client.parser.properties.none import NoneProperty
from openapi_python_client.parser.properties.protocol import PropertyProtocol as Property
from openapi_python_client.parser.properties.string import StringProperty
from openapi_python_client.parser.properties.union import UnionProperty

from generator.errors import GeneratorError
from generator.opc_values import python_code as _code
from generator.opc_values import spec_text as _text

HEADER = '''"""Parsers of the response and push models: the generated objects, with each value that misfits noted.

Rendered by ``generator/parsers_step.py`` from openapi-python-client's parse of the spec (see
there why they exist and why they read on). For an answer that fits the spec,
``PARSERS[cls](document, (), notes)`` equals ``cls.from_dict(document)`` and ``notes`` stays empty.
Otherwise every value that does not fit stays in the result as it came off the wire (a missing
required field as ``UNSET``) and a ``Misfit`` is appended to ``notes``; an unknown code of an open
enum is kept as the plain value and appended as ``(path, value)``. ``document`` must be a JSON
object (the caller checks the root; below it every object is checked here).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from .types import UNSET, Unset

{imports}

Path = tuple[str | int, ...]


@dataclass(frozen=True)
class Misfit:
    """A value that does not fit the type the spec declares at ``path`` (a tuple of wire keys and indexes).

    ``found`` is the value as received (``UNSET`` for a missing required key); it is left out of
    the repr and of ``reason`` because answers carry personal data and secrets.
    """

    path: Path
    found: object = field(repr=False)
    expected: str

    @property
    def reason(self) -> str:
        if self.found is UNSET:
            return "is required"
        return f"expected {self.expected}, got {type(self.found).__name__}"

    def __str__(self) -> str:
        return f"{'.'.join(map(str, self.path)) or '<root>'}: {self.reason}"


Note = tuple[Path, object] | Misfit
"""An unknown code of an open enum as ``(path, value)``, or a ``Misfit``."""
Notes = list[Note]
Parser = Callable[[dict[str, Any], Path, Notes], Any]


def _misfit(notes: Notes, at: Path, found: Any, expected: str) -> Any:
    """Note a misfit and hand back the value unchanged (it stays in the result as received)."""
    notes.append(Misfit(at, found, expected))
    return found


def _items(value: list[Any], kinds: tuple[type, ...], at: Path, key: str, expected: str, notes: Notes) -> None:
    """Note a ``Misfit`` for each item whose exact type is not one of ``kinds`` (items are kept).

    Exact types, as ``json.loads`` produces them: ``True`` is not an ``int`` item. The list is at
    ``at`` + ``key``; that path is only built for an item that misfits.
    """
    for index, item in enumerate(value):
        if type(item) not in kinds:
            notes.append(Misfit((*at, key, index), item, expected))
'''

_SCALARS: dict[type, str] = {
    # property kind -> the expected text of a misfit
    StringProperty: "str",
    IntProperty: "int",
    FloatProperty: "number",
    BooleanProperty: "bool",
}


def _snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


@dataclass
class _Options:
    """One property's accepted shapes, flattened out of its union."""

    none: bool = False
    unset: bool = False
    enums: list[EnumProperty] = field(default_factory=list)
    models: list[ModelProperty] = field(default_factory=list)
    lists: list[ListProperty] = field(default_factory=list)
    consts: list[ConstProperty] = field(default_factory=list)
    scalars: list[type] = field(default_factory=list)
    any: bool = False


def _options(prop: Property) -> _Options:
    found = _Options(unset=not prop.required)
    inner = prop.inner_properties if isinstance(prop, UnionProperty) else [prop]
    for option in inner:
        if isinstance(option, NoneProperty):
            found.none = True
        elif isinstance(option, EnumProperty):
            found.enums.append(option)
        elif isinstance(option, ModelProperty):
            found.models.append(option)
        elif isinstance(option, ListProperty):
            found.lists.append(option)
        elif isinstance(option, ConstProperty):
            found.consts.append(option)
        elif isinstance(option, AnyProperty):
            found.any = True
        elif type(option) in _SCALARS:
            found.scalars.append(type(option))
        else:
            raise GeneratorError(f"parsers: {type(option).__name__} ({option.name}) is not supported yet")
    if len(found.models) > 1 or len(found.lists) > 1:
        raise GeneratorError(f"parsers: {prop.name} is a union of several models or lists (not supported)")
    return found


class _Module:
    """The rendered module: parser functions, enum tables and key sets, each emitted once."""

    def __init__(self, models: dict[str, ModelProperty]) -> None:
        self.models = models
        self.enum_tables: dict[str, EnumProperty] = {}
        self.done: set[str] = set()
        self.functions: list[str] = []
        self.key_sets: list[str] = []

    def parser_name(self, model: ModelProperty) -> str:
        return f"parse_{_snake(str(model.class_info.name))}"

    def enum_table(self, enum: EnumProperty) -> str:
        """The name of the enum's value -> member table, registered for rendering."""
        name = str(enum.class_info.name)
        self.enum_tables[name] = enum
        return _table_name(name)

    def add(self, model: ModelProperty) -> None:
        name = str(model.class_info.name)
        if name in self.done:
            return
        self.done.add(name)
        full = self.models.get(name, model)
        props = (full.required_properties or []) + (full.optional_properties or [])
        keys = f"_{_snake(name).upper()}_KEYS"
        lines = [
            # The caller has checked that ``_src`` is an object (a misfit there is its to note).
            f"def {self.parser_name(full)}(_src: dict[str, Any], _at: Path, _notes: Notes) -> {name}:",
            "    _get = _src.get",
        ]
        for prop in props:
            lines += [f"    {prop.python_name} = _get({_text(prop.name)!r}, UNSET)"]
            lines += ["    " + line for line in self.convert(prop, str(prop.python_name), _text(prop.name))]
        # Positional, in the order of the attrs ``__init__``: 24 keyword arguments cost more than the
        # checks of the 24 values (about 1 µs an object, measured on a query_orders page).
        arguments = ", ".join(str(p.python_name) for p in _init_order(props))
        lines.append(f"    _parsed = {name}({arguments})")
        if full.additional_properties:
            if not isinstance(full.additional_properties, AnyProperty):
                raise GeneratorError(f"parsers: {name} has typed additionalProperties (not supported)")
            self.key_sets.append(f"{keys} = frozenset({sorted(_text(p.name) for p in props)!r})")
            lines += [
                f"    if not {keys}.issuperset(_src):",
                f"        _parsed.additional_properties = {{k: v for k, v in _src.items() if k not in {keys}}}",
            ]
        lines.append("    return _parsed")
        self.functions.append("\n".join(lines))

    def convert(self, prop: Property, var: str, key: str) -> list[str]:
        """Statements that check ``var`` (fetched from ``key``) and convert it into the generated value.

        Tests are on exact types, as ``json.loads`` produces them (``type(v) is str``, ``v is
        None``): several times faster than ``isinstance`` with a tuple, and ``True`` is no ``int``.
        A value that fits no shape is noted and left in ``var`` as received.
        """
        shapes = _options(prop)
        at = f"(*_at, {key!r})"
        misfit = f"_notes.append(Misfit({at}, {var}, {_code_text(prop)!r}))"
        if shapes.any:
            return []
        groups = self.groups(shapes, var, key, at, misfit)
        if all(body == ["pass"] for _, body in groups):
            # Values taken as they are: one condition, the likeliest kind first.
            return [f"if {' and '.join(_negated(test) for test, _ in groups)}:", f"    {misfit}"]
        return _if_chain(groups, [misfit])

    def groups(
        self, shapes: _Options, var: str, key: str, at: str, misfit: str
    ) -> list[tuple[str, list[str]]]:
        """(exact-type test, what to do with a value of that type), likeliest first."""
        groups: list[tuple[str, list[str]]] = []
        for kind in (str, int, float, bool):
            enums = [e for e in shapes.enums if e.value_type is kind]
            consts = [c for c in shapes.consts if type(c.value.raw_value) is kind]
            scalar = _SCALAR_OF[kind] in shapes.scalars or (kind is int and FloatProperty in shapes.scalars)
            if not (enums or consts or scalar):
                continue
            chain: list[tuple[str, list[str]]] = []
            for enum in enums:
                table = self.enum_table(enum)
                chain.append((f"{var} in {table}", [f"{var} = {table}[{var}]"]))
            for const in consts:
                chain.append((f"{var} == {_code(const.value.python_code)}", ["pass"]))
            fallback = [misfit]
            if scalar:
                fallback = ["pass"]
                if shapes.enums:
                    # R-ENUM-OPEN: a code the spec does not know yet is kept and reported, not refused
                    # (an empty string is no code at all).
                    note = f"_notes.append(({at}, {var}))"
                    fallback = [f"if {var} != '':", f"    {note}"] if kind is str else [note]
            groups.append((f"type({var}) is {kind.__name__}", _if_chain(chain, fallback)))
        for model in shapes.models:
            self.add(model)
            groups.append(
                (f"type({var}) is dict", [f"{var} = {self.parser_name(model)}({var}, {at}, _notes)"])
            )
        for listed in shapes.lists:
            groups.append((f"type({var}) is list", self.convert_list(listed, var, key)))
        if shapes.none:
            groups.append((f"{var} is None", ["pass"]))
        if shapes.unset:
            groups.append((f"{var} is UNSET", ["pass"]))
        return groups

    def convert_list(self, listed: ListProperty, var: str, key: str) -> list[str]:
        """Statements converting a list: model items are parsed, an item that is no object is noted and kept."""
        item = listed.inner_property
        if isinstance(item, ModelProperty):
            self.add(item)
            model = str(item.class_info.name)
            parser = self.parser_name(item)
            where = f"(*_at, {key!r}, _index)"
            # Every item of every page goes through here, and almost never misfits: so the items
            # are parsed without a path each (no tuple, no enumerate), and only when that noted
            # something are the notes dropped and the items parsed again with their paths
            # (parsing is a pure function of the document, so the second pass builds the same).
            return [
                "_mark = len(_notes)",
                f"_parsed_items = [{parser}(_item, _at, _notes) if type(_item) is dict"
                f" else _misfit(_notes, _at, _item, {model!r}) for _item in {var}]",
                "if len(_notes) != _mark:",
                "    del _notes[_mark:]",
                f"    _parsed_items = [{parser}(_item, {where}, _notes) if type(_item) is dict"
                f" else _misfit(_notes, {where}, _item, {model!r}) for _index, _item in enumerate({var})]",
                f"{var} = _parsed_items",
            ]
        if type(item) in _SCALARS:
            expected = _SCALARS[type(item)]
            kinds = {"str": "(str,)", "int": "(int,)", "number": "(int, float)", "bool": "(bool,)"}[expected]
            return [f"_items({var}, {kinds}, _at, {key!r}, {expected!r}, _notes)"]
        if isinstance(item, AnyProperty):
            return ["pass"]
        raise GeneratorError(f"parsers: a list of {type(item).__name__} ({listed.name}) is not supported yet")

    def render(self) -> str:
        names = sorted(self.done | set(self.enum_tables))
        imports = "\n".join(
            f"from .models.{_module_of(self.models, self.enum_tables, n)} import {n}" for n in names
        )
        tables = "\n".join(
            f"{_table_name(n)}: dict[object, {n}] = {{member.value: member for member in {n}}}"
            for n in sorted(self.enum_tables)
        )
        registry = ",\n".join(f"    {n}: {self.parser_name(self.models[n])}" for n in sorted(self.done))
        return "\n\n".join(
            [
                HEADER.rstrip().replace("{imports}", imports),
                tables,
                "\n".join(sorted(self.key_sets)),
                *self.functions,
                f"PARSERS: dict[type[Any], Parser] = {{\n{registry},\n}}\n",
            ]
        )


_SCALAR_OF: dict[type, type] = {
    str: StringProperty,
    int: IntProperty,
    float: FloatProperty,
    bool: BooleanProperty,
}


def _init_order(props: Sequence[Property]) -> list[Property]:
    """``props`` in the order of the generated model's ``__init__`` parameters.

    openapi-python-client's model template declares the required fields without a default first,
    then the rest, each group in spec order (attrs refuses a mandatory field after a defaulted
    one). ``tests/generator`` checks every parser's call against ``attrs.fields`` of its model.
    """
    first = [p for p in props if p.required and p.default is None]
    return first + [p for p in props if not (p.required and p.default is None)]


def _table_name(enum_class: str) -> str:
    return f"_{_snake(enum_class).upper()}"


def _if_chain(branches: list[tuple[str, list[str]]], otherwise: list[str]) -> list[str]:
    """``if``/``elif`` over ``(test, body)`` pairs, then ``else: otherwise`` (just ``otherwise`` when empty)."""
    if not branches:
        return otherwise
    lines: list[str] = []
    for index, (test, body) in enumerate(branches):
        lines.append(f"{'if' if index == 0 else 'elif'} {test}:")
        lines += ["    " + line for line in body]
    return [*lines, "else:", *["    " + line for line in otherwise]]


def _negated(test: str) -> str:
    """``type(v) is str`` -> ``type(v) is not str``; ``v is None`` -> ``v is not None``."""
    return test.replace(" is ", " is not ", 1)


def _code_text(prop: Property) -> str:
    return _code(prop.get_type_string()).replace("Unset", "missing")


def _module_of(models: dict[str, ModelProperty], enums: dict[str, EnumProperty], name: str) -> str:
    found = models.get(name) or enums.get(name)
    assert found is not None
    return str(found.class_info.module_name)


def response_models(data: GeneratorData) -> Iterator[ModelProperty]:
    """The 200-response envelope model of every operation."""
    for collection in data.endpoint_collections_by_tag.values():
        for endpoint in collection.endpoints:
            for response in endpoint.responses.patterns:
                if response.status_code.pattern == "200" and isinstance(response.prop, ModelProperty):
                    yield response.prop


_SCHEMA_REF = "#/components/schemas/"


def webhook_payload_models(document: dict[str, Any], data: GeneratorData) -> Iterator[ModelProperty]:
    """The model of every request body the spec's ``webhooks`` declare (openapi-python-client ignores
    webhooks, but their payload schemas are components, so it generated the models)."""
    by_component = {_text(m.name).rpartition("/")[2]: m for m in data.models}
    for item in document.get("webhooks", {}).values():
        for operation in item.values():
            if not isinstance(operation, dict):
                continue
            for media in operation.get("requestBody", {}).get("content", {}).values():
                ref = str(media.get("schema", {}).get("$ref", ""))
                if not ref.startswith(_SCHEMA_REF):
                    raise GeneratorError(
                        f"parsers: a webhook payload must be a component schema ($ref), got {ref!r}"
                    )
                model = by_component.get(ref[len(_SCHEMA_REF) :])
                if model is None:
                    raise GeneratorError(f"parsers: no generated model for the webhook payload {ref}")
                yield model


def render_parsers(document: dict[str, Any], data: GeneratorData, target: Path) -> int:
    """Write the parsers module; returns the number of models it parses.

    Roots: the 200 answer of every operation (the client parses them) and the payload of every
    webhook (``linksfield.webhooks`` parses them).
    """
    models = {str(m.class_info.name): m for m in data.models}
    module = _Module(models)
    roots = [*response_models(data), *webhook_payload_models(document, data)]
    for root in sorted(roots, key=lambda m: str(m.class_info.name)):
        module.add(root)
    target.write_text(module.render(), encoding="utf-8")
    return len(module.done)
