"""Charts of scenarios and forecasts (matplotlib, imported only when a chart is drawn).

Every function returns a :class:`matplotlib.figure.Figure` built directly (no pyplot, no GUI:
rendering goes through the Agg canvas), so the same figure can be written to a file, embedded
in the HTML report, or shown by the web app.

* :func:`issue_figure`: the actors on each issue's scale (members and outside stakeholders,
  marker area proportional to capability x salience when given), the status quo, the
  proposal, the win set of the status quo (shaded) and every model's forecast.
* :func:`trajectory_figure`: round-by-round positions of an iterative model (e.g. the
  expected-utility model), one line per actor, and the weighted median per round.
* :func:`power_figure`: power indices as bars (:mod:`concilium.report.power_plot`).
* :func:`outcome_figure`: a simulation's outcome distribution per issue and model (the
  histogram as the share of draws per bin, the 5-25-50-75-95 % quantiles as a box, and
  P(adopted) with its 95 % interval in the legend).
* :func:`tornado_figure`: a sensitivity analysis per issue: the one-at-a-time swing of the
  output over each input's range (tornado bars) beside the first-order and total Sobol
  indices of the same inputs.
"""

from __future__ import annotations

import base64
import io
import math
import os
from collections.abc import Iterable, Sequence
from typing import Any

from concilium.errors import InputError

__all__ = [
    "figure_bytes",
    "figure_data_uri",
    "has_rounds",
    "issue_figure",
    "outcome_figure",
    "power_figure",
    "save_figure",
    "tornado_figure",
    "trajectory_figure",
    "trajectory_rows",
]

# Colours (matplotlib's default cycle) kept fixed so that charts look the same everywhere.
_MEMBER = "#1f77b4"
_STAKEHOLDER = "#7f7f7f"
_SQ = "#d62728"
_PROPOSAL = "#2ca02c"
_WINSET = "#2ca02c"
_MODEL_COLOURS = (
    "#9467bd",
    "#ff7f0e",
    "#8c564b",
    "#e377c2",
    "#17becf",
    "#bcbd22",
    "#1f77b4",
    "#d62728",
)
_RC: dict[str, Any] = {"svg.fonttype": "path", "svg.hashsalt": "concilium", "font.size": 9}


def _figure(width: float, height: float):
    try:
        from matplotlib.figure import Figure
    except ImportError:  # pragma: no cover - depends on the environment
        raise InputError(
            "drawing a chart needs matplotlib, which is not installed",
            hint="pip install 'concilium[plot]'",
        ) from None
    return Figure(figsize=(width, height), layout="constrained")


def _num(x: float) -> str:
    return f"{x:.4g}" if abs(x - round(x)) > 1e-9 else f"{round(x):d}"


def _win_set(scenario: Any, issue_id: str, forecasts: Sequence[Any]) -> list[dict] | None:
    for f in forecasts:
        for i in f.issues:
            if i.issue == issue_id and "win_set" in i.details:
                return list(i.details["win_set"])
    issue = scenario.issue(issue_id)
    if issue.status_quo is None or scenario.vote != "separate":
        return None
    from concilium.models import run_model

    try:
        proc = run_model(scenario, "procedural")
    except InputError:
        return None
    return list(proc.issue(issue_id).details.get("win_set", []))


def issue_figure(
    scenario: Any,
    forecasts: Iterable[Any] = (),
    *,
    issues: Sequence[str] | None = None,
    title: str | None = None,
):
    """The actors of ``scenario`` on each issue's scale with the status quo, the proposal,
    the win set of the status quo and the forecast of each model in ``forecasts``.

    One panel per issue (``issues`` picks some).  Actors are sorted by position; voting
    members are blue dots, outside stakeholders grey squares; each model's forecast is a
    labelled diamond above the actors, its bargaining point (when it differs from the
    outcome, e.g. blocked by the rule) a hollow diamond.
    """
    forecasts = list(forecasts)
    chosen = [scenario.issue(i) for i in issues] if issues else list(scenario.issues)
    names = {a.id: a.name for a in scenario.actors}
    lanes_per = [
        sum(1 for a in scenario.actors if i.id in a.stances) + len(forecasts) + 1 for i in chosen
    ]
    height = sum(0.24 * n + 1.3 for n in lanes_per) + 0.4
    fig = _figure(8.0, min(max(height, 3.0), 60.0))
    axes = fig.subplots(len(chosen), 1, squeeze=False)[:, 0]
    from matplotlib import rc_context

    with rc_context(_RC):  # type: ignore[arg-type]
        for ax, issue in zip(axes, chosen):
            _issue_panel(ax, scenario, issue, forecasts, names)
    fig.suptitle(title or scenario.title, fontsize=11)
    return fig


