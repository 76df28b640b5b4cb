"""Turn results into :class:`~concilium.store.RunRecord` s, and say what changed between runs."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from concilium.store import Run, RunRecord

__all__ = [
    "Change",
    "RunDiff",
    "diff_runs",
    "export_rows",
    "forecast_record",
    "power_record",
    "simulation_record",
    "simulation_summary",
]


def forecast_record(
    forecast: Any,
    scenario: Any,
    *,
    source: str | None = None,
    started_at: str | None = None,
    kind: str = "forecast",
) -> RunRecord:
    """A forecast (:class:`concilium.forecast.Forecast`) of a scenario, as a record."""
    return RunRecord(
        kind=kind,
        input_content=scenario.canonical_json(),
        input_hash=scenario.input_hash(),
        input_kind="scenario",
        label=scenario.id,
        title=scenario.title,
        source=source,
        model=forecast.model,
        params=dict(forecast.params),
        seed=forecast.provenance.seed,
        started_at=started_at,
        summary=forecast_summary(forecast),
        results=forecast.to_dict(),
    )


def forecast_summary(forecast: Any) -> str:
    parts = []
    for i in forecast.issues:
        verdict = {True: "adopted", False: "not adopted", None: "–"}[i.adopted]
        out = "–" if i.outcome is None else f"{i.outcome:.4g}"
        parts.append(f"{i.issue}: {out} ({verdict})")
    return "; ".join(parts)


def simulation_record(
    simulation: Any,
    scenario: Any,
    *,
    source: str | None = None,
    started_at: str | None = None,
) -> RunRecord:
    """A simulation (:class:`concilium.analysis.uncertainty.result.Simulation`) of a scenario
    (after any ``--set``), as a record: the typed result as JSON, not the draw rows (those
    can be millions; ``simulate -o`` writes them)."""
    return RunRecord(
        kind="simulate",
        input_content=scenario.canonical_json(),
        input_hash=simulation.input_hash,
        input_kind="scenario",
        label=scenario.id,
        title=scenario.title,
        source=source,
        model=",".join(simulation.models),
        params={
            "draws": simulation.draws,
            "models": list(simulation.models),
            "batch_size": simulation.batch_size,
        },
        seed=simulation.seed,
        started_at=started_at,
        summary=simulation_summary(simulation.to_dict()),
        results=simulation.to_dict(),
    )


def _main_summary(issue: Mapping[str, Any]) -> Mapping[str, Any]:
    """The all-models summary of a simulated issue when there is one, else its first model's."""
    return issue.get("combined") or (issue.get("models") or [{}])[0]


def _p(x: float) -> str:
    """A probability in three significant digits; rounding dust (1e-18) shown as 0."""
    return f"{round(x, 12):.3g}"


def simulation_summary(results: Mapping[str, Any]) -> str:
    """One line per run for listings: P(adopted) and its interval per issue, draws done."""
    parts = []
    for i in results.get("issues", []):
        m = _main_summary(i)
        p = m.get("p_adopted")
        if p is None:
            parts.append(f"{i.get('issue')}: undecided")
            continue
        lo, hi = m.get("interval") or (None, None)
        band = f" [{_p(lo)}, {_p(hi)}]" if lo is not None and hi is not None else ""
        parts.append(f"{i.get('issue')}: P(adopted) {_p(p)}{band}")
    done = results.get("draws_done")
    return "; ".join(parts) + (f" ({done:,} draws)" if isinstance(done, int) else "")


