"""``concilium power``: voting power indices and coalitions of a body, scenario or weights file."""

from __future__ import annotations

import datetime as dt
import json
import math
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table
from rich.text import Text

from concilium.cli._app import app, console, err_console
from concilium.cli._options import check_format, parse_date
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


@dataclass
class _Target:
    game: object
    names: dict[str, str]
    title: str
    rule: str
    date: str | None
    weights: dict[str, dict[str, float]] | None = None  # weights in their own units, for display
    note: str | None = None  # which date was assumed, and the weights' own date


def _is_scenario(path: Path) -> bool:
    from concilium.analysis.power.weights_file import read_text_head

    text = read_text_head(path)
    if text is None:
        return False
    import re

    return bool(re.search(r"^(actors|issues)\s*:", text, re.MULTILINE) or
                re.search(r'"(actors|issues)"\s*:', text))


def _resolve(target: str, date: dt.date | None, rule_name: str | None) -> _Target:
    from concilium.analysis.power.coalitions import describe_clauses
    from concilium.analysis.power.weights_file import load_weights_file, looks_like_weights_file
    from concilium.bodies import load_body

    path = Path(target)
    if path.exists() and not path.is_file():  # a FIFO, device or directory: say so
        from concilium.io.limits import open_input

        open_input(path, what="a body, scenario or weights file").close()
    if path.is_file() and looks_like_weights_file(path):
        if rule_name or date:
            raise InputError("--rule and --date apply to bodies and scenarios, not weights files")
        wf = load_weights_file(path)
        shown = {label: {p: float(wf.game.weights[i, d]) / wf.scales[label]
                         for i, p in enumerate(wf.game.players)}
                 for d, label in enumerate(wf.game.labels) if d > 0}
        return _Target(wf.game, wf.names, wf.title, describe_clauses(wf.game), None, shown)
    if path.is_file() and _is_scenario(path):
        from concilium.io import load_scenario

        sc = load_scenario(path)
        if sc.body is None or sc.date is None:
            raise InputError(f"scenario {sc.id} has no body, so there is no voting power to compute",
                             hint="give the scenario a body, or name a body: concilium power nato")
        on = date or sc.date
        rule = sc.body.get_rule(rule_name) if rule_name else sc.decision_rule
        members = sc.body.members_on(on)
        return _Target(rule.game(members), {m.id: m.name for m in members},
                       f"{sc.title}: {sc.body.name}", rule.label, on.isoformat(),
                       _member_weights(members))
    body = load_body(target)
    note = None
    if date is None:
        date, note = body.default_date()
    rule = body.get_rule(rule_name)
    members = body.members_on(date)
    if body.weights_as_of and any(m.weights for m in members):
        # label the result with the data's own date, not only today's
        note = (note + "; " if note else "") + (
            f"weights (e.g. population shares) as of {body.weights_as_of}")
    return _Target(rule.game(members), {m.id: m.name for m in members}, body.name, rule.label,
                   date.isoformat(), _member_weights(members), note)


def _member_weights(members) -> dict[str, dict[str, float]]:
    out: dict[str, dict[str, float]] = {}
    for m in members:
        for k, v in m.weights.items():
            out.setdefault(k, {})[m.id] = v
        for t in m.tags:
            out.setdefault(t, {})
    return out


def _fmt(x) -> str:
    if x is None or (isinstance(x, float) and math.isnan(x)):
        return "–"
    if isinstance(x, bool):
        return "yes" if x else ""
    if isinstance(x, float):
        return f"{x:.4f}" if abs(x) >= 1e-4 or x == 0 else f"{x:.3g}"
    return str(x)


def _weight(x) -> str:
    if isinstance(x, float) and x.is_integer():
        return str(int(x))
    return f"{x:g}" if isinstance(x, float) else str(x)


_SHOW = ("banzhaf", "banzhaf_normalised", "swings", "shapley_shubik", "holler_packel",
         "deegan_packel")
# Short headers so that a full table fits 80 columns; the legend below names them in full.
_HEAD = {"banzhaf": "Bz abs", "banzhaf_normalised": "Bz norm", "swings": "swings",
         "shapley_shubik": "SS", "holler_packel": "PGI", "deegan_packel": "DP"}
