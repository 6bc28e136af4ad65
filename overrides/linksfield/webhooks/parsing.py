"""``parse(headers, raw_body) -> Event``: bytes in, a typed event or a :class:`WebhookPayloadError` out.

Framework-agnostic on purpose: the ASGI app, a Flask view, a Lambda handler or a replay from the
store all hand over the same two things (headers and the exact bytes), so validation, push-kind
detection and error wording exist once.

The three pushes may arrive at one URL (CMP has a single callback URL per customer), so the kind
is detected from the fields: each push has fields no other has (``orderid``/``operation``;
``msg_id``/``status_report``; ``dest_address``/``sms_content``). A body with none of them, or
with an equal number from two kinds, is refused rather than guessed.

Hostile or unreasonable bodies (bad UTF-8, lone surrogates, too deep, absurd numbers) are refused
by :mod:`.decoding` before anything recursive sees them. Only errors the input can cause become a
:class:`WebhookPayloadError`; anything else is a bug and propagates, so the app answers 5xx and the
vendor retries instead of a push being refused for the receiver's own fault.

Validation is strict, as it was with the pydantic models: a push is accepted only when it matches
its schema in the spec, so a handler never meets a value of the wrong type. Two judges, both from
the spec: the push's JSON Schema (types, required fields, ``pattern`` with ECMA-262 semantics,
``minLength``), through jsonschema with the client's ECMA-262 pattern rule (``.schema``), words the
problems; the generated parser (``linksfield_api.parsers``, strict by design, see
``generator/parsers_step.py``) builds the attrs model and any misfit it notes is a problem too. A
code of an open enum the spec does not list is no problem: it is kept as the plain string (listed
codes become the enum member) and the event flags it.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from datetime import datetime, timezone
from typing import Any, Final

from jsonschema import Draft202012Validator

from linksfield_api.models import OrderStatusPush, SmsMoPush, SmsMtPush
from linksfield_api.parsers import PARSERS, Notes

from .._spec import spec_document
from .decoding import decode_text, load_object
from .errors import Problem, WebhookPayloadError, problems_from_misfits, problems_from_schema
from .events import Event, EventKind, OrderStatusEvent, SmsMoEvent, SmsMtEvent, parse_vendor_time
from .schema import compiled_validator

__all__ = ["detect_kind", "normalize_headers", "parse"]

_DISTINCTIVE: Final[Mapping[EventKind, frozenset[str]]] = {
    EventKind.ORDER_STATUS: frozenset({"orderid", "operation", "assetid", "imsi", "time"}),
    EventKind.SMS_MT: frozenset({"msg_id", "status_report", "status_report_msg"}),
    EventKind.SMS_MO: frozenset({"dest_address", "sms_content"}),
}
_MODELS: Final[Mapping[EventKind, type[OrderStatusPush | SmsMtPush | SmsMoPush]]] = {
    EventKind.ORDER_STATUS: OrderStatusPush,
    EventKind.SMS_MT: SmsMtPush,
    EventKind.SMS_MO: SmsMoPush,
}
_TIME_FIELD: Final[Mapping[EventKind, str]] = {
    EventKind.ORDER_STATUS: "time",
    EventKind.SMS_MT: "timestamp",
    EventKind.SMS_MO: "timestamp",
}


_CREDENTIAL_HEADERS: Final = frozenset({"authorization", "proxy-authorization", "cookie"})


def normalize_headers(headers: Mapping[str, str] | None) -> dict[str, str]:
    """Lower-case names (HTTP header names are case-insensitive) so lookups need not care."""
    return {str(k).lower(): str(v) for k, v in (headers or {}).items()}


def _kept_headers(headers: Mapping[str, str]) -> dict[str, str]:
    """The headers an event carries (and the store keeps): credentials a proxy may add are left out,
    since events are logged, stored and handed to user code. Verifiers see every header, earlier."""
    return {k: v for k, v in headers.items() if k not in _CREDENTIAL_HEADERS}


def detect_kind(document: Mapping[str, Any]) -> EventKind:
    """The push whose distinctive fields the document carries most of; refuses ties and strangers."""
    scores = {kind: len(fields & document.keys()) for kind, fields in _DISTINCTIVE.items()}
    best = max(scores.values())
    winners = [kind for kind, score in scores.items() if score == best]
    if best == 0:
        raise WebhookPayloadError(
            [
                Problem(
                    "body",
                    "is not a known push: expected the fields of order_status_push (orderid, operation, ...),"
                    " sms_mt_push (msg_id, status_report, ...) or sms_mo_push (dest_address, sms_content, ...)",
                )
            ]
        )
    if len(winners) > 1:
        names = " and ".join(kind.value for kind in winners)
        raise WebhookPayloadError([Problem("body", f"is ambiguous: it has the fields of both {names}")])
    return winners[0]


@functools.cache
def _schema_check(kind: EventKind) -> Draft202012Validator:
    """The validator of the push's JSON body as the spec's ``webhooks`` entry declares it."""
    webhook = spec_document()["webhooks"][kind.value]
    (operation,) = (op for op in webhook.values() if isinstance(op, dict))
    return compiled_validator(operation["requestBody"]["content"]["application/json"]["schema"])


def _payload(kind: EventKind, document: dict[str, Any]) -> OrderStatusPush | SmsMtPush | SmsMoPush:
    """The push's model, or :class:`WebhookPayloadError` naming every field that does not fit."""
    problems = problems_from_schema(_schema_check(kind).iter_errors(document))
    notes: Notes = []
    payload = PARSERS[_MODELS[kind]](document, (), notes)
    named = {p.field for p in problems}
    problems += [p for p in problems_from_misfits(notes) if p.field not in named]
    time_field = _TIME_FIELD[kind]
    value = document.get(time_field)
    if isinstance(value, str) and time_field not in {p.field for p in problems}:
        try:
            parse_vendor_time(value)
        except ValueError:  # the spec's pattern lets 2019-02-30 25:61:00 through
            problems.append(Problem(time_field, "is not a real date and time"))
    if problems:
        raise WebhookPayloadError(problems, kind=kind.value)
    assert isinstance(payload, _MODELS[kind])
    return payload


def parse(
    headers: Mapping[str, str] | None,
    raw_body: bytes,
    *,
    kind: EventKind | str | None = None,
    received_at: datetime | None = None,
) -> Event:
    """Validate one push. ``kind`` forces the push type (a per-kind URL); otherwise it is detected.

    Raises :class:`WebhookPayloadError` naming every bad field.
    """
    names = _kept_headers(normalize_headers(headers))
    document = load_object(decode_text(names, raw_body))
    expected = EventKind(kind) if kind is not None else detect_kind(document)
    payload = _payload(expected, document)
    when = received_at or datetime.now(timezone.utc)
    if isinstance(payload, OrderStatusPush):
        return OrderStatusEvent(payload, raw_body, when, names)
    if isinstance(payload, SmsMtPush):
        return SmsMtEvent(payload, raw_body, when, names)
    return SmsMoEvent(payload, raw_body, when, names)
