"""The spec seen the way a vendor page sees an API: operations by method and path, flat parameters.

Resolves local ``$ref`` chains, merges ``allOf``/``anyOf`` branches when asking which properties an
object has, and reads the curation extensions that decide what a page is expected to show:
``x-doc-versions`` (which page documents an operation or property), ``x-required-in`` (a page that
requires an otherwise optional field), ``x-alias-paths`` and ``x-table-name``.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator.errors import GeneratorError
from generator.yaml_loader import load_yaml_file

METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
# OpenAPI ignores header parameters with these names (3.1, Parameter Object): not drift.
IGNORED_HEADERS = {"content-type", "accept", "authorization"}


@dataclass(frozen=True)
class SpecParam:
    name: str
    location: str
    types: frozenset[str]
    required: bool
    schema: Any


@dataclass
class SpecOperation:
    method: str
    path: str
    op_id: str
    family: str
    versions: tuple[str, ...]
    aliases: tuple[str, ...]
    pointer: str  # JSON pointer of the operation object
    node: dict[str, Any] = field(repr=False)


def _escape(part: str) -> str:
    return part.replace("~", "~0").replace("/", "~1")


class SpecView:
    def __init__(self, doc: dict[str, Any], source: str) -> None:
        self.doc = doc
        self.source = source
        self.operations: list[SpecOperation] = []
        for path, item in (doc.get("paths") or {}).items():
            for method in METHODS:
                op = item.get(method)
                if not isinstance(op, dict):
                    continue
                self.operations.append(
                    SpecOperation(
                        method=method.upper(),
                        path=path,
                        op_id=str(op.get("operationId", f"{method} {path}")),
                        family=str(op.get("x-api-family", "")),
                        versions=tuple(op.get("x-doc-versions") or ()),
                        aliases=tuple(op.get("x-alias-paths") or ()),
                        pointer=f"/paths/{_escape(path)}/{method}",
                        node=op,
                    )
                )

    @classmethod
    def load(cls, path: Path) -> SpecView:
        doc = load_yaml_file(path)
        if not isinstance(doc, dict) or "paths" not in doc:
            raise GeneratorError(f"{path}: not an OpenAPI document (no paths)")
        return cls(doc, str(path))

    # ------------------------------------------------------------ references and schema shape

    def resolve(self, node: Any) -> Any:
        seen = 0
        while isinstance(node, dict) and isinstance(node.get("$ref"), str) and node["$ref"].startswith("#/"):
            target: Any = self.doc
            for part in node["$ref"][2:].split("/"):
                target = target[part.replace("~1", "/").replace("~0", "~")]
            node = target
            seen += 1
            if seen > 50:
                raise GeneratorError(f"reference loop at {node}")
        return node

    def ref_name(self, node: Any) -> str | None:
        """The component a schema node points at (``#/components/schemas/X`` -> X)."""
        if isinstance(node, dict) and isinstance(node.get("$ref"), str):
            return str(node["$ref"]).rsplit("/", 1)[-1]
        return None

    def branches(self, node: Any) -> Iterator[dict[str, Any]]:
        """The node and every schema it is combined from (allOf/anyOf/oneOf), resolved."""
        node = self.resolve(node)
        if not isinstance(node, dict):
            return
        yield node
        for key in ("allOf", "anyOf", "oneOf"):
            for sub in node.get(key) or ():
                yield from self.branches(sub)

    def types(self, node: Any) -> frozenset[str]:
        found: set[str] = set()
        for branch in self.branches(node):
            declared = branch.get("type")
            if isinstance(declared, str):
                found.add(declared)
            elif isinstance(declared, list):
                found.update(str(t) for t in declared)
            for value in ([branch["const"]] if "const" in branch else []) + list(branch.get("enum") or []):
                found.add(_json_type(value))
        if "integer" in found:
            found.add("number")  # a page's "number" accepts what the spec calls integer
        return frozenset(found - {"null"})

    def properties(self, node: Any) -> dict[str, Any]:
        props: dict[str, Any] = {}
        for branch in self.branches(node):
            for name, sub in (branch.get("properties") or {}).items():
                props.setdefault(name, sub)
        return props

    def has_shape(self, node: Any) -> bool:
        """Whether the schema says anything about an object's properties (else nothing is 'absent')."""
        return any("properties" in b or b.get("type") == "object" for b in self.branches(node))

    def required(self, node: Any) -> set[str]:
        names: set[str] = set()
        for branch in self.branches(node):
            names.update(branch.get("required") or ())
        return names

    def items(self, node: Any) -> Any | None:
        for branch in self.branches(node):
            if "items" in branch:
                return branch["items"]
        return None

    def extension(self, node: Any, key: str) -> Any:
        """An ``x-`` value on the node or on any schema it is made of."""
        if isinstance(node, dict) and key in node:
            return node[key]
        for branch in self.branches(node):
            if key in branch:
                return branch[key]
        return None

    # ------------------------------------------------------------ per operation

    def request_schema(self, op: SpecOperation) -> tuple[Any, str] | None:
        body = self.resolve(op.node.get("requestBody"))
        media = ((body or {}).get("content") or {}).get("application/json")
        if not media or "schema" not in media:
            return None
        return media["schema"], f"{op.pointer}/requestBody/content/application~1json/schema"

    def response_schema(self, op: SpecOperation) -> tuple[Any, str] | None:
        responses = op.node.get("responses") or {}
        for status in ("200", "201"):
            response = self.resolve(responses.get(status))
            media = ((response or {}).get("content") or {}).get("application/json")
            if media and "schema" in media:
                pointer = f"{op.pointer}/responses/{status}/content/application~1json/schema"
                return media["schema"], pointer
        return None

    def parameters(self, op: SpecOperation) -> list[SpecParam]:
        params = []
        for raw in op.node.get("parameters") or ():
            p = self.resolve(raw)
            if p.get("in") == "header" and str(p.get("name", "")).lower() in IGNORED_HEADERS:
                continue
            schema = p.get("schema", {})
            params.append(SpecParam(p["name"], p["in"], self.types(schema), bool(p.get("required")), schema))
        return params

    def field_names(self, node: Any) -> set[str]:
        """Every property name (and x-table-name) reachable from a schema: for flattened field tables."""
        names: set[str] = set()
        seen: set[int] = set()

        def walk(current: Any) -> None:
            for branch in self.branches(current):
                if id(branch) in seen:
                    continue
                seen.add(id(branch))
                for name, sub in (branch.get("properties") or {}).items():
                    names.add(name)
                    table_name = self.extension(sub, "x-table-name")
                    if isinstance(table_name, str):
                        names.add(table_name)
                    walk(sub)
                if "items" in branch:
                    walk(branch["items"])

        walk(node)
        return names

    def vocabulary(self) -> set[str]:
        """Every name the spec knows (properties, parameters, table names): helps split run-together cells."""
        words: set[str] = set()

        def walk(node: Any) -> None:
            if isinstance(node, dict):
                for key, value in node.items():
                    if key == "properties" and isinstance(value, dict):
                        words.update(value)
                    elif (key in {"x-table-name"} and isinstance(value, str)) or (
                        key == "name" and isinstance(value, str) and " " not in value
                    ):
                        words.add(value)
                    walk(value)
            elif isinstance(node, list):
                for value in node:
                    walk(value)

        walk(self.doc.get("components", {}))
        walk(self.doc.get("paths", {}))
        return words


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    return "object"
