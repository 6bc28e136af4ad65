"""The generated parsers against two oracles: openapi-python-client's ``from_dict`` (same objects
when the answer fits) and JSON Schema validation of the spec (a misfit must be one the schema also
finds; an answer the schema accepts must parse without one).

The documents are every operation's 200 examples and mutations of them: keys dropped, values
replaced by null, by an unknown code, by values of other JSON types, unknown keys added. The parsers
read on past a misfit (issue 15): each one is noted and its value kept, as received, at its place.
"""

from __future__ import annotations

import copy
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings

from linksfield._spec_checks import locate_problem
from linksfield_api.facade import OPERATIONS
from linksfield_api.models import OrderStatus, Page, QueryOrdersResponse
from linksfield_api.parsers import PARSERS, Misfit, Notes
from linksfield_api.types import UNSET

from .support import mutated_answers, parsed_at, response_examples

Path = tuple[str | int, ...]

EXAMPLES = [
    (operation_id, name, example)
    for operation_id in sorted(OPERATIONS)
    for name, example in response_examples(operation_id).items()
]


def _parse(operation_id: str, document: Any) -> tuple[Any, Notes]:
    notes: Notes = []
    return PARSERS[OPERATIONS[operation_id].response_type](document, (), notes), notes


def _misfits(notes: Notes) -> list[Misfit]:
    return [note for note in notes if isinstance(note, Misfit)]


def _document_at(document: Any, path: Path) -> Any:
    for part in path:
        if isinstance(document, dict) and part not in document:
            return UNSET
        document = document[part]
    return document


def _schema_problem(operation_id: str, document: object) -> tuple[Path, str] | None:
    operation = OPERATIONS[operation_id]
    return locate_problem(operation.method, operation.path, 200, document)


@pytest.mark.parametrize(
    ("operation_id", "name", "example"), EXAMPLES, ids=[f"{o}-{n}" for o, n, _ in EXAMPLES]
)
def test_every_example_parses_to_what_from_dict_builds(operation_id: str, name: str, example: Any) -> None:
    parsed, notes = _parse(operation_id, example)
    assert parsed == OPERATIONS[operation_id].response_type.from_dict(copy.deepcopy(example))
    assert notes == []


def test_the_examples_cover_every_operation() -> None:
    assert {operation_id for operation_id, _, _ in EXAMPLES} == set(OPERATIONS)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated_answers(EXAMPLES))
def test_mutated_answers_agree_with_from_dict_and_the_schema(case: tuple[str, Any]) -> None:
    operation_id, document = case
    response_type = OPERATIONS[operation_id].response_type
    problem = _schema_problem(operation_id, document)
    parsed, notes = _parse(operation_id, document)
    misfits = _misfits(notes)
    if misfits:
        # Never stricter than the spec: the schema refuses the same document.
        assert problem is not None, f"misfit at {misfits[0].path} in a document the schema accepts"
        for misfit in misfits:
            # Read on: the value is kept where it was found, as received (a missing one as UNSET).
            assert misfit.found is _document_at(document, misfit.path)
            assert parsed_at(parsed, misfit.path) is misfit.found
        return
    # Fits: the very objects openapi-python-client builds (it may refuse nothing we accept).
    assert parsed == response_type.from_dict(copy.deepcopy(document))
    if problem is not None:
        # The schema refuses more than types (patterns, formats, bounds): never a type the parser let through.
        assert "must be of type" not in problem[1], problem


def _orders() -> dict[str, Any]:
    """The query_orders example with three orders."""
    return response_examples("query_orders")["cmp_v2"]


def test_an_unknown_code_is_kept_plain_and_noted_with_its_wire_path() -> None:
    document = _orders()
    document["data"]["package_order"][0]["orderStatus"] = "9"
    notes: Notes = []
    parsed = PARSERS[QueryOrdersResponse](document, (), notes)
    assert parsed.data.package_order[0].order_status == "9"
    assert not isinstance(parsed.data.package_order[0].order_status, OrderStatus)
    assert notes == [(("data", "package_order", 0, "orderStatus"), "9")]


def test_a_known_code_becomes_the_enum_member() -> None:
    document = _orders()
    document["data"]["package_order"][0]["orderStatus"] = "2"
    parsed = PARSERS[QueryOrdersResponse](document, (), [])
    assert parsed.data.package_order[0].order_status is OrderStatus("2")


