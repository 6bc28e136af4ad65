"""Crash faults with a file database, each kill landing at an exact step of the delivery contract
(``delivery.py``): the receiver holds at a point the test chose, journals that it is there, and
is SIGKILLed there, then restarted on the same port while the vendor (a thread) keeps resending
whatever was not acknowledged. Nothing depends on when a kill happens to land.

* kill while a plain handler runs: it runs again after the restart, and ``attempts`` says 2;
* kill after a plain handler returned, before its "handled" mark committed: it runs again (the
  one documented window in which a *completed* run is repeated);
* kill after the event was stored, before it was acknowledged: the vendor's resend is recognised
  as a duplicate and the handler runs once;
* an inbox handler killed mid-run or after it returned: its write and the mark are both absent,
  then, after the restart, both present, once (exactly once);
* no other event is ever run twice, none is lost, and each acknowledged push was stored first.
"""

from __future__ import annotations

import logging
import sqlite3
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest

from linksfield.webhooks import EventState, RetryPolicy, SQLiteEventStore, StoredEvent, cli, make_app, parse
from linksfield.webhooks.cli import load_handler

from .fault_receiver import PAUSE_ENV
from .handlers import BLOCK_ENV, FAIL_ENV, JOURNAL_ENV, read_journal
from .support import EXAMPLES, ReceiverProcess, ServerThread, body, free_port, order_push, subprocess_env

ACKS = (b"1", b'{"code":"0","message":"success"}')


def stream() -> list[bytes]:
    """14 pushes: three orders' lifecycles interleaved as a busy account sees them, and two SMS."""
    pushes = [
        body(order_push(f"ORD{n}", op, f"2024-06-01 10:0{i}:00", assetid=f"{n:020d}"))
        for i, op in enumerate(["1000", "1005", "1003", "1004"])
        for n in range(3)
    ]
    pushes.insert(5, body(EXAMPLES["SmsMtPush"]))
    pushes.insert(10, body(EXAMPLES["SmsMoPush"]))
    return pushes


class Sender(threading.Thread):
    """The vendor's side: each push is resent until the documented acknowledgement comes back.

    ``gate`` lets the test hold back the *next* push (resends go on), so that after a restart the
    event that was in flight is run again before the next hold point is reached.
    """

    def __init__(self, url: str, pushes: list[bytes]) -> None:
        super().__init__(daemon=True)
        self.url = url
        self.pushes = pushes
        self.acked: list[str] = []
        self.resent: Counter[str] = Counter()
        self.gate = threading.Event()
        self.gate.set()

    def run(self) -> None:
        with httpx.Client(timeout=30, trust_env=False) as client:
            for raw in self.pushes:
                self.gate.wait(timeout=120)
                key = parse({}, raw).dedup_key
                while True:
                    try:
                        response = client.post(self.url, content=raw)
                        if response.status_code == 200 and response.content in ACKS:
                            break
                    except httpx.TransportError:
                        pass
                    self.resent[key] += 1
                    time.sleep(0.05)
                self.acked.append(key)


def wait(predicate: Callable[[], bool], what: str, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.01)
    raise AssertionError(f"timed out: {what}")


class Rig:
    """One receiver at a time on a fixed port and file database, restarted with new hold points."""

    def __init__(self, tmp_path: Path, handler: str) -> None:
        self.tmp_path = tmp_path
        self.db, self.journal = tmp_path / "events.db", tmp_path / "journal.txt"
        self.port = free_port()
        self.args = ["--host", "127.0.0.1", "--port", str(self.port), "--db", str(self.db), "--handler", handler,
                     "--lease", "1", "--backoff", "0.1", "--poll-interval", "0.05", "--log-level", "warning"]  # fmt: skip
        self.receiver: ReceiverProcess | None = None
        self.url = f"http://127.0.0.1:{self.port}/"

    def start(self, **faults: str) -> None:
        env = {JOURNAL_ENV: str(self.journal), **faults}
        self.receiver = ReceiverProcess(
            self.tmp_path, *self.args, env=env, module="tests.webhooks.fault_receiver"
        ).start()

    def kill_at(self, line: str, sender: Sender) -> None:
        """Wait until the receiver journals ``line`` (it then holds there), and SIGKILL it. The
        sender's next new push waits for ``resume``: it is stuck resending the held one anyway."""
        wait(lambda: line in self.lines(), f"the receiver to reach {line!r}")
        sender.gate.clear()
        assert self.receiver is not None
        self.receiver.kill()

    def resume(self, sender: Sender, in_flight: str | None) -> None:
        """Once the event in flight at the last kill is handled again (the retry loop, after its
        lease expired, or the sender's resend), let the sender go on to new pushes."""
        if in_flight is not None:
            wait(lambda: self.handled(in_flight), f"{in_flight} run again and marked handled")
        sender.gate.set()

    def stop(self) -> None:
        if self.receiver is not None:
            self.receiver.stop()

    def lines(self) -> list[str]:
        return read_journal(str(self.journal))

    def runs(self, what: str) -> Counter[str]:
        return Counter(line.split(" ", 1)[1] for line in self.lines() if line.startswith(what + " "))

    def stored(self) -> dict[str, StoredEvent]:
        store = SQLiteEventStore(self.db)
        try:
            return {s.dedup_key: s for s in store.events()}
        finally:
            store.close()

    def handled(self, key: str) -> bool:
        stored = self.stored().get(key)
        return stored is not None and stored.state is EventState.HANDLED


