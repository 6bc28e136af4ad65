"""The project's first job, rehearsed: the vendor's docs change, a curator edits ``spec/`` alone.

In a throw-away copy of the repository (a git repository of its own, so "what changed" is exact),
a scripted set of vendor changes goes through the workflow the README documents:

1. two vendor pages gain an operation each (a pool read with query parameters, a CMP call that
   spends money): ``python -m generator drift PAGES --apply`` drafts them into spec/openapi.yaml;
2. ``generator validate`` refuses the TODO(curator) markers, naming each;
3. the test plays the curator, in ``spec/`` only: fills the markers, adds an optional response
   field, a new code of a response enum, an optional request field, turns a request field's
   required flag on, logs the decisions in RECONCILIATION.md and updates spec/inventory.yaml;
4. ``generator generate`` then ``check``;
5. the README's main job (the tour); the suites that walk every operation, run inside the copy;
   the new operations through
   ``Client``, ``AsyncClient`` and ``linksfield call`` against the copy's sandbox;
6. ``generator diff`` classifies every change; a wheel builds.

Nothing outside ``spec/`` may have been edited (``generated/`` is the generator's output, compared
by ``check``). The whole rehearsal's time is printed.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[2]
SEEDS = REPO.parent / "shared" / "seeds"
MARKER = "TODO(curator):"

# -- the vendor's changes: two new sections on two pages ----------------------------------------------

RENEW_SECTION = """Renew an order #

POST /cmp-api/package/renewOrder
parameter Description Is required Types of
order_id Order Id required String
renew_period Number of periods to renew Optional String

Body parameters #

{
  "order_id": "202107061625560742397",
  "renew_period": "1"
}

Response #

{
    "code": "0000",
    "data": {
        "order_id": "202107061625560742398"
    },
    "message": "success",
    "success": true
}

