"""Core commands: validate, forecast, models, bodies, body, procedures, schema."""

from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.text import Text

from concilium._gcpause import paused as gc_paused
from concilium.cli._app import app, console, err_console
from concilium.cli._options import check_format, parse_date
from concilium.cli._results import NoStoreOpt, OutputOpt, PlotOpt, StoreOpt
from concilium.errors import InputError
from concilium.text.safe import json_dumps, terminal_safe


@app.command()
def validate(
    file: Annotated[Path, typer.Argument(help="scenario file (.yaml, .yml or .json)")],
) -> None:
    """Check a scenario file and summarise it; exit status 2 if it has problems."""
    from concilium.io import load_scenario

    sc = load_scenario(file)
    members = sc.members()
    missing = sc.missing_members()
    unsourced = sum(
        1
        for a in sc.actors
        for st in a.stances.values()
        if not st.position.evidence and st.position.assumption is None
    )
    console.print(Text(terminal_safe(f"{file}: valid scenario {sc.id!r}"), style="bold green"))
    if sc.body is None:
        console.print(
            Text(
                f"  {len(sc.issues)} issue(s); {len(sc.actors)} actors, all "
                "stakeholders: no body, so no voting rule (no rule check)"
            )
        )
    else:
        others = _count(len(sc.actors) - len(members), "outside stakeholder")
        console.print(
            Text(
                terminal_safe(
                    f"  {len(sc.issues)} issue(s); {len(sc.actors)} actors: {len(members)} voting members "
                    f"of {sc.body.name} on {sc.date}, {others}"
                )
            )
        )
        if sc.procedure is not None:
            from concilium.procedures import resolve

            proc = resolve(sc)
            console.print(Text(terminal_safe(f"  procedure: {proc.describe()}")))
            lacking: dict[str, list[str]] = {}  # stage (or ratification) -> members
            defaults: set[str] = set()  # stages whose members take a default stance
            for st in proc.stages:
                if st.kind == "body" and st.body == sc.body:
                    continue  # the scenario's own body: reported below
                lacking.setdefault(st.group, []).extend(
                    m.id for m in st.members if m.id not in st.holders
                )
                if sc.default_stance is not None or st.body.default_stance is not None:
                    defaults.add(st.group)
            for group, ids in lacking.items():
                if ids:
                    console.print(
                        Text("  note: ", style="yellow")
                        + Text(
                            terminal_safe(
                                f"stage {group}: {len(ids)} member(s) have no actor"
                                + (" and take the default stance: " if group in defaults else ": ")
                                + ", ".join(ids)
                            )
                        )
                    )
        else:
            console.print(Text(terminal_safe(f"  rule: {sc.decision_rule.label_and_description}")))
    if missing:
        console.print(
            Text("  note: ", style="yellow")
            + Text(
                terminal_safe(
                    f"{len(missing)} member(s) have no actor: " + ", ".join(m.id for m in missing)
                )
            )
        )
    for issue in sc.issues:
        who = sc.without_stance(issue.id)
        if who:
            whose = sc.default_stance_described()
            what = (
                f"take {whose}"
                if whose is not None
                else "have no stance (add one, or a default_stance)"
            )
            console.print(
                Text(
                    terminal_safe(
                        f"  note: on {issue.id}, {len(who)} member(s) {what}: " + ", ".join(who)
                    )
                )
            )
    if unsourced:
        console.print(
            f"  [yellow]note:[/] {unsourced} position(s) have neither evidence nor an "
            "assumption note"
        )


def _model_help() -> str:
    from concilium.models import MODELS

    return "model name, a comma-separated list, or 'all'; models: " + ", ".join(MODELS)


