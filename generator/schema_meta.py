"""Check every Schema Object against the JSON Schema 2020-12 meta-schema, with its location.

openapi-spec-validator 0.9.0 finds the same mistakes (``type: objekt``) but reports them relative
to the schema it was checking, so "#/type is not valid" could be anywhere in a 30-operation spec.
Running the meta-schema here, schema by schema, keeps the JSON pointer of each finding.
"""

from __future__ import annotations

from jsonschema import Draft202012Validator

from generator import pointers
from generator.pointers import Token
from generator.walk import iter_nodes

_META = Draft202012Validator(Draft202012Validator.META_SCHEMA)


def schema_roots(document: object) -> list[tuple[tuple[Token, ...], object]]:
    """Top-level schema positions: components/schemas entries and every ``schema`` member.

    Nested schemas are covered by the meta-schema's own recursion from these roots.
    """
    roots: list[tuple[tuple[Token, ...], object]] = []
    for path, node in iter_nodes(document):
        if (len(path) == 3 and path[:2] == ("components", "schemas")) or (
            path and path[-1] == "schema" and (len(path) < 2 or path[-2] != "properties")
        ):
            roots.append((path, node))
    return roots


def find_schema_errors(document: object) -> list[str]:
    """Return meta-schema violations, each prefixed by the pointer of the offending value."""
    problems: list[str] = []
    for root, schema in schema_roots(document):
        for error in sorted(_META.iter_errors(schema), key=lambda e: list(map(str, e.absolute_path))):
            where = pointers.to_pointer((*root, *error.absolute_path))
            problems.append(f"{where}: {error.message}")
    return problems
