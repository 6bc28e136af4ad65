"""What a failed call raises: the typed error for a transport failure or an HTTP error status.

The one rule here beyond picking a class: a ``mutate``/``spend`` call whose request may have reached
the server (a timeout, a dropped connection, a 5xx) raises :class:`OutcomeUnknownError`, filled
with the spec's outcome check for this very request, never a plain error that reads as "not done".
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

from linksfield_api.facade import Operation

from ._deadline import CallTimeout
from ._exceptions import APIConnectionError, APIError, APITimeoutError, OutcomeUnknownError
from ._outcome import describe_checks, plan_checks
from ._retry import never_sent
from ._secret import summarize_request
from ._unwrap import error_for_status

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from ._exceptions import ErrorContext

__all__ = ["outcome_unknown", "status_failure", "transport_failure"]


def outcome_unknown(
    operation: Operation[Any], request: dict[str, Any], reason: str, /, **context: Unpack[ErrorContext]
) -> OutcomeUnknownError:
    """The error for a lost answer, with the spec's outcome check filled in from this request."""
    checks = plan_checks(operation, request)
    context["operation"] = operation.operation_id
    return OutcomeUnknownError(
        reason, how_to_check=describe_checks(operation, checks), checks=checks, **context
    )


def transport_failure(
    operation: Operation[Any], request: dict[str, Any], sent: dict[str, Any], exc: httpx.TransportError
) -> APIError:
    """The error of a call whose last attempt got no answer (``sent``: its ``httpx`` arguments)."""
    summary = summarize_request(sent["method"], sent["url"])
    budget_ran_out = isinstance(exc, CallTimeout)
    if operation.side_effect != "read" and not never_sent(exc):
        return outcome_unknown(
            operation,
            request,
            str(exc) if budget_ran_out else f"{type(exc).__name__} after the request may have been sent",
            request_summary=summary,
        )
    cls = APITimeoutError if isinstance(exc, httpx.TimeoutException) else APIConnectionError
    message = f"{exc}: no response" if budget_ran_out else f"{type(exc).__name__}: no response"
    return cls(message, operation=operation.operation_id, request_summary=summary)


def status_failure(operation: Operation[Any], request: dict[str, Any], response: httpx.Response) -> APIError:
    """The error of a final answer with an HTTP error status."""
    error = error_for_status(operation, response)
    if operation.side_effect != "read" and response.status_code >= 500:
        return outcome_unknown(
            operation,
            request,
            f"HTTP {response.status_code} from the server",
            status_code=response.status_code,
            code=error.code,
            request_id=error.request_id,
            request_summary=error.request_summary,
        )
    return error
