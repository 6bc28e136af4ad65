"""``--suggest`` / ``--apply``: fragments for what is new, written in the spec's own conventions.

Only *new* differences are proposed (known ones are decided already). A new operation becomes what
a curator would have written by hand, imitating the existing operations of its family (learnt by
:class:`~generator.drift.conventions.Conventions`, not hard-coded):

* ``operationId`` snake_case from the path, ``tags`` of the operations in the same folder,
  ``x-api-family`` from the path's first segment, the family's ``security``, ``x-doc-versions``;
* the request body and the answer as *named* components (``<Name>Request``, ``<Name>Response``
  extending the family's envelope base by ``allOf``, ``<Name>Data`` for a typed ``data``), fields
  typed with the scalar component the spec already uses for that name (``device_id`` -> AssetId);
* the family's error responses by ``$ref``; an ``examples`` map (never ``example:``) whose entries
  point at ``components/examples``, each with the spec's ``summary`` and ``x-source``.

What only a person can decide is a ``TODO(curator): ...`` string (:data:`generator.rules.TODO_MARKER`):
the side effect, the outcome check, the description, and a tag or family the spec does not make
clear. ``generator validate`` refuses a document that still has one, so nothing half-decided is
generated. New fields of existing schemas become ``properties`` fragments under the component that
declares the object. Every fragment carries ``x-drift-source`` (page and line): the spec accepts
unknown ``x-`` keys everywhere (validator, generators, sandbox), so the evidence stays in the spec
after ``--apply``. What cannot be placed mechanically (a renamed path, a parameter of an existing
operation, a nested field) goes to ``x-drift-manual`` with where it belongs; ``--apply`` leaves it
to the curator.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator import pointers
from generator.drift.compare import norm_path
from generator.drift.conventions import Conventions, example_key, operation_id, pascal
from generator.drift.model import Example, Operation, Param, Verdict
from generator.drift.spec_view import IGNORED_HEADERS, SpecView
from generator.drift.yaml_style import block, check_round_trip, dumped
from generator.errors import GeneratorError
from generator.rules import TODO_MARKER

_JSON_TYPES = {bool: "boolean", int: "integer", float: "number", str: "string", list: "array", dict: "object"}
# Never declared per operation: Content-Type follows from the media type and Accept-Language is a
# client setting sent on every request (spec/RECONCILIATION.md, R-ACCEPT-LANGUAGE-HEADER).
_SKIPPED_HEADERS = IGNORED_HEADERS | {"accept-language"}
_MISSING = object()


def todo(text: str) -> str:
    """A marker for the curator: :func:`generator.rules.find_todo_markers` refuses it until replaced."""
    return f"{TODO_MARKER} {text}"


def _seed_id(file: str) -> str:
    """How the spec's ``x-source`` names a page: ``002`` for a vendor seed, else the file's stem."""
    match = re.match(r"(\d{3})_", file)
    return match.group(1) if match else Path(file).stem


def _leaf(name: str) -> str:
    return re.sub(r"\[\d*\]", "", name).split(".")[-1]


@dataclass(frozen=True)
class Sighting:
    """One page's section for a new operation (the same operation may be on a v1 and a v2 page)."""

    op: Operation
    file: str
    page_id: str

    @property
    def source(self) -> str:
        return f"{self.file}#L{self.op.line}"


