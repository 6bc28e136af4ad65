"""Operations no handler knows are served from the spec alone, by a real sandbox process.

A modified copy of the bundled document gains three operations with no Python behind them: a CMP
mutation whose response has an ``examples`` map (the first one a refusal), a pool GET with required
query parameters and no example (so its ``data`` is synthesised), and a CSSS call. The sandbox is
started on that document with ``--spec``, as a curator would after regenerating, and must
authenticate, validate, sign, fault and count them like any other operation. The synthesis itself
is checked against every operation of the real spec.
"""

from __future__ import annotations

import copy
import json
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from linksfield._spec import spec_document
from linksfield.sandbox.behaviours import HANDLERS
from linksfield.sandbox.gateway.envelopes import success_body
from linksfield.sandbox.spec.answers import data_problem, data_schema, serve_plan, spec_answer
from linksfield.sandbox.spec.index import Operation, SpecIndex
from linksfield.sandbox.spec.synthesis import synthesize

from .support import SPEC, SandboxProcess, call, operations, schema_errors

RESET_PATH = "/cmp-api/device/resetModem"
ALERTS_PATH = "/api/v1/pool/getPoolAlerts"
STOCK_PATH = "/package/queryPackageStock"
RESET_DATA = {"device_id": "89430101523088119435", "reset_at": "2025-04-01 09:30:00", "status": "queued"}
STOCK_DATA = {"package_code": "DP20190726001274", "stock": 42}
ALERTS_QUERY = {"poolCode": "UP20250401000123", "level": "2"}


def _envelope(base: str, data: dict[str, Any]) -> dict[str, Any]:
    return {
        "allOf": [
            {"$ref": f"#/components/schemas/{base}"},
            {
                "type": "object",
                "required": ["data"],
                "properties": {"data": {"anyOf": [data, {"type": "null"}]}},
            },
        ]
    }


def _json(schema: dict[str, Any]) -> dict[str, Any]:
    return {"required": True, "content": {"application/json": {"schema": schema}}}


def _reset_modem() -> dict[str, Any]:
    data = {
        "type": "object",
        "required": ["device_id", "reset_at"],
        "properties": {
            "device_id": {"$ref": "#/components/schemas/AssetId"},
            "reset_at": {"$ref": "#/components/schemas/VendorDateTime"},
            "status": {"type": "string", "enum": ["queued", "done"]},
        },
    }
    body = {
        "type": "object",
        "required": ["device_id"],
        "properties": {"device_id": {"type": "string", "minLength": 1}, "mode": {"enum": ["soft", "hard"]}},
    }
    refused = {"code": "CB-10-1005", "data": None, "message": "device does not exist", "success": False}
    return {
        "operationId": "reset_modem",
        "summary": "Reset the modem of one device",
        "x-api-family": "cmp",
        "x-side-effect": "mutate",
        "security": [{"cmpHmac": []}],
        "requestBody": _json(body),
        "responses": {
            "200": {
                "description": "The envelope; `data` is the reset request.",
                "content": {
                    "application/json": {
                        "schema": _envelope("CmpEnvelopeBase", data),
                        "examples": {
                            "refused": {"value": refused},
                            "ok": {"$ref": "#/components/examples/ResetModemResponse"},
                        },
                    }
                },
            }
        },
    }


def _pool_alerts() -> dict[str, Any]:
    alert = {
        "type": "object",
        "required": ["level", "kind", "threshold", "code"],
        "properties": {
            "level": {"type": "integer", "minimum": 1, "maximum": 5},
            "kind": {"type": "string", "enum": ["usage", "expiry", "cards"]},
            "threshold": {"type": "number", "minimum": 0.5, "maximum": 100, "multipleOf": 0.5},
            "note": {"type": ["string", "null"], "maxLength": 8},
            "code": {"type": "string", "pattern": "^AL-[0-9]{4}$"},
        },
    }
    data = {
        "type": "object",
        "required": ["poolCode", "alerts", "generatedAt", "active", "label"],
        "properties": {
            "poolCode": {"$ref": "#/components/schemas/PoolCode"},
            "generatedAt": {"type": "string", "format": "date-time"},
            "day": {"$ref": "#/components/schemas/IsoDate"},
            "active": {"const": True},
            "label": {"type": "string", "minLength": 12, "maxLength": 12},
            "alerts": {"type": "array", "minItems": 2, "maxItems": 5, "uniqueItems": True, "items": alert},
            "extra": {"oneOf": [{"type": "integer", "exclusiveMinimum": 10}, {"type": "string"}]},
        },
    }
    level = {"type": "integer", "minimum": 1, "maximum": 5}
    return {
        "operationId": "get_pool_alerts",
        "summary": "The alerts of one traffic pool",
        "x-api-family": "pool",
        "x-side-effect": "read",
        "security": [{"poolCredential": []}],
        "parameters": [
            {"$ref": "#/components/parameters/PoolCode"},
            {"name": "level", "in": "query", "required": True, "schema": level},
        ],
        "responses": {
            "200": {
                "description": "The pool envelope; no example on the page.",
                "content": {"application/json": {"schema": _envelope("PoolEnvelopeBase", data)}},
            }
        },
    }


