"""Render ``linksfield_api/wire.py``: msgspec Structs that decode an answer fitting the spec in C, and
the converters that hand it on as the generated models.

Why a fast path beside the parsers (issue 18): the client's own cost is measured against bare httpx
plus ``json.loads``, and on a 100-row CDR page decoding to dicts and then checking and building the
models in Python (``parsers.py``) cost ~390 µs where ``json.loads`` alone costs ~320 µs. msgspec
decodes the same bytes straight into typed Structs, checking every type on the way, in ~80 µs; building
the attrs models from those Structs adds ~70 µs. The models stay the one public model system: the
Structs here are private to decoding, never returned, and their repr shows no values.

The contract, which ``tests/client/test_wire_decoders.py`` holds on every example and on mutated
answers: the fast path is *never laxer* than the parsers. It accepts a document only when the parsers
would note nothing: every required key present, every type exact, every code a known member, no key
the spec does not name (``forbid_unknown_fields``: the parsers keep such keys in
``additional_properties``). Then it builds the very objects the parsers build. Anything else raises a
``msgspec`` error and the client takes the tolerant path (``linksfield._unwrap``). Stricter is
allowed: an open enum's "any other code" (R-ENUM-OPEN) is left to the tolerant path, where it is
noted; so is a union msgspec cannot decode (two string-like options), for which the model and every
model holding it get no Struct at all.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.properties.any import AnyProperty
from openapi_python_client.parser.properties.boolean import BooleanProperty
from openapi_python_client.parser.properties.float import FloatProperty
from openapi_python_client.parser.properties.int import IntProperty
from openapi_python_client.parser.properties.list_property import ListProperty
from openapi_python_client.parser.properties.model_property import ModelProperty
from openapi_python_client.parser.properties.protocol import PropertyProtocol as Property
from openapi_python_client.parser.properties.string import StringProperty

from generator.opc_values import python_code as _code
from generator.opc_values import spec_text as _text
from generator.parsers_step import (
    _init_order,
    _options,
    _snake,
    response_models,
    webhook_payload_models,
)

HEADER = '''"""Fast decoding of answers that fit the spec: msgspec Structs, and converters to the models.

