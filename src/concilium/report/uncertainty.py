"""Renderers for simulations, flips, sensitivity and comparisons (terminal and JSON).

Every user-supplied string (titles, names, ids) goes into rich as :class:`rich.text.Text`,
never as markup.
"""

from __future__ import annotations

import json
from typing import Any

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

__all__ = [
    "comparison_view",
    "flips_view",
    "likelihood",
    "sensitivity_view",
    "simulation_json",
    "simulation_view",
]

SPARK = " ▁▂▃▄▅▆▇█"


def likelihood(p: float | None) -> str:
    """Words for a probability (the bands of the IPCC's calibrated language, coarsened)."""
    if p is None:
        return "undecided"
    if p < 0.05:
        return "very unlikely"
    if p < 1 / 3:
        return "unlikely"
    if p <= 2 / 3:
        return "about as likely as not"
    if p <= 0.95:
        return "likely"
    return "very likely"


def _pct(p: float | None, digits: int = 1) -> str:
    if p is None:
        return "–"
    return f"{100 * p:.{digits}f} %"


def _num(x: float | None) -> str:
    if x is None:
        return "–"
    return f"{x:.4g}" if abs(x - round(x)) > 1e-9 else f"{round(x):d}"


def _short(p: float) -> str:
    """A percentage in few characters: 0, 0.038, 12.3, 100."""
    v = 100 * p
    if v == 0 or v == 100:
        return f"{v:.0f}"
    return f"{v:.2g}" if v < 1 else f"{v:.1f}"


def spark(counts: list[int]) -> str:
    top = max(counts) if counts else 0
    if top <= 0:
        return ""
    return "".join(SPARK[0 if c == 0 else max(1, round(8 * c / top))] for c in counts)


def _blockers(ms, k: int = 3) -> Text:
    t = Text()
    for j, b in enumerate(ms.blocking[:k]):
        if j:
            t.append(", ")
        t.append(b.name)
        share = "<1 %" if 0 < b.blocks < 0.005 else _pct(b.blocks, 0)
        t.append(f" {share}", style="dim")
    if not ms.blocking:
        t.append("–")
    return t


def simulation_view(sim) -> RenderableType:
    """Headline, one table per issue (a row per model and one for all models), the reading."""
    parts: list[RenderableType] = []
    head = Text()
    head.append(sim.title or sim.scenario, style="bold")
    head.append(
        f"\nMonte Carlo: {sim.draws_done:,} draws (seed {sim.seed}), "
        f"{len(sim.inputs)} uncertain input(s), model(s): {', '.join(sim.models)}"
    )
    parts.append(head)
    for iss in sim.issues:
        table = Table(title=Text(iss.title), header_style="bold", title_justify="left")
        table.add_column("Model")
        table.add_column("P(adopted) [95 %]", justify="right")
        table.add_column("Outcome median (5–95 %)")
        table.add_column("Point forecast")
        table.add_column("Blocks most often")
        rows = list(iss.models) + ([iss.combined] if iss.combined is not None else [])
        for ms in rows:
            q = ms.outcome.quantiles
            band = Text(
                f"{_num(q.get('0.5'))} ({_num(q.get('0.05'))}–{_num(q.get('0.95'))})" if q else "–"
            )
            sp = spark(ms.outcome.counts)
            if sp.strip():
                band.append("\n" + sp, style="cyan")
            point = (
                "–"
                if ms.point_adopted is None and ms.point_outcome is None
                else (
                    "adopted"
                    if ms.point_adopted
                    else "not adopted"
                    if ms.point_adopted is False
                    else "undecided"
                )
                + f" ({_num(ms.point_outcome)})"
            )
            prob = _pct(ms.p_adopted)
            if ms.interval is not None:
                prob += f"\n{_short(ms.interval[0])}–{_short(ms.interval[1])} %"
            table.add_row(
                Text(ms.model, style="bold" if ms.model == "all" else ""),
                Text(prob),
                band,
                Text(point),
                _blockers(ms),
            )
        parts.append(table)
        main = iss.combined if iss.combined is not None else iss.models[0]
        text = Text()
        if main.p_adopted is not None:
            text.append(f"The proposal is {likelihood(main.p_adopted)}: ", style="bold")
            who = "all models together" if main.model == "all" else f"the {main.model} model"
            text.append(
                f"adopted in {main.adopted:,} of {main.decided:,} draws under {who} "
                f"({_pct(main.p_adopted)}; 95 % interval {_pct(main.interval[0], 2)} to "
                f"{_pct(main.interval[1], 2)})."
            )
        for b in main.blocking[:3]:
            if b.blocks >= 0.05:
                text.append("\n")
                text.append(b.name)
                how = []
                if b.veto > 0:
                    how.append(f"its objection alone stops it in {_pct(b.veto)}")
                if b.pivotal > 0:
                    how.append(f"its yes alone would carry it in {_pct(b.pivotal)}")
                text.append(f" blocks in {_pct(b.blocks)} of draws ({'; '.join(how)}).")
        parts.append(text)
    notes = []
    whose = {"scenario": "the scenario's default stance", "body": "the body's default stance"}
    for issue, members in sim.default_stance.items():
        notes.append(
            f"{len(members)} member(s) without a stance on {issue} take "
            f"{whose.get(sim.default_stance_from or '', 'the default stance')}: "
            f"{', '.join(members[:10])}"
            + (f" and {len(members) - 10} more" if len(members) > 10 else "")
        )
    notes += sim.notes
    if not sim.inputs:
        notes.append("no input has a range: every draw is the point forecast")
    for n in notes:
        parts.append(Text("note: " + n, style="yellow"))
    return Group(*parts)


