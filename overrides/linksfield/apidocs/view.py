"""What the reference page shows, gathered from the spec and the public docstrings (no HTML here).

The spec is the shipped ``linksfield_api/openapi.json`` (the same document the client validates
against); Python names and argument locations come from the generated facade's ``OPERATIONS``, so
the snippets use exactly the keyword arguments ``linksfield.Client`` accepts.
"""

from __future__ import annotations

import functools
import inspect
import json
from collections.abc import Callable, Iterator, Mapping
from typing import Any

import attrs

from linksfield import _spec
from linksfield._spec import spec_document
from linksfield_api.facade import OPERATIONS, Argument, Operation

__all__ = ["ErrorDoc", "Field", "OperationDoc", "PushDoc", "ReferenceView", "build_view"]

JSON = dict[str, Any]


@attrs.frozen
class Field:
    """One parameter or schema property, as a reader needs it."""

    name: str
    python_name: str
    location: str
    type: str
    required: bool
    description: str
    enum: tuple[tuple[str, str], ...] = ()
    """Each allowed value with its documented meaning (``x-enum-descriptions``), if the spec lists them."""


@attrs.frozen
class OperationDoc:
    operation_id: str
    tag: str
    method: str
    path: str
    summary: str
    description: str
    family: str
    side_effect: str
    doc_versions: tuple[str, ...]
    reconciliation: tuple[str, ...]
    arguments: tuple[Field, ...]
    snippet: str
    request_examples: tuple[tuple[str, str], ...]
    response_examples: tuple[tuple[str, str], ...]
    errors: tuple[tuple[str, str], ...]
    outcome_check: str


@attrs.frozen
class PushDoc:
    name: str
    summary: str
    description: str
    fields: tuple[Field, ...]
    examples: tuple[tuple[str, str], ...]


@attrs.frozen
class ErrorDoc:
    name: str
    base: str
    doc: str


@attrs.frozen
class ReferenceView:
    title: str
    version: str
    description: str
    families: tuple[tuple[str, str], ...]
    client_doc: str
    operations: tuple[OperationDoc, ...]
    pushes: tuple[PushDoc, ...]
    errors: tuple[ErrorDoc, ...]

    def tags(self) -> list[str]:
        return sorted({op.tag for op in self.operations})


Resolver = Callable[[Any], Any]
"""``linksfield._spec.resolve`` bound to the document being shown."""


def _type_of(schema: Any, resolve: Resolver) -> str:
    if not isinstance(schema, Mapping):
        return "any"
    ref = schema.get("$ref")
    if isinstance(ref, str):
        return ref.rsplit("/", 1)[-1]
    for combinator in ("oneOf", "anyOf"):
        if isinstance(schema.get(combinator), list):
            return " | ".join(_type_of(part, resolve) for part in schema[combinator])
    kind = schema.get("type", "any")
    kinds = kind if isinstance(kind, list) else [kind]
    shown = []
    for name in kinds:
        if name == "array":
            shown.append(f"array of {_type_of(schema.get('items'), resolve)}")
        else:
            shown.append(str(name))
    return " | ".join(shown)


def _enum_of(schema: Any, resolve: Resolver) -> tuple[tuple[str, str], ...]:
    schema = resolve(schema)
    if not isinstance(schema, Mapping):
        return ()
    if "enum" not in schema:
        for combinator in ("oneOf", "anyOf", "allOf"):
            for part in schema.get(combinator) or ():
                found = _enum_of(part, resolve)
                if found:
                    return found
        return ()
    meanings = schema.get("x-enum-descriptions") or []
    values = [value for value in schema["enum"] if value is not None]
    return tuple(
        (json.dumps(value, ensure_ascii=False), str(meanings[i]) if i < len(meanings) else "")
        for i, value in enumerate(values)
    )


def _description(schema: Any, resolve: Resolver) -> str:
    if not isinstance(schema, Mapping):
        return ""
    own = schema.get("description")
    if isinstance(own, str):
        return own.strip()
    target = resolve(schema)
    text = target.get("description", "") if isinstance(target, Mapping) else ""
    return str(text).strip()