Rendered by ``generator/wire_step.py`` (see there why). ``ROOTS[cls]`` is ``(Struct, convert)`` for
a model the client or the receiver parses whole; ``msgspec.json.Decoder(Struct).decode(content)``
raises a ``msgspec`` error for anything the parsers would note (a misfit, an unknown code or key),
and ``convert`` builds from the Struct exactly what ``PARSERS[cls]`` builds. The Structs are private
to decoding: their repr shows no values (answers carry personal data and secrets).
"""

from __future__ import annotations

import collections.abc
import enum
import typing

import msgspec

from .types import UNSET

{imports}

_UNSET: typing.Any = UNSET
"""The default of a key the answer may leave out: the models' ``UNSET``, typed ``Any`` because each
annotation says what msgspec decodes, and msgspec does not decode ``Unset``."""


class _Wire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    """Base of the wire Structs: every key named, keyword-only, not tracked by the cycle collector
    (a decoded answer has no cycles)."""

    def __repr__(self) -> str:
        return f"<{type(self).__name__.removeprefix('_W_')} as decoded>"
'''

_SCALAR_TYPES: dict[type, str] = {
    StringProperty: "str",
    IntProperty: "int",
    # A JSON number: msgspec's ``float`` would turn ``5`` into ``5.0``, the parsers keep the int.
    FloatProperty: "int | float",
    BooleanProperty: "bool",
}
# The JSON kind of each scalar, as msgspec counts them in a union (a number is an int-like option).
_KIND: dict[type, type] = {StringProperty: str, IntProperty: int, FloatProperty: int, BooleanProperty: bool}


@dataclass
class _Struct:
    lines: list[str]
    convert: list[str]


@dataclass
class _Module:
    models: dict[str, ModelProperty]
    structs: dict[str, _Struct | None] = field(default_factory=dict)
    undecodable: set[str] = field(default_factory=set)
    """Models known (from an earlier pass) to hold something msgspec cannot decode."""
    modules: dict[str, str] = field(default_factory=dict)
    """Each imported model or enum class -> its module in ``models/``."""
    enums: dict[str, str] = field(default_factory=dict)
    """The wire enums of open codes, rendered with their tables."""

    def use(self, generated: ModelProperty | Any) -> None:
        self.modules[str(generated.class_info.name)] = str(generated.class_info.module_name)

    def struct(self, model: ModelProperty) -> str | None:
        """The Struct's name for ``model`` (rendered once), or None when msgspec cannot decode it."""
        name = str(model.class_info.name)
        if name in self.structs:
            found = self.structs[name]
            return None if found is None else _struct_name(name)
        if name in self.undecodable:
            self.structs[name] = None
            return None
        # A model refering to itself is assumed decodable; if it then fails, render_wire starts over
        # with it known undecodable, so nothing stays built against the assumption.
        self.structs[name] = _Struct([], [])
        full = self.models.get(name, model)
        props = (full.required_properties or []) + (full.optional_properties or [])
        lines = [f"class {_struct_name(name)}(_Wire):"]
        arguments: dict[str, str] = {}
        for prop in props:
            typed = self.wire_type(prop)
            if typed is None:
                self.structs[name] = None
                return None
            annotation, conversion = typed
            wire, python = _text(prop.name), str(prop.python_name)
            options = [] if prop.required else ["default=_UNSET"]
            if wire != python:
                options.insert(0, f"name={wire!r}")
            if not options:
                lines.append(f"    {python}: {annotation}")
            elif options == ["default=_UNSET"]:
                lines.append(f"    {python}: {annotation} = _UNSET")
            else:
                lines.append(f"    {python}: {annotation} = msgspec.field({', '.join(options)})")
            arguments[python] = conversion(python) if conversion else f"_s.{python}"
        if len(lines) == 1:
            lines.append("    pass")
        self.use(full)
        call = ", ".join(arguments[str(p.python_name)] for p in _init_order(props))
        convert = [
            f"def _to_{_snake(name)}(_s: {_struct_name(name)}) -> {name}:",
            f"    return {name}({call})",
        ]
        self.structs[name] = _Struct(lines, convert)
        return _struct_name(name)

    def wire_type(self, prop: Property) -> tuple[str, Any] | None:
        """(annotation, conversion) of one property; conversion renders the expression that turns the
        decoded value of a nested model (or list of them) into the model. None: not decodable."""
        shapes = _options(prop)
        if shapes.models and shapes.lists:
            return None  # an object or a list: one conversion per field is all the converters render
        if shapes.any:
            return "typing.Any", None
        kinds: dict[type, list[str]] = {}  # msgspec's rule: one option per JSON kind in a union
        codes = None
        for enum in shapes.enums:
            if enum.value_type not in (str, int):
                return None
            self.use(enum)
            name = str(enum.class_info.name)
            if enum.value_type is str and StringProperty in shapes.scalars and "" not in enum.values.values():
                # An open code (R-ENUM-OPEN) whose empty string the parsers keep as it came without a
                # note: the wire enum adds it, a table lookup turns members back into the public ones.
                name = codes = self.open_codes(enum)
            kinds.setdefault(enum.value_type, []).append(name)
        for const in shapes.consts:
            value = const.value.raw_value
            if type(value) not in (str, int):  # msgspec's Literal takes strings and integers only
                return None
            kinds.setdefault(type(value), []).append(f"typing.Literal[{_code(const.value.python_code)}]")
        for scalar in shapes.scalars:
            typed = _SCALAR_TYPES[scalar]
            kind = _KIND[scalar]
            if kind in kinds:
                continue  # an open enum's "other code" (R-ENUM-OPEN): left to the tolerant path
            kinds.setdefault(kind, []).append(typed)
        if any(len(options) > 1 for options in kinds.values()):
            return None
        options = [typed for group in kinds.values() for typed in group]
        conversion = None
        for model in shapes.models:
            struct = self.struct(model)
            if struct is None:
                return None
            options.append(struct)
            to = f"_to_{_snake(str(model.class_info.name))}"
            only = not (shapes.none or shapes.unset or options[:-1])
            conversion = _model_conversion(to, struct, only)
        for listed in shapes.lists:
            item = _list_item(self, listed)
            if item is None:
                return None
            annotation, item_to = item
            options.append(f"list[{annotation}]")
            if item_to is not None:
                only = not (shapes.none or shapes.unset or len(options) > 1)
                conversion = _list_conversion(item_to, only)
        if shapes.none:
            options.append("None")
        if codes is not None:
            if shapes.models or shapes.lists:
                return None  # a code or an object or a list: the converters render one conversion a field
            conversion = _codes_conversion(codes)
        return " | ".join(options), conversion

    def open_codes(self, enum: Any) -> str:
        """The wire enum of an open code: its members and the empty string; rendered once."""
        name = f"_C_{enum.class_info.name}"
        if name not in self.enums:
            public = str(enum.class_info.name)
            members = [f"    {member} = {value!r}" for member, value in sorted(enum.values.items())]
            self.enums[name] = "\n".join(
                [
                    f"class {name}(str, enum.Enum):",
                    f'    """The codes of ``{public}`` and the empty string, which is no code."""',
                    "",
                    *members,
                    '    NO_CODE_ = ""',
                    "",
                    "",
                    f"{_table(name)}: dict[typing.Any, typing.Any] = {{",
                    f"    **{{code: {public}(code.value) for code in {name} if code.value}},",
                    f'    {name}.NO_CODE_: "",',
                    "    None: None,",
                    "    UNSET: UNSET,",
                    "}",
                ]
            )
        return name

    def render(self) -> str:
        structs = [s for s in self.structs.values() if s is not None and s.lines]
        imports = "\n".join(f"from .models.{self.modules[n]} import {n}" for n in sorted(self.modules))
        return "\n\n".join(
            [
                HEADER.rstrip().replace("{imports}", imports),
                *(self.enums[name] for name in sorted(self.enums)),
                *("\n".join(s.lines) for s in structs),
                *("\n".join(s.convert) for s in structs),
            ]
        )


