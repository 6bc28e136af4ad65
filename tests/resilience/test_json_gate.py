"""The toolkit's one bounded-JSON gate (``linksfield._json_gate``), which the sandbox's input gate and
the webhook receiver's decoding both use: each rule at its limit, each flaw named by its place."""

from __future__ import annotations

import json

import pytest

from linksfield import _json_gate as gate


def flaws(text: str, *, every_field: bool = False) -> list[tuple[str, str]]:
    with pytest.raises(gate.Unreasonable) as info:
        gate.loads(text, every_field=every_field)
    return [(gate.field_path(f.path), f.reason) for f in info.value.flaws]


def nest(levels: int) -> str:
    return "[" * levels + "]" * levels


def test_nesting_is_limited_where_it_says_and_named_by_its_top_level_field() -> None:
    assert gate.loads('{"a": ' + nest(63) + "}") == {"a": json.loads(nest(63))}  # 64 levels
    assert flaws('{"a": 1, "b": ' + nest(64) + "}") == [("b", gate.TOO_DEEP)]
    assert flaws(nest(100_000)) == [("", gate.TOO_DEEP)]  # the document itself, no RecursionError
    assert gate.loads('{"s": "' + "[{" * 100 + '"}')["s"] == "[{" * 100  # brackets in strings do not count


def test_numbers_are_bounded_before_conversion() -> None:
    limit = gate.MAX_NUMBER_CHARS
    assert gate.loads("9" * limit) == int("9" * limit)
    assert flaws('{"n": [1, ' + "9" * 5000 + "]}") == [
        ("n[1]", f"is a number of 5000 characters (at most {limit})")
    ]
    assert flaws('{"n": 1e400}') == [("n", gate.NOT_FINITE)]
    assert flaws('{"n": -Infinity}') == [("n", gate.NOT_JSON_NUMBER)]
    assert gate.loads("1.7976931348623157e+308") == 1.7976931348623157e308  # the largest double is kept


def test_lone_surrogates_are_refused_in_values_and_names_shown_escaped() -> None:
    assert flaws('{"list": ["ok", "\\udc80"]}') == [("list[1]", gate.LONE_SURROGATE)]
    assert flaws('{"a": {"\\ud800": 1}}') == [("a.\\ud800", gate.LONE_SURROGATE)]
    assert gate.loads('"\\ud83d\\ude00"') == "\U0001f600"  # a pair is a character


def test_first_flaw_in_document_order_or_one_per_top_level_field() -> None:
    text = '{"a": [1, "\\ud800", NaN], "b": 1, "c": {"d": 1e999}}'
    assert flaws(text) == [("a[1]", gate.LONE_SURROGATE)]
    assert flaws(text, every_field=True) == [("a[1]", gate.LONE_SURROGATE), ("c.d", gate.NOT_FINITE)]


def test_invalid_json_and_text() -> None:
    assert flaws("{nope")[0][1].startswith("is not valid JSON (")
    with pytest.raises(gate.Unreasonable, match="is not UTF-8 text \\(byte 1 cannot be decoded\\)"):
        gate.decode_text(b"{\xff}")
    assert gate.decode_text("{}".encode("utf-8-sig")) == "{}"
    assert (
        gate.decode_text('"你"'.encode("gbk"), gate.declared_charset("application/json; charset=GBK"))
        == '"你"'
    )
    with pytest.raises(gate.Unreasonable):
        gate.decode_text(b"+2D\xff", "utf-7")  # a transformation, never a charset


def test_field_names_are_clipped() -> None:
    shown = gate.field_path(["k" * 5000, 3])
    assert len(shown) == gate.MAX_FIELD_NAME and shown.endswith("...")


@pytest.mark.parametrize(
    ("text", "integer", "expected"),
    [("52", True, 52), ("52.0", True, 52), ("52.5", True, 52.5), ("-3", False, -3), ("1e3", False, 1000.0),
     ("abc", True, None), ("²", True, None), ("NaN", False, None)],
)  # fmt: skip
def test_numbers_from_text(text: str, integer: bool, expected: object) -> None:
    assert gate.number_from_text(text, integer=integer) == expected


def test_numbers_from_text_are_bounded() -> None:
    with pytest.raises(gate.Unreasonable, match="is a number of 5000 characters"):
        gate.number_from_text("9" * 5000, integer=True)
    with pytest.raises(gate.Unreasonable, match=gate.NOT_FINITE):
        gate.number_from_text("1e400", integer=False)
