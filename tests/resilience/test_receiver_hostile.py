"""Hostile pushes against a real receiver process (``python -m linksfield.webhooks``): each is a 4xx
naming the field and the reason, without echoing the value, answered promptly; nothing is stored;
the receiver keeps answering and logs no traceback.

Why a process and bare sockets: a 5xx or a hang is what the vendor would turn into an endless
resend loop, and only the real server shows what happens on the wire (an early 413 while the
client is still sending, a body that never finishes, a request line that is not HTTP).
"""

from __future__ import annotations

import json
from collections.abc import Iterator

import httpx
import pytest

from tests.webhooks.support import EXAMPLES, SMS_ACK, ReceiverProcess, body, raw_request

BODY_TIMEOUT = 1.0
MIB = 1 << 20
MT = json.dumps(EXAMPLES["SmsMtPush"]).encode()[:-1]  # a valid SMS MT report without its closing brace


@pytest.fixture(scope="module")
def receiver(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ReceiverProcess]:
    workdir = tmp_path_factory.mktemp("receiver")
    args = ["--host", "127.0.0.1", "--port", "0", "--db", str(workdir / "events.db"),
            "--body-timeout", str(BODY_TIMEOUT), "--log-level", "warning"]  # fmt: skip
    process = ReceiverProcess(workdir, *args).start()
    try:
        yield process
    finally:
        process.stop()
    errors = "".join(p.read_text(errors="replace") for p in workdir.glob("err-*.txt"))
    assert "Traceback" not in errors and "Exception in ASGI application" not in errors, errors


def nothing_stored(receiver: ReceiverProcess) -> bool:
    events = httpx.get(f"{receiver.url}/health", timeout=5).json()["events"]
    return bool(events["pending"] + events["handled"] + events["failed"] == 0)


