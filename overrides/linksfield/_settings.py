"""Client settings: constructor arguments first, then ``LINKSFIELD_*`` environment variables.

One frozen object holds every choice so ``with_options`` can copy it with a few changes and the
sync and async clients resolve settings the same way. Secrets are wrapped in :class:`Secret` the
moment they are read, so no later repr or log line can show them.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from typing import Any, Final, Literal, get_args

import attrs
import httpx

from ._exceptions import ConfigurationError
from ._families import FAMILIES, env_name
from ._secret import Secret, redact_url
from ._signing import CmpOptions, CsssOptions

Environment = Literal["uat", "production"]

DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
"""Finite on purpose: a hung vendor call must surface as an error, never block a fleet job forever.
The whole call (retries included) gets 30 s; one connection attempt at most 10 s of it, so a dead
host leaves time to retry a read."""
DEFAULT_MAX_RETRIES = 2


def _secret(value: str | Secret | None) -> Secret | None:
    if value is None or value == "":
        return None
    return Secret(value)


def _timeout(value: float | httpx.Timeout | None) -> httpx.Timeout:
    if value is None:
        raise ConfigurationError("timeout must be finite: pass seconds or an httpx.Timeout, not None")
    if isinstance(value, httpx.Timeout):
        if None in (value.connect, value.read, value.write, value.pool):
            raise ConfigurationError("every part of the httpx.Timeout must be finite (no None)")
        return value
    seconds = float(value)
    if not seconds > 0:
        raise ConfigurationError(f"timeout must be a positive number of seconds, got {seconds}")
    return httpx.Timeout(seconds)


DEFAULT_RATE_LIMIT = 10.0
"""Requests per second; the vendor's gateway limits per key, so a client paces itself below it."""
DEFAULT_MAX_CONCURRENCY = 3
_OFF = ("off", "none", "no", "false")


def _rate_limit(value: float | str | None) -> float | None:
    """``None``, 0 or ``inf`` switch the limit off; a negative rate is a mistake, not "off"."""
    if value is None or (isinstance(value, str) and value.strip().lower() in _OFF):
        return None
    rate = float(value)
    if rate != rate or rate < 0:
        raise ConfigurationError(f"rate_limit must be 0 (off) or a positive number per second, got {value!r}")
    return None if rate == 0 or rate == float("inf") else rate


def _max_concurrency(value: int | str | None) -> int | None:
    if value is None or (isinstance(value, str) and value.strip().lower() in _OFF):
        return None
    count = int(value)
    if count < 0:
        raise ConfigurationError(f"max_concurrency must be 0 (off) or a positive number, got {value!r}")
    return count or None


def call_budget(timeout: httpx.Timeout) -> float:
    """Seconds one whole call may take: the largest part of ``timeout`` (see ``Settings.timeout``)."""
    parts = (timeout.connect, timeout.read, timeout.write, timeout.pool)
    return max(part for part in parts if part is not None)