"""
SMS_USAGE_SECTION = """Path: /api/v1/card/getCardSmsUsage
Method: GET
接口描述:
Get the SMS usage of a card in one month
Query
| 参数名称 | 是否必须 | 示例 | 备注 |
|---|---|---|---|
| iccid | 是 | ICCID | |
| queryMonth | 是 | 查询月份,示例: 2025-04 Query month, example: 2025-04 |
| 名称 | 类型 | 是否必须 | 默认值 | 备注 | 其他信息 |
|---|---|---|---|---|---|
| data | object | 非必须 | 返回数据 | ||
| ├─ month | string | 非必须 | 月份 格式 yyyy-MM | ||
| ├─ iccid | string | 非必须 | ICCID | ||
| ├─ smsCount | integer | 非必须 | 短信条数 | ||
| message | string | 非必须 | 消息提示 | ||
| traceId | string | 非必须 | 链路编码 | ||
| code | integer | 非必须 | 返回状态码 |
"""
PLANTS = {
    "002": ("Suspend an active order #\n", RENEW_SECTION),
    "003": ("Path: /api/v1/card/getCardDayUsage\n", SMS_USAGE_SECTION),
}

# -- what the curator decides ---------------------------------------------------------------------------

FILLS: dict[tuple[str, str], list[str] | None] = {
    ("/cmp-api/package/renewOrder", "description"): [
        "description: Renews an order for more periods; charged like a new order, so it spends money."
    ],
    ("/cmp-api/package/renewOrder", "x-side-effect"): [
        "x-side-effect: spend",
        "x-reconciliation: [R-RENEW-ORDER]",
    ],
    ("/cmp-api/package/renewOrder", "x-outcome-check"): [
        "x-outcome-check:",
        "  operation: query_orders",
        "  arguments:",
        "    order_id: '$request.body#/order_id'",
        "    page_no: 1",
        "    page_size: 1",
        "  hint: query the order and check its expiry date before renewing again",
    ],
    ("/cmp-api/package/renewOrder", "-"): ["- cmp-v2"],
    ("/api/v1/card/getCardSmsUsage", "description"): [
        "description: Number of SMS a card sent in one month (the page gives no example)."
    ],
    ("/api/v1/card/getCardSmsUsage", "x-side-effect"): [
        "x-side-effect: read",
        "x-reconciliation: [R-CARD-SMS-USAGE]",
    ],
    ("/api/v1/card/getCardSmsUsage", "x-outcome-check"): None,  # a read: the key goes
    ("/api/v1/card/getCardSmsUsage", "-"): ["- pool"],
    ("GetCardSmsUsageResponse", "value"): [
        "value:",
        "  code: 200",
        "  message: success",
        "  traceId: 5f1c2d3e4a5b6c7d",
        "  data: {month: '2025-04', iccid: '89852022018041800192', smsCount: 3}",
    ],
}
# Edits the drift tool cannot draft (field-level changes): exact text, each found exactly once.
HAND_EDITS = [
    (  # a new optional field in a response
        "      x-reconciliation: [R-POOL-NUMBERS]\n      properties:\n        iccid: {$ref: '#/components/schemas/Iccid'}\n",
        "      x-reconciliation: [R-POOL-NUMBERS]\n      properties:\n        iccid: {$ref: '#/components/schemas/Iccid'}\n"
        "        lastAttachTime: {type: [string, 'null'], description: When the card last attached., x-reconciliation: [R-CARD-ATTACH]}\n",
    ),
    (  # a new code of an enum read in responses
        "      enum: ['1', '2', '3', '5']\n      x-enum-varnames: [NOT_ENABLED, ACTIVE, ENDED, PAUSED]\n"
        "      x-enum-descriptions: [not enabled, get started (active), has ended or canceled, suspended]\n",
        "      enum: ['1', '2', '3', '5', '6']\n      x-enum-varnames: [NOT_ENABLED, ACTIVE, ENDED, PAUSED, EXPIRED]\n"
        "      x-enum-descriptions: [not enabled, get started (active), has ended or canceled, suspended, expired]\n"
        "      x-reconciliation: [R-ORDER-STATUS-EXPIRED]\n",
    ),
    (  # a new optional request field
        "        page_size: {$ref: '#/components/schemas/QueryOrdersPageSize'}\n    OrderIdRequest:\n",
        "        page_size: {$ref: '#/components/schemas/QueryOrdersPageSize'}\n"
        "        package_code:\n"
        "          description: Package filter; null or absent for all.\n"
        "          x-reconciliation: [R-QUERY-ORDERS-PACKAGE]\n"
        "          anyOf: [{$ref: '#/components/schemas/PackageCode'}, {type: 'null'}]\n"
        "    OrderIdRequest:\n",
    ),
    (  # a required flag turned on in a request body
        "    GetTrafficPoolInfoRequest:\n      type: object\n      required: [page_no]\n"
        "      x-reconciliation: [R-REQUIRED-FLAGS]\n",
        "    GetTrafficPoolInfoRequest:\n      type: object\n      required: [page_no, page_size]\n"
        "      x-reconciliation: [R-REQUIRED-FLAGS, R-POOL-INFO-PAGE-SIZE]\n",
    ),
]
LOG_ROWS = [
    "| R-RENEW-ORDER | cmp-v2 | renew_order | New on the v2 page. | Added; `x-side-effect: spend`, checked with query_orders. | Renewing is charged like an order. |",
    "| R-CARD-SMS-USAGE | pool | get_card_sms_usage | New on the pool page, without an example. | Added as a read; example constructed from the field table. | The field table is all the page gives. |",
    "| R-CARD-ATTACH | pool | CardDetail.lastAttachTime | New field in the card answer. | Optional, nullable. | Every pool response field is optional. |",
    "| R-ORDER-STATUS-EXPIRED | cmp-v2 | OrderStatus | New code 6 (expired). | Added to the enum. | Seen on the page's code table. |",
    "| R-QUERY-ORDERS-PACKAGE | cmp-v2 | QueryOrdersRequest.package_code | New optional filter. | Optional, nullable like its siblings. | Matches the page. |",
    "| R-POOL-INFO-PAGE-SIZE | cmp-v1 | GetTrafficPoolInfoRequest.page_size | Now marked required. | Required. | The page now says so. |",
]
INVENTORY_ROWS = [
    "  renew_order: {method: post, path: '/cmp-api/package/renewOrder', tag: packages, family: cmp, side-effect: spend, paged: false}",
    "  get_card_sms_usage: {method: get, path: '/api/v1/card/getCardSmsUsage', tag: cards, family: pool, side-effect: read, paged: false}",
]
# The suites that enumerate operations, run inside the copy: each must take the new ones in its stride.
SUITES = [
    "tests/spec",
    "tests/client",
    "tests/integration/test_client_against_sandbox.py",
    "tests/sandbox/test_operations.py",
    "tests/sandbox/test_robustness.py",
    "tests/cli/test_generic.py",
    "tests/fuzz/test_fuzz.py::test_against_a_real_url_only_reads_run_without_explicit_opt_ins",
]


@dataclass
class Rehearsal:
    copy: Path
    baseline: str
    steps: dict[str, subprocess.CompletedProcess[str]] = field(default_factory=dict)
    changed: list[str] = field(default_factory=list)
    """Paths that differ from the baseline after curation and regeneration."""
    seconds: dict[str, float] = field(default_factory=dict)

    def run(self, name: str, *args: str, timeout: float = 600) -> subprocess.CompletedProcess[str]:
        started = time.perf_counter()
        done = subprocess.run(
            [*args], cwd=self.copy, env=copy_environment(self.copy), capture_output=True, text=True,
            timeout=timeout, check=False, stdin=subprocess.DEVNULL,
        )  # fmt: skip
        self.steps[name] = done
        self.seconds[name] = time.perf_counter() - started
        return done


def copy_environment(copy: Path) -> dict[str, str]:
    """The copy's own packages first, nothing of this checkout's PYTHONPATH."""
    paths = [str(copy / "generated"), str(copy / "overrides"), str(copy)]
    env = {k: v for k, v in os.environ.items() if not k.startswith("LINKSFIELD_")}
    return {**env, "PYTHONPATH": os.pathsep.join(paths), "PYTHONDONTWRITEBYTECODE": "1"}


def git(copy: Path, *args: str) -> str:
    return subprocess.run(
        ["git", "-c", "user.name=rehearsal", "-c", "user.email=rehearsal@invalid", *args],
        cwd=copy, capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip


def copy_repository(target: Path) -> str:
    """The files of this checkout (tracked and new, not ignored) into a fresh git repository."""
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=REPO, capture_output=True, check=True,
    ).stdout.decode("utf-8").split("\0")  # fmt: skip
    for name in filter(None, listed):
        source = REPO / name
        if source.is_file():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name)
    git(target, "init", "-q")
    git(target, "add", "-A")
    git(target, "commit", "-q", "-m", "baseline")
    return git(target, "rev-parse", "HEAD").strip()


def plant_pages(folder: Path) -> list[Path]:
    pages = []
    for prefix, (anchor, section) in PLANTS.items():
        [seed] = sorted(SEEDS.glob(f"{prefix}_*.txt"))
        text = seed.read_text(encoding="utf-8")
        assert text.count(anchor) == 1, f"{seed.name}: the anchor {anchor!r} moved"
        page = folder / seed.name
        page.write_text(text.replace(anchor, section + anchor), encoding="utf-8")
        pages.append(page)
    return pages


def fill_markers(spec: Path) -> list[str]:
    """Replace every TODO(curator) line as decided in FILLS; returns the markers it found no decision for."""
    lines = spec.read_text(encoding="utf-8").split("\n")
    out: list[str] = []
    undecided: list[str] = []
    context = ""
    for line in lines:
        owner = re.match(r"^  (/\S+):$|^    ([A-Za-z0-9_]+):$", line)
        if owner and owner.group(2) not in ("get", "put", "post", "delete", "patch"):
            context = owner.group(1) or owner.group(2)
        if MARKER not in line:
            out.append(line)
            continue
        indent = len(line) - len(line.lstrip())
        key = "-" if line.lstrip().startswith("- ") else line.strip().split(":", 1)[0]
        decision = FILLS.get((context, key), [])
        if decision == []:
            undecided.append(f"{context} {line.strip()[:120]}")
            out.append(line)
        elif decision is not None:
            out += [" " * indent + text for text in decision]
    spec.write_text("\n".join(out), encoding="utf-8")
    return undecided


def curate(copy: Path) -> None:
    """The curator's hand edits, all in spec/."""
    spec = copy / "spec" / "openapi.yaml"
    text = spec.read_text(encoding="utf-8")
    for old, new in HAND_EDITS:
        assert text.count(old) == 1, f"hand edit anchor not found once: {old[:80]!r}"
        text = text.replace(old, new)
    spec.write_text(text, encoding="utf-8")
    log = copy / "spec" / "RECONCILIATION.md"
    header = "## Paths and operations\n\n| id | pages | where | disagreement | decision | reason |\n|---|---|---|---|---|---|\n"
    log_text = log.read_text(encoding="utf-8")
    assert log_text.count(header) == 1
    log.write_text(log_text.replace(header, header + "\n".join(LOG_ROWS) + "\n"), encoding="utf-8")
    inventory = copy / "spec" / "inventory.yaml"
    rows = inventory.read_text(encoding="utf-8").replace(
        "webhooks:", "\n".join(INVENTORY_ROWS) + "\nwebhooks:", 1
    )
    inventory.write_text(rows, encoding="utf-8")


