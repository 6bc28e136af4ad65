"""Handlers (and a hold point) the CLI loads by ``module:function`` in subprocess tests; they
journal to a file so a test can see, across process kills, exactly which runs started and ended.

Each line is appended and fsynced before the code goes on, so a line in the journal means the
process got at least that far. ``hold`` is how a test makes a kill land at an exact point: it
writes its line and then waits (bounded) for a release file the test never creates, so the test
reads the line, knows where the process is, and SIGKILLs it there.
"""

from __future__ import annotations

import os
import time

from linksfield.webhooks import Event, Transaction, inbox

JOURNAL_ENV = "WEBHOOK_TEST_JOURNAL"
BLOCK_ENV = "WEBHOOK_TEST_BLOCK"
"""A dedup-key fragment: the handler run for that event holds (``blocked <key>``) mid-run."""
RELEASE_ENV = "WEBHOOK_TEST_RELEASE"
"""A path: a hold ends when it exists (or after HOLD_LIMIT seconds, so no process waits forever)."""
FAIL_ENV = "WEBHOOK_TEST_FAIL_FLAG"
HOLD_LIMIT = 120.0


def _write(line: str) -> None:
    with open(os.environ[JOURNAL_ENV], "a", encoding="utf-8") as journal:
        journal.write(line + "\n")
        journal.flush()
        os.fsync(journal.fileno())


def hold(line: str) -> None:
    """Journal ``line``, then wait for the release file: the test kills the process meanwhile."""
    _write(line)
    release = os.environ.get(RELEASE_ENV)
    deadline = time.monotonic() + HOLD_LIMIT
    while time.monotonic() < deadline and not (release and os.path.exists(release)):
        time.sleep(0.01)


def _blocks(event: Event) -> bool:
    fragment = os.environ.get(BLOCK_ENV)
    return fragment is not None and fragment != "" and fragment in event.dedup_key


def journal(event: Event) -> None:
    """A plain handler: ``start <key>``, (held if blocked), ``done <key>``."""
    _write(f"start {event.dedup_key}")
    if _blocks(event):
        hold(f"blocked {event.dedup_key}")
    _write(f"done {event.dedup_key}")


@inbox
def ledger(event: Event, tx: Transaction) -> None:
    """An inbox handler: books one ``ledger`` row per run in the receiver's transaction, then (if
    blocked) holds with the row written and not committed. The journal shows every run started."""
    _write(f"start {event.dedup_key}")
    tx.execute("CREATE TABLE IF NOT EXISTS ledger (dedup_key TEXT NOT NULL)")
    tx.execute("INSERT INTO ledger (dedup_key) VALUES (?)", (event.dedup_key,))
    if _blocks(event):
        hold(f"blocked {event.dedup_key}")


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
