"""LfHmacSha1Verifier: the assumed x-lf-* scheme, tolerance, encodings, secrets kept out of text."""

from __future__ import annotations

import base64
import hashlib
import hmac

import pytest

from linksfield.webhooks import LfHmacSha1Verifier, SignatureError, Verifier, lf_canonical

BODY = b'{"orderid":"O1"}'
NOW = 1_717_200_000.0


def verifier(**kwargs: object) -> LfHmacSha1Verifier:
    return LfHmacSha1Verifier("s3cret-value", clock=lambda: NOW, **kwargs)  # type: ignore[arg-type]


def test_is_a_verifier_and_round_trips() -> None:
    v = verifier()
    assert isinstance(v, Verifier)
    headers = v.sign(BODY, nonce="n1")
    v.verify({"Content-Type": "application/json", **{k.upper(): val for k, val in headers.items()}}, BODY)


def test_canonical_form_is_the_documented_assumption() -> None:
    headers = {"x-lf-timestamp": str(int(NOW)), "x-lf-nonce": "abc", "X-Other": "ignored"}
    content = b"x-lf-nonce:abc\nx-lf-timestamp:1717200000\n" + BODY
    assert lf_canonical(headers, BODY, signature_header="x-lf-signature") == content
    digest = hmac.new(b"s3cret-value", content, hashlib.sha1).digest()
    verifier().verify({**headers, "x-lf-signature": base64.b64encode(digest).decode()}, BODY)
    verifier().verify({**headers, "x-lf-signature": digest.hex()}, BODY)  # hex accepted too


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        (lambda h, b: (dict(h, **{"x-lf-signature": ""}), b), "x-lf-signature: missing"),
        (lambda h, b: ({k: v for k, v in h.items() if k != "x-lf-signature"}, b), "missing"),
        (lambda h, b: (h, b + b" "), "does not match"),
        (lambda h, b: (dict(h, **{"x-lf-nonce": "other"}), b), "does not match"),
        (lambda h, b: (dict(h, **{"x-lf-timestamp": str(int(NOW) - 301)}), b), "tolerance"),
        (lambda h, b: (dict(h, **{"x-lf-timestamp": "nan"}), b), "not a number"),
        (lambda h, b: ({k: v for k, v in h.items() if k != "x-lf-timestamp"}, b), "x-lf-timestamp: missing"),
        (lambda h, b: (dict(h, **{"x-lf-signature": "%%%"}), b), "does not match"),
    ],
)
def test_refusals_say_why(change: object, reason: str) -> None:
    v = verifier()
    headers, raw = change(v.sign(BODY, nonce="n1"), BODY)  # type: ignore[operator]
    with pytest.raises(SignatureError, match=reason) as info:
        v.verify(headers, raw)
    assert "s3cret" not in str(info.value)


def test_millisecond_timestamps_and_tolerance_setting() -> None:
    v = verifier()
    headers = v.sign(BODY, timestamp=NOW * 1000)  # ms: told apart by size
    v.verify(headers, BODY)
    lenient = verifier(tolerance=0)
    lenient.verify(lenient.sign(BODY, timestamp=NOW - 86_400), BODY)


def test_secret_never_in_repr() -> None:
    assert "s3cret" not in repr(verifier())
    with pytest.raises(ValueError):
        LfHmacSha1Verifier("")
