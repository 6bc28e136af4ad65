"""``--suggest``: a patch-like YAML proposal for what is new, for a human to curate into the spec.

Only *new* differences are proposed (known ones are decided already). The fragments mirror the
spec's own layout (``paths`` and ``components/schemas``) so they can be pasted where they belong;
every fragment carries ``x-drift-source`` (page and line) so the curator can read the original.
Types come from the page's tables or, for example fields, from the example's JSON values.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

from generator.drift.model import Example, Operation, Param, Verdict
from generator.errors import GeneratorError

_JSON_TYPES = {bool: "boolean", int: "integer", float: "number", str: "string", list: "array", dict: "object"}


def _schema_for_value(value: Any) -> dict[str, Any]:
    if value is None:
        return {"type": ["string", "null"], "description": "Only null seen in the vendor's example."}
    return {"type": _JSON_TYPES.get(type(value), "string")}


def _param_schema(param: Param) -> dict[str, Any]:
    schema: dict[str, Any] = {"type": param.type} if param.type else {}
    if param.type == "array":
        schema["items"] = {"type": "string"}
    return schema


def _operation_id(op: Operation) -> str:
    last = [part for part in op.path.split("/") if part and not part.startswith("{")][-1:] or ["operation"]
    return re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", last[0]).replace("-", "_").lower()


def _body_schema(params: list[Param]) -> dict[str, Any]:
    root: dict[str, Any] = {"type": "object", "properties": {}}
    for param in params:
        node = root
        *parents, leaf = param.name.split(".")
        for parent in parents:
            prop = node["properties"].setdefault(parent, {"type": "object", "properties": {}})
            if prop.get("type") == "array":
                prop = prop.setdefault("items", {"type": "object", "properties": {}})
                prop.setdefault("type", "object")
                prop.setdefault("properties", {})
            elif "properties" not in prop:
                prop["properties"] = {}
            node = prop
        node["properties"][leaf] = {**node["properties"].get(leaf, {}), **_param_schema(param)}
        if param.required:
            node.setdefault("required", []).append(leaf)
    return root


def _first(examples: list[Example], role: str) -> Any:
    return next((e.value for e in examples if e.role == role), None)


def _new_operation(op: Operation, source: str, page_id: str) -> dict[str, Any]:
    fragment: dict[str, Any] = {
        "operationId": _operation_id(op),
        "summary": op.name or f"{op.method} {op.path}",
        "x-doc-versions": [page_id] if page_id else [],
        "x-drift-source": f"{source}#L{op.line}",
    }
    plain = [p for p in op.params if p.location in {"path", "query", "header"}]
    if plain:
        fragment["parameters"] = [
            {
                "name": p.name,
                "in": p.location,
                "required": bool(p.required) or p.location == "path",
                "schema": _param_schema(p),
            }
            for p in plain
        ]
    body = [p for p in op.params if p.location == "body"]
    request = _first(op.examples, "request")
    if body or request is not None:
        media: dict[str, Any] = {"schema": _body_schema(body)}
        if request is not None:
            media["example"] = request
        fragment["requestBody"] = {"required": True, "content": {"application/json": media}}
    response: dict[str, Any] = {"description": "TODO: describe; fields below are from the page's tables."}
    answer = _first(op.examples, "response")
    media = {"schema": {"type": "object", "x-drift-fields": [f.name for f in op.fields if f.name]}}
    if answer is not None:
        media["example"] = answer
    response["content"] = {"application/json": media}
    fragment["responses"] = {"200": response}
    return fragment


def build(verdicts: list[Verdict]) -> dict[str, Any]:
    paths: dict[str, Any] = {}
    schemas: dict[str, Any] = {}
    unplaced: dict[str, list[str]] = {}
    for verdict in verdicts:
        if verdict.known:
            continue
        d = verdict.difference
        source = f"{Path(d.source).name}#L{d.line}"
        if d.kind == "operation.added" and isinstance(op := d.extra.get("operation"), Operation):
            paths.setdefault(op.path, {})[op.method.lower()] = _new_operation(
                op, Path(d.source).name, d.page_id
            )
        elif d.kind == "operation.renamed":
            paths.setdefault(d.extra["new"], {})[d.extra["method"]] = {
                "x-drift-renamed-from": d.extra["old"],
                "x-alias-paths": [d.extra["old"]],
                "x-drift-source": source,
            }
        elif d.kind == "param.added" and isinstance(param := d.extra.get("param"), Param):
            schema = {**_param_schema(param), "x-drift-source": source}
            if param.location == "body" and d.extra.get("owner") and "." not in param.name:
                target = schemas.setdefault(d.extra["owner"], {"properties": {}})
                target["properties"][param.name] = schema
                if param.required:
                    target.setdefault("required", []).append(param.name)
            elif param.location == "body":
                op_node = paths.setdefault(d.extra["spec_path"], {}).setdefault(d.extra["method"], {})
                op_node.setdefault("x-drift-body-fields", {})[param.name] = {
                    **schema,
                    "required": bool(param.required),
                }
            else:
                op_node = paths.setdefault(d.extra["spec_path"], {}).setdefault(d.extra["method"], {})
                op_node.setdefault("parameters", []).append(
                    {
                        "name": param.name,
                        "in": param.location,
                        "required": bool(param.required),
                        "schema": schema,
                    }
                )
        elif d.kind == "example.field-absent" and d.extra.get("owner"):
            target = schemas.setdefault(d.extra["owner"], {"properties": {}})
            target["properties"][d.extra["field"]] = {
                **_schema_for_value(d.extra.get("value")),
                "description": "Seen in the vendor's example; meaning undocumented.",
                "x-drift-source": source,
            }
        elif d.kind == "response-field.added":
            unplaced.setdefault(d.extra["op_id"], []).append(f"{d.extra['field']} ({source})")
    proposal: dict[str, Any] = {}
    if paths:
        proposal["paths"] = paths
    if schemas:
        proposal["components"] = {"schemas": schemas}
    if unplaced:
        proposal["x-drift-unplaced-response-fields"] = unplaced
    return proposal


HEADER = (
    "# Proposal from `python -m generator drift --suggest`: fragments for what the vendor's pages show\n"
    "# and spec/openapi.yaml does not. Not a patch to apply blindly: curate each fragment into the spec\n"
    "# (or decide against it in spec/RECONCILIATION.md). x-drift-* keys are notes for the curator.\n"
)


def write(path: Path, verdicts: list[Verdict]) -> None:
    text = HEADER + yaml.safe_dump(build(verdicts) or {}, sort_keys=False, allow_unicode=True, width=110)
    try:
        path.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise GeneratorError(f"{path}: cannot write the proposal: {exc.strerror or exc}") from None
