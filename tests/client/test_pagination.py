"""``iter_<operation>``: page by page, stopping on totals, an empty page or a cap, one page in memory.

The stub serves explicit pages (lists of item numbers) and, where it matters, keeps serving full
pages past the end the totals announce, so a stop can only come from the rule under test.
"""

from __future__ import annotations

import copy
import gc
import json
import weakref
from collections.abc import Callable, Iterator, Sequence
from typing import Any

import httpx
import pytest

import linksfield
from linksfield_api.facade import OPERATIONS
from linksfield_api.models import CdrRecord, PackageOrder

from .support import Stub, response_example, run, spec_operations

CDR_ARGS = {
    "sim_id": "89430101523088119435",
    "received_start_time": "2024-05-01",
    "received_end_by": "2024-05-31",
}


def _order(number: int) -> dict[str, Any]:
    order = copy.deepcopy(response_example("query_orders")["data"]["package_order"][0])
    order["orderCode"] = f"ORDER_{number}"
    return order


def _cdr(number: int) -> dict[str, Any]:
    record = copy.deepcopy(response_example("query_sim_cdr")["data"]["data"][0])
    record["data"] = number
    return record


def _page_number(request: httpx.Request) -> tuple[int, int]:
    if request.method == "GET":
        return int(request.url.params["page_no"]), int(request.url.params["page_size"])
    body = json.loads(request.content)
    return int(body["page_no"]), int(body["page_size"])


def order_pages(pages: Sequence[Sequence[int]], *, total_pages: int, total_count: int) -> Any:
    """Answer query_orders with ``pages[page_no - 1]`` (an empty page past the list)."""

    def respond(request: httpx.Request, operation: Any) -> httpx.Response:
        page_no, page_size = _page_number(request)
        numbers = pages[page_no - 1] if page_no <= len(pages) else []
        envelope = response_example("query_orders")
        envelope["data"]["page"] = {
            "cur_page_no": page_no,
            "page_size": page_size,
            "total_count": total_count,
            "total_pages": total_pages,
        }
        envelope["data"]["package_order"] = [_order(n) for n in numbers]
        envelope["data"]["package_order_num"] = len(numbers)
        return httpx.Response(200, json=envelope)

    return respond


def cdr_pages(pages: Sequence[Sequence[int]], *, total_count: int) -> Any:
    def respond(request: httpx.Request, operation: Any) -> httpx.Response:
        page_no, _ = _page_number(request)
        numbers = pages[page_no - 1] if page_no <= len(pages) else []
        envelope = response_example("query_sim_cdr")
        envelope["data"]["data"] = [_cdr(n) for n in numbers]
        envelope["data"]["total_count"] = total_count
        return httpx.Response(200, json=envelope)

    return respond


def endless(page_size: int) -> list[list[int]]:
    """Fifty full pages: more than any test may fetch."""
    return [list(range(p * page_size + 1, (p + 1) * page_size + 1)) for p in range(50)]


def order_numbers(orders: Sequence[PackageOrder]) -> list[int]:
    assert all(isinstance(order, PackageOrder) for order in orders)
    return [int(order.order_code.removeprefix("ORDER_")) for order in orders]


def cdr_numbers(records: Sequence[CdrRecord]) -> list[int]:
    assert all(isinstance(record, CdrRecord) for record in records)
    return [int(record.data) for record in records]


def requested_pages(stub: Stub) -> list[tuple[int, int]]:
    return [_page_number(seen.request) for seen in stub.seen]


def _collect_async(make: Callable[[linksfield.AsyncClient], Any], stub: Stub) -> list[Any]:
    async def go() -> list[Any]:
        async with stub.async_client() as client:
            return [item async for item in make(client)]

    result: list[Any] = run(go())
    return result


# -- every paged operation has its iterator ---------------------------------------------------------


def test_every_paged_operation_has_an_iterator(stub: Stub) -> None:
    paged = {oid for oid, (_, _, raw) in spec_operations().items() if "x-pagination" in raw}
    assert {"query_orders", "query_sim_cdr", "sync_packages"} <= paged
    for client in (stub.client(), stub.async_client()):
        for operation_id, operation in OPERATIONS.items():
            resource = getattr(client, operation.tag)
            assert hasattr(resource, f"iter_{operation_id}") == (operation_id in paged), operation_id


# -- stopping rules -----------------------------------------------------------------------------------


def test_orders_stop_on_the_last_page_by_total_pages(stub: Stub) -> None:
    stub.default = order_pages(endless(2), total_pages=3, total_count=6)
    orders = list(stub.client().packages.iter_query_orders(order_status="2", page_size=2))
    assert order_numbers(orders) == [1, 2, 3, 4, 5, 6]
    assert requested_pages(stub) == [(1, 2), (2, 2), (3, 2)]
    assert all(seen.body["order_status"] == "2" for seen in stub.seen)
    assert stub.rejections == []


