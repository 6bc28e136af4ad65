"""Hypothesis against a real receiver process: whatever bytes arrive on any route (random bytes,
random JSON nested up to far past the bound, text with lone surrogates as escapes or as raw
bytes, mutated pushes, odd charsets), the answer is never a 5xx and the receiver keeps answering.

Bounded twice: ``max_examples`` per property, and one time budget for the module, after which
remaining examples return at once (the receiver is still checked at the end).
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.webhooks.support import EXAMPLES, SMS_ACK, ReceiverProcess, body

BUDGET_SECONDS = float(os.environ.get("RECEIVER_FUZZ_BUDGET", "60"))
PROPERTY = settings(
    max_examples=int(os.environ.get("RECEIVER_FUZZ_EXAMPLES", "50")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
    database=None,
)
ROUTES = ["/", "/order_status_push", "/sms_mt_push", "/sms_mo_push", "/health", "/nowhere"]
_deadline: list[float] = []


def within_budget() -> bool:
    if not _deadline:
        _deadline.append(time.monotonic() + BUDGET_SECONDS)
    return time.monotonic() < _deadline[0]


class Target:
    def __init__(self, receiver: ReceiverProcess) -> None:
        self.receiver = receiver
        self.client = httpx.Client(base_url=receiver.url, timeout=15, trust_env=False)
        self.sent = 0
        self.statuses: dict[int, int] = {}

    def send(self, path: str, raw: bytes, content_type: bytes = b"application/json") -> None:
        method = "GET" if path == "/health" and self.sent % 2 else "POST"
        headers = {b"content-type": content_type}  # raw bytes: a charset may be any text
        response = self.client.request(method, path, content=raw, headers=headers)
        self.sent += 1
        self.statuses[response.status_code] = self.statuses.get(response.status_code, 0) + 1
        assert response.status_code < 500, (path, raw[:80], response.status_code, response.text[:300])
        health = self.client.get("/health")
        assert health.status_code == 200 and health.json()["status"] == "ok"


@pytest.fixture(scope="module")
def target(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Target]:
    workdir = tmp_path_factory.mktemp("fuzzed")
    args = ["--host", "127.0.0.1", "--port", "0", "--db", str(workdir / "events.db"),
            "--body-timeout", "5", "--log-level", "error"]  # fmt: skip
    receiver = ReceiverProcess(workdir, *args).start()
    fuzzed = Target(receiver)
    try:
        yield fuzzed
        # Still answering and storing after everything the properties threw at it.
        assert fuzzed.client.post("/", content=body(EXAMPLES["SmsMoPush"])).json() == SMS_ACK
    finally:
        fuzzed.client.close()
        receiver.stop()
    errors = "".join(p.read_text(errors="replace") for p in workdir.glob("err-*.txt"))
    assert "Traceback" not in errors, errors


surrogates = st.characters(categories=["Cs"])
any_text = st.text(st.characters() | surrogates, max_size=20)
scalars = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | any_text
json_values = st.recursive(
    scalars,
    lambda children: st.lists(children, max_size=3) | st.dictionaries(any_text, children, max_size=3),
    max_leaves=10,
)


@st.composite
def nested(draw: st.DrawFn) -> Any:
    """A value wrapped in 0..200 arrays and objects: around, at and far past the 64-level bound."""
    value: Any = draw(scalars)
    for _ in range(draw(st.integers(0, 200))):
        value = [value] if draw(st.booleans()) else {draw(st.sampled_from(["a", "b", "\ud800"])): value}
    return value


@st.composite
def documents(draw: st.DrawFn) -> bytes:
    """Random JSON, or a spec example with fields replaced by random or deeply nested values, as
    ASCII escapes (``\\ud800``) or as raw bytes (lone surrogates become invalid UTF-8)."""
    if draw(st.booleans()):
        document: Any = draw(json_values | nested())
    else:
        document = dict(EXAMPLES[draw(st.sampled_from(sorted(EXAMPLES)))])
        for key in draw(st.lists(st.sampled_from(sorted(document)), max_size=2, unique=True)):
            document[key] = draw(json_values | nested())
        document.update(draw(st.dictionaries(any_text, json_values | nested(), max_size=2)))
    text = json.dumps(document, ensure_ascii=draw(st.booleans()))
    return text.encode("utf-8", "surrogatepass")


@PROPERTY
@given(raw=st.binary(max_size=2000), path=st.sampled_from(ROUTES))
def test_random_bytes_on_every_route_never_5xx(target: Target, raw: bytes, path: str) -> None:
    if within_budget():
        target.send(path, raw)


@PROPERTY
@given(raw=documents(), path=st.sampled_from(ROUTES))
def test_random_json_on_every_route_never_5xx(target: Target, raw: bytes, path: str) -> None:
    if within_budget():
        target.send(path, raw)


@PROPERTY
@given(
    raw=documents() | st.binary(max_size=300),
    charset=st.text(
        st.characters(min_codepoint=0x21, max_codepoint=0x7E, exclude_characters=";,"), max_size=20
    )
    | st.sampled_from(["gbk", "utf-16", "utf-32", "unicode_escape", "punycode", "latin-1", "utf-7"]),
)
def test_declared_charsets_never_5xx(target: Target, raw: bytes, charset: str) -> None:
    if within_budget():
        target.send("/", raw, f"application/json; charset={charset}".encode())


def test_the_properties_reached_the_receiver(target: Target) -> None:
    """Runs last: the examples were sent (not all skipped by the budget) and some were accepted."""
    print(f"\nreceiver fuzz: {target.sent} requests, statuses {target.statuses}")
    assert target.sent >= 50, target.statuses
    assert set(target.statuses) <= {200, 400, 404, 405, 408, 413}, target.statuses
