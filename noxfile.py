"""Developer and CI entry points: ``nox -s generate check lint tests build``.

Tool versions come from pyproject.toml's ``[dependency-groups]`` (one place); runtime
dependencies from ``[project].dependencies`` and, for the sessions that run a part (sandbox, webhook
receiver, fuzzing, the command line), its ``[project.optional-dependencies]`` extra. uv creates the virtualenvs when available (much
faster cold runs); plain virtualenv is the fallback.
"""

from __future__ import annotations

import hashlib
import os
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
EXTRAS: dict[str, list[str]] = PYPROJECT["project"]["optional-dependencies"]
SELF = PYPROJECT["project"]["name"] + "["


def extra_requirements(*names: str) -> list[str]:
    """The requirements of these extras, with ``linksfield-toolkit[other]`` replaced by other's own:
    the sessions run the package from this checkout, so only the third-party part is installed."""
    found: dict[str, None] = {}
    pending = list(names)
    seen: set[str] = set()
    while pending:
        name = pending.pop(0)
        if name in seen:
            continue
        seen.add(name)
        for requirement in EXTRAS[name]:
            if requirement.startswith(SELF):
                pending += requirement[len(SELF) :].partition("]")[0].split(",")
            else:
                found[requirement] = None
    return list(found)


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
    # mypy follows overrides/ into httpx and attrs, and each part into its extra (typer, starlette...)
    session.install(*RUNTIME_DEPS, *extra_requirements("all"))
    session.run("ruff", "check", ".")
    session.run("ruff", "format", "--check", ".")
    session.run("mypy")  # files, strictness and paths come from [tool.mypy]


@nox.session
def tests(session: nox.Session) -> None:
    """pytest; extra arguments are passed through (``nox -s tests -- -k check -x``)."""
    install_groups(session, "test")
    session.install(*RUNTIME_DEPS, *extra_requirements("all"))  # every part is tested
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
    "import importlib.metadata as m, importlib.util as u, sys, linksfield, linksfield_api, linksfield._version as v; "
    "extra = [n for n in ('typer', 'rich', 'starlette', 'uvicorn', 'schemathesis') if u.find_spec(n)]; "
    "assert not extra, f'the SDK alone installed {extra}'; "
    "print('linksfield-toolkit', m.version('linksfield-toolkit'), '(linksfield', v.__version__ + ')', "
    "'imports linksfield + linksfield_api on Python', sys.version.split()[0], 'without any extra: OK')"
)


def smoke_test_wheel(session: nox.Session, wheel: str, interpreter: str, uv: str | None) -> None:
    """Install only the wheel (and its runtime dependencies, no extra) into a fresh venv and import both
    packages; the `linksfield` script must then name the extra it needs (exit 2), not fail on an import."""
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
            script = str(bindir / "linksfield")
            refused = subprocess.run([script, "--help"], capture_output=True, text=True, check=False)
            if refused.returncode != 2 or "linksfield-toolkit[cli]" not in refused.stderr:
                session.error(f"`linksfield` without [cli]: exit {refused.returncode}, {refused.stderr!r}")
            session.log(f"`linksfield` without [cli] (exit 2): {refused.stderr.strip()}")


@nox.session
def sandbox(session: nox.Session) -> None:
    """Run the local sandbox in the foreground (flags after ``--``, e.g. ``-- --port 8080``)."""
    session.install(*RUNTIME_DEPS, *extra_requirements("sandbox"))
    session.run("python", "-m", "linksfield.sandbox", *session.posargs, env=_source_env())


@nox.session
def fuzz(session: nox.Session) -> None:
    """schemathesis over every operation, one run per family, against a fresh sandbox (or --base-url).

    The default is the full pass (at least 2,000 cases, seeded); arguments after ``--`` are passed
    to ``python -m linksfield.fuzz`` (``-- --base-url https://uat... --allow-mutate``).
    """
    install_groups(session, "test")  # the pinned schemathesis
    session.install(*RUNTIME_DEPS, *extra_requirements("fuzz"))
    args = session.posargs or ["--max-examples", "60", "--seed", "20241123", "--report-dir", "reports"]
    session.run("python", "-m", "linksfield.fuzz", *args, env=_source_env())


