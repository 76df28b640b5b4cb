"""``concilium power``: voting power indices and coalitions of a body, scenario or weights file."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any, Self

import typer
from rich.text import Text

from concilium.cli._app import app, console, err_console
from concilium.cli._options import check_format, parse_date
from concilium.cli._results import NoStoreOpt, OutputOpt, StoreOpt
from concilium.errors import InputError

_HELP = (
    "Voting power of each member: Banzhaf, Shapley-Shubik, Holler-Packel, Deegan-Packel.\n\n"
    "BODY is a built-in body (nato, eu-council, unsc), a body file, a scenario file (its body "
    "and rule on its date), or a small CSV/YAML file of weights and quotas, e.g.\n\n"
    "\b\n"
    "    member,name,weight\n"
    "    A,Alpha,4\n"
    "    B,Beta,2\n"
    "    C,Gamma,1\n"
    "    quota,4\n\n"
    "Several 'quota' rows are alternatives; a row may combine conditions such as "
    "'members >= 55% and population >= 65%' (percentages of the listed members' totals). "
    "Counts are exact; a game too large to count is refused unless --method sampled (or auto). "
    "See docs/power.md."
)


@app.command("power", help=_HELP)
def power(
    body: Annotated[
        str, typer.Argument(help="body name, body/scenario file, or CSV/YAML weights file")
    ],
    date: Annotated[
        str | None,
        typer.Option(
            help="membership on this date, YYYY-MM-DD (default: today, or the scenario's date)"
        ),
    ] = None,
    rule: Annotated[
        str | None, typer.Option(help="one of the body's other rules, e.g. reinforced_qmv")
    ] = None,
    index: Annotated[
        str,
        typer.Option(
            "--index",
            "-i",
            help="indices, comma-separated: banzhaf, shapley, holler_packel, deegan_packel, all",
        ),
    ] = "banzhaf,shapley",
    method: Annotated[
        str, typer.Option(help="exact, sampled or auto (exact when affordable)")
    ] = "exact",
    samples: Annotated[
        int, typer.Option(help="random draws for --method sampled (at most 10,000,000)")
    ] = 200_000,
    seed: Annotated[int | None, typer.Option(help="seed for --method sampled")] = None,
    coalitions: Annotated[
        bool,
        typer.Option(
            "--coalitions",
            help="also count and list veto players, minimal winning and minimal blocking coalitions",
        ),
    ] = False,
    block: Annotated[
        int | None,
        typer.Option("--block", "-k", help="list the groups of exactly K members that can block"),
    ] = None,
    limit: Annotated[
        int, typer.Option(help="how many coalitions to list (at most 10,000; counts are exact)")
    ] = 10,
    max_seconds: Annotated[
        float,
        typer.Option(
            "--max-seconds",
            help="refuse (--method exact) or sample instead (--method auto) when an exact count "
            "is estimated to take longer",
        ),
    ] = 60.0,
    plot: Annotated[
        Path | None, typer.Option(help="write a bar chart to this .png/.svg/.pdf file")
    ] = None,
    force: Annotated[
        bool, typer.Option("--force", help="replace existing --plot and -o files")
    ] = False,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table or json")] = "table",
    output: OutputOpt = None,
    store: StoreOpt = None,
    no_store: NoStoreOpt = False,
) -> None:
    from concilium.analysis.power._limits import check_listing, check_samples
    from concilium.analysis.power.result import analyse_power, resolve_target
    from concilium.cli._results import finish_power
    from concilium.report.power import print_power
    from concilium.store import now_utc

    fmt = check_format(fmt)
    started = now_utc()
    if coalitions or block is not None:
        check_listing(limit)  # before anything is counted
    if method != "exact":
        check_samples(samples)
    if not max_seconds > 0:
        raise InputError("--max-seconds must be positive")
    target = resolve_target(body, parse_date(date), rule)
    with _ProgressBar(target.game, index, method) as bar:
        result = analyse_power(
            target,
            index,
            method=method,
            samples=samples,
            seed=seed,
            coalitions=coalitions,
            block=block,
            limit=limit,
            max_seconds=max_seconds,
            progress=bar.update,
        )
    for note in result.notes:
        if note.startswith("too large for an exact count"):
            err_console.print(Text("note: " + note, style="yellow"))
    if plot is not None:
        from concilium.report.power_plot import save_power_chart

        save_power_chart(
            result.to_frame(),
            plot,
            title=f"Voting power: {target.title}",
            force=force,
            inputs=[body],
        )
        err_console.print(Text(f"wrote {plot}"))
    finish_power(
        json.loads(result.to_json()),
        {
            "label": target.title,
            "target": body,
            "date": target.date,
            "rule": target.rule,
            "indices": index,
            "members": target.names,
            "weights": target.weights,
        },
        body,
        output=output,
        force=force,
        store=store,
        no_store=no_store,
        started=started,
    )
    if fmt == "json":
        typer.echo(result.to_json())
        return
    print_power(console, result)


class _ProgressBar:
    """A progress bar with the time left on stderr, for exact counts estimated to take more
    than :data:`_BAR_AFTER` seconds; the library reports the fraction done through a callback."""

    def __init__(self, game: Any, index: str, method: str):
        from concilium.analysis.power.indices import estimate_seconds

        self.bar: Any = None
        self.task: Any = None
        try:
            slow = method != "sampled" and estimate_seconds(game, index) > _BAR_AFTER
        except InputError:
            slow = False  # the library reports the problem itself
        if slow:
            from rich.progress import (
                BarColumn,
                Progress,
                TaskProgressColumn,
                TextColumn,
                TimeElapsedColumn,
                TimeRemainingColumn,
            )

            self.bar = Progress(
                TextColumn("exact count"),
                BarColumn(),
                TaskProgressColumn(),
                TimeElapsedColumn(),
                TextColumn("left"),
                TimeRemainingColumn(),
                console=err_console,
                transient=True,
            )

    def __enter__(self) -> Self:
        if self.bar is not None:
            self.bar.start()
            self.task = self.bar.add_task("count", total=1.0)
        return self

    def update(self, fraction: float) -> None:
        if self.bar is not None and self.task is not None:
            self.bar.update(self.task, completed=fraction)

    def __exit__(self, *exc: object) -> None:
        if self.bar is not None:
            self.bar.stop()


_BAR_AFTER = 2.0  # seconds: a quicker count shows no bar
