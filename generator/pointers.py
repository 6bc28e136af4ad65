"""JSON Pointer (RFC 6901) helpers, shared by the bundler and the $ref checker.

Kept separate so both agree on escaping: a path such as ``/cmp-api/sims/{sim_id}/cdr`` is written
``~1cmp-api~1sims~1{sim_id}~1cdr`` in a pointer, and refs may also be percent-encoded.
"""

from __future__ import annotations

from collections.abc import Sequence
from urllib.parse import unquote

Token = str | int


class PointerError(LookupError):
    """A pointer does not resolve; the message says where it stopped."""


def escape(token: Token) -> str:
    """Escape one reference token."""
    return str(token).replace("~", "~0").replace("/", "~1")


def to_pointer(tokens: Sequence[Token]) -> str:
    """Render tokens as a URI-fragment pointer (``#/a/b``), the form used in ``$ref``."""
    return "#" + "".join("/" + escape(t) for t in tokens)


def parse_fragment(fragment: str) -> list[str]:
    """Split a fragment (without the leading ``#``) into unescaped tokens."""
    fragment = unquote(fragment)
    if fragment == "":
        return []
    if not fragment.startswith("/"):
        raise PointerError(f"fragment {fragment!r} is not a JSON pointer (must start with '/')")
    return [part.replace("~1", "/").replace("~0", "~") for part in fragment[1:].split("/")]


def resolve(document: object, tokens: Sequence[str]) -> object:
    """Follow ``tokens`` from ``document``; raise :class:`PointerError` naming the missing step."""
    node = document
    for depth, token in enumerate(tokens):
        parent = to_pointer(tokens[:depth])
        if isinstance(node, dict):
            if token not in node:
                raise PointerError(f"no {token!r} under {parent}")
            node = node[token]
        elif isinstance(node, list):
            if not token.isdigit() or int(token) >= len(node):
                raise PointerError(f"no index {token!r} in the list at {parent}")
            node = node[int(token)]
        else:
            raise PointerError(f"{parent} is a {type(node).__name__}, cannot descend into {token!r}")
    return node
