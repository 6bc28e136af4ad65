"""Exceptions the CLI turns into clean one-screen messages instead of tracebacks.

Anything that is the user's fault (a bad spec, a stale tree, a wrong tool version) must be an
instance of :class:`GeneratorError`; anything else is a bug and may show a traceback.
"""

from __future__ import annotations

from collections.abc import Sequence


class GeneratorError(Exception):
    """A failure with a message fit to show as is."""


class SpecError(GeneratorError):
    """The spec is invalid; ``problems`` lists every finding, each prefixed by its JSON pointer."""

    def __init__(self, source: str, problems: Sequence[str]) -> None:
        self.source = source
        self.problems = list(problems)
        listing = "\n".join(f"  {p}" for p in self.problems)
        super().__init__(f"{source}: INVALID ({len(self.problems)} problem(s))\n{listing}")


class ToolError(GeneratorError):
    """An external tool exited non-zero; the message carries its (trimmed) output."""

    def __init__(self, tool: str, returncode: int, output: str) -> None:
        self.tool = tool
        self.returncode = returncode
        self.output = output
        super().__init__(f"{tool} failed with exit code {returncode}:\n{output.rstrip()}")
