"""What every command needs: how to show results, and a client built from the chosen settings."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer

import linksfield

from .config import load_profile
from .output import emit, err_console
from .progress import JobProgress

__all__ = ["JsonFlag", "MaxItems", "State", "WideFlag", "state_of"]

T = TypeVar("T")


@dataclass
class State:
    json: bool = False
    wide: bool = False
    """Every column of a table, not only those that fit the terminal."""
    quiet: bool = False
    """No progress bars (results and errors are still printed)."""
    profile: str | None = None
    config: Path | None = None
    _profile_settings: dict[str, Any] | None = field(default=None, repr=False)

    def settings(self, **overrides: Any) -> dict[str, Any]:
        """Client arguments: the profile's (if any) with ``overrides`` on top; the rest from env."""
        if self._profile_settings is None:
            self._profile_settings = load_profile(self.profile, self.config) if self.profile else {}
        return {**self._profile_settings, **{k: v for k, v in overrides.items() if v is not None}}

    def client(self, **overrides: Any) -> linksfield.Client:
        return linksfield.Client(**self.settings(**overrides))

    def async_client(self, **overrides: Any) -> linksfield.AsyncClient:
        return linksfield.AsyncClient(**self.settings(**overrides))

    def emit(self, data: Any, *, title: str | None = None) -> None:
        """Print one result in the chosen form (``--json``: the wire data; else tables, ``--wide``)."""
        emit(data, as_json=self.json, title=title, wide=self.wide)

    def shows_progress(self) -> bool:
        """A fetch's count only for a person at a terminal: never with ``--quiet``, nor into a file."""
        return not self.quiet and err_console.is_terminal

    def shows_job_progress(self) -> bool:
        """A long job's bar: at a terminal it redraws; into a log it is one final line (its totals),
        left out only with ``--quiet`` or when ``--json`` output goes to a script."""
        return not self.quiet and (err_console.is_terminal or not self.json)

    def collect(self, items: Iterable[T], what: str) -> list[T]:
        """Every item of a paged listing, counting them on stderr while the pages arrive."""
        collected: list[T] = []
        with JobProgress(f"fetching {what}", None, unit=what, quiet=not self.shows_progress()) as bar:
            for item in items:
                collected.append(item)
                bar.advance()
        return collected


def state_of(ctx: typer.Context, as_json: bool = False, wide: bool = False) -> State:
    """The app's state; a command's own ``--json``/``--wide`` switch them on as the global ones do."""
    state = ctx.find_root().obj
    if not isinstance(state, State):  # a command invoked without the app callback (tests)
        state = State()
        ctx.find_root().obj = state
    if as_json:
        state.json = True
    if wide:
        state.wide = True
    return state


JsonFlag = Annotated[bool, typer.Option("--json", help="Print the result as JSON (for scripts).")]
WideFlag = Annotated[
    bool, typer.Option("--wide", help="Show every column (by default, the most telling ones that fit).")
]
MaxItems = Annotated[int | None, typer.Option("--max", min=0, help="Stop after this many items.")]
