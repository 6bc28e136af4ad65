"""Bulk ordering 10,000 devices with the async client, rate limiter off, against the sandbox's own
ceiling: a bare ``httpx.AsyncClient`` sending the same batch requests (pre-signed, ``json.loads``
of each answer) at the same concurrency.

Beside them, the sandbox's own cost, read from its process (``/proc``): the batch requests it
answered per second in the bare run, the CPU milliseconds each took, and how busy it was (CPU
seconds over wall seconds) in both runs. The sandbox is one process on one event loop: busy near
1.0 means it, not the client, set the pace, and the ratio then says the client keeps up with it.

The toolkit side is the CLI's engine (``linksfield.cli.bulk.BulkOrder``) with its write-ahead
journal, so the figure is what ``linksfield bulk-order`` costs, fsyncs included. The sandbox is
reset (reseeded identically) before every run, so both sides order the same devices from the
same state.
"""

from __future__ import annotations

import asyncio
import json
import tempfile
import time
from pathlib import Path

import httpx

from linksfield._signing import CmpHmacSigner
from linksfield.cli.bulk import BulkOrder, chunks
from linksfield.cli.bulk_journal import Journal
from linksfield.sandbox import config as defaults
from linksfield_api.facade import BATCH_ORDER_PACKAGES
from linksfield_api.models import BatchOrderPackagesRequest, OpenFlag

from .figures import Figure, median
from .sandbox import SandboxProcess, async_client, client, cpu_seconds, fixtures, reset

DEVICES = 10_000
CHUNK = 50
CONCURRENCY = 3
"""The CLI's defaults (``--chunk 50 --concurrency 3``)."""
TARGET = 1.2


def _device_ids(url: str, count: int) -> list[str]:
    with client(url) as toolkit:
        ids = [str(d.device_id) for d in toolkit.devices.iter_query_devices(page_size=100)]
    if len(ids) < count:
        raise RuntimeError(f"the sandbox has {len(ids)} devices; start it with --devices {count + 100}")
    return ids[:count]


async def _toolkit_run(url: str, devices: list[str], package: str) -> tuple[float, int]:
    with tempfile.TemporaryDirectory(prefix="linksfield-bench-") as tmp:
        journal = Journal(Path(tmp) / "journal.csv")
        try:
            async with async_client(url) as toolkit:
                bulk = BulkOrder(
                    toolkit,
                    journal,
                    package=package,
                    is_open=False,
                    chunk_size=CHUNK,
                    concurrency=CONCURRENCY,
                )
                started = time.perf_counter()
                report = await bulk.run(devices, {})
                seconds = time.perf_counter() - started
        finally:
            journal.close()
    return seconds, report.count("ordered")


def _signed_requests(url: str, devices: list[str], package: str) -> list[httpx.Request]:
    signer = CmpHmacSigner(defaults.DEFAULT_ACCESS_KEY, defaults.DEFAULT_SECRET_KEY)
    requests = []
    for batch in chunks(devices, CHUNK):
        body = BatchOrderPackagesRequest(
            device_list=batch, package_code=package, is_open=OpenFlag("0")
        ).to_dict()
        request = httpx.Request(
            BATCH_ORDER_PACKAGES.method,
            url + BATCH_ORDER_PACKAGES.path,
            headers={"Content-Type": "application/json", "Accept-Language": "en-US"},
            content=json.dumps(body).encode(),
        )
        signer.apply(request)
        requests.append(request)
    return requests


async def _bare_run(url: str, devices: list[str], package: str) -> tuple[float, int]:
    requests = _signed_requests(url, devices, package)
    gate = asyncio.Semaphore(CONCURRENCY)
    ordered = 0
    async with httpx.AsyncClient() as http:

        async def one(request: httpx.Request) -> None:
            nonlocal ordered
            async with gate:
                answer = json.loads((await http.send(request)).content)
            results = (answer.get("data") or {}).get("device_order") or []
            ordered += sum(1 for item in results if item.get("error") == "0000")

        started = time.perf_counter()
        await asyncio.gather(*(one(r) for r in requests))
        seconds = time.perf_counter() - started
    return seconds, ordered


