"""Developer and CI entry points: ``nox -s generate check lint tests build``.

Tool versions come from pyproject.toml's ``[dependency-groups]`` (one place); runtime
dependencies from ``[project].dependencies``. uv creates the virtualenvs when available (much
faster cold runs); plain virtualenv is the fallback.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import nox

nox.needs_version = ">=2025.2.9"  # nox.project.dependency_groups
nox.options.default_venv_backend = "uv|virtualenv"
nox.options.reuse_venv = "yes"
nox.options.error_on_missing_interpreters = True
nox.options.sessions = ["check", "lint", "tests"]

ROOT = Path(__file__).resolve().parent
PYPROJECT = nox.project.load_toml(ROOT / "pyproject.toml")
RUNTIME_DEPS: list[str] = PYPROJECT["project"]["dependencies"]


def install_groups(session: nox.Session, *groups: str) -> None:
    if "build" not in groups and sys.version_info < (3, 11):
        # The package supports 3.10, but openapi-python-client (and so every tool session) needs 3.11.
        session.error(
            f"run nox with Python >= 3.11 (this is {sys.version.split()[0]}): the dev tools need it"
        )
    session.install(*nox.project.dependency_groups(PYPROJECT, *groups))


@nox.session
def generate(session: nox.Session) -> None:
    """Validate spec/openapi.yaml and regenerate generated/linksfield_api."""
    install_groups(session, "generate")
    session.run("python", "-m", "generator", "generate", *session.posargs)


@nox.session
def check(session: nox.Session) -> None:
    """Fail if generated/ is stale or hand-edited (regenerates into a temporary folder)."""
    install_groups(session, "generate")
    session.run("python", "-m", "generator", "check", *session.posargs)


@nox.session
def lint(session: nox.Session) -> None:
    """ruff check + ruff format --check (everything but generated/), mypy --strict."""
    install_groups(session, "lint")
    session.install(*RUNTIME_DEPS)  # mypy follows overrides/ into httpx, attrs, pydantic
    session.run("ruff", "check", ".")
    session.run("ruff", "format", "--check", ".")
    session.run("mypy")  # files, strictness and paths come from [tool.mypy]


@nox.session
def tests(session: nox.Session) -> None:
    """pytest; extra arguments are passed through (``nox -s tests -- -k check -x``)."""
    install_groups(session, "test")
    session.install(*RUNTIME_DEPS)
    session.run("pytest", *session.posargs)


@nox.session
def build(session: nox.Session) -> None:
    """Build sdist + wheel into dist/, twine check, then import both packages from the wheel alone."""
    install_groups(session, "build")
    dist = ROOT / "dist"
    shutil.rmtree(dist, ignore_errors=True)
    uv = shutil.which("uv")
    # Without flags `build` makes the sdist, then the wheel *from the sdist*: proves the sdist is complete.
    installer = ["--installer", "uv"] if uv else []
    session.run("python", "-m", "build", *installer, "--outdir", str(dist), ".")
    artifacts = sorted(str(p) for p in dist.iterdir())
    session.run("twine", "check", "--strict", *artifacts)
    wheel = next(p for p in artifacts if p.endswith(".whl"))

    # The oldest supported Python too, when this machine has it: the generated code once needed 3.11.
    interpreters = [str(Path(session.bin) / "python")]
    oldest = find_interpreter("python3.10")
    if oldest:
        interpreters.append(oldest)
    else:
        session.log("no working python3.10 on PATH: the wheel is smoke-tested on the session's Python only")
    for interpreter in interpreters:
        smoke_test_wheel(session, wheel, interpreter, uv)


def find_interpreter(name: str) -> str | None:
    """The real executable behind ``name`` on PATH, or None (pyenv shims exist but may refuse to run)."""
    candidate = shutil.which(name)
    if candidate is None:
        return None
    probe = subprocess.run(
        [candidate, "-c", "import sys; print(sys.executable)"], capture_output=True, text=True, check=False
    )
    return probe.stdout.strip() if probe.returncode == 0 else None


SMOKE_TEST = (
    "import importlib.metadata as m, sys, linksfield, linksfield_api, linksfield._version as v; "
    "print('linksfield-toolkit', m.version('linksfield-toolkit'), '(linksfield', v.__version__ + ')', "
    "'imports linksfield + linksfield_api on Python', sys.version.split()[0], 'OK')"
)


def smoke_test_wheel(session: nox.Session, wheel: str, interpreter: str, uv: str | None) -> None:
    """Install only the wheel (and its runtime dependencies) into a fresh venv and import both packages."""
    with tempfile.TemporaryDirectory(prefix="linksfield-wheel-") as tmp:
        venv = Path(tmp) / "venv"
        bindir = venv / ("Scripts" if sys.platform == "win32" else "bin")
        python = str(bindir / "python")
        if uv:
            session.run(uv, "venv", "--quiet", "--python", interpreter, str(venv), external=True)
            session.run(uv, "pip", "install", "--quiet", "--python", python, wheel, external=True)
        else:
            session.run(interpreter, "-m", "venv", str(venv), external=True)
            session.run(python, "-m", "pip", "install", "--quiet", wheel, external=True)
        # Run from the temporary folder so nothing is imported from the source tree.
        with session.chdir(tmp):
            session.run(python, "-c", SMOKE_TEST, external=True)
