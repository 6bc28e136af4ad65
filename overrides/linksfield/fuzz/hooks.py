"""Schemathesis hooks module (``SCHEMATHESIS_HOOKS=linksfield.fuzz.hooks``), one family per run.

The runner passes the family and credentials through the environment. Every request is signed with
the client's own signer for that family, and every 401 is counted in a file so the runner can fail
a run where a signature was refused even though 401 is a documented answer (toolchain note 10).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import schemathesis

from linksfield._routing import Routes
from linksfield._settings import resolve_settings

from .requests_auth import UNSIGNED_MARKER, HttpxAuthAdapter

FAMILY = os.environ.get("LINKSFIELD_FUZZ_FAMILY", "cmp")
REJECTIONS = os.environ.get("LINKSFIELD_FUZZ_REJECTIONS")

_settings = resolve_settings({})
schemathesis.auth.set_from_requests(HttpxAuthAdapter(Routes(_settings).for_family(FAMILY).auth))  # type: ignore[attr-defined]


@schemathesis.hook
def after_call(context: Any, case: Any, response: Any) -> None:
    request = getattr(response, "request", None)
    unsigned = request is not None and UNSIGNED_MARKER in request.headers
    if response.status_code == 401 and REJECTIONS and not unsigned:
        with Path(REJECTIONS).open("a", encoding="utf-8") as log:
            # One line per refusal: the operation and the server's reason (never the signature).
            reason = " ".join(str(getattr(response, "text", ""))[:200].split())
            log.write(f"{case.operation.label}: {reason}\n")
