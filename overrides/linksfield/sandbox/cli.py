"""``python -m linksfield.sandbox``: flags (each also a ``LINKSFIELD_SANDBOX_*`` variable), then uvicorn.

The listening socket is bound before uvicorn starts so ``--port 0`` can print the port it got: the
first line on stdout is always ``sandbox listening on http://HOST:PORT``, which scripts and the test
fixture read. Credentials follow, one per line; values the user supplied are shown as ``(set)``, only
the public defaults are printed in full. The banner also names the operations answered from the
spec alone (no handler), with where their answer comes from; warnings logged while the app is built
follow the banner, never precede it.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import os
import socket
import sys
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final

from . import config as defaults
from .config import SandboxConfig
from .faults import parse_fault_spec

if TYPE_CHECKING:
    from .spec_answers import Served

__all__ = ["build_parser", "config_from_args", "main"]

ENV_PREFIX: Final = "LINKSFIELD_SANDBOX_"


@dataclass(frozen=True)
class _Flag:
    name: str
    help: str
    default: str | None
    secret: bool = False
    const: str | None = None
    """Set for switches: the bare flag means this value (``--require-digest``)."""

    @property
    def env(self) -> str:
        return ENV_PREFIX + self.name.upper().replace("-", "_")

    @property
    def dest(self) -> str:
        return self.name.replace("-", "_")


_FLAGS: Final = (
    _Flag("host", "interface to bind", "127.0.0.1"),
    _Flag("port", "port to bind; 0 picks a free one", "8080"),
    _Flag("db", "SQLite file keeping state across restarts; in-memory by default", ":memory:"),
    _Flag("access-key", "CMP HMAC access key", defaults.DEFAULT_ACCESS_KEY),
    _Flag("secret-key", "CMP HMAC secret key", defaults.DEFAULT_SECRET_KEY, secret=True),
    _Flag("csss-access-code", "CSSS partner access code", defaults.DEFAULT_CSSS_ACCESS_CODE),
    _Flag("csss-secret", "CSSS signing secret", defaults.DEFAULT_CSSS_SECRET, secret=True),
    _Flag(
        "pool-credential", "pool/card API header credential", defaults.DEFAULT_POOL_CREDENTIAL, secret=True
    ),
    _Flag("pool-header", "header carrying the pool credential", defaults.DEFAULT_POOL_HEADER),
    _Flag("callback-url", "where order and SMS pushes are POSTed; none by default", None),
    _Flag(
        "faults",
        "fault spec, e.g. rate429=0.1,error5xx=0.05,latency=0.02,drop_before=0.02,drop_after=0.02,seed=7 "
        "(keys: rate429 retry_after error5xx error5xx_after latency latency_s drop_before drop_after seed "
        "only); off by default",
        "",
    ),
    _Flag("clock-skew", "CMP Date tolerance in seconds; 0 = not checked (default)", "0"),
    _Flag("require-digest", "demand X-HMAC-DIGEST over the body (bare flag, or 1/true/yes)", "0", const="1"),
    _Flag("csss-skew", "CSSS timestamp tolerance in seconds; 0 = not checked", "300"),
    _Flag("push-backoff", "first retry delay of an unacknowledged push, seconds (doubles, max 60)", "0.5"),
    _Flag(
        "max-body-bytes",
        "largest request body accepted, in bytes; a bigger one is answered 413 unread",
        str(defaults.DEFAULT_MAX_BODY_BYTES),
    ),
    _Flag("seed", "seed of the generated data", str(defaults.DEFAULT_SEED)),
    _Flag("devices", "number of seeded devices/SIMs", "300"),
    _Flag("log-level", "uvicorn log level", "warning"),
    _Flag(
        "spec",
        "bundled OpenAPI document to serve (e.g. a regenerated generated/linksfield_api/openapi.json); "
        "operations without a handler answer from it alone; the installed client's by default",
        None,
    ),
)


def _truthy(text: str) -> bool:
    return text.strip().lower() in ("1", "true", "yes", "on")


def build_parser(environ: dict[str, str] | None = None) -> argparse.ArgumentParser:
    environ = dict(os.environ if environ is None else environ)
    parser = argparse.ArgumentParser(
        prog="python -m linksfield.sandbox",
        description="Local stand-in for the Linksfield CMP, CSSS and pool/card APIs.",
        epilog="Every flag can also be set through the environment variable named in its help.",
    )
    for flag in _FLAGS:
        default = environ.get(flag.env, flag.default)
        switch: dict[str, str] = {"nargs": "?", "const": flag.const} if flag.const is not None else {}
        parser.add_argument(
            f"--{flag.name}",
            dest=flag.dest,
            default=default,
            **switch,  # type: ignore[arg-type]
            help=f"{flag.help} [{flag.env}]"
            + ("" if flag.secret or default in (None, "") else f" (default: {default})"),
        )
    return parser


def config_from_args(args: argparse.Namespace) -> tuple[SandboxConfig, str, int, str]:
    """The app's config plus host, port and log level (which belong to the server, not the app)."""

    def integer(name: str) -> int:
        try:
            return int(getattr(args, name))
        except ValueError:
            raise SystemExit(f"--{name.replace('_', '-')} must be a whole number") from None

    def number(name: str) -> float:
        try:
            return float(getattr(args, name))
        except ValueError:
            raise SystemExit(f"--{name.replace('_', '-')} must be a number") from None

    try:
        faults = parse_fault_spec(args.faults)
    except ValueError as exc:
        raise SystemExit(f"--faults: {exc}") from None
    config = SandboxConfig(
        db=args.db,
        access_key=args.access_key,
        secret_key=args.secret_key,
        csss_access_code=args.csss_access_code,
        csss_secret=args.csss_secret,
        pool_credential=args.pool_credential,
        pool_header=args.pool_header,
        callback_url=args.callback_url or None,
        faults=faults,
        clock_skew=integer("clock_skew"),
        require_digest=_truthy(str(args.require_digest)),
        csss_skew=integer("csss_skew"),
        seed=integer("seed"),
        devices=integer("devices"),
        push_backoff=number("push_backoff"),
        spec=args.spec or None,
        max_body_bytes=integer("max_body_bytes"),
    )
    if config.max_body_bytes < 1:
        raise SystemExit("--max-body-bytes must be at least 1")
    return config, str(args.host), integer("port"), str(args.log_level)


