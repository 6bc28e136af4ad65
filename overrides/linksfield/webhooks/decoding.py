"""Raw body to a JSON object, refusing anything unreasonable before it costs more.

Why a module of its own: every later step (pydantic, logging, the store, the user's handler)
recurses into or re-encodes the document, so a body nested too deeply, a number no program can
use, or text that cannot be encoded back to UTF-8 must be stopped here, once, as a
:class:`WebhookPayloadError` (a 400 naming each field), never as a ``RecursionError`` or a
``UnicodeEncodeError`` deep in someone else's code: that would be a 500, and the vendor resends a
push until it is acknowledged, so a 500 for its own bad input would be resent forever.

The rules, limits and wording are the toolkit's one bounded-JSON gate (``linksfield._json_gate``,
shared with the sandbox); this module only adapts its flaws to the receiver's answer: one problem
per top-level field (a push is a flat object, so that is the field a sender can fix), at most
:data:`MAX_PROBLEMS` of them. The size is bounded by the receiver before this module runs
(``max_body_bytes``, a 413).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Final

from .. import _json_gate as gate
from .errors import Problem, WebhookPayloadError

__all__ = ["MAX_DEPTH", "MAX_NUMBER_CHARS", "decode_text", "field_name", "load_object"]

MAX_DEPTH: Final = gate.MAX_DEPTH
MAX_NUMBER_CHARS: Final = gate.MAX_NUMBER_CHARS
MAX_FIELD_NAME: Final = gate.MAX_FIELD_NAME
MAX_PROBLEMS: Final = 20
"""Problems listed in one answer; the rest are counted, not listed."""

field_name = gate.field_name


def _problem(flaw: gate.Flaw) -> Problem:
    return Problem(gate.field_path(flaw.path[:1]) or "body", flaw.reason)


def decode_text(headers: Mapping[str, str], raw_body: bytes) -> str:
    """UTF-8 (RFC 8259), or the charset the sender declared if UTF-8 fails (a GBK sender, say)."""
    if not raw_body.strip():
        raise WebhookPayloadError([Problem("body", "is empty; expected a JSON object")])
    try:
        return gate.decode_text(raw_body, gate.declared_charset(headers.get("content-type", "")))
    except gate.Unreasonable as refused:
        raise WebhookPayloadError([_problem(flaw) for flaw in refused.flaws]) from None


def load_object(text: str) -> dict[str, Any]:
    """The JSON object in ``text``, or a :class:`WebhookPayloadError` naming each unusable field."""
    try:
        document = gate.loads(text, every_field=True)
    except gate.Unreasonable as refused:
        problems = [_problem(flaw) for flaw in refused.flaws]
        if len(problems) > MAX_PROBLEMS:
            extra = len(problems) - MAX_PROBLEMS
            problems = [*problems[:MAX_PROBLEMS], Problem("body", f"and {extra} more fields are unusable")]
        raise WebhookPayloadError(problems) from None
    if not isinstance(document, dict):
        raise WebhookPayloadError([Problem("body", f"must be a JSON object, got {type(document).__name__}")])
    return document
