"""The schemathesis runner: a bounded, seeded pass against a real sandbox process, and its guards."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from linksfield.fuzz.plan import plan
from linksfield.sandbox import config as defaults
from linksfield.sandbox.launcher import SandboxProcess
from linksfield_api.facade import OPERATIONS

from ..source_tree import child_environment


def _fuzz(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "linksfield.fuzz", *args],
        env=child_environment(env),
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )


def _rows(output: str) -> dict[str, tuple[int, int, str]]:
    rows = {}
    for line in output.splitlines():
        match = re.match(r"^(cmp|csss|pool)\s+(\d+)\s+[\d.]+\s+(\d+)\s+(.*)$", line)
        if match:
            rows[match.group(1)] = (int(match.group(2)), int(match.group(3)), match.group(4))
    return rows


def test_a_seeded_pass_over_every_family_is_clean(tmp_path: Path) -> None:
    result = _fuzz("--max-examples", "4", "--seed", "20241123", "--report-dir", str(tmp_path))
    rows = _rows(result.stdout)
    assert result.returncode == 0, result.stdout[-4000:]
    assert set(rows) == {"cmp", "csss", "pool"}
    assert all(refused == 0 and verdict == "ok" for _cases, refused, verdict in rows.values())
    assert sum(cases for cases, _r, _v in rows.values()) >= 300
    # The order lifecycle links (order -> open -> pause -> restart -> finish) drive a stateful phase.
    links = re.search(r"API Links:\s+(\d+) covered / (\d+) selected", result.stdout)
    assert links is not None and int(links.group(1)) >= 1 and int(links.group(2)) == 9
    for family in rows:
        junit = tmp_path / f"fuzz-{family}.xml"
        assert "<testsuite" in junit.read_text(encoding="utf-8")


def test_a_run_whose_signatures_are_refused_fails_even_though_401_is_documented(tmp_path: Path) -> None:
    with SandboxProcess("--secret-key", "a-different-secret") as sandbox:
        result = _fuzz(
            "--base-url", sandbox.url, "--family", "cmp", "--max-examples", "2", "--seed", "1",
            "--phases", "examples", "--report-dir", str(tmp_path),
            env={
                "LINKSFIELD_BASE_URL": sandbox.url,
                "LINKSFIELD_ACCESS_KEY": defaults.DEFAULT_ACCESS_KEY,
                "LINKSFIELD_SECRET_KEY": defaults.DEFAULT_SECRET_KEY,
            },
        )  # fmt: skip
    rows = _rows(result.stdout)
    assert result.returncode == 1
    _cases, refused, verdict = rows["cmp"]
    assert refused > 0 and verdict.startswith("FAILED")
    assert "refused signature: " in result.stdout


def test_against_a_real_url_only_reads_run_without_explicit_opt_ins() -> None:
    def kinds(**flags: bool) -> set[str]:
        return {op for family_plan in plan(external=True, **flags) for op in family_plan.operation_ids}

    reads = kinds(allow_mutate=False, allow_spend=False)
    assert "query_orders" in reads and "get_card_detail" in reads
    assert not {"cancel_package", "switch_card_network", "batch_order_packages", "send_sms"} & reads
    with_mutate = kinds(allow_mutate=True, allow_spend=False)
    assert {"cancel_package", "switch_card_network"} <= with_mutate
    assert not {"batch_order_packages", "open_package", "send_sms", "order_package"} & with_mutate
    assert {"batch_order_packages", "open_package", "send_sms", "order_package"} <= kinds(
        allow_mutate=True, allow_spend=True
    )
    sandbox_plan = {op for family_plan in plan(external=False, allow_mutate=False, allow_spend=False)
                    for op in family_plan.operation_ids}  # fmt: skip
    assert sandbox_plan == set(OPERATIONS)  # against the sandbox every operation runs
