"""The report: a scenario, every model's forecast and why, the charts, the body's voting power
and the provenance, as one self-contained HTML file (or Markdown with PNG files beside it).

Self-contained means viewable offline, forever: no script at all, no font or style sheet from
the network, every chart inline as an SVG ``data:`` image, and a Content-Security-Policy that
lets the page load nothing else.  Every string from a user's file goes through Jinja2's
autoescaping (a hostile actor name such as ``<script>alert(1)</script>`` shows as text), and
only ``http``/``https`` URLs found in evidence become links.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from concilium._version import __version__
from concilium.errors import InputError

__all__ = [
    "ReportData",
    "build_report",
    "linkify",
    "render_html",
    "render_markdown",
    "safe_url",
    "simulation_context",
]

TEMPLATES = Path(__file__).with_name("templates")
_URL = re.compile(r"https?://[^\s<>\"'`]+", re.IGNORECASE)
_TRAILING = ".,;:!?)]}'\""


def safe_url(url: str) -> str | None:
    """``url`` if it is an absolute http or https URL with a host, else None."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    return url


def _split_urls(text: str) -> list[tuple[str, str | None]]:
    """``text`` as pieces ``(text, url-or-None)``; URLs lose trailing punctuation."""
    out: list[tuple[str, str | None]] = []
    pos = 0
    for m in _URL.finditer(text):
        url = m.group(0).rstrip(_TRAILING)
        start, end = m.start(), m.start() + len(url)
        if start > pos:
            out.append((text[pos:start], None))
        out.append((url, safe_url(url)))
        pos = end
    if pos < len(text):
        out.append((text[pos:], None))
    return out


def linkify(text: Any) -> Any:
    """Escaped text in which http(s) URLs are links (a Jinja2 filter; returns Markup)."""
    from markupsafe import Markup, escape

    parts = []
    for piece, url in _split_urls("" if text is None else str(text)):
        if url:
            parts.append(
                Markup('<a href="{0}" rel="noopener noreferrer">{1}</a>').format(url, piece)
            )
        else:
            parts.append(escape(piece))
    return Markup("").join(parts)


def _num(x: float | None) -> str:
    if x is None:
        return "–"
    return f"{x:.4g}" if abs(x - round(x)) > 1e-9 else f"{round(x):d}"


# ---------------------------------------------------------------------------- data


@dataclass
class Chart:
    title: str
    kind: str  # issue, trajectory, power
    figure: Any = field(repr=False)
    name: str = ""


@dataclass
class ReportData:
    """Everything a report shows, computed once and rendered as HTML or Markdown."""

    scenario: Any
    forecasts: list[Any]
    skipped: list[tuple[str, str]]  # (model, why not run)
    charts: list[Chart]
    power: Any  # pandas DataFrame or None
    power_note: str | None
    source: str | None
    generated: str
    simulation: Any = None  # a Simulation, when the report was asked for one (--draws)
    sensitivity: Any = None  # a Sensitivity of the first simulated model, with the simulation
    sim_notes: list[str] = field(default_factory=list)  # models not simulated, and why

    def context(self) -> dict[str, Any]:
        sc = self.scenario
        names = {a.id: a.name for a in sc.actors}
        issues = []
        for issue in sc.issues:
            rows = []
            for a in sc.actors:
                st = a.stances.get(issue.id)
                if st is None:
                    continue
                cap = st.capability if st.capability is not None else a.capability
                rows.append(
                    {
                        "id": a.id,
                        "name": a.name,
                        "member": sc.is_member(a.id),
                        "position": _estimate(st.position),
                        "salience": _estimate(st.salience),
                        "capability": _estimate(cap),
                        "note": st.note,
                    }
                )
            issues.append(
                {
                    "id": issue.id,
                    "title": issue.title,
                    "description": issue.description,
                    "scale": issue.scale,
                    "status_quo": _num(issue.status_quo),
                    "proposal": _num(issue.proposal),
                    "evidence": [_evidence(e) for e in issue.evidence],
                    "actors": rows,
                }
            )
        forecasts = []
        for f in self.forecasts:
            forecasts.append(
                {
                    "model": f.model,
                    "citation": f.citation,
                    "params": f.params,
                    "seed": f.provenance.seed,
                    "issues": [
                        {
                            "issue": i.issue,
                            "title": sc.issue(i.issue).title,
                            "outcome": _num(i.outcome),
                            "adopted": i.adopted,
                            "blockers": [names.get(b, b) for b in i.blockers],
                            "explanation": list(i.explanation),
                            "votes": _votes(i.votes, names),
                            "bargaining_point": (
                                _num(bp)
                                if isinstance(bp := i.details.get("bargaining_point"), (int, float))
                                else None
                            ),
                        }
                        for i in f.issues
                    ],
                }
            )
        power_rows = None
        if self.power is not None:
            cols = [c for c in ("banzhaf_normalised", "shapley_shubik") if c in self.power]
            power_rows = {
                "columns": cols,
                "rows": [
                    {
                        "member": r["member"],
                        "name": r["name"],
                        "values": [f"{float(r[c]):.4f}" for c in cols],
                        "veto": bool(r.get("veto")),
                    }
                    for r in self.power.to_dict("records")
                ],
            }
        return {
            "sc": sc,
            "rule": sc.decision_rule if sc.body is not None else None,
            "procedure": _procedure_text(sc),
            "issues": issues,
            "forecasts": forecasts,
            "skipped": self.skipped,
            "members": len(sc.members()),
            "stakeholders": len(sc.stakeholders()),
            "power": power_rows,
            "power_note": self.power_note,
            "source": self.source,
            "generated": self.generated,
            "version": __version__,
            "input_hash": sc.input_hash(),
            "agenda_setter": names.get(sc.agenda_setter or "", sc.agenda_setter),
            "simulation": simulation_context(self.simulation, self.sensitivity)
            if self.simulation is not None
            else None,
            "sim_notes": self.sim_notes,
            "default_stance": _default_stance_context(sc),
        }


