"""Turn an HTTP response into the operation's ``data`` or a typed error.

Success is decided by the envelope, not by the HTTP status alone (R-HTTP-STATUS-ON-REFUSAL), by
the rule of the operation's family (``_families``, from the spec's ``x-linksfield-families``): CMP
and CSSS answer ``success: true`` with ``code "0000"``, the pool API an integer ``code`` 0 or 200
(R-POOL-SUCCESS-CODE), and CMP's CDR/SMS answers carry an inner ``data.status.code`` that must be
``CB-00-0000``. Everything else raises with the business code, message, operation and request id.

A success answer whose content does not fit the spec is read tolerantly by default (issue 15): the
generated parsers keep each misfitting value as received and note it, and :func:`unwrap` returns
the data with ``APIResponse.misfits`` and logs one warning line. The reason is money: after a
``spend`` the answer is the receipt, and an error would read as "not ordered" and invite a second
order. ``strict=True`` (the ``strict_responses`` setting) raises ``ResponseValidationError``
instead, and for a ``spend``/``mutate`` call its subclass ``SucceededWithMisfitsError``, which says
the call succeeded and carries what was read.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

import httpx

from linksfield_api.facade import Operation
from linksfield_api.types import Unset

from ._exceptions import (
    APIError,
    ErrorContext,
    ResponseValidationError,
    SucceededWithMisfitsError,
    make_api_error,
)
from ._families import family_of
from ._json import NestedTooDeeply
from ._json import loads as json_loads
from ._response import APIResponse, ResponseMisfit, request_id_of
from ._retry import parse_retry_after
from ._secret import summarize_request
from ._spec_checks import locate_problem
from ._wire import DecodeError, WireView, wire_decoder

if TYPE_CHECKING:
    from linksfield_api.parsers import Notes

logger = logging.getLogger("linksfield")

LOGGED_MISFITS = 3
"""How many misfits the warning line names (with the count of the rest), so one line stays short."""
NULL_DATA = "is missing or null, but this operation's success answer carries data"


def _error_context(
    operation: Operation[Any], response: httpx.Response, envelope: object, code: Any = None
) -> ErrorContext:
    return {
        "code": code,
        "status_code": response.status_code,
        "operation": operation.operation_id,
        "request_id": request_id_of(response, envelope),
        "request_summary": summarize_request(response.request.method, response.request.url),
    }


def _json_body(operation: Operation[Any], response: httpx.Response) -> Any:
    try:
        return json_loads(response.content)
    except ValueError as error:
        if response.status_code >= 400:
            snippet = response.text[:200].strip() or response.reason_phrase
            raise make_api_error(snippet, **_error_context(operation, response, None)) from None
        reason = str(error) if isinstance(error, NestedTooDeeply) else "the response body is not JSON"
        raise ResponseValidationError(reason, **_error_context(operation, response, None)) from None


def error_for_status(operation: Operation[Any], response: httpx.Response) -> APIError:
    """The error of an HTTP error status, with the vendor's message when the body carries one."""
    try:
        body: Any = json_loads(response.content)
    except ValueError:
        body = None
    message = body.get("message") if isinstance(body, dict) else None
    code = body.get("code") if isinstance(body, dict) else None
    return make_api_error(
        str(message or response.text[:200].strip() or response.reason_phrase),
        retry_after=parse_retry_after(response.headers.get("Retry-After")),
        **_error_context(operation, response, body, code),
    )


