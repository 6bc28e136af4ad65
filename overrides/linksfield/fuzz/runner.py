"""Run schemathesis once per API family, signing every request, and judge the result.

Each family has its own base URL and signer, and schemathesis ignores path-level servers, hence one
run per family with ``--include-operation-id`` filters. A run fails when schemathesis finds a
failure, when a warning fires (``[warnings] fail-on``), or when any request was refused for its
signature — counted by the sandbox itself, or by the hooks' 401 log against a real UAT — because a
fuzz run where nothing was authenticated proves nothing (toolchain note 10).

Answers are judged strictly, against a real URL as against the sandbox. The client reads success
answers tolerantly by default (``strict_responses`` off: a misfit is returned and logged, not
raised), which is right for programs that spend money and wrong for a contract run, whose whole
point is to fail when the vendor drifts from the spec. The fuzzer does not go through the client's
reader at all: schemathesis validates every answer against the spec itself, with the
``response_schema_conformance`` check that ``CHECKS`` includes (the hooks borrow only the client's
signer), so a drifting field fails the run whatever the client's setting. ``STRICT_CHECKS`` names
the checks that make it so and is asserted against ``CHECKS`` when the command is built.
"""

from __future__ import annotations

import copy
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import attrs

from linksfield._spec import spec_document

from .plan import FamilyPlan

CONFIG = """\
[warnings]
fail-on = ["missing_auth", "validation_mismatch", "unresolvable_reference", "unmatched_filter"]
"""
CHECKS = "all"
STRICT_CHECKS = frozenset(
    {"response_schema_conformance", "content_type_conformance", "status_code_conformance"}
)
"""The checks that judge answers against the spec: a run without them would accept any answer."""


def _checks() -> str:
    """``CHECKS``, refusing a narrowed list that would drop the strict judging of answers."""
    chosen = set(CHECKS.split(","))
    missing = STRICT_CHECKS - chosen
    if "all" not in chosen and missing:
        raise ValueError(f"fuzz CHECKS must include {sorted(missing)}: answers are judged strictly")
    return CHECKS


@attrs.frozen
class FamilyResult:
    family: str
    returncode: int
    rejected_signatures: int
    seconds: float
    cases: int
    junit: Path

    @property
    def ok(self) -> bool:
        return self.returncode == 0 and self.rejected_signatures == 0


def fuzzed_document() -> dict[str, Any]:
    """The spec as the caller controls it: parameters the signer injects are not the fuzzer's.

    The order lifecycle's ``x-stateful-links`` become real ``links`` here (and only here): their
    request bodies embed runtime expressions, which schemathesis evaluates but the OpenAPI standard
    reads as literals, so the published document keeps them under an extension.

    CSSS bodies carry ``access_code``/``timestamp``/``version``/``sign`` (``x-injected-parameters``),
    which the auth fills in on the way out. Left in the schema, schemathesis would "remove" one as a
    negative case, the signer would put it back, and the valid request would be reported as a
    schema-violating request accepted. So the body schemas drop the parts that only hold them.
    """
    document = copy.deepcopy(spec_document())
    schemas = document["components"]["schemas"]
    for item in document["paths"].values():
        for operation in item.values():
            for response in (
                (operation.get("responses") or {}).values() if isinstance(operation, dict) else ()
            ):
                if isinstance(response, dict) and "x-stateful-links" in response:
                    response["links"] = response.pop("x-stateful-links")
            injected = set(operation.get("x-injected-parameters", ()))
            body = operation.get("requestBody", {}).get("content", {}).get("application/json", {})
            ref = str(body.get("schema", {}).get("$ref", ""))
            if not injected or not ref.startswith("#/components/schemas/"):
                continue
            schema = schemas[ref.rsplit("/", 1)[1]]
            schema["allOf"] = [
                part
                for part in schema.get("allOf", [])
                if not set(
                    schemas.get(str(part.get("$ref", "")).rsplit("/", 1)[-1], {}).get("required", ["-"])
                )
                <= injected
            ]
    return document


def _has_links(family_plan: FamilyPlan) -> bool:
    """Whether any operation of the run declares stateful links (the order lifecycle does)."""
    wanted = set(family_plan.operation_ids)
    for item in spec_document()["paths"].values():
        for operation in item.values():
            if not isinstance(operation, dict) or operation.get("operationId") not in wanted:
                continue
            if any("x-stateful-links" in response for response in operation.get("responses", {}).values()):
                return True
    return False


def _bundled_spec(folder: Path) -> Path:
    path = folder / "openapi.json"
    path.write_text(json.dumps(fuzzed_document()), encoding="utf-8")
    return path


_GENERATED = re.compile(r"(\d+) generated")


def _run_echoing(command: list[str], env: Mapping[str, str], cwd: Path) -> tuple[int, int]:
    """Run schemathesis, echo its output, and read the number of generated cases from its summary."""
    cases = 0
    with subprocess.Popen(
        command, env=env, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    ) as process:
        assert process.stdout is not None
        for line in process.stdout:
            sys.stdout.write(line)
            match = _GENERATED.search(line)
            if match:
                cases = int(match.group(1))
    return process.returncode, cases


def run_family(
    family_plan: FamilyPlan,
    *,
    base_url: str,
    env: Mapping[str, str],
    report_dir: Path,
    max_examples: int,
    seed: int | None,
    phases: str | None,
    workers: int,
    extra_args: Sequence[str] = (),
) -> FamilyResult:
    """One schemathesis run; refused signatures are the 401s the hooks saw on the run's own calls.

    Only the calls schemathesis makes for its test cases count: its ``ignored_auth`` probes, which
    strip or spoil credentials on purpose, do not pass through ``after_call``.
    """
    report_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="linksfield-fuzz-") as scratch:
        folder = Path(scratch)
        spec = _bundled_spec(folder)
        config = folder / "schemathesis.toml"
        config.write_text(CONFIG, encoding="utf-8")
        rejections = folder / "rejections.log"
        junit = report_dir / f"fuzz-{family_plan.family}.xml"
        command = [
            sys.executable, "-m", "schemathesis.cli", "--config-file", str(config), "run", str(spec),
            "--url", base_url, "--checks", _checks(), "--max-examples", str(max_examples),
            "--workers", str(workers), "--report", "junit", "--report-junit-path", str(junit),
            "--no-color", "--suppress-health-check", "all", "--generation-codec", "utf-8",
            "--generation-with-security-parameters", "false",
        ]  # fmt: skip
        for operation_id in family_plan.operation_ids:
            command += ["--include-operation-id", operation_id]
        if seed is not None:
            command += ["--seed", str(seed), "--generation-deterministic"]
        if phases or not _has_links(family_plan):
            # Without OpenAPI links the stateful phase has nothing to run and reports an error.
            command += ["--phases", phases or "examples,coverage,fuzzing"]
        run_env = {
            **os.environ,
            **env,
            "SCHEMATHESIS_HOOKS": "linksfield.fuzz.hooks",
            "LINKSFIELD_FUZZ_FAMILY": family_plan.family,
            "LINKSFIELD_FUZZ_REJECTIONS": str(rejections),
            "PYTHONUNBUFFERED": "1",
        }
        command += list(extra_args)
        started = time.perf_counter()
        returncode, cases = _run_echoing(command, run_env, folder)
        seconds = time.perf_counter() - started
        refusals = rejections.read_text(encoding="utf-8").splitlines() if rejections.exists() else []
        for line in refusals[:5]:
            print(f"refused signature: {line}")
        rejected = len(refusals)
    return FamilyResult(family_plan.family, returncode, rejected, seconds, cases, junit)