@nox.session
def docs(session: nox.Session) -> None:
    """The offline API reference: write it to build/docs/index.html, then check it in headless Chromium.

    The browser check (tests/docs, marker ``browser``) needs Debian's ``chromium`` and
    ``chromium-driver`` (``.ci/run`` installs them when missing); it serves the page from a real
    sandbox at ``/docs`` with every other host unresolvable, and keeps a screenshot in reports/docs/.
    """
    install_groups(session, "docs")
    session.install(*RUNTIME_DEPS, *extra_requirements("sandbox"))
    env = _source_env()
    session.run("python", "-m", "linksfield.cli", "docs", "build/docs", env=env)
    session.run("python", "-m", "pytest", "-m", "browser", "tests/docs", *session.posargs, env=env)


@nox.session
def demo(session: nox.Session) -> None:
    """The main job: regenerate-check the client, start the sandbox, tour every family through it."""
    install_groups(session, "generate")
    session.install(*RUNTIME_DEPS, *extra_requirements("sandbox"))  # the tour starts a sandbox
    session.run("python", "-m", "generator", "check")
    session.run("python", "-m", "linksfield.tour", *session.posargs, env=_source_env())


def _source_env() -> dict[str, str]:
    """Run the package from this checkout (no install step): both source roots on PYTHONPATH, absolute,
    so the children the sandbox launcher and the fuzz runner start (in other folders) find them too."""
    return {"PYTHONPATH": f"{ROOT / 'generated'}{os.pathsep}{ROOT / 'overrides'}"}


# ---------------------------------------------------------------- releases (generator/specdiff/README.md)
RELEASE_FILES = (
    ROOT / "overrides" / "linksfield" / "_version.py",
    ROOT / "CHANGELOG.md",
    ROOT / "spec" / "RELEASED",
)


def _install_release_tools(session: nox.Session) -> None:
    """build + twine, and the pinned PyYAML the spec diff reads the spec with."""
    install_groups(session, "build")
    pins = nox.project.dependency_groups(PYPROJECT, "generate")
    session.install(*(pin for pin in pins if pin.lower().startswith("pyyaml")))


@nox.session
def release(session: nox.Session) -> None:
    """Cut the next release from the spec diff since spec/RELEASED: bump the version (breaking → major,
    additions → minor, other → patch), prepend CHANGELOG.md, record spec/RELEASED, build sdist + wheel
    into dist/ and twine check them. ``-- --allow-empty`` cuts a patch release without API changes.

    Nothing is committed, tagged or uploaded (``nox -s publish``); if the build fails, the three files
    are restored.
    """
    _install_release_tools(session)
    saved = {path: path.read_bytes() if path.exists() else None for path in RELEASE_FILES}
    session.run("python", "-m", "generator.specdiff.release", "apply", *session.posargs)
    try:
        dist = ROOT / "dist"
        shutil.rmtree(dist, ignore_errors=True)
        installer = ["--installer", "uv"] if shutil.which("uv") else []
        session.run("python", "-m", "build", *installer, "--outdir", str(dist), ".")
        session.run("twine", "check", "--strict", *sorted(str(p) for p in dist.iterdir()))
    except BaseException:
        for path, content in saved.items():
            if content is None:
                path.unlink(missing_ok=True)
            else:
                path.write_bytes(content)
        session.log("release not built: restored _version.py, CHANGELOG.md and spec/RELEASED")
        raise


@nox.session(name="release-notes")
def release_notes(session: nox.Session) -> None:
    """Print the next release's version and changelog section; changes nothing."""
    _install_release_tools(session)
    session.run("python", "-m", "generator.specdiff.release", "notes", *session.posargs)


