"""Which optional part of the distribution needs which extra, and the one-line refusal when it is missing.

``pip install linksfield-toolkit`` installs the client alone; the command line, the sandbox, the
webhook receiver and the fuzz runner each come with an extra (``[cli]``, ``[sandbox]``,
``[webhooks]``, ``[fuzz]``; ``[all]`` for everything), so an SDK user never installs a web server.
Their code ships in the same wheel anyway (one version, one release; the httpx model), so a command
started without its extra must say which one to install instead of failing with a traceback on
its first import. This module is stdlib-only for that reason: it runs before anything else of
the part is imported.

The table repeats what ``[project.optional-dependencies]`` in pyproject.toml declares, as the top-level
modules those requirements provide (an installed wheel has no pyproject to read, and its metadata
needs a requirement parser the client does not depend on); ``tests/packaging`` keeps the two equal.
"""

from __future__ import annotations

import importlib.util
import sys
from dataclasses import dataclass
from typing import Final

__all__ = ["DISTRIBUTION", "EXTRAS", "Extra", "install_hint", "missing_modules", "refusal"]

DISTRIBUTION: Final = "linksfield-toolkit"


@dataclass(frozen=True)
class Extra:
    name: str
    modules: tuple[str, ...]
    """Top-level modules of the extra's own requirements."""
    includes: tuple[str, ...] = ()
    """Other extras it pulls in (``linksfield-toolkit[cli]`` among its requirements)."""


EXTRAS: Final[dict[str, Extra]] = {
    extra.name: extra
    for extra in (
        Extra("cli", ("typer", "rich")),
        # Every part below ships a command (typer), so installing the part gives a working command.
        # Both word every error of a document they refuse with jsonschema (the client itself uses the
        # validators generated from the spec, so the SDK alone does not install it).
        Extra("sandbox", ("starlette", "uvicorn", "jsonschema", "referencing"), includes=("cli",)),
        Extra("webhooks", ("starlette", "uvicorn", "jsonschema", "referencing"), includes=("cli",)),
        # The fuzz runner targets a fresh local sandbox unless it is given --base-url.
        Extra("fuzz", ("schemathesis", "requests"), includes=("sandbox",)),
    )
}


def closure(name: str) -> list[str]:
    """``name`` and every extra it includes, transitively, in a stable order."""
    seen: dict[str, None] = {}
    pending = [name]
    while pending:
        current = pending.pop(0)
        if current not in seen:
            seen[current] = None
            pending.extend(EXTRAS[current].includes)
    return list(seen)


def _importable(module: str) -> bool:
    if module in sys.modules:
        return sys.modules[module] is not None  # None: imports of it are blocked
    try:
        return importlib.util.find_spec(module) is not None
    except (ImportError, ValueError):
        return False


def missing_modules(name: str) -> list[str]:
    """The modules of extra ``name`` (and of the extras it includes) that cannot be imported."""
    modules = dict.fromkeys(module for extra in closure(name) for module in EXTRAS[extra].modules)
    return [module for module in modules if not _importable(module)]


def install_hint(name: str) -> str:
    return f"pip install '{DISTRIBUTION}[{name}]'"


def refusal(command: str, name: str, missing: list[str]) -> str:
    """The single line printed instead of a traceback (``missing``: the modules that are absent)."""
    return (
        f"{command}: needs the '{name}' extra, which is not installed (no module {', '.join(missing)}): "
        f"{install_hint(name)}"
    )