@pytest.mark.parametrize(
    ("edit", "path", "found", "text"),
    [
        (
            lambda d: d["package_order"][0].pop("orderCode"),
            ("data", "package_order", 0, "orderCode"),
            UNSET,
            "is required",
        ),
        (
            lambda d: d["page"].__setitem__("total_count", True),
            ("data", "page", "total_count"),
            True,
            "expected int, got bool",
        ),
        (
            lambda d: d["package_order"][0].__setitem__("profileList", [3]),
            ("data", "package_order", 0, "profileList", 0),
            3,
            "expected Profile, got int",
        ),
    ],
    ids=["missing", "bool-for-int", "list-item"],
)
def test_a_misfit_names_the_wire_path_and_the_reason(edit: Any, path: Path, found: object, text: str) -> None:
    document = _orders()
    edit(document["data"])
    notes: Notes = []
    parsed = PARSERS[QueryOrdersResponse](document, (), notes)
    [misfit] = _misfits(notes)
    assert misfit.path == path
    assert misfit.found is found or misfit.found == found
    assert text in str(misfit) and text == misfit.reason
    assert parsed_at(parsed, path) is misfit.found  # kept where it was found
    assert "found" not in repr(misfit)  # the value may be personal data: never in a repr


def test_a_misfit_keeps_the_raw_value_in_place_and_its_siblings_typed() -> None:
    document = _orders()
    document["data"]["package_order"][1]["orderStatus"] = 2
    document["data"]["package_order"][2] = "not an order"
    notes: Notes = []
    parsed = PARSERS[QueryOrdersResponse](document, (), notes)
    orders = parsed.data.package_order
    assert [m.path for m in _misfits(notes)] == [
        ("data", "package_order", 1, "orderStatus"),
        ("data", "package_order", 2),
    ]
    assert orders[1].order_status == 2  # as received
    assert orders[2] == "not an order"
    assert isinstance(orders[0].order_status, OrderStatus)  # the sibling order: typed
    assert orders[1].order_code == document["data"]["package_order"][1]["orderCode"]  # sibling fields too
    assert isinstance(parsed.data.page, Page)


def test_unknown_keys_are_kept_as_additional_properties() -> None:
    document = _orders()
    document["data"]["package_order"][0]["newVendorField"] = {"kept": True}
    parsed = PARSERS[QueryOrdersResponse](document, (), [])
    assert parsed.data.package_order[0].additional_properties == {"newVendorField": {"kept": True}}
    assert parsed.data.package_order[1].additional_properties == {}


def test_every_model_is_built_with_its_init_parameters_in_order() -> None:
    """The parsers pass field values positionally (cheaper than keywords): each call must list the
    ``__init__`` parameters of its model in their order. Examples alone would not catch a swap of
    two fields that hold the same value (``deviceId`` and ``device_id`` do)."""
    import ast
    import inspect

    import attrs

    import linksfield_api.parsers as module

    tree = ast.parse(inspect.getsource(module))
    checked = 0
    for function in tree.body:
        if not (isinstance(function, ast.FunctionDef) and function.name.startswith("parse_")):
            continue
        for node in ast.walk(function):
            if (
                isinstance(node, ast.Assign)
                and [getattr(target, "id", None) for target in node.targets] == ["_parsed"]
                and isinstance(node.value, ast.Call)
            ):
                call = node.value
                assert isinstance(call.func, ast.Name) and not call.keywords, function.name
                model = getattr(module, call.func.id)
                expected = [field.name for field in attrs.fields(model) if field.init]
                assert [getattr(arg, "id", None) for arg in call.args] == expected, function.name
                checked += 1
    assert checked == len(module.PARSERS) and checked > 0


def test_a_misfit_deep_in_a_list_is_noted_once_with_its_path_and_siblings_parse_alike() -> None:
    """Items are parsed without paths first and again with paths only when that noted something:
    the second pass must leave exactly its own notes and build the same objects."""
    document = _orders()
    clean, clean_notes = _parse("query_orders", copy.deepcopy(document))
    document["data"]["package_order"][2]["orderStatus"] = "9"  # an unknown code: a note, not a misfit
    document["data"]["package_order"][1]["orderDate"] = 20240101
    parsed, notes = _parse("query_orders", document)
    assert clean_notes == []
    assert [note.path if isinstance(note, Misfit) else note[0] for note in notes] == [
        ("data", "package_order", 1, "orderDate"),
        ("data", "package_order", 2, "orderStatus"),
    ]
    assert parsed.data.package_order[0] == clean.data.package_order[0]
    assert parsed.data.package_order[1].order_date == 20240101