@nox.session
def publish(session: nox.Session) -> None:
    """Upload dist/ (this version's sdist and wheel) with twine: ``nox -s publish -- --repository-url URL``.

    Credentials come from TWINE_USERNAME and TWINE_PASSWORD in the environment only; they are never
    passed on the command line (which nox logs) and masked in twine's output.
    """
    install_groups(session, "build")
    session.run("python", "-m", "tools.release.publish", *session.posargs)


@nox.session
def drift(session: nox.Session) -> None:
    """Compare the vendor's doc pages with the spec; fails on differences the reconciliation log lacks.

    Without arguments it reads ``../shared/seeds/*.txt`` (the exported pages beside the repository, as
    in CI); otherwise pages and flags come after ``--`` (``-- page.html --json --suggest out.yaml``).
    """
    install_groups(session, "generate")
    session.install(*RUNTIME_DEPS)  # jsonschema checks the pages' examples against the spec
    seeds = ROOT.parent / "shared" / "seeds"
    pages = [str(p) for p in sorted(seeds.glob("*.txt"))] if seeds.is_dir() else []
    args = session.posargs or pages
    if not args:
        session.skip(f"no pages: {seeds} does not exist and no pages were given after --")
    session.run("python", "-m", "generator", "drift", *args)


# ---------------------------------------------------------------- second opinions (tools/interop/README.md)
INTEROP_TOOLS = ROOT / "tools" / "interop"
INTEROP_PREFIX = ROOT / ".nox" / "interop-tools"  # git-ignored; `npm ci` installs node_modules here
NPM_CI_TIMEOUT = 900


@nox.session
def interop(session: nox.Session) -> None:
    """Second opinions on the spec: Redocly CLI, Spectral, OpenAPI Generator (python) and a Prism mock
    that the public client calls with every operation; prints a table of counts per tool.

    The npm tools are pinned by tools/interop/package-lock.json and installed with ``npm ci`` into
    .nox/interop-tools (again only when the lock changes); OpenAPI Generator comes from pyproject's
    ``interop`` group and needs ``java`` (17+) on PATH. Arguments after ``--`` go to pytest
    (``-- -k prism``); a JSON report is written to reports/interop.json.
    """
    install_groups(session, "interop")
    # The checks read the sandbox's default credentials (its config module needs its extra).
    session.install(*RUNTIME_DEPS, *extra_requirements("sandbox"))
    for program, hint in (
        ("node", "Node.js >= 20.19 (the npm tools need it)"),
        ("npm", "npm (comes with Node.js)"),
        ("java", "a Java 17+ runtime, e.g. `apt-get install -y default-jre-headless`"),
    ):
        if shutil.which(program) is None:
            session.error(f"`{program}` is not on PATH: install {hint}")
    _install_npm_tools(session)
    env = {
        "INTEROP_TOOLS": str(INTEROP_PREFIX),
        "INTEROP_REPORT": str(ROOT / "reports" / "interop.json"),
    }
    session.run("pytest", "-m", "interop", "tests/interop", *session.posargs, env=env)