@pytest.fixture(scope="module")
def rehearsal(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Rehearsal]:
    if not SEEDS.is_dir():
        pytest.skip("vendor seeds (../shared/seeds) not beside the repository")
    if shutil.which("git") is None or not (REPO / ".git").exists():
        pytest.skip("the rehearsal copies a git checkout")
    started = time.perf_counter()
    root = tmp_path_factory.mktemp("rehearsal")
    copy = root / "repo"
    copy.mkdir()
    pages_dir = root / "pages"
    pages_dir.mkdir()
    rehearsal = Rehearsal(copy=copy, baseline=copy_repository(copy))
    python = sys.executable
    pages = [str(p) for p in plant_pages(pages_dir)]
    rehearsal.run("drift", python, "-m", "generator", "drift", *pages)
    rehearsal.run("apply", python, "-m", "generator", "drift", *pages, "--apply")
    rehearsal.run("validate_with_markers", python, "-m", "generator", "validate")
    undecided = fill_markers(copy / "spec" / "openapi.yaml")
    assert not undecided, f"markers the rehearsal has no decision for: {undecided}"
    curate(copy)
    rehearsal.run("generate", python, "-m", "generator", "generate")
    rehearsal.run("check", python, "-m", "generator", "check")
    status = git(copy, "status", "--porcelain", "--untracked-files=all").splitlines()
    rehearsal.changed = sorted({line[3:] for line in status})
    rehearsal.run(
        "suites", python, "-m", "pytest", "-q", "-x", "-p", "no:cacheprovider", *SUITES, timeout=900
    )
    rehearsal.run("demo", python, "-m", "linksfield.tour")  # the README's main job, after check
    rehearsal.run("exercise", python, str(copy / "tests" / "rehearsal" / "exercise_new_operations.py"))
    rehearsal.run(
        "diff", python, "-m", "generator", "diff", rehearsal.baseline, "spec/openapi.yaml", "--json"
    )
    rehearsal.run("wheel", python, "-m", "build", "--wheel", "--outdir", str(root / "dist"), ".", timeout=600)
    rehearsal.seconds["total"] = time.perf_counter() - started
    yield rehearsal


