"""Decode response bodies with the standard library's ``json.loads``: it is the judge of what is JSON.

One decoder for the whole client, so what decodes, and to what (duplicate keys, a byte-order mark,
lone surrogate escapes, UTF-16/32 bodies, ``NaN``, huge integers), is exactly what the standard
library decides; ``tests/unit/test_json_decoding.py`` holds it to that.

Until issue 17 this used pydantic-core's ``from_json`` (installed with pydantic then) with
``json.loads`` as the fallback for what it refused. With pydantic gone from the dependencies, a
faster decoder would be a new dependency for little: measured on this machine, a 50-order
``query_orders`` page (28 KiB) decodes in 151 µs with ``json.loads`` against 103 µs with
``from_json``, about 0.6 % of the ~8.7 ms call the overhead benchmark times; a 100-device page
(102 KiB) in 594 µs against 466 µs.
"""

from __future__ import annotations

import json
from typing import Any


def loads(content: bytes) -> Any:
    """The decoded body; ``ValueError`` (``json.JSONDecodeError``) when it is not JSON."""
    return json.loads(content)
