"""Each family's authentication, checked from the raw request the way the vendor's servers do it.

CMP and CSSS go through ``signature_checks`` (written from the server's side and independent of the
client's signers, so a shared canonicalisation bug cannot pass unseen); the pool API's header
credential is compared in constant time. Every rejection is counted per family and reason: a fuzz
run that "passes" while every request was refused for its signature is the failure mode this exists
to expose.

Each family's check is one :data:`SandboxVerifier` (``admit_cmp``, ``admit_csss``, ``admit_pool``),
named by the family's object (``linksfield._families``); they take the same raw request and return
the same :class:`Admission`, so the dispatcher never asks which family it serves.
"""

from __future__ import annotations

import functools
import hmac
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Final

from ..config import SandboxConfig
from ..state.store import Store
from .envelopes import error_body
from .inputs import BadRequest, decode_json
from .refusals import Rule
from .response_signing import cmp_response_headers
from .signature_checks import (
    CsssVerdict,
    GatewayConsumer,
    GatewayVerdict,
    verify_csss_request,
    verify_hmac_request,
)

__all__ = [
    "Admission",
    "Authenticator",
    "PoolVerdict",
    "RawRequest",
    "SandboxVerifier",
    "admit_cmp",
    "admit_csss",
    "admit_pool",
]


@dataclass(frozen=True)
class PoolVerdict:
    ok: bool
    reason: str


_ECHOING: Final = ("algorithm ", "Invalid signed header ")
"""Gateway messages that carry a client's header value: counted without it (the statistics'
names must not grow with every distinct value a fuzzer sends)."""


def _reason_key(reason: str) -> str:
    for prefix in _ECHOING:
        if reason.startswith(prefix):
            return prefix.strip() + " (value not kept)"
    return reason


class Authenticator:
    def __init__(self, config: SandboxConfig, store: Store) -> None:
        self.store = store
        self.consumers = {
            config.access_key: GatewayConsumer(
                access_key=config.access_key,
                secret_key=config.secret_key,
                clock_skew=config.clock_skew,
                validate_request_body=config.require_digest,
            )
        }
        self.csss_secrets = {config.csss_access_code: config.csss_secret}
        self.csss_skew = config.csss_skew or None
        self.pool_header = config.pool_header.lower().encode("latin-1")
        self.pool_credential = config.pool_credential.encode("utf-8")

    def secret_for(self, access_key: str) -> str | None:
        consumer = self.consumers.get(access_key)
        return None if consumer is None else consumer.secret_key

    def _rejected(self, family: str, reason: str) -> None:
        self.store.bump(f"rejected.{family}")
        self.store.bump(f"rejected_reason.{family}.{_reason_key(reason)}")

    def check_cmp(
        self, method: str, target: bytes, headers: Iterable[tuple[bytes, bytes]], body: bytes
    ) -> GatewayVerdict:
        verdict = verify_hmac_request(
            method=method, target=target, headers=list(headers), body=body, consumers=self.consumers
        )
        if not verdict.ok:
            self._rejected("cmp", verdict.reason)
        return verdict

    def check_csss(
        self, method: str, target: bytes, body: bytes, document: Mapping[str, object] | None = None
    ) -> CsssVerdict:
        verdict = verify_csss_request(
            method=method,
            target=target,
            body=body,
            secrets=self.csss_secrets,
            max_skew_seconds=self.csss_skew,
            document=document,
        )
        if not verdict.ok:
            self._rejected("csss", verdict.reason)
        return verdict

    def check_pool(self, headers: Iterable[tuple[bytes, bytes]]) -> PoolVerdict:
        values = [value for name, value in headers if name.lower() == self.pool_header]
        if not values:
            verdict = PoolVerdict(False, "credential missing")
        elif len(values) > 1:
            verdict = PoolVerdict(False, "credential header repeated")
        elif not hmac.compare_digest(values[0], self.pool_credential):
            verdict = PoolVerdict(False, "credential invalid")
        else:
            return PoolVerdict(True, "ok")
        self._rejected("pool", verdict.reason)
        return verdict


# -- one verifier per family ------------------------------------------------------------------------


@dataclass(frozen=True)
class RawRequest:
    """A request as the gateway receives it: raw target (path and query), raw headers, body bytes."""

    method: str
    target: bytes
    headers: Sequence[tuple[bytes, bytes]]
    body: bytes


@dataclass(frozen=True)
class Admission:
    """A family's verdict on one request, in the form the dispatcher acts on.

    ``refusal``: the body of the 401 answer (the family's envelope, or the CMP gateway's own
    ``{"message": ...}``), None when admitted. ``sign_answer``: headers that sign the answer, from
    its Content-Type (CMP, whose gateway signs responses). ``document``: the body already decoded
    for the check (CSSS), handed on to validation so it is decoded once.
    """

    refusal: Mapping[str, Any] | None = None
    sign_answer: Callable[[str], Mapping[str, str]] | None = field(default=None, repr=False)
    document: Any = None

    @property
    def ok(self) -> bool:
        return self.refusal is None


SandboxVerifier = Callable[[Authenticator, RawRequest], Admission]
"""Checks one request of a family; raises ``BadRequest`` for a body it cannot even read."""


def admit_cmp(auth: Authenticator, request: RawRequest) -> Admission:
    verdict = auth.check_cmp(request.method, request.target, request.headers, request.body)
    if not verdict.ok:
        return Admission(refusal={"message": verdict.reason})
    secret = auth.secret_for(verdict.access_key) if verdict.access_key else None
    if verdict.access_key is None or secret is None:
        return Admission()
    return Admission(
        sign_answer=functools.partial(
            _cmp_answer_headers, request, access_key=verdict.access_key, secret_key=secret
        )
    )


def _cmp_answer_headers(
    request: RawRequest, content_type: str, *, access_key: str, secret_key: str
) -> Mapping[str, str]:
    return cmp_response_headers(
        method=request.method,
        raw_target=request.target,
        access_key=access_key,
        secret_key=secret_key,
        content_type=content_type,
    )


def admit_csss(auth: Authenticator, request: RawRequest) -> Admission:
    """The signature travels in the body: it is decoded (through the input gate) before it can be
    checked, and the same document is validated afterwards."""
    document = decode_json(request.body) if request.body.strip() else None
    if not isinstance(document, dict):
        raise BadRequest("body", "must be a JSON object")
    verdict = auth.check_csss(request.method, request.target, request.body, document)
    if not verdict.ok:
        # R-CSSS-REFUSAL-STATUS: a refused signature is a 401, like the CMP gateway's.
        return Admission(refusal=error_body("csss", Rule.SIGNATURE, f"sign: {verdict.reason}"))
    return Admission(document=document)


def admit_pool(auth: Authenticator, request: RawRequest) -> Admission:
    verdict = auth.check_pool(request.headers)
    if not verdict.ok:
        return Admission(refusal=error_body("pool", Rule.SIGNATURE, verdict.reason))
    return Admission()
