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
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime, timezone
from enum import Enum
from typing import Any, Final, TypeVar, get_args

from pydantic import BaseModel, RootModel, ValidationError

from linksfield_api.wire_models import OrderStatusPush, SmsMoPush, SmsMtPush

from .decoding import decode_text, load_object
from .errors import Problem, WebhookPayloadError, problems_from_validation
from .events import Event, EventKind, OrderStatusEvent, SmsMoEvent, SmsMtEvent, parse_vendor_time

__all__ = ["detect_kind", "normalize_headers", "parse"]

_M = TypeVar("_M", bound=BaseModel)

_DISTINCTIVE: Final[Mapping[EventKind, frozenset[str]]] = {
    EventKind.ORDER_STATUS: frozenset({"orderid", "operation", "assetid", "imsi", "time"}),
    EventKind.SMS_MT: frozenset({"msg_id", "status_report", "status_report_msg"}),
    EventKind.SMS_MO: frozenset({"dest_address", "sms_content"}),
}
_MODELS: Final[Mapping[EventKind, type[BaseModel]]] = {
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


def _enum_classes(annotation: Any) -> list[type[Enum]]:
    if isinstance(annotation, type) and issubclass(annotation, Enum):
        return [annotation]
    return [cls for arg in get_args(annotation) for cls in _enum_classes(arg)]


def _with_known_enums(model: _M) -> _M:
    """Known codes as enum members, unknown ones kept as the plain value.

    The generated ``Enum | str`` unions are validated in pydantic's smart mode, which picks the
    plain branch even for a listed code such as ``"1001"``; R-ENUM-OPEN wants listed codes as the
    enum. Done here, idempotently (datamodel-codegen's left-to-right unions break on nullable models;
    see generator/models_step.py).
    """
    update: dict[str, Any] = {}
    for name, info in type(model).model_fields.items():
        value = getattr(model, name)
        if isinstance(value, Enum):
            continue
        text = value.root if isinstance(value, RootModel) else value
        if not isinstance(text, str):
            continue
        for enum in _enum_classes(info.annotation):
            try:
                update[name] = enum(text)
            except ValueError:
                continue
            break
    return model.model_copy(update=update) if update else model


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
    problems: list[Problem] = []
    model: BaseModel | None = None
    try:
        model = _MODELS[expected].model_validate(document)
    except ValidationError as exc:
        problems = problems_from_validation(exc)
    time_field = _TIME_FIELD[expected]
    value = document.get(time_field)
    if isinstance(value, str) and time_field not in {p.field for p in problems}:
        try:
            parse_vendor_time(value)
        except ValueError:  # the spec's pattern lets 2019-02-30 25:61:00 through
            problems.append(Problem(time_field, "is not a real date and time"))
    if problems or model is None:
        raise WebhookPayloadError(problems, kind=expected.value)
    when = received_at or datetime.now(timezone.utc)
    if isinstance(model, OrderStatusPush):
        return OrderStatusEvent(_with_known_enums(model), raw_body, when, names)
    if isinstance(model, SmsMtPush):
        return SmsMtEvent(_with_known_enums(model), raw_body, when, names)
    assert isinstance(model, SmsMoPush)
    return SmsMoEvent(model, raw_body, when, names)