def _issue_panel(
    ax, scenario: Any, issue: Any, forecasts: Sequence[Any], names: dict[str, str]
) -> None:
    arr = scenario.issue_arrays(issue.id)
    order = sorted(range(len(arr.actor_ids)), key=lambda k: (arr.positions[k], arr.actor_ids[k]))
    lo, hi = issue.scale.min, issue.scale.max
    span = hi - lo
    n = len(order)
    # Win set of the status quo, shaded.
    ws = _win_set(scenario, issue.id, forecasts)
    if ws == []:
        ax.fill_between([], [], color=_WINSET, alpha=0.12, label="win set of the status quo: empty")
    if ws:
        for k, iv in enumerate(ws):
            a, b = float(iv["lo"]), float(iv["hi"])
            width = max(b - a, span * 0.004)
            ax.axvspan(
                a,
                a + width,
                color=_WINSET,
                alpha=0.12,
                lw=0,
                label="win set of the status quo" if k == 0 else None,
            )
    # Actors.
    caps = [arr.capabilities[k] for k in order]
    sals = [arr.saliences[k] for k in order]
    weights = [
        (0 if math.isnan(c) else c) * (100 if math.isnan(s) else s) for c, s in zip(caps, sals)
    ]
    wmax = max(weights) if weights and max(weights) > 0 else 1.0
    for y, k in enumerate(order):
        member = bool(arr.is_member[k])
        size = 18 + 160 * (weights[y] / wmax) if any(weights) else 40
        rng = None
        st = scenario.actor(arr.actor_ids[k]).stances[issue.id]
        if st.position.range is not None:
            rng = st.position.range
            ax.plot(
                rng,
                [y, y],
                color=_MEMBER if member else _STAKEHOLDER,
                alpha=0.35,
                lw=2,
                solid_capstyle="butt",
            )
        ax.scatter(
            [arr.positions[k]],
            [y],
            s=size,
            marker="o" if member else "s",
            color=_MEMBER if member else _STAKEHOLDER,
            alpha=0.85,
            zorder=3,
            edgecolor="white",
            linewidth=0.5,
        )
    ax.scatter([], [], marker="o", color=_MEMBER, label="member (area: capability × salience)")
    if not all(arr.is_member):
        ax.scatter([], [], marker="s", color=_STAKEHOLDER, label="outside stakeholder")
    labels = [names.get(arr.actor_ids[k], arr.actor_ids[k]) for k in order]
    # Models, one lane each above the actors.
    for j, f in enumerate(forecasts):
        lane = n + j + 0.5
        colour = _MODEL_COLOURS[j % len(_MODEL_COLOURS)]
        try:
            fi = f.issue(issue.id)
        except KeyError:
            continue
        bp = fi.details.get("bargaining_point")
        if isinstance(bp, (int, float)) and fi.outcome is not None and abs(bp - fi.outcome) > 1e-9:
            ax.scatter([bp], [lane], marker="D", s=50, facecolor="none", edgecolor=colour, zorder=4)
            ax.annotate(
                "",
                xy=(fi.outcome, lane),
                xytext=(bp, lane),
                arrowprops={"arrowstyle": "->", "color": colour, "alpha": 0.6},
            )
        if fi.outcome is not None:
            ax.scatter([fi.outcome], [lane], marker="D", s=60, color=colour, zorder=5)
        labels.append(f"{f.model}: " + ("–" if fi.outcome is None else _num(fi.outcome)))
    if forecasts:
        ax.axhline(n - 0.25, color="#cccccc", lw=0.8)
        ax.scatter([], [], marker="D", color="#555555", label="model forecast")
        if any(
            isinstance(fi.details.get("bargaining_point"), (int, float))
            for f in forecasts
            for fi in f.issues
            if fi.issue == issue.id
        ):
            ax.scatter(
                [],
                [],
                marker="D",
                facecolor="none",
                edgecolor="#555555",
                label="bargaining point (before the rule)",
            )
    ys = list(range(n)) + [n + j + 0.5 for j in range(len(forecasts))]
    ax.set_yticks(ys, labels)
    if issue.status_quo is not None:
        ax.axvline(
            issue.status_quo,
            color=_SQ,
            ls="--",
            lw=1.4,
            label=f"status quo ({_num(issue.status_quo)})",
        )
    if issue.proposal is not None:
        ax.axvline(
            issue.proposal,
            color=_PROPOSAL,
            ls="-.",
            lw=1.4,
            label=f"proposal ({_num(issue.proposal)})",
        )
    ax.set_xlim(lo - 0.03 * span, hi + 0.03 * span)
    ax.set_ylim(-0.8, (ys[-1] if ys else 0) + 0.8)
    ax.set_xlabel("position")
    if issue.scale.low:
        ax.annotate(
            f"← {issue.scale.low}",
            xy=(0, 0),
            xycoords="axes fraction",
            xytext=(0, -22),
            textcoords="offset points",
            ha="left",
            va="top",
            fontsize="small",
            color="#444444",
        )
    if issue.scale.high:
        ax.annotate(
            f"{issue.scale.high} →",
            xy=(1, 0),
            xycoords="axes fraction",
            xytext=(0, -22),
            textcoords="offset points",
            ha="right",
            va="top",
            fontsize="small",
            color="#444444",
        )
    ax.set_title(issue.title, fontsize=10, loc="left")
    ax.grid(axis="x", alpha=0.3)
    ax.legend(
        loc="upper center",
        bbox_to_anchor=(0.5, 0.0),
        borderaxespad=3.4,
        ncol=3,
        fontsize="small",
        frameon=False,
    )