def _package_stock() -> dict[str, Any]:
    data = {
        "type": "object",
        "required": ["package_code", "stock"],
        "properties": {
            "package_code": {"$ref": "#/components/schemas/PackageCode"},
            "stock": {"type": "integer", "minimum": 0},
        },
    }
    body = {
        "allOf": [
            {"$ref": "#/components/schemas/CsssGlobalParameters"},
            {
                "type": "object",
                "required": ["package_code"],
                "properties": {"package_code": {"$ref": "#/components/schemas/PackageCode"}},
            },
        ]
    }
    ok = {"code": "0000", "data": STOCK_DATA, "message": "成功", "success": True}
    return {
        "operationId": "query_package_stock",
        "summary": "How many orders of a package can still be placed",
        "x-api-family": "csss",
        "x-side-effect": "read",
        "x-injected-parameters": ["access_code", "timestamp", "version", "sign"],
        "security": [],
        "requestBody": _json(body),
        "responses": {
            "200": {
                "description": "The envelope; `data` is the stock.",
                "content": {
                    "application/json": {
                        "schema": _envelope("CsssEnvelopeBase", data),
                        "examples": {"csss": {"value": ok}},
                    }
                },
            }
        },
    }


def extended_document() -> dict[str, Any]:
    """The bundled document plus the three new operations (and the example one refers to)."""
    document = copy.deepcopy(spec_document())
    document["paths"][RESET_PATH] = {"post": _reset_modem()}
    document["paths"][ALERTS_PATH] = {"get": _pool_alerts()}
    document["paths"][STOCK_PATH] = {"post": _package_stock()}
    document["components"]["examples"]["ResetModemResponse"] = {
        "summary": "Constructed for the test",
        "value": {"code": "0000", "data": RESET_DATA, "message": "success", "success": True},
    }
    return document


INDEX = SpecIndex(extended_document())
NEW = ("reset_modem", "get_pool_alerts", "query_package_stock")


def _op(operation_id: str) -> Operation:
    return INDEX.by_id[operation_id]


# -- build time: what answers each operation ---------------------------------------------------------


@pytest.mark.parametrize("operation", operations(), ids=lambda o: o.operation_id)
def test_synthesised_data_is_valid_for_every_operation_of_the_spec(operation: Operation) -> None:
    schema = data_schema(SPEC, operation)
    data = synthesize(SPEC, schema)
    assert data_problem(SPEC, schema, data) is None
    assert SPEC.validator(schema).is_valid(data)
    # ... and, wrapped in the family's envelope, it is a valid answer of the operation.
    assert schema_errors(operation, 200, success_body(operation.family, data, None)) is None
    assert synthesize(SPEC, schema) == data  # deterministic


@pytest.mark.parametrize("operation", operations(), ids=lambda o: o.operation_id)
def test_every_operation_of_the_spec_has_a_spec_answer(operation: Operation) -> None:
    """Without its handler, each operation would answer its example (or synthesised data), validly."""
    answer = spec_answer(SPEC, operation)
    assert answer.source.startswith("example ") or answer.source == "synthesised"
    assert answer.problem is None
    assert schema_errors(operation, 200, success_body(operation.family, answer.data, None)) is None


def test_the_plan_overlays_handlers_on_the_spec() -> None:
    plan = serve_plan(INDEX, HANDLERS)
    assert {name for name, served in plan.items() if served.served_by == "spec"} == set(NEW)
    assert plan["reset_modem"].answer is not None
    assert plan["reset_modem"].answer.source == "example ok"  # the refusal example is skipped
    assert plan["reset_modem"].answer.data == RESET_DATA
    assert plan["get_pool_alerts"].answer is not None
    assert plan["get_pool_alerts"].answer.source == "synthesised"
    assert plan["query_package_stock"].answer is not None
    assert plan["query_package_stock"].answer.source == "example csss"


def test_synthesis_respects_the_keywords() -> None:
    data = synthesize(INDEX, data_schema(INDEX, _op("get_pool_alerts")))
    assert data["active"] is True and len(data["label"]) == 12
    assert data["generatedAt"] == "2024-06-01T08:30:00Z" and data["day"] == "2024-06-01"
    alerts = data["alerts"]
    assert len(alerts) == 2 and alerts[0] != alerts[1]
    assert all(1 <= a["level"] <= 5 and a["kind"] in ("usage", "expiry", "cards") for a in alerts)
    assert all(a["code"].startswith("AL-") and a["threshold"] % 0.5 == 0 for a in alerts)
    assert data["extra"] == 11


