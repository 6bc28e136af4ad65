"""The generation pipeline, shared by ``generate`` (which installs the result) and ``check``.

Everything is produced in a private temporary folder: the bundled spec, the tools' HOME, and
the package. Only ``generate`` then swaps it into generated/, so a failing run never leaves a
half-written package behind.
"""

from __future__ import annotations

import json
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from generator.banner import add_banners
from generator.client_step import run_openapi_python_client
from generator.compat_step import make_py310_compatible
from generator.facade_step import parse_like_openapi_python_client, render_facade
from generator.format_step import run_ruff
from generator.layout import PACKAGE_NAME, Layout
from generator.parsers_step import render_parsers
from generator.secret_fields import hide_secret_fields
from generator.timing import StepTimer
from generator.toolenv import clean_env
from generator.validate import ValidatedSpec, validate_spec
from generator.validators_step import render_validators
from generator.versions import check_tool_versions
from generator.wire_step import render_wire


@dataclass(frozen=True)
class BuildResult:
    spec: ValidatedSpec
    output: Path  # the folder holding the fresh linksfield_api/ package
    notes: str  # warnings the tools printed without failing


@contextmanager
def workspace() -> Iterator[Path]:
    """A temporary folder removed afterwards, whatever happens."""
    path = Path(tempfile.mkdtemp(prefix="linksfield-generator-"))
    try:
        yield path
    finally:
        shutil.rmtree(path, ignore_errors=True)


def build(layout: Layout, workdir: Path, timer: StepTimer) -> BuildResult:
    """Validate the spec and generate a complete package under ``workdir/out``."""
    with timer.step("validate"):
        spec = validate_spec(layout.spec, layout.display(layout.spec))
        check_tool_versions()
    bundled = workdir / "openapi.json"
    bundled.write_text(json.dumps(spec.document, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    home = workdir / "home"
    home.mkdir()
    env = clean_env(home, layout.ruff_config)
    output = workdir / "out"
    output.mkdir()
    package_dir = output / PACKAGE_NAME
    with timer.step("openapi-python-client"):
        notes = run_openapi_python_client(layout, bundled, package_dir, cwd=workdir, env=env)
    with timer.step("facade + parsers + wire decoders"):
        parsed = parse_like_openapi_python_client(spec.document, bundled, layout.client_config)
        render_facade(spec.document, parsed, package_dir / "facade.py")
        render_parsers(spec.document, parsed, package_dir / "parsers.py")
        render_wire(spec.document, parsed, package_dir / "wire.py")
        # The hand-written layer validates requests and locates bad answers against the spec itself.
        shutil.copyfile(bundled, package_dir / "openapi.json")
    with timer.step("validators"):
        render_validators(spec.document, package_dir / "validators.py")
    with timer.step("secret fields out of reprs"):
        hide_secret_fields(spec.document, parsed, package_dir)
    with timer.step("python 3.10 compatibility"):
        make_py310_compatible(package_dir)
    with timer.step("ruff (format generated)"):
        run_ruff(package_dir, layout.ruff_config, cwd=workdir, env=env)
    with timer.step("banner + py.typed"):
        add_banners(package_dir, spec.source)
    return BuildResult(spec=spec, output=output, notes=notes)
