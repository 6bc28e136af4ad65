"""The admin routes under ``/_sandbox/`` (outside the spec, unauthenticated, never faulted).

``routes`` holds the table of routes and their endpoints (add an admin route there); ``stats``,
``useful_ids`` and ``arguments`` are what the bigger ones need.
"""

from __future__ import annotations

from .routes import admin_routes
from .stats import operation_stats, stats

__all__ = ["admin_routes", "operation_stats", "stats"]
