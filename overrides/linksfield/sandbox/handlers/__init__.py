"""Business handlers, one module per area; importing this package registers them all."""

from __future__ import annotations

from . import cdr as cdr
from . import csss as csss
from . import devices as devices
from . import packages as packages
from . import pool as pool
from . import sms as sms
from .registry import HANDLERS, Handler

__all__ = ["HANDLERS", "Handler"]
