"""What every command needs: the output mode and a client built from the chosen settings."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any

import typer

import linksfield

from .config import load_profile

__all__ = ["JsonFlag", "MaxItems", "State", "state_of"]


@dataclass
class State:
    json: bool = False
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


def state_of(ctx: typer.Context, as_json: bool = False) -> State:
    """The app's state; a command's own ``--json`` switches JSON on as the global one does."""
    state = ctx.find_root().obj
    if not isinstance(state, State):  # a command invoked without the app callback (tests)
        state = State()
        ctx.find_root().obj = state
    if as_json:
        state.json = True
    return state


JsonFlag = Annotated[bool, typer.Option("--json", help="Print the result as JSON (for scripts).")]
MaxItems = Annotated[int | None, typer.Option("--max", min=0, help="Stop after this many items.")]