def has_rounds(forecast: Any, issue_id: str) -> bool:
    """Whether the forecast records an iterative model's rounds on the issue."""
    trace = getattr(forecast, "trace", None)
    if trace is not None and issue_id in getattr(trace, "dimensions", ()):
        return True
    try:
        return bool(forecast.issue(issue_id).trace)
    except KeyError:
        return False


def trajectory_rows(forecast: Any, issue_id: str) -> list[dict[str, Any]]:
    """Long-form rows ``turn, actor, dimension, position`` of an iterative model's rounds
    (from the forecast's :class:`concilium.trace.Trace` when it has one, else from the
    per-round records in ``IssueForecast.trace``)."""
    trace = getattr(forecast, "trace", None)
    if trace is not None and issue_id in getattr(trace, "dimensions", ()):
        return [dict(r) for r in trace.to_rows() if r["dimension"] == issue_id]
    fi = forecast.issue(issue_id)
    trace = fi.trace
    ids = fi.details.get("actor_ids") or []
    rows = []
    for rec in trace or []:
        for aid, x in zip(ids, rec.get("positions", [])):
            rows.append(
                {
                    "turn": rec.get("round"),
                    "actor": aid,
                    "dimension": issue_id,
                    "position": float(x),
                }
            )
    return rows


def _medians(forecast: Any, issue_id: str) -> list[tuple[int, float]]:
    fi = forecast.issue(issue_id)
    trace = fi.trace
    if isinstance(trace, list):
        return [
            (int(r["round"]), float(r["median"]))
            for r in trace
            if r.get("median") is not None and r.get("round") is not None
        ]
    med = fi.details.get("median_by_round")
    return [(k, float(m)) for k, m in enumerate(med)] if isinstance(med, list) else []


