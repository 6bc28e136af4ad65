"""``linksfield orders bulk`` as a user runs it: the real script against a sandbox process.

The sandbox injects faults on spending calls only (dropped connections after the order was placed,
5xx after it was placed, 429s); the run is killed part-way and resumed, the resume runs in a
pseudo-terminal so the live progress bar is drawn; and the sandbox's own count of orders per device
proves that no device was ordered twice.
"""

from __future__ import annotations

import csv
import json
import os
import pty
import select
import signal
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

import linksfield
from linksfield.cli.app import main
from linksfield.cli.bulk import BulkOrder, BulkReport
from linksfield.cli.bulk_journal import Journal, Outcome
from linksfield.sandbox.launcher import SandboxProcess
from tests.client.support import Stub, answer, response_example
from tests.client.support import run as run_coroutine

from .support import ICCID, client_kwargs, run, sandbox_env, script

FAULTS = "drop_after=0.08,error5xx_after=0.06,rate429=0.08,retry_after=1,seed=3,only=spend"
BULK = 2000


@pytest.fixture(scope="module")
def sandbox() -> Iterator[SandboxProcess]:
    with SandboxProcess("--devices", "2100", "--faults", FAULTS) as process:
        yield process


@pytest.fixture(scope="module")
def devices(sandbox: SandboxProcess) -> list[str]:
    with linksfield.Client(**client_kwargs(sandbox.url)) as client:  # type: ignore[arg-type]
        ids = [d.device_id for d in client.devices.iter_query_devices(max_items=2100)]
    valid = [d for d in ids if ICCID.match(d)]
    assert len(valid) >= BULK + 40
    return valid


@pytest.fixture(scope="module")
def package(sandbox: SandboxProcess) -> str:
    code: str = httpx.get(sandbox.admin_url + "/fixtures", timeout=10).json()["package_code"]
    return code


def per_device(sandbox: SandboxProcess) -> dict[str, int]:
    orders: Any = sandbox.stats()["orders"]
    return {str(k): int(v) for k, v in orders["per_device"].items()}


def result_rows(path: Path) -> list[dict[str, str]]:
    with path.open(newline="") as handle:
        return list(csv.DictReader(handle))


def data_rows(path: Path) -> int:
    if not path.exists():
        return 0
    return max(0, path.read_bytes().count(b"\n") - 1)


def run_in_pty(args: list[str], env: dict[str, str], timeout: float = 120) -> tuple[int, str]:
    """Run the script with a terminal as stdin/stdout/stderr; returns (exit code, everything shown)."""
    master, slave = pty.openpty()
    process = subprocess.Popen(
        [*script(), *args], stdin=slave, stdout=slave, stderr=slave, env={**env, "TERM": "xterm-256color"}
    )
    os.close(slave)
    chunks: list[bytes] = []
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        ready, _, _ = select.select([master], [], [], 0.2)
        if ready:
            try:
                data = os.read(master, 65536)
            except OSError:  # EIO: the child closed the terminal
                break
            if not data:
                break
            chunks.append(data)
        elif process.poll() is not None:
            break
    os.close(master)
    code = process.wait(timeout=10)
    return code, b"".join(chunks).decode("utf-8", "replace")


