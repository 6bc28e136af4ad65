"""The client builds each query URL once and keeps it: the bytes must be exactly httpx's own.

``Invoker.url`` caches ``httpx.URL(text, params=...)`` by the params; a cache that mistook two
params for one (``True == 1``, ``0.0 == -0.0``) would send another call's query.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import linksfield

from .support import Stub, credentials

TEXT = "https://cmp.example.test/cmp-api/cdr/v2/sims/89430101523088119435/data"

_values = st.one_of(
    st.text(max_size=6),
    st.integers(-3, 3),
    st.booleans(),
    st.sampled_from([0.0, -0.0, 1.0, 1.5]),
    st.lists(st.sampled_from(["a", 1, True, 1.0]), max_size=2),
)


@pytest.fixture(scope="module")
def client() -> Iterator[linksfield.Client]:
    """One client for every example, so a wrong cache hit between any two calls would show."""
    with linksfield.Client(**credentials()) as shared:
        yield shared


@settings(max_examples=300, deadline=None)
@given(params=st.dictionaries(st.sampled_from(["page_no", "a", "b"]), _values, min_size=1, max_size=3))
def test_every_cached_query_url_is_the_one_httpx_builds(
    client: linksfield.Client, params: dict[str, Any]
) -> None:
    assert str(client._invoker.url(TEXT, params)) == str(httpx.URL(TEXT, params=params))


def test_a_client_s_default_params_merge_under_the_call_s_as_httpx_merges_them(stub: Stub) -> None:
    http = httpx.Client(transport=httpx.MockTransport(stub), params={"page_no": "9", "k": "v"})
    with linksfield.Client(**credentials(), http_client=http) as client:
        client.cdr.query_sim_cdr(
            sim_id="89430101523088119435",
            received_start_time="2024-05-01",
            received_end_by="2024-05-09",
            page_no=1,
            page_size=10,
        )
    query = stub.seen[0].request.url.params
    assert query["page_no"] == "1" and query["k"] == "v"
