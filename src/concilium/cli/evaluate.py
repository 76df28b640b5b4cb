"""``concilium evaluate``: score models against the known outcomes of real decisions."""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Annotated

import typer
from rich.text import Text

from concilium.cli._app import app, console, err_console
from concilium.cli._options import check_format
from concilium.cli._results import OutputOpt
from concilium.errors import InputError

DEFAULT_MODELS = "mean,median_voter,salience_median,compromise,nash"


@app.command()
def evaluate(
    dataset: Annotated[
        str,
        typer.Argument(
            help="a DEU-format file (tab-separated), or 'deu': the file named by --data, by "
            "$CONCILIUM_DEU, or ../shared/reference/datasets/deu/deu3.csv when present"
        ),
    ] = "deu",
    models: Annotated[
        str,
        typer.Option(
            "--models",
            "-m",
            help="comma-separated models, each NAME or NAME:param=value[:...], or 'all'",
        ),
    ] = DEFAULT_MODELS,
    tune: Annotated[
        str | None,
        typer.Option(
            help="comma-separated models to tune by cross-validation by proposal (scored out of "
            "fold as NAME[cv])"
        ),
    ] = None,
    folds: Annotated[int, typer.Option(help="cross-validation folds")] = 5,
    reference: Annotated[
        str | None,
        typer.Option(
            help="model label the others are compared with (default: compromise if listed, else "
            "the first)"
        ),
    ] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table or json")] = "table",
    seed: Annotated[int, typer.Option(help="seed of the bootstrap and the folds")] = 0,
    bootstrap: Annotated[int, typer.Option(help="bootstrap replicates")] = 2000,
    capability: Annotated[
        str, typer.Option(help="DEU actors' capability: equal, or votes (Council votes)")
    ] = "equal",
    predictions: Annotated[
        Path | None,
        typer.Option("--predictions", help="also write every forecast as a CSV table to this file"),
    ] = None,
    force: Annotated[
        bool, typer.Option("--force", help="replace existing --predictions and -o files")
    ] = False,
    data: Annotated[
        Path | None, typer.Option("--data", help="where the DEU file is (for the dataset 'deu')")
    ] = None,
    min_issues: Annotated[
        int,
        typer.Option(
            "--min-issues",
            help="score only the issues of proposals with at least this many "
            "issues (2: multi-issue proposals)",
        ),
    ] = 1,
    score: Annotated[
        str,
        typer.Option(
            "--score",
            help="what is scored: if_adopted (default: on acts known to be adopted, such as "
            "DEU's, where the model says the act lands if adopted) or outcome (the forecast "
            "outcome: the status quo when the rule check fails)",
        ),
    ] = "if_adopted",
    output: OutputOpt = None,
) -> None:
    """Score models against known outcomes: mean and median absolute error with bootstrap
    confidence intervals (resampling proposals), and paired differences with a reference."""
    from concilium.cli._results import finish_evaluate
    from concilium.evaluation import evaluate_file, parse_model_spec, resolve_dataset
    from concilium.io.output import check_output, write_output
    from concilium.models import MODELS

    fmt = check_format(fmt)
    if data is not None:
        if dataset.strip().lower() != "deu":
            raise InputError(
                "--data names the file of the dataset 'deu'; give either a file or --data, not both"
            )
        dataset = str(data)
    if bootstrap < 1 or bootstrap > 100_000:
        raise InputError("--bootstrap must be between 1 and 100000")
    names = [m.strip() for m in models.split(",") if m.strip()]
    if [n.lower() for n in names] == ["all"]:
        names = list(MODELS)
    runs = [parse_model_spec(n) for n in names]
    tuned = [parse_model_spec(t).model for t in (tune or "").split(",") if t.strip()]
    if predictions is not None:  # refuse a bad output before the work, not after
        check_output(predictions, inputs=[resolve_dataset(dataset)], force=force)
    ev = evaluate_file(  # read a proposal at a time: memory holds numbers, not scenarios
        dataset,
        runs,
        capability=capability,
        min_issues=min_issues,
        tune=tuned,
        folds=folds,
        reference=reference,
        n_boot=bootstrap,
        seed=seed,
        score=score,
    )
    if predictions is not None:
        write_output(
            predictions,
            ev.predictions.to_csv(index=False),
            inputs=[resolve_dataset(dataset)],
            force=force,
        )
        err_console.print(Text(f"wrote {predictions}"))
    finish_evaluate(ev, str(resolve_dataset(dataset)), output=output, force=force)
    if fmt == "json":
        typer.echo(json.dumps(ev.to_dict(), indent=2, ensure_ascii=False, default=str))
        return
    _table(ev)


def _fmt(x, digits=2) -> str:
    return "–" if _nan(x) else f"{x + 0.0:.{digits}f}"


