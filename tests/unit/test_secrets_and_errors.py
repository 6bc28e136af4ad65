"""Secrets never leak into text, and the exception hierarchy carries useful, redacted context."""

from __future__ import annotations

import copy
import logging
import pickle
from datetime import datetime, timedelta, timezone

import httpx
import pytest

from linksfield._exceptions import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    LinksfieldError,
    NotFoundError,
    OutcomeUnknownError,
    PermissionDeniedError,
    RateLimitError,
    ResponseValidationError,
    ServerError,
    SignatureMismatchError,
    make_api_error,
)
from linksfield._retry import parse_retry_after
from linksfield._secret import Secret, summarize_request
from linksfield._signing import (
    CmpHmacAuth,
    CmpHmacSigner,
    CmpOptions,
    CsssAuth,
    CsssSigner,
    PoolCredentialAuth,
)
from linksfield.sandbox.gateway.signature_checks import GatewayConsumer

SECRET = "s3cr3t-VALUE-never-shown"
MOMENT = datetime(2021, 1, 19, 11, 33, 20, tzinfo=timezone.utc)


def assert_clean(text: str, *forbidden: str) -> None:
    for value in (SECRET, *forbidden):
        assert value not in text, f"leaked {value!r} in {text!r}"


# -- Secret ------------------------------------------------------------------------------------------------


def test_secret_renders_redacted_everywhere() -> None:
    secret = Secret(SECRET)
    percent = "%s" % secret  # noqa: UP031 - the old formatting path must be redacted too
    for text in (repr(secret), str(secret), f"{secret}", f"{secret:>40}", percent, format(secret, "")):
        assert "Secret('***')" in text
        assert_clean(text)
    assert_clean(repr([secret, {"k": secret}]))
    assert secret.get_secret_value() == SECRET


def test_secret_is_not_a_str_and_is_immutable() -> None:
    secret = Secret(SECRET)
    assert str not in type(secret).__mro__
    with pytest.raises(AttributeError):
        secret._value = "x"
    with pytest.raises(TypeError):
        Secret(42)  # type: ignore[arg-type]


def test_secret_equality_wrapping_and_copying() -> None:
    assert Secret(SECRET) == Secret(SECRET)
    assert Secret(SECRET) != Secret("other")
    assert Secret(Secret(SECRET)).get_secret_value() == SECRET
    assert Secret(SECRET) != SECRET  # a plain str is never equal, to avoid accidental comparisons
    assert hash(Secret(SECRET)) == hash(Secret(SECRET))
    assert copy.deepcopy(Secret(SECRET)).get_secret_value() == SECRET
    assert not Secret("")


def test_secret_refuses_pickling() -> None:
    with pytest.raises(TypeError, match="cannot be pickled"):
        pickle.dumps(Secret(SECRET))


def test_secret_in_log_records(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.INFO):
        logging.getLogger("test").info("key=%s %r", Secret(SECRET), Secret(SECRET))
    assert_clean(caplog.text)


# -- signers and auths -------------------------------------------------------------------------------------


def test_signers_and_auths_never_show_the_secret_or_a_signature() -> None:
    cmp_signer = CmpHmacSigner("user-key", SECRET, clock=lambda: MOMENT, options=CmpOptions(body_digest=True))
    cmp_auth = CmpHmacAuth(cmp_signer)
    sent = next(cmp_auth.sync_auth_flow(httpx.Request("POST", "https://h/cmp-api/x?a=1", content=b"{}")))
    signature, digest = sent.headers["X-HMAC-SIGNATURE"], sent.headers["X-HMAC-DIGEST"]

    csss_signer = CsssSigner("P000270", Secret(SECRET), clock=lambda: MOMENT)
    csss_auth = CsssAuth(csss_signer)
    csss_sent = next(csss_auth.sync_auth_flow(httpx.Request("GET", "https://h/package/q?a=1")))
    csss_sign = dict(csss_sent.url.params)["sign"]

    pool = PoolCredentialAuth(SECRET, header_name="Authorization", prefix="Bearer ")
    pool_sent = next(pool.sync_auth_flow(httpx.Request("GET", "https://h/api/v1/pool/x")))
    assert pool_sent.headers["Authorization"] == f"Bearer {SECRET}"

    objects: list[object] = [cmp_signer, cmp_auth, csss_signer, csss_auth, pool, PoolCredentialAuth(SECRET)]
    for obj in objects:
        for text in (repr(obj), str(obj), f"{obj}"):
            assert_clean(text, signature, digest, csss_sign)
            assert "Secret('***')" in text
    assert "user-key" in repr(cmp_signer)  # the access key is an identifier, useful when debugging


