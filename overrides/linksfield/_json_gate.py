"""Bounded JSON: undecodable or unreasonable input becomes a named flaw, before anything else reads it.

Why one module: the sandbox (``linksfield.sandbox``) and the webhook receiver
(``linksfield.webhooks``) both take JSON from someone else's program, and every later step (a
recursive validator, pydantic, SQLite, ``int()``, re-encoding to UTF-8, a canonical signature
form) fails on the same inputs with an exception far from the field: a ``RecursionError``, a
``ValueError`` from Python's integer-conversion limit, a ``UnicodeEncodeError``. Each server turns
a :class:`Unreasonable` from here into its own 4xx (the sandbox's envelope, the receiver's problem
list), so the rules and their wording live here once. It imports nothing outside the standard
library: the sandbox and the receiver are separate extras of the distribution, and neither may pull
the other's dependencies through this module.

The limits, each far above any legitimate document (the vendor's pushes are flat objects of short
strings; no request of the spec nests deeper than 4) and each checked before the work it bounds:

Nesting: at most :data:`MAX_DEPTH` levels of arrays and objects (the document itself is level 1)
    Counted by a scan of the text *before* decoding, so no recursive code ever sees a deeper
    document; the flaw names the top-level field that holds the deep part.
Numbers: literals of at most :data:`MAX_NUMBER_CHARS` characters, finite, no ``NaN``/``Infinity``
    The length is checked before any conversion (a 5,000-digit integer would otherwise hit Python's
    int-conversion limit); 64 characters is past any 64-bit id or count (20) and any double (about
    25), and past the 128-bit integers property-based fuzzers draw. ``1e400`` overflows to infinity
    and ``NaN``/``Infinity`` are Python's extensions: JSON has no such numbers.
Text: UTF-8 (or a declared ordinary charset), and no lone UTF-16 surrogate
    ``"\\ud800"`` is legal JSON text but not a Unicode string: SQLite, UTF-8 encoding and signature
    forms all fail on it, so it is refused wherever it appears, values and property names alike.
Size
    Bounded by each server before this module runs (a 413): it is a property of the transport.

Flaws name their place (``flag_list[0].msg_id``, or the empty path for the document itself) and
the reason, never the value: it may be huge, binary or secret, and an answer that echoes hostile
input can itself become the problem. Names are shown escaped and at most :data:`MAX_FIELD_NAME`
characters long.
"""

from __future__ import annotations

import codecs
import json
import math
import re
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, Final, NamedTuple

__all__ = [
    "MAX_DEPTH",
    "MAX_FIELD_NAME",
    "MAX_NUMBER_CHARS",
    "Flaw",
    "Unreasonable",
    "declared_charset",
    "decode_text",
    "field_name",
    "field_path",
    "is_text",
    "loads",
    "number_from_text",
    "number_length_problem",
]

MAX_DEPTH: Final = 64
"""Deepest nesting of arrays and objects accepted (a flat object is depth 1)."""
MAX_NUMBER_CHARS: Final = 64
"""Longest number literal accepted, sign, fraction and exponent included."""
MAX_FIELD_NAME: Final = 64
"""A field name (or path) longer than this is shortened where it is shown."""

NOT_FINITE: Final = "is a number out of range"
NOT_JSON_NUMBER: Final = "is NaN or Infinity, which JSON does not allow"
LONE_SURROGATE: Final = "contains an unpaired UTF-16 surrogate"
TOO_DEEP: Final = f"is nested too deeply (more than {MAX_DEPTH} levels)"

# Codecs (by ``codecs.lookup(...).name``) that are transformations, not charsets: no sender declares
# them, escape decoders turn "\\ud800" text into lone surrogates, and punycode is quadratic. Refused
# as declarations so only an ordinary, linear text decoder ever runs.
_NOT_CHARSETS: Final = frozenset({"punycode", "idna", "unicode-escape", "raw-unicode-escape", "utf-7"})
# One token per string literal (escapes included), bracket, or comma. A lone quote is a string
# that never ends: the text is not JSON and the decoder says so better than a depth count could.
_TOKENS: Final = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"|"|[\[\]{},]', re.DOTALL)
_SURROGATE: Final = re.compile("[\ud800-\udfff]")
_INTEGER_TEXT: Final = re.compile(r"[+-]?[0-9]+")
_NUMBER_TEXT: Final = re.compile(r"[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][+-]?[0-9]+)?")