def outside_spec(paths: list[str]) -> list[str]:
    """Edited paths that are neither the curator's (spec/) nor the generator's output (generated/)."""
    return [p for p in paths if not p.startswith(("spec/", "generated/"))]


def ok(rehearsal: Rehearsal, step: str) -> subprocess.CompletedProcess[str]:
    done = rehearsal.steps[step]
    assert done.returncode == 0, f"{step} failed:\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}"
    return done


def test_drift_finds_both_new_operations_and_apply_drafts_them(rehearsal: Rehearsal) -> None:
    report = rehearsal.steps["drift"]
    assert report.returncode == 1, "drift exits 1 when something is new"
    assert "operation.added:POST /cmp-api/package/renewOrder" in report.stdout
    assert "operation.added:GET /api/v1/card/getCardSmsUsage" in report.stdout
    applied = ok(rehearsal, "apply")
    assert "applied to spec/openapi.yaml: 2 path(s)" in applied.stdout + applied.stderr


def test_validate_names_each_marker_left_for_the_curator(rehearsal: Rehearsal) -> None:
    refused = rehearsal.steps["validate_with_markers"]
    assert refused.returncode == 1 and "Traceback" not in refused.stderr
    for pointer in (
        "#/paths/~1cmp-api~1package~1renewOrder/post/x-side-effect",
        "#/paths/~1cmp-api~1package~1renewOrder/post/x-outcome-check",
        "#/paths/~1api~1v1~1card~1getCardSmsUsage/get/x-side-effect",
    ):
        assert pointer in refused.stderr, pointer


