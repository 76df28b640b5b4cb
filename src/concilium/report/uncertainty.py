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

__all__ = ["likelihood", "simulation_json", "simulation_view"]

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
    for issue, members in sim.default_stance.items():
        notes.append(
            f"{len(members)} member(s) without a stance on {issue} take the scenario's "
            f"default stance: {', '.join(members[:10])}"
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
