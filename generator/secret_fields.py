"""Step 4b: keep secret answer fields out of the generated models' reprs (``x-secret: true``).

Answers carry values that must not reach logs: the vendor's response signature (``sign``, schema
``ResponseSignature``) is one. A model's repr is what ends up in a log line, a traceback or a
``print``, and openapi-python-client puts every field in it. The spec marks such a schema with
``x-secret: true``; every property typed by it becomes ``repr=False`` in the attrs models
(``attrs.field(repr=False)``). Values, ``to_dict``, equality and parsing are unchanged.

The tool has no hook for this, so the field lines are rewritten after generation, by exact
patterns; a line that does not look as expected fails the step instead of shipping a model that
shows the secret. A secret schema used anywhere else than as a property of a component schema
(an array item, an inline object) is refused for the same reason: it would need a rule of its own.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Final

from openapi_python_client.parser import GeneratorData

from generator.errors import GeneratorError
from generator.opc_values import spec_text

SECRET: Final = "x-secret"
_SCHEMAS: Final = "#/components/schemas/"


def _secret_schemas(document: dict[str, Any]) -> set[str]:
    schemas: dict[str, Any] = document.get("components", {}).get("schemas", {})
    return {
        name for name, schema in schemas.items() if isinstance(schema, dict) and schema.get(SECRET) is True
    }


def _uses(node: Any, path: tuple[str, ...]) -> Iterator[tuple[tuple[str, ...], str]]:
    """(where, schema name) for every ``$ref`` to a component schema under ``node``."""
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith(_SCHEMAS):
            yield path, ref[len(_SCHEMAS) :]
        for key, value in node.items():
            yield from _uses(value, (*path, str(key)))
    elif isinstance(node, list):
        for index, item in enumerate(node):
            yield from _uses(item, (*path, str(index)))


def secret_properties(document: dict[str, Any]) -> dict[str, set[str]]:
    """Component name -> wire names of its properties typed by a secret schema.

    Allowed places: ``<Component>/properties/<name>`` and ``<Component>/allOf/<i>/properties/<name>``,
    each directly or through the property's own ``allOf``/``anyOf``/``oneOf``.
    """
    secret = _secret_schemas(document)
    found: dict[str, set[str]] = {}
    for path, target in _uses(document, ()):
        if target not in secret:
            continue
        place = path[3:] if path[:2] == ("components", "schemas") else ()
        component, rest = (path[2], place) if place else ("", ())
        if len(rest) >= 2 and rest[0] == "allOf" and rest[1].isdigit():
            rest = rest[2:]
        if len(rest) >= 4 and rest[2] in ("allOf", "anyOf", "oneOf") and rest[3].isdigit():
            rest = rest[:2] + rest[4:]
        if component and len(rest) == 2 and rest[0] == "properties":
            found.setdefault(component, set()).add(rest[1])
            continue
        raise GeneratorError(
            f"{'/'.join(path)}: a schema with {SECRET} is used where the generator cannot hide it from "
            "reprs (only as a property of a component schema); extend generator/secret_fields.py"
        )
    return found


_ATTRS_FIELD: Final = "_attrs_field"


def _hide_in_attrs_model(text: str, class_name: str, python_name: str) -> str:
    """``name: T`` / ``name: T = UNSET`` in class ``class_name`` -> ``name: T = _attrs_field(...)``."""
    body = re.search(rf"^class {re.escape(class_name)}:\n(?P<body>(?:(?:    .*)?\n)+)", text, re.MULTILINE)
    if body is None or f"from attrs import field as {_ATTRS_FIELD}" not in text:
        raise GeneratorError(f"models: class {class_name} not found as expected")
    line = re.compile(
        rf"^    {re.escape(python_name)}: (?P<type>[^=\n]+?)(?: = (?P<default>UNSET))?$", re.MULTILINE
    )
    matches = list(line.finditer(body.group("body")))
    if len(matches) != 1:
        raise GeneratorError(f"models: {class_name}.{python_name} is not one plain field line")
    match = matches[0]
    default = f"default={match.group('default')}, " if match.group("default") else ""
    new = f"    {python_name}: {match.group('type')} = {_ATTRS_FIELD}({default}repr=False)"
    start = body.start("body") + match.start()
    return text[:start] + new + text[body.start("body") + match.end() :]


def hide_secret_fields(document: dict[str, Any], data: GeneratorData, package_dir: Path) -> int:
    """Rewrite the models of ``package_dir``; returns the number of fields hidden."""
    # openapi-python-client names a component's model by its reference: "/components/schemas/<Name>".
    models = {spec_text(model.name).rpartition("/")[2]: model for model in data.models}
    hidden = 0
    for component, wire_names in sorted(secret_properties(document).items()):
        model = models.get(component)
        if model is None:
            raise GeneratorError(f"models: no generated class for component {component!r}")
        module = package_dir / "models" / f"{model.class_info.module_name}.py"
        text = module.read_text(encoding="utf-8")
        properties = {
            spec_text(p.name): p
            for p in (model.required_properties or []) + (model.optional_properties or [])
        }
        for wire_name in sorted(wire_names):
            python_name = str(properties[wire_name].python_name)
            text = _hide_in_attrs_model(text, str(model.class_info.name), python_name)
            hidden += 1
        module.write_text(text, encoding="utf-8", newline="\n")
    return hidden
