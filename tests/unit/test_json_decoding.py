"""The client's body decoder must accept exactly what ``json.loads`` accepts, decoded the same way."""

from __future__ import annotations

import json
import math
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from linksfield._json import NestedTooDeeply, loads

JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(10**40), max_value=10**40)
    | st.floats(allow_nan=False)
    | st.text(),
    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(st.text(max_size=8), inner, max_size=5),
    max_leaves=30,
)


def _same(a: Any, b: Any) -> bool:
    """Equal, and of the same types all the way down (``1 == 1.0 == True`` is not good enough)."""
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return list(a) == list(b) and all(_same(a[k], b[k]) for k in a)
    if isinstance(a, list):
        return len(a) == len(b) and all(map(_same, a, b))
    if isinstance(a, float) and math.isnan(a):
        return math.isnan(b)
    return bool(a == b)


@settings(max_examples=300, deadline=None)
@given(JSON_VALUES, st.booleans())
def test_any_json_document_decodes_as_the_standard_library_decodes_it(value: Any, ascii_only: bool) -> None:
    body = json.dumps(value, ensure_ascii=ascii_only).encode("utf-8")
    assert _same(loads(body), json.loads(body))


@pytest.mark.parametrize(
    "body",
    [
        b'{"a": 1, "a": 2}',  # duplicate keys: the last wins
        b'{"s": "\\ud800"}',  # a lone surrogate escape
        b"\xef\xbb\xbf{}",  # a UTF-8 byte-order mark
        '{"iccid": "89852202310161621656"}'.encode("utf-16"),
        b"[NaN, Infinity, -Infinity, 1e999]",
        b'{"big": 123456789012345678901234567890}',
    ],
    ids=["duplicate-keys", "lone-surrogate", "bom", "utf-16", "non-finite", "big-int"],
)
def test_edge_cases_follow_the_standard_library(body: bytes) -> None:
    assert _same(loads(body), json.loads(body))


@pytest.mark.parametrize("body", [b"", b"not json", b'{"a": 1} trailing', b"[1, 2,]", b"\xff\xfe\xfd"])
def test_what_is_not_json_raises_value_error(body: bytes) -> None:
    with pytest.raises(ValueError):
        json.loads(body)  # the reference refuses it too
    with pytest.raises(ValueError):
        loads(body)


def test_the_fast_decoder_is_in_use() -> None:
    """msgspec is a declared dependency: a client silently back on ``json.loads`` alone is slower."""
    import msgspec

    from linksfield import _json

    assert _json._fast is not None
    body = b'{"a": [1, 2.5, "x"]}'
    assert _same(_json._fast(body), msgspec.json.decode(body))


def test_a_body_the_fast_decoder_refuses_goes_to_the_standard_library(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from linksfield import _json

    seen: list[bytes] = []

    def refusing(content: bytes) -> Any:
        seen.append(content)
        raise ValueError("not for me")

    monkeypatch.setattr(_json, "_fast", refusing)
    assert _same(loads(b"[NaN, 1]"), json.loads(b"[NaN, 1]"))
    assert seen == [b"[NaN, 1]"]


@settings(max_examples=300, deadline=None)
@given(
    st.integers(min_value=-(2**70), max_value=2**70) | st.integers(min_value=2**63 - 5, max_value=2**64 + 5)
)
def test_integers_of_any_width_stay_exact_integers(number: int) -> None:
    body = f'{{"n": {number}, "m": [{-number}]}}'.encode()
    assert _same(loads(body), json.loads(body))


@pytest.mark.parametrize("opening", [b"[", b'{"a":'])
def test_nesting_too_deep_for_either_decoder_is_a_value_error_that_says_so(opening: bytes) -> None:
    """100,000 levels pass the recursion limit of msgspec and of ``json.loads``: the caller gets a
    ``ValueError`` it already handles, not a bare ``RecursionError``."""
    closing = b"]" if opening == b"[" else b"}"
    with pytest.raises(ValueError, match="nested too deeply") as raised:
        loads(opening * 100_000 + b"1" + closing * 100_000)
    assert isinstance(raised.value, NestedTooDeeply)
    assert loads(b"[" * 50 + b"]" * 50) is not None  # ordinary depth decodes
