"""What a handler is: the two kinds the receiver runs, and how they are told apart.

A *plain* handler, ``handler(event)``, may run more than once for an event (at least once, in an
exact window, see :mod:`.delivery`); an *inbox* handler, ``handler(event, tx)``, writes through the
receiver's own transaction and so happens exactly once. Confusing the two would silently weaken a
promise, so the kind is explicit: an inbox handler is marked with :func:`inbox` (an object of its own
type, which the CLI's ``--handler module:function`` recognises too), and a plain callable that
requires two arguments is refused rather than guessed.
"""

from __future__ import annotations

import inspect
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import cast

from .events import Event
from .store import Transaction

__all__ = ["AnyHandler", "Handler", "InboxHandler", "check_handler", "inbox"]

Handler = Callable[[Event], None] | Callable[[Event], Awaitable[None]]
"""A plain handler: ``handler(event)``, sync or async, its return value ignored; at least once.

``event.dedup_key`` is the idempotency key: a handler run again (after an exception, or for an
event in flight at a crash) gets the same key, so an idempotent write can be keyed on it.
"""


@dataclass(frozen=True)
class InboxHandler:
    """An inbox handler: ``function(event, tx)`` whose writes through ``tx`` commit atomically with
    the event's "handled" mark, so they happen exactly once. Made with :func:`inbox`."""

    function: Callable[[Event, Transaction], object]

    def __call__(self, event: Event, tx: Transaction) -> None:
        self.function(event, tx)


AnyHandler = Handler | InboxHandler
"""What the receiver, ``replay`` and the CLI's ``--handler`` accept."""


def inbox(function: Callable[[Event, Transaction], object]) -> InboxHandler:
    """Mark ``function(event, tx)`` as an inbox handler (a decorator). Synchronous only: it runs in a
    worker thread inside the store's transaction, which a coroutine could not keep to itself."""
    if inspect.iscoroutinefunction(function):
        raise TypeError(f"inbox handler {function!r} must be a plain function, not a coroutine function")
    return InboxHandler(function)


def _required_positional(function: Callable[..., object]) -> int | None:
    try:
        signature = inspect.signature(function)
    except (TypeError, ValueError):  # builtins and C callables may have no signature
        return None
    kinds = (inspect.Parameter.POSITIONAL_ONLY, inspect.Parameter.POSITIONAL_OR_KEYWORD)
    return sum(p.kind in kinds and p.default is p.empty for p in signature.parameters.values())


def check_handler(handler: object) -> AnyHandler:
    """The handler, if it is usable; a clear TypeError now rather than a failure on every event.

    A plain callable that requires two arguments is taken for an inbox handler someone forgot to
    mark: it is refused, since calling it with the event alone would fail on every event.
    """
    if isinstance(handler, InboxHandler):
        return handler
    if not callable(handler):
        raise TypeError(f"handler {handler!r} is not callable")
    required = _required_positional(handler)
    if required is not None and required > 1:
        raise TypeError(
            f"handler {handler!r} requires {required} arguments; a plain handler takes (event),"
            " an inbox handler (event, tx) is marked with @linksfield.webhooks.inbox"
        )
    return cast(Handler, handler)