def test_total_pages_wins_over_a_short_page(stub: Stub) -> None:
    """A server that shortens pages (2 of 5 asked) must not end the iteration early."""
    stub.default = order_pages([[1, 2], [3, 4], [5]], total_pages=3, total_count=5)
    orders = list(stub.client().packages.iter_query_orders(page_size=5))
    assert order_numbers(orders) == [1, 2, 3, 4, 5]
    assert len(stub.seen) == 3


def test_cdr_stops_on_the_last_page_by_total_count(stub: Stub) -> None:
    stub.default = cdr_pages(endless(2), total_count=4)
    records = list(stub.client().cdr.iter_query_sim_cdr(**CDR_ARGS, page_size=2))
    assert cdr_numbers(records) == [1, 2, 3, 4]
    assert requested_pages(stub) == [(1, 2), (2, 2)]
    assert stub.rejections == []


def test_cdr_total_count_wins_over_short_pages(stub: Stub) -> None:
    stub.default = cdr_pages([[1, 2], [3, 4], [5]], total_count=5)
    records = list(stub.client().cdr.iter_query_sim_cdr(**CDR_ARGS, page_size=10))
    assert cdr_numbers(records) == [1, 2, 3, 4, 5]
    assert requested_pages(stub) == [(1, 10), (2, 10), (3, 10)]


@pytest.mark.parametrize("kind", ["orders", "cdr"])
def test_an_empty_page_ends_the_iteration(stub: Stub, kind: str) -> None:
    client = stub.client()
    if kind == "orders":
        stub.default = order_pages([[1, 2], [], [5, 6]], total_pages=10, total_count=20)
        numbers = order_numbers(list(client.packages.iter_query_orders(page_size=2)))
    else:
        stub.default = cdr_pages([[1, 2], [], [5, 6]], total_count=20)
        numbers = cdr_numbers(list(client.cdr.iter_query_sim_cdr(**CDR_ARGS, page_size=2)))
    assert numbers == [1, 2]
    assert len(stub.seen) == 2


def test_an_empty_first_page_yields_nothing(stub: Stub) -> None:
    stub.default = order_pages([], total_pages=0, total_count=0)
    assert list(stub.client().packages.iter_query_orders(page_size=10)) == []
    assert len(stub.seen) == 1


@pytest.mark.parametrize(
    ("max_items", "expected", "requests"),
    [(3, [1, 2, 3], 2), (2, [1, 2], 1), (5, [1, 2, 3, 4, 5], 3), (0, [], 0)],
)
def test_max_items_caps_items_and_requests(
    stub: Stub, max_items: int, expected: list[int], requests: int
) -> None:
    stub.default = order_pages(endless(2), total_pages=50, total_count=100)
    orders = list(stub.client().packages.iter_query_orders(page_size=2, max_items=max_items))
    assert order_numbers(orders) == expected
    assert len(stub.seen) == requests


@pytest.mark.parametrize(("max_pages", "requests"), [(1, 1), (2, 2), (0, 0)])
def test_max_pages_caps_requests(stub: Stub, max_pages: int, requests: int) -> None:
    stub.default = cdr_pages(endless(3), total_count=1000)
    records = list(stub.client().cdr.iter_query_sim_cdr(**CDR_ARGS, page_size=3, max_pages=max_pages))
    assert cdr_numbers(records) == list(range(1, 3 * requests + 1))
    assert len(stub.seen) == requests


@pytest.mark.parametrize("page_size", [101, 500, 0, -1])
def test_query_orders_page_size_is_held_to_its_documented_maximum(stub: Stub, page_size: int) -> None:
    client = stub.client()
    with pytest.raises(linksfield.RequestValidationError) as caught:
        client.packages.iter_query_orders(page_size=page_size)
    assert caught.value.field == "page_size"
    assert "100" in caught.value.reason  # queryOrder's v1 table: "the maximum value is 100"
    with pytest.raises(linksfield.RequestValidationError):
        stub.async_client().packages.iter_query_orders(page_size=page_size)
    assert stub.seen == []


@pytest.mark.parametrize("page_size", [0, -1])
def test_other_page_sizes_are_only_held_to_be_positive(stub: Stub, page_size: int) -> None:
    with pytest.raises(linksfield.RequestValidationError) as caught:
        stub.client().cdr.iter_query_sim_cdr(**CDR_ARGS, page_size=page_size)
    assert caught.value.reason == "must be at least 1"
    assert stub.seen == []


def test_a_page_size_no_page_limits_is_sent_as_asked(stub: Stub) -> None:
    """Only queryOrder documents a maximum (R-PAGE-SIZE-MAX): 500 CDRs per page are the vendor's call."""
    client = stub.client()
    list(client.cdr.iter_query_sim_cdr(**CDR_ARGS, page_size=500, max_pages=1))
    assert stub.seen[0].request.url.params["page_size"] == "500"