def test_generate_and_check_pass_and_nothing_outside_spec_was_edited(rehearsal: Rehearsal) -> None:
    ok(rehearsal, "generate")
    ok(rehearsal, "check")
    paths = rehearsal.changed
    assert paths, "the rehearsal changed nothing"
    outside = outside_spec(paths)
    assert outside == [], f"edits outside spec/ (and the generator's generated/): {outside}"
    assert {"spec/openapi.yaml", "spec/RECONCILIATION.md", "spec/inventory.yaml"} <= set(paths)


def test_the_main_job_still_runs(rehearsal: Rehearsal) -> None:
    ok(rehearsal, "demo")


def test_the_suites_that_walk_every_operation_pass_in_the_copy(rehearsal: Rehearsal) -> None:
    done = ok(rehearsal, "suites")
    assert re.search(r"\d+ passed", done.stdout), done.stdout[-500:]
    assert " failed" not in done.stdout and " error" not in done.stdout


def test_new_operations_work_through_client_async_client_and_cli(rehearsal: Rehearsal) -> None:
    result: dict[str, Any] = json.loads(ok(rehearsal, "exercise").stdout)
    for channel in ("sync", "async"):
        assert result[channel]["renew_order"] == {"order_id": "202107061625560742398"}, result[channel]
        assert result[channel]["get_card_sms_usage"] == {
            "month": "2025-04",
            "iccid": "89852022018041800192",
            "smsCount": 3,
        }
    assert result["sync"]["query_orders"] >= 0
    assert "page_size" in result["refused"], result["refused"]
    without_yes = result["cli_renew_without_yes"]
    assert without_yes["code"] == 2 and "--yes" in without_yes["stderr"] + without_yes["stdout"]
    assert result["cli_renew"]["code"] == 0, result["cli_renew"]
    assert json.loads(result["cli_renew"]["stdout"]) == {"order_id": "202107061625560742398"}
    assert json.loads(result["cli_usage"]["stdout"])["smsCount"] == 3
    listed = {entry["operation_id"]: entry for entry in json.loads(result["cli_operations"]["stdout"])}
    assert (
        listed["renew_order"]["side_effect"] == "spend" and listed["get_card_sms_usage"]["family"] == "pool"
    )
    served = result["stats"]["operations"]
    assert served["renew_order"]["served_by"] == "spec" and served["renew_order"]["calls"] == 3
    assert served["get_card_sms_usage"]["served_by"] == "spec"


def test_release_notes_classify_each_change(rehearsal: Rehearsal) -> None:
    report = json.loads(ok(rehearsal, "diff").stdout)
    changes = report["changes"]

    def find(kind: str, text: str) -> dict[str, Any]:
        hits = [c for c in changes if c["kind"] == kind and text in json.dumps(c)]
        assert hits, (
            f"no {kind} change mentioning {text}: {[(c['kind'], c.get('location')) for c in changes]}"
        )
        return hits[0]

    assert find("operation_added", "renew_order")["breaking"] is False
    assert find("operation_added", "get_card_sms_usage")["breaking"] is False
    assert find("field_added", "lastAttachTime")["breaking"] is False
    assert find("enum_value_added", "OrderStatus")["breaking"] is False  # open in responses (R-ENUM-OPEN)
    assert find("field_added", "package_code")["breaking"] is False  # optional in a request
    assert find("required_flipped", "page_size")["breaking"] is True
    assert report["bump"] == "major"


def test_the_wheel_builds_with_the_new_operations(rehearsal: Rehearsal) -> None:
    ok(rehearsal, "wheel")
    wheels = list((rehearsal.copy.parent / "dist").glob("*.whl"))
    assert len(wheels) == 1


def test_the_rehearsal_reports_its_time(rehearsal: Rehearsal, capsys: pytest.CaptureFixture[str]) -> None:
    assert rehearsal.seconds["total"] > 0
    summary = ", ".join(f"{name} {seconds:.1f} s" for name, seconds in rehearsal.seconds.items())
    with capsys.disabled():
        outside = len(outside_spec(rehearsal.changed))
        print(f"\nrehearsal of a vendor docs change ({outside} files edited outside spec/): {summary}")
