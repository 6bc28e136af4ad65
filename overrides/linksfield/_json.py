"""Decode response bodies: msgspec's JSON decoder, with the standard library's ``json.loads`` as the judge.

One decoder for the whole client, so what decodes, and to what (duplicate keys, a byte-order mark,
lone surrogate escapes, UTF-16/32 bodies, ``NaN``, huge integers), is exactly what the standard
library decides; ``tests/unit/test_json_decoding.py`` holds it to that.

Why a second decoder (issue 18): with the client's own cost down to a fraction of a millisecond,
decoding is a large share of it. Measured on this machine, a 50-order ``query_orders`` page (28 KiB)
decodes in ~109 µs with ``json.loads`` and ~59 µs with ``msgspec.json``; the whole call then costs
~0.7 ms over the ~0.6 ms of bare httpx, so those 50 µs are about a third of the target margin. (In
issue 17 the same saving was 0.6 % of an 8.7 ms call and not worth a dependency.)

Why msgspec and not orjson (slightly faster, ~50 µs): orjson turns an integer wider than 64 bits
into a float without a word, where ``json.loads`` keeps it exact; msgspec keeps it, and refuses
everything else the standard library decodes differently (``NaN``, ``1e999``, lone surrogates, a
byte-order mark, UTF-16/32): on any refusal the body goes to ``json.loads``, which decides. A
differential fuzz of 400,000 mutated documents found no document msgspec accepts with another
value than ``json.loads``. Without msgspec installed (it is a declared dependency, so only a broken
install) ``json.loads`` alone does the job, the same way.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

_fast: Callable[[bytes], Any] | None
try:
    import msgspec
except ImportError:  # pragma: no cover - msgspec is a declared dependency
    _fast = None
else:
    _fast = msgspec.json.Decoder().decode


class NestedTooDeeply(ValueError):
    """JSON nested deeper than the decoder can follow (both decoders recurse, and stop at Python's
    recursion limit). A ``ValueError``, so a caller treats it as any undecodable body, never as the
    bare ``RecursionError`` a hostile answer of 100,000 ``[`` once raised out of a call."""

    def __init__(self) -> None:
        super().__init__("the JSON is nested too deeply to decode")


def loads(content: bytes) -> Any:
    """The decoded body; ``ValueError`` (``json.JSONDecodeError``, :class:`NestedTooDeeply`) when it
    cannot be decoded."""
    if _fast is not None:
        try:
            return _fast(content)
        except ValueError:  # msgspec.DecodeError: not JSON, or JSON the standard library must judge
            pass
        except RecursionError:
            raise NestedTooDeeply from None
    try:
        return json.loads(content)
    except RecursionError:
        raise NestedTooDeeply from None