def _struct_name(model: str) -> str:
    """``_W_`` + the model's name: generated class names have no underscore, so no model, enum or
    helper of this module can take a Struct's name."""
    return f"_W_{model}"


def _table(codes: str) -> str:
    return f"_{_snake(codes.removeprefix('_C_')).upper()}_CODES"


def _codes_conversion(codes: str) -> Any:
    """The expression that turns field ``var`` of ``_s``, a wire code (or None, or UNSET), into the
    public member (or the empty string, None, UNSET): one dict lookup."""
    return lambda var: f"{_table(codes)}[_s.{var}]"


def _model_conversion(to: str, struct: str, only: bool) -> Any:
    """The expression that converts field ``var`` of ``_s``, a nested Struct (or None, or UNSET)."""
    if only:
        return lambda var: f"{to}(_s.{var})"
    return lambda var: f"{to}(_s.{var}) if isinstance(_s.{var}, {struct}) else _s.{var}"


def _list_conversion(to: str, only: bool) -> Any:
    """The same for a list of nested Structs."""
    if only:
        return lambda var: f"[{to}(_item) for _item in _s.{var}]"
    return lambda var: f"[{to}(_item) for _item in _s.{var}] if isinstance(_s.{var}, list) else _s.{var}"


def _list_item(module: _Module, listed: ListProperty) -> tuple[str, str | None] | None:
    """(item annotation, its converter's name or None) of a list property; None: not decodable."""
    item = listed.inner_property
    if isinstance(item, ModelProperty):
        struct = module.struct(item)
        if struct is None:
            return None
        return struct, f"_to_{_snake(str(item.class_info.name))}"
    if type(item) in _SCALAR_TYPES:
        return _SCALAR_TYPES[type(item)], None
    if isinstance(item, AnyProperty):
        return "typing.Any", None
    return None


def render_wire(document: dict[str, Any], data: GeneratorData, target: Path) -> int:
    """Write the wire module; returns the number of roots it decodes fast.

    Roots, as for the parsers: the 200 answer of every operation and the payload of every webhook.
    """
    models = {str(m.class_info.name): m for m in data.models}
    roots = sorted(
        {
            str(m.class_info.name): m
            for m in [*response_models(data), *webhook_payload_models(document, data)]
        }.items()
    )
    undecodable: set[str] = set()
    while True:  # each pass learns which models fail; the next one starts with them known
        module = _Module(models, undecodable=set(undecodable))
        fast = [name for name, model in roots if module.struct(model) is not None]
        failed = {name for name, struct in module.structs.items() if struct is None}
        if failed <= undecodable:
            break
        undecodable |= failed
    registry = ",\n".join(f"    {n}: ({_struct_name(n)}, _to_{_snake(n)})" for n in fast)
    target.write_text(
        module.render()
        + f"\n\n\nROOTS: dict[type[typing.Any], tuple[type[_Wire], collections.abc.Callable[[typing.Any], typing.Any]]] = {{\n{registry},\n}}\n",
        encoding="utf-8",
    )
    return len(fast)