Path = tuple[str | int, ...]


class Flaw(NamedTuple):
    """Why one place of a document cannot be used: ``path`` (empty: the document) and ``reason``."""

    path: Path
    reason: str


class Unreasonable(ValueError):
    """Input this module refuses, with one flaw per top-level field at fault (at least one)."""

    def __init__(self, flaws: Sequence[Flaw]) -> None:
        self.flaws = tuple(flaws)
        super().__init__("; ".join(f"{field_path(f.path) or 'document'}: {f.reason}" for f in self.flaws))


def _refuse(reason: str, path: Path = ()) -> Unreasonable:
    return Unreasonable([Flaw(path, reason)])


# -- names -----------------------------------------------------------------------------------------


def _clip(name: str) -> str:
    return name if len(name) <= MAX_FIELD_NAME else name[: MAX_FIELD_NAME - 3] + "..."


def field_name(key: str) -> str:
    """A field name fit for an error answer: valid UTF-8 (a lone surrogate shown escaped) and short."""
    return _clip(key.encode("utf-8", "backslashreplace").decode("utf-8"))


def field_path(parts: Iterable[str | int]) -> str:
    """``deviceList[3]``, ``flag_list[0].msg_id``: how answers name a place in a document."""
    text = ""
    for part in parts:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            shown = part.encode("utf-8", "backslashreplace").decode("utf-8")
            text += f".{shown}" if text else shown
    return _clip(text)


def is_text(value: str) -> bool:
    """True when ``value`` is valid Unicode (no lone surrogate), i.e. encodable as UTF-8."""
    return value.isascii() or _SURROGATE.search(value) is None


# -- text ------------------------------------------------------------------------------------------


def declared_charset(content_type: str) -> str | None:
    """The ``charset`` parameter of a ``Content-Type`` value, if any."""
    for part in content_type.split(";")[1:]:
        name, _, value = part.strip().partition("=")
        if name.strip().lower() == "charset" and value.strip():
            return value.strip().strip('"')
    return None


def decode_text(raw: bytes, charset: str | None = None) -> str:
    """UTF-8 (RFC 8259; a byte-order mark is skipped), or ``charset`` if the sender declared one
    and UTF-8 fails (a GBK sender, say). Transformation codecs are never used as charsets."""
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        if charset:
            try:
                codec = codecs.lookup(charset).name
                if codec not in _NOT_CHARSETS:
                    return raw.decode(codec)
            except (LookupError, UnicodeError):  # unknown or non-text codec, or bytes it rejects
                pass
        raise _refuse(f"is not UTF-8 text (byte {exc.start} cannot be decoded)") from None


# -- numbers ---------------------------------------------------------------------------------------


def number_length_problem(literal: str) -> str | None:
    """Why a number literal is too long to convert, or None (checked before any ``int()``)."""
    if len(literal) > MAX_NUMBER_CHARS:
        return f"is a number of {len(literal)} characters (at most {MAX_NUMBER_CHARS})"
    return None


def number_from_text(raw: str, *, integer: bool) -> int | float | None:
    """The number ``raw`` spells in plain ASCII (``52``, ``-3``, ``52.0``, ``1e3``), or None if it
    spells none; :class:`Unreasonable` if it is too long or not finite. With ``integer``, a whole
    float comes back as an ``int`` (JSON Schema's ``52.0`` is the integer 52)."""
    whole = _INTEGER_TEXT.fullmatch(raw) is not None
    if not whole and not _NUMBER_TEXT.fullmatch(raw):
        return None
    problem = number_length_problem(raw)
    if problem is not None:
        raise _refuse(problem)
    if whole:
        return int(raw)
    number = float(raw)
    if not math.isfinite(number):
        raise _refuse(NOT_FINITE)
    return int(number) if integer and number.is_integer() else number


class _Unusable:
    """Put in a decoded document where a number could not be kept; reported with its place."""

    __slots__ = ("reason",)

    def __init__(self, reason: str) -> None:
        self.reason = reason


