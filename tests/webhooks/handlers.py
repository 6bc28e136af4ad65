"""Handlers the CLI loads by ``module:function`` in subprocess tests; they journal to a file.

Each call appends ``start <key>`` before its work and ``done <key>`` after, fsynced, so a test can
count completed handler runs per event across process kills.
"""

from __future__ import annotations

import os
import time

from linksfield.webhooks import Event

JOURNAL_ENV = "WEBHOOK_TEST_JOURNAL"
SLOW_ENV = "WEBHOOK_TEST_SLOW_KEY"
FAIL_ENV = "WEBHOOK_TEST_FAIL_FLAG"


def _write(line: str) -> None:
    with open(os.environ[JOURNAL_ENV], "a", encoding="utf-8") as journal:
        journal.write(line + "\n")
        journal.flush()
        os.fsync(journal.fileno())


def journal(event: Event) -> None:
    """Slow (3 s) the first time it sees the event whose dedup key contains WEBHOOK_TEST_SLOW_KEY,
    so a kill can land mid-handler; quick on the retry."""
    first = f"start {event.dedup_key}" not in read_journal(os.environ[JOURNAL_ENV])
    _write(f"start {event.dedup_key}")
    slow = os.environ.get(SLOW_ENV)
    if first and slow and slow in event.dedup_key:
        time.sleep(3.0)
    _write(f"done {event.dedup_key}")


def journal_unless_flag(event: Event) -> None:
    """Fails while the file named by WEBHOOK_TEST_FAIL_FLAG exists (a broken downstream)."""
    flag = os.environ.get(FAIL_ENV)
    if flag and os.path.exists(flag):
        raise RuntimeError("downstream unavailable")
    _write(f"done {event.dedup_key}")


def read_journal(path: str) -> list[str]:
    try:
        with open(path, encoding="utf-8") as journal:
            return journal.read().splitlines()
    except FileNotFoundError:
        return []