@app.command()
def forecast(
    file: Annotated[
        Path, typer.Argument(help="scenario file (.yaml, .yml, .json; KTAB .csv/.xml)")
    ],
    model: Annotated[str, typer.Option("--model", "-m", help=_model_help())] = "procedural",
    fmt: Annotated[str, typer.Option("--format", "-f", help="table or json")] = "table",
    seed: Annotated[int | None, typer.Option(help="seed for stochastic models")] = None,
    rounds: Annotated[
        bool, typer.Option("--rounds", help="show positions per round (iterative models)")
    ] = False,
    param: Annotated[
        list[str] | None,
        typer.Option(
            "--param",
            "-p",
            help="model parameter NAME=VALUE (repeatable); with several models, "
            "each goes to the models that have it",
        ),
    ] = None,
    sets: Annotated[
        list[str] | None,
        typer.Option("--set", help="what-if: ACTOR.ISSUE.FIELD=VALUE (repeatable)"),
    ] = None,
    trace_csv: Annotated[
        Path | None,
        typer.Option(
            "--trace-csv",
            help="write an iterative "
            "model's positions per turn: turn, actor, dimension, position (0-100)",
        ),
    ] = None,
    force: Annotated[
        bool, typer.Option("--force", help="replace existing --trace-csv, -o and --plot files")
    ] = False,
    output: OutputOpt = None,
    plot: PlotOpt = None,
    store: StoreOpt = None,
    no_store: NoStoreOpt = False,
) -> None:
    """Forecast a scenario: the outcome per issue, whether it is adopted, who blocks, and why.

    With several models (--model all, or a list such as procedural,compromise) the forecasts
    are shown side by side with what they agree on; a model that cannot run on the scenario
    is reported and the others are kept.
    """
    from concilium.analysis.comparison import compare
    from concilium.analysis.uncertainty.whatif import apply_sets
    from concilium.cli._results import finish_forecast
    from concilium.io import load_scenario
    from concilium.models import resolve_models, run_model
    from concilium.report.tables import comparison_view, forecast_view, rounds_table
    from concilium.store import now_utc

    fmt = check_format(fmt)
    specs = resolve_models(model)
    params = _params(param or [])
    sc = apply_sets(load_scenario(file), sets or [])
    finish = functools.partial(
        finish_forecast,
        scenario=sc,
        source=file,
        output=output,
        force=force,
        plot=plot,
        store=store,
        no_store=no_store,
        started=now_utc(),
    )
    if trace_csv is not None and len(specs) != 1:
        raise InputError("--trace-csv needs a single model", hint="choose one with --model")
    if len(specs) == 1:
        result = run_model(sc, specs[0].name, seed=seed, **params)
        forecasts = [result]
        with gc_paused():  # recording and drawing 1,000 issues: see concilium._gcpause
            finish(forecasts)
            if trace_csv is not None:
                from concilium.report.trace_csv import write_trace_csv

                write_trace_csv(trace_csv, forecasts, sc, inputs=(file,), force=force)
            if fmt == "json":
                typer.echo(json_dumps(result.to_dict(), indent=2))
                return
            console.print(forecast_view(result, sc))
    else:
        comparison = compare(sc, specs, params, seed=seed)
        forecasts = comparison.forecasts
        with gc_paused():
            finish(forecasts, payload=comparison.to_dict())
            if fmt == "json":
                typer.echo(json_dumps(comparison.to_dict(), indent=2))
                return
            console.print(comparison_view(comparison, sc))
    if rounds:
        shown = False
        for r in forecasts:
            for i in r.issues:
                if i.trace:
                    console.print(rounds_table(i, sc, width=console.width))
                    shown = True
        if not shown:
            err_console.print(
                "note: --rounds shows iterative models' rounds; this model has none "
                "(try --model expected_utility)"
            )


def _params(items: list[str]) -> dict:
    from concilium.models import parse_param_value

    out: dict = {}
    for item in items:
        key, sep, raw = item.partition("=")
        if not sep or not key.strip():
            raise InputError(f"--param {item!r} is not NAME=VALUE")
        out[key.strip()] = parse_param_value(raw)
    return out


@app.command("models")
def models_cmd(
    fmt: Annotated[str, typer.Option("--format", "-f", help="table, json or markdown")] = "table",
) -> None:
    """List the forecasting models, their citations and what they need."""
    from rich.table import Table

    from concilium.models import MODELS, models_markdown

    fmt = check_format(fmt, ("table", "json", "markdown"))
    if fmt == "markdown":
        typer.echo(models_markdown(), nl=False)
        return
    if fmt == "json":
        console.print_json(
            json.dumps(
                [
                    {
                        "name": s.name,
                        "citation": s.citation,
                        "requires": list(s.requires),
                        "stochastic": s.stochastic,
                        "summary": s.summary,
                        "params": s.defaults,
                        "order_dependent": s.order_dependent,
                        "iterative": s.iterative,
                    }
                    for s in MODELS.values()
                ],
                default=str,
            )
        )
        return
    table = Table(title="Models", header_style="bold")
    for col in ("Name", "What it forecasts", "Needs", "Citation"):
        table.add_column(col, overflow="fold")  # a word longer than its column wraps, uncut
    for s in MODELS.values():
        table.add_row(s.name, s.summary, ", ".join(s.requires), s.citation)
    console.print(table)