def _ci(row, lo, hi) -> str:
    return "–" if _nan(row.get(lo)) else f"[{row[lo] + 0.0:.1f}, {row[hi] + 0.0:.1f}]"


def _params(p: dict) -> str:
    return ", ".join(f"{k}={str(v).lower() if isinstance(v, bool) else v}" for k, v in p.items())


def _table(ev) -> None:
    from rich import box
    from rich.markup import escape
    from rich.table import Table

    m = ev.meta
    pct = f"{m['level']:.0%}"
    ref = m["reference"]
    rows = ev.summary.to_dict("records")
    t = Table(
        title=f"Absolute error against known outcomes ({m['n_cases']} issues, "
        f"{m['n_proposals']} proposals)",
        header_style="bold",
        box=box.SIMPLE_HEAD,
    )
    t.add_column("model", overflow="fold", max_width=30)
    t.add_column("n", justify="right", no_wrap=True)
    t.add_column(f"MAE [{pct} CI]", justify="right", no_wrap=True)
    t.add_column(f"median AE [{pct} CI]", justify="right", no_wrap=True)
    known = m.get("n_known_adopted", 0)
    if known:
        t.add_column("adopted", justify="right", no_wrap=True)
    for row in rows:
        cells = [
            escape(str(row["model"])),
            str(row["n"]),
            f"{_fmt(row['mae'])} {_ci(row, 'mae_lo', 'mae_hi')}",
            f"{_fmt(row['median_ae'])} {_ci(row, 'median_lo', 'median_hi')}",
        ]
        if known:
            nv = int(row.get("n_verdict") or 0)
            cells.append(f"{int(row.get('n_forecast_adopted') or 0)}/{nv}" if nv else "–")
        t.add_row(*cells)
    console.print(t)
    if known and m.get("scored") == "if_adopted":
        console.print(
            escape(
                f"Scored: where each act lands if adopted ({known} issues are of acts known "
                "to be adopted). 'adopted': how many of those the rule check forecast to "
                "pass, of those it checked; a failed check moves no point here. --score "
                "outcome scores the forecast outcome instead (the status quo where the "
                "check fails)."
            )
        )
    d = Table(
        title=f"Paired with {escape(ref)}: model minus {escape(ref)} on the issues both "
        "forecast (negative: the model is closer)",
        header_style="bold",
        box=box.SIMPLE_HEAD,
    )
    d.add_column("model", overflow="fold", max_width=18)
    d.add_column("n", justify="right", no_wrap=True)
    d.add_column(f"ΔMAE [{pct} CI]", justify="right", no_wrap=True)
    d.add_column(f"Δmedian AE [{pct} CI]", justify="right", no_wrap=True)
    d.add_column("win/loss", justify="right", no_wrap=True)
    for row in rows:
        if row["model"] == ref or _nan(row.get("d_mae")):
            continue
        d.add_row(
            escape(str(row["model"])),
            str(row["n_paired"]),
            f"{_fmt(row['d_mae'])} {_ci(row, 'd_mae_lo', 'd_mae_hi')}",
            f"{_fmt(row['d_median'])} {_ci(row, 'd_median_lo', 'd_median_hi')}",
            f"{row['p_better']:.0%}/{row['p_worse']:.0%}",
        )
    if d.row_count:
        console.print(d)
        console.print(
            "win/loss: share of the paired issues where the model is closer / farther "
            "than the reference."
        )
    say = lambda text: console.print(escape(text))
    say(f"Data: {m['dataset']} ({m.get('citation', '')}).")
    if m.get("min_issues", 1) > 1:
        say(
            f"Only proposals with at least {m['min_issues']} issues: "
            f"{m.get('issues_left_out', 0)} issue(s) of other proposals left out."
        )
    say(
        f"Bootstrap: {m['bootstrap']} replicates resampling proposals, seed {m['seed']}; "
        f"capability: {m.get('capability')}; saliences imputed: {m.get('imputed_saliences', 0)}; "
        f"issues without an outcome: {m.get('issues_without_outcome', 0)} (not scored)."
    )
    for note in m.get("skipped_rows", []):
        say(f"note: {note}")
    for row in ev.folds.to_dict("records"):
        say(
            f"{row['model']} fold {row['fold']} ({row['issues']} issues): chose "
            f"{_params(row['chosen'])} (training MAE {row['train_mae']:.2f})"
        )
    for row in rows:
        if row["n"] >= m["n_cases"]:
            continue
        notes = ev.predictions.loc[
            (ev.predictions["model"] == row["model"]) & ev.predictions["prediction"].isna(), "note"
        ]
        why = notes.dropna().value_counts().index[:1].tolist()
        say(
            f"note: {row['model']} forecasts {row['n']} of {m['n_cases']} issues"
            + (f" (most common reason: {why[0]})" if why else "")
        )


def _nan(x) -> bool:
    return x is None or (isinstance(x, float) and math.isnan(x))
