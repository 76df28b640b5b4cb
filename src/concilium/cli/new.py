"""``concilium new``: write a scenario to fill in, with every member of a body on a date."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.text import Text

from concilium.cli._app import app, err_console


@app.command("new")
def new(
    body: Annotated[
        str, typer.Argument(help="built-in body (nato, eu-council, unsc) or a body file")
    ],
    output: Annotated[
        Path, typer.Option("--output", "-o", help="scenario file to write ('-': print it)")
    ],
    date: Annotated[
        str | None, typer.Option(help="membership on this date, YYYY-MM-DD (default today)")
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="overwrite an existing file")] = False,
) -> None:
    """Write a new scenario: every member of BODY on the date, one issue, and TODO placeholders
    to replace (it validates as it is)."""
    from concilium.cli._options import parse_date
    from concilium.report.outputs import write_file
    from concilium.report.scaffold import new_scenario_yaml

    write_file(output, new_scenario_yaml(body, parse_date(date)), force=force)
    if str(output) != "-":
        err_console.print(
            Text(f"wrote {output}: replace each TODO, then `concilium validate {output}`")
        )