def trajectory_figure(forecast: Any, issue_id: str | None = None, scenario: Any = None):
    """Positions per round of an iterative model: one line per actor, the weighted median
    bold.  Raises :class:`InputError` when the forecast has no rounds."""
    issue_id = issue_id or forecast.issues[0].issue
    rows = trajectory_rows(forecast, issue_id)
    if not rows:
        raise InputError(
            f"model {forecast.model!r} has no rounds to plot",
            hint="iterative models (e.g. expected_utility) record rounds",
        )
    names = {a.id: a.name for a in scenario.actors} if scenario is not None else {}
    by_actor: dict[str, list[tuple[float, float]]] = {}
    for r in rows:
        by_actor.setdefault(str(r["actor"]), []).append((float(r["turn"]), float(r["position"])))
    fig = _figure(8.0, 4.6)
    from matplotlib import rc_context

    with rc_context(_RC):  # type: ignore[arg-type]
        ax = fig.add_subplot()
        moved = sorted(by_actor, key=lambda a: -abs(by_actor[a][-1][1] - by_actor[a][0][1]))
        labelled = set(moved[:10])
        from matplotlib import colormaps

        palette = colormaps["tab20"]
        for k, (aid, pts) in enumerate(by_actor.items()):
            pts.sort()
            ax.plot(
                [p[0] for p in pts],
                [p[1] for p in pts],
                lw=1.2,
                alpha=0.8,
                color=palette(k % 20),
                marker="o",
                ms=2.5,
                label=names.get(aid, aid) if aid in labelled else None,
            )
        med = _medians(forecast, issue_id)
        if med:
            ax.plot(
                [m[0] for m in med],
                [m[1] for m in med],
                color="black",
                lw=2.6,
                label="weighted median",
            )
        if scenario is not None:
            issue = scenario.issue(issue_id)
            pad = 0.03 * (issue.scale.max - issue.scale.min)
            ax.set_ylim(issue.scale.min - pad, issue.scale.max + pad)
            if issue.status_quo is not None:
                ax.axhline(issue.status_quo, color=_SQ, ls="--", lw=1, label="status quo")
        ax.set_xlabel("round")
        ax.set_ylabel("position")
        ax.set_title(f"{forecast.model}: positions by round ({issue_id})", loc="left", fontsize=10)
        ax.grid(alpha=0.3)
        ax.legend(loc="center left", bbox_to_anchor=(1.01, 0.5), fontsize="small", frameon=False)
    return fig


def power_figure(df: Any, **kwargs: Any):
    """Power indices as horizontal bars (see :func:`concilium.report.power_plot.power_bar_chart`)."""
    from concilium.report.power_plot import power_bar_chart

    return power_bar_chart(df, **kwargs)


def _pct(p: float | None) -> str:
    if p is None:
        return "–"
    v = 100 * p
    return f"{v:.0f} %" if v in (0, 100) or v >= 10 else f"{v:.2g} %"


def _summaries(issue: Any) -> list[Any]:
    """The per-model summaries of a simulated issue, then the pooled one (several models)."""
    return list(issue.models) + ([issue.combined] if issue.combined is not None else [])


def outcome_figure(simulation: Any, *, issues: Sequence[str] | None = None):
    """The outcome distribution of a :class:`~concilium.analysis.uncertainty.result.Simulation`:
    per issue (``issues`` picks some) a strip of quantile boxes, one lane per model (5-95 %
    whiskers, 25-75 % box, median tick), over one step histogram per model (the share of its
    draws with an outcome in each bin of the issue's scale; ``all``, the models pooled, dashed),
    with the status quo and the proposal.  The legend gives each model's P(adopted) with its
    95 % interval."""
    chosen = [simulation.issue(i) for i in issues] if issues else list(simulation.issues)
    lanes = [len(_summaries(i)) for i in chosen]
    ratios = [h for n in lanes for h in (0.28 * n + 0.3, 2.4)]
    fig = _figure(8.0, min(max(sum(ratios) + 1.3 * len(chosen) + 0.6, 3.0), 60.0))
    axes = fig.subplots(2 * len(chosen), 1, squeeze=False, height_ratios=ratios)[:, 0]
    from matplotlib import rc_context

    with rc_context(_RC):  # type: ignore[arg-type]
        for k, iss in enumerate(chosen):
            _outcome_panel(axes[2 * k], axes[2 * k + 1], iss)
    head = simulation.title or simulation.scenario
    fig.suptitle(f"{head}: {simulation.draws_done:,} draws (seed {simulation.seed})", fontsize=11)
    return fig


