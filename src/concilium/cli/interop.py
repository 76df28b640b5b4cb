"""Interoperability commands: ``concilium import ktab FILE -o scenario.yaml``."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.text import Text

from concilium.cli._app import app, err_console

import_app = typer.Typer(
    help="Convert other tools' scenario files into concilium scenarios.",
    no_args_is_help=True,
)
app.add_typer(import_app, name="import")


@import_app.command("ktab")
def import_ktab(
    file: Annotated[Path, typer.Argument(help="KTAB scenario (.csv or .xml)")],
    output: Annotated[
        Path,
        typer.Option(
            "--output", "-o", help="scenario file to write (.yaml/.yml/.json, - for stdout)"
        ),
    ] = Path("-"),
    force: Annotated[
        bool, typer.Option("--force", help="overwrite an existing output file")
    ] = False,
) -> None:
    """Read a KTAB Spatial Model of Politics scenario (CSV or XML) as a concilium scenario."""
    import json

    from concilium.io.documents import dump_yaml
    from concilium.io.ktab import read_ktab, to_scenario
    from concilium.io.output import write_output

    data = read_ktab(file)
    sc = to_scenario(data)
    tree = sc.model_dump(mode="json", by_alias=True)
    if output.suffix.lower() == ".json":
        text = json.dumps(tree, indent=2, ensure_ascii=False) + "\n"
    else:
        text = dump_yaml(tree)
    write_output(output, text, inputs=(file,), force=force)
    if str(output) == "-":
        return
    err_console.print(
        Text(
            f"wrote {output}: {len(sc.actors)} actors, {len(sc.issues)} issue(s) from KTAB "
            f"{data.fmt.upper()} {file.name}"
        )
    )
    if data.parameters:
        err_console.print(
            Text(
                "KTAB model parameters in the file: "
                + " ".join(f"--param {k}={v}" for k, v in data.parameters.items())
            )
        )
