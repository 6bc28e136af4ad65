"""Hypothesis against a real sandbox: whatever a client sends to any route, the answer is no 5xx.

Every operation path of the spec (with its method, aliases included) and every admin route gets
each generated request: random bytes, random JSON (random nesting, up to far past the 64-level
bound), text with lone surrogates (as ``\\ud800`` escapes, and as raw CESU bytes), numbers far past
``int()``'s limit, objects with the spec's own field names, random query strings and path
segments. Requests are signed where the family needs it, so they reach validation and the
handlers: the sandbox runs with ``--require-digest``, so the CMP signature covers the exact body
bytes; CSSS bodies carry a real ``sign``. Afterwards: the sandbox answers, logged no exception,
counted no internal error, and refused no CMP signature (the fuzzing really got past the gateway).

Bounded twice: ``max_examples`` per route group (each example goes to every route of the group),
and a time budget per group after which the remaining examples return at once.
"""

from __future__ import annotations

import json
import os
import re
import time
from collections.abc import Iterator
from typing import Any
from urllib.parse import quote, quote_from_bytes

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.sandbox.support import SPEC, SandboxProcess
from tests.spec_requests import WireRequest, example_request

from .sandbox_support import Raw, admin_routes, assert_alive, csss_body, operation_routes, server_errors

EXAMPLES = int(os.environ.get("SANDBOX_FUZZ_EXAMPLES", "50"))
BUDGET_SECONDS = float(os.environ.get("SANDBOX_FUZZ_BUDGET", "15"))
PROPERTY = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example],
    database=None,
)

Route = tuple[str, str, str, str | None]
"""(family, method, path template, operation id; None for admin routes)."""
GROUPS: dict[str, list[Route]] = {"cmp": [], "csss": [], "pool": [], "admin": []}
for _family, _method, _path, _operation_id in operation_routes():
    GROUPS[_family].append((_family, _method, _path, _operation_id))
for _method, _path in admin_routes():
    GROUPS["admin"].append(("admin", _method, _path, None))

FIELD_NAMES = sorted(
    {p.name for op in SPEC.operations for p in op.parameters}
    | {
        name
        for op in SPEC.operations
        if op.body_schema is not None
        for name in (SPEC.resolve(op.body_schema).get("properties") or {})
    }
    | {"seed", "faults", "callback_url", "device_id", "dest_address", "sms_content", "timestamp", "sign"}
)

surrogates = st.integers(0xD800, 0xDFFF).map(chr)
any_text = st.text(st.characters() | surrogates, max_size=24)
tricky_text = st.sampled_from(["", "0", "1", "-1", "²", "٣", "9" * 70, "9" * 5000, "1e400", "NaN", "52.0",
                               "2024-02-31", "89430101523088119435", "DP20190726001274", "\x00", "%ED%A0%80"])  # fmt: skip
numbers = (
    st.integers()
    | st.integers(min_value=10**60, max_value=10**70)
    | st.floats(allow_nan=False, allow_infinity=False)
)
scalars = st.none() | st.booleans() | numbers | any_text | tricky_text
keys = st.sampled_from(FIELD_NAMES) | any_text
json_values = st.recursive(
    scalars, lambda kids: st.lists(kids, max_size=4) | st.dictionaries(keys, kids, max_size=5), max_leaves=20
)
objects = st.dictionaries(keys, json_values, max_size=8)


def _nest(value: Any, depth: int) -> Any:
    for level in range(depth):
        value = [value] if level % 2 else {"k": value}
    return value


@st.composite
def bodies(draw: st.DrawFn) -> tuple[str, Any]:
    """("mutated", (slot, value)): each operation's own valid request (``tests.spec_requests``) with
    one field (body, query or path, chosen by ``slot``) replaced by ``value``, so the request gets
    past validation into the handlers; ("object", a dict: CSSS bodies get signed); or ("bytes",
    exact bytes)."""
    kind = draw(
        st.sampled_from(["mutated", "mutated", "object", "deep", "bytes", "raw-surrogates", "big-number"])
    )
    if kind == "mutated":
        return "mutated", (draw(st.integers(0, 63)), draw(json_values))
    if kind == "object":
        return "object", draw(objects)
    if kind == "deep":
        nested = _nest(draw(json_values), draw(st.integers(0, 130)))
        return "bytes", json.dumps(nested, ensure_ascii=True).encode()
    if kind == "raw-surrogates":  # not escapes: the bytes a CESU encoder writes (invalid UTF-8)
        return "bytes", json.dumps(draw(objects), ensure_ascii=False).encode("utf-8", "surrogatepass")
    if kind == "big-number":
        field = draw(st.sampled_from(FIELD_NAMES))
        digits = draw(st.integers(20, 6000))
        return "bytes", b'{"' + field.encode() + b'":' + b"9" * digits + b"}"
    return "bytes", draw(st.binary(max_size=512))


def _piece(value: str | bytes) -> str:
    """Percent-encoded, a lone surrogate as its CESU bytes (``%ED%A0%80``)."""
    return (
        quote_from_bytes(value, safe="")
        if isinstance(value, bytes)
        else quote(value, safe="", errors="surrogatepass")
    )


