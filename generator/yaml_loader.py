"""Load YAML the way the spec author means it, or fail with a line number.

PyYAML implements YAML 1.1, which turns ``yes``/``no``/``on``/``off`` into booleans and unquoted
dates into ``datetime.date`` objects (which JSON cannot hold), and silently keeps the last of two
duplicate keys. All three have bitten OpenAPI documents, so this loader follows the YAML 1.2 core
schema for booleans, leaves timestamps as strings, rejects duplicate keys, and turns every mapping
key into the text it was written as (``200:`` becomes ``"200"``, as JSON and JSON pointers need).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

from generator.errors import SpecError

_BOOL_RE = re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$")


# libyaml's parser when available (several times faster on the 4000-line spec); same semantics.
_Base: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _StrictLoader(_Base):  # type: ignore[valid-type,misc]
    """SafeLoader with YAML-1.2-style booleans, string timestamps and duplicate-key errors."""


# Copy the resolver table so the change does not leak into yaml.SafeLoader itself.
_StrictLoader.yaml_implicit_resolvers = {
    first: [
        (tag, regexp)
        for tag, regexp in resolvers
        if tag not in ("tag:yaml.org,2002:bool", "tag:yaml.org,2002:timestamp")
    ]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_StrictLoader.add_implicit_resolver("tag:yaml.org,2002:bool", _BOOL_RE, list("tTfF"))


def _construct_mapping(loader: _StrictLoader, node: yaml.MappingNode) -> dict[str, Any]:
    loader.flatten_mapping(node)
    result: dict[str, Any] = {}
    for key_node, value_node in node.value:
        if isinstance(key_node, yaml.ScalarNode):
            key = str(key_node.value)
        else:
            raise yaml.constructor.ConstructorError(
                None, None, "mapping keys must be scalars", key_node.start_mark
            )
        if key in result:
            raise yaml.constructor.ConstructorError(
                "while constructing a mapping",
                node.start_mark,
                f"found duplicate key {key!r}",
                key_node.start_mark,
            )
        result[key] = loader.construct_object(value_node, deep=True)
    return result


_StrictLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def load_yaml_file(path: Path) -> Any:
    """Parse ``path``; YAML syntax errors become :class:`SpecError` with the position."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise SpecError(str(path), [f"cannot read: {exc.strerror or exc}"]) from None
    try:
        return yaml.load(text, Loader=_StrictLoader)
    except yaml.YAMLError as exc:
        raise SpecError(str(path), [f"YAML error: {exc}"]) from None
