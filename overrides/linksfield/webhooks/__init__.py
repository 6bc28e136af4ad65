"""Receiving the vendor's pushes: typed, verified, deduplicated and durable.

CMP POSTs order state changes (``order_status_push``) and SMS reports (``sms_mt_push``,
``sms_mo_push``) to a URL the customer runs. Losing one means a SIM billed but thought inactive,
or an SMS reported failed that was delivered; handling one twice can double a side effect. So:

* :func:`parse` turns headers + raw bytes into a typed :data:`Event` or a
  :class:`WebhookPayloadError` naming the bad fields (framework-agnostic);
* :func:`make_app` is an ASGI app that stores each event (:class:`SQLiteEventStore` by default)
  *before* acknowledging it in the exact format the sender expects, deduplicates redeliveries,
  runs the handler and retries it from the store: a plain ``handler(event)`` at least once (again
  only after it raised or if it was in flight at a crash), an :func:`inbox` ``handler(event, tx)``
  exactly once for its writes through ``tx`` (see :mod:`.delivery` for the exact contract);
* :func:`replay` re-runs pending events (also ``python -m linksfield.webhooks replay``);
* :class:`LfHmacSha1Verifier` optionally checks the newer platform's signature (off by default);
* :class:`OrderTracker` answers "which SIMs are live right now" from the order pushes.
"""

from typing import TYPE_CHECKING, Any

from .delivery import Outcome, ReplayResult, RetryPolicy, areplay, log_event, replay
from .errors import Problem, SignatureError, WebhookError, WebhookPayloadError
from .events import VENDOR_TZ, Event, EventKind, OrderStatusEvent, SmsMoEvent, SmsMtEvent
from .handlers import AnyHandler, Handler, InboxHandler, inbox
from .parsing import detect_kind, parse
from .sqlite_store import SQLiteEventStore, SQLiteTransaction
from .store import EventState, EventStore, InboxStore, StoredEvent, Transaction
from .tracker import Anomaly, OrderState, OrderStatus, OrderTracker
from .verify import LfHmacSha1Verifier, Verifier, lf_canonical

if TYPE_CHECKING:
    from .app import WebhookReceiver, acknowledgement, make_app

_NEED_THE_EXTRA = frozenset({"WebhookReceiver", "acknowledgement", "make_app"})


def __getattr__(name: str) -> Any:
    """The ASGI app and its helpers load starlette: imported on first use, so ``replay``, ``parse``
    and the stores work (and ``python -m linksfield.webhooks`` can name the missing extra) without it."""
    if name in _NEED_THE_EXTRA:
        from . import app

        return getattr(app, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "VENDOR_TZ",
    "Anomaly",
    "AnyHandler",
    "Event",
    "EventKind",
    "EventState",
    "EventStore",
    "Handler",
    "InboxHandler",
    "InboxStore",
    "LfHmacSha1Verifier",
    "OrderState",
    "OrderStatus",
    "OrderStatusEvent",
    "OrderTracker",
    "Outcome",
    "Problem",
    "ReplayResult",
    "RetryPolicy",
    "SQLiteEventStore",
    "SQLiteTransaction",
    "SignatureError",
    "SmsMoEvent",
    "SmsMtEvent",
    "StoredEvent",
    "Transaction",
    "Verifier",
    "WebhookError",
    "WebhookPayloadError",
    "WebhookReceiver",
    "acknowledgement",
    "areplay",
    "detect_kind",
    "inbox",
    "lf_canonical",
    "log_event",
    "make_app",
    "parse",
    "replay",
]
