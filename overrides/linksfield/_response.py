"""The result of ``with_raw_response``: unwrapped data plus the exchange that produced it.

Also home of :class:`ResponseMisfit`, the record of one answer value that did not fit the spec: the
tolerant reader (the default, see ``strict_responses``) returns such answers instead of raising, so
the misfits must travel with the data for a caller to see them.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Generic, TypeVar

import attrs
import httpx

from ._exceptions import path_text

T = TypeVar("T")


@attrs.frozen
class ResponseMisfit:
    """One value of an answer that does not fit the spec, kept in ``data`` as it came off the wire.

    ``path`` is the wire path (keys as the vendor spells them, list indexes as ints) and ``reason``
    what the spec expected there (``expected str, got int``, ``is required``). The value itself is
    deliberately absent: answers carry personal data and secrets, and misfits end up in logs. It is
    in ``data`` at that place, and in ``APIResponse.envelope``.
    """

    path: tuple[str | int, ...]
    reason: str

    @property
    def path_text(self) -> str:
        return path_text(self.path)

    def __str__(self) -> str:
        return f"{self.path_text}: {self.reason}"


REQUEST_ID_HEADERS = ("x-request-id", "x-trace-id", "traceid", "x-b3-traceid")


_REQUEST_ID_KEYS = frozenset(name.encode("ascii") for name in REQUEST_ID_HEADERS)


def request_id_of(response: httpx.Response, envelope: object) -> str | None:
    """The id support asks for: a tracing header, else the pool envelope's ``traceId``."""
    headers = response.headers
    # One pass over the raw names first: every answer comes through here, and each ``get`` of a
    # header that is not there scans (and decodes) all of them.
    if not _REQUEST_ID_KEYS.isdisjoint([key.lower() for key, _ in headers.raw]):
        for name in REQUEST_ID_HEADERS:
            value: str | None = headers.get(name)
            if value:
                return value
    if isinstance(envelope, Mapping):
        trace = envelope.get("traceId")
        if isinstance(trace, str) and trace:
            return trace
    return None


@attrs.frozen
class APIResponse(Generic[T]):
    """``data`` as the generated model, the parsed JSON envelope, the HTTP response and its id.

    ``unknown_codes`` lists coded values the spec does not know yet (kept as plain values, see
    R-ENUM-OPEN), as ``path=value`` strings.

    ``misfits`` lists the values that do not fit the spec (empty for an answer that fits). The
    client reads answers tolerantly by default: each such value is left in ``data`` as received
    (typed siblings stay typed; a success answer without its ``data`` gives ``data=None`` and a
    misfit at ``data``), because after a call that spent money an error would read as "not done"
    and invite a second order. With ``strict_responses=True`` a misfit raises instead.
    """

    data: T
    http_response: httpx.Response
    _envelope: dict[str, Any] | None = attrs.field(alias="envelope", repr=False, eq=False)
    """``None`` when the answer was read without making a dict of it; :attr:`envelope` decodes it
    then. Not compared: ``http_response`` is, and the envelope is its body."""
    request_id: str | None
    unknown_codes: tuple[str, ...] = ()
    misfits: tuple[ResponseMisfit, ...] = ()

    @property
    def envelope(self) -> dict[str, Any]:
        """The answer as received (decoded on first use when the fast path never made a dict of it).

        Left out of the repr: it holds every value raw, the vendor's ``sign`` included, which the
        models hide (``x-secret`` in the spec); ``data`` shows what it parsed to.
        """
        envelope = self._envelope
        if envelope is None:
            from ._json import loads  # only for a caller who asks

            envelope = loads(self.http_response.content)
            object.__setattr__(self, "_envelope", envelope)
        return envelope

    @property
    def status_code(self) -> int:
        return self.http_response.status_code
