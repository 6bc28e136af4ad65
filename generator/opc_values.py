"""Plain strings out of openapi-python-client's parse objects.

Its ``UntrustedString`` and ``PythonCode`` wrap text on purpose (so templates cannot embed spec text
unescaped by accident); their ``str()`` is an object repr. The generator's own renderers need the
text, and go through these two functions so the unwrapping is decided once.
"""

from __future__ import annotations

from typing import Any


def spec_text(value: Any) -> str:
    """The text of an ``UntrustedString`` (a wire name, a description); ``""`` for ``None``."""
    if value is None:
        return ""
    getter = getattr(value, "get_untrusted_value", None)
    return str(getter() if getter else value)


def python_code(value: Any) -> str:
    """Source text of a ``PythonCode`` (a type string, a default value)."""
    getter = getattr(value, "as_unembedded_code", None)
    return str(getter() if getter else value)
