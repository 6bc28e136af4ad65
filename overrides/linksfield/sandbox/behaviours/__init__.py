"""Stateful behaviours: the operations whose state the sandbox models, one module per domain.

``orders`` (catalogue, placing and the order state machine), ``devices``, ``sms``, ``cdr``, ``pools``
and ``cards`` each register their handlers with ``@handles(<operationId>)`` (``registry``): the
operation ids are the spec's, so routes, validation and authentication come from the spec and a
handler only turns a validated ``Call`` into the envelope's ``data``. Any operation without a
handler is answered from the spec alone (``spec.answers``). Shared helpers, which register
nothing: ``common`` (lookups and date checks), ``usage`` (KB from CDRs), ``views`` (rows to wire
objects). Importing this package registers every handler.
"""

from __future__ import annotations

from . import cards as cards
from . import cdr as cdr
from . import devices as devices
from . import orders as orders
from . import pools as pools
from . import sms as sms
from .registry import HANDLERS, Handler

__all__ = ["HANDLERS", "Handler"]