def _with_data(document: dict[str, Any], operation_id: str, data: dict[str, Any]) -> None:
    """Add a copy of the pool alerts operation whose ``data`` schema is ``data``."""
    operation = copy.deepcopy(document["paths"][ALERTS_PATH]["get"])
    operation["operationId"] = operation_id
    schema = operation["responses"]["200"]["content"]["application/json"]["schema"]
    schema["allOf"][1]["properties"]["data"] = data
    document["paths"][f"/api/v1/pool/{operation_id}"] = {"get": operation}


def test_an_unsatisfiable_schema_starts_anyway_with_the_smallest_valid_data(
    caplog: pytest.LogCaptureFixture,
) -> None:
    document = extended_document()
    _with_data(document, "odd", {"type": "string", "not": {"const": "sandbox"}})
    _with_data(document, "never", {"type": "string", "minLength": 5, "maxLength": 2})
    with caplog.at_level("WARNING", logger="linksfield.sandbox"):
        plan = serve_plan(SpecIndex(document), HANDLERS)
    odd, never = plan["odd"].answer, plan["never"].answer
    assert odd is not None and odd.source == "fallback" and odd.data == ""
    assert never is not None and never.source == "fallback" and never.data is None
    assert never.problem is not None and "nothing is valid" in never.problem
    logged = [record.getMessage() for record in caplog.records]
    assert any(m.startswith("sandbox: odd: no valid data could be synthesised") for m in logged)
    assert plan["get_pool_alerts"].served_by == "spec"  # the others are served as usual


# -- a real process serving the extended document ----------------------------------------------------


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SandboxProcess]:
    path: Path = tmp_path_factory.mktemp("spec") / "openapi.json"
    path.write_text(json.dumps(extended_document(), ensure_ascii=False), encoding="utf-8")
    process = SandboxProcess("--spec", str(path), "--devices", "20").start()
    try:
        yield process
    finally:
        process.stop()


def _calls(sandbox: SandboxProcess) -> dict[str, int]:
    return {name: entry["calls"] for name, entry in sandbox.stats()["operations"].items()}


def test_banner_names_the_operations_served_from_the_spec(served: SandboxProcess) -> None:
    line = next(line for line in served.banner if line.startswith("served from the spec alone: "))
    assert line == (
        "served from the spec alone: reset_modem (example ok), get_pool_alerts (synthesised), "
        "query_package_stock (example csss)"
    )
    assert any(line.startswith("spec: ") and line.endswith("openapi.json") for line in served.banner)


def test_cmp_operation_answers_its_example_signed(served: SandboxProcess) -> None:
    with served.cmp() as client:
        response = call(client, _op("reset_modem"), body={"device_id": "89430101523088119435"})
        assert response.status_code == 200
        assert response.json() == {"code": "0000", "data": RESET_DATA, "message": "success", "success": True}
        assert response.headers["x-hmac-signature"] and response.headers["x-hmac-access-key"]
        assert isinstance(client.auth, httpx.Auth)
        client.auth.verify_response(response, date_source="response")  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("body", "reason"),
    [({}, "device_id: is required"), ({"device_id": 7}, "device_id: must be of type string")],
)
def test_cmp_operation_validates_its_body(served: SandboxProcess, body: dict[str, Any], reason: str) -> None:
    with served.cmp() as client:
        response = call(client, _op("reset_modem"), body=body)
    assert response.status_code == 400
    answer = response.json()
    assert answer["success"] is False and answer["data"] is None and answer["message"] == reason


def test_cmp_operation_refuses_unsigned_requests(served: SandboxProcess) -> None:
    before = served.stats()["rejected_signatures"]["cmp"]
    with httpx.Client(base_url=served.url, trust_env=False) as client:
        response = call(client, _op("reset_modem"), body={"device_id": "x"})
    assert response.status_code == 401
    assert "x-hmac-signature" not in response.headers
    assert served.stats()["rejected_signatures"]["cmp"] == before + 1


def test_pool_operation_answers_synthesised_valid_data(served: SandboxProcess) -> None:
    operation = _op("get_pool_alerts")
    with served.pool() as client:
        response = call(client, operation, query=ALERTS_QUERY)
    assert response.status_code == 200
    answer = response.json()
    assert answer["code"] == 200 and answer["message"] == "success"
    pointer = "#/paths/~1api~1v1~1pool~1getPoolAlerts/get/responses/200/content/application~1json/schema"
    assert INDEX.validator({"$ref": pointer}).is_valid(answer)
    assert answer["data"] == synthesize(INDEX, data_schema(INDEX, operation))