def _schema_fields(schema: Any, resolve: Resolver, location: str = "body") -> tuple[Field, ...]:
    schema = resolve(schema)
    if not isinstance(schema, Mapping):
        return ()
    properties: dict[str, Any] = {}
    required: set[str] = set()
    for part in [schema, *(resolve(p) for p in schema.get("allOf") or ())]:
        if isinstance(part, Mapping):
            properties.update(part.get("properties") or {})
            required.update(part.get("required") or ())
    return tuple(
        Field(
            name=name,
            python_name=name,
            location=location,
            type=_type_of(prop, resolve),
            required=name in required,
            description=_description(prop, resolve),
            enum=_enum_of(prop, resolve),
        )
        for name, prop in properties.items()
    )


def _examples(content: Any, resolve: Resolver) -> list[tuple[str, Any]]:
    media = resolve(content)
    if not isinstance(media, Mapping):
        return []
    found: list[tuple[str, Any]] = []
    for name, example in (media.get("examples") or {}).items():
        resolved = resolve(example)
        if isinstance(resolved, Mapping) and "value" in resolved:
            found.append((str(name), resolved["value"]))
    if not found and "example" in media:
        found.append(("example", media["example"]))
    return found


def _pretty(value: Any) -> str:
    return json.dumps(value, indent=2, ensure_ascii=False)


def _spec_operations(spec: JSON) -> Iterator[tuple[str, str, JSON]]:
    for path, item in (spec.get("paths") or {}).items():
        for method, operation in item.items():
            if isinstance(operation, dict) and "operationId" in operation:
                yield path, method, operation


def _argument_fields(operation: Operation[Any], raw: JSON, resolve: Resolver) -> tuple[Field, ...]:
    schemas: dict[tuple[str, str], Any] = {}
    for parameter in raw.get("parameters") or ():
        parameter = resolve(parameter)
        schemas[(parameter.get("in", ""), parameter.get("name", ""))] = parameter.get("schema")
    body = resolve(((raw.get("requestBody") or {}).get("content") or {}).get("application/json", {}))
    body_schema = resolve(body.get("schema")) if isinstance(body, Mapping) else None
    for name, prop in (
        (body_schema or {}).get("properties", {}).items() if isinstance(body_schema, Mapping) else ()
    ):
        schemas[("body", name)] = prop

    def field(argument: Argument) -> Field:
        schema = schemas.get((argument.location, argument.wire_name))
        return Field(
            name=argument.wire_name,
            python_name=argument.python_name,
            location=argument.location,
            type=" | ".join(argument.json_types) or _type_of(schema, resolve),
            required=argument.required,
            description=argument.description,
            enum=_enum_of(schema, resolve),
        )

    return tuple(field(argument) for argument in operation.arguments)


def _example_arguments(operation: Operation[Any], raw: JSON, resolve: Resolver) -> dict[str, Any]:
    """Wire name -> example value, from the request body's first example and each parameter's example."""
    values: dict[str, Any] = {}
    body = ((raw.get("requestBody") or {}).get("content") or {}).get("application/json")
    examples = _examples(body, resolve)
    if examples and isinstance(examples[0][1], Mapping):
        values.update(examples[0][1])
    for parameter in raw.get("parameters") or ():
        parameter = resolve(parameter)
        name = parameter.get("name", "")
        schema = resolve(parameter.get("schema")) or {}
        for source in (parameter, schema):
            if isinstance(source, Mapping) and "example" in source:
                values.setdefault(name, source["example"])
            elif isinstance(source, Mapping) and source.get("examples"):
                first = source["examples"]
                first = (
                    first[0] if isinstance(first, list) else resolve(next(iter(first.values()))).get("value")
                )
                values.setdefault(name, first)
    return values


def snippet_for(operation: Operation[Any], raw: JSON, resolve: Resolver) -> str:
    """A call as a user writes it, with the spec's example values (``...`` where the spec has none)."""
    examples = _example_arguments(operation, raw, resolve)
    parts = []
    for argument in operation.arguments:
        if argument.wire_name in examples and (examples[argument.wire_name] is not None or argument.required):
            parts.append(f"{argument.python_name}={examples[argument.wire_name]!r}")
        elif argument.required:
            parts.append(f"{argument.python_name}=...")
    call = f"client.{operation.tag}.{operation.operation_id}("
    if parts and len(call) + sum(len(p) + 2 for p in parts) > 88:
        inner = "".join(f"\n    {part}," for part in parts)
        call = f"{call}{inner}\n)"
    else:
        call = f"{call}{', '.join(parts)})"
    return (
        "import linksfield\n\nwith linksfield.Client() as client:  # LINKSFIELD_* settings\n    result = "
        + call.replace("\n", "\n    ")
    )


