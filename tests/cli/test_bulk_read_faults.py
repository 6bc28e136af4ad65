"""``linksfield orders bulk`` when *reads* fault too (issue 16): killed twice, resumed until done.

test_bulk's sandbox faults spending calls only. Here every call meets the fault set of the issue's
report, reconciliation's ``query_orders`` included, so some checks run out of retries; before the
fix such a read escaped and aborted every resume. The command runs as a real subprocess, is
SIGKILLed twice at different points (no chance to clean up), and is resumed until it exits; then the
sandbox's own count says every device has exactly one order, and the result file has one ``ordered``
row per device.

The size: every 429 makes the client hold all requests for its ``Retry-After`` (1 s), and one
request in ten gets one, so the run is paced at about ten requests a second whatever the machine.
2,000 devices (about 700 requests with the reconciliation reads) take over a minute, so DEVICES is
the largest round size that keeps the whole test well under one on 2 cores.
"""

from __future__ import annotations

import json
import signal
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

import linksfield
from linksfield.sandbox.launcher import SandboxProcess

from .support import ICCID, client_kwargs, sandbox_env, script
from .test_bulk import data_rows, per_device, result_rows

READ_FAULTS = "rate429=0.1,retry_after=1,error5xx=0.05,error5xx_after=0.05,drop_before=0.02,drop_after=0.05"
DEVICES = 500
KILLS = 2
MAX_RESUMES = 8


@pytest.fixture(scope="module")
def sandbox() -> Iterator[SandboxProcess]:
    with SandboxProcess("--devices", str(DEVICES + 100), "--faults", READ_FAULTS) as process:
        yield process


def _fleet(sandbox: SandboxProcess) -> tuple[list[str], str]:
    """DEVICES device ids and the package to order, read through the faults (with patient retries)."""
    settings: dict[str, Any] = {**client_kwargs(sandbox.url), "max_retries": 10}
    with linksfield.Client(**settings) as client:
        ids = [d.device_id for d in client.devices.iter_query_devices(max_items=DEVICES + 100)]
    fleet = [d for d in ids if ICCID.match(d)][:DEVICES]
    assert len(fleet) == DEVICES
    package: str = httpx.get(sandbox.admin_url + "/fixtures", timeout=10).json()["package_code"]
    return fleet, package


def _run_until_killed(args: list[str], env: dict[str, str], result: Path, more_rows: int) -> bool:
    """Start the command, SIGKILL it once the journal has ``more_rows`` new rows; False if it
    finished first."""
    start_rows = data_rows(result)
    process = subprocess.Popen([*script(), *args], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while (
        data_rows(result) < start_rows + more_rows and process.poll() is None and time.monotonic() < deadline
    ):
        time.sleep(0.01)
    if process.poll() is not None:
        return False
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=10)
    return True


def test_bulk_order_with_read_faults_killed_twice_and_resumed_orders_each_device_once(
    sandbox: SandboxProcess, tmp_path: Path
) -> None:
    started = time.monotonic()
    fleet, package = _fleet(sandbox)
    devices_file = tmp_path / "fleet.csv"
    devices_file.write_text("iccid\n" + "".join(f"{d}\n" for d in fleet))
    result = tmp_path / "result.csv"
    env = sandbox_env(sandbox.url)
    before = per_device(sandbox)
    args = ["--json", "orders", "bulk", "--package", package, "--devices", str(devices_file),
            "--result", str(result), "--chunk", "10", "--concurrency", "4", "--rate-limit", "0"]  # fmt: skip

    # 1. Two kills at different points: a quarter of the fleet journalled, then well into the rest.
    kills = 0
    for more_rows in (DEVICES // 4, DEVICES // 2):
        kills += _run_until_killed(args, env, result, more_rows)
    assert kills == KILLS, "a run finished before it could be killed"
    journalled = result_rows(result)
    assert len(journalled) > len({row["device"] for row in journalled})  # a journal: rows repeat devices
    assert len(per_device(sandbox)) > len(before)  # and it had ordered some

    # 2. Resume until the command exits 0: 3 (some still unknown) is allowed on the way, 1 is not.
    codes: list[int] = []
    summaries: list[dict[str, Any]] = []
    while len(codes) < MAX_RESUMES and (not codes or codes[-1] != 0):
        finished = subprocess.run(
            [*script(), *args], env=env, capture_output=True, text=True, timeout=120, check=False
        )
        assert "Traceback" not in finished.stderr, finished.stderr
        codes.append(finished.returncode)
        summaries.append(json.loads(finished.stdout))
        assert finished.returncode in (0, 3), finished.stderr[-2000:]
        assert data_rows(result) == DEVICES  # every exit leaves one row per device
    assert codes[-1] == 0, codes

    # 3. The sandbox's own count: exactly one new order per device.
    after = per_device(sandbox)
    new_orders = {d: after.get(d, 0) - before.get(d, 0) for d in fleet}
    assert set(new_orders.values()) == {1}, {d: n for d, n in new_orders.items() if n != 1}

    # 4. The result file: one row per device, in input order, all ordered, distinct order ids.
    rows = result_rows(result)
    assert [row["device"] for row in rows] == fleet
    assert {row["status"] for row in rows} == {"ordered"}
    assert len({row["order_id"] for row in rows}) == DEVICES
    faults: Any = sandbox.stats()["faults"]
    assert all(faults.get(kind, 0) > 0 for kind in ("rate429", "error5xx", "error5xx_after", "drop_after"))
    seconds = time.monotonic() - started
    print(
        f"\nread faults: {DEVICES} devices, {kills} kills, {len(codes)} resumes exiting {codes}, "
        f"max orders per device {max(new_orders.values())}, {len(rows)} result rows, "
        f"checks failed per resume {[s['checks_failed'] for s in summaries]}, "
        f"reconciled {[s['reconciled'] for s in summaries]}, faults {faults}, {seconds:.1f} s"
    )
