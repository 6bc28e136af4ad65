"""Project rules the OpenAPI validator does not enforce.

3.0-style ``nullable: true`` is silently accepted in a 3.1 document by openapi-spec-validator and
ignored by the 3.1 code paths of the generators, which then type the field as non-nullable. In
3.1 the only correct spelling is a type list (``type: [string, 'null']``) or ``oneOf`` with
``type: 'null'``.
"""

from __future__ import annotations

from generator import pointers
from generator.walk import is_name_map, iter_nodes


def find_nullable_keywords(document: object) -> list[str]:
    """Return one message per schema that uses the 3.0 ``nullable`` keyword."""
    problems: list[str] = []
    for path, node in iter_nodes(document):
        if isinstance(node, dict) and "nullable" in node and not is_name_map(path):
            problems.append(
                f"{pointers.to_pointer((*path, 'nullable'))}: 3.0-style `nullable` is not allowed in "
                "OpenAPI 3.1; write `type: [<type>, 'null']` instead"
            )
    return problems


def find_version_problem(document: object) -> list[str]:
    """The pipeline is tuned for OpenAPI 3.1 only; say so early rather than fail obscurely."""
    if not isinstance(document, dict):
        return ["#: the document root must be a mapping"]
    version = document.get("openapi")
    if not isinstance(version, str) or not version.startswith("3.1."):
        return [f"#/openapi: expected an OpenAPI 3.1.x document, found {version!r}"]
    return []