queries = st.lists(
    st.tuples(
        st.sampled_from(FIELD_NAMES) | st.text(max_size=8), any_text | tricky_text | st.binary(max_size=12)
    ),
    max_size=5,
).map(lambda pairs: "&".join(f"{_piece(k)}={_piece(v)}" for k, v in pairs))
segments = (any_text | tricky_text | st.binary(min_size=1, max_size=12)).map(_piece).filter(bool)


def _text(value: Any) -> str:
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=True)


CSSS_GLOBALS = ("access_code", "timestamp", "version")


def _mutated(operation_id: str | None, template: str, slot: int, value: Any) -> tuple[str, Any, str, str]:
    """(kind, body, query, path) of the route's valid request with field number ``slot`` set to ``value``.

    A mutated CSSS global parameter (``timestamp`` ...) is kept out of the body and passed to
    ``csss_body`` as an override, so the request is signed with it."""
    request = (
        example_request(operation_id) if operation_id else WireRequest(body={"device_id": "x", "seed": 1})
    )
    body = dict(request.body) if request.body is not None else None
    fields = [("body", k) for k in body or {}] + [("query", k) for k in request.query]
    fields += [("path", k) for k in request.path]
    if fields:
        where, name = fields[slot % len(fields)]
        {"body": body or {}, "query": request.query, "path": request.path}[where][name] = value
        if body is not None and name in CSSS_GLOBALS and "sign" in body:
            body = {k: v for k, v in body.items() if k not in CSSS_GLOBALS} | {"__override__": {name: value}}
    query = "&".join(f"{_piece(k)}={_piece(_text(v))}" for k, v in request.query.items())
    path = template
    for name, piece in request.path.items():
        path = path.replace("{" + name + "}", _piece(_text(piece)) or "x")
    path = re.sub(r"\{[^/]+\}", "x", path)
    if body is None:
        return "bytes", b"", query, path
    if template == "/_sandbox/config":
        body.pop("callback_url", None)
    return "object", body, query, path


class Target:
    def __init__(self, sandbox: SandboxProcess) -> None:
        self.sandbox = sandbox
        self.raw = Raw(sandbox, digest=True)
        self.sent = 0
        self.statuses: dict[int, int] = {}
        self.deadlines: dict[str, float] = {}

    def within_budget(self, group: str) -> bool:
        deadline = self.deadlines.setdefault(group, time.monotonic() + BUDGET_SECONDS)
        return time.monotonic() < deadline

    def send(self, route: Route, body: tuple[str, Any], query: str, segment: str) -> None:
        family, method, template, operation_id = route
        kind, value = body
        if kind == "mutated":
            kind, value, query, path = _mutated(operation_id, template, *value)
        else:
            path = template
            while "{" in path:
                start, end = path.index("{"), path.index("}")
                path = path[:start] + segment + path[end + 1 :]
        target = path + (f"?{query}" if query else "")
        if kind == "object" and template == "/_sandbox/config":
            value = {k: v for k, v in value.items() if k != "callback_url"}  # pushes stay on 127.0.0.1
        if kind == "bytes":
            raw = value
        elif family == "csss":
            overrides = value.pop("__override__", {}) if isinstance(value, dict) else {}
            raw = csss_body(value, **overrides)
        else:
            raw = json.dumps(value, ensure_ascii=True).encode()
        response = self.raw.send(family, method, target, raw)
        self.sent += 1
        self.statuses[response.status_code] = self.statuses.get(response.status_code, 0) + 1
        assert response.status_code < 500, (
            method,
            target[:200],
            raw[:200],
            response.status_code,
            response.text[:300],
        )
        if template == "/_sandbox/config" and response.status_code == 200 and response.json()["faults"]:
            # A random text that happens to be a fault spec: switched off again at once (a fault's
            # 5xx is on purpose, and no property is about faults).
            assert self.raw.send("admin", "POST", "/_sandbox/config", b'{"faults": ""}').status_code == 200


@pytest.fixture(scope="module")
def target() -> Iterator[Target]:
    sandbox = SandboxProcess("--require-digest", "--push-backoff", "0.1").start()
    fuzzed = Target(sandbox)
    try:
        yield fuzzed
        assert_alive(sandbox)
        stats = sandbox.stats()
        assert stats["internal_errors"] == 0
        assert stats["rejected_signatures"]["cmp"] == 0, stats["rejected_reasons"]
    finally:
        fuzzed.raw.close()
        sandbox.stop()
    assert server_errors(sandbox) == [], "\n".join(sandbox.banner)


@pytest.mark.parametrize("group", sorted(GROUPS))
@PROPERTY
@given(body=bodies(), query=queries, segment=segments)
def test_no_request_to_any_route_is_a_5xx(
    group: str, body: tuple[str, Any], query: str, segment: str, target: Target
) -> None:
    if not target.within_budget(group):
        return
    for route in GROUPS[group]:
        target.send(route, body, query, segment)
    assert_alive(target.sandbox)


def test_every_route_was_reached(target: Target) -> None:
    """Runs after the properties (file order): the budget did not swallow them, all routes were hit."""
    routes = sum(len(routes) for routes in GROUPS.values())
    assert routes >= len(SPEC.operations) + 10
    assert target.sent >= 10 * routes, (target.sent, target.statuses)
    assert not any(status >= 500 for status in target.statuses)
    with httpx.Client(base_url=target.sandbox.url, trust_env=False) as client:
        assert client.get("/_sandbox/health").json() == {"status": "ok"}
