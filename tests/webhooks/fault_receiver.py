"""``python -m tests.webhooks.fault_receiver ARGS``: the CLI's receiver (same arguments) on a store
with hold points, so a restart test can SIGKILL it at an exact step of the delivery contract.

``WEBHOOK_TEST_PAUSE=<point>:<dedup-key fragment>`` holds (see ``handlers.hold``) the matching
event at one point, journaling ``paused <point> <key>`` first:

* ``add``: the event is committed to the store, the acknowledgement not yet sent;
* ``mark``: a plain handler returned, its "handled" mark not yet committed;
* ``commit``: an inbox handler returned inside its transaction, which is not yet committed.

The production code has no hook for this: the store is a subclass, given to ``cli.serve``.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

from linksfield.webhooks import Event, SQLiteEventStore, Transaction, cli

from .handlers import hold

PAUSE_ENV = "WEBHOOK_TEST_PAUSE"


class PausingStore(SQLiteEventStore):
    def __init__(self, path: Path) -> None:
        super().__init__(path)
        self.point, _, self.fragment = os.environ.get(PAUSE_ENV, "").partition(":")

    def _maybe_hold(self, point: str, dedup_key: str) -> None:
        if point == self.point and self.fragment and self.fragment in dedup_key:
            hold(f"paused {point} {dedup_key}")

    def add(self, event: Event) -> bool:
        new = super().add(event)
        self._maybe_hold("add", event.dedup_key)
        return new

    def mark_handled(self, dedup_key: str) -> None:
        self._maybe_hold("mark", dedup_key)
        super().mark_handled(dedup_key)

    def handle_atomically(self, dedup_key: str, work: Callable[[Transaction], object]) -> bool:
        def then_hold(tx: Transaction) -> None:
            work(tx)
            self._maybe_hold("commit", dedup_key)

        return super().handle_atomically(dedup_key, then_hold)


if __name__ == "__main__":
    sys.exit(cli.serve(sys.argv[1:], store_factory=PausingStore))
