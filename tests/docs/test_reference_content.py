"""What the offline API reference says, checked without a browser (tests/docs/test_reference_page.py
drives the same page in Chromium)."""

from __future__ import annotations

import ast
import copy
import inspect
from typing import Any

import pytest

import linksfield
from linksfield._spec import spec_document as load_spec
from linksfield.apidocs import build_view, render_page
from linksfield_api.facade import OPERATIONS


@pytest.fixture(scope="module")
def page() -> str:
    return render_page(build_view())


def test_every_operation_and_push_of_the_spec_has_a_section(page: str) -> None:
    for operation_id in OPERATIONS:
        assert f'id="op-{operation_id}"' in page, operation_id
    for push in load_spec()["webhooks"]:
        assert f'id="push-{push}"' in page, push


def test_every_snippet_is_python_that_calls_the_client_with_its_own_argument_names() -> None:
    client = linksfield.Client(access_key="a", secret_key="s", base_url="http://127.0.0.1:9")
    try:
        for doc in build_view().operations:
            tree = ast.parse(doc.snippet)
            calls = [node for node in ast.walk(tree) if isinstance(node, ast.Call) and node.keywords]
            method = getattr(getattr(client, doc.tag), doc.operation_id)
            accepted = set(inspect.signature(method).parameters)
            for call in calls:
                names = {keyword.arg for keyword in call.keywords}
                assert names <= accepted, (doc.operation_id, names - accepted)
    finally:
        client.close()


def test_codes_are_shown_with_their_documented_meaning() -> None:
    view = build_view()
    push = next(p for p in view.pushes if p.name == "order_status_push")
    enums = {field.name: dict(field.enum) for field in push.fields if field.enum}
    assert enums, "no enum with meanings on the order status push"
    assert any(meaning for meanings in enums.values() for meaning in meanings.values())


def test_descriptions_cannot_inject_markup() -> None:
    spec: dict[str, Any] = copy.deepcopy(load_spec())
    for item in spec["paths"].values():
        for operation in item.values():
            if isinstance(operation, dict) and operation.get("operationId") == "query_orders":
                operation["description"] = "<script>alert(1)</script> and `<b>code</b>`"
    page = render_page(build_view(spec))
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<code>&lt;b&gt;code&lt;/b&gt;</code>" in page
