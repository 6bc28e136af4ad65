"""Where the command line gets its settings: a ``--profile`` from a TOML file, else the environment.

The client already reads every ``LINKSFIELD_*`` variable, so without a profile nothing is done
here. A profile names a table of client settings (the same names as ``linksfield.Client``'s
arguments) in ``~/.config/linksfield/config.toml`` (``$XDG_CONFIG_HOME`` honoured) or ``--config``::

    [profiles.sandbox]
    base_url = "http://127.0.0.1:8080"
    access_key = "sandbox-access-key"
    secret_key = "sandbox-secret-key"
    rate_limit = 50

A profile chosen explicitly wins over the environment; settings it leaves out still come from
``LINKSFIELD_*``. Unknown keys are refused (a typo must not silently fall back to a default), and
every value is type-checked here, before the client sees it: a ``timeout = "30s"`` would otherwise
end in a traceback from deep inside the client, and its message would quote the value. Values in
this file are often credentials (and one pasted into the wrong key is exactly the mistake being
reported), so a refusal names the profile, the key and the TOML type found, never the value; it is
a usage error (exit 2) of one line.
"""

from __future__ import annotations

import importlib
import math
import os
from collections.abc import Callable
from datetime import date, datetime, time
from pathlib import Path
from typing import Any, Final, TypeGuard

from .errors import CliError, ExitCode

__all__ = ["CLIENT_SETTINGS", "default_config_path", "load_profile"]

_TEXT: Final = frozenset(
    {
        "access_key",
        "secret_key",
        "base_url",
        "csss_access_code",
        "csss_secret",
        "csss_base_url",
        "pool_base_url",
        "pool_credential",
        "pool_credential_header",
    }
)
_OFF: Final = "off"


def _is_number(value: object) -> TypeGuard[int | float]:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _text(value: object) -> bool:
    return isinstance(value, str)


def _environment(value: object) -> bool:
    return value in ("uat", "production")


def _timeout(value: object) -> bool:
    return _is_number(value) and math.isfinite(value) and value > 0


def _max_retries(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


def _rate_limit(value: object) -> bool:
    if value == _OFF:
        return True
    return _is_number(value) and not math.isnan(value) and value >= 0


def _max_concurrency(value: object) -> bool:
    return value == _OFF or _max_retries(value)


_CHECKS: Final[dict[str, tuple[Callable[[object], bool], str]]] = {
    **dict.fromkeys(_TEXT, (_text, "a string")),
    "environment": (_environment, '"uat" or "production"'),
    "timeout": (_timeout, "a positive number of seconds"),
    "max_retries": (_max_retries, "a whole number, 0 or more"),
    "rate_limit": (_rate_limit, 'a number of requests per second, 0 or more (0 or "off": no limit)'),
    "max_concurrency": (_max_concurrency, 'a whole number, 0 or more (0 or "off": no cap)'),
}
"""Each setting's check, and what it must be in words (the message never shows the value)."""

CLIENT_SETTINGS: Final = frozenset(_CHECKS)
"""The client settings a profile may set: exactly those it can check."""


def _toml_type(value: object) -> str:
    """What TOML type ``value`` was written as: says what is wrong without repeating it."""
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int):
        return "an integer"
    if isinstance(value, float):
        return "a float"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, (datetime, date, time)):
        return "a date/time"
    if isinstance(value, list):
        return "an array"
    if isinstance(value, dict):
        return "a table"
    return "another type"


def default_config_path() -> Path:
    base = os.environ.get("XDG_CONFIG_HOME") or os.path.join(os.path.expanduser("~"), ".config")
    return Path(base) / "linksfield" / "config.toml"


def _parse_toml(path: Path) -> dict[str, Any]:
    # tomllib is 3.11+; on 3.10 the API-identical tomli backport is used when installed.
    try:
        toml: Any = importlib.import_module("tomllib")
    except ModuleNotFoundError:  # pragma: no cover - Python 3.10
        try:
            toml = importlib.import_module("tomli")
        except ModuleNotFoundError:
            raise CliError("reading a config file on Python 3.10 needs the 'tomli' package") from None
    try:
        with path.open("rb") as handle:
            document: dict[str, Any] = toml.load(handle)
    except OSError as exc:
        raise CliError(f"cannot read config file {path}: {exc.strerror or exc}") from None
    except ValueError as exc:  # tomllib.TOMLDecodeError is a ValueError
        raise CliError(f"config file {path} is not valid TOML: {exc}") from None
    return document


def load_profile(name: str, path: Path | None = None) -> dict[str, Any]:
    """The client arguments of profile ``name``; a usage error (exit 2) names what is wrong."""
    config_path = path or default_config_path()
    if not config_path.exists():
        raise CliError(f"profile {name!r}: config file {config_path} does not exist", ExitCode.USAGE)
    profiles = _parse_toml(config_path).get("profiles", {})
    if not isinstance(profiles, dict) or not isinstance(profiles.get(name), dict):
        known = ", ".join(sorted(profiles)) if isinstance(profiles, dict) and profiles else "none"
        raise CliError(f"profile {name!r} is not in {config_path} (profiles: {known})")
    table: dict[str, Any] = profiles[name]
    unknown = sorted(set(table) - CLIENT_SETTINGS)
    if unknown:
        raise CliError(
            f"profile {name!r} in {config_path}: unknown setting(s) {', '.join(unknown)}",
            details=[f"known settings: {', '.join(sorted(CLIENT_SETTINGS))}"],
        )
    for key in sorted(table):
        check, wanted = _CHECKS[key]
        if not check(table[key]):
            found = _toml_type(table[key])
            raise CliError(f"profile {name!r} in {config_path}: {key} must be {wanted} (found {found})")
    return dict(table)
