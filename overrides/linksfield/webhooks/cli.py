"""The webhook receiver's command line: run a receiver, or replay what its store still holds.

::

    linksfield webhooks serve --host 127.0.0.1 --port 8000 --db webhooks.db [--handler mod:fn]
    linksfield webhooks replay --db webhooks.db [--handler mod:fn] [--pending-only]

``python -m linksfield.webhooks`` is the same program, and both run ``serve`` when no command is
named. The socket is bound before uvicorn starts so ``--port 0`` can report the port it got: the
first line on stdout is always ``webhooks listening on http://HOST:PORT``. The default handler logs
each event; ``--handler`` names a plain ``function(event)`` or an inbox handler (a function
decorated with ``@linksfield.webhooks.inbox``, taking ``(event, tx)``), which is recognised by its
type. Signature checking is on only when ``LINKSFIELD_WEBHOOK_SECRET`` is set (a secret on the
command line would show in ``ps``).
"""

from __future__ import annotations

import importlib
import logging
import os
import socket
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Annotated, Final

import typer

from linksfield.cli.standalone import run

from .delivery import RetryPolicy, log_event, replay
from .handlers import AnyHandler, check_handler
from .sqlite_store import SQLiteEventStore
from .tracker import OrderTracker
from .verify import LfHmacSha1Verifier

__all__ = ["StoreFactory", "app", "load_handler", "main", "run_replay", "serve"]

SECRET_ENV: Final = "LINKSFIELD_WEBHOOK_SECRET"
DEFAULT_DB: Final = "webhooks.db"
_COMMANDS: Final = ("serve", "replay")
_HELP: Final = ("-h", "--help")

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


Db = Annotated[str, typer.Option("--db", help="SQLite event store")]
HandlerSpec = Annotated[
    str | None, typer.Option("--handler", help="module:function run on each event (default: log it)")
]
LogLevel = Annotated[str, typer.Option("--log-level", help="logging level")]

app = typer.Typer(
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    no_args_is_help=False,
    context_settings={"help_option_names": list(_HELP)},
    help="Receive Linksfield order and SMS pushes: verify, store durably, acknowledge, and run the handler "
    "(at least once; exactly once for what an @inbox handler writes through tx).",
)


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


@app.command("serve", help="Run the receiver until interrupted (the default command).")
def serve_command(
    ctx: typer.Context,
    host: Annotated[str, typer.Option("--host", help="interface to bind")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="port; 0 picks a free one")] = 8000,
    max_attempts: Annotated[
        int, typer.Option("--max-attempts", help="handler attempts before parking an event (0: never)")
    ] = 10,
    backoff: Annotated[float, typer.Option("--backoff", help="first retry delay in seconds (doubles)")] = 1.0,
    lease: Annotated[float, typer.Option("--lease", help="seconds a handler run keeps others off")] = 60.0,
    poll_interval: Annotated[
        float, typer.Option("--poll-interval", help="seconds between retry passes")
    ] = 1.0,
    body_timeout: Annotated[
        float, typer.Option("--body-timeout", help="seconds a request may take to send its body (408)")
    ] = 30.0,
    db: Db = DEFAULT_DB,
    handler: HandlerSpec = None,
    log_level: LogLevel = "info",
) -> None:
    import uvicorn

    from .app import make_app

    store_factory: StoreFactory = ctx.obj or SQLiteEventStore
    _logging(log_level)
    secret = os.environ.get(SECRET_ENV)
    policy = RetryPolicy(
        backoff=backoff,
        max_attempts=max_attempts or None,
        lease_seconds=lease,
        poll_interval=poll_interval,
    )
    asgi = make_app(
        load_handler(handler),
        store=store_factory(Path(db)),
        verifier=LfHmacSha1Verifier(secret) if secret else None,
        tracker=OrderTracker(),
        policy=policy,
        body_timeout=body_timeout,
    )
    sock = _bind(host, port)
    bound_host, bound_port = sock.getsockname()[:2]
    shown = f"[{bound_host}]" if ":" in str(bound_host) else str(bound_host)
    print(f"webhooks listening on http://{shown}:{bound_port}", flush=True)
    print(f"database: {db}", flush=True)
    print(f"signature verification: {'on' if secret else 'off'}", flush=True)
    config = uvicorn.Config(asgi, log_level=log_level, lifespan="on", timeout_graceful_shutdown=3)
    uvicorn.Server(config).run(sockets=[sock])


@app.command("replay", help="Run the handler now on every pending (and parked failed) event of the store.")
def replay_command(
    pending_only: Annotated[
        bool, typer.Option("--pending-only", help="leave events parked as failed alone")
    ] = False,
    db: Db = DEFAULT_DB,
    handler: HandlerSpec = None,
    log_level: LogLevel = "info",
) -> None:
    _logging(log_level)
    store = SQLiteEventStore(db)
    try:
        result = replay(store, load_handler(handler), include_failed=not pending_only)
        counts = dict(store.counts())
    finally:
        store.close()
    print(
        f"replayed: {len(result.handled)} handled, {len(result.failed)} failed, "
        f"{len(result.skipped)} skipped (in use); store now {counts}",
        flush=True,
    )
    raise typer.Exit(1 if result.failed else 0)


def _with_command(argv: Sequence[str]) -> list[str]:
    """``serve`` unless the arguments name a command (or ask for the overview with ``--help``)."""
    args = list(argv)
    if args and (args[0] in _COMMANDS or args[0] in _HELP):
        return args
    return ["serve", *args]


def serve(
    argv: Sequence[str],
    *,
    store_factory: StoreFactory = SQLiteEventStore,
    prog_name: str = "python -m linksfield.webhooks",
) -> int:
    """Run the receiver until interrupted. ``store_factory`` opens ``--db`` (tests inject faults)."""
    return run(app, ["serve", *argv], prog_name, obj=store_factory)


def run_replay(argv: Sequence[str], *, prog_name: str = "python -m linksfield.webhooks") -> int:
    return run(app, ["replay", *argv], prog_name)


def main(argv: Sequence[str] | None = None, *, prog_name: str = "python -m linksfield.webhooks") -> int:
    return run(app, _with_command(sys.argv[1:] if argv is None else argv), prog_name)