def test_gateway_consumer_repr_hides_its_secret() -> None:
    assert_clean(repr(GatewayConsumer("user-key", SECRET)))


def test_empty_credentials_are_refused() -> None:
    with pytest.raises(ValueError):
        CmpHmacSigner("", SECRET)
    with pytest.raises(ValueError):
        CmpHmacSigner("user-key", "")
    with pytest.raises(ValueError):
        CsssSigner("P000270", "")
    with pytest.raises(ValueError):
        PoolCredentialAuth("")
    with pytest.raises(ValueError):
        PoolCredentialAuth("a\r\nInjected: 1")


# -- exceptions ------------------------------------------------------------------------------------------

SIGNATURE = "8XV1GB7Tq23OJcoz6wjqTs4ZLxr9DiLoY4PxzScWGYg="
SUMMARY = summarize_request(
    "get", httpx.URL(f"https://user:{SECRET}@apiv3.linksfield.net/package/q?iccid=8986&sign={SIGNATURE}")
)
CONTEXT = {
    "status_code": 409,
    "code": "2003",
    "operation": "orderPackage",
    "request_id": "req-123",
    "request_summary": SUMMARY,
}


def all_errors() -> list[APIError]:
    return [
        APIError("Refused", **CONTEXT),  # type: ignore[arg-type]
        AuthenticationError("Invalid signature", **{**CONTEXT, "status_code": 401}),  # type: ignore[arg-type]
        PermissionDeniedError("Forbidden", **{**CONTEXT, "status_code": 403}),  # type: ignore[arg-type]
        BadRequestError("Bad", **CONTEXT),  # type: ignore[arg-type]
        NotFoundError("Missing", **CONTEXT),  # type: ignore[arg-type]
        ConflictError("Order is not cancellable", **CONTEXT),  # type: ignore[arg-type]
        RateLimitError("Slow down", retry_after=1.5, **{**CONTEXT, "status_code": 429}),  # type: ignore[arg-type]
        ServerError("Oops", **{**CONTEXT, "status_code": 502}),  # type: ignore[arg-type]
        APIConnectionError(operation="orderPackage", request_summary=SUMMARY),
        APITimeoutError(operation="orderPackage", request_summary=SUMMARY),
        OutcomeUnknownError("read timeout", operation="orderPackage", request_summary=SUMMARY),
        ResponseValidationError("expected string", path=("data", "list", 0, "iccid"), **CONTEXT),  # type: ignore[arg-type]
        SignatureMismatchError("response signature verification failed", **CONTEXT),  # type: ignore[arg-type]
    ]


@pytest.mark.parametrize("error", all_errors(), ids=lambda e: type(e).__name__)
def test_exceptions_are_informative_and_redacted(error: APIError) -> None:
    assert isinstance(error, LinksfieldError)
    for text in (str(error), repr(error), " ".join(map(str, error.args))):
        assert_clean(text, SIGNATURE, "user:")
        assert "GET /package/q?iccid=8986&sign=***" in text
        assert "orderPackage" in text
        if error.status_code is not None:
            assert f"HTTP {error.status_code}" in text
            assert "'2003'" in text and "req-123" in text