_LEGEND = {"banzhaf": "Bz abs = absolute Banzhaf (Penrose) index",
           "banzhaf_normalised": "Bz norm = normalised Banzhaf index",
           "swings": "swings = coalitions of the others the member turns from losing to winning",
           "shapley_shubik": "SS = Shapley-Shubik index",
           "holler_packel": "PGI = Holler-Packel public good index",
           "deegan_packel": "DP = Deegan-Packel index"}


@app.command("power", help=_HELP)
def power(
    body: Annotated[str, typer.Argument(help="body name, body/scenario file, or CSV/YAML weights file")],
    date: Annotated[str | None, typer.Option(help="membership on this date, YYYY-MM-DD (default: today, or the scenario's date)")] = None,
    rule: Annotated[str | None, typer.Option(help="one of the body's other rules, e.g. reinforced_qmv")] = None,
    index: Annotated[str, typer.Option("--index", "-i", help="indices, comma-separated: banzhaf, shapley, holler_packel, deegan_packel, all")] = "banzhaf,shapley",
    method: Annotated[str, typer.Option(help="exact, sampled or auto (exact when affordable)")] = "exact",
    samples: Annotated[int, typer.Option(help="random draws for --method sampled")] = 200_000,
    seed: Annotated[int | None, typer.Option(help="seed for --method sampled")] = None,
    coalitions: Annotated[bool, typer.Option("--coalitions", help="also count and list veto players, minimal winning and minimal blocking coalitions")] = False,
    block: Annotated[int | None, typer.Option("--block", "-k", help="list the groups of exactly K members that can block")] = None,
    limit: Annotated[int, typer.Option(help="how many coalitions to list")] = 10,
    plot: Annotated[Path | None, typer.Option(help="write a bar chart to this .png/.svg/.pdf file")] = None,
    force: Annotated[bool, typer.Option("--force", help="replace an existing --plot file")] = False,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table or json")] = "table",
) -> None:
    from concilium.analysis.power import (
        blocking_groups,
        minimal_blocking,
        minimal_winning,
        power_indices,
    )

    fmt = check_format(fmt)
    if method not in ("exact", "sampled", "auto"):
        raise InputError(f"--method {method!r} is not one of exact, sampled, auto")
    if limit < 0:
        raise InputError("--limit must not be negative")
    tgt = _resolve(body, parse_date(date), rule)
    game = tgt.game
    df = power_indices(game, index, method=method, samples=samples, seed=seed, names=tgt.names)
    # Show weights in their own units (18.49 % rather than the 1849 hundredths counted with).
    for col, values in (tgt.weights or {}).items():
        if col in df.columns and values and set(df["member"]) <= set(values):
            df[col] = [values[m] for m in df["member"]]
    extra: dict = {}
    if coalitions:
        extra["veto_players"] = list(game.veto_players())
        extra["minimal_winning"] = minimal_winning(game, limit).to_dict()
        extra["minimal_blocking"] = minimal_blocking(game, limit).to_dict()
    if block is not None:
        extra["blocking_groups"] = blocking_groups(game, block, limit).to_dict()
    if plot is not None:
        from concilium.report.power_plot import save_power_chart

        save_power_chart(df, plot, title=f"Voting power: {tgt.title}", force=force,
                         inputs=[body])
        err_console.print(Text(f"wrote {plot}"))
    if fmt == "json":
        console.print_json(json.dumps(_payload(tgt, df, extra), ensure_ascii=False, default=_json))
        return
    _print_table(tgt, df, extra)


def _json(x):
    if hasattr(x, "item"):
        return x.item()
    if isinstance(x, (set, frozenset, tuple)):
        return list(x)
    return str(x)


