"""The typer application and the one place that turns errors into messages and exit codes.

Command modules (``core``, and one per feature) register their commands on :data:`app`;
they stay thin: parse options, call the library, render the result.
"""

from __future__ import annotations

import os
import sys

import typer
from rich.console import Console

from concilium.errors import InputError

app = typer.Typer(
    name="concilium",
    help="Model councils and forecast their decisions.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

# Tables go to stdout; messages about problems go to stderr.
console = Console(highlight=False, soft_wrap=False)
err_console = Console(stderr=True, highlight=False)

USER_ERROR = 2


def fail(message: str) -> typer.Exit:
    """Print a user error and return the exit to raise (status 2)."""
    err_console.print(f"[bold red]error:[/] {message}", markup=True, highlight=False)
    return typer.Exit(USER_ERROR)


def main(argv: list[str] | None = None) -> None:
    """Console-script entry point: run the app, map errors to one message and an exit status."""
    try:
        # Standalone mode: typer itself reports usage errors (exit 2) and --help.
        app(args=argv)
    except InputError as exc:
        err_console.print("[bold red]error:[/] " + _escape(str(exc)))
        sys.exit(USER_ERROR)
    except OSError as exc:  # unreadable file, full disk, broken pipe
        if isinstance(exc, BrokenPipeError):
            sys.exit(0)
        name = f" {exc.filename}" if getattr(exc, "filename", None) else ""
        err_console.print(f"[bold red]error:[/] cannot access{_escape(name)}: {exc.strerror or exc}")
        sys.exit(USER_ERROR)
    except Exception as exc:  # a bug in concilium: say so, without a wall of traceback
        if os.environ.get("CONCILIUM_DEBUG"):
            raise
        err_console.print(
            f"[bold red]internal error:[/] {_escape(type(exc).__name__)}: {_escape(str(exc))}\n"
            "This is a bug in concilium; rerun with CONCILIUM_DEBUG=1 for the traceback and report it."
        )
        sys.exit(1)


def _escape(text: str) -> str:
    from rich.markup import escape

    return escape(text)
