"""Prism's mock server, started from the spec, judges what the PUBLIC client really sends.

The project's own sandbox and stubs verify requests with the project's own reading of the spec; a
shared misreading would pass them. Prism validates each request against the document independently
(parameters, body schema, declared security) and refuses what does not match with a 4xx and its
reasons in the ``sl-violations`` header. Every operation of ``linksfield_api.facade.OPERATIONS`` is
called once through ``linksfield.Client`` (all three families' base URLs pointed at the mock) with the
spec's own request examples (``tests.client.support.arguments_for``). Prism's answer may be a mock
example: what the client makes of it is noted, not judged here.
"""

from __future__ import annotations

import json
import socket
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest

import linksfield
from linksfield.sandbox.config import client_arguments
from linksfield_api.facade import OPERATIONS
from tests.client.support import arguments_for, facade_method

from .harness import (
    Finding,
    ToolReport,
    acceptance_for,
    json_pointer,
    kill_group,
    node_environment,
    node_tool,
    npm_version,
    report,
)

pytestmark = pytest.mark.interop

OPERATION_IDS = sorted(OPERATIONS)
START_TIMEOUT = 90.0
CALL_TIMEOUT = 30.0
ACCEPTED: set[str] = set()


def free_port() -> int:
    """A port free on 127.0.0.1 right now (Prism binds it a moment later; a clash fails the start)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def wait_until_listening(process: subprocess.Popen[Any], port: int, log: Path) -> None:
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"prism exited ({process.returncode}) before listening:\n{log.read_text()[-3000:]}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return
        except OSError:
            time.sleep(0.2)
    pytest.fail(
        f"prism did not listen on 127.0.0.1:{port} within {START_TIMEOUT:.0f} s:\n{log.read_text()[-3000:]}"
    )


@pytest.fixture(scope="module")
def prism_url(bundled_spec: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """``prism mock`` on 127.0.0.1 and a free port, stopped by its process group id afterwards."""
    tool = report("prism", 50, "Prism mock + linksfield.Client", npm_version("@stoplight/prism-cli"))
    tool.outcome = "mock did not start"
    workdir = tmp_path_factory.mktemp("prism")
    log = workdir / "prism.log"
    port = free_port()
    command = [str(node_tool("prism")), "mock", "--host", "127.0.0.1", "--port", str(port), str(bundled_spec)]
    with log.open("w", encoding="utf-8") as sink:
        process = subprocess.Popen(
            command,
            cwd=workdir,
            env=node_environment(),
            stdin=subprocess.DEVNULL,
            stdout=sink,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        try:
            wait_until_listening(process, port, log)
            tool.outcome = f"0 of {len(OPERATION_IDS)} operations accepted"
            yield f"http://127.0.0.1:{port}"
        finally:
            kill_group(process)


@dataclass(frozen=True)
class Exchange:
    request: httpx.Request
    response: httpx.Response


class Recorder(httpx.HTTPTransport):
    """Keeps every request as sent and Prism's response, whatever the client then makes of it."""

    def __init__(self) -> None:
        super().__init__()
        self.exchanges: list[Exchange] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = super().handle_request(request)
        response.read()
        self.exchanges.append(Exchange(request, response))
        return response


@pytest.fixture(scope="module")
def recorded_client(
    prism_url: str, no_linksfield_environment: None
) -> Iterator[tuple[linksfield.Client, Recorder]]:
    """The public client with the sandbox's credentials and every family's base URL at the mock.

    No retries: a refusal must be seen once, as Prism sent it.
    """
    recorder = Recorder()
    http = httpx.Client(transport=recorder, timeout=CALL_TIMEOUT)
    client = linksfield.Client(**client_arguments(prism_url), max_retries=0, http_client=http)
    try:
        yield client, recorder
    finally:
        http.close()