def _payload(tgt: _Target, df, extra: dict) -> dict:
    rows = []
    for rec in df.to_dict(orient="records"):
        row = {}
        for k, v in rec.items():
            if isinstance(v, float) and math.isnan(v):
                v = None
            elif v is not None and not isinstance(v, (str, bool, int, float)):
                v = _json(v) if v is not None and str(v) != "<NA>" else None
            row[k] = v
        rows.append(row)
    attrs = dict(df.attrs)
    return {
        "schema": "concilium.power/1",
        "title": tgt.title,
        "rule": tgt.rule,
        "rule_clauses": attrs.get("rule"),
        "date": tgt.date,
        "date_note": tgt.note,
        "method": attrs.get("method"),
        "arithmetic": attrs.get("arithmetic"),
        "samples": attrs.get("samples"),
        "seed": attrs.get("seed"),
        "confidence": attrs.get("confidence"),
        "members": rows,
        "exact": attrs.get("exact", {}),
        "minimal_winning_coalitions": attrs.get("minimal_winning_coalitions"),
        "citations": attrs.get("citations", {}),
        "notes": attrs.get("notes", []),
        **extra,
    }


def _print_table(tgt: _Target, df, extra: dict) -> None:
    attrs = df.attrs
    sampled = attrs.get("method") == "sampled"
    head = Text()
    head.append(f"Voting power: {tgt.title}", style="bold")
    if tgt.date:
        head.append(f" on {tgt.date}")
    head.append(f"\nRule: {tgt.rule}")
    if tgt.rule != attrs.get("rule"):
        head.append(f"  [wins when {attrs.get('rule')}]")
    if sampled:
        head.append(f"\nSAMPLED estimate: {attrs['samples']:,} random draws, seed {attrs['seed']}, "
                    f"{attrs['confidence']:.0%} confidence intervals", style="yellow")
    elif attrs.get("relative_error_bound"):
        head.append(f"\nExact algorithm, counts in {attrs.get('arithmetic')} (relative error at "
                    f"most {attrs['relative_error_bound']:.1e})")
    else:
        head.append(f"\nExact count ({attrs.get('arithmetic')})")
    console.print(head)
    if tgt.note:
        console.print(Text("note: " + tgt.note, style="dim"))
    weight_cols = [c for c in df.columns if c not in ("member", "name", "veto", "dummy", "method")
                   and not c.endswith(("_ci_low", "_ci_high")) and c not in _SHOW]
    table = Table(header_style="bold", show_lines=False, pad_edge=False)
    table.add_column("member", no_wrap=True)
    table.add_column("name", overflow="ellipsis", no_wrap=True, max_width=18)
    for c in weight_cols:
        table.add_column(c[:10], justify="right", no_wrap=True)
    shown = [c for c in _SHOW if c in df.columns]
    for c in shown:
        ci = f" ({attrs['confidence']:.0%} CI)" if sampled and f"{c}_ci_low" in df else ""
        table.add_column(_HEAD[c] + ci, justify="right", no_wrap=True)
    table.add_column("veto", no_wrap=True)
    for _, r in df.iterrows():
        cells = [str(r["member"]), str(r["name"])] + [_weight(r[c]) for c in weight_cols]
        for c in shown:
            v = _fmt(r[c])
            if sampled and f"{c}_ci_low" in df:
                v += f" [{_fmt(r[c + '_ci_low'])}, {_fmt(r[c + '_ci_high'])}]"
            cells.append(v)
        cells.append(_fmt(bool(r["veto"])))
        table.add_row(*cells)
    # Numbers must never be cut: print wider than the terminal if the table needs it.
    need = console.measure(table, options=console.options.update_width(10_000)).maximum
    width = console.width
    try:
        console.width = max(width, need)
        console.print(table)
    finally:
        console.width = width
    console.print(Text("; ".join(_LEGEND[c] for c in shown), style="dim"))
    for note in attrs.get("notes", []):
        console.print(Text("• " + note))
    if "veto_players" in extra:
        vp = extra["veto_players"]
        console.print(Text("\nVeto players: " + (", ".join(tgt.names.get(v, v) for v in vp) or "none"),
                           style="bold"))
    for key in ("minimal_winning", "minimal_blocking", "blocking_groups"):
        if key in extra:
            _print_list(extra[key], tgt.names)


def _print_list(info: dict, names: dict[str, str]) -> None:
    count = info["count"]
    listed = info["listed"]
    head = f"\n{info['what'].capitalize()}: {count:,}"
    if count == 0:
        head += " (none)"
    elif not info["complete"]:
        head += f" (showing {len(listed)})"
    console.print(Text(head, style="bold"))
    for c in listed:
        console.print("  " + ", ".join(names.get(m, m) for m in c))
