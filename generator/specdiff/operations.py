"""The operations of a document (paths and webhooks) and the parts a caller touches.

Operations are matched by ``operationId`` (it names the generated method), so a path that moves
under the same id is one change, not a removal plus an addition.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from generator.specdiff.refs import resolve

METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


@dataclass(frozen=True)
class Operation:
    op_id: str
    method: str
    path: str
    webhook: bool
    spec: dict[str, Any]
    path_item: dict[str, Any]

    @property
    def route(self) -> str:
        prefix = "webhook " if self.webhook else ""
        return f"{prefix}{self.method.upper()} {self.path}"


def inventory(document: dict[str, Any]) -> dict[str, Operation]:
    """operationId -> operation, for ``paths`` and ``webhooks`` (missing ids become ``METHOD path``)."""
    found: dict[str, Operation] = {}
    for section, webhook in (("paths", False), ("webhooks", True)):
        for path, item in (document.get(section) or {}).items():
            item = resolve(document, item)
            if not isinstance(item, dict):
                continue
            for method in METHODS:
                spec = item.get(method)
                if isinstance(spec, dict):
                    op_id = str(spec.get("operationId") or f"{method.upper()} {path}")
                    found[op_id] = Operation(op_id, method, path, webhook, spec, item)
    return found


def parameters(document: dict[str, Any], op: Operation) -> dict[tuple[str, str], dict[str, Any]]:
    """(in, name) -> parameter; operation-level parameters override path-level ones."""
    result: dict[tuple[str, str], dict[str, Any]] = {}
    for raw in [*(op.path_item.get("parameters") or []), *(op.spec.get("parameters") or [])]:
        param = resolve(document, raw)
        if isinstance(param, dict) and "name" in param and "in" in param:
            result[(str(param["in"]), str(param["name"]))] = param
    return result


def media_schema(document: dict[str, Any], holder: Any) -> Any:
    """The schema of a request body or response: its JSON media type, else the first one, else any."""
    holder = resolve(document, holder)
    content = (holder or {}).get("content") or {}
    media = content.get("application/json") or next(iter(content.values()), None)
    if isinstance(media, dict) and "schema" in media:
        return media["schema"]
    return {}


def request_body(document: dict[str, Any], op: Operation) -> dict[str, Any] | None:
    body = resolve(document, op.spec.get("requestBody"))
    return body if isinstance(body, dict) else None


def responses(op: Operation) -> dict[str, Any]:
    return {str(code): value for code, value in (op.spec.get("responses") or {}).items()}
