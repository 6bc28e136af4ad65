"""The vendor's own pages (../shared/seeds, present in CI): every difference is a decision already in the log."""

from __future__ import annotations

import pytest

from generator.drift.known import load_log

from .conftest import LOG, SEEDS, report_for

pytestmark = pytest.mark.skipif(
    not SEEDS.is_dir(), reason="vendor seeds (../shared/seeds) not beside the repository"
)

# Operations each seed defines in its own sections: CMP v1 (two layouts), CMP v2, pool/card, CSSS.
EXPECTED_OPERATIONS = {"000": 9, "001": 9, "002": 18, "003": 8, "004": 1}


def test_the_seeds_report_zero_new_differences_and_every_indexed_row_as_known() -> None:
    pages = sorted(SEEDS.glob("*.txt"))
    report = report_for(*pages)
    assert [v.difference.key for v in report.new] == []
    log = load_log(LOG)
    assert set(report.known_rows) == log.indexed_rows
    assert len(report.known_rows) == len(log.indexed_rows)
    found = {p.page.source[:3]: len(p.page.operations) for p in report.pages}
    assert {k: v for k, v in found.items() if k in EXPECTED_OPERATIONS} == EXPECTED_OPERATIONS
    page_ids = {p.page.source[:3]: p.page.page_id for p in report.pages}
    assert page_ids == {"000": "cmp-v1", "001": "cmp-v1", "002": "cmp-v2", "003": "pool", "004": "csss"}


def test_both_v1_layouts_read_the_same_inventory() -> None:
    run_together, pipes = (report_for(next(SEEDS.glob(f"{n}_*.txt"))).pages[0].page for n in ("000", "001"))
    shape = [
        (
            op.method,
            op.path,
            sorted((p.location, p.name, p.type, p.required) for p in op.params),
            len(op.examples),
        )
        for op in run_together.operations
    ]
    assert shape == [
        (
            op.method,
            op.path,
            sorted((p.location, p.name, p.type, p.required) for p in op.params),
            len(op.examples),
        )
        for op in pipes.operations
    ]
