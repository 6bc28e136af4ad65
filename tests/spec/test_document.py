"""The curated document itself: validity, references, the operation inventory, required extensions."""

from __future__ import annotations

import re
from typing import Any

import yaml
from openapi_spec_validator import validate

from .conftest import LOG_PATH, operations, resolve

INVENTORY_PATH = LOG_PATH.with_name("inventory.yaml")
INVENTORY: dict[str, Any] = yaml.safe_load(INVENTORY_PATH.read_text(encoding="utf-8"))
UPDATE_HINT = (
    "spec/openapi.yaml and spec/inventory.yaml disagree; if the change to the document is intended, "
    "update spec/inventory.yaml with it (it pins the intended inventory)"
)
REQUIRED_LOG_IDS = {
    "R-BIND-PATH",
    "R-QUERYDEVICE-TIMESTAMP",
    "R-BATCH-FIELDS",
    "R-BATCH-DEVICELIST",
    "R-TABLE-CASE",
    "R-DEVICE-ID-TWICE",
    "R-QUERYDEVICE-PACKAGE-ORDER",
    "R-OPEN-DATE-FORMAT",
    "R-TRAFFIC-POOL-V1-ONLY",
    "R-TRAFFIC-POOL-END-TIME",
    "R-SYNC-VERSION-TYPE",
    "R-SMS-CDR-PAGING",
    "R-CDR-DURATION",
    "R-REQUIRED-FLAGS",
    "R-CSSS-SIGN-EXCLUDE",
    "R-CSSS-SIGN-EMPTY",
    "R-CSSS-SIGN-TYPES",
    "R-CSSS-SIGN-NESTED",
    "R-CSSS-SIGN-UNICODE",
    "R-CSSS-SIGN-TIMESTAMP",
    "R-CSSS-SIGN-ORDER",
    "R-CSSS-SIGN-SKEW",
    "R-PUSH-1006",
    "R-ENUM-OPEN",
}
LOG_ROW = re.compile(r"^\| (R-[A-Z0-9-]+) \|", re.MULTILINE)


