"""Why a change breaks (or does not break) user code, per kind and direction.

One table, so the classifier only decides *what* changed and the wording stays consistent.
Direction is the user's point of view: ``request`` is data user code writes (arguments, bodies,
webhook acknowledgements), ``response`` is data it reads (answers, webhook payloads).
"""

from __future__ import annotations

from generator.specdiff.model import Change, Direction, Kind

REQ, RESP = Direction.REQUEST, Direction.RESPONSE


def added(kind: Kind, loc: str, direction: Direction, required: bool, op: str, detail: str = "") -> Change:
    what = detail or ("required" if required else "optional")
    if direction is REQ and required:
        return Change(
            kind, loc, True, "new required input: calls that do not pass it now fail", what, REQ, (op,)
        )
    if direction is REQ:
        return Change(kind, loc, False, "new optional input callers may pass", what, REQ, (op,))
    return Change(kind, loc, False, "new data readers may use; existing code ignores it", what, RESP, (op,))


def removed(kind: Kind, loc: str, direction: Direction, op: str, detail: str = "") -> Change:
    if direction is REQ:
        reason = "the input is gone: calls that pass it now fail"
    else:
        reason = "the data is gone: code that reads it now fails"
    return Change(kind, loc, True, reason, detail, direction, (op,))


def required_flipped(loc: str, direction: Direction, now_required: bool, op: str) -> Change:
    detail = "optional → required" if now_required else "required → optional"
    if direction is REQ and now_required:
        return Change(Kind.REQUIRED_FLIPPED, loc, True, "calls that omit it now fail", detail, REQ, (op,))
    if direction is REQ:
        return Change(Kind.REQUIRED_FLIPPED, loc, False, "callers may now omit it", detail, REQ, (op,))
    if now_required:
        return Change(
            Kind.REQUIRED_FLIPPED, loc, False, "now always present for readers", detail, RESP, (op,)
        )
    reason = "readers may now get no value where one was guaranteed"
    return Change(Kind.REQUIRED_FLIPPED, loc, True, reason, detail, RESP, (op,))


def value_range(kind: Kind, loc: str, direction: Direction, detail: str, op: str) -> Change:
    """TYPE_NARROWED / TYPE_WIDENED / TYPE_CHANGED."""
    if kind is Kind.TYPE_CHANGED:
        reason = "values change both ways: some accepted before are refused, new ones may appear"
        return Change(kind, loc, True, reason, detail, direction, (op,))
    narrowed = kind is Kind.TYPE_NARROWED
    if direction is REQ:
        if narrowed:
            return Change(
                kind, loc, True, "values callers could send before are now refused", detail, REQ, (op,)
            )
        return Change(kind, loc, False, "callers may send more than before", detail, REQ, (op,))
    if narrowed:
        return Change(
            kind, loc, False, "answers stay within what readers already handle", detail, RESP, (op,)
        )
    reason = "answers may now carry values reader code has never seen (another type, null, longer...)"
    return Change(kind, loc, True, reason, detail, RESP, (op,))


def enum_value(loc: str, direction: Direction, value: str, was_added: bool, is_open: bool, op: str) -> Change:
    if was_added:
        kind = Kind.ENUM_VALUE_ADDED
        if direction is REQ:
            return Change(kind, loc, False, "callers may send a new value", value, REQ, (op,))
        if is_open:
            reason = "the enum is open (R-ENUM-OPEN): readers already keep unknown values"
            return Change(kind, loc, False, reason, value, RESP, (op,))
        reason = "closed enum: readers that handle every documented value may now get one they do not know"
        return Change(kind, loc, True, reason, value, RESP, (op,))
    kind = Kind.ENUM_VALUE_REMOVED
    if direction is REQ:
        return Change(kind, loc, True, "callers that send this value are now refused", value, REQ, (op,))
    reason = "the member leaves the generated enum: code that names it now fails"
    return Change(kind, loc, True, reason, value, RESP, (op,))
