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

__all__ = ["ReportData", "build_report", "linkify", "render_html", "render_markdown", "safe_url"]

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
) -> ReportData:
    """Run the models (default: every registered model the scenario has inputs for), draw the
    charts and compute the body's power indices."""
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
    return ReportData(
        scenario,
        forecasts,
        skipped,
        charts,
        df,
        note,
        source,
        dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
    )


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
