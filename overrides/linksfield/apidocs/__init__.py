"""An API reference that opens offline: one HTML page rendered from the spec and the public docstrings.

Why not Redoc or Swagger UI: both load their script from a CDN (offline a reader sees "Loading…"),
and bundling them would ship megabytes of JavaScript to show what the spec already says. This page
is rendered by the standard library alone, with its stylesheet and a few lines of search script
inlined, so ``nox -s docs`` writes one self-contained file and the sandbox serves the same page at
``/docs``. Everything on it comes from the spec (operations, parameters, examples, side effects,
families, errors, enum meanings, pushes) or from the docstrings users see in their editor.
"""

from __future__ import annotations

from .page import render_page
from .view import ReferenceView, build_view

__all__ = ["ReferenceView", "build_view", "render_page", "write_site"]


def write_site(out_dir: str) -> str:
    """Write ``index.html`` into ``out_dir`` (created if missing); returns the file's path."""
    from pathlib import Path

    target = Path(out_dir)
    target.mkdir(parents=True, exist_ok=True)
    index = target / "index.html"
    index.write_text(render_page(build_view()), encoding="utf-8", newline="\n")
    return str(index)