def _install_npm_tools(session: nox.Session) -> None:
    """``npm ci`` from the committed lock into INTEROP_PREFIX, skipped when that lock is already installed.

    ``npm ci`` deletes node_modules first, so a stamp of the manifest and lock decides whether to
    run it. ``--ignore-scripts``: none of the tools needs an install script, and one of their
    dependencies has an analytics post-install script that would only try to reach the network.
    """
    manifests = [INTEROP_TOOLS / "package.json", INTEROP_TOOLS / "package-lock.json"]
    digest = hashlib.sha256(b"".join(path.read_bytes() for path in manifests)).hexdigest()
    stamp = INTEROP_PREFIX / ".installed-lock.sha256"
    tools = [INTEROP_PREFIX / "node_modules" / ".bin" / name for name in ("redocly", "spectral", "prism")]
    if stamp.is_file() and stamp.read_text().strip() == digest and all(tool.exists() for tool in tools):
        session.log(f"npm tools already installed from this lock in {INTEROP_PREFIX}")
        return
    INTEROP_PREFIX.mkdir(parents=True, exist_ok=True)
    stamp.unlink(missing_ok=True)
    for path in manifests:
        shutil.copyfile(path, INTEROP_PREFIX / path.name)
    env = {**os.environ, "SCARF_ANALYTICS": "false", "npm_config_update_notifier": "false"}
    command = ["npm", "ci", "--ignore-scripts", "--no-audit", "--no-fund", "--loglevel=warn"]
    session.log(f"{' '.join(command)}  (in {INTEROP_PREFIX})")
    # Bounded: a registry that stops answering must not hold CI until its global limit.
    try:
        subprocess.run(command, cwd=INTEROP_PREFIX, env=env, check=True, timeout=NPM_CI_TIMEOUT)
    except subprocess.TimeoutExpired:
        session.error(f"npm ci did not finish within {NPM_CI_TIMEOUT} s")
    except subprocess.CalledProcessError as error:
        session.error(f"npm ci failed with exit code {error.returncode}")
    stamp.write_text(digest + "\n")


# ---------------------------------------------------------------- benchmarks (bench/, not part of the tests)
@nox.session
def bench(session: nox.Session) -> None:
    """The toolkit's own cost next to bare httpx and two peer clients: writes bench/results.json and .md.

    Start-up (``import linksfield``, ``linksfield --help``), signing, argument validation, the
    side-by-side calls against a replay server (openapi-python-client's output and OpenAPI
    Generator's python client, generated from the same spec; the latter needs ``java``), call
    overhead (sync and async), parsing, auto-pagination memory, bulk ordering with the sandbox's
    own cost, regeneration and fuzzing throughput, each the median of repeated runs, with the machine.
    Arguments after ``--`` go to ``python -m bench`` (``-- --only side-by-side,startup --repeats 3``;
    ``-- --profile reports/bench`` adds a pyinstrument profile of the call-overhead loop).
    """
    install_groups(session, "generate")  # the regeneration figure and the openapi-python-client peer
    fuzz_pins = [p for p in nox.project.dependency_groups(PYPROJECT, "test") if p.startswith("schemathesis")]
    # OpenAPI Generator's jar, at the pin the interop checks use (the peer client is generated with it).
    interop_pins = nox.project.dependency_groups(PYPROJECT, "interop")
    oag_pins = [p for p in interop_pins if p.startswith("openapi-generator-cli")]
    session.install(*RUNTIME_DEPS, *extra_requirements("fuzz"), *fuzz_pins, *oag_pins, "pyinstrument==5.1.3")
    env = _source_env()
    env["PYTHONPATH"] = f"{ROOT}{os.pathsep}{env['PYTHONPATH']}"  # the `bench` package itself
    session.run("python", "-m", "bench", "--sdk-python", _sdk_only_python(session), *session.posargs, env=env)


def _sdk_only_python(session: nox.Session) -> str:
    """An interpreter with the SDK's runtime dependencies and nothing else (``.nox/bench-sdk``), for the
    ``import linksfield`` figure: ``import httpx`` loads click and rich too when they are installed."""
    venv = ROOT / ".nox" / "bench-sdk"
    python = str(venv / ("Scripts" if sys.platform == "win32" else "bin") / "python")
    interpreter = str(Path(session.bin) / "python")
    uv = shutil.which("uv")
    if not Path(python).exists():
        if uv:
            session.run(uv, "venv", "--quiet", "--python", interpreter, str(venv), external=True)
        else:
            session.run(interpreter, "-m", "venv", str(venv), external=True)
    if uv:
        session.run(uv, "pip", "install", "--quiet", "--python", python, *RUNTIME_DEPS, external=True)
    else:
        session.run(python, "-m", "pip", "install", "--quiet", *RUNTIME_DEPS, external=True)
    return python
