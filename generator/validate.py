"""Load, bundle and validate the spec: the first step of every command.

Order matters: our own checks run before openapi-spec-validator because a bad ``$ref`` makes the
validator raise instead of report, and because its messages do not cover ``webhooks``. Among them,
``TODO(curator):`` markers left by ``drift --apply`` are listed first (see :mod:`generator.rules`).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator.bundler import bundle
from generator.errors import SpecError
from generator.openapi_validation import validate_openapi
from generator.outcome_checks import find_outcome_check_problems
from generator.refcheck import find_bad_refs
from generator.rules import find_nullable_keywords, find_todo_markers, find_version_problem
from generator.schema_keywords import find_unknown_keywords
from generator.schema_meta import find_schema_errors
from generator.summary import SpecSummary, summarize


@dataclass(frozen=True)
class ValidatedSpec:
    """A bundled, validated document plus its counts."""

    source: str
    document: dict[str, Any]
    summary: SpecSummary

    def report_line(self) -> str:
        return f"{self.source}: OK \N{EM DASH} {self.summary.describe()}"


def validate_spec(path: Path, display: str) -> ValidatedSpec:
    """Return the bundled document or raise :class:`SpecError` listing every problem found."""
    if not path.is_file():
        raise SpecError(display, [f"file not found: {path}"])
    document = bundle(path, display)
    problems = find_version_problem(document)
    if problems:
        raise SpecError(display, problems)
    # TODO(curator) markers first: after `drift --apply` they are what the curator is looking for.
    problems = (
        find_todo_markers(document)
        + find_bad_refs(document)
        + find_nullable_keywords(document)
        + find_schema_errors(document)
        + find_unknown_keywords(document)
    )
    if problems:
        raise SpecError(display, problems)
    problems = validate_openapi(document)
    if problems:
        raise SpecError(display, problems)
    problems = find_outcome_check_problems(document)
    if problems:
        raise SpecError(display, problems)
    return ValidatedSpec(source=display, document=document, summary=summarize(document))
