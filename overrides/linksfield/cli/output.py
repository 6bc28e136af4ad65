"""Rendering: JSON on stdout for scripts (``--json``), rich tables for people; messages on stderr.

Results go to stdout and everything else (progress, warnings, errors) to stderr, so
``linksfield orders list --json | jq`` always receives a clean document.

Nothing a user or the vendor wrote is ever read as rich markup: a file named ``markup[/x].txt`` or
a device id with brackets would otherwise raise ``MarkupError`` (or restyle the output). Values go
into tables and titles as :class:`rich.text.Text` (which rich never parses), and lines built from
them are printed with ``markup=False``; only the few fixed labels of this package carry style, as
``Text`` spans rather than markup strings.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Mapping
from enum import Enum
from typing import Any

import attrs
from rich.console import Console
from rich.text import Text

from linksfield_api.types import Unset

__all__ = ["emit", "err_console", "out_console", "plain", "say", "warn"]

out_console = Console(soft_wrap=True)
err_console = Console(stderr=True, soft_wrap=True)


def _fields(model: Any) -> Any:
    if not attrs.has(type(model)):
        return str(model)
    shown = {
        f.name: plain(getattr(model, f.name))
        for f in attrs.fields(type(model))
        if f.name != "additional_properties"
    }
    extra = getattr(model, "additional_properties", None) or {}
    return {
        **{k: v for k, v in shown.items() if v is not None},
        **{str(k): plain(v) for k, v in extra.items()},
    }


def plain(value: Any) -> Any:
    """Generated models, enums and lists as JSON-ready values (unset fields left out)."""
    if isinstance(value, Unset):
        return None
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        try:
            return plain(to_dict())
        except (AttributeError, TypeError, ValueError):
            # A value the tolerant reader kept raw where a model belongs: show the fields one by one
            # rather than fail after a call that succeeded (possibly one that spent money).
            return _fields(value)
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, Mapping):
        return {str(key): plain(item) for key, item in value.items() if not isinstance(item, Unset)}
    if isinstance(value, (list, tuple)):
        return [plain(item) for item in value]
    return value


def warn(message: str) -> None:
    """One warning line on stderr; ``message`` is shown as written (never parsed as markup)."""
    err_console.print(Text.assemble(("warning:", "yellow"), " ", message), highlight=False)


def say(message: str) -> None:
    """One line of plain text on stdout, shown as written."""
    out_console.print(message, markup=False, highlight=False)


def emit(
    data: Any,
    *,
    as_json: bool,
    title: str | None = None,
    wide: bool = False,
) -> None:
    """Print one result: ``--json`` prints the wire data exactly; people get :mod:`.tables`.

    A list becomes a table whose columns fit the terminal (most important first, from the spec;
    ``wide`` shows all), a record a field/value table with its nested objects as their own tables.
    """
    value = plain(data)
    if as_json:
        sys.stdout.write(json.dumps(value, ensure_ascii=False, indent=2) + "\n")
        sys.stdout.flush()
        return
    if value is None or not isinstance(value, (list, dict)):
        say("ok" if value is None else str(value))
        return
    from .tables import render  # rich tables and the spec's catalogue load only when a person reads

    for renderable in render(data, value, title=title, width=out_console.width, wide=wide):
        out_console.print(renderable)