def assert_stored_before_acknowledged(rig: Rig, sender: Sender) -> None:
    stored = rig.stored()
    assert set(sender.acked) <= set(stored), "acknowledged but not stored"


def test_kill_and_restart_mid_stream_loses_nothing_and_repeats_only_in_flight_events(tmp_path: Path) -> None:
    pushes = stream()
    keys = [parse({}, raw).dedup_key for raw in pushes]
    running, returned, unacked = keys[3], keys[5], keys[10]  # ORD0:1005, the SMS MT, the SMS MO
    rig = Rig(tmp_path, "tests.webhooks.handlers:journal")
    sender = Sender(rig.url, pushes)
    try:
        # 1. Killed while the handler of `running` runs.
        rig.start(**{BLOCK_ENV: running})
        sender.start()
        rig.kill_at(f"blocked {running}", sender)
        stored = rig.stored()
        assert_stored_before_acknowledged(rig, sender)
        assert sender.acked == keys[:3]
        assert stored[running].state is EventState.PENDING and stored[running].attempts == 1
        assert rig.runs("start")[running] == 1 and rig.runs("done")[running] == 0
        assert all(stored[k].state is EventState.HANDLED for k in keys[:3])

        # 2. Killed after the handler of `returned` returned, before its mark was committed.
        rig.start(**{PAUSE_ENV: f"mark:{returned}"})
        rig.resume(sender, running)
        rig.kill_at(f"paused mark {returned}", sender)
        stored = rig.stored()
        assert_stored_before_acknowledged(rig, sender)
        assert stored[returned].state is EventState.PENDING and stored[returned].attempts == 1
        assert rig.runs("done")[returned] == 1
        assert stored[running].state is EventState.HANDLED and stored[running].attempts == 2

        # 3. Killed after `unacked` was committed, before it was acknowledged.
        rig.start(**{PAUSE_ENV: f"add:{unacked}"})
        rig.resume(sender, returned)
        rig.kill_at(f"paused add {unacked}", sender)
        stored = rig.stored()
        assert_stored_before_acknowledged(rig, sender)
        assert unacked in stored and unacked not in sender.acked
        assert stored[unacked].state is EventState.PENDING and stored[unacked].attempts == 0
        assert rig.runs("start")[unacked] == 0

        # 4. No faults: the vendor's resend of `unacked` is a duplicate; the rest of the stream flows.
        rig.start()
        rig.resume(sender, None)
        sender.join(timeout=60)
        assert not sender.is_alive() and sender.acked == keys
        wait(lambda: all(s.state is EventState.HANDLED for s in rig.stored().values()), "all handled")
        time.sleep(0.3)  # a second run, if there were one, would show up here
    finally:
        rig.stop()

    stored = rig.stored()
    assert list(stored) == keys, "every push stored once, in the order sent"
    again = {running, returned}
    assert rig.runs("start") == Counter({k: 2 if k in again else 1 for k in keys})
    assert rig.runs("done") == Counter({k: 2 if k == returned else 1 for k in keys})
    assert {k: s.attempts for k, s in stored.items()} == {k: 2 if k in again else 1 for k in keys}
    assert {k: s.duplicates for k, s in stored.items()} == {
        k: 1 if k in {running, returned, unacked} else 0 for k in keys
    }
    assert set(sender.resent) == {running, returned, unacked}


def ledger_rows(db: Path) -> Counter[str]:
    with sqlite3.connect(db) as raw:
        if not raw.execute("SELECT 1 FROM sqlite_master WHERE name = 'ledger'").fetchone():
            return Counter()
        return Counter(row[0] for row in raw.execute("SELECT dedup_key FROM ledger"))