def test_bulk_order_with_faults_survives_a_kill_and_resumes_without_ordering_twice(
    sandbox: SandboxProcess, devices: list[str], package: str, tmp_path: Path
) -> None:
    fleet = devices[:BULK]
    devices_file = tmp_path / "fleet.csv"
    devices_file.write_text("site,iccid\n" + "".join(f"s{i},{d}\n" for i, d in enumerate(fleet)))
    result = tmp_path / "result.csv"
    env = sandbox_env(sandbox.url)
    before = per_device(sandbox)
    args = ["orders", "bulk", "--package", package, "--devices", str(devices_file), "--result", str(result),
            "--chunk", "40", "--concurrency", "4", "--rate-limit", "0"]  # fmt: skip

    # 1. Start, and kill -9 once a few chunks are journalled (no chance to clean up).
    started = time.monotonic()
    first = subprocess.Popen(
        [*script(), *args, "--json"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    while data_rows(result) < 500 and first.poll() is None and time.monotonic() - started < 60:
        time.sleep(0.01)
    assert first.poll() is None, "the run finished before it could be interrupted"
    first.send_signal(signal.SIGKILL)
    first.wait(timeout=10)
    journalled = {row["device"] for row in result_rows(result) if row.get("status")}
    assert 0 < len(journalled) < BULK

    # 2. Resume in a pseudo-terminal: the live progress bar is drawn; every device ends ordered.
    resumed_at = time.monotonic()
    code, shown = run_in_pty(args, env)
    resume_seconds = time.monotonic() - resumed_at
    assert code == 0, shown[-3000:]
    assert "ordering " + package in shown and "dev/s" in shown and "ETA" in shown
    assert "\x1b[" in shown  # drawn with terminal control sequences, i.e. live
    assert f"{BULK}/{BULK}" in shown

    rows = result_rows(result)
    assert [row["device"] for row in rows] == fleet  # one row per device, in input order
    assert {row["status"] for row in rows} == {"ordered"}
    assert len({row["order_id"] for row in rows}) == BULK

    # 3. The sandbox's own count: exactly one new order per device, although faults were met.
    after = per_device(sandbox)
    new_orders = {d: after.get(d, 0) - before.get(d, 0) for d in fleet}
    assert set(new_orders.values()) == {1}, {d: n for d, n in new_orders.items() if n != 1}
    faults: Any = sandbox.stats()["faults"]
    assert (
        faults.get("drop_after", 0) > 0
        and faults.get("error5xx_after", 0) > 0
        and faults.get("rate429", 0) > 0
    )

    # 4. A third run has nothing to do and orders nothing.
    again = run([*args, "--json"], env)
    assert again.returncode == 0, again.stderr
    summary = json.loads(again.stdout)
    assert (
        summary["already_ordered"] == BULK and summary["ordered_now"] == 0 and summary["batch_requests"] == 0
    )
    assert per_device(sandbox) == after
    print(f"\nresumed bulk order: {BULK - len(journalled)}+ devices in {resume_seconds:.1f} s")


def test_bad_csv_is_refused_naming_every_bad_line_and_nothing_is_sent(
    sandbox: SandboxProcess, devices: list[str], package: str, tmp_path: Path
) -> None:
    spare = devices[BULK:]
    bad = tmp_path / "bad.csv"
    bad.write_text(f"iccid\n{spare[0]}\n12345\n{spare[1]}X\n{spare[0]}\nabcdefghijklmnopqrs\n{spare[2]}\n")
    before = sandbox.stats()["orders"]
    result = run(["orders", "bulk", "--package", package, "--devices", str(bad)], sandbox_env(sandbox.url))
    assert result.returncode == 2
    err = result.stderr
    assert "3 bad line(s); nothing was sent" in err
    for needle in ("line 3: '12345'", f"line 4: '{spare[1]}X'", "line 6: 'abcdefghijklmnopqrs'"):
        assert needle in err, err
    assert "line 2:" not in err and "line 5:" not in err and "line 7:" not in err  # a repeat is not bad
    assert "Traceback" not in err
    assert sandbox.stats()["orders"] == before
    assert not (tmp_path / "bad.csv.result.csv").exists()


def test_repeated_and_case_variant_ids_are_one_device_counted_before_anything_is_sent(
    sandbox: SandboxProcess, devices: list[str], package: str, tmp_path: Path
) -> None:
    """A hex check character in either case is one device; repeats are dropped, said, and counted."""
    spare = devices[BULK + 20 : BULK + 23]
    listing = tmp_path / "repeats.txt"
    variant = "89852022018041800192a"  # a valid ICCID with a lower-case hex check character
    listing.write_text(f"{spare[0]}\n{spare[1]}\n{spare[0]}\n{variant}\n{variant.upper()}\n{spare[1]}\n")
    result = run(
        ["--json", "orders", "bulk", "--dry-run", "--package", package, "--devices", str(listing)],
        sandbox_env(sandbox.url),
    )
    assert result.returncode == 0, result.stderr
    plan = json.loads(result.stdout)
    assert plan["devices_to_order"] == [spare[0], spare[1], variant.upper()]
    assert plan["duplicates_ignored"] == 3
    assert "3 duplicate line(s)" in result.stderr and "line 3 repeats line 1" in result.stderr


def test_dry_run_shows_the_cost_and_sends_nothing(
    sandbox: SandboxProcess, devices: list[str], package: str, tmp_path: Path
) -> None:
    chosen = devices[BULK : BULK + 7]
    listing = tmp_path / "seven.txt"
    listing.write_text("\n".join(chosen) + "\n")
    before = sandbox.stats()["orders"]
    result = run(
        ["--json", "orders", "bulk", "--dry-run", "--package", package, "--devices", str(listing)],
        sandbox_env(sandbox.url),
    )
    assert result.returncode == 0, result.stderr
    plan = json.loads(result.stdout)
    assert plan["to_order"] == 7 and plan["devices_to_order"] == chosen and plan["batch_requests"] == 1
    with linksfield.Client(**client_kwargs(sandbox.url)) as client:  # type: ignore[arg-type]
        price = next(p.whole_price for p in client.packages.iter_sync_packages() if p.package_code == package)
    assert plan["unit_price"] == (price or "unknown")
    if price:
        from decimal import Decimal

        assert Decimal(plan["cost_at_most"]) == Decimal(str(price)) * 7
    assert sandbox.stats()["orders"] == before


def test_exit_codes_partial_success_and_api_errors(
    sandbox: SandboxProcess,
    devices: list[str],
    package: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    env = sandbox_env(sandbox.url)
    real = devices[BULK + 10 : BULK + 13]
    missing = ["89000000000000000017", "89000000000000000025"]  # valid ICCIDs the sandbox does not know
    mixed = tmp_path / "mixed.txt"
    mixed.write_text("\n".join(real + missing) + "\n")
    # Fault-free requests for this test: the faults are the other test's subject.
    httpx.post(sandbox.admin_url + "/config", json={"faults": ""}, timeout=10)
    try:
        partial = run(["--json", "orders", "bulk", "--package", package, "--devices", str(mixed)], env)
        assert partial.returncode == 3, partial.stderr
        summary = json.loads(partial.stdout)
        assert (summary["ordered"], summary["failed"]) == (3, 2)
        rows = {row["device"]: row for row in result_rows(tmp_path / "mixed.txt.result.csv")}
        assert all(rows[d]["status"] == "failed" and "does not exist" in rows[d]["error"] for d in missing)

        only_missing = tmp_path / "missing.txt"
        only_missing.write_text("\n".join(missing) + "\n")
        assert (
            run(["orders", "bulk", "--package", package, "--devices", str(only_missing)], env).returncode == 1
        )

        # The quick ones in-process (the script's startup is the slow part of a subprocess).
        for name, value in env.items():
            if name.startswith("LINKSFIELD_"):
                monkeypatch.setenv(name, value)
        assert main(["orders", "show", "ORDER_0"]) == 1
        assert main(["--json", "orders", "list", "--device", real[0]]) == 0
        assert any(o["packageCode"] == package for o in json.loads(capsys.readouterr().out))
        monkeypatch.setenv("LINKSFIELD_SECRET_KEY", "not-the-secret")
        assert main(["packages", "list"]) == 1
        err = capsys.readouterr().err
        assert "error:" in err and "not-the-secret" not in err
        assert main(["orders", "bulk", "--package", package]) == 2  # --devices missing
    finally:
        httpx.post(sandbox.admin_url + "/config", json={"faults": FAULTS}, timeout=10)


# -- answers that say success but do not fit the spec (issue 15), in-process against a stub -------------


def _spoiled_batch_answer() -> tuple[list[str], dict[str, Any]]:
    """The spec's batch_order_packages success example with fields of the wrong JSON type."""
    envelope = response_example("batch_order_packages")
    results = envelope["data"]["device_order"]
    results[0]["order_start_date"] = 20240501  # a date the spec declares as a string
    results[0]["errorMsg"] = {"text": "success"}
    results[1]["order_expire_date"] = ["2025-05-01"]
    envelope["data"]["zz_new_vendor_field"] = {"count": "2"}  # an extra field: kept, never a misfit
    return [str(result["device_id"]) for result in results], envelope


@pytest.mark.parametrize("strict", [False, True], ids=["tolerant-client", "strict-client"])
def test_a_success_answer_with_misfits_still_records_the_devices_as_ordered(
    tmp_path: Path, strict: bool
) -> None:
    """The answer is the receipt: a misfitting field must not make ordered devices "unknown" (or
    worse, "failed", which a re-run would order again). With a strict client the answer arrives as
    ``SucceededWithMisfitsError``, which carries the same data."""
    devices, envelope = _spoiled_batch_answer()
    stub = Stub().then(answer(200, envelope))
    journal = Journal(tmp_path / "result.csv")

    async def go() -> BulkReport:
        async with stub.async_client(strict_responses=strict) as client:
            job = BulkOrder(client, journal, package="DP1", is_open=False, chunk_size=10, concurrency=1)
            return await job.run(devices, {})

    report = run_coroutine(go())
    journal.close()
    expected = {r["device_id"]: r["order_id"] for r in envelope["data"]["device_order"]}
    assert {d: (o.status, o.order_id) for d, o in report.outcomes.items()} == {
        d: ("ordered", order_id) for d, order_id in expected.items()
    }
    assert len(stub.seen) == 1  # one order request, no reconciliation needed
    assert {(row["device"], row["status"]) for row in result_rows(tmp_path / "result.csv")} >= {
        (d, "ordered") for d in devices
    }


@pytest.mark.parametrize(
    ("field", "value"),
    [("order_id", 47454030993031168), ("error", 0), ("device_id", 89852022018041800192)],
    ids=["order-id-a-number", "code-a-number", "device-id-a-number"],
)
def test_a_device_whose_result_cannot_be_read_is_unknown_never_failed(
    tmp_path: Path, field: str, value: object
) -> None:
    """Unknown goes to reconciliation; failed would be ordered again by a re-run."""
    devices, envelope = _spoiled_batch_answer()
    envelope["data"]["device_order"][0][field] = value
    stub = Stub().then(answer(200, envelope))
    journal = Journal(tmp_path / "result.csv")

    async def go() -> BulkReport:
        async with stub.async_client() as client:
            job = BulkOrder(client, journal, package="DP1", is_open=False, chunk_size=10, concurrency=1)
            report = BulkReport(outcomes={}, devices=devices)
            await job._order_chunk(devices, report)
            return report

    report = run_coroutine(go())
    journal.close()
    assert report.outcomes[devices[0]].status == "unknown"
    assert report.outcomes[devices[1]].status == "ordered"


# -- reconciliation that cannot read (issue 16), in-process against a stub ----------------------------

CHECK_FAILS, NOT_ORDERED, NEW = "89852022018041800192", "89852022018041800193", "89852022018041800194"
ATTEMPTED = "2025-01-01T00:00:00+00:00"


class Vendor:
    """A stub vendor: ``query_orders`` fails (HTTP 503) for the devices in ``unreadable`` and lists
    no orders for the others; ``batch_order_packages`` orders every device it is sent, or refuses
    the whole request when ``refuse`` is set. Counts what each device was asked and sent."""

    def __init__(self, unreadable: set[str], refuse: bool = False) -> None:
        self.unreadable = unreadable
        self.refuse = refuse
        self.checked: dict[str, int] = {}
        self.sent: dict[str, int] = {}

    def __call__(self, request: httpx.Request, operation: Any) -> httpx.Response:
        body = json.loads(request.content)
        if operation.operation_id == "query_orders":
            device = str(body["device_id"])
            self.checked[device] = self.checked.get(device, 0) + 1
            if device in self.unreadable:
                return httpx.Response(503, json={"message": "service busy"})
            envelope = response_example("query_orders")
            envelope["data"].update(package_order=[], package_order_num=0)
            envelope["data"]["page"].update(cur_page_no=1, total_count=0, total_pages=0)
            return httpx.Response(200, json=envelope)
        assert operation.operation_id == "batch_order_packages"
        if self.refuse:
            return httpx.Response(401, json={"message": "client request can't be validated"})
        for device in body["deviceList"]:
            self.sent[device] = self.sent.get(device, 0) + 1
        results = [
            {"error": "0000", "errorMsg": "success", "order_id": f"ORDER_{d}", "device_id": d,
             "order_start_date": None, "order_expire_date": None}
            for d in body["deviceList"]
        ]  # fmt: skip
        return httpx.Response(200, json={"code": "0000", "data": {"device_order": results},
                                         "message": "success", "success": True})  # fmt: skip


def _bulk_run(vendor: Vendor, journal: Journal, devices: list[str], rounds: int = 2) -> BulkReport:
    async def go() -> BulkReport:
        async with Stub(default=vendor).async_client(max_retries=0) as client:
            job = BulkOrder(
                client, journal, package="DP1", is_open=False, chunk_size=10, concurrency=2,
                rounds=rounds, recheck_pause=0,
            )  # fmt: skip
            return await job.run(devices, dict(journal.outcomes))

    report: BulkReport = run_coroutine(go())
    return report


def test_a_failed_check_leaves_the_device_unknown_and_the_run_goes_on(tmp_path: Path) -> None:
    """One read that runs out of retries decides nothing and stops nothing: that device stays
    unknown (same attempt time, with the reason), every other device is settled."""
    path = tmp_path / "result.csv"
    journal = Journal(path)
    journal.record(
        [Outcome(d, "unknown", package="DP1", attempted_at=ATTEMPTED) for d in (CHECK_FAILS, NOT_ORDERED)]
    )
    vendor = Vendor(unreadable={CHECK_FAILS})
    report = _bulk_run(vendor, journal, [CHECK_FAILS, NOT_ORDERED, NEW], rounds=2)
    journal.compact([CHECK_FAILS, NOT_ORDERED, NEW])

    stuck = report.outcomes[CHECK_FAILS]
    assert stuck.status == "unknown" and stuck.attempted_at == ATTEMPTED
    assert "not checked yet" in stuck.error and "HTTP 503" in stuck.error
    assert vendor.checked[CHECK_FAILS] == 3  # once per round: rounds + 1
    assert report.checks_failed == 3
    assert CHECK_FAILS not in vendor.sent  # never sent while its outcome is unknown
    assert vendor.sent == {NOT_ORDERED: 1, NEW: 1}
    assert (report.outcomes[NOT_ORDERED].status, report.outcomes[NEW].status) == ("ordered", "ordered")
    assert [(r["device"], r["status"]) for r in result_rows(path)] == [
        (CHECK_FAILS, "unknown"), (NOT_ORDERED, "ordered"), (NEW, "ordered"),
    ]  # fmt: skip


def test_a_device_proven_not_ordered_is_journalled_so_a_resume_sends_it_without_checking(
    tmp_path: Path,
) -> None:
    """Reconciliation writes its proof ("failed": not ordered since the attempt); the run then stops
    (the vendor refuses the whole request) before sending. The resume trusts the proof: the device's
    last row says nothing was sent after it, so it is sent at once, and checked never again."""
    path = tmp_path / "result.csv"
    journal = Journal(path)
    journal.record([Outcome(NOT_ORDERED, "unknown", package="DP1", attempted_at=ATTEMPTED)])
    refusing = Vendor(unreadable=set(), refuse=True)
    first = _bulk_run(refusing, journal, [NOT_ORDERED, NEW])
    journal.compact([NOT_ORDERED, NEW])
    assert refusing.checked == {NOT_ORDERED: 1}
    assert first.stopped and "HTTP 401" in first.stopped
    rows = {r["device"]: r for r in result_rows(path)}
    assert rows[NOT_ORDERED]["status"] == "failed" and rows[NEW]["status"] == "failed"
    assert len(rows) == 2  # one row per device, the never-sent one included

    resumed = Journal(path)
    vendor = Vendor(unreadable=set())
    second = _bulk_run(vendor, resumed, [NOT_ORDERED, NEW])
    resumed.compact([NOT_ORDERED, NEW])
    assert vendor.checked == {}  # the proof was journalled: nothing to check again
    assert vendor.sent == {NOT_ORDERED: 1, NEW: 1}
    assert {d: o.status for d, o in second.outcomes.items()} == {NOT_ORDERED: "ordered", NEW: "ordered"}


def test_the_journal_refuses_a_second_run_on_the_same_result_file(tmp_path: Path) -> None:
    from linksfield.cli.bulk_journal import JournalBusyError

    path = tmp_path / "result.csv"
    first = Journal(path)
    with pytest.raises(JournalBusyError, match="another run"):
        Journal(path)
    first.compact([])
    Journal(path).close()  # free again once the first run ended


def test_exit_codes_follow_the_help_text() -> None:
    from linksfield.cli.bulk_command import bulk, exit_code
    from linksfield.cli.errors import ExitCode

    assert exit_code(5, 5) == ExitCode.OK == 0
    assert exit_code(3, 5) == ExitCode.PARTIAL == 3
    assert exit_code(0, 5) == ExitCode.API_ERROR == 1
    help_text = " ".join((bulk.__doc__ or "").split())
    assert "Exit 0 when every device is ordered, 3 when some are and some failed or are unknown" in help_text
    assert "1 when none could be, 2 on bad input" in help_text
