"""``Client`` and ``AsyncClient``: settings, one HTTP connection pool, and the spec's namespaces.

The namespaces (``client.packages``, ``client.cdr`` ...) come from the generated facade, so the list
follows the spec; this module only owns configuration and lifetime, as httpx's ``_client.py`` does.
"""

from __future__ import annotations

from collections.abc import Sequence
from types import TracebackType
from typing import Any

import httpx

from linksfield_api.facade import AsyncNamespaces, SyncNamespaces

from ._invoker import AsyncInvoker, SyncInvoker
from ._logging import setup_logging_from_env
from ._rate_limit import AsyncLimiter, SyncLimiter
from ._secret import Secret
from ._settings import Environment, Settings, resolve_settings
from ._signing import CmpHmacAlgorithm, CsssOptions
from ._transport import default_async_http_client, default_sync_http_client

_LIMIT_FIELDS = frozenset({"rate_limit", "max_concurrency"})
"""Changing either in ``with_options`` gives the copy its own limiter; otherwise it shares the parent's."""


def _settings_from(arguments: dict[str, Any]) -> Settings:
    explicit = {
        name: value for name, value in arguments.items() if name not in {"self", "http_client", "__class__"}
    }
    return resolve_settings(explicit)


class _ClientBase:
    _settings: Settings

    @property
    def settings(self) -> Settings:
        """The resolved settings (secrets redacted in their repr)."""
        return self._settings

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._settings!r})"


class Client(_ClientBase, SyncNamespaces):
    """Synchronous client for the CMP, CSSS and pool/card APIs.

    Credentials, base URLs, ``environment``, ``timeout`` and ``max_retries`` left as ``None`` are read
    from ``LINKSFIELD_<NAME>`` (e.g. ``LINKSFIELD_ACCESS_KEY``); the safety switches
    (``retry_unsafe``, ``verify_responses``, ``validate_requests``, ``strict_responses``)
    deliberately are not, so an environment variable can never make a spending call repeatable or
    turn answers a program handles today into errors.
    Answers are read tolerantly by default: a success answer that does not fit the spec is
    returned with each misfitting value as received, listed in ``with_raw_response``'s
    ``APIResponse.misfits`` and in one warning on the ``linksfield`` logger. ``strict_responses=True``
    raises ``ResponseValidationError`` instead; after a ``spend``/``mutate`` call that is
    ``SucceededWithMisfitsError`` (``succeeded = True``): the call took effect and is never retried.
    ``environment`` picks the published base URLs; an explicit ``*_base_url`` wins (the sandbox's URL,
    for instance). ``timeout`` bounds the whole call, retries and backoff included, and is always
    finite (see :class:`Settings`). Pass ``http_client`` to reuse your own
    ``httpx.Client`` (proxies, transports); the client then does not close it.
    ``rate_limit`` (requests per second, default 10) and ``max_concurrency`` (requests in flight,
    default 3) pace the client below the vendor's limits; ``0`` switches either off, and a 429's
    ``Retry-After`` holds every new request of the client until it has passed.
    Signing: ``hmac_algorithm`` (``hmac-sha256`` default, ``hmac-sha1``, ``hmac-sha512``),
    ``signed_headers`` (default ``Accept-Language;Content-Type``), ``send_date`` and ``body_digest``
    (``X-HMAC-DIGEST``) for CMP; ``csss_options`` switches each undocumented CSSS signing choice.
    """

    def __init__(
        self,
        *,
        access_key: str | None = None,
        secret_key: str | Secret | None = None,
        base_url: str | None = None,
        csss_access_code: str | None = None,
        csss_secret: str | Secret | None = None,
        csss_base_url: str | None = None,
        pool_base_url: str | None = None,
        pool_credential: str | Secret | None = None,
        pool_credential_header: str | None = None,
        environment: Environment | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        retry_unsafe: bool | None = None,
        verify_responses: bool | None = None,
        validate_requests: bool | None = None,
        strict_responses: bool | None = None,
        rate_limit: float | None = None,
        max_concurrency: int | None = None,
        hmac_algorithm: CmpHmacAlgorithm | None = None,
        signed_headers: Sequence[str] | None = None,
        send_date: bool | None = None,
        body_digest: bool | None = None,
        csss_options: CsssOptions | None = None,
        http_client: httpx.Client | None = None,
    ) -> None:
        self._init(_settings_from(dict(locals())), http_client)

    def _init(
        self, settings: Settings, http_client: httpx.Client | None, limiter: SyncLimiter | None = None
    ) -> None:
        setup_logging_from_env()
        self._settings = settings
        self._owns_http = http_client is None
        self._http = http_client or default_sync_http_client()
        self._invoker = SyncInvoker(settings, self._http, limiter=limiter)
        SyncNamespaces.__init__(self, self._invoker)

    def with_options(self, *, http_client: httpx.Client | None = None, **changes: Any) -> Client:
        """A copy with some settings changed, sharing this client's connection pool and rate limit."""
        copy = Client.__new__(Client)
        limiter = None if _LIMIT_FIELDS & changes.keys() else self._invoker.limiter
        copy._init(self._settings.replace(**changes), http_client or self._http, limiter)
        return copy

    def close(self) -> None:
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> Client:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


class AsyncClient(_ClientBase, AsyncNamespaces):
    """Asynchronous client; the same arguments as :class:`Client`, methods are awaitable."""

    def __init__(
        self,
        *,
        access_key: str | None = None,
        secret_key: str | Secret | None = None,
        base_url: str | None = None,
        csss_access_code: str | None = None,
        csss_secret: str | Secret | None = None,
        csss_base_url: str | None = None,
        pool_base_url: str | None = None,
        pool_credential: str | Secret | None = None,
        pool_credential_header: str | None = None,
        environment: Environment | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        retry_unsafe: bool | None = None,
        verify_responses: bool | None = None,
        validate_requests: bool | None = None,
        strict_responses: bool | None = None,
        rate_limit: float | None = None,
        max_concurrency: int | None = None,
        hmac_algorithm: CmpHmacAlgorithm | None = None,
        signed_headers: Sequence[str] | None = None,
        send_date: bool | None = None,
        body_digest: bool | None = None,
        csss_options: CsssOptions | None = None,
        http_client: httpx.AsyncClient | None = None,
    ) -> None:
        self._init(_settings_from(dict(locals())), http_client)

    def _init(
        self, settings: Settings, http_client: httpx.AsyncClient | None, limiter: AsyncLimiter | None = None
    ) -> None:
        setup_logging_from_env()
        self._settings = settings
        self._owns_http = http_client is None
        self._http = http_client or default_async_http_client()
        self._invoker = AsyncInvoker(settings, self._http, limiter=limiter)
        AsyncNamespaces.__init__(self, self._invoker)

    def with_options(self, *, http_client: httpx.AsyncClient | None = None, **changes: Any) -> AsyncClient:
        """A copy with some settings changed, sharing this client's connection pool and rate limit."""
        copy = AsyncClient.__new__(AsyncClient)
        limiter = None if _LIMIT_FIELDS & changes.keys() else self._invoker.limiter
        copy._init(self._settings.replace(**changes), http_client or self._http, limiter)
        return copy

    async def aclose(self) -> None:
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> AsyncClient:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()