@app.command()
def bodies() -> None:
    """List the built-in bodies."""
    from concilium.bodies import list_bodies
    from concilium.report.tables import bodies_table

    console.print(bodies_table(list_bodies()))
    console.print(
        "Decisions through several bodies (the EU's ordinary legislative procedure, NATO "
        "enlargement, host consent): [bold]concilium procedures[/]"
    )


@app.command()
def procedures(
    name: Annotated[
        str | None,
        typer.Argument(help="a built-in procedure (eu-olp, nato-enlargement, host-consent)"),
    ] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table or json")] = "table",
) -> None:
    """List the built-in procedures (decisions with several stages), or show one with the
    legal source of every stage and threshold."""
    from concilium.procedures import list_procedures, load_procedure
    from concilium.report.tables import procedure_view, procedures_table

    fmt = check_format(fmt)
    procs = [load_procedure(name)] if name else list_procedures()
    if fmt == "json":
        data = [p.model_dump(mode="json", exclude_none=True) for p in procs]
        for d in data:  # bodies by id, not in full
            for st in d["stages"]:
                if isinstance(st.get("body"), dict):
                    st["body"] = st["body"]["id"]
        typer.echo(json_dumps(data[0] if name else data, indent=2))
        return
    console.print(procedure_view(procs[0]) if name else procedures_table(procs))


def _weight_table_json(b: Any, on: Any) -> dict[str, Any]:
    """The weight table in force on the date, for a body with dated weights (else nothing)."""
    table = b.weights_on(on)
    if table is None:
        return {}
    doc = table.model_dump(mode="json", exclude={"values"}, exclude_none=True)
    return {"weight_table": {**doc, "fallback": table.fallback}}


def _rule_period_json(b: Any, on: Any) -> dict[str, Any]:
    """The span of dates whose rules are in force on the date, if not the body's own."""
    period = b.rule_period_on(on)
    if period is None:
        return {}
    return {
        "rule_period": period.model_dump(
            mode="json", include={"from_", "until", "source", "note"}, exclude_none=True
        )
    }


@app.command()
def body(
    name: Annotated[
        str, typer.Argument(help="built-in body (nato, eu-council, unsc) or a body file")
    ],
    date: Annotated[
        str | None, typer.Option(help="membership on this date, YYYY-MM-DD (default today)")
    ] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table or json")] = "table",
) -> None:
    """Show a body's members on a date, its rule and its sources."""
    from concilium.bodies import load_body
    from concilium.report.tables import body_table

    fmt = check_format(fmt)
    b = load_body(name)
    on = parse_date(date)
    if on is None:
        on, note = b.default_date()
        err_console.print(Text("note: " + note, style="dim"))
    if fmt == "json":
        members = b.members_on(on)
        console.print_json(
            json.dumps(
                {
                    "body": b.id,
                    "name": b.name,
                    "date": on.isoformat(),
                    "rule": b.rule_on(on).model_dump(),
                    "members": [m.model_dump(mode="json", exclude_none=True) for m in members],
                    **_weight_table_json(b, on),
                    **_rule_period_json(b, on),
                },
                ensure_ascii=False,
                default=list,
            )
        )
        return
    console.print(body_table(b, on))


@app.command()
def schema(
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="write to this file (- for standard output)"),
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="replace an existing output file")] = False,
) -> None:
    """Print the JSON Schema of scenario files (for editor completion)."""
    from concilium.io import scenario_json_schema
    from concilium.io.output import is_stdout, write_output

    text = json.dumps(scenario_json_schema(), indent=2, ensure_ascii=False)
    if output and not is_stdout(output):
        write_output(output, text + "\n", force=force)
        err_console.print(Text(f"wrote {output}"))
    else:
        typer.echo(text)


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" + ("" if n == 1 else "s")