def test_negative_caps_are_refused(stub: Stub) -> None:
    client = stub.client()
    for caps in ({"max_items": -1}, {"max_pages": -1}):
        with pytest.raises(linksfield.RequestValidationError) as caught:
            client.packages.iter_query_orders(page_size=10, **caps)
        assert caught.value.field == next(iter(caps))
    assert stub.seen == []


# -- laziness and memory ------------------------------------------------------------------------------


def test_pages_are_fetched_lazily(stub: Stub) -> None:
    stub.default = order_pages(endless(2), total_pages=50, total_count=100)
    orders = stub.client().packages.iter_query_orders(page_size=2)
    assert stub.seen == []  # nothing is fetched until the first item is asked for
    assert order_numbers([next(orders)]) == [1]
    assert len(stub.seen) == 1
    next(orders)
    assert len(stub.seen) == 1  # page 1 is not exhausted
    next(orders)
    assert len(stub.seen) == 2
    for _ in range(39):
        next(orders)
    assert len(stub.seen) == 21  # 42 items, 2 per page: never more than the page being read


def _items_of_earlier_pages_are_freed(items: Iterator[PackageOrder], page_size: int, pages: int) -> None:
    refs: list[weakref.ref[PackageOrder]] = []
    for _ in range(page_size * pages + 1):  # into the first item of page `pages + 1`
        refs.append(weakref.ref(next(items)))
    gc.collect()
    alive = [index for index, ref in enumerate(refs) if ref() is not None]
    # Only the current page (the one being read) may still be referenced by the iterator.
    assert alive and min(alive) >= page_size * pages, alive


def test_only_the_current_page_is_held(stub: Stub) -> None:
    stub.default = order_pages(endless(5), total_pages=50, total_count=250)
    items = stub.client().packages.iter_query_orders(page_size=5)
    _items_of_earlier_pages_are_freed(items, page_size=5, pages=4)
    assert len(stub.seen) == 5


def test_only_the_current_page_is_held_async(stub: Stub) -> None:
    stub.default = order_pages(endless(5), total_pages=50, total_count=250)

    async def go() -> None:
        async with stub.async_client() as client:
            iterator = client.packages.iter_query_orders(page_size=5)
            refs = []
            for _ in range(21):
                refs.append(weakref.ref(await iterator.__anext__()))
            gc.collect()
            alive = [index for index, ref in enumerate(refs) if ref() is not None]
            assert alive and min(alive) >= 20, alive
            assert len(stub.seen) == 5

    run(go())


# -- async ----------------------------------------------------------------------------------------------


def test_async_orders_stop_by_total_pages(stub: Stub) -> None:
    stub.default = order_pages(endless(2), total_pages=3, total_count=6)
    orders = _collect_async(lambda c: c.packages.iter_query_orders(order_status="2", page_size=2), stub)
    assert order_numbers(orders) == [1, 2, 3, 4, 5, 6]
    assert requested_pages(stub) == [(1, 2), (2, 2), (3, 2)]


def test_async_cdr_stop_by_total_count(stub: Stub) -> None:
    stub.default = cdr_pages(endless(2), total_count=4)
    records = _collect_async(lambda c: c.cdr.iter_query_sim_cdr(**CDR_ARGS, page_size=2), stub)
    assert cdr_numbers(records) == [1, 2, 3, 4]
    assert len(stub.seen) == 2


def test_async_empty_page_and_caps(stub: Stub) -> None:
    stub.default = cdr_pages([[1, 2], [], [5, 6]], total_count=20)
    records = _collect_async(lambda c: c.cdr.iter_query_sim_cdr(**CDR_ARGS, page_size=2), stub)
    assert cdr_numbers(records) == [1, 2]
    assert len(stub.seen) == 2

    capped = Stub(order_pages(endless(2), total_pages=50, total_count=100))
    orders = _collect_async(lambda c: c.packages.iter_query_orders(page_size=2, max_items=3), capped)
    assert order_numbers(orders) == [1, 2, 3]
    assert len(capped.seen) == 2

    paged = Stub(order_pages(endless(2), total_pages=50, total_count=100))
    orders = _collect_async(lambda c: c.packages.iter_query_orders(page_size=2, max_pages=2), paged)
    assert order_numbers(orders) == [1, 2, 3, 4]
    assert len(paged.seen) == 2


def test_async_pages_are_fetched_lazily(stub: Stub) -> None:
    stub.default = cdr_pages(endless(2), total_count=100)

    async def go() -> None:
        async with stub.async_client() as client:
            records = client.cdr.iter_query_sim_cdr(**CDR_ARGS, page_size=2)
            assert stub.seen == []
            await records.__anext__()
            await records.__anext__()
            assert len(stub.seen) == 1
            await records.__anext__()
            assert len(stub.seen) == 2

    run(go())