def simulation_json(sim) -> str:
    return sim.to_json(indent=2)


def dumps(data: Any) -> str:
    return json.dumps(data, indent=2, ensure_ascii=False)


# ------------------------------------------------------------------------------ flips
def _move(f) -> str:
    if f is None or f.current is None:
        return "–"
    if f.to is None:
        return "no change of this actor alone flips it"
    return (
        f"{_num(f.current)} → {_num(round(f.to, 6))} ({'+' if f.change >= 0 else ''}"
        f"{_num(round(f.change, 6))})"
    )


def flips_view(report) -> RenderableType:
    """Per issue: the verdict, the actors whose single move flips it, then groups."""
    parts: list[RenderableType] = []
    head = Text()
    head.append(report.title or report.scenario, style="bold")
    head.append(f"\nWhat would flip the forecast of the {report.model} model")
    parts.append(head)
    for iss in report.issues:
        verdict = (
            ("adopted" if iss.verdict else "not adopted")
            if iss.criterion == "adopted"
            else (f"{iss.criterion}: {'yes' if iss.verdict else 'no'}")
        )
        line = Text()
        line.append(iss.title, style="bold")
        line.append(f": now {verdict} (outcome {_num(iss.outcome)})")
        parts.append(line)
        table = Table(header_style="bold")
        for col in ("Actor", "Position", "Salience", "Capability"):
            table.add_column(col)
        movers = [a for a in iss.actors if any(f.to is not None for f in a.fields)]
        for a in movers:
            table.add_row(
                Text(a.name),
                *(Text(_move(a.smallest(f))) for f in ("position", "salience", "capability")),
            )
        if movers:
            parts.append(table)
        for a in movers:
            f = a.smallest("position")
            if f is not None and f.to is not None:
                t = Text()
                t.append(a.name, style="bold")
                t.append(
                    f" would have to move from {_num(f.current)} to {_num(round(f.to, 4))} "
                    f"({'+' if f.change >= 0 else ''}{_num(round(f.change, 4))} on the "
                    f"{_num(f.low)}..{_num(f.high)} scale) to flip the forecast."
                )
                parts.append(t)
        still = [a.name for a in iss.actors if a not in movers]
        if still:
            shown = ", ".join(still[:12]) + (
                f" and {len(still) - 12} more" if len(still) > 12 else ""
            )
            t = Text(
                f"No change of one actor alone flips it for {len(still)} other actor(s): {shown}.",
                style="dim",
            )
            parts.append(t)
        if iss.groups:
            g = Table(
                title=Text(f"Smallest groups that flip it together ({iss.group_size} actors)"),
                header_style="bold",
                title_justify="left",
            )
            g.add_column("Actors")
            g.add_column("Joint move")
            g.add_column("Total", justify="right")
            for grp in iss.groups:
                moves = "; ".join(
                    f"{k} {_num(round(v[0], 4))} → {_num(round(v[1], 4))}"
                    for k, v in grp.moves.items()
                )
                g.add_row(Text(", ".join(grp.actors)), Text(moves), _num(round(grp.total_move, 4)))
            parts.append(g)
        else:
            parts.append(
                Text(
                    f"No group of 2 to {iss.max_group} actors, none of which flips it "
                    "alone, flips it by moving together.",
                    style="dim",
                )
            )
    return Group(*parts)