@attrs.frozen(kw_only=True)
class Settings:
    """Everything a client needs to route, sign and retry calls of the three API families.

    ``timeout`` bounds a whole call, from waiting for the rate limiter and connecting to the last
    byte of the answer, retries and their backoff sleeps included: a call never takes longer than
    it (plus a few tens of milliseconds to tear down; the sync client's two narrow exceptions are
    in ``linksfield._deadline``). A number is that budget in seconds. An
    ``httpx.Timeout`` also caps each phase of every attempt (``httpx.Timeout(30, connect=5)``: a
    connection attempt gives up after 5 s, leaving time to retry a read), and the call as a whole
    gets its largest part. Each attempt's httpx timeouts are cut to what is left of the budget.
    Why the whole call and not each socket read, as httpx's own ``timeout`` means: a server that
    trickles its answer a byte at a time never trips a per-read timeout, and with retries a
    per-read limit multiplies; a fleet job needs to know how long one call can hold it. A read
    that runs out of time raises ``APITimeoutError``; a mutate/spend that may have been sent
    raises ``OutcomeUnknownError`` and is never retried. Always finite (default 30 s).
    """

    access_key: str | None = None
    secret_key: Secret | None = attrs.field(default=None, converter=_secret)
    base_url: str | None = None
    csss_access_code: str | None = None
    csss_secret: Secret | None = attrs.field(default=None, converter=_secret)
    csss_base_url: str | None = None
    pool_base_url: str | None = None
    pool_credential: Secret | None = attrs.field(default=None, converter=_secret)
    pool_credential_header: str = "X-API-Key"
    environment: Environment = "production"
    timeout: httpx.Timeout = attrs.field(default=DEFAULT_TIMEOUT, converter=_timeout)
    max_retries: int = DEFAULT_MAX_RETRIES
    retry_unsafe: bool = False
    """Allow retrying mutate/spend calls after an ambiguous failure. Risky: may order twice."""
    verify_responses: bool = False
    validate_requests: bool = True
    strict_responses: bool = False
    """Raise ``ResponseValidationError`` when a success answer does not fit the spec. Off by default:
    the client then returns what it could read, keeps each misfitting value as received and lists it
    in ``APIResponse.misfits`` (and one warning log line), because after a call that spent money an
    error reads as "not done" and invites a second order. Even when on, a ``spend``/``mutate``
    raises ``SucceededWithMisfitsError``, which says the call succeeded. Meant for contract tests
    and fuzz runs, where a drifting vendor must fail loudly."""
    cmp_options: CmpOptions = attrs.field(factory=CmpOptions)
    """CMP's signing choices (algorithm, signed headers, ``Date``, body digest)."""
    csss_options: CsssOptions = attrs.field(factory=CsssOptions)
    """CSSS's signing choices, each undocumented point of its signature."""
    rate_limit: float | None = attrs.field(default=DEFAULT_RATE_LIMIT, converter=_rate_limit)
    """Client-side requests per second (token bucket); None = no limit (0 or "off" also switch it off)."""
    max_concurrency: int | None = attrs.field(default=DEFAULT_MAX_CONCURRENCY, converter=_max_concurrency)
    """Requests in flight at once; None = no cap."""

    def __attrs_post_init__(self) -> None:
        if self.environment not in get_args(Environment):
            raise ConfigurationError(f"environment must be 'uat' or 'production', got {self.environment!r}")
        if self.max_retries < 0:
            raise ConfigurationError("max_retries must be 0 or more")

    @property
    def call_budget(self) -> float:
        """Seconds one whole call may take, retries and backoff included (see the class docstring)."""
        return call_budget(self.timeout)

    def __repr__(self) -> str:
        # Base URLs may carry `user:password@` or a token in the query: shown redacted. Of the
        # credentials only the public identifiers (access key, access code) are shown, never a Secret.
        shown: dict[str, object] = {"environment": self.environment}
        for family in FAMILIES.values():
            url = getattr(self, family.base_url_setting)
            shown[family.base_url_setting] = url and redact_url(url)
        for family in FAMILIES.values():
            for name in family.credential_settings:
                value = getattr(self, name)
                shown[name] = None if isinstance(value, Secret) else value
        shown["max_retries"] = self.max_retries
        body = ", ".join(f"{key}={value!r}" for key, value in shown.items() if value is not None)
        return f"Settings({body})"

    def replace(self, **changes: Any) -> Settings:
        return attrs.evolve(self, **changes)


ENV_SETTINGS: Final = (
    *(name for family in FAMILIES.values() for name in family.env_settings),
    "environment",
    "timeout",
    "max_retries",
    "rate_limit",
    "max_concurrency",
)
"""The settings read from ``LINKSFIELD_<NAME>``: each family's, and the general ones. Not the safety
switches (see ``Client``) nor the signing options."""
_CONVERTERS: Mapping[str, Callable[[str], object]] = {
    "timeout": float,
    "max_retries": int,
    "rate_limit": lambda raw: 0.0 if raw.strip().lower() in _OFF else float(raw),
    "max_concurrency": lambda raw: 0 if raw.strip().lower() in _OFF else int(raw),
}


def resolve_settings(explicit: Mapping[str, object], environ: Mapping[str, str] | None = None) -> Settings:
    """Explicit arguments (those not None) win; otherwise ``LINKSFIELD_<NAME>`` is read."""
    env = os.environ if environ is None else environ
    values: dict[str, Any] = {}
    for name in ENV_SETTINGS:
        raw = env.get(env_name(name))
        if raw is None or raw == "":
            continue
        convert = _CONVERTERS.get(name)
        try:
            values[name] = convert(raw) if convert else raw
        except ValueError:
            raise ConfigurationError(f"{env_name(name)} must be a number, got {raw!r}") from None
    values.update({name: value for name, value in explicit.items() if value is not None})
    return Settings(**values)


def _check_families() -> None:
    """Every setting a family names is a field of ``Settings`` (a typo fails at import, not at a call)."""
    fields = attrs.fields_dict(Settings)
    for family in FAMILIES.values():
        unknown = [name for name in family.env_settings if name not in fields]
        if unknown:
            raise TypeError(f"the {family.name} family names settings Settings lacks: {unknown}")


_check_families()
