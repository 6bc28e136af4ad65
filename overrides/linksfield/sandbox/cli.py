"""The sandbox's command line (``linksfield sandbox``, ``python -m linksfield.sandbox``): flags, then uvicorn.

Every flag is also a ``LINKSFIELD_SANDBOX_*`` variable. The listening socket is bound before uvicorn
starts so ``--port 0`` can print the port it got: the first line on stdout is always ``sandbox
listening on http://HOST:PORT``, which scripts and the test fixture read. Credentials follow, one
per line; values the user supplied are shown as ``(set)``, only the public defaults are printed in
full. The banner also names the operations answered from the spec alone (no handler), with where
their answer comes from; warnings logged while the app is built follow the banner, never precede it.

Numbers are read as text and checked here (``--port must be a whole number``) so a bad value is
named the same way whether it came from a flag or from the environment.
"""

from __future__ import annotations

import contextlib
import logging
import socket
import sys
from collections.abc import Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Annotated, Any, Final

import typer

from linksfield.cli.standalone import run

from . import config as defaults
from .config import SandboxConfig
from .gateway.faults import parse_fault_spec

if TYPE_CHECKING:
    from .spec.answers import Served

__all__ = ["ENV_PREFIX", "app", "config_from_params", "main"]

ENV_PREFIX: Final = "LINKSFIELD_SANDBOX_"
_SWITCH: Final = "--require-digest"
_WORDS: Final = {"1": True, "true": True, "yes": True, "on": True}


def _flag(name: str, help: str, *, secret: bool = False) -> Any:
    """``--NAME``, also read from ``LINKSFIELD_SANDBOX_NAME``; a secret's default is never shown."""
    env = ENV_PREFIX + name.upper().replace("-", "_")
    return typer.Option(f"--{name}", envvar=env, help=help, show_default=not secret, show_envvar=True)


app = typer.Typer(
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)


@app.command(
    help="Local stand-in for the Linksfield CMP, CSSS and pool/card APIs.",
    epilog="Every flag can also be set through the environment variable named in its help.",
)
def serve(
    ctx: typer.Context,
    host: Annotated[str, _flag("host", "interface to bind")] = "127.0.0.1",
    port: Annotated[str, _flag("port", "port to bind; 0 picks a free one")] = "8080",
    db: Annotated[
        str, _flag("db", "SQLite file keeping state across restarts; in-memory by default")
    ] = ":memory:",
    access_key: Annotated[str, _flag("access-key", "CMP HMAC access key")] = defaults.DEFAULT_ACCESS_KEY,
    secret_key: Annotated[
        str, _flag("secret-key", "CMP HMAC secret key", secret=True)
    ] = defaults.DEFAULT_SECRET_KEY,
    csss_access_code: Annotated[
        str, _flag("csss-access-code", "CSSS partner access code")
    ] = defaults.DEFAULT_CSSS_ACCESS_CODE,
    csss_secret: Annotated[
        str, _flag("csss-secret", "CSSS signing secret", secret=True)
    ] = defaults.DEFAULT_CSSS_SECRET,
    pool_credential: Annotated[
        str, _flag("pool-credential", "pool/card API header credential", secret=True)
    ] = defaults.DEFAULT_POOL_CREDENTIAL,
    pool_header: Annotated[
        str, _flag("pool-header", "header carrying the pool credential")
    ] = defaults.DEFAULT_POOL_HEADER,
    callback_url: Annotated[
        str | None, _flag("callback-url", "where order and SMS pushes are POSTed; none by default")
    ] = None,
    faults: Annotated[
        str,
        _flag(
            "faults",
            "fault spec, e.g. rate429=0.1,error5xx=0.05,latency=0.02,drop_before=0.02,drop_after=0.02,seed=7 "
            "(keys: rate429 retry_after error5xx error5xx_after latency latency_s drop_before drop_after "
            "seed only); off by default",
        ),
    ] = "",
    clock_skew: Annotated[str, _flag("clock-skew", "CMP Date tolerance in seconds; 0 = not checked")] = "0",
    require_digest: Annotated[
        bool,
        typer.Option(
            f"{_SWITCH}/--no-require-digest",
            envvar=ENV_PREFIX + "REQUIRE_DIGEST",
            show_envvar=True,
            help="demand X-HMAC-DIGEST over the body (bare flag, or 1/true/yes)",
        ),
    ] = False,
    csss_skew: Annotated[
        str, _flag("csss-skew", "CSSS timestamp tolerance in seconds; 0 = not checked")
    ] = "300",
    push_backoff: Annotated[
        str, _flag("push-backoff", "first retry delay of an unacknowledged push, seconds (doubles, max 60)")
    ] = "0.5",
    max_body_bytes: Annotated[
        str,
        _flag(
            "max-body-bytes", "largest request body accepted, in bytes; a bigger one is answered 413 unread"
        ),
    ] = str(defaults.DEFAULT_MAX_BODY_BYTES),
    seed: Annotated[str, _flag("seed", "seed of the generated data")] = str(defaults.DEFAULT_SEED),
    devices: Annotated[str, _flag("devices", "number of seeded devices/SIMs")] = "300",
    log_level: Annotated[str, _flag("log-level", "uvicorn log level")] = "warning",
    spec: Annotated[
        str | None,
        _flag(
            "spec",
            "bundled OpenAPI document to serve (e.g. a regenerated generated/linksfield_api/openapi.json); "
            "operations without a handler answer from it alone; the installed client's by default",
        ),
    ] = None,
) -> None:
    config, bound_host, bound_port, level = config_from_params(ctx.params)
    _serve(config, bound_host, bound_port, level)


