"""Step 2: openapi-python-client writes the ``linksfield_api`` package (client, api/, models/).

``--fail-on-warning`` matters: without it, endpoints or responses the tool cannot handle are
dropped with a warning and the command still exits 0. Note that this tool silently ignores
``webhooks``, path-level ``servers`` and ``securitySchemes`` (the hand-written layer covers them).
"""

from __future__ import annotations

from pathlib import Path

from generator.layout import Layout
from generator.toolenv import run_module


def run_openapi_python_client(
    layout: Layout, spec_file: Path, package_dir: Path, *, cwd: Path, env: dict[str, str]
) -> None:
    """Generate the client package into ``package_dir`` (which must not exist yet)."""
    run_module(
        "openapi-python-client",
        "openapi_python_client",
        [
            "generate",
            "--path",
            str(spec_file),
            "--config",
            str(layout.client_config),
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
