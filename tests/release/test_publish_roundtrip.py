"""The real publish round-trip: build the wheel, publish it to a local index, install it, use it.

A pypiserver subprocess on 127.0.0.1 (packages in a temporary folder, uploads behind an htpasswd
password) stands in for the internal index. The wheel is built from this checkout as `nox -s build`
does, published with `python -m tools.release.publish` (what `nox -s publish` runs; the
credentials travel in TWINE_USERNAME/TWINE_PASSWORD only), and installed with pip from that index
twice: the SDK alone into one fresh virtual environment, where the web server, CLI framework and
fuzzer must be absent and the `linksfield` script must name the extra it needs, and
`linksfield-toolkit[sandbox]` into another, whose `linksfield sandbox` console script serves on
127.0.0.1 while the SDK-only client calls an operation on it. Publishing the same version again
must be refused, clearly.
"""

from __future__ import annotations

import json
import secrets
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from generator.specdiff.versioning import read_version
from linksfield.sandbox.config import client_environment
from tools.release.publish import main as publish_main

from .support import (
    BIN,
    REPO,
    LineReader,
    clean_env,
    free_port,
    index_arguments,
    run,
    stop,
    tools_python,
    wait_for_http,
)

USERNAME = "uploader"


@dataclass(frozen=True)
class Index:
    url: str
    password: str
    tools: str
    log: Path


@dataclass(frozen=True)
class Published:
    index: Index
    dist: Path
    version: str
    first: subprocess.CompletedProcess[str]


def publish(index: Index, dist: Path, password: str) -> subprocess.CompletedProcess[str]:
    command = [
        index.tools,
        "-m",
        "tools.release.publish",
        "--repository-url",
        index.url,
        "--dist",
        str(dist),
    ]
    env = clean_env(TWINE_USERNAME=USERNAME, TWINE_PASSWORD=password)
    return run(command, cwd=REPO, env=env)


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Index]:
    workdir = tmp_path_factory.mktemp("index")
    tools = tools_python(workdir)
    password = secrets.token_urlsafe(16)
    htpasswd = workdir / "htpasswd"
    write = (
        "import os, sys; from passlib.apache import HtpasswdFile; "
        "f = HtpasswdFile(sys.argv[1], new=True); f.set_password(sys.argv[2], os.environ['UPLOAD_PASSWORD']); f.save()"
    )
    done = run([tools, "-c", write, str(htpasswd), USERNAME], env=clean_env(UPLOAD_PASSWORD=password))
    assert done.returncode == 0, done.stderr
    packages = workdir / "packages"
    packages.mkdir()
    log = workdir / "pypiserver.log"
    port = free_port()
    with log.open("w") as sink:
        server = subprocess.Popen(
            [tools, "-m", "pypiserver", "run", "--port", str(port), "--interface", "127.0.0.1",
             "--authenticate", "update", "--passwords", str(htpasswd), str(packages)],
            stdout=sink, stderr=subprocess.STDOUT, text=True, env=clean_env(), cwd=workdir,
        )  # fmt: skip
    try:
        wait_for_http(f"http://127.0.0.1:{port}/health", server)
        yield Index(f"http://127.0.0.1:{port}/", password, tools, log)
    finally:
        stop(server)


@pytest.fixture(scope="module")
def published(index: Index, tmp_path_factory: pytest.TempPathFactory) -> Published:
    dist = tmp_path_factory.mktemp("dist")
    # As `nox -s build` does: the sdist, then the wheel built from it.
    installer = ["--installer", "uv"] if shutil.which("uv") else []
    built = run([index.tools, "-m", "build", *installer, "--outdir", str(dist), str(REPO)], timeout=300)
    assert built.returncode == 0, built.stdout[-3000:] + built.stderr[-3000:]
    return Published(index, dist, read_version(REPO), publish(index, dist, index.password))


