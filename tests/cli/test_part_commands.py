"""``linksfield sandbox|webhooks|fuzz|tour`` and the ``python -m`` entry points: one CLI framework, and a
missing extra named in one line (exit 2) instead of a traceback.

"Missing" is simulated in the child by blocking the import of one module of the extra
(``sys.modules[name] = None``, which is what an uninstalled module looks like to ``import``).
The wheel without extras is exercised for real by ``tests/release`` and ``nox -s build``.
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from linksfield.sandbox.cli import _switch_values

BLOCKED_RUN = """
import runpy, sys
for name in sys.argv[1].split(","):
    sys.modules[name] = None
sys.argv = [sys.argv[2], *sys.argv[3:]]
if sys.argv[0] == "linksfield":
    from linksfield._entry import linksfield
    sys.exit(linksfield())
runpy.run_module(sys.argv[0], run_name="__main__", alter_sys=True)
"""


def run(blocked: str, entry: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", BLOCKED_RUN, blocked, entry, *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@pytest.mark.parametrize(
    ("blocked", "entry", "args", "extra", "command"),
    [
        ("typer", "linksfield", ["orders", "list"], "cli", "linksfield"),
        ("rich", "linksfield", ["--help"], "cli", "linksfield"),
        ("uvicorn", "linksfield", ["sandbox", "--port", "0"], "sandbox", "linksfield sandbox"),
        ("starlette", "linksfield", ["tour"], "sandbox", "linksfield tour"),
        ("starlette", "linksfield", ["webhooks", "serve", "--port", "0"], "webhooks", "linksfield webhooks"),
        ("schemathesis", "linksfield", ["fuzz", "--max-examples", "1"], "fuzz", "linksfield fuzz"),
        ("requests", "linksfield", ["fuzz"], "fuzz", "linksfield fuzz"),
        ("starlette", "linksfield.sandbox", ["--port", "0"], "sandbox", "python -m linksfield.sandbox"),
        ("typer", "linksfield.sandbox", [], "sandbox", "python -m linksfield.sandbox"),
        ("schemathesis", "linksfield.fuzz", [], "fuzz", "python -m linksfield.fuzz"),
        ("uvicorn", "linksfield.tour", [], "sandbox", "python -m linksfield.tour"),
        ("starlette", "linksfield.webhooks", ["serve"], "webhooks", "python -m linksfield.webhooks"),
        ("rich", "linksfield.cli", ["operations"], "cli", "linksfield"),
    ],
)
def test_a_missing_extra_is_one_line_naming_it_and_exit_2(
    blocked: str, entry: str, args: list[str], extra: str, command: str
) -> None:
    done = run(blocked, entry, *args)
    assert done.returncode == 2, done.stderr[-2000:]
    assert done.stdout == ""
    assert done.stderr.splitlines() == [
        f"{command}: needs the '{extra}' extra, which is not installed (no module {blocked}): "
        f"pip install 'linksfield-toolkit[{extra}]'"
    ]


@pytest.mark.parametrize(
    ("args", "usage"),
    [
        (["sandbox", "--help"], "Usage: linksfield sandbox [OPTIONS]"),
        (["webhooks", "--help"], "Usage: linksfield webhooks [OPTIONS] COMMAND [ARGS]..."),
        (["webhooks", "serve", "--help"], "Usage: linksfield webhooks serve [OPTIONS]"),
        (["webhooks", "replay", "--help"], "Usage: linksfield webhooks replay [OPTIONS]"),
        (["fuzz", "--help"], "Usage: linksfield fuzz [OPTIONS]"),
        (["tour", "--help"], "Usage: linksfield tour [OPTIONS]"),
    ],
)
def test_each_part_is_a_subcommand_showing_its_own_flags(args: list[str], usage: str) -> None:
    done = run("", "linksfield", *args)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.lstrip().startswith(usage)


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["sandbox", "--port", "eighty"], 1, "--port must be a whole number"),
        (["sandbox", "--faults", "rate429=2"], 1, "--faults: "),
        (["sandbox", "--max-body-bytes", "0"], 1, "--max-body-bytes must be at least 1"),
        (["sandbox", "--no-such-flag"], 2, "No such option: --no-such-flag"),
        (["fuzz", "--family", "nope"], 2, "'nope' is not one of cmp, csss, pool"),
        (["webhooks", "serve", "--handler", "nope"], 1, "--handler must look like module:function"),
        (["webhooks", "--port", "many"], 2, "Invalid value for '--port'"),
    ],
)
def test_bad_values_are_refused_with_the_parts_own_words(args: list[str], code: int, message: str) -> None:
    done = run("", "linksfield", *args)
    assert done.returncode == code, done.stderr[-2000:]
    assert message in done.stderr
    assert "Traceback" not in done.stderr


def test_the_sandbox_flags_also_come_from_the_environment() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "linksfield.sandbox"],
        env={**os.environ, "LINKSFIELD_SANDBOX_SEED": "seventeen"},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 1
    assert "--seed must be a whole number" in done.stderr


@pytest.mark.parametrize(
    ("argv", "folded"),
    [
        (["--require-digest"], ["--require-digest"]),
        (["--require-digest", "--port", "0"], ["--require-digest", "--port", "0"]),
        (["--require-digest", "yes", "--port", "0"], ["--require-digest", "--port", "0"]),
        (["--require-digest", "TRUE"], ["--require-digest"]),
        (["--require-digest", "0"], ["--no-require-digest"]),
        (["--require-digest=1"], ["--require-digest"]),
        (["--require-digest=off"], ["--no-require-digest"]),
        (["--port", "0"], ["--port", "0"]),
    ],
)
def test_the_digest_switch_keeps_taking_an_optional_value(argv: list[str], folded: list[str]) -> None:
    assert _switch_values(argv) == folded
