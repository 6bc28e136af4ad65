"""The sandbox's settings and its fixed, documented default credentials.

The defaults are deliberately public: the sandbox stands in for the vendor on a developer's machine,
so anyone must be able to point a client at it without asking for secrets. They are printed at start
and never valid anywhere else.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any, Final

from .gateway.faults import FaultSpec
from .gateway.inputs import DEFAULT_MAX_BODY_BYTES

__all__ = [
    "DEFAULT_ACCESS_KEY",
    "DEFAULT_CSSS_ACCESS_CODE",
    "DEFAULT_CSSS_SECRET",
    "DEFAULT_MAX_BODY_BYTES",
    "DEFAULT_POOL_CREDENTIAL",
    "DEFAULT_POOL_HEADER",
    "DEFAULT_SECRET_KEY",
    "DEFAULT_SEED",
    "SandboxConfig",
    "client_arguments",
    "client_environment",
]

DEFAULT_ACCESS_KEY: Final = "sandbox-access-key"
DEFAULT_SECRET_KEY: Final = "sandbox-secret-key"
DEFAULT_CSSS_ACCESS_CODE: Final = "P000270"
DEFAULT_CSSS_SECRET: Final = "sandbox-csss-secret"
DEFAULT_POOL_HEADER: Final = "X-API-Key"
DEFAULT_POOL_CREDENTIAL: Final = "sandbox-pool-credential"
DEFAULT_SEED: Final = 20240601


@dataclass(frozen=True)
class SandboxConfig:
    """Everything ``create_app`` needs; ``python -m linksfield.sandbox`` fills it from flags and env."""

    db: str = ":memory:"
    """SQLite path; ``:memory:`` (the default) forgets everything on exit, a file keeps state."""
    access_key: str = DEFAULT_ACCESS_KEY
    secret_key: str = field(default=DEFAULT_SECRET_KEY, repr=False)
    csss_access_code: str = DEFAULT_CSSS_ACCESS_CODE
    csss_secret: str = field(default=DEFAULT_CSSS_SECRET, repr=False)
    pool_credential: str = field(default=DEFAULT_POOL_CREDENTIAL, repr=False)
    pool_header: str = DEFAULT_POOL_HEADER
    callback_url: str | None = None
    faults: FaultSpec = field(default_factory=FaultSpec)
    clock_skew: int = 0
    """CMP ``Date`` tolerance in seconds; 0 = not checked (the gateway's default, R-CMP-DATE-SKEW)."""
    require_digest: bool = False
    """Demand ``X-HMAC-DIGEST`` over the body (R-CMP-BODY-DIGEST)."""
    csss_skew: int = 300
    """CSSS ``timestamp`` tolerance in seconds (R-CSSS-SIGN-SKEW); 0 = not checked."""
    seed: int = DEFAULT_SEED
    devices: int = 300
    push_backoff: float = 0.5
    """First retry delay of an unacknowledged push; doubles per attempt up to ``push_backoff_max``."""
    push_backoff_max: float = 60.0
    push_timeout: float = 5.0
    sms_delivery_delay: float = 0.2
    """Seconds between ``send_sms`` and the operator's delivery report (status and MT push)."""
    spec: str | None = None
    """Path of a bundled OpenAPI document to serve instead of the installed client's (``--spec``)."""
    max_body_bytes: int = DEFAULT_MAX_BODY_BYTES
    """Largest request body accepted; a bigger one is a 413 before more than this is read. 1 MiB by
    default: 40 times the toolkit's biggest request (a 1,000-device bulk-order chunk, ~25 KB) and
    room for ~45,000 ICCIDs in one batch; see ``gateway.inputs`` for how it was chosen."""

    def with_changes(self, **changes: object) -> SandboxConfig:
        return replace(self, **changes)  # type: ignore[arg-type]


def client_arguments(url: str) -> dict[str, Any]:
    """``linksfield.Client`` arguments for a sandbox at ``url`` with the default credentials.

    One map for the tour, the fuzz runner, the CLI and the tests, so a new credential or family is
    added in one place. ``client_environment`` is the same as ``LINKSFIELD_*`` variables.
    """
    return {
        "access_key": DEFAULT_ACCESS_KEY,
        "secret_key": DEFAULT_SECRET_KEY,
        "base_url": url,
        "csss_access_code": DEFAULT_CSSS_ACCESS_CODE,
        "csss_secret": DEFAULT_CSSS_SECRET,
        "csss_base_url": url,
        "pool_base_url": url,
        "pool_credential": DEFAULT_POOL_CREDENTIAL,
    }


def client_environment(url: str) -> dict[str, str]:
    return {f"LINKSFIELD_{name.upper()}": str(value) for name, value in client_arguments(url).items()}
