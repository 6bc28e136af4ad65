"""Step 2: openapi-python-client writes the ``linksfield_api`` package (models/, api/, types.py).

``--fail-on-warning`` matters: without it, endpoints or responses the tool cannot handle are
dropped with a warning and the command still exits 0. Note that this tool silently ignores
``webhooks``, path-level ``servers`` and ``securitySchemes`` (the hand-written layer covers them).

The tool also writes an unsigned HTTP client (``client.py``: ``Client``/``AuthenticatedClient``
sending ``Authorization: Bearer``, wrong for all three API families), ``errors.py`` and, per
operation, ``sync``/``asyncio`` functions that send through it and parse answers leniently. None of
that may ship: a user who found it would send unsigned calls and trust unchecked answers. So the
templates in ``templates/openapi-python-client/`` replace the tool's own for the package
``__init__`` (exports nothing), each endpoint module (only ``request_kwargs``, the request builder
the facade calls) and ``types.py`` (no ``Response``); the two files the tool writes whatever the
templates say are deleted here, and a package that still imports them fails the step.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Final

from generator.errors import GeneratorError
from generator.layout import Layout
from generator.toolenv import run_module

UNWANTED: Final = ("client.py", "errors.py")
"""Written by openapi-python-client regardless of templates; never shipped."""

_USES_UNWANTED: Final = re.compile(r"^\s*(?:from \.+(?:client|errors) import|from \.+ import errors\b)", re.M)


def run_openapi_python_client(
    layout: Layout, spec_file: Path, package_dir: Path, *, cwd: Path, env: dict[str, str]
) -> str:
    """Generate the client package into ``package_dir`` (which must not exist yet).

    Returns the tool's stderr (what it printed without failing) for the caller to show.
    """
    result = run_module(
        "openapi-python-client",
        "openapi_python_client",
        [
            "generate",
            "--path",
            str(spec_file),
            "--config",
            str(layout.client_config),
            "--custom-template-path",
            str(layout.client_templates),
            "--meta",
            "none",
            "--output-path",
            str(package_dir),
            "--overwrite",
            "--fail-on-warning",
        ],
        cwd=cwd,
        env=env,
    )
    remove_unwanted(package_dir)
    return result.stderr.strip()


def remove_unwanted(package_dir: Path) -> None:
    """Delete :data:`UNWANTED`; fail if any module left still imports one of them."""
    for name in UNWANTED:
        (package_dir / name).unlink(missing_ok=True)
    users = sorted(
        path.relative_to(package_dir).as_posix()
        for path in package_dir.rglob("*.py")
        if _USES_UNWANTED.search(path.read_text(encoding="utf-8"))
    )
    if users:
        raise GeneratorError(
            "generated modules still import the removed client.py/errors.py (a template of "
            "generator/templates/openapi-python-client/ is out of date): " + ", ".join(users)
        )
