"""Parse cost of the largest answers: a page of 100 devices, each with its active order.

The body is fetched from the sandbox once; then only CPU work is timed: the generated wire decoder
the client tries first (``linksfield_api.wire``: msgspec Structs checked in C, then the attrs
models), the tolerant parsers it falls back to for an answer that does not fit
(``linksfield_api.parsers``), the whole ``unwrap`` per answer, and for comparison ``json.loads``,
the client's JSON decoder alone, and openapi-python-client's lenient ``from_dict``.
"""

from __future__ import annotations

import json
import timeit
from collections.abc import Callable

from linksfield._json import loads
from linksfield._unwrap import unwrap
from linksfield._wire import wire_decoder
from linksfield_api.facade import QUERY_DEVICES
from linksfield_api.models import QueryDevicesResponse
from linksfield_api.parsers import PARSERS

from .figures import Figure
from .sandbox import client


def _best(fn: Callable[[], object], number: int) -> float:
    return min(timeit.repeat(fn, number=number, repeat=3)) / number * 1e6


def run(url: str, repeats: int, number: int = 50) -> list[Figure]:
    with client(url) as toolkit:
        raw = toolkit.devices.with_raw_response.query_devices(page_no=1, page_size=100)
    response = raw.http_response
    body = response.content
    envelope = json.loads(body)
    devices = envelope["data"]["device"] if isinstance(envelope.get("data"), dict) else []
    with_order = sum(1 for d in devices if isinstance(d, dict) and d.get("package_order"))
    parse = PARSERS[QueryDevicesResponse]
    wire = wire_decoder(QueryDevicesResponse)
    assert wire is not None, "no wire decoder for the devices page"
    decode, convert = wire
    cases: list[tuple[str, Callable[[], object]]] = [
        ("json.loads only (reference)", lambda: json.loads(body)),
        (
            "linksfield._json.loads (what the client decodes with)",
            lambda: loads(body),
        ),
        (
            "generated wire decoder: bytes to checked Structs to models (what the client runs first)",
            lambda: convert(decode(body)),
        ),
        (
            "generated tolerant parser: models + type checks (its fallback), after the decoder above",
            lambda: parse(envelope, (), []),
        ),
        (
            "openapi-python-client from_dict, unchecked (reference)",
            lambda: QueryDevicesResponse.from_dict(envelope),
        ),
        ("whole unwrap: bytes to data, envelope and checks", lambda: unwrap(QUERY_DEVICES, response)),
    ]
    note = f"{len(devices)} devices ({with_order} with an order), {len(body) / 1024:.0f} KiB of JSON"
    return [
        Figure(
            "parse", name, "µs/page", [_best(fn, number) for _ in range(repeats)], note=note if i == 0 else ""
        )
        for i, (name, fn) in enumerate(cases)
    ]