def _errors(raw: JSON, resolve: Resolver) -> tuple[tuple[str, str], ...]:
    rows = []
    for status, response in (raw.get("responses") or {}).items():
        if str(status).startswith("2"):
            continue
        resolved = resolve(response)
        text = resolved.get("description", "") if isinstance(resolved, Mapping) else ""
        rows.append((str(status), str(text).strip()))
    return tuple(rows)


def _outcome_check(operation: Operation[Any]) -> str:
    check = operation.outcome_check
    if check is None:
        return ""
    names = ", ".join(name for name, _ in check.arguments)
    return f"client.{check.tag}.{check.operation_id}({names}): {check.hint}".strip()


def _operation_doc(
    operation: Operation[Any], path: str, method: str, raw: JSON, resolve: Resolver
) -> OperationDoc:
    body = ((raw.get("requestBody") or {}).get("content") or {}).get("application/json")
    responses = [
        (f"{status} {name}", _pretty(value))
        for status, response in (raw.get("responses") or {}).items()
        if str(status).startswith("2")
        for name, value in _examples(
            ((resolve(response) or {}).get("content") or {}).get("application/json"), resolve
        )
    ]
    return OperationDoc(
        operation_id=operation.operation_id,
        tag=operation.tag,
        method=method.upper(),
        path=path,
        summary=str(raw.get("summary", "")),
        description=str(raw.get("description", "")).strip(),
        family=operation.family,
        side_effect=operation.side_effect,
        doc_versions=operation.doc_versions,
        reconciliation=tuple(raw.get("x-reconciliation") or ()),
        arguments=_argument_fields(operation, raw, resolve),
        snippet=snippet_for(operation, raw, resolve),
        request_examples=tuple((name, _pretty(value)) for name, value in _examples(body, resolve)),
        response_examples=tuple(responses),
        errors=_errors(raw, resolve),
        outcome_check=_outcome_check(operation),
    )


def _push_docs(spec: JSON, resolve: Resolver) -> tuple[PushDoc, ...]:
    pushes = []
    for name, item in (spec.get("webhooks") or {}).items():
        for operation in item.values():
            if not isinstance(operation, Mapping):
                continue
            content = ((operation.get("requestBody") or {}).get("content") or {}).get(
                "application/json"
            ) or {}
            pushes.append(
                PushDoc(
                    name=name,
                    summary=str(operation.get("summary", "")),
                    description=str(operation.get("description", "")).strip(),
                    fields=_schema_fields(content.get("schema"), resolve),
                    examples=tuple((n, _pretty(v)) for n, v in _examples(content, resolve)),
                )
            )
    return tuple(pushes)


def _error_docs() -> tuple[ErrorDoc, ...]:
    import linksfield

    docs = []
    for name in linksfield.__all__:
        value = getattr(linksfield, name, None)
        if isinstance(value, type) and issubclass(value, linksfield.LinksfieldError):
            base = value.__mro__[1].__name__ if value is not linksfield.LinksfieldError else "Exception"
            docs.append(ErrorDoc(name, base, inspect.cleandoc(value.__doc__ or "")))
    return tuple(docs)


def build_view(spec: JSON | None = None) -> ReferenceView:
    """Everything the page shows; ``spec`` defaults to the shipped one."""
    import linksfield

    spec = spec if spec is not None else spec_document()
    resolve = functools.partial(_spec.resolve, spec)
    by_id = {raw["operationId"]: (path, method, raw) for path, method, raw in _spec_operations(spec)}
    operations = tuple(
        _operation_doc(operation, *by_id[operation.operation_id], resolve=resolve)
        for operation in sorted(OPERATIONS.values(), key=lambda op: (op.tag, op.operation_id))
        if operation.operation_id in by_id
    )
    families = tuple(
        (name, str((family or {}).get("title", name)).strip())
        for name, family in (spec.get("x-linksfield-families") or {}).items()
    )
    info = spec.get("info") or {}
    return ReferenceView(
        title=str(info.get("title", "API reference")),
        version=str(info.get("version", "")),
        description=str(info.get("description", "")).strip(),
        families=families,
        client_doc=inspect.cleandoc(linksfield.Client.__doc__ or ""),
        operations=operations,
        pushes=_push_docs(spec, resolve),
        errors=_error_docs(),
    )
