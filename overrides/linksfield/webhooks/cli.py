"""``python -m linksfield.webhooks``: run a receiver, or replay what its store still holds.

::

    python -m linksfield.webhooks [serve] --host 127.0.0.1 --port 8000 --db webhooks.db [--handler mod:fn]
    python -m linksfield.webhooks replay --db webhooks.db [--handler mod:fn] [--pending-only]

The socket is bound before uvicorn starts so ``--port 0`` can report the port it got: the first
line on stdout is always ``webhooks listening on http://HOST:PORT``. The default handler logs each
event; ``--handler`` names a plain ``function(event)`` or an inbox handler (a function decorated
with ``@linksfield.webhooks.inbox``, taking ``(event, tx)``), which is recognised by its type. Signature checking is on only when ``LINKSFIELD_WEBHOOK_SECRET`` is set (a secret on the
command line would show in ``ps``).
"""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import socket
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Final

from .delivery import RetryPolicy, log_event, replay
from .handlers import AnyHandler, check_handler
from .sqlite_store import SQLiteEventStore
from .tracker import OrderTracker
from .verify import LfHmacSha1Verifier

__all__ = ["StoreFactory", "load_handler", "main", "serve"]

SECRET_ENV: Final = "LINKSFIELD_WEBHOOK_SECRET"
DEFAULT_DB: Final = "webhooks.db"

StoreFactory = Callable[[Path], SQLiteEventStore]
"""How ``serve`` opens ``--db``: ``SQLiteEventStore`` itself, or (tests) a subclass of it."""


def load_handler(spec: str | None) -> AnyHandler:
    """``package.module:function`` (or ``module:object.method``); None means log each event.

    What it names decides the kind of handler: an ``@inbox`` object is an inbox handler, any
    other callable taking one argument a plain handler.
    """
    if not spec:
        return log_event
    module_name, sep, attribute = spec.partition(":")
    if not sep or not module_name or not attribute:
        raise SystemExit(f"--handler must look like module:function, got {spec!r}")
    try:
        target: object = importlib.import_module(module_name)
        for part in attribute.split("."):
            target = getattr(target, part)
    except (ImportError, AttributeError) as exc:
        raise SystemExit(f"--handler {spec}: {exc}") from None
    try:
        return check_handler(target)
    except TypeError as exc:
        raise SystemExit(f"--handler {spec}: {exc}") from None


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", default=DEFAULT_DB, help=f"SQLite event store (default: {DEFAULT_DB})")
    parser.add_argument("--handler", default=None, help="module:function run on each event (default: log it)")
    parser.add_argument("--log-level", default="info", help="logging level (default: info)")


def _serve_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m linksfield.webhooks",
        description="Receive Linksfield order and SMS pushes: verify, store durably, acknowledge, and run the"
        " handler (at least once; exactly once for what an @inbox handler writes through tx).",
        epilog="Subcommand `replay` re-runs the handler on pending events of a store.",
    )
    parser.add_argument("--host", default="127.0.0.1", help="interface to bind (default: 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8000, help="port; 0 picks a free one (default: 8000)")
    parser.add_argument(
        "--max-attempts", type=int, default=10, help="handler attempts before parking an event"
    )
    parser.add_argument("--backoff", type=float, default=1.0, help="first retry delay in seconds (doubles)")
    parser.add_argument("--lease", type=float, default=60.0, help="seconds a handler run keeps others off")
    parser.add_argument("--poll-interval", type=float, default=1.0, help="seconds between retry passes")
    parser.add_argument(
        "--body-timeout", type=float, default=30.0, help="seconds a request may take to send its body (408)"
    )
    _common(parser)
    return parser


def _replay_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m linksfield.webhooks replay",
        description="Run the handler now on every pending (and parked failed) event of the store.",
    )
    parser.add_argument("--pending-only", action="store_true", help="leave events parked as failed alone")
    _common(parser)
    return parser


def _logging(level: str) -> None:
    logging.basicConfig(level=level.upper(), format="[%(asctime)s %(name)s %(levelname)s] %(message)s")


def _bind(host: str, port: int) -> socket.socket:
    family, kind, proto, _, address = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0]
    sock = socket.socket(family, kind, proto)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(address)
    sock.listen(128)
    sock.set_inheritable(True)
    return sock


def serve(argv: Sequence[str], *, store_factory: StoreFactory = SQLiteEventStore) -> int:
    """Run the receiver until interrupted. ``store_factory`` opens ``--db`` (tests inject faults)."""
    import uvicorn

    from .app import make_app

    args = _serve_parser().parse_args(argv)
    _logging(args.log_level)
    secret = os.environ.get(SECRET_ENV)
    policy = RetryPolicy(
        backoff=args.backoff,
        max_attempts=args.max_attempts or None,
        lease_seconds=args.lease,
        poll_interval=args.poll_interval,
    )
    app = make_app(
        load_handler(args.handler),
        store=store_factory(Path(args.db)),
        verifier=LfHmacSha1Verifier(secret) if secret else None,
        tracker=OrderTracker(),
        policy=policy,
        body_timeout=args.body_timeout,
    )
    sock = _bind(args.host, args.port)
    host, port = sock.getsockname()[:2]
    shown = f"[{host}]" if ":" in str(host) else str(host)
    print(f"webhooks listening on http://{shown}:{port}", flush=True)
    print(f"database: {args.db}", flush=True)
    print(f"signature verification: {'on' if secret else 'off'}", flush=True)
    config = uvicorn.Config(app, log_level=args.log_level, lifespan="on", timeout_graceful_shutdown=3)
    uvicorn.Server(config).run(sockets=[sock])
    return 0


def run_replay(argv: Sequence[str]) -> int:
    args = _replay_parser().parse_args(argv)
    _logging(args.log_level)
    store = SQLiteEventStore(args.db)
    try:
        result = replay(store, load_handler(args.handler), include_failed=not args.pending_only)
        counts = dict(store.counts())
    finally:
        store.close()
    print(
        f"replayed: {len(result.handled)} handled, {len(result.failed)} failed, "
        f"{len(result.skipped)} skipped (in use); store now {counts}",
        flush=True,
    )
    return 1 if result.failed else 0


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] == "replay":
        return run_replay(args[1:])
    if args and args[0] == "serve":
        args = args[1:]
    return serve(args)
