"""Uncertainty commands: simulate, flips, compare (parse, call the library, render)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from concilium.cli._app import app, console, err_console
from concilium.errors import InputError

SetOption = Annotated[
    list[str] | None, typer.Option("--set", help="what-if: ACTOR.ISSUE.FIELD=VALUE (repeatable)")
]


def _fmt(value: str) -> str:
    v = value.lower()
    if v not in ("table", "json"):
        raise InputError(f"--format {value!r} is not one of table, json")
    return v


def _load(file: Path, sets: list[str] | None):
    from concilium.analysis.uncertainty.whatif import apply_sets
    from concilium.io import load_scenario

    return apply_sets(load_scenario(file), sets or [])


@app.command()
def simulate(
    file: Annotated[Path, typer.Argument(help="scenario file (.yaml, .yml or .json)")],
    model: Annotated[
        str, typer.Option("--model", "-m", help="model name, or 'all'")
    ] = "procedural",
    draws: Annotated[int, typer.Option("--draws", "-n", help="number of draws")] = 10_000,
    seed: Annotated[int | None, typer.Option(help="random seed (default: fresh, reported)")] = None,
    workers: Annotated[int, typer.Option("--workers", "-w", help="local worker processes")] = 1,
    dask: Annotated[
        str | None, typer.Option("--dask", help="run on a Dask cluster: its address, or 'local'")
    ] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table or json")] = "table",
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="write the draw rows to a .csv or .parquet file"),
    ] = None,
    sets: SetOption = None,
) -> None:
    """Monte Carlo: how likely adoption is, the outcome's spread, and who blocks how often."""
    from concilium.analysis.uncertainty.executors import make_executor
    from concilium.analysis.uncertainty.rows import RowWriter
    from concilium.analysis.uncertainty.simulate import simulate as run
    from concilium.report.uncertainty import simulation_json, simulation_view

    fmt = _fmt(fmt)
    sc = _load(file, sets)
    if draws < 1:
        raise InputError(f"--draws must be at least 1, not {draws}")
    ex = make_executor(workers, dask)
    writer = RowWriter(output, inputs=[file]) if output is not None else None
    try:
        with _progress(draws) as progress:
            if writer is not None:
                with writer:
                    sim = run(sc, model, draws, seed, executor=ex, sink=writer, progress=progress)
            else:
                sim = run(sc, model, draws, seed, executor=ex, progress=progress)
    finally:
        ex.close()
    if fmt == "json":
        typer.echo(simulation_json(sim))
    else:
        console.print(simulation_view(sim))
    if writer is not None:
        err_console.print(f"wrote {writer.rows:,} rows to {output}", markup=False)
    if not sim.complete:
        err_console.print(
            f"interrupted: {sim.draws_done:,} of {sim.draws:,} draws finished", markup=False
        )
        raise typer.Exit(130)


class _progress:
    """A rich progress bar on a terminal for runs of 50,000 draws or more; else nothing."""

    def __init__(self, draws: int):
        self.on = draws >= 50_000 and sys.stderr.isatty()
        self._bar = None

    def __enter__(self):
        if not self.on:
            return None
        from rich.progress import Progress

        self._bar = Progress(console=err_console, transient=True)
        self._bar.__enter__()
        self._task = self._bar.add_task("simulating", total=None)

        def update(done: int, total: int) -> None:
            self._bar.update(self._task, completed=done, total=total)

        return update

    def __exit__(self, *exc):
        if self._bar is not None:
            self._bar.__exit__(*exc)
        return False
