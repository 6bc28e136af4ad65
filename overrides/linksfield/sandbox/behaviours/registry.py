"""operationId -> handler. A handler takes the validated ``Call`` and returns the envelope's ``data``.

Handlers raise ``Refusal`` for every rule beyond the schema (business rules, cross-field rules,
calendar dates): the answer is HTTP 200 with ``success: false``. HTTP 400 is reserved for requests
the spec itself forbids (``validation``), so a request valid by the spec is never a 400.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from ..runtime import Call

__all__ = ["HANDLERS", "Handler", "handles"]

Handler = Callable[[Call], Any]
HANDLERS: dict[str, Handler] = {}
_F = TypeVar("_F", bound=Handler)


def handles(*operation_ids: str) -> Callable[[_F], _F]:
    def register(function: _F) -> _F:
        for operation_id in operation_ids:
            if operation_id in HANDLERS:
                raise RuntimeError(f"two handlers for {operation_id}")
            HANDLERS[operation_id] = function
        return function

    return register
