"""``linksfield cdr export``: 180 days of the sandbox's busiest SIM (over 100,000 rows) through the
real script, killed part-way, resumed with flat memory, and no row written twice."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path

import httpx
import pytest

import linksfield
from linksfield.cli.app import main
from linksfield.cli.cdr_export import windows
from linksfield.sandbox.launcher import SandboxProcess

from .support import client_kwargs, sandbox_env, script

TODAY = datetime.now(timezone(timedelta(hours=8))).date()  # the vendor's today (UTC+8)
FIRST = TODAY - timedelta(days=180)
WINDOW = 31
MEMORY_GROWTH_LIMIT_MB = 50

# Runs a command and reports its peak RSS (ru_maxrss of the only child it waited for, in KiB).
MEASURE = (
    "import json, resource, subprocess, sys; "
    "p = subprocess.run(sys.argv[1:], capture_output=True, text=True); "
    "print(json.dumps({'rc': p.returncode, 'out': p.stdout, 'err': p.stderr, "
    "'maxrss_kb': resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss}))"
)


@pytest.fixture(scope="module")
def sandbox() -> Iterator[SandboxProcess]:
    with SandboxProcess() as process:
        yield process


@pytest.fixture(scope="module")
def busy_sim(sandbox: SandboxProcess) -> str:
    sim: str = httpx.get(sandbox.admin_url + "/fixtures", timeout=10).json()["busy_sim"]
    return sim


def measured(args: list[str], env: dict[str, str]) -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, "-c", MEASURE, *script(), *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )
    result: dict[str, object] = json.loads(done.stdout)
    return result


def test_export_of_100k_rows_resumes_after_a_kill_with_flat_memory(
    sandbox: SandboxProcess, busy_sim: str, tmp_path: Path
) -> None:
    with linksfield.Client(**client_kwargs(sandbox.url)) as client:  # type: ignore[arg-type]
        expected = sum(
            client.cdr.query_sim_cdr(
                sim_id=busy_sim, received_start_time=a.isoformat(), received_end_by=b.isoformat(),
                page_no=1, page_size=1,
            ).total_count
            for a, b in windows(FIRST, TODAY, WINDOW)
        )  # fmt: skip
    assert expected >= 100_000
    env = sandbox_env(sandbox.url)
    out = tmp_path / "cdr.csv"
    state_file = tmp_path / "cdr.csv.state.json"
    args = ["--json", "cdr", "export", "--sim", busy_sim, "--from", FIRST.isoformat(), "--to", TODAY.isoformat(),
            "--format", "csv", "--out", str(out), "--window-days", str(WINDOW), "--rate-limit", "0"]  # fmt: skip

    # 1. Kill -9 in the middle of a unit (at least one unit complete, more rows written after it).
    first = subprocess.Popen(
        [*script(), *args], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    deadline = time.monotonic() + 90
    while first.poll() is None and time.monotonic() < deadline:
        if state_file.exists():
            try:
                state = json.loads(state_file.read_text())
            except ValueError:
                state = {"completed": []}
            if state["completed"] and out.stat().st_size > state["offset"] + 200_000:
                break
        time.sleep(0.02)
    assert first.poll() is None, "the export finished before it could be interrupted"
    first.send_signal(signal.SIGKILL)
    first.wait(timeout=10)
    assert state_file.exists()

    # 2. Resume, measuring the peak memory of the process; and a tiny export as the baseline.
    resumed = measured(args, env)
    assert resumed["rc"] == 0, resumed["err"]
    summary = json.loads(str(resumed["out"]))
    small = measured(
        ["--json", "cdr", "export", "--sim", busy_sim, "--from", TODAY.isoformat(), "--to", TODAY.isoformat(),
         "--out", str(tmp_path / "small.csv"), "--rate-limit", "0"],
        env,
    )  # fmt: skip
    assert small["rc"] == 0, small["err"]
    growth_mb = (int(str(resumed["maxrss_kb"])) - int(str(small["maxrss_kb"]))) / 1024
    print(
        f"\ncdr export: {summary['rows_this_run']} rows resumed in {summary['seconds']} s "
        f"({summary['rows_per_second']} rows/s); peak RSS {int(str(resumed['maxrss_kb'])) // 1024} MB, "
        f"{growth_mb:+.1f} MB over a one-day export"
    )
    assert summary["rows_this_run"] >= 50_000  # most of the rows went through the measured process
    assert growth_mb < MEMORY_GROWTH_LIMIT_MB

    # 3. The file: one header, every row once, exactly the API's count; the state file is gone.
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("sim_id,imsi,msisdn")
    assert sum(1 for line in lines if line.startswith("sim_id,")) == 1
    body = lines[1:]
    assert len(body) == expected == summary["rows"]
    assert len(set(body)) == len(body)
    assert all(line.startswith(busy_sim + ",") for line in body)
    assert not state_file.exists()


def test_a_state_file_of_another_export_is_refused(
    sandbox: SandboxProcess, busy_sim: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    for name, value in sandbox_env(sandbox.url).items():
        if name.startswith("LINKSFIELD_"):
            monkeypatch.setenv(name, value)
    out = tmp_path / "x.jsonl"
    common = [
        "cdr",
        "export",
        "--sim",
        busy_sim,
        "--to",
        TODAY.isoformat(),
        "--format",
        "jsonl",
        "--out",
        str(out),
    ]
    assert main([*common, "--from", TODAY.isoformat(), "--rate-limit", "0"]) == 0
    rows = out.read_text().splitlines()
    assert rows and all(json.loads(row)["sim_id"] == busy_sim for row in rows)
    (tmp_path / "x.jsonl.state.json").write_text(
        json.dumps({"version": 1, "fingerprint": "other", "offset": 0, "rows": 0, "completed": []})
    )
    assert main([*common, "--from", (TODAY - timedelta(days=1)).isoformat()]) == 2
    assert "belongs to a different export" in capsys.readouterr().err
    assert main([*common, "--from", TODAY.isoformat(), "--sim", busy_sim, "--devices", "f"]) == 2
