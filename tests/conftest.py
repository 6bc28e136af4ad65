"""Session-wide: every child process a test starts imports this checkout (see ``tests/source_tree.py``)."""

from __future__ import annotations

import os

import pytest

from .source_tree import child_environment


def pytest_configure(config: pytest.Config) -> None:
    os.environ["PYTHONPATH"] = child_environment()["PYTHONPATH"]
