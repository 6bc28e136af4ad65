"""Project rules the OpenAPI validator does not enforce.

3.0-style ``nullable: true`` is silently accepted in a 3.1 document by openapi-spec-validator and
ignored by the 3.1 code paths of the generators, which then type the field as non-nullable. In
3.1 the only correct spelling is a type list (``type: [string, 'null']``) or ``oneOf`` with
``type: 'null'``.

``python -m generator drift --apply`` merges a vendor page's new operations into the spec with
``TODO(curator): ...`` markers where only a person can decide (the side effect, the outcome check,
...). Such a document is well-formed OpenAPI, so nothing else would stop it from being generated
and shipped with a guess in it: :func:`find_todo_markers` refuses it, naming every marker.
"""

from __future__ import annotations

from generator import pointers
from generator.pointers import Token
from generator.walk import is_name_map, iter_nodes

# What `drift --apply` (generator/drift/suggest.py) writes where a person must decide. Only a
# string that *starts* with it is a marker, so prose that mentions a TODO is not one.
TODO_MARKER = "TODO(curator):"


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


def is_todo_marker(value: object) -> bool:
    """True for a string that starts (after leading blanks) with :data:`TODO_MARKER`."""
    return isinstance(value, str) and value.lstrip().startswith(TODO_MARKER)


def find_todo_markers(document: object) -> list[str]:
    """One message per ``TODO(curator):`` marker left in the document, with its JSON pointer.

    Every node is searched, example values and ``x-`` extensions included (unlike the structural
    checks, which skip literal data): a marker is a placeholder wherever it sits. Mapping keys count
    too (a security requirement whose scheme is still to be chosen is a key).
    """
    problems: list[str] = []

    def report(where: tuple[Token, ...], text: str) -> None:
        what = text.lstrip()[len(TODO_MARKER) :].strip()
        problems.append(f"{pointers.to_pointer(where)}: TODO marker left for the curator: {what}")

    def walk(node: object, path: tuple[Token, ...]) -> None:
        if isinstance(node, dict):
            for key, child in node.items():
                if is_todo_marker(key):
                    report((*path, key), str(key))
                walk(child, (*path, key))
        elif isinstance(node, list):
            for index, child in enumerate(node):
                walk(child, (*path, index))
        elif is_todo_marker(node):
            report(path, str(node))

    walk(document, ())
    return problems
