"""Interoperability commands: ``concilium import ktab FILE -o scenario.yaml``."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.text import Text

from concilium.cli._app import app, console, err_console
from concilium.errors import InputError

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
    from concilium.io.documents import dump_yaml
    from concilium.io.ktab import read_ktab, to_scenario
    from concilium.io.scenarios import save_scenario

    data = read_ktab(file)
    sc = to_scenario(data)
    if str(output) == "-":
        typer.echo(dump_yaml(sc.model_dump(mode="json", by_alias=True)), nl=False)
        return
    if output.suffix.lower() not in (".yaml", ".yml", ".json"):
        raise InputError(f"--output {output}: write a .yaml, .yml or .json file (or - for stdout)")
    if output.exists():
        if output.resolve() == file.resolve():
            raise InputError(f"--output {output} is the input file", hint="choose another name")
        if not force:
            raise InputError(f"{output} exists", hint="add --force to overwrite it")
    save_scenario(sc, output)
    err_console.print(
        Text(
            f"wrote {output}: {len(sc.actors)} actors, {len(sc.issues)} issue(s) from KTAB "
            f"{data.fmt.upper()} {file.name}"
        )
    )
    if data.parameters:
        console.print(
            Text(
                "KTAB model parameters in the file: "
                + " ".join(f"--param {k}={v}" for k, v in data.parameters.items())
            )
        )