def _default_stance_context(sc: Any) -> list[dict[str, Any]]:
    """Per issue, the members that take the default stance and whose it is (body/scenario)."""
    whose = sc.default_stance_described()
    if whose is None:
        return []
    out = []
    for issue in sc.issues:
        who = sc.without_stance(issue.id)
        if who:
            out.append({"issue": issue.title, "members": who, "whose": whose})
    return out


def _pct(p: float | None, digits: int = 1) -> str:
    if p is None:
        return "–"
    return f"{100 * p:.{digits}f} %"


def simulation_context(sim: Any, sens: Any = None) -> dict[str, Any]:
    """A simulation (and the sensitivity shown beside it) as plain strings for a template:
    per issue the headline ("very unlikely: adopted in 0 of 2,000 draws..."), and per model
    P(adopted), its interval, the outcome's median and 5-95 % range, the point forecast and
    the five actors that block most often.  Used by the report and the web app."""
    from concilium.report.uncertainty import likelihood

    issues = []
    for iss in sim.issues:
        rows = []
        for ms in list(iss.models) + ([iss.combined] if iss.combined is not None else []):
            q = ms.outcome.quantiles
            rows.append(
                {
                    "model": ms.model,
                    "p": _pct(ms.p_adopted),
                    "interval": (
                        f"{_pct(ms.interval[0], 2)} – {_pct(ms.interval[1], 2)}"
                        if ms.interval is not None
                        else "–"
                    ),
                    "median": _num(q.get("0.5")) if q else "–",
                    "band": f"{_num(q.get('0.05'))} – {_num(q.get('0.95'))}" if q else "–",
                    "point": {True: "adopted", False: "not adopted"}.get(
                        ms.point_adopted, "undecided"
                    )
                    + (f" ({_num(ms.point_outcome)})" if ms.point_outcome is not None else ""),
                    "blocking": [
                        {
                            "name": b.name,
                            "blocks": _pct(b.blocks, 0) if b.blocks >= 0.005 else "<1 %",
                        }
                        for b in ms.blocking[:5]
                    ],
                }
            )
        main = iss.combined if iss.combined is not None else iss.models[0]
        headline = None
        if main.p_adopted is not None:
            who = "all models together" if main.model == "all" else f"the {main.model} model"
            headline = {
                "words": likelihood(main.p_adopted),
                "text": f"adopted in {main.adopted:,} of {main.decided:,} draws under {who} "
                f"({_pct(main.p_adopted)}; 95 % interval {_pct(main.interval[0], 2)} to "
                f"{_pct(main.interval[1], 2)})",
            }
        issues.append({"title": iss.title, "rows": rows, "headline": headline})
    whose = {"scenario": "the scenario's", "body": "the body's"}.get(
        sim.default_stance_from or "", "the"
    )
    default = [
        f"{len(m)} member(s) without a stance on {i} take {whose} default stance"
        for i, m in sim.default_stance.items()
    ]
    sens_ctx = None
    if sens is not None:
        sens_ctx = {
            "model": sens.issues[0].model if sens.issues else None,
            "output": sens.issues[0].output if sens.issues else None,
            "samples": sens.issues[0].samples if sens.issues else 0,
            "points": sens.points,
            "seed": sens.seed,
        }
    return {
        "draws": sim.draws_done,
        "seed": sim.seed,
        "models": sim.models,
        "inputs": len(sim.inputs),
        "issues": issues,
        "notes": default + list(sim.notes),
        "sensitivity": sens_ctx,
    }


def _evidence(e: Any) -> dict[str, Any]:
    return {
        "source": e.source,
        "quote": e.quote,
        "date": e.date.isoformat() if e.date else None,
        "note": e.note,
    }


