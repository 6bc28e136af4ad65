"""The ``linksfield`` logger, switched on with ``LINKSFIELD_LOG=debug|info``.

Library code only emits records; a handler is added solely when the user asks through the
environment, as openai-python does. Records carry operation, method, redacted path, status, time
and request id, never credentials or signatures.
"""

from __future__ import annotations

import logging
import os

logger = logging.getLogger("linksfield")
_configured = False


def setup_logging_from_env() -> None:
    global _configured
    if _configured:
        return
    _configured = True
    level = {"debug": logging.DEBUG, "info": logging.INFO}.get(os.environ.get("LINKSFIELD_LOG", "").lower())
    if level is None:
        return
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("[%(asctime)s %(name)s %(levelname)s] %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(level)
