"""Linksfield IoT connectivity SDK: the public, hand-written layer over the generated client.

``Client``/``AsyncClient`` expose every operation of the curated spec as
``client.<tag>.<operation_id>(...)``, returning the unwrapped ``data`` as the generated model, with
request signing per API family, typed errors and retries that never repeat a spending call.
``CmpOptions`` and ``CsssOptions`` are the two families' signing choices
(``Client(cmp_options=..., csss_options=...)``).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from ._exceptions import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConfigurationError,
    ConflictError,
    LinksfieldError,
    NotFoundError,
    OutcomeUnknownError,
    PermissionDeniedError,
    RateLimitError,
    RequestValidationError,
    ResponseValidationError,
    ServerError,
    SignatureMismatchError,
    SucceededWithMisfitsError,
)
from ._secret import Secret
from ._version import __version__

if TYPE_CHECKING:
    from ._client import AsyncClient, Client
    from ._response import APIResponse, ResponseMisfit
    from ._settings import Settings
    from ._signing import CmpOptions, CsssOptions

# Loaded on first use (PEP 562): the errors above are plain classes, but these pull in httpx and the
# client's machinery, which the command line's ``--help`` and the packages that only catch errors
# (the webhook receiver, the sandbox) do not need. ``from linksfield import Client`` works as ever.
_LAZY: dict[str, str] = {
    "AsyncClient": "._client",
    "Client": "._client",
    "APIResponse": "._response",
    "ResponseMisfit": "._response",
    "Settings": "._settings",
    "CmpOptions": "._signing",
    "CsssOptions": "._signing",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value  # found directly from now on
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY})


__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponse",
    "APITimeoutError",
    "AsyncClient",
    "AuthenticationError",
    "BadRequestError",
    "Client",
    "CmpOptions",
    "ConfigurationError",
    "ConflictError",
    "CsssOptions",
    "LinksfieldError",
    "NotFoundError",
    "OutcomeUnknownError",
    "PermissionDeniedError",
    "RateLimitError",
    "RequestValidationError",
    "ResponseMisfit",
    "ResponseValidationError",
    "Secret",
    "ServerError",
    "Settings",
    "SignatureMismatchError",
    "SucceededWithMisfitsError",
    "__version__",
]
