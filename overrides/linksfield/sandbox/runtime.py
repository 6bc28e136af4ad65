"""The sandbox's live state, and the view of one call that handlers receive.

``Runtime`` bundles what outlives a request (store, authenticator, order book, fault plan, how each
operation is served, and the two settings an admin may change while running: callback URL and
faults). ``Call`` is what one handler sees: the validated arguments plus the runtime, with the
integer coercion JSON Schema implies (``52.0`` is a valid ``integer``) done in one place.
"""

from __future__ import annotations

import asyncio
import contextlib
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Final

from .. import _json_gate as gate
from .config import SandboxConfig
from .gateway.auth import Authenticator
from .gateway.faults import FaultPlan, FaultSpec
from .gateway.refusals import Refusal, Rule
from .seed.seeder import seed_store
from .spec.index import Operation, SpecIndex
from .state.clock import vendor_today
from .state.order_book import OrderBook
from .state.store import Store

if TYPE_CHECKING:
    from .spec.answers import Served

__all__ = ["Call", "Runtime"]

_SQLITE_MAX = 2**63 - 1
_WHOLE: Final = re.compile(r"[+-]?[0-9]+")


class Runtime:
    def __init__(
        self, config: SandboxConfig, index: SpecIndex, served: Mapping[str, Served] | None = None
    ) -> None:
        self.config = config
        self.index = index
        self.served: Mapping[str, Served] = served or {}
        """How each operation is served (handler or spec alone), by operation id; see ``spec.answers``."""
        self.store = Store(config.db)
        self.auth = Authenticator(config, self.store)
        self.callback_url: str | None = config.callback_url
        self.faults = FaultPlan(config.faults)
        self.orders = OrderBook(self.store, lambda: self.callback_url)
        self.wake = asyncio.Event()
        self.loop: asyncio.AbstractEventLoop | None = None
        """The serving loop (set by the app's lifespan): ``notify`` reaches it from worker threads."""
        self.ensure_seeded()

    @property
    def seed(self) -> int:
        return int(self.store.meta("seed") or self.config.seed)

    def ensure_seeded(self) -> bool:
        """Seed an empty database; a file that already holds a sandbox keeps its state."""
        if self.store.meta("seed") is not None:
            return False
        seed_store(self.store, seed=self.config.seed, anchor=vendor_today(), devices=self.config.devices)
        return True

    def reset(self, seed: int | None = None) -> None:
        with self.store.lock:  # no request sees the empty store between wipe and seed
            self.store.wipe()
            seed_store(
                self.store, seed=self.config.seed if seed is None else seed, anchor=vendor_today(),
                devices=self.config.devices,
            )  # fmt: skip
        self.faults = FaultPlan(self.faults.spec)

    def set_faults(self, spec: FaultSpec) -> None:
        self.faults = FaultPlan(spec)

    def notify(self) -> None:
        """Wake the push worker: something was queued. Safe from any thread (handlers run in workers;
        an ``asyncio.Event`` may only be set from its loop's own thread)."""
        loop = self.loop
        if loop is None or loop.is_closed():
            self.wake.set()
            return
        try:
            running = asyncio.get_running_loop()
        except RuntimeError:
            running = None
        if running is loop:
            self.wake.set()
        else:
            with contextlib.suppress(RuntimeError):  # the loop closed meanwhile: nobody to wake
                loop.call_soon_threadsafe(self.wake.set)


@dataclass
class Call:
    runtime: Runtime
    operation: Operation
    path: dict[str, Any] = field(default_factory=dict)
    query: dict[str, Any] = field(default_factory=dict)
    body: dict[str, Any] = field(default_factory=dict)
    accept_language: str | None = None

    @property
    def store(self) -> Store:
        return self.runtime.store

    def arg(self, name: str) -> Any:
        """A named argument from the path, the query or the body (names do not collide in the spec)."""
        for source in (self.path, self.query, self.body):
            if name in source:
                return source[name]
        return None

    def text(self, name: str) -> str | None:
        value = self.arg(name)
        return None if value is None else str(value)

    def integer(self, name: str, default: int) -> int:
        """An integer argument; int() also takes 52.0 (validated as an integer) and digit strings
        (order_period). A digit string too long for a number is the caller's refusal, not a 500."""
        value = self.arg(name)
        if value is None:
            return default
        if isinstance(value, str):
            text = value.strip()
            if not _WHOLE.fullmatch(text):
                raise Refusal(Rule.INVALID, f"{name}: must be a whole number")
            too_long = gate.number_length_problem(text)
            if too_long:
                raise Refusal(Rule.INVALID, f"{name}: {too_long}")
            return int(text)
        return int(value)

    def paging(self) -> tuple[int, int, int]:
        """(page_no, page_size, offset) with the pages' defaults of 1 and 20.

        Only queryOrder states a maximum page size (R-PAGE-SIZE-MAX), so any positive size and page
        may arrive; size and offset are capped at what SQLite's 64-bit integers hold (far past any
        data: such a page is simply empty), never an overflow and a 500.
        """
        page_no = self.integer("page_no", 1)
        page_size = self.integer("page_size", 20)
        offset = (page_no - 1) * page_size
        return page_no, max(0, min(page_size, _SQLITE_MAX)), max(0, min(offset, _SQLITE_MAX))