def _walk(node: Any, path: str = "#"):
    if isinstance(node, dict):
        for key, value in node.items():
            yield path, key, value
            yield from _walk(value, f"{path}/{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _walk(value, f"{path}/{index}")


def test_validates_with_openapi_spec_validator(spec: dict[str, Any]) -> None:
    validate(spec)
    assert spec["openapi"].startswith("3.1")


def test_every_ref_resolves_including_webhooks(spec: dict[str, Any]) -> None:
    refs = [(path, value) for path, key, value in _walk(spec) if key == "$ref"]
    assert any(path.startswith("#/webhooks") for path, _ in refs), "webhook refs must be part of the walk"
    for path, ref in refs:
        assert isinstance(ref, str) and ref.startswith("#/"), f"{path}: only local refs, got {ref!r}"
        resolve(spec, {"$ref": ref})  # raises KeyError naming the missing part


def test_no_openapi_30_nullable(spec: dict[str, Any]) -> None:
    offenders = [path for path, key, _ in _walk(spec) if key == "nullable"]
    assert offenders == [], "use type: [..., 'null'] in 3.1, not nullable"


def test_operation_inventory_matches_the_pinned_one(spec: dict[str, Any]) -> None:
    found = {
        op["operationId"]: {
            "method": method,
            "path": path,
            "tag": op["tags"][0],
            "family": op["x-api-family"],
            "side-effect": op["x-side-effect"],
            "paged": "x-pagination" in op,
        }
        for method, path, op in operations(spec)
    }
    pinned: dict[str, Any] = INVENTORY["operations"]
    differences = {
        name: {"document": found.get(name), "inventory": pinned.get(name)}
        for name in sorted(set(found) | set(pinned))
        if found.get(name) != pinned.get(name)
    }
    assert differences == {}, f"{UPDATE_HINT}: {differences}"
    assert sorted(spec["webhooks"]) == sorted(INVENTORY["webhooks"]), UPDATE_HINT


def test_every_operation_carries_its_metadata(spec: dict[str, Any]) -> None:
    tag_names = {tag["name"] for tag in spec["tags"]}
    for _method, path, op in operations(spec):
        name = op["operationId"]
        assert op.get("summary"), name
        assert op.get("description"), name
        assert len(op["tags"]) == 1 and op["tags"][0] in tag_names, name
        assert op["x-api-family"] in spec["x-linksfield-families"], name
        assert op["x-side-effect"] in {"read", "mutate", "spend"}, name
        families = spec["x-linksfield-families"]
        assert [s for requirement in op["security"] for s in requirement] == families[op["x-api-family"]][
            "security"
        ], name
        ok = resolve(spec, op["responses"]["200"])
        assert any(media.get("examples") for media in ok["content"].values()), f"{name}: no response example"
        prefix = {"cmp": "/cmp-api/", "pool": "/api/v1/", "csss": "/package/"}[op["x-api-family"]]
        assert path.startswith(prefix), name


def test_webhooks_declare_their_acknowledgement(spec: dict[str, Any]) -> None:
    acks = {name: item["post"]["x-acknowledgement"] for name, item in spec["webhooks"].items()}
    assert acks["order_status_push"] == {"content-type": "text/plain", "body": "1"}
    for name in ("sms_mt_push", "sms_mo_push"):
        assert acks[name] == {"content-type": "application/json", "body": {"code": "0", "message": "success"}}
    for item in spec["webhooks"].values():
        schema_ref = item["post"]["requestBody"]["content"]["application/json"]["schema"]["$ref"]
        assert schema_ref.startswith("#/components/schemas/"), "payloads live in components/schemas"


def test_paged_operations_describe_where_items_and_totals_are(spec: dict[str, Any]) -> None:
    schemas = spec["components"]["schemas"]
    paged = 0
    for _method, _path, op in operations(spec):
        pagination = op.get("x-pagination")
        if pagination is None:
            continue
        paged += 1
        name = op["operationId"]
        response = resolve(spec, op["responses"]["200"])["content"]["application/json"]["schema"]
        envelope = schemas[response["$ref"].rsplit("/", 1)[1]]
        data_ref = envelope["allOf"][1]["properties"]["data"]["anyOf"][0]["$ref"]
        data = schemas[data_ref.rsplit("/", 1)[1]]

        def lookup(dotted: str, schema: dict[str, Any] = data) -> dict[str, Any]:
            node = schema
            for part in dotted.split("."):
                node = resolve(spec, node["properties"][part])
            return node

        assert lookup(pagination["items"])["type"] == "array", name
        assert lookup(pagination["total-items"])["type"] == "integer", name
        if "total-pages" in pagination:
            assert lookup(pagination["total-pages"])["type"] == "integer", name
        location = pagination["in"]
        if location == "query":
            names = {resolve(spec, p)["name"] for p in op["parameters"]}
        else:
            body = op["requestBody"]["content"]["application/json"]["schema"]
            names = set(resolve(spec, body)["properties"])
        assert {pagination["page-param"], pagination["size-param"]} <= names, name
    assert paged == sum(1 for entry in INVENTORY["operations"].values() if entry["paged"]), UPDATE_HINT


def test_enums_name_and_describe_every_code(spec: dict[str, Any]) -> None:
    enums = {name: s for name, s in spec["components"]["schemas"].items() if "enum" in s}
    assert len(enums) >= 30
    for name, schema in enums.items():
        assert len(schema["x-enum-varnames"]) == len(schema["enum"]), name
        assert len(schema["x-enum-descriptions"]) == len(schema["enum"]), name
        assert schema.get("description"), name
    operations_enum = enums["OrderPushOperation"]["enum"]
    assert [f"{code}" for code in range(1001, 1011)] == [c for c in operations_enum if "1001" <= c <= "1010"]


def test_reconciliation_ids_are_unique_and_every_reference_exists(spec: dict[str, Any]) -> None:
    ids = LOG_ROW.findall(LOG_PATH.read_text(encoding="utf-8"))
    assert len(ids) == len(set(ids)), "duplicate reconciliation ids"
    referenced = {i for _p, key, value in _walk(spec) if key == "x-reconciliation" for i in value}
    assert referenced <= set(ids), referenced - set(ids)
    assert set(ids) >= REQUIRED_LOG_IDS, REQUIRED_LOG_IDS - set(ids)


def test_every_log_row_is_referenced_where_it_applies(spec: dict[str, Any]) -> None:
    """A decision nobody points at is invisible to a reader of the spec (and to drift's known list)."""
    ids = LOG_ROW.findall(LOG_PATH.read_text(encoding="utf-8"))
    referenced = {i for _p, key, value in _walk(spec) if key == "x-reconciliation" for i in value}
    assert sorted(set(ids) - referenced) == [], "log rows no x-reconciliation points at"