def run(sandbox: SandboxProcess, repeats: int) -> list[Figure]:
    url = sandbox.url
    devices = _device_ids(url, DEVICES)
    package = str(fixtures(sandbox)["package_code"])
    own: list[float] = []
    bare: list[float] = []
    ordered: list[int] = []
    requests = len(chunks(devices, CHUNK))
    served: list[float] = []  # bare run: batch requests answered per second
    cpu_ms: list[float] = []  # bare run: sandbox CPU per batch request
    busy_bare: list[float] = []
    busy_own: list[float] = []
    for _ in range(repeats):
        reset(sandbox)
        cpu_before = cpu_seconds(sandbox)
        seconds, count = asyncio.run(_toolkit_run(url, devices, package))
        cpu_after = cpu_seconds(sandbox)
        if cpu_before is not None and cpu_after is not None:
            busy_own.append((cpu_after - cpu_before) / seconds)
        own.append(len(devices) / seconds)
        ordered.append(count)
        reset(sandbox)
        cpu_before = cpu_seconds(sandbox)
        seconds, count = asyncio.run(_bare_run(url, devices, package))
        cpu_after = cpu_seconds(sandbox)
        if cpu_before is not None and cpu_after is not None:
            cpu_ms.append((cpu_after - cpu_before) / requests * 1000)
            busy_bare.append((cpu_after - cpu_before) / seconds)
        served.append(requests / seconds)
        bare.append(len(devices) / seconds)
        ordered.append(count)
    ratio = median(bare) / median(own)
    setting = f"{len(devices):,} devices, chunks of {CHUNK}, {CONCURRENCY} in flight"
    return [
        *_sandbox_figures(requests, served, cpu_ms, busy_bare, busy_own),
        Figure(
            "bulk",
            "bulk order, AsyncClient + BulkOrder (journal fsyncs included)",
            "devices/s",
            own,
            note=f"{setting}; ordered per run: {ordered[0::2]}",
        ),
        Figure(
            "bulk",
            "sandbox ceiling: bare httpx.AsyncClient, same requests pre-signed",
            "devices/s",
            bare,
            note=f"{setting}; ordered per run: {ordered[1::2]}",
        ),
        Figure(
            "bulk",
            "ceiling / toolkit, ratio of medians",
            "x",
            [b / o for o, b in zip(own, bare, strict=True)],
            target=f"≤ {TARGET}x",
            met=ratio <= TARGET,
            headline=ratio,
            note="per-run ratios in results.json",
            extra={"beside": _ceiling_note(busy_bare, served, cpu_ms)},
        ),
    ]


def _sandbox_figures(
    requests: int, served: list[float], cpu_ms: list[float], busy_bare: list[float], busy_own: list[float]
) -> list[Figure]:
    setting = f"{requests} batch requests of {CHUNK} devices per run"
    figures = [
        Figure(
            "bulk", "sandbox: batch requests served per second (bare run)", "requests/s", served, note=setting
        )
    ]
    if cpu_ms:
        figures += [
            Figure("bulk", "sandbox: CPU per batch request (bare run)", "ms/request", cpu_ms, note=setting),
            Figure(
                "bulk",
                "sandbox busy, CPU s per wall s (bare run; 1.0 = one core, its ceiling)",
                "x",
                busy_bare,
            ),
            Figure("bulk", "sandbox busy, CPU s per wall s (toolkit run)", "x", busy_own),
        ]
    return figures


def _ceiling_note(busy_bare: list[float], served: list[float], cpu_ms: list[float]) -> dict[str, str]:
    """Which side set the pace: the sandbox's own throughput and how much of its one core it used."""
    beside = {"sandbox": f"{median(served):.0f} requests/s"}
    if cpu_ms:
        beside["sandbox CPU"] = f"{median(cpu_ms):.1f} ms/request, {median(busy_bare):.2f} of a core busy"
    return beside
