"""The API families as objects: one per ``x-api-family`` of the spec, and nothing else branching on names."""

from __future__ import annotations

import ast
from pathlib import Path
from typing import Any

import attrs
import httpx
import pytest

import linksfield
from linksfield._families import FAMILIES, family_of
from linksfield._spec import spec_document
from linksfield_api.facade import FAMILY_SERVERS, OPERATIONS

from .support import ROOT, Stub, answer, arguments_for, facade_method

PACKAGE = ROOT / "overrides" / "linksfield"


def test_one_family_object_per_family_of_the_spec() -> None:
    assert FAMILIES.keys() == FAMILY_SERVERS.keys() == spec_document()["x-linksfield-families"].keys()
    assert {operation.family for operation in OPERATIONS.values()} <= FAMILIES.keys()
    for name, family in FAMILIES.items():
        assert family.name == name
        assert family.servers == FAMILY_SERVERS[name]
        fields = attrs.fields_dict(linksfield.Settings)
        assert set(family.env_settings) <= fields.keys()


def test_success_rules_are_the_spec_s() -> None:
    for name, declared in spec_document()["x-linksfield-families"].items():
        rule = FAMILIES[name].success
        assert dict(rule.fields) == declared["success"]
        assert rule.inner_status == declared.get("inner-status-success")


@pytest.mark.parametrize(
    ("family", "envelope", "refused"),
    [
        ("cmp", {"success": True, "code": "0000", "data": {}}, None),
        ("cmp", {"success": 1, "code": "0000"}, ("0000", "the cmp API refused the call")),
        ("cmp", {"success": False, "code": "CB-10-1001", "message": "no"}, ("CB-10-1001", "no")),
        (
            "cmp",
            {"success": True, "code": "0000", "data": {"status": {"code": "CB-99-9500"}}},
            ("CB-99-9500", ""),
        ),
        ("csss", {"success": True, "code": "0000", "data": {"status": {"code": "X"}}}, None),
        ("pool", {"code": 200}, None),
        ("pool", {"code": 0}, None),
        ("pool", {"code": "200", "message": "text"}, ("200", "text")),
        ("pool", {"code": 500}, (500, "the pool API refused the call")),
    ],
)
def test_each_family_reads_success_its_own_way(
    family: str, envelope: dict[str, Any], refused: tuple[object, str] | None
) -> None:
    assert family_of(family).refusal(envelope) == refused


def test_missing_settings_are_named_from_the_family(stub: Stub) -> None:
    client = linksfield.Client(
        access_key="k", secret_key="s", http_client=httpx.Client(transport=httpx.MockTransport(stub))
    )
    with pytest.raises(linksfield.ConfigurationError) as caught:
        facade_method(client, "get_pool_detail")(**arguments_for("get_pool_detail"))
    assert "pass pool_base_url= or set LINKSFIELD_POOL_BASE_URL" in str(caught.value)
    client = client.with_options(pool_base_url="https://pool.example")
    with pytest.raises(linksfield.ConfigurationError) as caught:
        facade_method(client, "get_pool_detail")(**arguments_for("get_pool_detail"))
    assert "pass pool_credential or set LINKSFIELD_POOL_CREDENTIAL" in str(caught.value)
    with pytest.raises(
        linksfield.ConfigurationError, match="access_key/secret_key or set LINKSFIELD_ACCESS_KEY"
    ):
        linksfield.Client(base_url="https://cmp.example").packages.sync_packages(page_no=1, page_size=1)


def test_only_cmp_answers_are_verified(stub: Stub) -> None:
    """``verify_responses`` checks the families that sign answers (the CMP gateway); the stub
    does not sign, so CMP answers are refused and the other families' pass."""
    stub.default = answer(200, {"code": 200, "message": "ok", "data": None})
    client = stub.client(verify_responses=True)
    with pytest.raises(linksfield.SignatureMismatchError):
        client.packages.sync_packages(page_no=1, page_size=1)
    assert FAMILIES["cmp"].sign(client.settings).verify_response is not None  # type: ignore[union-attr]
    assert FAMILIES["pool"].sign(client.settings).verify_response is None  # type: ignore[union-attr]


def test_every_family_names_a_sandbox_verifier() -> None:
    for family in FAMILIES.values():
        assert callable(family.sandbox_verifier())


def _name_literals(path: Path) -> list[str]:
    names = set(FAMILIES)
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [
        f"{path.name}:{node.lineno} {node.value!r}"
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and node.value in names
    ]


def test_no_core_module_branches_on_a_family_name() -> None:
    """Family knowledge lives in ``_families`` (and the per-family signers and sandbox verifiers)."""
    core = [path for path in PACKAGE.glob("*.py") if path.name != "_families.py"]
    found = [hit for path in core for hit in _name_literals(path)]
    found += [hit for path in (PACKAGE / "_signing").glob("*.py") for hit in _name_literals(path)]
    found += _name_literals(PACKAGE / "sandbox" / "gateway" / "dispatch.py")
    assert found == []
