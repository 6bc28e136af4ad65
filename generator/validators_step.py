r"""Render ``linksfield_api/validators.py``: straight-line JSON Schema checks of arguments and answers.

Why generated: the client checks every call's arguments against the spec before sending. Doing it
with jsonschema cost ~95 µs for a two-field body (a validator walking its keyword table and
building error objects per call) and ~190 ms of ``import linksfield`` for the library itself. The
spec's request and response schemas use a dozen keywords, so each schema is rendered here once as a
Python function that tests exactly its own rules, as ``parsers_step`` renders the parsers; the
client imports no schema library at all.

What is rendered (module layout and runtime helpers: ``templates/validators.py.jinja``):

- one function per component schema a request or response reaches (``_check_<Name>``), and one per
  anonymous ``anyOf``/``oneOf`` branch or ``if`` schema; a ``$ref`` to a component without
  applicators (a plain string, number or enum rule) is inlined instead of called;
- per operation, a function over its path parameters, query parameters and JSON body, with
  ``x-injected-parameters`` (filled in and signed by the family's auth) neither required nor checked;
- per operation and response status, the check of the answer's JSON body (the client names the bad
  field of an answer with it in strict mode).

Each function returns ``None`` or the first broken rule as ``(path, reason)``. Order within a schema:
``$ref``, ``type``, ``enum``/``const``, the value's own bounds, ``required``, then properties and
items, then ``allOf``, ``anyOf``/``oneOf``, ``if``; so a missing field is named before a bad one,
as the jsonschema-based check did (it sorted errors by path).

Semantics are JSON Schema 2020-12's (``tests/generator/test_validators*.py`` hold the output to
jsonschema on every operation with generated arguments, and on each keyword): ``integer`` accepts
``1.0``, booleans are not numbers, ``pattern`` is ECMA-262 (``$`` outside a class is ``\Z``, and
``re.ASCII`` makes ``\d``/``\w``/``\b`` ASCII-only), lengths count code points. A keyword this step
does not implement is a ``GeneratorError`` naming its JSON pointer: a validator that silently skips
a rule is worse than none.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from generator import pointers
from generator.errors import GeneratorError

TEMPLATES = Path(__file__).with_name("templates")

IMPLEMENTED: Final = frozenset(
    {
        "$ref", "type", "enum", "const",
        "minLength", "maxLength", "pattern",
        "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf",
        "minItems", "maxItems", "uniqueItems", "items",
        "required", "properties", "additionalProperties",
        "allOf", "anyOf", "oneOf", "if", "then", "else",
    }
)  # fmt: skip
"""The keywords the rendered checks enforce; any other that is not an annotation is refused."""
ANNOTATIONS: Final = frozenset(
    {
        "title",
        "description",
        "default",
        "deprecated",
        "readOnly",
        "writeOnly",
        "examples",
        "example",
        "$comment",
    }
)
"""Keywords that change nothing about which values are valid (``x-`` extensions are annotations too)."""

_APPLICATORS: Final = frozenset(
    {"$ref", "properties", "additionalProperties", "items", "allOf", "anyOf", "oneOf", "if", "then", "else"}
)
_HTTP_METHODS: Final = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_STRING: Final = ("minLength", "maxLength", "pattern")
_NUMBER: Final = ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf")
_ARRAY: Final = ("minItems", "maxItems", "uniqueItems", "items")
_OBJECT: Final = ("required", "properties", "additionalProperties")
_GUARDS: Final = {
    "string": "isinstance({v}, str)",
    "number": "isinstance({v}, (int, float)) and not isinstance({v}, bool)",
    "array": "isinstance({v}, list)",
    "object": "isinstance({v}, dict)",
}
_TYPE_TESTS: Final = {
    "string": "isinstance({v}, str)",
    "integer": "(isinstance({v}, int) and not isinstance({v}, bool)) or (isinstance({v}, float) and {v}.is_integer())",
    "number": "isinstance({v}, (int, float)) and not isinstance({v}, bool)",
    "boolean": "isinstance({v}, bool)",
    "null": "{v} is None",
    "object": "isinstance({v}, dict)",
    "array": "isinstance({v}, list)",
}
_KNOWN_AS: Final = {
    "string": "string",
    "integer": "number",
    "number": "number",
    "object": "object",
    "array": "array",
}
"""A value that passed ``type: <key>`` needs no guard before the keywords of kind ``<value>``."""


def ecma_source(pattern: str) -> str:
    r"""``pattern`` rewritten so that Python's ``re`` (with ``re.ASCII``) matches what ECMA-262 matches.

    ``$`` outside a character class becomes ``\Z``: Python's ``$`` also matches before a final
    newline. Escapes are copied whole, in or out of a class. (``linksfield._spec_checks.ecma_regex``
    does the same at run time for the webhook receiver's judge; a test keeps the two equal.)
    """
    out: list[str] = []
    in_class = False
    chars = iter(pattern)
    for char in chars:
        if char == "\\":
            out.append(char + next(chars, ""))
        elif in_class:
            in_class = char != "]"
            out.append(char)
        elif char == "[":
            in_class = True
            out.append(char)
        else:
            out.append(r"\Z" if char == "$" else char)
    try:
        re.compile("".join(out), re.ASCII)
    except re.error as exc:
        raise GeneratorError(f"validators: pattern {pattern!r} is not a regex Python can run: {exc}") from exc
    return "".join(out)


def _tuple(parts: list[str]) -> str:
    """Python source of a tuple of the expressions ``parts``."""
    if len(parts) == 1:
        return f"({parts[0]},)"
    return f"({', '.join(parts)})"


def _frozenset_source(names: Iterable[str]) -> str:
    """A frozenset literal with its items sorted: ``repr`` of a set follows the hash seed."""
    items = sorted(set(names))
    return f"frozenset({{{', '.join(map(repr, items))}}})" if items else "frozenset()"


def _indent(lines: list[str], depth: int = 1) -> list[str]:
    return ["    " * depth + line if line else line for line in lines]


def _meaningful(schema: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in schema.items() if k not in ANNOTATIONS and not k.startswith("x-")}


@dataclass
class _Function:
    """The function being rendered: its fresh-name counter."""

    counter: int = 0

    def fresh(self, stem: str) -> str:
        self.counter += 1
        return f"{stem}{self.counter}"


@dataclass
class _Module:
    """Everything rendered into the module: constants and functions, each emitted once."""

    document: dict[str, Any]
    constants: dict[str, str] = field(default_factory=dict)  # source -> name
    counts: dict[str, int] = field(default_factory=dict)  # stem -> constants named so far
    functions: dict[str, str] = field(default_factory=dict)  # pointer -> function name
    bodies: list[str] = field(default_factory=list)
    pending: list[tuple[str, str]] = field(default_factory=list)  # (pointer, name) still to render

    # -- naming -------------------------------------------------------------------------------------

    def constant(self, stem: str, source: str) -> str:
        if source not in self.constants:
            self.counts[stem] = self.counts.get(stem, 0) + 1
            self.constants[source] = f"_{stem}_{self.counts[stem]}"
        return self.constants[source]

    def function(self, pointer: str) -> str:
        """The name of the check of the schema at ``pointer`` (rendered later, once)."""
        if pointer not in self.functions:
            tokens = pointers.parse_fragment(pointer[1:])
            if len(tokens) == 3 and tokens[:2] == ["components", "schemas"]:
                stem = re.sub(r"\W", "_", tokens[2])
                name = f"_check_{stem}"
            else:
                name = f"_check_anonymous_{len(self.functions) + 1}"
            if name in self.functions.values():
                name = f"{name}_{len(self.functions) + 1}"
            self.functions[pointer] = name
            self.pending.append((pointer, name))
        return self.functions[pointer]

    def resolve(self, pointer: str) -> Any:
        try:
            return pointers.resolve(self.document, pointers.parse_fragment(pointer[1:]))
        except pointers.PointerError as exc:
            raise GeneratorError(f"validators: {pointer}: {exc}") from exc

    def flush(self) -> None:
        """Render every function named so far (rendering may name more)."""
        while self.pending:
            pointer, name = self.pending.pop(0)
            self.bodies.append(self.render_function(name, pointer))

    def render_function(self, name: str, pointer: str) -> str:
        scope = _Function()
        lines = self.block(self.resolve(pointer), pointer, "v", [], scope, frozenset(), ())
        return "\n".join([f"def {name}(v: Any) -> Invalid | None:", *_indent([*lines, "return None"])])

    # -- one schema -----------------------------------------------------------------------------------

    def block(
        self,
        schema: Any,
        pointer: str,
        var: str,
        path: list[str],
        scope: _Function,
        skip_required: frozenset[str],
        inlining: tuple[str, ...],
        asserted: set[str] | None = None,
    ) -> list[str]:
        """Statements that ``return`` the first rule of ``schema`` that ``var`` breaks.

        ``path``: expressions of the keys/indexes from the function's value to ``var``;
        ``skip_required``: names the instance need not have here (injected parameters at the body's
        root; passed through ``$ref`` and ``allOf``, which report errors at the same place);
        ``inlining``: the refs expanded on the way, so a recursive schema becomes a call;
        ``asserted``: the types ``var`` is known to have at this point of the function (statements
        at the same level before these): ``$ref`` and ``allOf`` members after the first need not
        test them again (a type checker would call the repeat unreachable).
        """
        asserted = set() if asserted is None else asserted
        if schema is True or schema == {}:
            return []
        if not isinstance(schema, dict):
            raise GeneratorError(
                f"validators: {pointer}: a boolean schema other than true is not implemented"
            )
        rules = _meaningful(schema)
        unknown = sorted(set(rules) - IMPLEMENTED)
        if unknown:
            raise GeneratorError(
                f"validators: {pointer}: JSON Schema keyword {unknown[0]!r} is not implemented by "
                "generator/validators_step.py; implement it there (with its test) or keep it out of the spec"
            )
        where = _tuple(path) if path else "()"
        lines: list[str] = []
        if "$ref" in rules:
            lines += self.ref(
                str(rules["$ref"]), pointer, var, path, scope, skip_required, inlining, asserted
            )
        if "type" in rules:
            single = rules["type"] if isinstance(rules["type"], str) else None
            if single is None or single not in asserted:
                lines += self.type_check(rules["type"], pointer, var, where)
            if single is not None:
                asserted.add(single)
        known = {_KNOWN_AS[name] for name in asserted if name in _KNOWN_AS}
        if "enum" in rules:
            lines += self.values_check(rules["enum"], var, where, f"must be one of {rules['enum']}")
        if "const" in rules:
            lines += self.values_check([rules["const"]], var, where, f"must be {rules['const']!r}")
        lines += self.guarded("string", known, var, self.string_checks(rules, var, where))
        lines += self.guarded("number", known, var, self.number_checks(rules, var, where))
        lines += self.guarded(
            "array", known, var, self.array_checks(rules, pointer, var, path, where, scope, inlining)
        )
        lines += self.guarded(
            "object",
            known,
            var,
            self.object_checks(rules, pointer, var, path, where, scope, skip_required, inlining),
        )
        for index, member in enumerate(rules.get("allOf", ())):
            lines += self.block(
                member, f"{pointer}/allOf/{index}", var, path, scope, skip_required, inlining, asserted
            )
        if "anyOf" in rules:
            lines += self.branches("anyOf", rules["anyOf"], pointer, var, path, where, scope)
        if "oneOf" in rules:
            lines += self.branches("oneOf", rules["oneOf"], pointer, var, path, where, scope)
        if "if" in rules:
            lines += self.conditional(rules, pointer, var, path, scope, skip_required, inlining, asserted)
        elif "then" in rules or "else" in rules:
            pass  # without ``if``, ``then``/``else`` do nothing (JSON Schema 2020-12)
        return lines

    def ref(
        self,
        ref: str,
        pointer: str,
        var: str,
        path: list[str],
        scope: _Function,
        skip_required: frozenset[str],
        inlining: tuple[str, ...],
        asserted: set[str],
    ) -> list[str]:
        if not ref.startswith("#/"):
            raise GeneratorError(f"validators: {pointer}/$ref: only local references are implemented ({ref})")
        target = self.resolve(ref)
        simple = isinstance(target, dict) and not (set(target) & _APPLICATORS)
        if ref not in inlining and (simple or skip_required):
            return self.block(target, ref, var, path, scope, skip_required, (*inlining, ref), asserted)
        return self.call(self.function(ref), var, path)

    @staticmethod
    def call(function: str, var: str, path: list[str]) -> list[str]:
        if not path:
            return [f"if (e := {function}({var})) is not None:", "    return e"]
        prefix = ", ".join(f"{part}" for part in path)
        return [f"if (e := {function}({var})) is not None:", f"    return (({prefix}, *e[0]), e[1])"]

    @staticmethod
    def guarded(kind: str, known: set[str], var: str, lines: list[str]) -> list[str]:
        if not lines or kind in known:
            return lines
        return [f"if {_GUARDS[kind].format(v=var)}:", *_indent(lines)]

    @staticmethod
    def type_check(types: Any, pointer: str, var: str, where: str) -> list[str]:
        names = [types] if isinstance(types, str) else list(types)
        if not names or any(name not in _TYPE_TESTS for name in names):
            raise GeneratorError(f"validators: {pointer}/type: unknown type in {types!r}")
        tests = [_TYPE_TESTS[name].format(v=var) for name in names]
        test = tests[0] if len(tests) == 1 else " or ".join(f"({t})" for t in tests)
        return [f"if not ({test}):", f"    return ({where}, {f'must be of type {types}'!r})"]

    def values_check(self, values: list[Any], var: str, where: str, reason: str) -> list[str]:
        if all(isinstance(value, str) for value in values):
            if len(values) == 1:
                test = f"isinstance({var}, str) and {var} == {values[0]!r}"
            else:
                test = f"isinstance({var}, str) and {var} in {self.constant('VALUES', repr(tuple(values)))}"
        else:
            name = self.constant("VALUES", repr(tuple(values)))
            test = f"any(_equal({var}, wanted) for wanted in {name})"
        return [f"if not ({test}):", f"    return ({where}, {reason!r})"]

    def string_checks(self, rules: dict[str, Any], var: str, where: str) -> list[str]:
        lines = _length_checks(rules, var, where, ("minLength", "maxLength"), "must be {} {} characters")
        if "pattern" in rules:
            pattern = str(rules["pattern"])
            regex = self.constant("PATTERN", f"re.compile({ecma_source(pattern)!r}, re.ASCII)")
            lines += [
                f"if {regex}.search({var}) is None:",
                f"    return ({where}, {f'must match {pattern}'!r})",
            ]
        return lines

    @staticmethod
    def number_checks(rules: dict[str, Any], var: str, where: str) -> list[str]:
        lines: list[str] = []
        for keyword, test, words in (
            ("minimum", "{v} < {limit}", "must be at least {limit}"),
            ("maximum", "{v} > {limit}", "must be at most {limit}"),
            ("exclusiveMinimum", "{v} <= {limit}", "must be greater than {limit}"),
            ("exclusiveMaximum", "{v} >= {limit}", "must be less than {limit}"),
            ("multipleOf", "_not_multiple({v}, {limit})", "must be a multiple of {limit}"),
        ):
            if keyword in rules:
                limit = rules[keyword]
                lines += [
                    f"if {test.format(v=var, limit=repr(limit))}:",
                    f"    return ({where}, {words.format(limit=limit)!r})",
                ]
        return lines

    def array_checks(
        self,
        rules: dict[str, Any],
        pointer: str,
        var: str,
        path: list[str],
        where: str,
        scope: _Function,
        inlining: tuple[str, ...],
    ) -> list[str]:
        lines = _length_checks(rules, var, where, ("minItems", "maxItems"), "must have {} {} items")
        if rules.get("uniqueItems") is True:
            lines += [f"if _repeats({var}):", f"    return ({where}, 'must not repeat an item')"]
        if "items" in rules:
            index, item = scope.fresh("i"), scope.fresh("x")
            body = self.block(
                rules["items"], f"{pointer}/items", item, [*path, index], scope, frozenset(), inlining
            )
            if body:
                lines += [f"for {index}, {item} in enumerate({var}):", *_indent(body)]
        return lines

    def object_checks(
        self,
        rules: dict[str, Any],
        pointer: str,
        var: str,
        path: list[str],
        where: str,
        scope: _Function,
        skip_required: frozenset[str],
        inlining: tuple[str, ...],
    ) -> list[str]:
        lines: list[str] = []
        for name in rules.get("required", ()):
            if name not in skip_required:
                lines += [
                    f"if {name!r} not in {var}:",
                    f"    return ({_tuple([*path, repr(name)])}, 'is required')",
                ]
        properties: dict[str, Any] = rules.get("properties", {})
        for name, subschema in properties.items():
            if name in skip_required:
                continue  # an injected parameter: removed before the check, set by the signer
            item = scope.fresh("x")
            body = self.block(
                subschema,
                f"{pointer}/properties/{pointers.escape(name)}",
                item,
                [*path, repr(name)],
                scope,
                frozenset(),
                inlining,
            )
            if body:
                lines += [
                    f"{item} = {var}.get({name!r}, _MISSING)",
                    f"if {item} is not _MISSING:",
                    *_indent(body),
                ]
        if "additionalProperties" in rules:
            extra = rules["additionalProperties"]
            names = self.constant("NAMES", _frozenset_source(properties))
            if extra is False:
                lines += [
                    f"if not {var}.keys() <= {names}:",
                    f"    return ({where}, 'has properties the spec does not define')",
                ]
            else:
                key, item = scope.fresh("k"), scope.fresh("x")
                body = self.block(
                    extra, f"{pointer}/additionalProperties", item, [*path, key], scope, frozenset(), inlining
                )
                if body:
                    lines += [
                        f"for {key}, {item} in {var}.items():",
                        f"    if {key} not in {names}:",
                        *_indent(body, 2),
                    ]
        return lines

    def branch_function(self, branch: Any, pointer: str) -> str:
        """The function checking one branch: the component's own for a bare ``$ref``."""
        if isinstance(branch, dict) and set(_meaningful(branch)) == {"$ref"}:
            ref = str(branch["$ref"])
            if not ref.startswith("#/"):
                raise GeneratorError(f"validators: {pointer}/$ref: only local references are implemented")
            self.resolve(ref)
            return self.function(ref)
        return self.function(pointer)

    def branches(
        self,
        keyword: str,
        options: list[Any],
        pointer: str,
        var: str,
        path: list[str],
        where: str,
        scope: _Function,
    ) -> list[str]:
        """``anyOf``/``oneOf``. A branch that is just ``type: null`` is a test, not a call, and its
        complaint is never the reason (the value was meant for another branch)."""
        nullable = any(isinstance(o, dict) and _meaningful(o) == {"type": "null"} for o in options)
        calls = [
            self.branch_function(option, f"{pointer}/{keyword}/{index}")
            for index, option in enumerate(options)
            if not (isinstance(option, dict) and _meaningful(option) == {"type": "null"})
        ]
        results = [scope.fresh("r") for _ in calls]
        prefix = ", ".join(path)

        def report(found: str) -> str:
            return f"return (({prefix}, *{found}[0]), {found}[1])" if path else f"return {found}"

        if keyword == "anyOf":
            if not calls:
                return [f"if {var} is not None:", f"    return ({where}, 'must be of type null')"]
            tests = [f"({r} := {c}({var})) is not None" for r, c in zip(results, calls, strict=True)]
            if nullable:
                tests.insert(0, f"{var} is not None")
            found = results[0] if len(results) == 1 else scope.fresh("m")
            lines = [f"if {' and '.join(tests)}:"]
            if len(results) > 1:
                lines.append(f"    {found} = _meant(({', '.join(results)},))")
            return [*lines, "    " + report(found)]
        lines = [f"{r} = {c}({var})" for r, c in zip(results, calls, strict=True)]
        count = scope.fresh("n")
        valid = [f"({r} is None)" for r in results] + ([f"({var} is None)"] if nullable else [])
        lines.append(f"{count} = {' + '.join(valid)}")
        lines += [
            f"if {count} > 1:",
            f"    return ({where}, 'must match exactly one of the forms the spec allows')",
        ]
        if results:
            found = scope.fresh("m")
            lines += [
                f"if {count} == 0:",
                f"    {found} = _meant(({', '.join(results)},))",
                "    " + report(found),
            ]
        else:
            lines += [f"if {count} == 0:", f"    return ({where}, 'must be of type null')"]
        return lines

    def conditional(
        self,
        rules: dict[str, Any],
        pointer: str,
        var: str,
        path: list[str],
        scope: _Function,
        skip_required: frozenset[str],
        inlining: tuple[str, ...],
        asserted: set[str],
    ) -> list[str]:
        """``if``/``then``/``else``: the ``if`` schema is a function (only its verdict counts)."""
        test = f"{self.branch_function(rules['if'], f'{pointer}/if')}({var}) is None"
        then = self.block(
            rules.get("then", True),
            f"{pointer}/then",
            var,
            path,
            scope,
            skip_required,
            inlining,
            set(asserted),
        )
        otherwise = self.block(
            rules.get("else", True),
            f"{pointer}/else",
            var,
            path,
            scope,
            skip_required,
            inlining,
            set(asserted),
        )
        if not then and not otherwise:
            return []
        if not otherwise:
            return [f"if {test}:", *_indent(then)]
        return [f"if {test}:", *_indent(then or ["pass"]), "else:", *_indent(otherwise)]


def _operations(document: dict[str, Any]) -> Iterator[tuple[str, str, str, dict[str, Any]]]:
    """``(pointer, method, path, operation)`` of every operation, in document order."""
    for path, item in document.get("paths", {}).items():
        for method in _HTTP_METHODS:
            operation = item.get(method)
            if isinstance(operation, dict):
                yield f"#/paths/{pointers.escape(path)}/{method}", method, path, operation


def _dereferenced(module: _Module, node: Any) -> tuple[Any, str | None]:
    """A parameter, request body or response object, following its ``$ref`` (and where it led)."""
    ref = None
    while isinstance(node, dict) and "$ref" in node:
        ref = str(node["$ref"])
        node = module.resolve(ref)
    return node, ref


def _request_function(module: _Module, pointer: str, operation: dict[str, Any]) -> tuple[str, bool]:
    """The source of one operation's argument check, and whether it reads path parameters."""
    scope = _Function()
    name = "_request_" + re.sub(r"\W", "_", str(operation["operationId"]))
    lines: list[str] = []
    injected = frozenset(str(n) for n in operation.get("x-injected-parameters", ()))
    reads_path = False
    for index, raw in enumerate(operation.get("parameters", ())):
        parameter, ref = _dereferenced(module, raw)
        where = ref or f"{pointer}/parameters/{index}"
        location, wire = str(parameter["in"]), str(parameter["name"])
        if location not in ("path", "query"):
            raise GeneratorError(f"validators: {where}: parameters in {location!r} are not implemented")
        if wire in injected:
            continue
        reads_path = reads_path or location == "path"
        source = "path" if location == "path" else "query"
        value = scope.fresh("x")
        body = module.block(
            parameter.get("schema", True), f"{where}/schema", value, [repr(wire)], scope, frozenset(), ()
        )
        lines.append(f"{value} = {source}.get({wire!r}, _MISSING)")
        if parameter.get("required"):
            lines += [f"if {value} is _MISSING:", f"    return (({wire!r},), 'is required')"]
            lines += body
        elif body:
            lines += [f"if {value} is not _MISSING:", *_indent(body)]
    request_body, ref = _dereferenced(module, operation.get("requestBody"))
    if request_body is not None:
        content = request_body.get("content", {})
        unknown = sorted(set(content) - {"application/json"})
        if unknown:
            raise GeneratorError(
                f"validators: {ref or pointer + '/requestBody'}: {unknown[0]} bodies are not implemented"
            )
        schema = content.get("application/json", {}).get("schema")
        if schema is not None:
            where = f"{ref or pointer + '/requestBody'}/content/application~1json/schema"
            if injected:
                names = module.constant("NAMES", _frozenset_source(injected))
                lines += [
                    "if isinstance(body, dict):",
                    f"    body = {{key: value for key, value in body.items() if key not in {names}}}",
                ]
            lines += module.block(schema, where, "body", [], scope, injected, ())
    signature = "path: Mapping[str, Any], query: Mapping[str, Any], body: Any"
    source = "\n".join([f"def {name}({signature}) -> Invalid | None:", *_indent([*lines, "return None"])])
    return source, reads_path


def _response_checks(module: _Module, pointer: str, operation: dict[str, Any]) -> dict[str, str | None]:
    """Per status: the name of the function checking the answer's JSON body (``None``: no schema)."""
    checks: dict[str, str | None] = {}
    for status, raw in operation.get("responses", {}).items():
        response, ref = _dereferenced(module, raw)
        schema = response.get("content", {}).get("application/json", {}).get("schema")
        where = f"{ref or pointer + '/responses/' + pointers.escape(str(status))}/content/application~1json/schema"
        checks[str(status)] = None if schema is None else module.branch_function(schema, where)
    return checks


def render_source(document: dict[str, Any]) -> str:
    """The module's text (before the pipeline formats it), for ``document``."""
    module = _Module(document)
    operations: list[str] = []
    requests: list[str] = []
    responses: list[str] = []
    for pointer, method, path, operation in _operations(document):
        source, reads_path = _request_function(module, pointer, operation)
        operations.append(source)
        function = source.split("(", 1)[0].removeprefix("def ")
        requests.append(f"    {str(operation['operationId'])!r}: RequestCheck({function}, {reads_path}),")
        checks = ", ".join(
            f"{status!r}: {name or 'None'}"
            for status, name in _response_checks(module, pointer, operation).items()
        )
        responses.append(f"    ({method!r}, {path!r}): {{{checks}}},")
    module.flush()
    env = Environment(
        loader=FileSystemLoader(str(TEMPLATES)),
        undefined=StrictUndefined,
        keep_trailing_newline=True,
        autoescape=False,
    )
    constants = [f"{name}: Final = {source}" for source, name in module.constants.items()]
    return env.get_template("validators.py.jinja").render(
        constants="\n".join(constants),
        functions="\n\n\n".join(module.bodies),
        operations="\n\n\n".join(operations),
        requests="\n".join(requests),
        responses="\n".join(responses),
    )


def render_validators(document: dict[str, Any], target: Path) -> int:
    """Write the validators module; returns the number of operations it checks."""
    target.write_text(render_source(document), encoding="utf-8")
    return sum(1 for _ in _operations(document))


def _length_checks(
    rules: dict[str, Any], var: str, where: str, keywords: tuple[str, str], reason: str
) -> list[str]:
    """The ``len()`` bounds of a string (``minLength``/``maxLength``) or an array (``minItems``/
    ``maxItems``); ``reason`` takes "at least"/"at most" and the limit."""
    lines: list[str] = []
    for keyword, test, bound in zip(keywords, ("<", ">"), ("at least", "at most"), strict=True):
        if keyword in rules:
            limit = rules[keyword]
            lines += [
                f"if len({var}) {test} {limit!r}:",
                f"    return ({where}, {reason.format(bound, limit)!r})",
            ]
    return lines
