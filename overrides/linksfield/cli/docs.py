"""``linksfield docs OUT``: write the offline API reference (one self-contained HTML file)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from .output import say

__all__ = ["docs"]


def docs(
    out: Annotated[Path, typer.Argument(help="Folder to write index.html into (created if missing).")] = Path(
        "build/docs"
    ),
) -> None:
    """Write the API reference of this client's spec: every operation with its arguments, examples,
    side effect, family, errors and a Python call; it opens with no network (no CDN, nothing to fetch)."""
    # The page renderer loads when a page is written, not for ``--help``.
    from linksfield.apidocs import write_site

    say(write_site(str(out)))