def unwrap(operation: Operation[Any], response: httpx.Response, *, strict: bool = False) -> APIResponse[Any]:
    """Check the envelope, parse it with the generated parser and return the data.

    ``strict``: raise on a success answer that does not fit the spec instead of returning what
    could be read (see the module docstring). What only an error needs (its context, the misfit
    records, the warning) is worked out only when there is one: every call comes through here.
    """
    if response.status_code >= 400:
        raise error_for_status(operation, response)
    fast = _read_fitting(operation, response)
    if fast is not None:
        return fast
    envelope = _json_body(operation, response)
    if not isinstance(envelope, dict):
        raise ResponseValidationError(
            "the response is not a JSON object", **_error_context(operation, response, envelope)
        )
    refusal = family_of(operation.family).refusal(envelope)
    if refusal is not None:
        code, message = refusal
        context = _error_context(
            operation, response, envelope, code if isinstance(code, (str, int)) else None
        )
        raise make_api_error(message, **context)
    # Imported on first use, not with the package (start-up time); after that a dict lookup.
    from linksfield_api.parsers import PARSERS, Misfit

    notes: Notes = []
    data = PARSERS[operation.response_type](envelope, (), notes).data
    misfits: list[ResponseMisfit] = []
    unknown: tuple[str, ...] = ()
    if notes:
        misfits = [ResponseMisfit(note.path, note.reason) for note in notes if isinstance(note, Misfit)]
        unknown = tuple(
            f"{'.'.join(map(str, note[0]))}={note[1]!r}" for note in notes if not isinstance(note, Misfit)
        )
    if data is None or isinstance(data, Unset):
        data = None
        if operation.data_required and not any(misfit.path == ("data",) for misfit in misfits):
            misfits.append(ResponseMisfit(("data",), NULL_DATA))
    result = APIResponse(
        data=data,
        http_response=response,
        envelope=envelope,
        request_id=request_id_of(response, envelope),
        unknown_codes=unknown,
        misfits=tuple(misfits),
    )
    if misfits or unknown:
        if misfits and strict:
            context = _error_context(operation, response, envelope)
            raise _validation_error(operation, envelope, context, result) from None
        _warn(operation, result)
    return result


def _read_fitting(operation: Operation[Any], response: httpx.Response) -> APIResponse[Any] | None:
    """The answer read by the wire decoder, or None when it leaves it to :func:`unwrap`'s tolerant path.

    It leaves everything but a success that fits the spec exactly: a refusal (whose error wants the
    JSON object), a misfit, an unknown code or key, a null ``data``, a body that is no JSON.
    """
    wire = wire_decoder(operation.response_type)
    if wire is None:
        return None
    decode, convert = wire
    try:
        decoded = decode(response.content)
    except (DecodeError, RecursionError):  # the tolerant path words what is wrong
        return None
    envelope = WireView(decoded)
    if family_of(operation.family).refusal(envelope) is not None:
        return None
    data = convert(decoded).data
    if data is None or isinstance(data, Unset):
        if operation.data_required:
            return None  # the tolerant path words the misfit
        data = None
    return APIResponse(
        data=data, http_response=response, envelope=None, request_id=request_id_of(response, envelope)
    )


def _warn(operation: Operation[Any], result: APIResponse[Any]) -> None:
    """One warning line per answer: where it departs from the spec and which codes are new.

    Misfits are named by path and reason, never by value (answers carry personal data and
    secrets); unknown codes are shown with their value, which is a code, not data.
    """
    parts: list[str] = []
    if result.misfits:
        named = ", ".join(f"{m.path_text} ({m.reason})" for m in result.misfits[:LOGGED_MISFITS])
        more = len(result.misfits) - LOGGED_MISFITS
        parts.append(
            f"{len(result.misfits)} value(s) do not match the spec and were kept as received: "
            f"{named}{f' and {more} more' if more > 0 else ''}"
        )
    if result.unknown_codes:
        parts.append(f"codes not in the spec were kept as plain values: {', '.join(result.unknown_codes)}")
    if parts:
        logger.warning(
            "%s (request id %s): %s", operation.operation_id, result.request_id or "-", "; ".join(parts)
        )


def _validation_error(
    operation: Operation[Any], envelope: dict[str, Any], context: ErrorContext, result: APIResponse[Any]
) -> ResponseValidationError:
    """Strict mode's error for an answer that does not fit the spec, explained as JSON Schema explains it.

    The parser names the first value it could not use; the schema check (slow, but only run now)
    words the reason the way request validation does, and usually agrees on the place. After a
    ``spend`` or ``mutate`` the answer said success, so the error says so and carries what was read.
    """
    first = result.misfits[0]
    problem = locate_problem(operation.method, operation.path, result.status_code, envelope)
    path, reason = problem if problem is not None else (first.path, str(first))
    if operation.side_effect == "read":
        return ResponseValidationError(
            f"the response does not match the spec: {reason}", path=path, misfits=result.misfits, **context
        )
    return SucceededWithMisfitsError(
        f"the call succeeded but its answer does not match the spec: {reason}. It took effect, so do "
        "not repeat it; what could be read is on the error's `response`",
        path=path,
        response=result,
        **context,
    )