def _bind(host: str, port: int) -> socket.socket:
    family, kind, proto, _, address = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0]
    sock = socket.socket(family, kind, proto)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(address)
    sock.listen(128)  # connections queue from here on, before uvicorn's loop runs
    sock.set_inheritable(True)
    return sock


def _banner(config: SandboxConfig, url: str, served: Mapping[str, Served]) -> list[str]:
    def shown(value: str, default: str) -> str:
        return value if value == default else "(set)"

    from_spec = [f"{name} ({s.answer.source})" for name, s in served.items() if s.answer is not None]

    return [
        f"sandbox listening on {url}",
        f"cmp access key: {config.access_key}",
        f"cmp secret key: {shown(config.secret_key, defaults.DEFAULT_SECRET_KEY)}",
        f"csss access code: {config.csss_access_code}",
        f"csss secret: {shown(config.csss_secret, defaults.DEFAULT_CSSS_SECRET)}",
        f"pool credential header: {config.pool_header}",
        f"pool credential: {shown(config.pool_credential, defaults.DEFAULT_POOL_CREDENTIAL)}",
        f"database: {config.db}",
        f"callback url: {config.callback_url or '(none)'}",
        f"faults: {config.faults.text or 'off'}",
        f"spec: {config.spec or '(bundled)'}",
        f"served from the spec alone: {', '.join(from_spec) or '(none)'}",
        f"admin: {url}/_sandbox/stats",
    ]


class _Hold(logging.Handler):
    def __init__(self) -> None:
        super().__init__()
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@contextlib.contextmanager
def _held_logs() -> Iterator[list[logging.LogRecord]]:
    """Hold what the sandbox logs while the app is built (a spec operation whose schema cannot be
    satisfied, say) until the banner is out: its first line must stay the URL, which scripts read."""
    logger = logging.getLogger("linksfield.sandbox")
    hold, propagate = _Hold(), logger.propagate
    logger.addHandler(hold)
    logger.propagate = False
    try:
        yield hold.records
    finally:
        logger.removeHandler(hold)
        logger.propagate = propagate


def _replay(records: list[logging.LogRecord]) -> None:
    for record in records:
        logging.getLogger(record.name).handle(record)
    records.clear()


def main(argv: Sequence[str] | None = None) -> int:
    import uvicorn

    from .app import create_app

    args = build_parser().parse_args(argv)
    config, host, port, log_level = config_from_args(args)
    with _held_logs() as held:
        try:
            app = create_app(config)
        except (OSError, ValueError) as exc:
            _replay(held)
            if config.spec is None:
                raise
            raise SystemExit(f"--spec: {exc}") from None  # unreadable, or not an OpenAPI document
    sock = _bind(host, port)
    bound_host, bound_port = sock.getsockname()[:2]
    shown_host = f"[{bound_host}]" if ":" in str(bound_host) else str(bound_host)
    served = app.state.runtime.served
    print("\n".join(_banner(config, f"http://{shown_host}:{bound_port}", served)), flush=True)
    _replay(held)
    # Handlers run in worker threads (``dispatch``); a CPU-bound one (a batch of 100,000 devices)
    # holds the GIL for the whole switch interval each time the loop's thread asks for it, and
    # answering one request takes dozens of such hand-overs. 1 ms instead of the default 5 ms
    # keeps the loop (the health check, other clients) answering within tens of milliseconds.
    sys.setswitchinterval(0.001)
    server = uvicorn.Server(
        uvicorn.Config(
            app,
            log_level=log_level,
            # The app sets Date itself: it is part of the signed CMP answer, and a second Date
            # header from the server would make the answer ambiguous to verify.
            date_header=False,
            server_header=False,
            access_log=log_level in ("debug", "trace", "info"),
            lifespan="on",
            timeout_graceful_shutdown=3,
        )
    )
    server.run(sockets=[sock])
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
