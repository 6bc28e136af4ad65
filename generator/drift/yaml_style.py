"""Render YAML the way spec/openapi.yaml is hand-written, so fragments can be pasted or inserted as text.

``yaml.safe_dump`` cannot do it: the spec mixes block mappings with short flow collections
(``tags: [devices]``, ``schema: {$ref: ...}``, ``anyOf: [{$ref: ...}, {type: 'null'}]``) and
indents block lists under their key (``security:`` / ``  - cmpHmac: []``). Only the examples
section (``components/examples``) is in PyYAML's own block style, lists not indented, so example
fragments are dumped with PyYAML. Scalars are always quoted by PyYAML itself, which knows when a
string needs quotes; and every rendering is parsed back and compared (:func:`check_round_trip`), so
a style choice can never change what the document says.
"""

from __future__ import annotations

import json
from typing import Any

import yaml

from generator.errors import GeneratorError

WIDTH = 110  # the spec keeps a flow collection on one line only while the line stays this short
_UNLIMITED = 1_000_000
# The only keys whose value may be a flow collection of mappings (``anyOf: [{$ref: X}, {type: 'null'}]``).
_FLOW_LIST_OF_MAPPINGS = frozenset({"anyOf", "oneOf"})
# The only key under which a flow mapping may hold another mapping (``{type: array, items: {$ref: X}}``).
_NESTED_IN_FLOW = frozenset({"items"})


def _is_scalar(value: Any) -> bool:
    return value is None or isinstance(value, (str, int, float, bool))


def scalar(value: Any) -> str:
    """One scalar as PyYAML would write it (quoted only when needed); multi-line text as JSON."""
    if isinstance(value, str) and ("\n" in value or not value.isprintable()):
        return json.dumps(value, ensure_ascii=False)  # a JSON string is a YAML double-quoted scalar
    return flow(value)


def flow(value: Any) -> str:
    """A scalar or collection in flow style on one line: ``[cmp-v2]``, ``{$ref: '#/x'}``."""
    text = yaml.dump(
        value,
        Dumper=yaml.SafeDumper,
        default_flow_style=True,
        width=_UNLIMITED,
        allow_unicode=True,
        sort_keys=False,
    )
    text = text[: -len("...\n")] if text.endswith("\n...\n") else text
    return text.rstrip("\n")


def _simple(value: Any, key: Any = None, *, inside_flow: bool = False) -> bool:
    """Whether the spec would write ``value`` (found under ``key``) as a flow collection.

    Inside a flow mapping only scalars, lists of scalars and an ``items`` schema may appear: the
    spec writes ``data:`` / ``anyOf: [...]`` on two lines, never ``data: {anyOf: [...]}``.
    """
    if _is_scalar(value):
        return not (isinstance(value, str) and ("\n" in value or not value.isprintable()))
    if isinstance(value, list):
        if all(_is_scalar(item) and _simple(item) for item in value):
            return True
        return (
            not inside_flow
            and key in _FLOW_LIST_OF_MAPPINGS
            and all(isinstance(i, dict) and _simple(i, inside_flow=True) for i in value)
        )
    if isinstance(value, dict):
        return all(
            (name in _NESTED_IN_FLOW and _simple(child, inside_flow=True))
            if isinstance(child, dict)
            else _simple(child, name, inside_flow=True)
            for name, child in value.items()
        )
    return False


def block(mapping: dict[str, Any], indent: int, *, step: int = 2, force: int = 0) -> list[str]:
    """The lines of a block mapping at ``indent`` spaces, in the spec's style.

    ``force`` levels of mappings are written in block style whatever their size: a component or a
    path item is never a one-line flow mapping in the spec, even when it would fit.
    """
    lines: list[str] = []
    pad = " " * indent
    for key, child in mapping.items():
        head = f"{pad}{scalar(key)}:"
        if force <= 0 and _simple(child, key):
            text = flow(child) if not _is_scalar(child) else scalar(child)
            if _is_scalar(child) or len(head) + 1 + len(text) <= WIDTH:
                lines.append(f"{head} {text}")
                continue
        if isinstance(child, dict) and child:
            lines.append(head)
            lines += block(child, indent + step, step=step, force=force - 1)
        elif isinstance(child, list) and child:
            lines.append(head)
            for item in child:
                lines += _item(item, indent + step, step)
        else:
            lines.append(f"{head} {scalar(child) if _is_scalar(child) else flow(child)}")
    return lines


def _item(item: Any, indent: int, step: int) -> list[str]:
    pad = " " * indent
    if isinstance(item, dict) and item:
        inner = block(item, indent + 2, step=step)
        return [f"{pad}- {inner[0].lstrip()}", *inner[1:]]
    return [f"{pad}- {scalar(item) if _is_scalar(item) else flow(item)}"]


def dumped(mapping: dict[str, Any], indent: int) -> list[str]:
    """PyYAML's own block style, shifted right by ``indent`` (the spec's examples section)."""
    text = yaml.safe_dump(
        mapping, sort_keys=False, allow_unicode=True, default_flow_style=False, width=_UNLIMITED
    )
    return [(" " * indent + line) if line else line for line in text.splitlines()]


def check_round_trip(text: str, expected: Any, what: str) -> None:
    """Refuse (as a bug, with what was rendered) a rendering that does not parse back to ``expected``."""
    try:
        parsed = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise GeneratorError(f"internal error: {what} does not parse back ({exc}):\n{text}") from None
    if parsed != expected:
        raise GeneratorError(f"internal error: {what} parses back differently:\n{text}")
