"""The one exception hierarchy of the package.

Modelled on openai-python and httpx: callers catch a broad class (``APIError``) or a precise one
(``RateLimitError``) and always find the same context attributes. The rendered text is built only
from fields the package controls (status, business code, message, operation, request id and a
redacted request summary), so no secret or signature can reach logs through an exception.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, Final, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from ._outcome import CheckCall
    from ._response import APIResponse, ResponseMisfit

__all__ = [
    "APIConnectionError",
    "APIError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConfigurationError",
    "ConflictError",
    "ErrorContext",
    "LinksfieldError",
    "NotFoundError",
    "OutcomeUnknownError",
    "PermissionDeniedError",
    "RateLimitError",
    "RequestValidationError",
    "ResponseValidationError",
    "ServerError",
    "SignatureMismatchError",
    "SucceededWithMisfitsError",
    "make_api_error",
    "path_text",
]


class LinksfieldError(Exception):
    """Root of every error raised on purpose, so one ``except`` catches them all."""


class ErrorContext(TypedDict, total=False):
    """Where a failed call happened: the keyword arguments every :class:`APIError` takes.

    Declared once, so the subclasses that add their own fields pass the rest through unchanged.
    """

    status_code: int | None
    code: str | int | None
    operation: str | None
    request_id: str | None
    request_summary: str | None


class APIError(LinksfieldError):
    """A call failed; carries enough context to find it in vendor logs without carrying secrets."""

    status_code: int | None
    code: str | int | None
    message: str
    operation: str | None
    request_id: str | None
    request_summary: str | None

    default_message = "The call failed."
    """Used when no message is given (subclasses name their own failure)."""
    succeeded: ClassVar[bool] = False
    """True only for :class:`SucceededWithMisfitsError`: the vendor reported success, so the call
    took effect and must not be repeated. A catch-all ``except APIError`` can test it."""

    def __init__(self, message: str | None = None, **context: Unpack[ErrorContext]) -> None:
        self.message = message or self.default_message
        self.status_code = context.get("status_code")
        self.code = context.get("code")
        self.operation = context.get("operation")
        self.request_id = context.get("request_id")
        self.request_summary = context.get("request_summary")
        super().__init__(self._render())

    def _details(self) -> list[str]:
        parts: list[str] = []
        if self.status_code is not None:
            parts.append(f"HTTP {self.status_code}")
        if self.code is not None:
            parts.append(f"code {self.code!r}")
        if self.operation:
            parts.append(f"operation {self.operation}")
        if self.request_id:
            parts.append(f"request id {self.request_id}")
        if self.request_summary:
            parts.append(f"request {self.request_summary}")
        return parts

    def _render(self) -> str:
        details = self._details()
        return f"{self.message} ({', '.join(details)})" if details else self.message

    def __str__(self) -> str:
        return self._render()

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._render()!r})"


class AuthenticationError(APIError):
    """Credentials or signature refused (HTTP 401/403 or an authentication business code)."""


class PermissionDeniedError(AuthenticationError):
    """HTTP 403: authenticated but not allowed; a subclass so catching AuthenticationError covers it."""


class BadRequestError(APIError):
    """The request was malformed or failed validation (HTTP 400/422 or a parameter business code)."""


class NotFoundError(APIError):
    """The resource does not exist (HTTP 404 or the equivalent business code)."""


class ConflictError(APIError):
    """A business rule refused the call, e.g. an order in a state that does not allow it."""


class RateLimitError(APIError):
    """HTTP 429; ``retry_after`` is the server's hint in seconds when it sent one."""

    retry_after: float | None

    def __init__(
        self, message: str, *, retry_after: float | None = None, **context: Unpack[ErrorContext]
    ) -> None:
        self.retry_after = retry_after
        super().__init__(message, **context)

    def _details(self) -> list[str]:
        parts = super()._details()
        if self.retry_after is not None:
            parts.append(f"retry after {self.retry_after:g}s")
        return parts


class ServerError(APIError):
    """HTTP 5xx or a vendor internal-error code; reads may be retried, spends must not be blindly."""


class APIConnectionError(APIError):
    """No HTTP response was obtained (DNS, TLS, refused or dropped connection)."""

    default_message = "Connection error."


class APITimeoutError(APIConnectionError):
    """The request timed out before a response arrived."""

    default_message = "Request timed out."


class OutcomeUnknownError(APIError):
    """A mutating or spending call may or may not have taken effect.

    Raised instead of a timeout/5xx/connection error for such calls because retrying blindly could
    order or charge twice; the text tells the caller how to find out what happened.
    """

    reason: str
    how_to_check: str
    checks: tuple[CheckCall, ...]
    """The concrete reads that settle it, from the spec's ``x-outcome-check`` and the request sent."""

    _DEFAULT_CHECK: Final = (
        "query the resource it acts on (for an order, query the order status with the same reference) "
        "before trying again"
    )

    def __init__(
        self,
        reason: str,
        *,
        how_to_check: str | None = None,
        checks: Sequence[CheckCall] = (),
        **context: Unpack[ErrorContext],
    ) -> None:
        self.reason = reason
        self.how_to_check = how_to_check or self._DEFAULT_CHECK
        self.checks = tuple(checks)
        subject = context.get("operation") or "the request"
        message = (
            f"The outcome of {subject} is unknown ({reason}): it may or may not have been applied. "
            f"Do not retry blindly; {self.how_to_check}."
        )
        super().__init__(message, **context)


