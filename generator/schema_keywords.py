"""Refuse keywords no schema vocabulary knows: they are almost always text YAML cut in two.

JSON Schema ignores unknown keywords, and so do the meta-schema, openapi-spec-validator and both
Python generators. But a description in a one-line map that contains a comma
(``{type: string, description: KB, MB or GB}``) ends at the comma in YAML, and the rest becomes
keys such as ``MB or GB`` with null values: the text is lost and the stray keys ship in the bundled
document. Redocly's ``struct`` rule refuses them; this check does the same, at ``validate`` time, so
the curator hears it first. Allowed: the JSON Schema 2020-12 vocabularies, OpenAPI 3.1's additions,
and the ``x-`` extensions this project defines for schemas (the conventions in the spec's
``info.description``); a new extension is added to :data:`SCHEMA_EXTENSIONS` on purpose.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, Final

from generator import pointers
from generator.pointers import Token
from generator.schema_meta import schema_roots

JSON_SCHEMA_2020_12: Final = frozenset(
    {
        # core
        "$schema", "$id", "$ref", "$anchor", "$dynamicRef", "$dynamicAnchor", "$vocabulary", "$comment", "$defs",
        # applicator
        "allOf", "anyOf", "oneOf", "not", "if", "then", "else", "dependentSchemas", "prefixItems", "items",
        "contains", "properties", "patternProperties", "additionalProperties", "propertyNames",
        # unevaluated
        "unevaluatedItems", "unevaluatedProperties",
        # validation
        "type", "const", "enum", "multipleOf", "maximum", "exclusiveMaximum", "minimum", "exclusiveMinimum",
        "maxLength", "minLength", "pattern", "maxItems", "minItems", "uniqueItems", "maxContains",
        "minContains", "maxProperties", "minProperties", "required", "dependentRequired",
        # meta-data, format, content
        "title", "description", "default", "deprecated", "readOnly", "writeOnly", "examples", "format",
        "contentEncoding", "contentMediaType", "contentSchema",
    }
)  # fmt: skip
OPENAPI_3_1: Final = frozenset({"discriminator", "xml", "externalDocs", "example"})
SCHEMA_EXTENSIONS: Final = frozenset(
    {
        "x-enum-varnames",  # a Python name per enum code (the generators read it)
        "x-enum-descriptions",  # the vendor's meaning of each code
        "x-reconciliation",  # ids of spec/RECONCILIATION.md rows
        "x-table-name",  # the field's name in the vendor's field table, where it differs from the wire
        "x-required-in",  # where a page marks an optional field required (R-REQUIRED-FLAGS)
        "x-doc-versions",  # which vendor pages show it
        "x-drift-source",  # page and line a drafted fragment came from (drift --apply)
        "x-secret",  # true: values of this schema never appear in generated models' reprs (secret_fields.py)
        "x-time-format",  # strftime patterns of a time sent as text, first match wins (the CLI shows ISO 8601)
        "x-unit",  # the unit of a quantity (KB, MB, B, s, months ...), as the vendor's page states it
        "x-summary",  # an object's most telling fields, most important first (the CLI's list columns)
    }
)
_ONE_SCHEMA: Final = ("not", "if", "then", "else", "items", "contains", "additionalProperties",
                      "propertyNames", "unevaluatedItems", "unevaluatedProperties", "contentSchema")  # fmt: skip
_SCHEMA_LISTS: Final = ("allOf", "anyOf", "oneOf", "prefixItems")
_SCHEMA_MAPS: Final = ("properties", "patternProperties", "$defs", "dependentSchemas")


def _subschemas(path: tuple[Token, ...], schema: dict[str, Any]) -> Iterator[tuple[tuple[Token, ...], Any]]:
    for key in _ONE_SCHEMA:
        if key in schema:
            yield (*path, key), schema[key]
    for key in _SCHEMA_LISTS:
        for index, item in enumerate(schema.get(key) or ()):
            yield (*path, key, index), item
    for key in _SCHEMA_MAPS:
        members = schema.get(key)
        if isinstance(members, dict):
            for name, item in members.items():
                yield (*path, key, name), item


def find_unknown_keywords(document: object) -> list[str]:
    """One message per schema keyword outside the known vocabularies, with its JSON pointer."""
    known = JSON_SCHEMA_2020_12 | OPENAPI_3_1 | SCHEMA_EXTENSIONS
    problems: list[str] = []
    pending = list(schema_roots(document))
    while pending:
        path, schema = pending.pop()
        if not isinstance(schema, dict):
            continue
        for key, value in schema.items():
            if key not in known:
                hint = " (text cut at a comma in a one-line YAML map?)" if value is None else ""
                problems.append(f"{pointers.to_pointer((*path, key))}: unknown schema keyword {key!r}{hint}")
        pending.extend(_subschemas(path, schema))
    return sorted(problems)