# (name, raw body, field the answer must name, words of the reason, a fragment the answer must not echo)
HOSTILE = [
    ("480-deep extra field", MT + b', "extra": ' + b"[" * 480 + b"]" * 480 + b"}", "extra", "nested too deeply", None),
    ("100k-deep body", b"[" * 100_000 + b"]" * 100_000, "body", "nested too deeply", None),
    ("deep objects", MT + b', "o": ' + b'{"a":' * 500 + b"1" + b"}" * 500 + b"}", "o", "nested too deeply", None),
    ("invalid UTF-8", MT + b', "x": "\xff\xfe\xfa"}', "body", "is not UTF-8", None),
    ("UTF-8 encoded surrogate", MT + b', "x": "\xed\xb2\x80"}', "body", "is not UTF-8", None),
    ("lone surrogate escape", MT + b', "note": "\\udead"}', "note", "unpaired UTF-16 surrogate", "dead"),
    ("lone surrogate in a key", MT + b', "\\udbff": 1}', "\\udbff", "unpaired UTF-16 surrogate", None),
    ("lone surrogate, nested", MT + b', "n": [{"k": ["\\udc01"]}]}', "n", "unpaired UTF-16 surrogate", "dc01"),
    ("lone surrogate in a model field", b'{"msg_id": "\\ud800", "status_report": "1"}', "msg_id", "surrogate", None),
    ("4301-digit integer", MT + b', "n": ' + b"98765" * 860 + b"1}", "n", "is a number of 4301 characters", "98765"),
    ("200-digit integer", MT + b', "n": ' + b"98765" * 40 + b"}", "n", "is a number of 200 characters", "98765"),
    ("float overflow", MT + b', "n": 9.87e99999}', "n", "is a number out of range", "9.87"),
    ("NaN", MT + b', "n": NaN}', "n", "is NaN or Infinity", None),
    ("Infinity in a model field", b'{"msg_id": Infinity, "status_report": "1"}', "msg_id", "is NaN or Infinity", None),
    ("long value in a model field", body({**EXAMPLES["SmsMtPush"], "iccid": "secret" * 1000}), "iccid", "must match",
     "secret"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("raw", "field", "reason", "secret"), [c[1:] for c in HOSTILE], ids=[c[0] for c in HOSTILE]
)
def test_hostile_body_is_a_4xx_naming_field_and_reason(
    receiver: ReceiverProcess, raw: bytes, field: str, reason: str, secret: str | None
) -> None:
    for path in ("/", "/sms_mt_push"):
        response = httpx.post(receiver.url + path, content=raw, timeout=10)
        assert response.status_code == 400, response.text
        answer = response.json()
        assert answer["code"] == "400"
        problems = {e["field"]: e["reason"] for e in answer["errors"]}
        assert field in problems, answer
        assert reason in problems[field], answer
        if secret is not None:
            assert secret not in response.text, "the answer echoes the value"
        assert len(response.content) < 4096
    assert nothing_stored(receiver)


def test_declared_oversize_body_is_refused_before_it_is_sent(receiver: ReceiverProcess) -> None:
    head = (
        b"POST / HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000000000\r\n\r\n"
    )
    answer = raw_request(receiver.url, head)
    assert answer.status == 413 and answer.seconds < 2
    assert json.loads(answer.body)["errors"] == [{"field": "body", "reason": f"is larger than {MIB} bytes"}]
    with_continue = head.replace(b"Host: x\r\n", b"Host: x\r\nExpect: 100-continue\r\n")
    assert raw_request(receiver.url, with_continue).status == 413  # no "100 Continue" first


def test_chunked_oversize_body_is_refused_while_streaming(receiver: ReceiverProcess) -> None:
    head = (
        b"POST / HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
    )
    chunk = b"x" * 65536
    total = 64 * MIB
    answer = raw_request(
        receiver.url, head, (b"%x\r\n%s\r\n" % (len(chunk), chunk) for _ in range(total // len(chunk)))
    )
    assert answer.status == 413, answer
    assert MIB < answer.sent < total, "refused after the cap, before the whole body was read"
    assert answer.seconds < 10


def test_undeclared_oversize_body_is_refused_too(receiver: ReceiverProcess) -> None:
    big = MT + b', "pad": "' + b"x" * (2 * MIB) + b'"}'
    response = httpx.post(receiver.url, content=iter([big[i : i + 65536] for i in range(0, len(big), 65536)]))
    assert response.status_code == 413


def test_a_body_that_never_finishes_is_a_408_not_a_hang(receiver: ReceiverProcess) -> None:
    head = b"POST / HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 500\r\n\r\n"
    answer = raw_request(receiver.url, head, [b'{"msg_id": "1"'])
    assert answer.status == 408 and BODY_TIMEOUT <= answer.seconds < BODY_TIMEOUT + 3
    assert "not received within" in json.loads(answer.body)["message"]


@pytest.mark.parametrize(
    "request_bytes",
    [
        b"GARBAGE\r\n\r\n",
        b"POST / HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\n",
        b"POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n",
        b"POST / HTTP/1.1\r\nHost: x\r\nX-Big: " + b"a" * 70_000 + b"\r\n\r\n",
    ],
    ids=["not HTTP", "negative length", "bad chunk", "huge header"],
)
def test_broken_http_is_a_4xx(receiver: ReceiverProcess, request_bytes: bytes) -> None:
    answer = raw_request(receiver.url, request_bytes)
    assert 400 <= answer.status < 500 or answer.status == 0, answer  # 0: the server closed at once


@pytest.mark.parametrize("charset", ["unicode_escape", "raw-unicode-escape", "punycode", "utf-7", "no-such"])
def test_declared_transformation_codec_is_refused(receiver: ReceiverProcess, charset: str) -> None:
    raw = b'{"msg_id": "\\ud800", "x": "\xff"}'
    response = httpx.post(
        receiver.url, content=raw, headers={"content-type": f"application/json; charset={charset}"}
    )
    assert response.status_code == 400 and "is not UTF-8" in response.text


def test_still_answering_and_storing_after_the_hostile_cases(receiver: ReceiverProcess) -> None:
    """Runs last in this module."""
    response = httpx.post(receiver.url, content=body(EXAMPLES["SmsMoPush"]), timeout=10)
    assert response.json() == SMS_ACK
    events = httpx.get(f"{receiver.url}/health", timeout=5).json()["events"]
    assert events["pending"] + events["handled"] == 1