def test_summary_drops_host_and_userinfo_and_redacts_sensitive_keys() -> None:
    assert SUMMARY == "GET /package/q?iccid=8986&sign=***"
    assert summarize_request("POST", "https://h") == "POST /"
    assert summarize_request("GET", "/p?Signature=x&a&API_KEY=y") == "GET /p?Signature=***&a&API_KEY=***"


def test_hierarchy() -> None:
    assert issubclass(PermissionDeniedError, AuthenticationError)
    assert issubclass(APITimeoutError, APIConnectionError)
    assert issubclass(APIConnectionError, APIError)
    for cls in (OutcomeUnknownError, ResponseValidationError, SignatureMismatchError, RateLimitError):
        assert issubclass(cls, APIError)


def test_outcome_unknown_says_so_and_how_to_check() -> None:
    error = OutcomeUnknownError("HTTP 504 after sending", operation="orderPackage")
    assert "outcome of orderPackage is unknown" in str(error)
    assert "Do not retry blindly" in str(error)
    assert "query the order status" in str(error)
    custom = OutcomeUnknownError("dropped", how_to_check="call queryOrderStatus with the same orderNo")
    assert "call queryOrderStatus with the same orderNo" in str(custom)
    assert custom.how_to_check.startswith("call queryOrderStatus")


def test_response_validation_error_path() -> None:
    error = ResponseValidationError("expected string", path=("data", "list", 0, "iccid"))
    assert error.path == ("data", "list", 0, "iccid")
    assert error.path_text == "data.list[0].iccid"
    assert str(error).startswith("expected string (at data.list[0].iccid")
    assert ResponseValidationError("bad").path_text == "<root>"


def test_rate_limit_text_includes_retry_after() -> None:
    assert "retry after 2s" in str(RateLimitError("Too many", retry_after=2.0, status_code=429))


@pytest.mark.parametrize(
    ("status", "code", "cls"),
    [
        (400, None, BadRequestError),
        (422, None, BadRequestError),
        (401, None, AuthenticationError),
        (403, None, PermissionDeniedError),
        (404, None, NotFoundError),
        (409, None, ConflictError),
        (429, None, RateLimitError),
        (500, None, ServerError),
        (503, "CB-99-9403", ServerError),
        (200, "CB-99-9403", AuthenticationError),
        (200, "CB-99-9401", AuthenticationError),
        (200, "CB-99-9400", BadRequestError),
        (200, "CB-99-9999", ServerError),
        (200, "9999-unknown", APIError),
        (418, None, APIError),
    ],
)
def test_make_api_error_picks_the_precise_class(status: int, code: str | None, cls: type[APIError]) -> None:
    error = make_api_error("m", status_code=status, code=code, retry_after=3.0)
    assert type(error) is cls
    if isinstance(error, RateLimitError):
        assert error.retry_after == 3.0


def test_unknown_business_codes_stay_plain_api_errors() -> None:
    """A code the spec gives no meaning gets no guessed subclass; a known one on HTTP 200 does."""
    error = make_api_error("state", status_code=200, code="2003")
    assert type(error) is APIError
    assert not isinstance(error, ConflictError)
    assert type(make_api_error("busy", status_code=200, code="CB-99-9500")) is ServerError


def test_parse_retry_after() -> None:
    now = datetime(2021, 1, 19, 11, 33, 20, tzinfo=timezone.utc)
    assert parse_retry_after("5") == 5.0
    assert parse_retry_after(" 0.5 ") == 0.5
    assert parse_retry_after("Tue, 19 Jan 2021 11:33:30 GMT", now=now) == 10.0
    assert parse_retry_after("Tue, 19 Jan 2021 11:33:00 GMT", now=now) == 0.0
    assert (
        parse_retry_after((now + timedelta(seconds=1)).strftime("%a, %d %b %Y %H:%M:%S GMT"), now=now) == 1.0
    )
    for bad in (None, "", "-1", "nan", "soon"):
        assert parse_retry_after(bad) is None
