"""Compare a page's inventory with the spec and list every difference with a stable key.

Keys are ``<kind>:<location>``; the location names the spec's operationId when the operation is
known (so a key survives the vendor re-wording a heading) and ``METHOD path`` otherwise. Kinds:

- ``operation.added`` / ``operation.removed`` / ``operation.renamed`` / ``operation.alias``
  (the page uses one of the spec's ``x-alias-paths``) / ``overview.added`` (an overview row whose
  path neither the page nor the spec defines);
- ``param.added`` / ``param.removed`` / ``param.type`` / ``param.required`` / ``param.unnamed``;
- ``response-field.added`` (a field-table name the response schema nowhere declares, table names
  mapped through ``x-table-name``) / ``response-field.duplicate`` / ``response-field.unnamed``;
- ``example.field-absent`` / ``example.invalid`` (JSON Schema 2020-12 against the spec's schema).

What a page is expected to show depends on its doc version (``x-doc-versions``: cmp-v1, cmp-v2,
pool, csss), inferred from which version's operations the page overlaps most. An operation the page
lacks is ``removed`` only when the page shows at least half of its version's operations (otherwise
it is an excerpt); an added and a missing operation with the same method, nearly the same
parameters and a similar path are one ``renamed`` operation.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable
from typing import Any

from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from generator.drift.model import Difference, Operation, Page, Param
from generator.drift.spec_view import IGNORED_HEADERS, SpecOperation, SpecView

_URI = "urn:linksfield:drift-spec"


def norm_path(path: str) -> str:
    return re.sub(r"\{[^}]*\}", "{}", path.rstrip("/") or "/")


def _leaf(name: str) -> str:
    return re.sub(r"\[\d*\]", "", name).split(".")[-1]


def _json_path(parts: Iterable[Any]) -> str:
    out = ""
    for part in parts:
        out += "[]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "(root)"


class Comparer:
    def __init__(self, spec: SpecView) -> None:
        self.spec = spec
        resource = Resource.from_contents(spec.doc, default_specification=DRAFT202012)
        self.registry: Registry[Any] = Registry().with_resource(_URI, resource)
        self.exact = {(o.method, norm_path(o.path)): o for o in spec.operations}
        self.alias = {(o.method, norm_path(a)): o for o in spec.operations for a in o.aliases}
        self.page = Page(source="", layout="")
        self.found: dict[str, Difference] = {}

    # ------------------------------------------------------------ page level

    def infer_page_id(self, page: Page) -> str:
        seen = {norm_path(op.path) for op in page.operations} | {norm_path(e.path) for e in page.overview}
        canonical: set[str] = set()
        for path in seen:
            hits = [o for (_, p), o in {**self.exact, **self.alias}.items() if p == path]
            canonical.update(norm_path(o.path) for o in hits)
        best, best_score = "", 0.0
        for version in sorted({v for o in self.spec.operations for v in o.versions}):
            expected = {norm_path(o.path) for o in self.spec.operations if version in o.versions}
            union = expected | seen
            score = len(expected & canonical) / len(union) if union else 0.0
            if score >= best_score and score > 0:
                best, best_score = version, score
        return best

    def compare(self, page: Page) -> list[Difference]:
        page.page_id = page.page_id or self.infer_page_id(page)
        self.page = page
        self.found = {}
        matched: dict[int, SpecOperation] = {}
        unmatched: list[Operation] = []
        for op in page.operations:
            key = (op.method, norm_path(op.path))
            if key in self.exact:
                matched[id(op)] = self.exact[key]
            elif key in self.alias:
                spec_op = self.alias[key]
                matched[id(op)] = spec_op
                self.add(
                    "operation.alias",
                    f"{spec_op.op_id} {op.path}",
                    f"{op.method} {op.path} is an alias of {spec_op.path}",
                    op.line,
                )
            else:
                unmatched.append(op)
        expected = [o for o in self.spec.operations if page.page_id and page.page_id in o.versions]
        missing = [o for o in expected if o not in matched.values()]
        for op, spec_op in self._renames(unmatched, missing):
            matched[id(op)] = spec_op
            unmatched.remove(op)
            missing.remove(spec_op)
            self.add(
                "operation.renamed",
                f"{spec_op.op_id} -> {op.method} {op.path}",
                f"{spec_op.path} -> {op.path} (same method, parameters alike)",
                op.line,
                old=spec_op.path,
                new=op.path,
                method=op.method.lower(),
            )
        for op in unmatched:
            self.add(
                "operation.added",
                f"{op.method} {op.path}",
                f"not in the spec: {op.name or op.path}",
                op.line,
                operation=op,
            )
        defined = {norm_path(op.path) for op in page.operations}
        # A page that shows less than half of its version's operations is an excerpt: what it does
        # not show is not "removed" (renames are still paired against the whole version).
        complete = len(expected) > 0 and len(expected) - len(missing) >= len(expected) / 2
        for spec_op in missing if complete else []:
            listed = [
                e
                for e in page.overview
                if norm_path(e.path) in {norm_path(p) for p in (spec_op.path, *spec_op.aliases)}
            ]
            if listed and norm_path(listed[0].path) != norm_path(spec_op.path):
                continue  # the overview names it by an alias; reported below
            self.add(
                "operation.removed",
                spec_op.op_id,
                f"{spec_op.method} {spec_op.path} is documented for {page.page_id} but not on the page",
                0,
            )
        for entry in page.overview:
            path = norm_path(entry.path)
            if path in defined:
                continue
            aliased = [o for (_, p), o in self.alias.items() if p == path]
            if aliased:
                self.add(
                    "operation.alias",
                    f"{aliased[0].op_id} {entry.path}",
                    f"the overview lists {entry.path}; the spec's path is {aliased[0].path} (x-alias-paths)",
                    entry.line,
                )
            elif path not in {p for _, p in self.exact}:
                self.add(
                    "overview.added",
                    entry.path,
                    f"overview row without a section or a spec operation: {entry.name}",
                    entry.line,
                )
        for op in page.operations:
            if id(op) in matched:
                self._operation(op, matched[id(op)])
        return list(self.found.values())

    def add(self, kind: str, location: str, detail: str, line: int, **extra: Any) -> None:
        diff = Difference(kind, location, detail, self.page.source, line, self.page.page_id, extra)
        self.found.setdefault(diff.key, diff)

    def _renames(
        self, added: list[Operation], missing: list[SpecOperation]
    ) -> list[tuple[Operation, SpecOperation]]:
        pairs = []
        taken: set[str] = set()
        for op in added:
            page_names = {_leaf(p.name) for p in op.params}
            best: tuple[float, SpecOperation | None] = (0.0, None)
            for spec_op in missing:
                if spec_op.method != op.method or spec_op.op_id in taken:
                    continue
                spec_names = {p.name for p in self.spec.parameters(spec_op)} | set(self._body_props(spec_op))
                union = page_names | spec_names
                overlap = len(page_names & spec_names) / len(union) if union else 1.0
                ratio = difflib.SequenceMatcher(None, spec_op.path, op.path).ratio()
                if overlap >= 0.8 and ratio >= 0.6 and overlap + ratio > best[0]:
                    best = (overlap + ratio, spec_op)
            if best[1] is not None:
                taken.add(best[1].op_id)
                pairs.append((op, best[1]))
        return pairs

    def _body_props(self, spec_op: SpecOperation) -> dict[str, Any]:
        request = self.spec.request_schema(spec_op)
        return self.spec.properties(request[0]) if request else {}

    # ------------------------------------------------------------ one operation

    def _operation(self, op: Operation, spec_op: SpecOperation) -> None:
        self._params(op, spec_op)
        self._fields(op, spec_op)
        for example in op.examples:
            self._example(spec_op, example.role, example.value, example.line)

    def _params(self, op: Operation, spec_op: SpecOperation) -> None:
        where = spec_op.op_id
        version = self.page.page_id
        for line in op.unnamed_params:
            self.add("param.unnamed", where, "a request table row without a field name", line)
        declared = {(p.location, p.name): p for p in self.spec.parameters(spec_op)}
        request = self.spec.request_schema(spec_op)
        body = request[0] if request else None
        seen: set[tuple[str, str]] = set()
        for param in op.params:
            if param.location == "header" and param.name.lower() in IGNORED_HEADERS:
                continue
            seen.add((param.location, param.name))
            location = f"{where} {param.location} {param.name}"
            if param.location == "body":
                found = self._body_param(body, param.name)
                if found is None:
                    self.add(
                        "param.added",
                        location,
                        f"not in the request schema ({param.raw_type or 'no type'})",
                        param.line,
                        param=param,
                        owner=self.owner(body) if body is not None else "",
                        spec_path=spec_op.path,
                        method=spec_op.method.lower(),
                    )
                    continue
                node, required, applies = found
                types = self.spec.types(node)
                needed = required or version in (self.spec.extension(node, "x-required-in") or ())
                self._flags(location, param, types, needed if applies else None)
            else:
                spec_param = declared.get((param.location, param.name))
                if spec_param is None:
                    self.add(
                        "param.added",
                        location,
                        f"not a declared {param.location} parameter",
                        param.line,
                        param=param,
                        spec_path=spec_op.path,
                        method=spec_op.method.lower(),
                    )
                    continue
                self._flags(location, param, spec_param.types, spec_param.required)
        for table in sorted(op.tables):
            location, _, parent = table.partition(":")
            if location == "body":
                node = body if not parent else self._nested(body, parent)
                if node is None:
                    continue
                names = [
                    (n, sub)
                    for n, sub in self.spec.properties(node).items()
                    if not (versions := self.spec.extension(sub, "x-doc-versions")) or version in versions
                ]
                for name, _sub in names:
                    full = f"{parent}.{name}" if parent else name
                    if ("body", full) not in seen:
                        self.add(
                            "param.removed",
                            f"{where} body {full}",
                            "in the request schema, not in the page's table",
                            0,
                        )
            else:
                for loc, name in declared:
                    if loc == location and (loc, name) not in seen:
                        self.add(
                            "param.removed",
                            f"{where} {loc} {name}",
                            f"declared {loc} parameter not on the page",
                            0,
                        )

    def _flags(self, location: str, param: Param, types: frozenset[str], required: bool | None) -> None:
        if (
            param.type
            and types
            and param.type not in types
            and not (param.type == "integer" and "number" in types)
        ):
            self.add(
                "param.type",
                location,
                f"page: {param.raw_type} ({param.type}); spec: {' | '.join(sorted(types))}",
                param.line,
            )
        if required is not None and bool(param.required) != required:
            shown = {True: "required", False: "optional", None: "unmarked"}[param.required]
            self.add(
                "param.required",
                location,
                f"page: {shown}; spec: {'required' if required else 'optional'}",
                param.line,
            )

    def _nested(self, node: Any, dotted: str) -> Any | None:
        for part in dotted.split("."):
            if node is None:
                return None
            prop = self.spec.properties(node).get(part)
            if prop is None:
                return None
            items = self.spec.items(prop)
            node = items if items is not None else prop
        return node

    def _body_param(self, body: Any, name: str) -> tuple[Any, bool, bool] | None:
        """``(schema, required, applies)`` of a dotted body field, or None when the schema lacks it."""
        if body is None:
            return None
        parent_path, _, leaf = name.rpartition(".")
        parent = self._nested(body, parent_path) if parent_path else body
        if parent is None:
            return None
        prop = self.spec.properties(parent).get(leaf)
        if prop is None:
            return None
        versions = self.spec.extension(prop, "x-doc-versions")
        applies = not versions or self.page.page_id in versions
        return prop, leaf in self.spec.required(parent), applies

    def _fields(self, op: Operation, spec_op: SpecOperation) -> None:
        response = self.spec.response_schema(spec_op)
        if response is None or not op.fields:
            return
        names = self.spec.field_names(response[0])
        tables: dict[int, set[str]] = {}
        for field in op.fields:
            if not field.name:
                self.add(
                    "response-field.unnamed",
                    spec_op.op_id,
                    "a field-table row without a field name",
                    field.line,
                )
                continue
            leaf = _leaf(field.name)
            in_table = tables.setdefault(field.table, set())
            if field.name in in_table:
                self.add(
                    "response-field.duplicate",
                    f"{spec_op.op_id} {field.name}",
                    "listed twice in one field table",
                    field.line,
                )
            in_table.add(field.name)
            if leaf not in names:
                self.add(
                    "response-field.added",
                    f"{spec_op.op_id} {field.name}",
                    "no such property anywhere in the response schema",
                    field.line,
                    field=leaf,
                    op_id=spec_op.op_id,
                    type=field.type,
                )

    # ------------------------------------------------------------ examples

    def _example(self, spec_op: SpecOperation, role: str, value: Any, line: int) -> None:
        found = self.spec.request_schema(spec_op) if role == "request" else self.spec.response_schema(spec_op)
        if found is None:
            return
        schema, pointer = found
        self._absent(spec_op.op_id, role, value, schema, [], line)
        validator = Draft202012Validator({"$ref": f"{_URI}#{pointer}"}, registry=self.registry)
        for error in validator.iter_errors(value):
            where = _json_path(error.absolute_path)
            shown = repr(error.instance)
            self.add(
                "example.invalid",
                f"{spec_op.op_id} {role} {where}: {error.validator}",
                f"{shown[:60]} fails {error.validator} ({error.message[:120]})",
                line,
            )

    def _absent(self, op_id: str, role: str, value: Any, schema: Any, path: list[Any], line: int) -> None:
        if isinstance(value, dict):
            if not self.spec.has_shape(schema):
                return
            props = self.spec.properties(schema)
            for key, sub in value.items():
                if key not in props:
                    owner = self.owner(schema)
                    self.add(
                        "example.field-absent",
                        f"{op_id} {role} {_json_path([*path, key])}",
                        f"the example carries {key}={sub!r:.40}; {owner or 'the schema'} does not declare it",
                        line,
                        owner=owner,
                        field=key,
                        value=sub,
                    )
                else:
                    self._absent(op_id, role, sub, props[key], [*path, key], line)
        elif isinstance(value, list):
            items = self.spec.items(schema)
            if items is not None:
                for sub in value:
                    self._absent(op_id, role, sub, items, [*path, 0], line)

    def owner(self, schema: Any) -> str:
        """The component that declares an object's properties (where a new field would be added)."""
        if isinstance(schema, dict):
            name = self.spec.ref_name(schema)
            target = self.spec.resolve(schema)
            if name and isinstance(target, dict) and "properties" in target:
                return name
            for key in ("allOf", "anyOf", "oneOf"):
                for sub in (target or {}).get(key) or ():
                    found = self.owner(sub)
                    if found:
                        return found
        return ""