def violations(response: httpx.Response) -> list[dict[str, Any]]:
    """Prism's ``sl-violations`` header (a JSON list), else a problem+json body, as violation dicts."""
    header = response.headers.get("sl-violations")
    if header:
        try:
            parsed = json.loads(header)
        except ValueError:
            return [{"location": [], "message": header}]
        if isinstance(parsed, list):
            return [item for item in parsed if isinstance(item, dict)]
    if response.status_code >= 400:
        try:
            body = response.json()
        except ValueError:
            body = {}
        if isinstance(body, dict) and ("title" in body or "detail" in body):
            return [{"location": [], "message": f"{body.get('title', '')} {body.get('detail', '')}".strip()}]
        return [{"location": [], "message": f"HTTP {response.status_code}: {response.text[:300]}"}]
    return []


def declared_security(document: dict[str, Any], path: str, method: str) -> str:
    """What the spec asks Prism to check for an operation, e.g. ``csssSign (apiKey in query `sign`)``.

    Prism's 401 says only "Invalid security scheme used"; the declaration is what a curator fixes.
    """
    operation = document["paths"][path][method]
    requirements = operation.get("security", document.get("security", []))
    schemes = document.get("components", {}).get("securitySchemes", {})
    described = []
    for requirement in requirements:
        for name in requirement:
            scheme = schemes.get(name, {})
            where = f"{scheme.get('type', '?')} in {scheme.get('in', '?')} `{scheme.get('name', '?')}`"
            described.append(f"{name} ({where})")
    return " or ".join(described) or "none"


def rule_of(status: int) -> str:
    if status in (401, 403):
        return "prism-security"
    if status in (400, 422):
        return "prism-request-validation"
    return f"prism-http-{status}"


def refuse(tool: ToolReport, findings: list[Finding], message: str) -> None:
    """Record a refusal; fail unless the curator accepted every finding of it (tools/interop/accepted.yaml)."""
    tool.findings += findings
    if not findings or any(acceptance_for(tool.key, finding) is None for finding in findings):
        pytest.fail(message)


@pytest.mark.parametrize("operation_id", OPERATION_IDS)
def test_prism_accepts_the_clients_request(
    operation_id: str,
    recorded_client: tuple[linksfield.Client, Recorder],
    bundled_document: dict[str, Any],
) -> None:
    tool = report("prism", 50, "Prism mock + linksfield.Client", npm_version("@stoplight/prism-cli"))
    client, recorder = recorded_client
    operation = OPERATIONS[operation_id]
    pointer = json_pointer("paths", operation.path, operation.method.lower())
    recorder.exchanges.clear()
    client_error = None
    try:
        facade_method(client, operation_id)(**arguments_for(operation_id))
    except Exception as error:  # the client's verdict on Prism's answer, or a refusal before sending
        client_error = f"{type(error).__name__}: {str(error)[:300]}"
    try:
        if not recorder.exchanges:
            message = f"{operation_id}: not sent by the client: {client_error}"
            refuse(tool, [Finding("error", "client-not-sent", pointer, message)], message)
            return
        response = recorder.exchanges[0].response
        found = violations(response)
        if response.status_code >= 400:
            if rule_of(response.status_code) == "prism-security":
                declared = declared_security(bundled_document, operation.path, operation.method.lower())
                found = [{**v, "message": f"{v.get('message')} (declared: {declared})"} for v in found]
            findings = []
            for violation in found:
                where = ".".join(str(token) for token in violation.get("location", []))
                message = f"{operation_id}: HTTP {response.status_code} {where}: {violation.get('message')}"
                findings.append(Finding("error", rule_of(response.status_code), pointer, message))
            reasons = "; ".join(str(v.get("message")) for v in found)
            refuse(
                tool,
                findings,
                f"Prism refused {operation_id} ({operation.method} {operation.path}) with HTTP "
                f"{response.status_code}: {reasons}",
            )
            return
        ACCEPTED.add(operation_id)
        for violation in found:
            tool.notes.append(f"{operation_id}: accepted, Prism noted: {violation.get('message')}")
        if client_error:
            tool.notes.append(f"{operation_id}: accepted; the client on Prism's mock answer: {client_error}")
    finally:
        tool.outcome = f"{len(ACCEPTED)} of {len(OPERATION_IDS)} operations accepted"