def _outcome_panel(box: Any, ax: Any, iss: Any) -> None:
    from matplotlib.ticker import PercentFormatter

    lo, hi = iss.scale
    span = (hi - lo) or 1.0
    rows = _summaries(iss)
    colours = [
        "#333333" if ms.model == "all" else _MODEL_COLOURS[j % len(_MODEL_COLOURS)]
        for j, ms in enumerate(rows)
    ]
    for ms, colour in zip(rows, colours):
        out = ms.outcome
        if not out.counts or not out.n:
            continue
        shares = [c / out.n for c in out.counts]
        pooled = ms.model == "all"
        label = f"{ms.model}: P(adopted) {_pct(ms.p_adopted)}"
        if ms.interval is not None:
            label += f" [{_pct(ms.interval[0])}–{_pct(ms.interval[1])}]"
        ax.stairs(shares, out.edges, color=colour, lw=1.6, ls="--" if pooled else "-", label=label)
        if not pooled:
            ax.stairs(shares, out.edges, color=colour, alpha=0.12, fill=True)
    # Quantile boxes, one lane per model, first model on top.
    ys = list(range(len(rows)))[::-1]
    for y, ms, colour in zip(ys, rows, colours):
        q = ms.outcome.quantiles
        if not all(k in q for k in ("0.05", "0.25", "0.5", "0.75", "0.95")):
            continue
        box.plot([q["0.05"], q["0.95"]], [y, y], color=colour, lw=1)
        box.add_patch(
            _rectangle((q["0.25"], y - 0.3), max(q["0.75"] - q["0.25"], span * 0.003), 0.6, colour)
        )
        box.plot([q["0.5"], q["0.5"]], [y - 0.4, y + 0.4], color=colour, lw=2)
    for a in (box, ax):
        if iss.status_quo is not None:
            a.axvline(iss.status_quo, color=_SQ, ls="--", lw=1.2)
        if iss.proposal is not None:
            a.axvline(iss.proposal, color=_PROPOSAL, ls="-.", lw=1.2)
        a.set_xlim(lo - 0.03 * span, hi + 0.03 * span)
        a.grid(axis="x", alpha=0.3)
    if iss.status_quo is not None:
        ax.plot([], [], color=_SQ, ls="--", lw=1.2, label=f"status quo ({_num(iss.status_quo)})")
    if iss.proposal is not None:
        ax.plot([], [], color=_PROPOSAL, ls="-.", lw=1.2, label=f"proposal ({_num(iss.proposal)})")
    box.set_yticks(ys, [ms.model for ms in rows])
    box.set_ylim(-0.7, len(rows) - 0.3)
    box.tick_params(axis="x", labelbottom=False)
    box.set_title(
        f"{iss.title}: quantiles (5–95 % line, 25–75 % box, median)", fontsize=10, loc="left"
    )
    ax.set_ylim(bottom=0)
    ax.yaxis.set_major_formatter(PercentFormatter(1.0))
    ax.set_xlabel("outcome")
    ax.set_ylabel("share of draws")
    ax.legend(
        loc="upper center",
        bbox_to_anchor=(0.5, 0.0),
        borderaxespad=4.4,
        ncol=2,
        fontsize="small",
        frameon=False,
    )


def _rectangle(xy: tuple[float, float], width: float, height: float, colour: str):
    from matplotlib.patches import Rectangle

    return Rectangle(xy, width, height, facecolor=colour, alpha=0.35, edgecolor=colour)


def tornado_figure(sensitivity: Any, *, top: int = 12, issues: Sequence[str] | None = None):
    """A :class:`~concilium.analysis.uncertainty.sensitivity.Sensitivity` as one row of two
    panels per issue: left, the tornado (each of the ``top`` inputs with the largest swing,
    largest first: a bar from the lowest to the highest output over its one-at-a-time sweep,
    a dot at the output with the input at the low end of its range and a triangle at the high
    end); right, the same inputs' first-order and total Sobol indices (absent when the output
    does not vary)."""
    chosen = [i for i in sensitivity.issues if not issues or i.issue in issues] or list(
        sensitivity.issues
    )
    heights = [0.32 * max(1, min(top, len(i.tornado))) + 1.5 for i in chosen]
    fig = _figure(9.0, min(max(sum(heights) + 0.5, 3.0), 60.0))
    axes = fig.subplots(len(chosen), 2, squeeze=False, width_ratios=(3, 2))
    from matplotlib import rc_context

    with rc_context(_RC):  # type: ignore[arg-type]
        for (left, right), iss in zip(axes, chosen):
            _tornado_panel(left, right, iss, top)
    fig.suptitle(f"Sensitivity: {sensitivity.scenario}", fontsize=11)
    return fig


