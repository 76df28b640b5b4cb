"""``concilium runs``: list, show, compare, export and remove stored runs.

Also the ``--store`` / ``--no-store`` options that ``forecast``, ``simulate`` and ``power`` share, and the
one function they call to record a run (a store that cannot be written is a warning, never a
failed forecast).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.table import Table
from rich.text import Text

from concilium.cli._app import app, console, err_console
from concilium.errors import InputError

if TYPE_CHECKING:
    from concilium.store import RunRecord, RunStore

StoreOpt = Annotated[
    Path | None,
    typer.Option(
        "--store",
        help="run store file (default: $CONCILIUM_STORE, else "
        "~/.local/share/concilium/runs.sqlite)",
        show_default=False,
    ),
]
NoStoreOpt = Annotated[bool, typer.Option("--no-store", help="do not record this run")]

runs_app = typer.Typer(
    name="runs", help="Stored runs: list, show, diff, export, rm.", no_args_is_help=True
)
app.add_typer(runs_app)


def open_store(path: Path | None) -> RunStore:
    from concilium.store import RunStore, default_store_path

    return RunStore(path or default_store_path())


def record_runs(
    store: Path | None, no_store: bool, make: Callable[[], Sequence[RunRecord]]
) -> list[int]:
    """Record runs unless ``--no-store``; say where on stderr.  A store that cannot be opened
    or written is reported as a warning: the results were already shown."""
    import sqlite3

    if no_store:
        return []
    try:
        with open_store(store) as st:
            ids = st.record_many(make())
            where = st.path
    except (InputError, OSError, sqlite3.Error) as exc:
        err_console.print(Text(f"warning: run not stored: {exc}", style="yellow"))
        return []
    if ids:
        shown = f"run {ids[0]}" if len(ids) == 1 else f"runs {ids[0]}–{ids[-1]}"
        err_console.print(
            Text(
                f"stored as {shown} in {where} (`concilium runs show "
                f"{ids[0]}`; --no-store to skip)",
                style="dim",
            )
        )
    return ids


@runs_app.command("list")
def list_runs(
    scenario: Annotated[
        str | None,
        typer.Option("--scenario", "-s", help="only runs of this scenario id (or source file)"),
    ] = None,
    kind: Annotated[str | None, typer.Option(help="forecast, simulate or power")] = None,
    limit: Annotated[int, typer.Option(help="how many, newest first")] = 50,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table or json")] = "table",
    store: StoreOpt = None,
) -> None:
    """List stored runs, newest first."""
    fmt = _fmt(fmt)
    with open_store(store) as st:
        runs = st.list(label=scenario, kind=kind, limit=max(0, limit))
        path = st.path
    if fmt == "json":
        typer.echo(json.dumps([r.to_dict() for r in runs], ensure_ascii=False, indent=2))
        return
    if not runs:
        console.print(Text(f"no runs in {path}" + (f" for {scenario}" if scenario else "")))
        return
    table = Table(title=f"Runs in {path}", header_style="bold", title_justify="left")
    for col in ("Id", "When (UTC)", "Kind", "Scenario / body", "Model", "Seed", "Result"):
        table.add_column(col, overflow="fold")
    for r in runs:
        table.add_row(
            *(
                Text(x)
                for x in (
                    str(r.id),
                    r.finished_at[:19].replace("T", " "),
                    r.kind,
                    r.label or "",
                    r.model,
                    "" if r.seed is None else str(r.seed),
                    r.summary or "",
                )
            )
        )
    console.print(table)


@runs_app.command("show")
def show_run(
    run: Annotated[str, typer.Argument(help="run id (or uid prefix)")],
    fmt: Annotated[str, typer.Option("--format", "-f", help="table or json")] = "table",
    store: StoreOpt = None,
) -> None:
    """Show one run: how it was made and its results."""
    fmt = _fmt(fmt)
    with open_store(store) as st:
        r = st.get(run)
    if fmt == "json":
        typer.echo(json.dumps(r.to_dict(), ensure_ascii=False, indent=2))
        return
    head = Text()
    head.append(f"Run {r.id}", style="bold")
    head.append(f" ({r.uid})\n", style="dim")
    for label, value in (
        ("kind", r.kind),
        ("scenario", r.label),
        ("title", r.title),
        ("source", r.source),
        ("model", r.model),
        ("params", json.dumps(r.params, ensure_ascii=False)),
        ("seed", r.seed),
        ("input", r.input_hash),
        ("concilium", r.concilium_version),
        ("started", r.started_at),
        ("finished", r.finished_at),
    ):
        if value not in (None, "", "{}"):
            head.append(f"{label:>10}: ", style="bold")
            head.append(f"{value}\n")
    console.print(head, end="")
    if r.kind == "simulate":
        from concilium.analysis.uncertainty.result import Simulation
        from concilium.report.uncertainty import simulation_view

        console.print(simulation_view(Simulation.model_validate(r.results or {})))
        return
    if r.kind == "power":
        table = Table(header_style="bold")
        members = (r.results or {}).get("members", [])
        cols = [
            c
            for c in (
                "member",
                "name",
                "banzhaf_normalised",
                "shapley_shubik",
                "holler_packel",
                "deegan_packel",
                "veto",
            )
            if members and c in members[0]
        ]
        for c in cols:
            table.add_column(c)
        for m in members:
            table.add_row(*(_cell(m.get(c)) for c in cols))
        console.print(table)
        return
    table = Table(header_style="bold")
    for col in ("Issue", "Status quo", "Proposal", "Outcome", "Decision", "Blocked by"):
        table.add_column(col)
    for i in (r.results or {}).get("issues", []):
        verdict = {True: "ADOPTED", False: "NOT ADOPTED"}.get(i.get("adopted"), "undecided")
        table.add_row(
            _cell(i.get("issue")),
            _cell(i.get("status_quo")),
            _cell(i.get("proposal")),
            _cell(i.get("outcome")),
            verdict,
            _cell(", ".join(i.get("blockers") or []) or None),
        )
    console.print(table)
    for i in (r.results or {}).get("issues", []):
        for sentence in i.get("explanation") or []:
            console.print(Text("  • " + sentence))


@runs_app.command("diff")
def diff_cmd(
    a: Annotated[str, typer.Argument(help="the earlier run's id")],
    b: Annotated[str, typer.Argument(help="the later run's id")],
    fmt: Annotated[str, typer.Option("--format", "-f", help="table or json")] = "table",
    store: StoreOpt = None,
) -> None:
    """What changed between two runs: how they were run, their inputs and their results."""
    from concilium.store.records import diff_runs

    fmt = _fmt(fmt)
    with open_store(store) as st:
        d = diff_runs(st.get(a), st.get(b))
    if fmt == "json":
        typer.echo(json.dumps(d.to_dict(), ensure_ascii=False, indent=2, default=str))
        return
    console.print(
        Text(
            f"Run {d.a.id} → run {d.b.id}: " + ("same input" if d.same_input else "inputs differ"),
            style="bold",
        )
    )
    if d.a.label != d.b.label:
        console.print(
            Text(f"note: different scenarios ({d.a.label} vs {d.b.label})", style="yellow")
        )
    if not d.changes:
        console.print("no differences")
        return
    for section, title in (("run", "How it was run"), ("input", "Inputs"), ("results", "Results")):
        changes = d.section(section)
        if not changes:
            continue
        table = Table(title=title, header_style="bold", title_justify="left")
        table.add_column("What", overflow="fold")
        table.add_column(f"Run {d.a.id}", overflow="fold")
        table.add_column(f"Run {d.b.id}", overflow="fold")
        for c in changes:
            table.add_row(Text(c.path), _cell(c.before), _cell(c.after))
        console.print(table)


@runs_app.command("export")
def export_cmd(
    runs: Annotated[list[str] | None, typer.Argument(help="run ids (default: all)")] = None,
    output: Annotated[
        Path,
        typer.Option(
            "--output",
            "-o",
            help="file to write: .json (runs with inputs and results) or .csv "
            "(one row per run and issue; per issue and model for simulations)",
        ),
    ] = Path("-"),
    force: Annotated[bool, typer.Option("--force", help="overwrite an existing file")] = False,
    store: StoreOpt = None,
) -> None:
    """Export runs (all, or the ones named) as JSON or a tidy CSV table."""
    from concilium.report.outputs import write_table_or_json
    from concilium.store.records import export_rows

    with open_store(store) as st:
        refs = runs or [str(r.id) for r in st.list()]
        full = [st.get(ref) for ref in refs]
    rows = [row for r in full for row in export_rows(r)]
    payload = {"schema": "concilium.runs/1", "runs": [r.to_dict() for r in full]}
    write_table_or_json(output, payload, rows, force=force)


@runs_app.command("rm")
def rm_cmd(
    runs: Annotated[list[str], typer.Argument(help="run ids to remove")],
    store: StoreOpt = None,
) -> None:
    """Remove runs from the store."""
    with open_store(store) as st:
        ids = [st.get(ref).id for ref in runs]
        n = st.remove(ids)
    console.print(f"removed {n} run(s)")


def _fmt(value: str) -> str:
    v = value.lower()
    if v not in ("table", "json"):
        raise InputError(f"--format {value!r} is not one of table, json")
    return v


def _cell(x: Any) -> Text:
    """A table cell as plain text (never read as rich markup: names come from user files)."""
    if x is None:
        return Text("–")
    if isinstance(x, bool):
        return Text("yes" if x else "no")
    if isinstance(x, float):
        return Text(f"{x:.4g}")
    if isinstance(x, (dict, list)):
        return Text(json.dumps(x, ensure_ascii=False))
    return Text(str(x))