def _switch_values(argv: Sequence[str]) -> list[str]:
    """``--require-digest VALUE`` and ``--require-digest=VALUE`` as the flag or its ``--no-`` form.

    The switch has always taken an optional value (bare, or 1/true/yes; anything else means off);
    click options cannot, so a value written after it is folded into the flag here.
    """
    out: list[str] = []
    index = 0
    while index < len(argv):
        arg = argv[index]
        value: str | None = None
        if arg.startswith(_SWITCH + "="):
            value = arg.partition("=")[2]
        elif arg == _SWITCH and index + 1 < len(argv) and not argv[index + 1].startswith("-"):
            index += 1
            value = argv[index]
        if value is None:
            out.append(arg)
        else:
            out.append(_SWITCH if _WORDS.get(value.strip().lower(), False) else "--no-require-digest")
        index += 1
    return out


def config_from_params(params: Mapping[str, Any]) -> tuple[SandboxConfig, str, int, str]:
    """The app's config plus host, port and log level (which belong to the server, not the app)."""

    def integer(name: str) -> int:
        try:
            return int(params[name])
        except ValueError:
            raise SystemExit(f"--{name.replace('_', '-')} must be a whole number") from None

    def number(name: str) -> float:
        try:
            return float(params[name])
        except ValueError:
            raise SystemExit(f"--{name.replace('_', '-')} must be a number") from None

    try:
        faults = parse_fault_spec(params["faults"])
    except ValueError as exc:
        raise SystemExit(f"--faults: {exc}") from None
    config = SandboxConfig(
        db=params["db"],
        access_key=params["access_key"],
        secret_key=params["secret_key"],
        csss_access_code=params["csss_access_code"],
        csss_secret=params["csss_secret"],
        pool_credential=params["pool_credential"],
        pool_header=params["pool_header"],
        callback_url=params["callback_url"] or None,
        faults=faults,
        clock_skew=integer("clock_skew"),
        require_digest=bool(params["require_digest"]),
        csss_skew=integer("csss_skew"),
        seed=integer("seed"),
        devices=integer("devices"),
        push_backoff=number("push_backoff"),
        spec=params["spec"] or None,
        max_body_bytes=integer("max_body_bytes"),
    )
    if config.max_body_bytes < 1:
        raise SystemExit("--max-body-bytes must be at least 1")
    return config, str(params["host"]), integer("port"), str(params["log_level"])


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


def _serve(config: SandboxConfig, host: str, port: int, log_level: str) -> None:
    import uvicorn

    from .app import create_app

    with _held_logs() as held:
        try:
            asgi = create_app(config)
        except (OSError, ValueError) as exc:
            _replay(held)
            if config.spec is None:
                raise
            raise SystemExit(f"--spec: {exc}") from None  # unreadable, or not an OpenAPI document
    sock = _bind(host, port)
    bound_host, bound_port = sock.getsockname()[:2]
    shown_host = f"[{bound_host}]" if ":" in str(bound_host) else str(bound_host)
    served = asgi.state.runtime.served
    print("\n".join(_banner(config, f"http://{shown_host}:{bound_port}", served)), flush=True)
    _replay(held)
    # Handlers run in worker threads (``dispatch``); a CPU-bound one (a batch of 100,000 devices)
    # holds the GIL for the whole switch interval each time the loop's thread asks for it, and
    # answering one request takes dozens of such hand-overs. 1 ms instead of the default 5 ms
    # keeps the loop (the health check, other clients) answering within tens of milliseconds.
    # Measured (issue 17, 2 busy cores, /_sandbox/health polled while a 174,724-device batch was
    # placed, two runs each): 1 ms gave median 3-4 ms, p90 9-14 ms, max 67-76 ms; 5 ms gave median
    # 6-8 ms, p90 22-44 ms, max 151-152 ms; the batch itself was no slower (2.6 s against 2.8 s).
    sys.setswitchinterval(0.001)
    server = uvicorn.Server(
        uvicorn.Config(
            asgi,
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


def main(argv: Sequence[str] | None = None, *, prog_name: str = "python -m linksfield.sandbox") -> int:
    """Serve until interrupted; the exit code (2: bad usage, 1: a refused flag value)."""
    args = sys.argv[1:] if argv is None else argv
    return run(app, _switch_values(args), prog_name)