def power_record(
    payload: Mapping[str, Any],
    target: Mapping[str, Any],
    *,
    source: str | None = None,
    started_at: str | None = None,
) -> RunRecord:
    """A ``concilium power`` result (its JSON payload) for a target described by ``target``
    (body, date, rule, members and weights: what the indices were computed from)."""
    content = json.dumps(
        target, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str
    )
    members = payload.get("members") or []
    top = sorted(
        members, key=lambda m: -(m.get("banzhaf_normalised") or m.get("shapley_shubik") or 0)
    )[:3]
    summary = f"{len(members)} members; strongest: " + ", ".join(str(m.get("member")) for m in top)
    params = {k: payload.get(k) for k in ("method", "samples", "confidence") if payload.get(k)}
    params.update({k: target[k] for k in ("rule", "date", "indices") if target.get(k)})
    return RunRecord(
        kind="power",
        input_content=content,
        input_kind="body",
        label=str(target.get("target") or target.get("label")),
        title=str(payload.get("title") or target.get("label")),
        source=source,
        model="power",
        params=params,
        seed=payload.get("seed"),
        started_at=started_at,
        summary=summary,
        results=dict(payload),
    )


@dataclass(frozen=True)
class Change:
    """One difference: where (a path such as ``actors.FRA.stances.tokyo-office.position``),
    the value before and after (``None`` when absent)."""

    section: str  # 'run', 'input' or 'results'
    path: str
    before: Any
    after: Any

    def to_dict(self) -> dict[str, Any]:
        return {
            "section": self.section,
            "path": self.path,
            "before": self.before,
            "after": self.after,
        }


@dataclass(frozen=True)
class RunDiff:
    a: Run
    b: Run
    changes: tuple[Change, ...]

    @property
    def same_input(self) -> bool:
        return self.a.input_hash == self.b.input_hash

    def section(self, name: str) -> list[Change]:
        return [c for c in self.changes if c.section == name]

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema": "concilium.run-diff/1",
            "a": self.a.id,
            "b": self.b.id,
            "same_input": self.same_input,
            "changes": [c.to_dict() for c in self.changes],
        }


_MISSING = object()


def flatten(data: Any, prefix: str = "") -> dict[str, Any]:
    """Nested JSON as ``{path: leaf}``; lists of objects with an ``id`` (or ``issue``/``member``)
    key are keyed by it, so that reordering is not a change."""
    out: dict[str, Any] = {}
    if isinstance(data, Mapping):
        if not data and prefix:
            out[prefix] = {}
        for k, v in data.items():
            out.update(flatten(v, f"{prefix}.{k}" if prefix else str(k)))
    elif isinstance(data, Sequence) and not isinstance(data, str):
        key = _list_key(data)
        if key is None:
            out[prefix] = list(data)
        else:
            for item in data:
                out.update(
                    flatten(
                        {k: v for k, v in item.items() if k != key},
                        f"{prefix}.{item[key]}" if prefix else str(item[key]),
                    )
                )
    else:
        out[prefix] = data
    return out


def _list_key(items: Sequence[Any]) -> str | None:
    if not items or not all(isinstance(x, Mapping) for x in items):
        return None
    for key in ("id", "issue", "member"):
        values = [x.get(key) for x in items]
        if all(isinstance(v, str) for v in values) and len(set(values)) == len(values):
            return key
    return None


def _compare(section: str, a: Mapping[str, Any], b: Mapping[str, Any]) -> list[Change]:
    changes = []
    for path in sorted(set(a) | set(b)):
        x, y = a.get(path, _MISSING), b.get(path, _MISSING)
        if x != y:
            changes.append(
                Change(section, path, None if x is _MISSING else x, None if y is _MISSING else y)
            )
    return changes


# What of a forecast's results is compared: the decision, not the model's working.
_FORECAST_FIELDS = ("outcome", "adopted", "blockers", "votes", "status_quo", "proposal")
_POWER_SKIP = ("name", "method")


def _simulation_view(res: Mapping[str, Any]) -> dict[str, Any]:
    """What of a simulation is compared: per issue and model the probability, its interval,
    the outcome's mean and quantiles and each actor's blocking share (not the histogram, the
    timing or the inputs' descriptions)."""
    issues: dict[str, Any] = {}
    for i in res.get("issues", []):
        models = list(i.get("models") or []) + ([i["combined"]] if i.get("combined") else [])
        per: dict[str, Any] = {}
        for m in models:
            out = m.get("outcome") or {}
            per[str(m.get("model"))] = {
                "p_adopted": m.get("p_adopted"),
                "interval": m.get("interval"),
                "adopted": m.get("adopted"),
                "decided": m.get("decided"),
                "outcome_mean": out.get("mean"),
                "outcome_quantiles": out.get("quantiles") or {},
                "blocks": {str(b.get("actor")): b.get("blocks") for b in m.get("blocking") or []},
            }
        issues[str(i.get("issue"))] = per
    view = {"issues": issues, "draws_done": res.get("draws_done")}
    view["default_stance"] = res.get("default_stance") or {}
    return flatten(view)