class _Builder:
    def __init__(self, spec: SpecView) -> None:
        self.spec = spec
        self.conv = Conventions(spec)
        self.paths: dict[str, dict[str, Any]] = {}
        self.schemas: dict[str, dict[str, Any]] = {}
        self.examples: dict[str, dict[str, Any]] = {}
        self.manual: list[dict[str, Any]] = []

    def proposal(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        if self.paths:
            out["paths"] = self.paths
        components = {
            key: value for key, value in (("schemas", self.schemas), ("examples", self.examples)) if value
        }
        if components:
            out["components"] = components
        if self.manual:
            out["x-drift-manual"] = self.manual
        return out

    # ------------------------------------------------------------ schemas from the page

    def _param_schema(self, param: Param) -> dict[str, Any]:
        ref = self.conv.property_ref(_leaf(param.name), param.type)
        if ref:
            return {"$ref": ref}
        schema: dict[str, Any] = {"type": param.type} if param.type else {}
        if param.type == "array":
            schema["items"] = {"type": "string"}
        return schema

    def _value_schema(self, name: str, value: Any) -> dict[str, Any]:
        """A schema for an example value: objects and arrays recursively, scalars by JSON type."""
        if value is None:
            return {"type": ["string", "null"], "description": "Only null seen in the vendor's example."}
        if isinstance(value, dict):
            return {
                "type": "object",
                "properties": {key: self._value_schema(key, sub) for key, sub in value.items()},
            }
        if isinstance(value, list):
            return {"type": "array", "items": self._value_schema(name, value[0]) if value else {}}
        json_type = _JSON_TYPES.get(type(value), "string")
        ref = self.conv.property_ref(name, json_type)
        return {"$ref": ref} if ref and self.conv.accepts(ref, value) else {"type": json_type}

    def _object(self, params: list[Param], example: Any) -> dict[str, Any]:
        """``{type: object, required, properties}`` from a parameter table (dotted names nest) and an example."""
        root: dict[str, Any] = {"type": "object", "properties": {}}
        parents = {p.name.rsplit(".", 1)[0] for p in params if "." in p.name}
        for param in params:
            node = root
            *path, leaf = param.name.split(".")
            for part in path:
                prop = node["properties"].setdefault(part, {"type": "object", "properties": {}})
                if prop.get("type") == "array":
                    prop = prop.setdefault("items", {"type": "object", "properties": {}})
                    prop.setdefault("type", "object")
                prop.setdefault("properties", {})
                node = prop
            own = self._param_schema(param) if param.name not in parents else {"type": param.type or "object"}
            node["properties"][leaf] = {**node["properties"].get(leaf, {}), **own}
            if param.required:
                node.setdefault("required", []).append(leaf)
        if isinstance(example, dict):
            for key, value in example.items():
                prop = root["properties"].setdefault(key, self._value_schema(key, value))
                ref = prop.get("$ref")
                if isinstance(ref, str) and not self.conv.accepts(ref, value):
                    root["properties"][key] = {"type": _JSON_TYPES.get(type(value), "string")}
        if "required" in root:  # the spec's key order: type, required, properties
            root = {"type": "object", "required": root["required"], "properties": root["properties"]}
        return root

    # ------------------------------------------------------------ examples

    def _examples(self, name: str, role: str, sightings: list[Sighting], source: str) -> dict[str, Any]:
        """``components/examples`` entries for one role, and the operation's ``examples`` map to them.

        The same value shown on several pages is one example (key ``cmp_v1_v2``, as the spec does);
        different values get a suffix per doc version (``...V1``, ``...V2``). Without any example on
        the page, a constructed one is due (the spec has one on every 200 answer): its value is a marker.
        """
        groups: dict[str, tuple[Any, list[str], list[str], list[str]]] = {}
        for sighting in sightings:
            for example in sighting.op.examples:
                if example.role != role:
                    continue
                value, ids, seeds, files = groups.setdefault(
                    json.dumps(example.value, sort_keys=True), (example.value, [], [], [])
                )
                if sighting.page_id and sighting.page_id not in ids:
                    ids.append(sighting.page_id)
                seeds.append(f"{_seed_id(sighting.file)}#L{example.line}")
                files.append(f"{sighting.file}#L{example.line}")
        base = f"{name}{role.capitalize()}"
        refs: dict[str, Any] = {}
        if not groups:
            pages = [s.page_id for s in sightings if s.page_id]
            self.examples[base] = {
                "summary": "Constructed from the field table (the page shows no JSON example)",
                "x-source": {"pages": list(dict.fromkeys(pages)), "constructed": True},
                "x-drift-source": source,
                "value": todo(
                    f"the page shows no {role} example; construct one from its field table "
                    "(it must validate against the schema)"
                ),
            }
            return {"constructed": {"$ref": f"#/components/examples/{base}"}}
        for index, (value, ids, seeds, files) in enumerate(groups.values()):
            suffix = (
                "" if len(groups) == 1 else pascal((ids[-1] if ids else "").rsplit("-", 1)[-1]) or str(index)
            )
            component = base + suffix
            while component in self.examples:
                component += str(index)
            self.examples[component] = {
                "summary": f"Verbatim from the vendor page ({', '.join(ids) or 'unknown version'})",
                "x-source": {"pages": ids, "seeds": seeds},
                "x-drift-source": "; ".join(files),
                "value": value,
            }
            refs[example_key(ids) if ids else f"page{index}"] = {"$ref": f"#/components/examples/{component}"}
        return refs

    # ------------------------------------------------------------ a new operation

    def operation(self, sightings: list[Sighting]) -> None:
        first = sightings[0].op
        method, path = first.method.lower(), first.path
        op_id = operation_id(path)
        name = pascal(op_id)
        family = self.conv.family_of(path)
        tag = self.conv.tag_of(path)
        versions = list(dict.fromkeys(s.page_id for s in sightings if s.page_id))
        source = "; ".join(s.source for s in sightings)
        params: dict[tuple[str, str], Param] = {}
        for sighting in sightings:
            for param in sighting.op.params:
                params.setdefault((param.location, param.name), param)
        injected = self.conv.injected_parameters(family) if family else None
        request_base = self.conv.request_base(family) if family else None
        skipped = set(injected or ()) | (
            set(self.spec.properties({"$ref": request_base})) if request_base else set()
        )
        body = [p for p in params.values() if p.location == "body" and p.name.split(".")[0] not in skipped]
        plain = [
            p
            for p in params.values()
            if p.location in ("path", "query")
            or (p.location == "header" and p.name.lower() not in _SKIPPED_HEADERS)
        ]
        request_example = _first(first.examples, "request")

        node: dict[str, Any] = {"operationId": op_id}
        node["tags"] = [
            tag
            or todo(
                f"which tag? one of {', '.join(self.conv.tag_names)} "
                f"(no operation under {path.rsplit('/', 1)[0]}/ to copy it from)"
            )
        ]
        node["summary"] = first.name or f"{first.method} {path}"
        node["description"] = todo(
            f"say what {op_id} does, when the vendor refuses it and what the page leaves open"
        )
        families = ", ".join(self.conv.families) or "see x-linksfield-families"
        node["x-api-family"] = family or todo(
            f"which API family serves {path}? one of {families}; then give the operation that "
            f"family's security and error responses, and {name}Response that family's envelope"
        )
        guess = self.conv.side_effect_guess(method, op_id)
        node["x-side-effect"] = todo(
            "read, mutate or spend? only read is retried after the request may have reached the "
            f"server (guess from the name: {guess})"
        )
        inputs = {p.name: f"$request.body#/{p.name}" for p in body if "." not in p.name}
        inputs.update({p.name: f"$request.{p.location}.{p.name}" for p in plain if p.location != "header"})
        node["x-outcome-check"] = todo(
            "for mutate or spend, {operation: <a read operationId>, arguments: {<its parameter>: "
            "$request.body#/<field>}, hint: <what the user should check>}; "
            f"guess: {self.conv.outcome_check_guess(family, tag, inputs)}. "
            "Delete this key if x-side-effect is read"
        )
        node["x-doc-versions"] = versions or [
            todo("which doc versions show it? (the versions in x-doc-versions of the spec)")
        ]
        if injected:
            node["x-injected-parameters"] = injected
        node["x-drift-source"] = source
        node["security"] = (self.conv.security(family) if family else None) or [
            {todo("the security scheme of the operation's family"): []}
        ]
        if plain:
            node["parameters"] = [self._parameter(p) for p in plain]
        if body or request_example is not None:
            self.schemas[f"{name}Request"] = self._request(op_id, body, request_example, request_base, source)
            media: dict[str, Any] = {"schema": {"$ref": f"#/components/schemas/{name}Request"}}
            media["examples"] = self._examples(name, "request", sightings, source)
            node["requestBody"] = {"required": True, "content": {"application/json": media}}
        answer: dict[str, Any] = {"description": "", "content": {}}
        answer["description"], self.schemas[f"{name}Response"] = self._response(
            name, op_id, family, sightings, source
        )
        answer["content"] = {
            "application/json": {
                "schema": {"$ref": f"#/components/schemas/{name}Response"},
                "examples": self._examples(name, "response", sightings, source),
            }
        }
        node["responses"] = {"200": answer, **(self.conv.error_responses(family) if family else {})}
        self.paths.setdefault(path, {})[method] = node

    def _parameter(self, param: Param) -> dict[str, Any]:
        required = bool(param.required) or param.location == "path"
        ref = self.conv.parameter_ref(param.name, param.location, required)
        if ref:
            return {"$ref": ref}
        return {
            "name": param.name,
            "in": param.location,
            "required": required,
            "schema": self._param_schema(param),
        }

    def _request(
        self, op_id: str, body: list[Param], example: Any, base: str | None, source: str
    ) -> dict[str, Any]:
        skipped = set(self.spec.properties({"$ref": base})) if base else set()
        own = self._object(
            body,
            {k: v for k, v in example.items() if k not in skipped} if isinstance(example, dict) else None,
        )
        description = f"The body of {op_id}, from the vendor's parameter table and example."
        if base:
            return {"description": description, "x-drift-source": source, "allOf": [{"$ref": base}, own]}
        return {
            "type": "object",
            "description": description,
            "x-drift-source": source,
            **{k: v for k, v in own.items() if k != "type"},
        }

    def _response(
        self, name: str, op_id: str, family: str | None, sightings: list[Sighting], source: str
    ) -> tuple[str, dict[str, Any]]:
        """The 200 description and the ``<Name>Response`` schema: the family envelope plus a typed ``data``."""
        answer = next((e.value for s in sightings for e in s.op.examples if e.role == "response"), _MISSING)
        data_value = answer.get("data", _MISSING) if isinstance(answer, dict) else _MISSING
        envelope = self.conv.envelope_base(family) if family else None
        known = {n.lower() for n in _keys(answer)} | {
            n.lower() for n in (self.spec.properties({"$ref": envelope}) if envelope else {})
        }
        table_only = list(
            dict.fromkeys(
                _leaf(f.name)
                for s in sightings
                for f in s.op.fields
                if f.name and _leaf(f.name).lower() not in known | {"data"}
            )
        )
        field_types = {_leaf(f.name): f.type for s in sightings for f in s.op.fields if f.name}
        data: dict[str, Any]
        if isinstance(data_value, dict) or (data_value is _MISSING and table_only):
            shape = self._value_schema("data", data_value if isinstance(data_value, dict) else {})
            for field in table_only:
                ref = self.conv.property_ref(field, field_types.get(field))
                typed_as = (
                    {"$ref": ref} if ref else {"type": field_types[field]} if field_types.get(field) else {}
                )
                shape["properties"][field] = _described(
                    typed_as, "Listed in the page's field table, absent from its example."
                )
            shown = "example and field table" if isinstance(data_value, dict) else "field table"
            self.schemas[f"{name}Data"] = {
                "type": "object",
                "description": f"What {op_id} answers in `data` (from the vendor's {shown}).",
                "x-drift-source": source,
                "properties": shape["properties"],
            }
            data = {"anyOf": [{"$ref": f"#/components/schemas/{name}Data"}, {"type": "null"}]}
            said = "`data` is the result"
        elif isinstance(data_value, list):
            items = self._value_schema("data", data_value[0]) if data_value else {}
            if items.get("type") == "object":
                self.schemas[f"{name}Item"] = {
                    "type": "object",
                    "description": f"One entry of what {op_id} answers in `data` (from the vendor's example).",
                    "x-drift-source": source,
                    "properties": items["properties"],
                }
                items = {"$ref": f"#/components/schemas/{name}Item"}
            data = {"anyOf": [{"type": "array", "items": items}, {"type": "null"}]}
            said = "`data` is the list of results"
        elif data_value is None:
            data = {"type": "null"}
            said = "`data` is null"
        elif data_value is _MISSING:
            data = {
                "description": todo(
                    "the page shows neither an example nor a field table of the answer: type `data`"
                )
            }
            said = "`data` is the result"
        else:
            json_type = _JSON_TYPES.get(type(data_value), "string")
            data = {"type": [json_type, "null"]}
            said = f"`data` is a {json_type}"
        typed: dict[str, Any] = {"type": "object", "required": ["data"], "properties": {"data": data}}
        if envelope:
            title = self.conv.family_title(family or "")
            null = (
                "`data` is null (as in the page's example)"
                if data_value is None
                else "`data` is null when the call was refused"
            )
            schema = {
                "description": f"The {title} envelope of {op_id}; {null}.",
                "x-drift-source": source,
                "allOf": [{"$ref": envelope}, typed],
            }
            return f"The envelope; {said}.", schema
        schema = {
            "description": todo(
                "no family envelope is known for this path: once x-api-family is decided, build this "
                "as allOf [<Family>EnvelopeBase, {data}] like the other responses"
            ),
            "x-drift-source": source,
            **typed,
        }
        return f"The answer; {said}.", schema

    # ------------------------------------------------------------ other differences

    def add_property(self, owner: str, name: str, schema: dict[str, Any]) -> None:
        properties = self.schemas.setdefault(owner, {"properties": {}}).setdefault("properties", {})
        properties.setdefault(name, schema)

    def add_manual(self, key: str, where: str, note: str, source: str, fragment: Any) -> None:
        self.manual.append(
            {"key": key, "where": where, "note": note, "x-drift-source": source, "fragment": fragment}
        )


def _described(schema: dict[str, Any], description: str) -> dict[str, Any]:
    """``schema`` with a description; a ``$ref`` is wrapped ``allOf: [{$ref}]`` first, as the spec does."""
    if "$ref" in schema:
        schema = {"allOf": [schema]}
    return {**schema, "description": description}


def _first(examples: list[Example], role: str) -> Any:
    return next((e.value for e in examples if e.role == role), None)


def _keys(value: Any) -> Iterable[str]:
    """Every mapping key in an example, at any depth."""
    if isinstance(value, dict):
        for key, sub in value.items():
            yield str(key)
            yield from _keys(sub)
    elif isinstance(value, list):
        for sub in value:
            yield from _keys(sub)


def build(verdicts: list[Verdict], spec: SpecView) -> dict[str, Any]:
    """The proposal for the new differences among ``verdicts``: ``paths``, ``components``, ``x-drift-manual``."""
    builder = _Builder(spec)
    sightings: dict[tuple[str, str], list[Sighting]] = {}
    for verdict in verdicts:
        if verdict.known:
            continue
        d = verdict.difference
        file = Path(d.source).name
        source = f"{file}#L{d.line}"
        if d.kind == "operation.added" and isinstance(op := d.extra.get("operation"), Operation):
            key = (op.method.lower(), norm_path(op.path))
            sightings.setdefault(key, []).append(Sighting(op, file, d.page_id))
        elif d.kind == "operation.renamed":
            builder.add_manual(
                d.key,
                pointers.to_pointer(("paths", d.extra["old"])),
                f"the page calls this path {d.extra['new']}: move the path item there and keep the old "
                "path in x-alias-paths (or decide against it in the log)",
                source,
                {"x-alias-paths": [d.extra["old"]]},
            )
        elif d.kind == "param.added" and isinstance(param := d.extra.get("param"), Param):
            if param.location == "body" and d.extra.get("owner") and "." not in param.name:
                schema: dict[str, Any] = builder._param_schema(param)
                if param.required:
                    schema = _described(
                        schema,
                        todo(
                            f"the page marks {param.name} required: add it to the required list of "
                            f"{d.extra['owner']} (callers must then send it) or log why it stays optional"
                        ),
                    )
                builder.add_property(d.extra["owner"], param.name, {**schema, "x-drift-source": source})
            elif param.location == "body":
                builder.add_manual(
                    d.key,
                    pointers.to_pointer(("paths", d.extra["spec_path"], d.extra["method"], "requestBody")),
                    "a nested (or unowned) body field: add it to the request schema where the page's table puts it",
                    source,
                    {param.name: {**builder._param_schema(param), "required": bool(param.required)}},
                )
            else:
                builder.add_manual(
                    d.key,
                    pointers.to_pointer(("paths", d.extra["spec_path"], d.extra["method"], "parameters")),
                    f"a {param.location} parameter of an existing operation: append it to its parameters",
                    source,
                    builder._parameter(param),
                )
        elif d.kind == "example.field-absent" and d.extra.get("owner"):
            builder.add_property(
                d.extra["owner"],
                d.extra["field"],
                {
                    **_described(
                        builder._value_schema(d.extra["field"], d.extra.get("value")),
                        "Seen in the vendor's example; meaning undocumented.",
                    ),
                    "x-drift-source": source,
                },
            )
        elif d.kind == "response-field.added":
            builder.add_manual(
                d.key,
                f"{d.extra['op_id']} response",
                "a field-table name the response schema lacks: add it where the table puts it, or map it "
                "with x-table-name",
                source,
                {d.extra["field"]: {"type": d.extra["type"]} if d.extra.get("type") else {}},
            )
    for group in sightings.values():
        builder.operation(group)
    return builder.proposal()


HEADER = (
    "# Proposal from `python -m generator drift --suggest`: fragments for what the vendor's pages show\n"
    "# and spec/openapi.yaml does not, in the spec's own style. `drift --apply` inserts paths and\n"
    "# components into the spec; x-drift-manual lists what must be placed by hand. Replace every\n"
    f"# '{TODO_MARKER} ...' string (generator validate refuses the spec until then) and log the\n"
    "# decision in spec/RECONCILIATION.md.\n"
)


def render(proposal: dict[str, Any]) -> str:
    """The proposal as YAML in the spec's layout and style (paste-ready at the same indentation)."""
    lines: list[str] = []
    if "paths" in proposal:
        lines += ["paths:", *block(proposal["paths"], 2, force=2)]
    components = proposal.get("components") or {}
    if components:
        lines.append("components:")
        if "schemas" in components:
            lines += ["  schemas:", *block(components["schemas"], 4, force=1)]
        if "examples" in components:
            lines += ["  examples:", *dumped(components["examples"], 4)]
    if "x-drift-manual" in proposal:
        lines += dumped({"x-drift-manual": proposal["x-drift-manual"]}, 0)
    text = "\n".join(lines) + "\n" if lines else "{}\n"
    check_round_trip(text, proposal or {}, "the --suggest proposal")
    return text


def write(path: Path, proposal: dict[str, Any]) -> None:
    try:
        path.write_text(HEADER + render(proposal), encoding="utf-8")
    except OSError as exc:
        raise GeneratorError(f"{path}: cannot write the proposal: {exc.strerror or exc}") from None
