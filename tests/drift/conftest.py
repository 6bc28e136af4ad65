"""Fixtures for the drift tests: the repository's spec and log, fixture pages, and a page editor.

The tests compare the fixture pages with the real spec/openapi.yaml and spec/RECONCILIATION.md, as
a developer runs the tool; each "changed page" test edits one fixture in a temporary folder so the
change under test is the only difference from a page that reports nothing new.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from generator.drift.command import build_report
from generator.drift.report import Report

REPO = Path(__file__).resolve().parents[2]
SPEC = REPO / "spec" / "openapi.yaml"
LOG = REPO / "spec" / "RECONCILIATION.md"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SEEDS = REPO.parent / "shared" / "seeds"

Edit = Callable[[str, str, str], Path]


@pytest.fixture
def edited_page(tmp_path: Path) -> Edit:
    """Copy a fixture page with one exact text replacement (which must occur exactly once)."""

    def edit(name: str, old: str, new: str) -> Path:
        text = (FIXTURES / name).read_text(encoding="utf-8")
        assert text.count(old) == 1, f"{old!r} must occur once in {name}"
        page = tmp_path / name
        page.write_text(text.replace(old, new), encoding="utf-8")
        return page

    return edit


def report_for(*pages: Path) -> Report:
    return build_report(list(pages), SPEC, LOG)
