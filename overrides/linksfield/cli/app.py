"""The ``linksfield`` console script: the typer app, global options and the exit-code contract.

``main`` runs it; the console script (``[project.scripts]``, :func:`linksfield._entry.linksfield`)
reaches it only once the ``cli`` extra is known to be installed. It maps every failure to one exit code: 0 ok,
1 the API refused or failed, 2 bad invocation or input (nothing sent), 3 partial success, 130
interrupted; errors are printed on stderr without a traceback (``LINKSFIELD_CLI_DEBUG=1`` shows it).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Annotated

import typer
from rich.text import Text

from linksfield import ConfigurationError, LinksfieldError, OutcomeUnknownError, RequestValidationError

from . import cards, cdr, devices, generic, orders, packages, pools, sms, tools
from .bulk_command import bulk
from .context import State
from .docs import docs
from .errors import CliError, ExitCode
from .output import err_console

__all__ = ["app", "main"]

app = typer.Typer(
    name="linksfield",
    help="Linksfield IoT connectivity from the command line: orders, devices, SMS, pools, cards, CDRs.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode="rich",
)


@app.callback()
def options(
    ctx: typer.Context,
    profile: Annotated[
        str | None,
        typer.Option(envvar="LINKSFIELD_PROFILE", help="A \\[profiles.NAME] table of the config file."),
    ] = None,
    config: Annotated[
        Path | None,
        typer.Option(help="Config file (default: ~/.config/linksfield/config.toml)."),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="JSON output for every command.")] = False,
    wide: Annotated[bool, typer.Option("--wide", help="Every column of every table.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bars.")] = False,
) -> None:
    """Settings come from LINKSFIELD_* environment variables (as for linksfield.Client), or --profile."""
    ctx.obj = State(json=as_json, wide=wide, quiet=quiet, profile=profile, config=config)


app.add_typer(packages.app, name="packages")
app.add_typer(orders.app, name="orders")
orders.app.command("bulk")(bulk)
app.add_typer(devices.app, name="devices")
app.add_typer(sms.app, name="sms")
app.add_typer(pools.app, name="pools")
app.add_typer(cards.app, name="cards")
app.add_typer(cdr.app, name="cdr")
generic.register(app)
app.command("docs")(docs)
tools.register(app)


def _fail(message: str, code: ExitCode, details: Sequence[str] = ()) -> int:
    # ``message`` holds file names, ids and the vendor's text: never markup (a ``[/x]`` in it
    # would raise MarkupError here, inside the error handler).
    err_console.print(Text.assemble(("error:", "bold red"), " ", message), highlight=False)
    for line in details:
        err_console.print(f"  {line}", highlight=False, markup=False)
    if os.environ.get("LINKSFIELD_CLI_DEBUG"):
        err_console.print_exception()
    return int(code)


def main(argv: Sequence[str] | None = None, *, prog_name: str = "linksfield") -> int:
    """Run the app; returns the exit code (the console script passes it to ``sys.exit``)."""
    args = list(sys.argv[1:] if argv is None else argv)
    try:
        app(args=args, prog_name=prog_name)
    except SystemExit as exit_:
        code = exit_.code
        return code if isinstance(code, int) else (0 if code is None else 1)
    except CliError as exc:
        return _fail(exc.message, exc.code, exc.details)
    except (RequestValidationError, ConfigurationError) as exc:
        return _fail(str(exc), ExitCode.USAGE)
    except OutcomeUnknownError as exc:
        return _fail(str(exc), ExitCode.API_ERROR)
    except LinksfieldError as exc:
        return _fail(str(exc), ExitCode.API_ERROR)
    except KeyboardInterrupt:
        return _fail("interrupted", ExitCode.INTERRUPTED)
    except OSError as exc:  # a local file (result, export) could not be written: no traceback
        where = f" ({exc.filename})" if exc.filename else ""
        return _fail(f"{exc.strerror or exc}{where}", ExitCode.API_ERROR)
    return 0
