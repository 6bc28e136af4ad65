"""Run openapi-spec-validator and turn its findings into pointer-prefixed messages.

The validator can raise (rather than report) on unresolvable references and similar internal
failures; those are caught and reported as one problem so the CLI never shows a traceback.
"""

from __future__ import annotations

from typing import Any

from openapi_spec_validator import OpenAPIV31SpecValidator

from generator import pointers

_MAX_MESSAGE = 400
_MAX_ERRORS = 25


def _shorten(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _MAX_MESSAGE else text[: _MAX_MESSAGE - 3] + "..."


def validate_openapi(document: dict[str, Any]) -> list[str]:
    """Return the validator's findings (at most ``_MAX_ERRORS``), each prefixed by its location."""
    problems: list[str] = []
    try:
        for error in OpenAPIV31SpecValidator(document).iter_errors():
            location = pointers.to_pointer(list(error.absolute_path))
            problem = f"{location}: {_shorten(error.message)}"
            if problem in problems:
                continue  # the same finding is reported once per schema that reaches it
            problems.append(problem)
            if len(problems) >= _MAX_ERRORS:
                problems.append(f"(stopped after {_MAX_ERRORS} findings)")
                break
    except Exception as exc:
        problems.append(f"#: openapi-spec-validator crashed: {type(exc).__name__}: {_shorten(str(exc))}")
    return problems