_BAD_NAME: Final = _Unusable(LONE_SURROGATE)
"""Stands in for the value of a property whose name is not valid Unicode: the name is the flaw."""


def _int(literal: str) -> int | _Unusable:
    problem = number_length_problem(literal)
    return _Unusable(problem) if problem else int(literal)


def _float(literal: str) -> float | _Unusable:
    problem = number_length_problem(literal)
    if problem:
        return _Unusable(problem)
    value = float(literal)
    return value if math.isfinite(value) else _Unusable(NOT_FINITE)


def _constant(literal: str) -> _Unusable:
    return _Unusable(NOT_JSON_NUMBER)


# -- documents -------------------------------------------------------------------------------------


def _nesting_flaw(text: str) -> Flaw | None:
    """The first place nested deeper than MAX_DEPTH, without decoding anything: named by the
    top-level field that holds it (the document itself when that is an array)."""
    if text.count("[") + text.count("{") <= MAX_DEPTH:
        return None  # nearly every document: a few C-speed counts, no scan
    depth = 0
    key: str | None = None
    in_object = expect_key = False
    for match in _TOKENS.finditer(text):
        token = match.group()
        first = token[0]
        if first in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                return Flaw(() if key is None else (key,), TOO_DEEP)
            if depth == 1:
                in_object = expect_key = first == "{"
        elif first in "]}":
            depth -= 1
        elif first == ",":
            expect_key = depth == 1 and in_object
        elif token == '"':
            return None  # unterminated string: invalid JSON, reported by the decoder
        elif expect_key and depth == 1:
            key, expect_key = _decoded_key(token), False
    return None


def _decoded_key(token: str) -> str:
    try:
        return str(json.loads(token))
    except ValueError:
        return token


def _first_flaw(value: Any, path: Path) -> Flaw | None:
    """The first unusable place under ``value`` in document order; iterative (depth is bounded
    already, but the walk needs no recursion either)."""
    stack: list[tuple[Any, Path]] = [(value, path)]
    while stack:
        item, where = stack.pop()
        if isinstance(item, str):
            if not is_text(item):
                return Flaw(where, LONE_SURROGATE)
        elif isinstance(item, _Unusable):
            return Flaw(where, item.reason)
        elif isinstance(item, dict):
            children = [(child if is_text(key) else _BAD_NAME, (*where, key)) for key, child in item.items()]
            stack.extend(reversed(children))
        elif isinstance(item, list):
            stack.extend((child, (*where, i)) for i, child in reversed(list(enumerate(item))))
        elif isinstance(item, float) and not math.isfinite(item):
            return Flaw(where, NOT_FINITE)
    return None


def _flaws(document: Any) -> Iterator[Flaw]:
    """The first flaw of each top-level field in order (or of the document, if it is a scalar)."""
    if isinstance(document, dict):
        for key, value in document.items():
            flaw = _first_flaw(value if is_text(key) else _BAD_NAME, (key,))
            if flaw is not None:
                yield flaw
    elif isinstance(document, list):
        for i, item in enumerate(document):
            flaw = _first_flaw(item, (i,))
            if flaw is not None:
                yield flaw
    else:
        flaw = _first_flaw(document, ())
        if flaw is not None:
            yield flaw


def loads(text: str, *, every_field: bool = False) -> Any:
    """The document ``text`` holds, every value checked; :class:`Unreasonable` otherwise.

    The flaws name the first field at fault, or with ``every_field`` the first flaw of each
    top-level field (a receiver lists them all; a request handler stops at the first).
    """
    nesting = _nesting_flaw(text)
    if nesting is not None:
        raise Unreasonable([nesting])
    try:
        document = json.loads(text, parse_int=_int, parse_float=_float, parse_constant=_constant)
    except json.JSONDecodeError as exc:  # its message gives a position, never the text
        raise _refuse(f"is not valid JSON ({exc})") from None
    except RecursionError:  # unreachable after the scan; kept so it could never become a 500
        raise _refuse(TOO_DEEP) from None
    found = _flaws(document)
    flaws = list(found) if every_field else [flaw for flaw in [next(found, None)] if flaw is not None]
    if flaws:
        raise Unreasonable(flaws)
    return document
