"""Which parts of an OpenAPI document are *data* rather than *structure*.

Example values, defaults and ``x-`` extensions may legitimately contain keys such as ``$ref`` or
``nullable``; every checker must skip them the same way, so the rule lives in one place.
"""

from __future__ import annotations

from collections.abc import Iterator

from generator.pointers import Token

# Keys whose value is literal data (JSON Schema / OpenAPI keywords holding instances).
LITERAL_KEYS = frozenset({"example", "default", "const", "enum"})

# Keys whose value is a map from user-chosen names to objects: a key found directly inside one
# of these maps is a name, not a keyword (a property may well be called "nullable").
NAME_MAP_KEYS = frozenset(
    {
        "properties",
        "patternProperties",
        "$defs",
        "definitions",
        "dependentSchemas",
        "schemas",
        "responses",
        "parameters",
        "examples",
        "requestBodies",
        "headers",
        "securitySchemes",
        "links",
        "callbacks",
        "pathItems",
        "paths",
        "webhooks",
        "content",
        "encoding",
        "mapping",
        "variables",
        "scopes",
    }
)


def is_literal(path: tuple[Token, ...], key: Token, value: object) -> bool:
    """True when ``value``, found under ``key`` in the mapping at ``path``, is instance data."""
    if not isinstance(key, str):
        return False
    if key in LITERAL_KEYS or key.startswith("x-"):
        return True
    if key == "examples" and isinstance(value, list):
        return True  # JSON Schema `examples`: a list of instances
    # The payload of an Example Object: examples: {<name>: {value: ...}}
    return key in ("value", "externalValue") and len(path) >= 2 and path[-2] == "examples"


def is_name_map(path: tuple[Token, ...]) -> bool:
    """True when the mapping at ``path`` is keyed by user-chosen names rather than keywords."""
    return bool(path) and path[-1] in NAME_MAP_KEYS


def iter_nodes(node: object, path: tuple[Token, ...] = ()) -> Iterator[tuple[tuple[Token, ...], object]]:
    """Yield ``(path, node)`` for every structural node, depth first, skipping literal data."""
    yield path, node
    if isinstance(node, dict):
        for key, child in node.items():
            if not is_literal(path, key, child):
                yield from iter_nodes(child, (*path, key))
    elif isinstance(node, list):
        for index, child in enumerate(node):
            yield from iter_nodes(child, (*path, index))