def path_text(path: Iterable[str | int]) -> str:
    """A wire path as ``data.items[0].iccid``, the form people search logs for."""
    text = ""
    for part in path:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += f".{part}" if text else part
    return text or "<root>"


class ResponseValidationError(APIError):
    """The response body did not match the API description; ``path`` locates the offending field.

    For a success answer this is raised only with ``strict_responses=True`` (by default the client
    returns what it could read and lists the rest in ``APIResponse.misfits``); ``misfits`` then
    lists every value that did not fit, ``path`` the one the message explains.
    """

    path: tuple[str | int, ...]
    misfits: tuple[ResponseMisfit, ...]

    def __init__(
        self,
        message: str,
        *,
        path: Iterable[str | int] = (),
        misfits: Iterable[ResponseMisfit] = (),
        **context: Unpack[ErrorContext],
    ) -> None:
        self.path = tuple(path)
        self.misfits = tuple(misfits)
        super().__init__(message, **context)

    @property
    def path_text(self) -> str:
        """The path as ``data.items[0].iccid``, the form people search logs for."""
        return path_text(self.path)

    def _details(self) -> list[str]:
        return [f"at {self.path_text}", *super()._details()]


class SucceededWithMisfitsError(ResponseValidationError):
    """A spend or mutate call SUCCEEDED, but its answer does not match the spec (strict mode only).

    Not a failure: the vendor answered success, so the order was placed or the change made. Do not
    retry it (the client never does); record it as done. A subclass of ResponseValidationError so
    that strict callers' handlers still see the misfit, but with ``succeeded = True`` and a message
    that starts "the call succeeded but", so no reader can take it for "not done".
    ``response`` is what the default (tolerant) mode would have returned: ``data`` typed where it
    fits and as received at each misfit, ``envelope`` (the raw JSON), ``misfits`` and ``request_id``.
    """

    succeeded: ClassVar[bool] = True
    response: APIResponse[Any]

    def __init__(
        self,
        message: str,
        *,
        response: APIResponse[Any],
        path: Iterable[str | int] = (),
        **context: Unpack[ErrorContext],
    ) -> None:
        self.response = response
        super().__init__(message, path=path, misfits=response.misfits, **context)

    @property
    def data(self) -> Any:
        """The answer's data as the tolerant reader returns it (typed where it fits)."""
        return self.response.data

    @property
    def raw_data(self) -> Any:
        """The answer's ``data`` exactly as received (the JSON value)."""
        return self.response.envelope.get("data")


class SignatureMismatchError(APIError):
    """A response failed signature verification, so its content must not be trusted."""


# The business codes whose meaning the spec states (``ResultStatusCode`` in spec/openapi.yaml, the
# inner status of CDR and SMS answers, also the code of a CSSS refusal); any other code stays a
# plain ``APIError``.
_BUSINESS_CODES: Final[Mapping[str | int, type[APIError]]] = {
    "CB-99-9400": BadRequestError,
    "CB-99-9401": AuthenticationError,
    "CB-99-9402": BadRequestError,
    "CB-99-9403": AuthenticationError,
    "CB-99-9500": ServerError,
    "CB-99-9999": ServerError,
}


def _class_for_status(status_code: int) -> type[APIError] | None:
    if status_code == 401:
        return AuthenticationError
    if status_code == 403:
        return PermissionDeniedError
    if status_code in (400, 422):
        return BadRequestError
    if status_code == 404:
        return NotFoundError
    if status_code == 409:
        return ConflictError
    if status_code == 429:
        return RateLimitError
    if status_code >= 500:
        return ServerError
    return None


def make_api_error(
    message: str, *, retry_after: float | None = None, **context: Unpack[ErrorContext]
) -> APIError:
    """Pick the most precise class: an error HTTP status wins, then a known business code.

    Unknown business codes on a 2xx stay plain ``APIError``: guessing a subclass would make
    callers' ``except`` clauses lie.
    """
    status_code = context.get("status_code")
    code = context.get("code")
    cls: type[APIError] | None = None
    if status_code is not None and status_code >= 400:
        cls = _class_for_status(status_code)
    if cls is None and code is not None:
        cls = _BUSINESS_CODES.get(code)
    if cls is not None and issubclass(cls, RateLimitError):
        return cls(message, retry_after=retry_after, **context)
    return (cls or APIError)(message, **context)


class RequestValidationError(LinksfieldError, ValueError):
    """An argument does not fit the API description; raised before anything is sent.

    ``field`` names the argument (``flag_list[0].msg_id`` for nested body fields) and ``reason``
    says what is wrong with it; the offending value is not echoed, since it may be a credential.
    """

    field: str
    reason: str
    operation: str | None

    def __init__(self, field: str, reason: str, *, operation: str | None = None) -> None:
        self.field = field
        self.reason = reason
        self.operation = operation
        where = f" of {operation}" if operation else ""
        super().__init__(f"invalid argument {field!r}{where}: {reason}")


class ConfigurationError(LinksfieldError, ValueError):
    """The client is missing a setting it needs for the call (a base URL, a credential)."""