def assert_effect_iff_handled(rig: Rig) -> None:
    rows = ledger_rows(rig.db)
    for key, stored in rig.stored().items():
        expected = 1 if stored.state is EventState.HANDLED else 0
        assert rows[key] == expected, (key, stored.state, rows[key])


def test_kill_inbox_handler_mid_run_and_before_commit_books_each_event_exactly_once(tmp_path: Path) -> None:
    pushes = stream()[:8]
    keys = [parse({}, raw).dedup_key for raw in pushes]
    running, returned = keys[2], keys[5]
    rig = Rig(tmp_path, "tests.webhooks.handlers:ledger")
    sender = Sender(rig.url, pushes)
    try:
        # 1. Killed while the inbox handler runs, its ledger row written and not committed.
        rig.start(**{BLOCK_ENV: running})
        sender.start()
        rig.kill_at(f"blocked {running}", sender)
        assert_stored_before_acknowledged(rig, sender)
        assert_effect_iff_handled(rig)
        assert rig.stored()[running].attempts == 1 and ledger_rows(rig.db)[running] == 0

        # 2. Killed after the inbox handler of `returned` returned, before the commit.
        rig.start(**{PAUSE_ENV: f"commit:{returned}"})
        rig.resume(sender, running)
        rig.kill_at(f"paused commit {returned}", sender)
        assert_stored_before_acknowledged(rig, sender)
        assert_effect_iff_handled(rig)
        assert rig.stored()[returned].attempts == 1 and ledger_rows(rig.db)[returned] == 0
        assert rig.stored()[running].attempts == 2 and ledger_rows(rig.db)[running] == 1

        # 3. No faults.
        rig.start()
        rig.resume(sender, returned)
        sender.join(timeout=60)
        assert not sender.is_alive() and sender.acked == keys
        wait(lambda: all(s.state is EventState.HANDLED for s in rig.stored().values()), "all handled")
        time.sleep(0.3)
    finally:
        rig.stop()

    assert_effect_iff_handled(rig)
    assert ledger_rows(rig.db) == Counter(keys), "each event booked exactly once"
    again = {running, returned}
    assert rig.runs("start") == Counter({k: 2 if k in again else 1 for k in keys})
    assert {k: s.attempts for k, s in rig.stored().items()} == {k: 2 if k in again else 1 for k in keys}


def test_replay_cli_reruns_parked_events_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                              capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    db, journal, flag = tmp_path / "events.db", tmp_path / "journal.txt", tmp_path / "downstream-down"
    flag.touch()
    env = {JOURNAL_ENV: str(journal), FAIL_ENV: str(flag)}
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    spec = "tests.webhooks.handlers:journal_unless_flag"
    app = make_app(load_handler(spec), store=SQLiteEventStore(db), policy=RetryPolicy(max_attempts=1))
    with ServerThread(app) as server:
        for name in ("OrderStatusPush", "SmsMtPush", "SmsMoPush"):
            assert httpx.post(server.url, content=body(EXAMPLES[name]), timeout=10).status_code == 200
    assert read_journal(str(journal)) == []
    assert dict(SQLiteEventStore(db).counts())["failed"] == 3

    assert cli.main(["replay", "--db", str(db), "--handler", spec]) == 1  # downstream still down
    assert "0 handled, 3 failed" in capsys.readouterr().out
    flag.unlink()
    fixed = subprocess.run(
        [sys.executable, "-m", "linksfield.webhooks", "replay", "--db", str(db), "--handler", spec],
        env=subprocess_env(**env), capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert fixed.returncode == 0 and "3 handled, 0 failed" in fixed.stdout, fixed.stderr
    assert cli.main(["replay", "--db", str(db), "--handler", spec]) == 0
    assert "0 handled, 0 failed" in capsys.readouterr().out
    assert len(read_journal(str(journal))) == 3


def test_default_handler_logs_and_bad_handler_spec_is_refused(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.INFO, logger="linksfield.webhooks"), ServerThread(make_app()) as server:
        assert httpx.post(server.url, content=body(EXAMPLES["OrderStatusPush"]), timeout=10).content == b"1"
    assert "order_status_push:L201901290000000533:1001:2019-10-16 12:34:54" in caplog.text
    for spec in (
        "nope",
        "nope:",
        "no_such_module_xyz:f",
        "tests.webhooks.handlers:missing",
        "tests.webhooks.handlers:JOURNAL_ENV",
    ):
        with pytest.raises(SystemExit):
            load_handler(spec)
