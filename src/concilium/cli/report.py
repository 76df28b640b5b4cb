"""``concilium report``: a scenario, every model's forecast, the charts and the body's power in
one self-contained HTML file (or Markdown with PNG charts beside it)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Annotated

import typer
from rich.text import Text

from concilium.cli._app import app, err_console
from concilium.errors import InputError


@app.command()
def report(
    file: Annotated[Path, typer.Argument(help="scenario file (.yaml, .yml or .json)")],
    output: Annotated[
        Path,
        typer.Option(
            "--output", "-o", help="report file to write, e.g. report.html (or report.md)"
        ),
    ],
    model: Annotated[
        list[str] | None,
        typer.Option(
            "--model",
            "-m",
            help="model(s) to run, repeatable or comma-separated (default: every "
            "model the scenario has inputs for)",
        ),
    ] = None,
    fmt: Annotated[
        str | None,
        typer.Option(
            "--format", "-f", help="html or md (default: from the suffix of -o, else html)"
        ),
    ] = None,
    seed: Annotated[int | None, typer.Option(help="seed for stochastic models")] = None,
    power: Annotated[
        bool, typer.Option("--power/--no-power", help="include the body's power indices")
    ] = True,
    draws: Annotated[
        int | None,
        typer.Option(
            "--draws",
            "-n",
            help="also simulate this many draws (with --seed): P(adopted), the outcome's "
            "spread, who blocks how often, and a sensitivity tornado",
            show_default=False,
        ),
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="overwrite existing files")] = False,
) -> None:
    """Write a report: the scenario with the evidence behind each number, each model's
    forecast and why, the charts, the body's voting power and the provenance.

    HTML is one file that opens offline (no scripts, charts inline); Markdown (--format md)
    writes the charts as PNG files beside it."""
    from concilium.io import load_scenario
    from concilium.report.html import build_report, render_html, render_markdown
    from concilium.report.outputs import write_file

    kind = (fmt or ("md" if output.suffix.lower() in (".md", ".markdown") else "html")).lower()
    if kind not in ("html", "md"):
        raise InputError(f"--format {fmt!r} is not one of html, md")
    names = [m.strip() for item in (model or []) for m in item.split(",") if m.strip()]
    if [n.lower() for n in names] == ["all"]:
        names = []
    sc = load_scenario(file)
    if draws is not None and draws < 1:
        raise InputError(f"--draws must be at least 1, not {draws}", field="draws")
    data = build_report(sc, names or None, source=file.name, power=power, seed=seed, draws=draws)
    if kind == "html":
        write_file(output, render_html(data), inputs=[file], force=force)
    else:
        if str(output) == "-":
            raise InputError("a Markdown report needs a file name (its charts go beside it)")
        prefix = re.sub(r"[^A-Za-z0-9_.-]+", "-", output.stem) or "report"
        text, images = render_markdown(data, prefix)
        for name, png in images.items():
            write_file(output.parent / name, png, inputs=[file], force=force)
        write_file(output, text, inputs=[file], force=force)
    for name, why in data.skipped:
        err_console.print(Text(f"note: model {name} not run: {why}", style="yellow"))
    for why in data.sim_notes:
        err_console.print(Text(f"note: {why}", style="yellow"))
    if str(output) != "-":
        err_console.print(Text(f"wrote {output}"))
