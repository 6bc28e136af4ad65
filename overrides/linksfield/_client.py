"""``Client`` and ``AsyncClient``: settings, one HTTP connection pool, and the spec's namespaces.

The namespaces (``client.packages``, ``client.cdr`` ...) come from the generated facade, so the list
follows the spec; this module only owns configuration and lifetime, as httpx's ``_client.py`` does.
Construction, ``with_options`` and the repr are written once, in :class:`BaseClient`, generic over
the httpx client; the two classes add only their invoker and how they close.

The keyword arguments of ``__init__`` and ``with_options`` are spelled out (rather than taken as
``**kwargs``) so that editors and type checkers show and check them; they are the fields of
:class:`Settings`, and ``tests/client/test_settings.py`` holds them equal, names and types.
"""

from __future__ import annotations

import enum
from types import TracebackType
from typing import TYPE_CHECKING, Any, Final, Generic, TypeVar

import attrs
import httpx

from linksfield_api.facade import AsyncNamespaces, SyncNamespaces

from ._invoker import AsyncInvoker, SyncInvoker
from ._logging import setup_logging_from_env
from ._secret import Secret
from ._settings import Environment, Settings, resolve_settings
from ._signing import CmpOptions, CsssOptions
from ._transport import default_async_http_client, default_sync_http_client

if TYPE_CHECKING:
    from typing_extensions import Self

__all__ = ["NOT_GIVEN", "AsyncClient", "BaseClient", "Client", "NotGiven"]

HttpT = TypeVar("HttpT", httpx.Client, httpx.AsyncClient)

SETTING_NAMES: Final = frozenset(field.name for field in attrs.fields(Settings))
_LIMIT_FIELDS: Final = frozenset({"rate_limit", "max_concurrency"})
"""Changing either in ``with_options`` gives the copy its own limiter; otherwise it shares the parent's."""


class NotGiven(enum.Enum):
    """``with_options``' default: the setting stays as it is (``None`` may be a value to set)."""

    NOT_GIVEN = "NOT_GIVEN"

    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN: Final = NotGiven.NOT_GIVEN


def _settings_arguments(arguments: dict[str, Any], *, skip: object) -> dict[str, Any]:
    """The settings among a method's ``locals()``, without those left at ``skip``."""
    return {name: value for name, value in arguments.items() if name in SETTING_NAMES and value is not skip}


class BaseClient(Generic[HttpT]):
    """What ``Client`` and ``AsyncClient`` share: settings, the HTTP client, copies and the repr.

    The arguments are documented on :class:`Client`; each is a field of :class:`Settings`.
    """

    _settings: Settings
    _http: HttpT
    _owns_http: bool

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
        cmp_options: CmpOptions | None = None,
        csss_options: CsssOptions | None = None,
        rate_limit: float | str | None = None,
        max_concurrency: int | str | None = None,
        http_client: HttpT | None = None,
    ) -> None:
        settings = resolve_settings(_settings_arguments(locals(), skip=None))
        self._init(settings, http_client, parent=None)

    def with_options(
        self,
        *,
        access_key: str | NotGiven | None = NOT_GIVEN,
        secret_key: str | Secret | NotGiven | None = NOT_GIVEN,
        base_url: str | NotGiven | None = NOT_GIVEN,
        csss_access_code: str | NotGiven | None = NOT_GIVEN,
        csss_secret: str | Secret | NotGiven | None = NOT_GIVEN,
        csss_base_url: str | NotGiven | None = NOT_GIVEN,
        pool_base_url: str | NotGiven | None = NOT_GIVEN,
        pool_credential: str | Secret | NotGiven | None = NOT_GIVEN,
        pool_credential_header: str | NotGiven = NOT_GIVEN,
        environment: Environment | NotGiven = NOT_GIVEN,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        retry_unsafe: bool | NotGiven = NOT_GIVEN,
        verify_responses: bool | NotGiven = NOT_GIVEN,
        validate_requests: bool | NotGiven = NOT_GIVEN,
        strict_responses: bool | NotGiven = NOT_GIVEN,
        cmp_options: CmpOptions | NotGiven = NOT_GIVEN,
        csss_options: CsssOptions | NotGiven = NOT_GIVEN,
        rate_limit: float | str | NotGiven | None = NOT_GIVEN,
        max_concurrency: int | str | NotGiven | None = NOT_GIVEN,
        http_client: HttpT | None = None,
    ) -> Self:
        """A copy with the given settings changed, sharing this client's connection pool and rate limit.

        Here ``None`` is a value (no base URL override, no rate limit), not "read the environment":
        the copy starts from this client's resolved settings.
        """
        changes = _settings_arguments(locals(), skip=NOT_GIVEN)
        copy = type(self).__new__(type(self))
        parent = None if _LIMIT_FIELDS & changes.keys() else self
        copy._init(self._settings.replace(**changes), http_client or self._http, parent=parent)
        return copy

    def _init(self, settings: Settings, http_client: HttpT | None, *, parent: Self | None) -> None:
        setup_logging_from_env()
        self._settings = settings
        self._owns_http = http_client is None
        self._http = http_client or self._default_http()
        self._bind(parent)

    def _default_http(self) -> HttpT:
        raise NotImplementedError

    def _bind(self, parent: Self | None) -> None:
        """Create the invoker (sharing ``parent``'s rate limiter when given) and the namespaces."""
        raise NotImplementedError

    @property
    def settings(self) -> Settings:
        """The resolved settings (secrets redacted in their repr)."""
        return self._settings

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._settings!r})"


class Client(BaseClient[httpx.Client], SyncNamespaces):
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
    Signing: ``cmp_options=CmpOptions(...)`` (``algorithm`` ``hmac-sha256`` default, ``hmac-sha1``,
    ``hmac-sha512``; ``signed_headers``, default ``Accept-Language;Content-Type``; ``send_date``;
    ``body_digest`` for ``X-HMAC-DIGEST``) and ``csss_options=CsssOptions(...)`` switch each
    signing choice the vendor leaves open.
    """

    _invoker: SyncInvoker

    def _default_http(self) -> httpx.Client:
        return default_sync_http_client()

    def _bind(self, parent: Client | None) -> None:
        limiter = parent._invoker.limiter if parent is not None else None
        self._invoker = SyncInvoker(self._settings, self._http, limiter=limiter)
        SyncNamespaces.__init__(self, self._invoker)

    def close(self) -> None:
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> Client:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


class AsyncClient(BaseClient[httpx.AsyncClient], AsyncNamespaces):
    """Asynchronous client; the same arguments as :class:`Client`, methods are awaitable."""

    _invoker: AsyncInvoker

    def _default_http(self) -> httpx.AsyncClient:
        return default_async_http_client()

    def _bind(self, parent: AsyncClient | None) -> None:
        limiter = parent._invoker.limiter if parent is not None else None
        self._invoker = AsyncInvoker(self._settings, self._http, limiter=limiter)
        AsyncNamespaces.__init__(self, self._invoker)

    async def aclose(self) -> None:
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> AsyncClient:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()