def _estimate(est: Any) -> dict[str, Any] | None:
    if est is None:
        return None
    return {
        "value": _num(est.value),
        "range": f"{_num(est.range[0])}–{_num(est.range[1])}" if est.range else None,
        "evidence": [_evidence(e) for e in est.evidence],
        "assumption": est.assumption,
    }


def _votes(votes: dict[str, str], names: dict[str, str]) -> list[tuple[str, list[str]]]:
    groups: dict[str, list[str]] = {"yes": [], "no": [], "abstain": []}
    for aid, v in votes.items():
        groups.setdefault(v, []).append(names.get(aid, aid))
    return [(k, v) for k, v in groups.items() if v]


def build_report(
    scenario: Any,
    models: Sequence[str] | None = None,
    *,
    source: str | None = None,
    power: bool = True,
    seed: int | None = None,
    draws: int | None = None,
    sensitivity_samples: int = 256,
) -> ReportData:
    """Run the models (default: every registered model the scenario has inputs for), draw the
    charts and compute the body's power indices.

    With ``draws``, also simulate (seed ``seed``, fresh when None and then recorded): the
    models that ran, except, when no model was named, those that cost a full model run per
    draw (:func:`concilium.analysis.uncertainty.budget.split_models`; listed in ``sim_notes``); and a sensitivity analysis of the first
    simulated model (``sensitivity_samples`` for the Sobol design) when it runs vectorised.
    The simulation section shows P(adopted) with its interval, the outcome's spread, who
    blocks how often, the outcome-distribution chart and the tornado."""
    from concilium.models import MODELS, check_requirements, get_model, run_model
    from concilium.report.plots import has_rounds, issue_figure, trajectory_figure

    names = list(MODELS) if not models else [get_model(m).name for m in models]
    forecasts, skipped = [], []
    for name in names:
        try:
            if not models:
                check_requirements(scenario, MODELS[name])
            forecasts.append(run_model(scenario, name, seed=seed))
        except InputError as exc:
            if models:
                raise
            skipped.append((name, _missing(scenario, MODELS[name]) or str(exc)))
    charts = [
        Chart(
            "Actors on the issue scale, with each model's forecast",
            "issue",
            issue_figure(scenario, forecasts),
            "issues",
        )
    ]
    for f in forecasts:
        for i in f.issues:
            if has_rounds(f, i.issue):
                charts.append(
                    Chart(
                        f"{f.model}: positions by round ({i.issue})",
                        "trajectory",
                        trajectory_figure(f, i.issue, scenario),
                        f"rounds-{f.model}-{i.issue}",
                    )
                )
    df, note = None, None
    if power:
        df, note = _power(scenario)
        if df is not None:
            from concilium.report.plots import power_figure

            charts.append(
                Chart(
                    f"Voting power in the {scenario.body.name}",
                    "power",
                    power_figure(df, title=f"Voting power: {scenario.body.name}"),
                    "power",
                )
            )
    sim: Any = None
    sens: Any = None
    sim_notes: list[str] = []
    if draws is not None:
        sim, sens, sim_notes = _simulate(
            scenario, [f.model for f in forecasts], bool(models), draws, seed, sensitivity_samples
        )
        if sim is not None:
            from concilium.report.plots import outcome_figure, tornado_figure

            charts.append(
                Chart(
                    f"Outcome distribution over {sim.draws_done:,} draws",
                    "simulation",
                    outcome_figure(sim),
                    "simulation",
                )
            )
            if sens is not None:
                charts.append(
                    Chart(
                        f"Sensitivity of the {sens.issues[0].model} model's "
                        f"{sens.issues[0].output}",
                        "tornado",
                        tornado_figure(sens),
                        "tornado",
                    )
                )
    return ReportData(
        scenario,
        forecasts,
        skipped,
        charts,
        df,
        note,
        source,
        dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        simulation=sim,
        sensitivity=sens,
        sim_notes=sim_notes,
    )


def _simulate(
    scenario: Any,
    names: list[str],
    named: bool,
    draws: int,
    seed: int | None,
    samples: int,
) -> tuple[Any, Any, list[str]]:
    """The report's simulation and sensitivity (see :func:`build_report`)."""
    from concilium.analysis.uncertainty.budget import split_models
    from concilium.analysis.uncertainty.sensitivity import sensitivity
    from concilium.analysis.uncertainty.simulate import simulate

    notes: list[str] = []
    if not names:
        return None, None, ["no model ran, so nothing was simulated"]
    fast, slow = split_models(scenario, names)
    chosen = [m for m in names if m in fast or named]
    for m in slow:
        if not named:
            notes.append(
                f"{m} not simulated: it costs a full model run per draw (name it with "
                f"--model to include it, or run `concilium simulate --model {m}`)"
            )
    if not chosen:
        return None, None, notes
    sim = simulate(scenario, chosen, draws, seed)
    sens = None
    cheap = [m for m in chosen if m in fast]
    if cheap and sim.inputs:
        # The first cheap model whose outcome varies over the inputs; else the first whose
        # bargaining point (before the rule check) does; else the first model's outcome,
        # which then shows that nothing varies.
        for output in ("outcome", "point"):
            for m in cheap:
                s = sensitivity(scenario, m, samples=samples, seed=sim.seed, output=output)
                if any(i.variance for i in s.issues):
                    return sim, s, notes
                sens = sens or s
    return sim, sens, notes


