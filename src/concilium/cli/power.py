"""``concilium power``: voting power indices and coalitions of a body, scenario or weights file."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.text import Text

from concilium.cli._app import app, console, err_console
from concilium.cli._options import check_format, parse_date

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
    samples: Annotated[int, typer.Option(help="random draws for --method sampled")] = 200_000,
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
    limit: Annotated[int, typer.Option(help="how many coalitions to list")] = 10,
    plot: Annotated[
        Path | None, typer.Option(help="write a bar chart to this .png/.svg/.pdf file")
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="replace an existing --plot file")] = False,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table or json")] = "table",
) -> None:
    from concilium.analysis.power.result import analyse_power, resolve_target
    from concilium.report.power import print_power

    fmt = check_format(fmt)
    target = resolve_target(body, parse_date(date), rule)
    result = analyse_power(
        target,
        index,
        method=method,
        samples=samples,
        seed=seed,
        coalitions=coalitions,
        block=block,
        limit=limit,
    )
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
    if fmt == "json":
        typer.echo(result.to_json())
        return
    print_power(console, result)
