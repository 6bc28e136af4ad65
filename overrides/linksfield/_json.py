"""Decode response bodies: pydantic-core's Rust parser, with the standard library's as the judge.

Every answer is decoded once per call, and a page of 50 orders is 30 KiB: ``json.loads`` was about a
fifth of the client's own cost in issue 9's benchmark. ``pydantic_core.from_json`` (already installed
with pydantic, so no new dependency) reads the same documents about a third faster and shares
repeated key strings. It refuses a few inputs ``json.loads`` accepts (a UTF-8 byte-order mark, lone
surrogate escapes, UTF-16/32 bodies); those are handed to ``json.loads``, so what decodes, and to
what, is exactly what the standard library decides.
"""

from __future__ import annotations

import json
from typing import Any

from pydantic_core import from_json


def loads(content: bytes) -> Any:
    """The decoded body; ``ValueError`` (``json.JSONDecodeError``) when it is not JSON."""
    try:
        return from_json(content)
    except ValueError:
        return json.loads(content)
