"""The typer application and the one place that turns errors into messages and exit codes.

Command modules (``core``, and one per feature) register their commands on :data:`app`;
they stay thin: parse options, call the library, render the result.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
from collections.abc import Iterator
from typing import Any

import typer
from rich.console import Console
from typer.core import TyperGroup

from concilium.errors import InputError


class _Commands(TyperGroup):
    """Every command runs through :func:`_report_errors`, also under typer's ``CliRunner``, so
    in-process tests see the same messages and exit statuses as a user does."""

    def get_command(self, ctx: Any, cmd_name: str) -> Any:
        command = super().get_command(ctx, cmd_name)
        for param in getattr(command, "params", ()):
            # Help shows a value's name (FILE, MODEL), not a Python type tag (<str>)
            if getattr(param, "metavar", "") is None and not getattr(param, "is_flag", False):
                long = [o for o in getattr(param, "opts", ()) if o.startswith("--")]
                param.metavar = (long[0][2:] if long else param.name).upper().replace("-", "_")
        return command

    def invoke(self, ctx: Any) -> Any:
        from concilium.io.limits import reset_written

        reset_written()  # what "written before the interrupt" counts is this command's
        with _report_errors():
            return super().invoke(ctx)


app = typer.Typer(
    name="concilium",
    help="Model councils and forecast their decisions.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    cls=_Commands,
    rich_markup_mode=None,  # plain help: option metavars (TEXT, INTEGER), not <str> tags
)


def _print_version(value: bool) -> None:
    if value:
        from concilium._version import __version__

        typer.echo(f"concilium {__version__}")
        raise typer.Exit(0)


@app.callback()
def _root(
    version: bool = typer.Option(
        False,
        "--version",
        help="print concilium's version and exit",
        is_eager=True,
        callback=_print_version,
    ),
) -> None:
    """Model councils and forecast their decisions."""


# Tables go to stdout; messages about problems go to stderr (not wrapped: paths stay whole).
console = Console(highlight=False, soft_wrap=False)
err_console = Console(stderr=True, highlight=False, soft_wrap=True)

USER_ERROR = 2


def fail(message: str) -> typer.Exit:
    """Print a user error and return the exit to raise (status 2)."""
    err_console.print(f"[bold red]error:[/] {message}", markup=True, highlight=False)
    return typer.Exit(USER_ERROR)


class Interrupted(BaseException):
    """Ctrl-C, raised by :func:`main`'s SIGINT handler.

    Not a KeyboardInterrupt: typer turns those into a silent exit 130, and an ``except
    Exception`` anywhere in a library cannot swallow a BaseException."""


def _on_sigint(signum: int, frame: object) -> None:
    raise Interrupted


def main(argv: list[str] | None = None) -> None:
    """Console-script entry point: run the app, map errors to one message and an exit status.

    Ctrl-C exits with status 130 and says which command stopped and whether anything was
    written (outputs are written atomically, so an interrupted command leaves no half-written
    file); a second Ctrl-C while that is printed, or Ctrl-C while an error message is being
    printed, gives no traceback.
    """
    from concilium.io.limits import reset_written, written_files

    reset_written()  # an in-process caller's earlier commands are not this one's
    previous = None
    # Only replace Python's own Ctrl-C handler: a SIGINT that the caller ignores (a job started
    # in the background by a script, nohup) stays ignored.
    if signal.getsignal(signal.SIGINT) is signal.default_int_handler:
        try:
            previous = signal.signal(signal.SIGINT, _on_sigint)
        except ValueError:  # not the main thread (e.g. embedded): keep the default handler
            pass
    try:
        try:
            _run(argv)
        except (Interrupted, KeyboardInterrupt):
            _interrupted(argv, written_files())
    finally:
        if previous is not None:
            signal.signal(signal.SIGINT, previous)


def _interrupted(argv: list[str] | None, written: list[str]) -> None:
    try:
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # a second Ctrl-C: still no traceback
    except ValueError:
        pass
    args = sys.argv[1:] if argv is None else list(argv)
    command = next((a for a in args if not a.startswith("-")), None)
    what = f"concilium {command}" if command else "concilium"
    done = (
        "nothing was written"
        if not written
        else "written before the interrupt: " + ", ".join(written)
    )
    # If the terminal went away, the exit status still says it.
    with contextlib.suppress(BaseException):
        err_console.print(f"interrupted: {_escape(what)} stopped (Ctrl-C); {_escape(done)}")
    sys.exit(130)


def _run(argv: list[str] | None) -> None:
    # Standalone mode: typer itself reports usage errors (exit 2) and --help.
    app(args=argv)


@contextlib.contextmanager
def _report_errors() -> Iterator[None]:
    """Map errors to one message and an exit status: 2 for the user's, 1 for concilium's."""
    try:
        yield
    except InputError as exc:
        err_console.print("[bold red]error:[/] " + _escape(str(exc)))
        raise typer.Exit(USER_ERROR) from None
    except OSError as exc:  # unreadable file, full disk, broken pipe
        if isinstance(exc, BrokenPipeError):
            raise typer.Exit(0) from None
        name = f" {exc.filename}" if getattr(exc, "filename", None) else ""
        err_console.print(
            f"[bold red]error:[/] cannot access{_escape(name)}: {_escape(exc.strerror or str(exc))}"
        )
        raise typer.Exit(USER_ERROR) from None
    except RecursionError:  # a structure nested past every limit: a user error, said plainly
        if os.environ.get("CONCILIUM_DEBUG"):
            raise
        err_console.print(
            "[bold red]error:[/] the input is nested too deeply to process "
            "(see the limits in docs/scenario-format.md)"
        )
        raise typer.Exit(USER_ERROR) from None
    except Exception as exc:  # a bug in concilium: say so, without a wall of traceback
        if _from_the_cli_framework(exc) or os.environ.get("CONCILIUM_DEBUG"):
            raise
        err_console.print(
            f"[bold red]internal error:[/] {_escape(type(exc).__name__)}: {_escape(str(exc))}\n"
            "This is a bug in concilium; rerun with CONCILIUM_DEBUG=1 for the traceback and report it."
        )
        raise typer.Exit(1) from None


def _from_the_cli_framework(exc: BaseException) -> bool:
    """Usage errors and exits raised by typer/click, which report them themselves."""
    return type(exc).__module__.split(".")[0] in ("click", "typer")


def _escape(text: str) -> str:
    """Text safe to print with rich markup: control and bidi characters shown escaped
    (``\\x1b``), markup such as ``[bold]`` shown, not applied."""
    from concilium.text.safe import markup_safe

    return markup_safe(text, keep_newlines=True)
