"""Hypothesis: whatever a sender posts (random bytes, random JSON, mutated pushes, odd charsets),
the receiver answers 2xx with the right acknowledgement or 4xx with a message, never 5xx."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from linksfield.webhooks import Event, make_app

from .support import EXAMPLES, SMS_ACK, ServerThread

FUZZ = settings(
    max_examples=int(os.environ.get("WEBHOOK_FUZZ_EXAMPLES", "100")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)

json_scalars = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=30)
json_values = st.recursive(
    json_scalars,
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=4)
    ),
    max_leaves=12,
)
field_values = json_values | st.sampled_from(
    [
        "",
        "1",
        "1001",
        "1099",
        "2019-10-16 12:34:54",
        "2019-02-30 12:00:00",
        "8943108169998931684",
        "\x00",
        "你好",
    ]
)


@st.composite
def mutated_pushes(draw: st.DrawFn) -> dict[str, Any]:
    """A spec example with some fields replaced, dropped or added: deep into validation."""
    document = dict(EXAMPLES[draw(st.sampled_from(sorted(EXAMPLES)))])
    for key in draw(st.lists(st.sampled_from(sorted(document)), max_size=3, unique=True)):
        if draw(st.booleans()):
            document[key] = draw(field_values)
        else:
            del document[key]
    document.update(draw(st.dictionaries(st.text(max_size=10), json_values, max_size=2)))
    return document


class Sink:
    def __init__(self) -> None:
        self.events: list[Event] = []

    def __call__(self, event: Event) -> None:
        self.events.append(event)


@pytest.fixture(scope="module")
def target() -> Iterator[tuple[httpx.Client, Sink]]:
    sink = Sink()
    with ServerThread(make_app(sink)) as server, httpx.Client(base_url=server.url, timeout=10) as client:
        yield client, sink


def check(response: httpx.Response) -> None:
    assert response.status_code < 500, (response.status_code, response.text)
    if response.status_code == 200:
        assert response.content == b"1" or response.json() == SMS_ACK
    else:
        assert 400 <= response.status_code < 500
        answer = response.json()
        assert answer["code"] == str(response.status_code) and answer["message"] and answer["errors"]


@FUZZ
@given(
    raw=st.binary(max_size=600),
    path=st.sampled_from(["/", "/order_status_push", "/sms_mt_push", "/sms_mo_push"]),
)
def test_random_bytes_never_5xx(target: tuple[httpx.Client, Sink], raw: bytes, path: str) -> None:
    client, _ = target
    check(client.post(path, content=raw))


@FUZZ
@given(value=json_values)
def test_random_json_never_5xx(target: tuple[httpx.Client, Sink], value: Any) -> None:
    client, _ = target
    check(client.post("/", content=json.dumps(value).encode()))


@FUZZ
@given(document=mutated_pushes(), ascii_only=st.booleans())
def test_mutated_pushes_never_5xx(
    target: tuple[httpx.Client, Sink], document: dict[str, Any], ascii_only: bool
) -> None:
    client, _ = target
    check(
        client.post(
            "/", content=json.dumps(document, ensure_ascii=ascii_only).encode("utf-8", "surrogatepass")
        )
    )


@FUZZ
@given(
    raw=st.binary(max_size=200) | st.just(json.dumps(EXAMPLES["SmsMoPush"]).encode()),
    charset=st.text(st.characters(min_codepoint=0x20, exclude_characters="\x7f"), max_size=20),
)
def test_odd_charsets_never_5xx(target: tuple[httpx.Client, Sink], raw: bytes, charset: str) -> None:
    client, _ = target
    content_type = f"application/json; charset={charset}".encode(
        "utf-8", "surrogatepass"
    ).rstrip()  # raw bytes on the wire
    check(client.post("/", content=raw, headers={"content-type": content_type}))  # type: ignore[dict-item]


def test_fuzzing_reached_the_handler(target: tuple[httpx.Client, Sink]) -> None:
    """Runs last in this module: mutated pushes that stayed valid were handled, not just refused."""
    client, sink = target
    check(client.post("/", content=json.dumps(EXAMPLES["OrderStatusPush"]).encode()))
    assert sink.events
