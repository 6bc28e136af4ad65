"""Linksfield IoT connectivity SDK: the public, hand-written layer over the generated client.

``Client``/``AsyncClient`` expose every operation of the curated spec as
``client.<tag>.<operation_id>(...)``, returning the unwrapped ``data`` as the generated model, with
request signing per API family, typed errors and retries that never repeat a spending call.
``CmpOptions`` and ``CsssOptions`` are the two families' signing choices
(``Client(cmp_options=..., csss_options=...)``).
"""

from ._client import AsyncClient, Client
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
from ._response import APIResponse, ResponseMisfit
from ._secret import Secret
from ._settings import Settings
from ._signing import CmpOptions, CsssOptions
from ._version import __version__

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
