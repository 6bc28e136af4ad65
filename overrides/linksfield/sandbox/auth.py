"""Each family's authentication, checked from the raw request the way the vendor's servers do it.

CMP and CSSS go through ``gateway_auth`` (written from the server's side and independent of the
client's signers, so a shared canonicalisation bug cannot pass unseen); the pool API's header
credential is compared in constant time. Every rejection is counted per family and reason: a fuzz
run that "passes" while every request was refused for its signature is the failure mode this exists
to expose.
"""

from __future__ import annotations

import hmac
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Final

from .config import SandboxConfig
from .gateway_auth import (
    CsssVerdict,
    GatewayConsumer,
    GatewayVerdict,
    verify_csss_request,
    verify_hmac_request,
)
from .store import Store

__all__ = ["Authenticator", "PoolVerdict"]


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
