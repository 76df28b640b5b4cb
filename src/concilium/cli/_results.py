"""What ``forecast``, ``power`` and ``evaluate`` do with results besides printing them:
write them to a file (``-o``), draw them (``--plot``), record them in the run store.

Kept here so that each command gains a few lines, not a block.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.text import Text

from concilium.cli._app import err_console
from concilium.cli.runs import NoStoreOpt, StoreOpt, record_runs
from concilium.errors import InputError

__all__ = [
    "ForceOpt",
    "NoStoreOpt",
    "OutputOpt",
    "PlotOpt",
    "StoreOpt",
    "finish_evaluate",
    "finish_forecast",
    "finish_power",
]

OutputOpt = Annotated[
    Path | None,
    typer.Option(
        "--output",
        "-o",
        help="also write the results to FILE: .json, .csv (tidy table) or .parquet",
        show_default=False,
    ),
]
ForceOpt = Annotated[bool, typer.Option("--force", help="overwrite existing output files")]
PlotOpt = Annotated[
    Path | None,
    typer.Option(
        "--plot",
        help="draw the actors, status quo, proposal, win set and each model's forecast "
        "to FILE.png, .svg or .pdf",
        show_default=False,
    ),
]


def _not_stdout(output: Path | None) -> None:
    if output is not None and str(output) == "-":
        raise InputError(
            "-o - would mix JSON with the table on standard output",
            field="output",
            hint="use --format json to print JSON, or name a file",
        )


def _wrote(path: Path) -> None:
    if str(path) != "-":
        err_console.print(Text(f"wrote {path}"))


def finish_forecast(
    results: Sequence[Any],
    scenario: Any,
    source: Path,
    *,
    output: Path | None,
    force: bool,
    plot: Path | None,
    store: Path | None,
    no_store: bool,
    started: str,
    payload: dict[str, Any] | None = None,
) -> None:
    from concilium.store.records import forecast_record

    _not_stdout(output)
    if output is not None:
        from concilium.report.outputs import forecast_rows, write_table_or_json

        payload = payload or (
            results[0].to_dict()
            if len(results) == 1
            else {"schema": "concilium.comparison/1", "forecasts": [r.to_dict() for r in results]}
        )
        write_table_or_json(output, payload, forecast_rows(results), force=force, inputs=[source])
        _wrote(output)
    if plot is not None:
        from concilium.report.plots import issue_figure, save_figure

        save_figure(issue_figure(scenario, results), plot, force=force, inputs=[source])
        _wrote(plot)
    record_runs(
        store,
        no_store,
        lambda: [
            forecast_record(r, scenario, source=str(source), started_at=started) for r in results
        ],
    )


def finish_power(
    payload: dict[str, Any],
    target: dict[str, Any],
    source: str,
    *,
    output: Path | None,
    force: bool,
    store: Path | None,
    no_store: bool,
    started: str,
) -> None:
    from concilium.store.records import power_record

    _not_stdout(output)
    if output is not None:
        from concilium.report.outputs import write_table_or_json

        inputs = [source] if Path(source).is_file() else []
        write_table_or_json(output, payload, payload.get("members", []), force=force, inputs=inputs)
        _wrote(output)
    record_runs(
        store, no_store, lambda: [power_record(payload, target, source=source, started_at=started)]
    )


def finish_evaluate(ev: Any, source: str, *, output: Path | None, force: bool) -> None:
    """JSON: the evaluation with its predictions; CSV/Parquet: the tidy predictions table
    (one row per issue and model)."""
    if output is None:
        return
    _not_stdout(output)
    from concilium.report.outputs import write_table_or_json

    rows = [
        {
            k: (None if isinstance(v, float) and math.isnan(v) else v) for k, v in r.items()
        }  # NaN -> empty
        for r in ev.predictions.to_dict("records")
    ]
    payload = {**ev.to_dict(), "predictions": rows}
    inputs = [source] if Path(source).is_file() else []
    write_table_or_json(output, payload, rows, force=force, inputs=inputs)
    _wrote(output)