def test_pool_operation_validates_and_authenticates(served: SandboxProcess) -> None:
    operation = _op("get_pool_alerts")
    with served.pool() as client:
        missing = call(client, operation, query={"poolCode": "UP20250401000123"})
        too_high = call(client, operation, query={**ALERTS_QUERY, "level": "9"})
    assert missing.status_code == 400 and missing.json()["message"] == "level: is required"
    assert missing.json()["code"] == 400
    assert too_high.status_code == 400 and too_high.json()["message"] == "level: must be at most 5"
    with served.pool("not-the-credential") as client:
        assert call(client, operation, query=ALERTS_QUERY).status_code == 401


def test_csss_operation_answers_its_example(served: SandboxProcess) -> None:
    operation = _op("query_package_stock")
    with served.csss() as client:
        response = call(client, operation, body={"package_code": "DP20190726001274"})
        missing = call(client, operation, body={})
    assert response.status_code == 200
    answer = response.json()  # the message follows Accept-Language (success / 成功)
    assert answer == {"code": "0000", "data": STOCK_DATA, "message": answer["message"], "success": True}
    assert missing.status_code == 400 and missing.json()["message"] == "package_code: is required"
    with httpx.Client(base_url=served.url, trust_env=False) as client:
        assert call(client, operation, body={"package_code": "DP1"}).status_code == 401


def test_stats_say_who_serves_each_operation_and_count_its_calls(served: SandboxProcess) -> None:
    before = _calls(served)
    with served.cmp() as client:
        for body in ({"device_id": "a"}, {"device_id": "b"}, {}):
            call(client, _op("reset_modem"), body=body)
    with served.pool() as client:
        call(client, _op("get_pool_alerts"), query=ALERTS_QUERY)
    stats = served.stats()
    operations = stats["operations"]
    assert set(operations) == {op.operation_id for op in INDEX.operations}
    assert stats["served_from_spec"] == list(NEW)
    assert operations["reset_modem"] == {
        "served_by": "spec",
        "calls": before["reset_modem"] + 3,
        "answer": "example ok",
    }
    assert operations["get_pool_alerts"] == {
        "served_by": "spec",
        "calls": before["get_pool_alerts"] + 1,
        "answer": "synthesised",
    }
    assert operations["query_orders"] == {"served_by": "handler", "calls": before["query_orders"]}


def test_faults_apply_to_spec_served_operations(served: SandboxProcess) -> None:
    before = served.stats()
    try:
        served.set_faults("rate429=1,retry_after=3,only=reset_modem")
        with served.cmp() as client:
            limited = call(client, _op("reset_modem"), body={"device_id": "a"})
        with served.pool() as client:
            untouched = call(client, _op("get_pool_alerts"), query=ALERTS_QUERY)
        served.set_faults("error5xx=1,only=get_pool_alerts")
        with served.pool() as client:
            failed = call(client, _op("get_pool_alerts"), query=ALERTS_QUERY)
    finally:
        served.set_faults("")
    assert limited.status_code == 429 and limited.headers["retry-after"] == "3"
    assert limited.json() == {"message": "API rate limit exceeded"}
    assert untouched.status_code == 200
    assert failed.status_code in (500, 502, 503) and failed.json()["data"] is None
    after = served.stats()
    assert after["faults"]["rate429"] == before["faults"].get("rate429", 0) + 1
    assert after["operations"]["reset_modem"]["calls"] == before["operations"]["reset_modem"]["calls"] + 1
    assert after["requests"]["pool"] == before["requests"]["pool"] + 2


def test_start_up_warnings_follow_the_banner(tmp_path: Path) -> None:
    """A fallback is logged, after the URL line that scripts read, and the sandbox still serves."""
    document = extended_document()
    _with_data(document, "never", {"type": "string", "minLength": 5, "maxLength": 2})
    path = tmp_path / "openapi.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    process = SandboxProcess("--spec", str(path), "--devices", "5").start()
    try:
        assert process.banner[0] == f"sandbox listening on {process.url}"
        assert "never (fallback)" in next(line for line in process.banner if line.startswith("served from"))
        deadline = time.monotonic() + 5
        while not any("sandbox: never: " in line for line in process.banner) and time.monotonic() < deadline:
            time.sleep(0.02)
        warning = next(line for line in process.banner if "sandbox: never: " in line)
        assert process.banner.index(warning) > 0 and "nothing is valid" in warning
        with process.pool() as client:
            answer = client.get("/api/v1/pool/never", params=ALERTS_QUERY)
        assert answer.status_code == 200 and answer.json()["data"] is None
        assert process.stats()["operations"]["never"]["problem"].startswith("no valid data")
    finally:
        process.stop()


def test_an_unreadable_spec_stops_the_start_with_a_message(tmp_path: Path) -> None:
    with pytest.raises(RuntimeError, match="--spec: "):
        SandboxProcess("--spec", str(tmp_path / "missing.json")).start()