def _missing(scenario: Any, spec: Any) -> str:
    """What a model lacks, briefly: 'needs salience (32 stances without it)'."""
    stances = [(a, iid, st) for a in scenario.actors for iid, st in a.stances.items()]
    counts = {
        "salience": sum(1 for _, _, st in stances if st.salience is None),
        "capability": sum(1 for a, iid, _ in stances if a.capability_on(iid) is None),
        "status_quo": sum(1 for i in scenario.issues if i.status_quo is None),
        "proposal": sum(1 for i in scenario.issues if i.proposal is None),
    }
    parts = [
        f"{req.replace('_', ' ')} ({counts[req]} missing)"
        for req in spec.requires
        if counts.get(req)
    ]
    return "needs " + ", ".join(parts) if parts else ""


def _power(scenario: Any) -> tuple[Any, str | None]:
    from concilium.analysis.power import power_indices

    if scenario.body is None:
        return None, "no body, so no voting rule and no power indices"
    members = scenario.body_members()
    try:
        df = power_indices(
            scenario.decision_rule.game(members),
            "banzhaf,shapley",
            method="auto",
            seed=0,
            names={m.id: m.name for m in members},
        )
    except InputError as exc:
        return None, f"power indices not computed: {exc}"
    method = df.attrs.get("method", "exact")
    note = (
        "exact counts"
        if method != "sampled"
        else f"sampled estimate ({df.attrs.get('samples'):,} draws, seed 0)"
    )
    return df, note


# ---------------------------------------------------------------------------- rendering


def _env(*, autoescape: bool = True):
    try:
        from jinja2 import Environment, FileSystemLoader, StrictUndefined
    except ImportError:  # pragma: no cover - depends on the environment
        raise InputError(
            "writing a report needs jinja2, which is not installed",
            hint="pip install 'concilium[report]'",
        ) from None
    env = Environment(
        loader=FileSystemLoader(str(TEMPLATES)),
        autoescape=autoescape,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["linkify"] = linkify
    env.filters["md"] = md_escape
    env.filters["mdlink"] = md_linkify
    return env


def render_html(data: ReportData) -> str:
    """The report as one self-contained HTML page (charts as SVG data URIs)."""
    from concilium.report.plots import figure_data_uri

    charts = [
        {"title": c.title, "kind": c.kind, "src": figure_data_uri(c.figure, "svg")}
        for c in data.charts
    ]
    return _env().get_template("report.html.j2").render(**data.context(), charts=charts)


_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|>~])")


def md_escape(text: Any) -> str:
    """Text safe in Markdown: markup characters backslash-escaped, HTML characters as
    entities (Markdown passes raw HTML through)."""
    s = "" if text is None else str(text)
    s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    s = _MD_SPECIAL.sub(r"\\\1", s)
    return " ".join(s.splitlines())


def md_linkify(text: Any) -> str:
    out = []
    for piece, url in _split_urls("" if text is None else str(text)):
        if url:
            out.append(f"<{url.replace('>', '%3E').replace(' ', '%20')}>")
        else:
            out.append(md_escape(piece))
    return "".join(out)


def render_markdown(data: ReportData, image_prefix: str) -> tuple[str, dict[str, bytes]]:
    """The report as Markdown and its charts as PNG files: ``(text, {file name: bytes})``;
    the files are named ``{image_prefix}-{chart}.png`` and linked relatively."""
    from concilium.report.plots import figure_bytes

    images: dict[str, bytes] = {}
    charts = []
    for c in data.charts:
        fname = f"{image_prefix}-{re.sub(r'[^A-Za-z0-9_.-]+', '-', c.name)}.png"
        images[fname] = figure_bytes(c.figure, "png", dpi=130)
        charts.append({"title": c.title, "kind": c.kind, "src": fname})
    text = (
        _env(autoescape=False).get_template("report.md.j2").render(**data.context(), charts=charts)
    )
    return text, images


def _procedure_text(sc) -> str | None:
    """The scenario's stages in one line, or None for a scenario with one body."""
    if sc.procedure is None:
        return None
    from concilium.procedures import resolve

    return resolve(sc).describe()
