"""This checkout's packages for every Python child a test starts, as an installed wheel would be.

The tests import ``linksfield`` and ``linksfield_api`` from the source tree (pytest's ``pythonpath``
setting puts ``generated/`` and ``overrides/`` on ``sys.path``, which a child process does not
inherit). Children (the sandbox, the webhook receiver, the ``linksfield`` script, the fuzz runner
and its schemathesis process) find them through ``PYTHONPATH`` instead; the product itself knows
nothing of source trees. ``tests/conftest.py`` exports it once for the whole session.
"""

from __future__ import annotations

import os
from collections.abc import Mapping


def source_roots() -> list[str]:
    """The folders holding the ``linksfield`` and ``linksfield_api`` this process imported (absolute, so a
    child started in another folder still finds them; a rehearsal's copy of the repository finds its own)."""
    import linksfield
    import linksfield_api

    return [
        os.path.dirname(os.path.dirname(os.path.abspath(module.__file__ or "")))
        for module in (linksfield, linksfield_api)
    ]


def child_environment(extra: Mapping[str, str] | None = None) -> dict[str, str]:
    """The environment for a Python child that must import this very ``linksfield``: the source roots
    lead ``PYTHONPATH`` (inherited entries made absolute follow), plus ``extra``."""
    inherited = [p for p in os.environ.get("PYTHONPATH", "").split(os.pathsep) if p]
    paths = list(dict.fromkeys([*source_roots(), *(os.path.abspath(p) for p in inherited)]))
    return {**os.environ, **(extra or {}), "PYTHONPATH": os.pathsep.join(paths), "PYTHONUNBUFFERED": "1"}
