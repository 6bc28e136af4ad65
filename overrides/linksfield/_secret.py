"""A string wrapper that keeps credentials out of reprs, logs, tracebacks and exception text.

It deliberately does not subclass ``str``: a ``str`` subclass still concatenates, slices and
serialises to the real value, so one careless f-string or ``json.dumps`` would leak it. Callers
must ask for the value explicitly with :meth:`Secret.get_secret_value`.
"""

from __future__ import annotations

import hmac
from typing import Final, NoReturn

__all__ = ["Secret"]

_REDACTED: Final = "Secret('***')"


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