# ------------------------------------------------------------------------------ sensitivity
def _input_name(name: str, issue: str) -> str:
    """``FRA.tokyo-office.position`` in the table of issue tokyo-office is ``FRA position``."""
    actor, sep, rest = name.partition(f".{issue}.")
    return f"{actor} {rest}" if sep and actor and rest else name


def sensitivity_view(result, top: int = 12) -> RenderableType:
    parts: list[RenderableType] = [Text(f"Sensitivity of {result.scenario}", style="bold")]
    for iss in result.issues:
        t = Table(
            title=Text(
                f"{iss.issue}: {iss.model}, output {iss.output} (tornado: each "
                "input over its range, the rest at their values; the output at its low "
                "and high end; S1, ST: first-order and total Sobol indices)"
            ),
            header_style="bold",
            title_justify="left",
        )
        sob = {r.input: r for r in iss.sobol}
        rows = []
        for r in iss.tornado[:top]:
            s = sob.get(r.input)
            rows.append(
                (
                    f"{_num(r.low)}..{_num(r.high)}",
                    _num(r.outcome_at_low),
                    _num(r.outcome_at_high),
                    _num(round(r.swing, 4)),
                    _pct(r.adopted_share, 0),
                    "–" if s is None or s.first is None else f"{s.first:.2f}",
                    "–" if s is None or s.total is None else f"{s.total:.2f}",
                )
            )
        # numbers are never cut: each numeric column is as wide as its longest cell, and the
        # input names fold instead, so the table fits 80 columns (issue 14)
        t.add_column("Input", overflow="fold", ratio=1)
        heads = ("Range", "Low", "High", "Swing", "Adopted", "S1", "ST")
        for i, head in enumerate(heads):
            widest = max((len(row[i]) for row in rows), default=0)
            t.add_column(head, justify="right", no_wrap=True, min_width=widest)
        for r, cells in zip(iss.tornado[:top], rows, strict=True):
            t.add_row(Text(_input_name(r.input, iss.issue)), *cells)
        parts.append(t)
        if iss.variance == 0.0:
            parts.append(
                Text(
                    f"The {iss.output} does not vary over the inputs' ranges: there is "
                    "no variance to apportion (try --output point).",
                    style="yellow",
                )
            )
        elif len(iss.tornado) > top:
            parts.append(
                Text(f"({len(iss.tornado) - top} more inputs in the JSON output)", style="dim")
            )
    return Group(*parts)


# ------------------------------------------------------------------------------ compare
def comparison_view(cmp) -> RenderableType:
    parts: list[RenderableType] = []
    t = Table(
        title=Text(f"Inputs that differ: {cmp.a} → {cmp.b}"),
        header_style="bold",
        title_justify="left",
    )
    t.add_column("Input")
    t.add_column(Text(cmp.a))
    t.add_column(Text(cmp.b))
    for c in cmp.changes:
        t.add_row(Text(c.what), Text(_show(c.a)), Text(_show(c.b)))
    parts.append(t if cmp.changes else Text("The inputs are the same.", style="dim"))
    f = Table(title=Text("Forecasts"), header_style="bold", title_justify="left")
    for col in ("Model", "Issue", f"{cmp.a}", f"{cmp.b}", "Changed"):
        f.add_column(Text(col))
    for p in cmp.forecasts:
        f.add_row(
            Text(p.model),
            Text(p.issue),
            Text(_verdict(p.adopted_a, p.outcome_a, p.blockers_a)),
            Text(_verdict(p.adopted_b, p.outcome_b, p.blockers_b)),
            Text("yes" if p.changed else "no", style="bold" if p.changed else "dim"),
        )
    parts.append(f)
    return Group(*parts)


def _verdict(adopted, outcome, blockers) -> str:
    v = "adopted" if adopted else ("not adopted" if adopted is False else "undecided")
    out = f"{v} ({_num(outcome)})"
    if blockers:
        out += " blocked by " + ", ".join(blockers[:4])
    return out


def _show(v) -> str:
    if v is None:
        return "–"
    if isinstance(v, float):
        return _num(v)
    if isinstance(v, (dict, list)):
        return json.dumps(v, ensure_ascii=False)
    return str(v)
