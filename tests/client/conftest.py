"""Fixtures of the public-client tests: a clean environment and a fresh verifying stub."""

from __future__ import annotations

import os

import pytest

from .support import Stub


@pytest.fixture(autouse=True)
def _no_linksfield_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """Settings fall back to LINKSFIELD_* variables: a developer's shell must not change results."""
    for name in list(os.environ):
        if name.startswith("LINKSFIELD_"):
            monkeypatch.delenv(name)


@pytest.fixture
def stub() -> Stub:
    return Stub()