def export_rows(run: Run) -> list[dict[str, Any]]:
    """A stored run as tidy rows for ``runs export -o FILE.csv``: one per issue (forecast),
    per member (power), or per issue and model, plus ``all`` (simulate)."""
    base = {
        "run": run.id,
        "kind": run.kind,
        "scenario": run.label,
        "model": run.model,
        "seed": run.seed,
        "input_hash": run.input_hash,
        "finished_at": run.finished_at,
    }
    res = run.results or {}
    rows: list[dict[str, Any]] = []
    if run.kind == "power":
        for m in res.get("members", []):
            rows.append({**base, **dict(m.items())})
    elif run.kind == "simulate":
        for i in res.get("issues", []):
            models = list(i.get("models") or []) + ([i["combined"]] if i.get("combined") else [])
            for m in models:
                lo, hi = m.get("interval") or (None, None)
                q = (m.get("outcome") or {}).get("quantiles") or {}
                rows.append(
                    {
                        **base,
                        "model": m.get("model"),
                        "issue": i.get("issue"),
                        "draws": m.get("draws"),
                        "decided": m.get("decided"),
                        "adopted": m.get("adopted"),
                        "p_adopted": m.get("p_adopted"),
                        "p_low": lo,
                        "p_high": hi,
                        "outcome_median": q.get("0.5"),
                        "outcome_q05": q.get("0.05"),
                        "outcome_q95": q.get("0.95"),
                        "blockers": ",".join(
                            f"{b.get('actor')}:{b.get('blocks'):.4g}"
                            for b in m.get("blocking") or []
                        ),
                    }
                )
    else:
        for i in res.get("issues", []):
            rows.append(
                {
                    **base,
                    "issue": i.get("issue"),
                    "outcome": i.get("outcome"),
                    "adopted": i.get("adopted"),
                    "blockers": ",".join(i.get("blockers") or []),
                }
            )
    return rows


def _results_view(run: Run) -> dict[str, Any]:
    res = run.results or {}
    if run.kind == "simulate":
        return _simulation_view(res)
    if run.kind == "power":
        rows = {
            str(m.get("member")): {
                k: v for k, v in m.items() if k not in _POWER_SKIP and k != "member"
            }
            for m in res.get("members", [])
        }
        return flatten({"members": rows})
    issues = {}
    for i in res.get("issues", []):
        view = {k: i.get(k) for k in _FORECAST_FIELDS if k in i}
        bp = (i.get("details") or {}).get("bargaining_point")
        if bp is not None:
            view["bargaining_point"] = bp
        issues[str(i.get("issue"))] = view
    return flatten({"issues": issues})


def diff_runs(a: Run, b: Run) -> RunDiff:
    """What changed from run ``a`` to run ``b``: how they were run, their inputs (actors'
    positions, saliences, capabilities, issues...) and their results."""
    meta_a = {
        "kind": a.kind,
        "model": a.model,
        "seed": a.seed,
        "concilium_version": a.concilium_version,
        **flatten({"params": a.params}),
    }
    meta_b = {
        "kind": b.kind,
        "model": b.model,
        "seed": b.seed,
        "concilium_version": b.concilium_version,
        **flatten({"params": b.params}),
    }
    changes = _compare("run", meta_a, meta_b)
    if a.input_hash != b.input_hash:
        changes += _compare("input", flatten(a.input_data()), flatten(b.input_data()))
    changes += _compare("results", _results_view(a), _results_view(b))
    return RunDiff(a, b, tuple(changes))