def install(index: Index, version: str, where: Path, extras: str = "") -> tuple[Path, dict[str, Any]]:
    """A fresh virtual environment with ``linksfield-toolkit{extras}=={version}`` from our index;
    returns it and pip's installation report (by distribution name)."""
    venv = where / "venv"
    uv = shutil.which("uv")
    create = [uv, "venv", "--quiet", "--seed", "--python", sys.executable, str(venv)] if uv else [
        sys.executable, "-m", "venv", str(venv)
    ]  # fmt: skip
    assert run(create).returncode == 0
    python = str(venv / BIN / "python")
    report = where / "pip-report.json"
    done = run(
        [python, "-m", "pip", "install", "--quiet", "--report", str(report),
         *index_arguments(python, f"{index.url}simple/"), f"linksfield-toolkit{extras}=={version}"],
        cwd=where, timeout=300,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    installed = {item["metadata"]["name"]: item for item in json.loads(report.read_text())["install"]}
    ours = installed["linksfield-toolkit"]
    assert ours["metadata"]["version"] == version
    # From our index, not a same-named package elsewhere (the extra indexes are searched too).
    url = ours["download_info"]["url"]
    assert url.startswith(index.url) and url.endswith(".whl")
    return venv, installed


EXTRA_ONLY = ("starlette", "uvicorn", "typer", "rich", "click", "schemathesis", "requests")


def test_the_sdk_alone_calls_a_sandbox_installed_with_its_extra(published: Published, tmp_path: Path) -> None:
    index, version = published.index, published.version
    first = published.first
    assert first.returncode == 0, first.stderr
    assert f"published linksfield-toolkit {version}" in first.stdout
    assert index.password not in first.stdout + first.stderr

    (tmp_path / "sdk").mkdir()
    (tmp_path / "server").mkdir()
    sdk, sdk_installed = install(index, version, tmp_path / "sdk")
    server, server_installed = install(index, version, tmp_path / "server", "[sandbox]")
    python = str(sdk / BIN / "python")

    # The SDK alone: none of the extras' packages, each import refused, the console script names [cli].
    assert not {name.lower() for name in sdk_installed} & set(EXTRA_ONLY)
    assert {"starlette", "uvicorn", "typer", "rich"} <= {name.lower() for name in server_installed}
    for module in ("starlette", "typer", "rich", "uvicorn"):
        probe = run([python, "-c", f"import {module}"], cwd=tmp_path)
        assert probe.returncode == 1 and "ModuleNotFoundError" in probe.stderr, (module, probe.stderr)
    for args in ([], ["orders", "list"], ["sandbox", "--port", "0"]):
        refused = run([str(sdk / BIN / "linksfield"), *args], cwd=tmp_path)
        assert refused.returncode == 2, refused.stderr
        assert refused.stderr.splitlines() == [
            "linksfield: needs the 'cli' extra, which is not installed (no module typer, rich): "
            "pip install 'linksfield-toolkit[cli]'"
        ]

    sandbox = subprocess.Popen(
        [str(server / BIN / "linksfield"), "sandbox", "--host", "127.0.0.1", "--port", "0"],
        cwd=tmp_path, env=clean_env(), stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
    )  # fmt: skip
    try:
        url = LineReader(sandbox).wait_for("sandbox listening on ").removeprefix("sandbox listening on ")
        script = (
            "import json, sys, linksfield\n"
            "client = linksfield.Client()  # LINKSFIELD_* from the environment: the sandbox's\n"
            "page = client.packages.sync_packages(page_no=1, page_size=5)\n"
            "print(json.dumps({'file': linksfield.__file__, 'version': linksfield.__version__, "
            "'packages': [p.package_code for p in page.package], 'total': page.page.total_count, "
            "'extras': sorted(set(sys.modules) & set(sys.argv[1:]))}))\n"
        )
        called = run(
            [python, "-c", script, *EXTRA_ONLY], cwd=tmp_path, env=clean_env(**client_environment(url))
        )
    finally:
        stop(sandbox)
    assert url.startswith("http://127.0.0.1:")
    assert called.returncode == 0, called.stderr[-3000:]
    answer = json.loads(called.stdout.strip().splitlines()[-1])
    assert (
        Path(answer["file"]).resolve().is_relative_to(sdk.resolve())
    )  # the installed copy, not the source tree
    assert answer["version"] == version
    assert 1 <= len(answer["packages"]) <= 5 and answer["total"] >= len(answer["packages"])
    assert answer["extras"] == []


def test_a_second_publish_of_the_same_version_is_refused_clearly(published: Published) -> None:
    assert published.first.returncode == 0, published.first.stderr
    again = publish(published.index, published.dist, published.index.password)
    assert again.returncode == 1
    assert (
        f"refused: linksfield-toolkit {published.version} is already published on {published.index.url}"
        in again.stderr
    )
    assert "already exists" in again.stderr  # the index's own words are relayed
    assert published.index.password not in again.stdout + again.stderr


def test_a_wrong_password_is_refused_without_echoing_it(published: Published) -> None:
    wrong = "not-" + published.index.password
    refused = publish(published.index, published.dist, wrong)
    assert refused.returncode == 1
    assert "did not accept the credentials in TWINE_USERNAME/TWINE_PASSWORD" in refused.stderr
    assert wrong not in refused.stdout + refused.stderr


@pytest.mark.parametrize(
    "arguments",
    [["--password", "hunter2"], ["-p", "hunter2"], ["--repository-url", "https://me:hunter2@index.example/"]],
)
def test_credentials_on_the_command_line_are_refused(
    arguments: list[str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TWINE_USERNAME", USERNAME)
    monkeypatch.setenv("TWINE_PASSWORD", "from-the-environment")
    url = [] if "--repository-url" in arguments else ["--repository-url", "https://index.example/"]
    assert publish_main([*url, *arguments]) == 1
    err = capsys.readouterr().err
    assert "TWINE_USERNAME" in err and "hunter2" not in err


def test_missing_credentials_are_named(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("TWINE_USERNAME", raising=False)
    monkeypatch.delenv("TWINE_PASSWORD", raising=False)
    assert publish_main(["--repository-url", "https://index.example/"]) == 1
    assert "set TWINE_USERNAME and TWINE_PASSWORD in the environment" in capsys.readouterr().err