def _tornado_panel(left: Any, right: Any, iss: Any, top: int) -> None:
    rows = list(iss.tornado[:top])
    names = [r.input for r in rows]
    ys = list(range(len(rows)))[::-1]  # largest swing at the top
    for y, r in zip(ys, rows):
        if r.outcome_min is not None and r.outcome_max is not None:
            width = r.outcome_max - r.outcome_min
            left.barh(y, width, left=r.outcome_min, height=0.6, color=_MEMBER, alpha=0.5)
        if r.outcome_at_low is not None:
            left.plot([r.outcome_at_low], [y], "o", color="#1f3f77", ms=4)
        if r.outcome_at_high is not None:
            left.plot([r.outcome_at_high], [y], ">", color="#d62728", ms=5)
    left.plot([], [], "o", color="#1f3f77", ms=4, label="input at the low end")
    left.plot([], [], ">", color="#d62728", ms=5, label="input at the high end")
    left.set_yticks(ys, names)
    left.set_xlabel(f"{iss.output} ({iss.model})")
    left.set_title(f"{iss.issue}: one at a time (swing)", fontsize=10, loc="left")
    left.grid(axis="x", alpha=0.3)
    if rows:
        left.legend(loc="lower right", fontsize="small", frameon=False)
    else:
        left.text(
            0.5, 0.5, "no uncertain input", ha="center", va="center", transform=left.transAxes
        )
    sob = {s.input: s for s in iss.sobol}
    firsts = [sob[n].first if n in sob and sob[n].first is not None else 0.0 for n in names]
    totals = [sob[n].total if n in sob and sob[n].total is not None else 0.0 for n in names]
    if iss.sobol and any(s.total is not None for s in iss.sobol):
        right.barh([y + 0.18 for y in ys], totals, height=0.36, color="#ff7f0e", label="total")
        right.barh(
            [y - 0.18 for y in ys], firsts, height=0.36, color="#9467bd", label="first order"
        )
        right.legend(loc="lower right", fontsize="small", frameon=False)
        right.set_xlim(min(0.0, *firsts, *totals) - 0.02, max(1.0, *firsts, *totals) + 0.02)
        right.set_title(f"Sobol indices (N = {iss.samples:,})", fontsize=10, loc="left")
    else:
        why = (
            "the output does not vary: no variance to apportion"
            if iss.variance == 0.0
            else "no Sobol indices"
        )
        right.text(
            0.5,
            0.5,
            why,
            ha="center",
            va="center",
            transform=right.transAxes,
            fontsize="small",
            wrap=True,
        )
        right.set_title("Sobol indices", fontsize=10, loc="left")
    right.set_yticks(ys, [""] * len(ys))
    right.set_ylim(left.get_ylim())
    right.grid(axis="x", alpha=0.3)


def figure_bytes(fig: Any, fmt: str = "svg", *, dpi: int = 110) -> bytes:
    """The figure rendered as SVG or PNG (Agg), deterministic for the same figure."""
    fmt = fmt.lower()
    if fmt not in ("svg", "png", "pdf"):
        raise InputError(f"cannot draw a chart as {fmt!r}", hint="use png, svg or pdf")
    from matplotlib import rc_context
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    FigureCanvasAgg(fig)  # attach the Agg canvas (never a GUI backend)
    buf = io.BytesIO()
    meta = {"svg": {"Date": None}, "pdf": {"CreationDate": None}, "png": {"Software": None}}
    with rc_context(_RC):  # type: ignore[arg-type]
        fig.savefig(buf, format=fmt, dpi=dpi, metadata=meta[fmt])
    return buf.getvalue()


def figure_data_uri(fig: Any, fmt: str = "svg") -> str:
    """The figure as a ``data:`` URI, to embed in a self-contained HTML page."""
    mime = {"svg": "image/svg+xml", "png": "image/png"}[fmt]
    return f"data:{mime};base64," + base64.b64encode(figure_bytes(fig, fmt)).decode("ascii")


def save_figure(
    fig: Any,
    path: str | os.PathLike[str],
    *,
    force: bool = False,
    inputs: Iterable[str | os.PathLike[str]] = (),
) -> None:
    """Write the figure to ``path`` (format from the suffix: .png, .svg or .pdf)."""
    from pathlib import Path

    from concilium.report.outputs import write_file

    fmt = Path(path).suffix.lstrip(".").lower()
    if fmt not in ("png", "svg", "pdf"):
        raise InputError(
            f"cannot write a chart as {str(path)!r}",
            field="plot",
            hint="use a .png, .svg or .pdf file name",
        )
    write_file(path, figure_bytes(fig, fmt, dpi=150), inputs=inputs, force=force)
