"""Keeping credentials out of reprs, logs, tracebacks and exception text: the one place for it.

:class:`Secret` wraps a credential. It deliberately does not subclass ``str``: a ``str`` subclass
still concatenates, slices and serialises to the real value, so one careless f-string or
``json.dumps`` would leak it. Callers must ask for the value explicitly with
:meth:`Secret.get_secret_value`.

URLs are the other way credentials travel unnoticed: a base URL may carry ``user:password@`` and a
query may carry a ``sign`` or ``token``. :func:`redact_url` (for reprs of settings and clients),
:func:`summarize_request` (the ``METHOD /path?query`` of exception texts and logs) and
:func:`redact_query` under both are the only code that decides what of a URL may be shown, so
every repr and message hides the same things.
"""

from __future__ import annotations

import hmac
from collections.abc import Iterable
from typing import Final, NoReturn
from urllib.parse import SplitResult, unquote_plus, urlsplit, urlunsplit

__all__ = [
    "REDACTED",
    "SENSITIVE_QUERY_KEYS",
    "Secret",
    "redact_query",
    "redact_url",
    "summarize_request",
    "without_userinfo",
]

_REDACTED: Final = "Secret('***')"
REDACTED: Final = "***"
"""What replaces a hidden part of a URL (a password, a query value)."""

# Query keys whose values are credentials or signatures (CSSS puts `sign` in GET queries).
SENSITIVE_QUERY_KEYS: Final = frozenset(
    {
        "sign",
        "signature",
        "secret",
        "secret_key",
        "secretkey",
        "password",
        "token",
        "access_token",
        "api_key",
        "apikey",
        "x-api-key",
    }
)


def redact_query(query: str, *, sensitive_keys: Iterable[str] = SENSITIVE_QUERY_KEYS) -> str:
    """``query`` (without ``?``) with the value of every credential-like key replaced by ``***``.

    Keys are compared decoded and case-insensitively (``Sign``, ``%73ign``); everything else is
    kept byte for byte, so the summary still matches what the server logged.
    """
    if not query:
        return query
    hidden = {key.lower() for key in sensitive_keys}
    pieces: list[str] = []
    for piece in query.split("&"):
        raw_key = piece.partition("=")[0]
        if unquote_plus(raw_key).strip().lower() in hidden:
            pieces.append(f"{raw_key}={REDACTED}")
        else:
            pieces.append(piece)
    return "&".join(pieces)


def summarize_request(
    method: str, url: object, *, sensitive_keys: Iterable[str] = SENSITIVE_QUERY_KEYS
) -> str:
    """``METHOD /path?query`` with credential-like query values replaced by ``***``.

    ``url`` may be an ``httpx.URL`` or a string; scheme, host and userinfo are dropped because
    userinfo can hold a password and the host adds nothing to a vendor ticket.
    """
    text = str(url)
    if "://" in text:
        rest = text.split("://", 1)[1]
        slash = rest.find("/")
        query_mark = rest.find("?")
        cut = min(i for i in (slash, query_mark, len(rest)) if i >= 0)
        text = rest[cut:] or "/"
    text = text.split("#", 1)[0]
    path, sep, query = text.partition("?")
    if not sep:
        return f"{method.upper()} {path or '/'}"
    return f"{method.upper()} {path or '/'}?{redact_query(query, sensitive_keys=sensitive_keys)}"


def without_userinfo(url: str) -> str:
    """``url`` without ``user:password@``: for base URLs, whose userinfo no request ever uses.

    Every API family signs its own way, and httpx turns userinfo into Basic auth only when a request
    has no auth of its own; kept in the URL it would do nothing but print the password in httpx's
    own ``HTTP Request: ...`` log line and in tracebacks that show the URL.
    """
    parts = urlsplit(url)
    if "@" not in parts.netloc:
        return url
    return urlunsplit(parts._replace(netloc=parts.netloc.rpartition("@")[2]))


def redact_url(url: object) -> str:
    """``url`` as text with a userinfo password and credential-like query values replaced by ``***``.

    Used by every repr that shows a URL (settings, clients). The user name stays (it says which
    account, and is not a secret); the password never does. Text that does not parse as a URL is
    returned with everything before an ``@`` hidden, since it may still be ``user:pass@host``.
    """
    text = str(url)
    try:
        parts = urlsplit(text)
        password = parts.password
    except ValueError:  # e.g. an invalid port: still hide what could be userinfo
        _, at, rest = text.rpartition("@")
        return f"{REDACTED}@{rest}" if at else text
    netloc = parts.netloc
    if password is not None or "@" in netloc:
        userinfo, _, host = netloc.rpartition("@")
        user = userinfo.partition(":")[0]
        netloc = f"{user}:{REDACTED}@{host}" if password is not None else f"{userinfo}@{host}"
    return urlunsplit(
        SplitResult(parts.scheme, netloc, parts.path, redact_query(parts.query), parts.fragment)
    )


class Secret:
    """Holds one secret string; every textual rendering is the fixed redaction marker."""

    __slots__ = ("_value",)

    _value: str

    def __init__(self, value: str | Secret) -> None:
        if isinstance(value, Secret):
            value = value.get_secret_value()
        if not isinstance(value, str):
            # The type name only: the value itself may be the secret.
            raise TypeError(f"Secret expects a str, got {type(value).__name__}")
        object.__setattr__(self, "_value", value)

    def get_secret_value(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return _REDACTED

    __str__ = __repr__

    def __format__(self, format_spec: str) -> str:
        # The spec is ignored on purpose: padding or truncation of the marker never reveals anything.
        return _REDACTED

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Secret):
            return NotImplemented
        # Constant time, so equality checks cannot be used as a timing oracle.
        return hmac.compare_digest(self._value.encode("utf-8"), other._value.encode("utf-8"))

    def __hash__(self) -> int:
        return hash((Secret, self._value))

    def __bool__(self) -> bool:
        return bool(self._value)

    def __setattr__(self, name: str, value: object) -> NoReturn:
        raise AttributeError("Secret is immutable")

    def __copy__(self) -> Secret:
        return self  # immutable, so sharing is safe and copying configs keeps working

    def __deepcopy__(self, memo: dict[int, object]) -> Secret:
        return self

    def __reduce__(self) -> NoReturn:
        # Pickling would write the plain value to disk or a queue without anyone asking for it.
        raise TypeError("Secret cannot be pickled; pass get_secret_value() explicitly if you must")
