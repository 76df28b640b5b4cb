"""Uncertainty commands: simulate, flips, compare (parse, call the library, render)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from concilium.cli._app import app, console, err_console
from concilium.cli.runs import NoStoreOpt, StoreOpt, record_runs
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
        str, typer.Option("--model", "-m", help="model name, a comma-separated list, or 'all'")
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
    force: Annotated[
        bool, typer.Option("--force", help="replace an existing rows or --plot file")
    ] = False,
    sets: SetOption = None,
    plot: Annotated[
        Path | None,
        typer.Option(
            "--plot",
            help="draw the outcome distribution per issue and model, with P(adopted), "
            "to FILE.png, .svg or .pdf",
            show_default=False,
        ),
    ] = None,
    store: StoreOpt = None,
    no_store: NoStoreOpt = False,
) -> None:
    """Monte Carlo: how likely adoption is, the outcome's spread, and who blocks how often.

    The result (not the draw rows) is recorded in the run store, as forecasts are."""
    from concilium.analysis.uncertainty.executors import make_executor
    from concilium.analysis.uncertainty.rows import RowWriter
    from concilium.analysis.uncertainty.simulate import simulate as run
    from concilium.report.uncertainty import simulation_json, simulation_view
    from concilium.store import now_utc
    from concilium.store.records import simulation_record

    fmt = _fmt(fmt)
    started = now_utc()
    sc = _load(file, sets)
    if draws < 1:
        raise InputError(f"--draws must be at least 1, not {draws}")
    ex = make_executor(workers, dask)
    writer = RowWriter(output, inputs=[file], force=force) if output is not None else None
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
    if plot is not None:
        from concilium.report.plots import outcome_figure, save_figure

        save_figure(outcome_figure(sim), plot, force=force, inputs=[file])
        err_console.print(f"wrote {plot}", markup=False)
    record_runs(
        store,
        no_store,
        lambda: [simulation_record(sim, sc, source=str(file), started_at=started)],
    )
    if not sim.complete:
        err_console.print(
            f"interrupted: {sim.draws_done:,} of {sim.draws:,} draws finished", markup=False
        )
        raise typer.Exit(130)


class _progress:
    """A rich progress bar on a terminal for runs of 50,000 draws or more; else nothing."""

    def __init__(self, draws: int):
        self.on = draws >= 50_000 and sys.stderr.isatty()
        self._bar: Any = None

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


@app.command()
def flips(
    file: Annotated[Path, typer.Argument(help="scenario file (.yaml, .yml or .json)")],
    model: Annotated[str, typer.Option("--model", "-m", help="model name")] = "procedural",
    threshold: Annotated[
        float | None,
        typer.Option(help="flip = the outcome crossing this value (default: adopted or not)"),
    ] = None,
    max_group: Annotated[int, typer.Option(help="largest group of actors to try")] = 3,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table or json")] = "table",
    sets: SetOption = None,
) -> None:
    """What would flip the forecast: each actor's smallest move, then small groups."""
    from concilium.analysis.uncertainty.flips import flips as find
    from concilium.report.uncertainty import flips_view

    fmt = _fmt(fmt)
    report = find(_load(file, sets), model, threshold, max_group=max_group)
    if fmt == "json":
        typer.echo(report.to_json())
    else:
        console.print(flips_view(report))


@app.command()
def sensitivity(
    file: Annotated[Path, typer.Argument(help="scenario file (.yaml, .yml or .json)")],
    model: Annotated[str, typer.Option("--model", "-m", help="model name")] = "procedural",
    output: Annotated[
        str,
        typer.Option(
            help="what to explain: outcome, adopted (0/1) or point (before the rule check)"
        ),
    ] = "outcome",
    samples: Annotated[int, typer.Option(help="N of the Sobol design (N (k+2) runs)")] = 1024,
    points: Annotated[int, typer.Option(help="points per one-at-a-time sweep")] = 11,
    seed: Annotated[int, typer.Option(help="seed of the Sobol design")] = 0,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table or json")] = "table",
    sets: SetOption = None,
    plot: Annotated[
        Path | None,
        typer.Option(
            "--plot",
            help="draw the tornado and the Sobol indices to FILE.png, .svg or .pdf",
            show_default=False,
        ),
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="replace an existing --plot file")] = False,
) -> None:
    """Which uncertain inputs matter: a tornado of one-at-a-time sweeps and Sobol indices."""
    from concilium.analysis.uncertainty.sensitivity import sensitivity as run
    from concilium.report.uncertainty import sensitivity_view

    fmt = _fmt(fmt)
    result = run(_load(file, sets), model, points=points, samples=samples, seed=seed, output=output)
    if fmt == "json":
        typer.echo(result.to_json())
    else:
        console.print(sensitivity_view(result))
    if plot is not None:
        from concilium.report.plots import save_figure, tornado_figure

        save_figure(tornado_figure(result), plot, force=force, inputs=[file])
        err_console.print(f"wrote {plot}", markup=False)


@app.command()
def compare(
    a: Annotated[Path, typer.Argument(help="first scenario file")],
    b: Annotated[Path, typer.Argument(help="second scenario file")],
    model: Annotated[
        str, typer.Option("--model", "-m", help="model name, or 'all'")
    ] = "procedural",
    fmt: Annotated[str, typer.Option("--format", "-f", help="table or json")] = "table",
) -> None:
    """Two scenarios side by side: the inputs that differ and the forecasts of each."""
    from concilium.analysis.uncertainty.compare import compare as run
    from concilium.io import load_scenario
    from concilium.report.uncertainty import comparison_view

    fmt = _fmt(fmt)
    result = run(load_scenario(a), load_scenario(b), [model], name_a=a.name, name_b=b.name)
    if fmt == "json":
        typer.echo(result.to_json())
    else:
        console.print(comparison_view(result))
