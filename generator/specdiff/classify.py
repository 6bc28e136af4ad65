"""The classifier: every change between two documents, each breaking or not, with the reason.

Entry point :func:`diff`. Operations are compared by ``operationId``; inside a matched operation
its parameters, request body and responses are compared schema by schema in the direction the
data flows for user code (see :class:`~generator.specdiff.model.Direction`).
"""

from __future__ import annotations

from typing import Any

from generator.specdiff import reasons
from generator.specdiff.compare import SchemaComparer
from generator.specdiff.model import Change, DiffReport, Direction, Kind, merge
from generator.specdiff.operations import (
    Operation,
    inventory,
    media_schema,
    parameters,
    request_body,
    responses,
)
from generator.specdiff.sources import Side

REQ, RESP = Direction.REQUEST, Direction.RESPONSE


def diff(old: Side, new: Side) -> DiffReport:
    return DiffReport(old.label, new.label, merge(_Classifier(old.document, new.document).run()))


class _Classifier:
    def __init__(self, old: dict[str, Any], new: dict[str, Any]) -> None:
        self.old, self.new = old, new
        self.changes: list[Change] = []
        self.schemas = SchemaComparer(old, new, self.changes)

    def run(self) -> list[Change]:
        self._operations()
        self._components()
        return self.changes

    def _operations(self) -> None:
        old_ops, new_ops = inventory(self.old), inventory(self.new)
        for op_id in old_ops.keys() & new_ops.keys():
            before, after = old_ops[op_id], new_ops[op_id]
            if before.route != after.route:
                reason = (
                    "the endpoint moved: the old route stops answering, so older clients and anything "
                    "that addresses it by URL (gateway rules, mocks, recorded fixtures) break"
                )
                detail = f"{before.route} → {after.route}"
                self.changes.append(Change(Kind.PATH_RENAMED, op_id, True, reason, detail, None, (op_id,)))
            self._operation(before, after)
        gone = {op_id: old_ops[op_id] for op_id in sorted(old_ops.keys() - new_ops.keys())}
        fresh = {op_id: new_ops[op_id] for op_id in sorted(new_ops.keys() - old_ops.keys())}
        by_route = {op.route: op for op in fresh.values()}
        for op_id, before in list(gone.items()):
            renamed = by_route.get(before.route)
            if renamed is None:
                continue
            del gone[op_id], fresh[renamed.op_id]
            reason = f"the generated method is now {renamed.op_id}(): code calling {op_id}() fails"
            detail = f"{op_id} → {renamed.op_id} ({renamed.route})"
            change = Change(
                Kind.OPERATION_RENAMED, renamed.op_id, True, reason, detail, None, (renamed.op_id,)
            )
            self.changes.append(change)
            self._operation(before, renamed)
        for op_id, before in gone.items():
            reason = "the operation (and its generated method) is gone: code calling it fails"
            self.changes.append(
                Change(Kind.OPERATION_REMOVED, op_id, True, reason, before.route, None, (op_id,))
            )
        for op_id, after in fresh.items():
            reason = "a new operation; nothing existing changes"
            self.changes.append(
                Change(Kind.OPERATION_ADDED, op_id, False, reason, after.route, None, (op_id,))
            )

    def _operation(self, before: Operation, after: Operation) -> None:
        # User code writes requests and reads answers; a webhook's request is read by user code and
        # its answer (the acknowledgement) written by it.
        inbound, outbound = (RESP, REQ) if after.webhook else (REQ, RESP)
        name = after.op_id
        self._parameters(before, after, inbound)
        self._body(before, after, inbound)
        old_responses, new_responses = responses(before), responses(after)
        for code in sorted(old_responses.keys() | new_responses.keys()):
            loc = f"{name}: response {code}"
            if code not in new_responses:
                reason = "the status is no longer documented; error handling keeps working"
                self.changes.append(
                    Change(Kind.RESPONSE_REMOVED, loc, False, reason, code, outbound, (name,))
                )
            elif code not in old_responses:
                reason = "a newly documented status; unknown statuses already map to the client's errors"
                self.changes.append(Change(Kind.RESPONSE_ADDED, loc, False, reason, code, outbound, (name,)))
            else:
                old_schema = media_schema(self.old, old_responses[code])
                new_schema = media_schema(self.new, new_responses[code])
                self.schemas.compare(old_schema, new_schema, loc, outbound, name)

    def _parameters(self, before: Operation, after: Operation, inbound: Direction) -> None:
        name = after.op_id
        old_params, new_params = parameters(self.old, before), parameters(self.new, after)
        for key in [*old_params, *(k for k in new_params if k not in old_params)]:
            loc = f"{name}: {key[0]} parameter {key[1]}"
            old_p, new_p = old_params.get(key), new_params.get(key)
            if new_p is None:
                self.changes.append(reasons.removed(Kind.PARAMETER_REMOVED, loc, inbound, name))
            elif old_p is None:
                required = bool(new_p.get("required"))
                self.changes.append(reasons.added(Kind.PARAMETER_ADDED, loc, inbound, required, name))
            else:
                if bool(old_p.get("required")) != bool(new_p.get("required")):
                    flip = reasons.required_flipped(loc, inbound, bool(new_p.get("required")), name)
                    self.changes.append(flip)
                self.schemas.compare(old_p.get("schema", {}), new_p.get("schema", {}), loc, inbound, name)

    def _body(self, before: Operation, after: Operation, inbound: Direction) -> None:
        name = after.op_id
        loc = f"{name}: request body"
        old_body, new_body = request_body(self.old, before), request_body(self.new, after)
        if old_body is None and new_body is None:
            return
        if new_body is None:
            self.changes.append(reasons.removed(Kind.PARAMETER_REMOVED, loc, inbound, name, "request body"))
            return
        required = bool(new_body.get("required"))
        if old_body is None:
            change = reasons.added(Kind.PARAMETER_ADDED, loc, inbound, required, name, "request body")
            self.changes.append(change)
            return
        if bool(old_body.get("required")) != required:
            self.changes.append(reasons.required_flipped(loc, inbound, required, name))
        self.schemas.compare(
            media_schema(self.old, old_body), media_schema(self.new, new_body), loc, inbound, name
        )

    def _components(self) -> None:
        """Component schemas are names users import (models, enums and wire models are generated from
        them). Which of them become classes depends on the generators, so every removal counts."""
        old_names = set((self.old.get("components") or {}).get("schemas") or {})
        new_names = set((self.new.get("components") or {}).get("schemas") or {})
        for schema in sorted(old_names - new_names):
            reason = (
                "the named schema is gone, and with it any class generated from it: code importing it fails"
            )
            self.changes.append(Change(Kind.SCHEMA_REMOVED, schema, True, reason))
        for schema in sorted(new_names - old_names):
            self.changes.append(
                Change(
                    Kind.SCHEMA_ADDED, schema, False, "a new named schema (model, enum or wire-model class)"
                )
            )
