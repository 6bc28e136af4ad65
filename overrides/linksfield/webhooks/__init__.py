"""Receiving the vendor's pushes: typed, verified, deduplicated and durable.

CMP POSTs order state changes (``order_status_push``) and SMS reports (``sms_mt_push``,
``sms_mo_push``) to a URL the customer runs. Losing one means a SIM billed but thought inactive,
or an SMS reported failed that was delivered; handling one twice can double a side effect. So:

* :func:`parse` turns headers + raw bytes into a typed :data:`Event` or a
  :class:`WebhookPayloadError` naming the bad fields (framework-agnostic);
* :func:`make_app` is an ASGI app that stores each event (:class:`SQLiteEventStore` by default)
  *before* acknowledging it in the exact format the sender expects, deduplicates redeliveries,
  runs the handler once per event, and retries failed handlers from the store;
* :func:`replay` re-runs pending events (also ``python -m linksfield.webhooks replay``);
* :class:`LfHmacSha1Verifier` optionally checks the newer platform's signature (off by default);
* :class:`OrderTracker` answers "which SIMs are live right now" from the order pushes.
"""

from .app import WebhookReceiver, acknowledgement, make_app
from .delivery import Handler, Outcome, ReplayResult, RetryPolicy, areplay, log_event, replay
from .errors import Problem, SignatureError, WebhookError, WebhookPayloadError
from .events import VENDOR_TZ, Event, EventKind, OrderStatusEvent, SmsMoEvent, SmsMtEvent
from .parsing import detect_kind, parse
from .sqlite_store import SQLiteEventStore
from .store import EventState, EventStore, StoredEvent
from .tracker import Anomaly, OrderState, OrderStatus, OrderTracker
from .verify import LfHmacSha1Verifier, Verifier, lf_canonical

__all__ = [
    "VENDOR_TZ",
    "Anomaly",
    "Event",
    "EventKind",
    "EventState",
    "EventStore",
    "Handler",
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
    "SignatureError",
    "SmsMoEvent",
    "SmsMtEvent",
    "StoredEvent",
    "Verifier",
    "WebhookError",
    "WebhookPayloadError",
    "WebhookReceiver",
    "acknowledgement",
    "areplay",
    "detect_kind",
    "lf_canonical",
    "log_event",
    "make_app",
    "parse",
    "replay",
]
