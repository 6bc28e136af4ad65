"""One spec operation end to end: authenticate, validate, run the handler, answer in the envelope.

Every operation goes through here, whether a stateful handler or the spec alone answers it
(``spec_answers``), so authentication, validation and signing never depend on who answers. The
order mirrors the vendor's stack: the gateway checks the signature before the application sees the
request (so a bad signature is a 401 even for a malformed body), then the application validates
(400 naming the field) and applies its rules (HTTP 200 with ``success: false``). Which check a
request gets is its family's (the family object of ``linksfield._families`` names its verifier in
``auth``), and so is whether the answer is signed (CMP's, the way its gateway signs them).

In front of all of it stands the input gate (``inputs``): a body over ``max_body_bytes`` is a 413
before the signature is looked at (the gateway's web server refuses it before any plugin runs),
and JSON that cannot be decoded into bounded, valid-Unicode values is a 400 naming the field, for
every family (the CSSS pre-parse included). Only reading the body happens on the event loop.
"""

from __future__ import annotations

import email.utils
from collections.abc import Awaitable, Callable, Mapping
from typing import Any
from urllib.parse import parse_qsl

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response

from ..._families import family_of
from ..behaviours import Handler
from ..runtime import Call, Runtime
from ..spec.index import Operation
from .auth import RawRequest
from .envelopes import JSONAnswer, error_body, success_body
from .inputs import BadRequest, read_body
from .refusals import Refusal, Rule
from .validation import validate_request

__all__ = ["endpoint_for", "raw_target"]

Endpoint = Callable[[Request], Awaitable[Response]]


def raw_target(request: Request) -> bytes:
    """Path and query exactly as the client sent them (what the gateway signs and verifies)."""
    raw_path: bytes = request.scope.get("raw_path") or request.scope["path"].encode("utf-8")
    query: bytes = request.scope.get("query_string", b"")
    return raw_path + (b"?" + query if query else b"")


class _Answer:
    def __init__(self, runtime: Runtime, operation: Operation, request: Request) -> None:
        self.runtime = runtime
        self.operation = operation
        self.request = request
        self.sign: Callable[[str], Mapping[str, str]] | None = None

    def json(self, body: Any, status: int = 200) -> Response:
        response = JSONAnswer(body, status_code=status)
        if self.sign is not None:  # the family signs its answers (CMP's gateway does)
            response.headers.update(self.sign(response.headers["content-type"]))
        else:
            response.headers["Date"] = email.utils.formatdate(usegmt=True)
        return response

    def bad_request(self, bad: BadRequest) -> Response:
        family = self.operation.family
        self.runtime.store.bump(f"bad_requests.{family}")
        response = self.json(error_body(family, Rule.INVALID, bad.message, pool_code=bad.status), bad.status)
        if bad.status == 413:
            # The rest of the body is not read: the connection cannot carry another request.
            response.headers["Connection"] = "close"
        return response


def endpoint_for(runtime: Runtime, operation: Operation) -> Endpoint:
    """The endpoint of one operation; its handler is the runtime's (stateful, or the spec's answer).

    Only the body is read on the event loop (streamed, and never past ``max_body_bytes``);
    authentication, validation, the handler and the rendering of the answer run in a worker
    thread, so a large batch never stops the loop from answering other requests (the store
    serialises its own access).
    """
    handler = runtime.served[operation.operation_id].handler
    limit = runtime.config.max_body_bytes

    async def endpoint(request: Request) -> Response:
        body: bytes | BadRequest
        try:
            body = await read_body(request, limit)
        except BadRequest as refused:
            body = refused
        return await run_in_threadpool(_serve, runtime, operation, handler, request, body)

    endpoint.__name__ = operation.operation_id
    return endpoint


def _serve(
    runtime: Runtime, operation: Operation, handler: Handler, request: Request, body: bytes | BadRequest
) -> Response:
    answer = _Answer(runtime, operation, request)
    if isinstance(body, BadRequest):
        return answer.bad_request(body)
    family = operation.family
    verify = family_of(family).sandbox_verifier()
    try:
        admission = verify(
            runtime.auth, RawRequest(request.method, raw_target(request), request.scope["headers"], body)
        )
    except BadRequest as bad:
        return answer.bad_request(bad)
    if admission.refusal is not None:
        return answer.json(admission.refusal, status=401)
    answer.sign = admission.sign_answer
    document = admission.document

    try:
        validated = validate_request(
            runtime.index,
            operation,
            path_params={k: str(v) for k, v in request.path_params.items()},
            query_pairs=parse_qsl(
                request.scope.get("query_string", b"").decode("utf-8", "replace"), keep_blank_values=True
            ),
            body=body,
            document=document,
        )
        call = Call(
            runtime=runtime,
            operation=operation,
            path=validated.path,
            query=validated.query,
            body=validated.body or {},
            accept_language=request.headers.get("accept-language"),
        )
        data = handler(call)
    except BadRequest as bad:
        return answer.bad_request(bad)
    except Refusal as refusal:
        runtime.store.bump(f"refusals.{refusal.rule.name}")
        return answer.json(error_body(family, refusal.rule, refusal.message))
    return answer.json(success_body(family, data, call.accept_language))
