"""Exit codes that mean something to a script, and the one exception commands raise to use them.

0 everything worked; 1 the API refused or failed (nothing or not everything could be done); 2 the
invocation or its input was wrong (nothing was sent); 3 partial success (some devices ordered,
some failed or unknown: the result file says which, and a re-run resumes).
"""

from __future__ import annotations

from enum import IntEnum

__all__ = ["CliError", "ExitCode"]


class ExitCode(IntEnum):
    OK = 0
    API_ERROR = 1
    USAGE = 2
    PARTIAL = 3
    INTERRUPTED = 130


class CliError(Exception):
    """A failure already explained for humans: ``main`` prints ``message`` and exits with ``code``."""

    def __init__(self, message: str, code: ExitCode = ExitCode.USAGE, *, details: list[str] | None = None):
        super().__init__(message)
        self.message = message
        self.code = code
        self.details = details or []
