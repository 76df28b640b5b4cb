"""Two scenarios side by side: what changed in the inputs, and what that does to forecasts.

:func:`compare` lists every input that differs (issue scales, status quo and proposal; the
rule; actors added or removed; each stance's position, salience and capability, with their
ranges) and runs the same models on both, reporting each model's outcome, verdict and
blockers for A and B and whether the verdict changed.
"""

from __future__ import annotations

from typing import Any

from pydantic import Field

from concilium.scenario import Estimate, Scenario
from concilium.typed import Frozen, TypedResult

__all__ = ["SCHEMA", "Comparison", "compare"]

SCHEMA = "concilium.scenario-comparison/1"


class InputChange(Frozen):
    what: str = Field(description="e.g. FRA.tokyo-office.position, tokyo-office.proposal, rule")
    a: Any = None
    b: Any = None


class ForecastPair(Frozen):
    model: str
    issue: str
    outcome_a: float | None
    outcome_b: float | None
    adopted_a: bool | None
    adopted_b: bool | None
    blockers_a: list[str]
    blockers_b: list[str]
    changed: bool = Field(description="the verdict or the outcome differs")


class Comparison(TypedResult):
    schema_: str = Field(default=SCHEMA, alias="schema")
    a: str
    b: str
    input_hash_a: str
    input_hash_b: str
    changes: list[InputChange]
    forecasts: list[ForecastPair]


def _est(e: Estimate | None) -> Any:
    if e is None:
        return None
    if e.range is None and e.dist is None:
        return e.value
    out: dict[str, Any] = {"value": e.value}
    if e.range is not None:
        out["range"] = list(e.range)
    if e.dist is not None:
        out["dist"] = e.dist.model_dump(mode="json")
    return out


def _inputs(sc: Scenario) -> dict[str, Any]:
    out: dict[str, Any] = {
        "rule": sc.decision_rule.label,
        "date": sc.date.isoformat() if sc.date else None,
        "vote": sc.vote,
        "agenda_setter": sc.agenda_setter,
    }
    for i in sc.issues:
        out[f"{i.id}.status_quo"] = i.status_quo
        out[f"{i.id}.proposal"] = i.proposal
        out[f"{i.id}.scale"] = [i.scale.min, i.scale.max]
    for a in sc.actors:
        out[f"{a.id}.capability"] = _est(a.capability)
        for iid, st in a.stances.items():
            out[f"{a.id}.{iid}.position"] = _est(st.position)
            out[f"{a.id}.{iid}.salience"] = _est(st.salience)
            out[f"{a.id}.{iid}.capability"] = _est(st.capability)
            if st.alternatives:
                out[f"{a.id}.{iid}.alternatives"] = [
                    [alt.weight, alt.position.value] for alt in st.alternatives
                ]
        if a.participation is not None:
            out[f"{a.id}.participation"] = a.participation.model_dump()
    if sc.default_stance_in_force is not None:
        out["default_stance"] = sc.default_stance_in_force.model_dump(mode="json")
        out["default_stance.from"] = sc.default_stance_origin
    return out


def compare(
    a: Scenario,
    b: Scenario,
    models: list[str] | None = None,
    *,
    name_a: str = "A",
    name_b: str = "B",
) -> Comparison:
    """Inputs and forecasts of two scenarios side by side (see the module docstring)."""
    from concilium.analysis.uncertainty.simulate import resolve_models
    from concilium.models import get_model, run_model

    ia, ib = _inputs(a), _inputs(b)
    changes = []
    for key in list(dict.fromkeys([*ia, *ib])):
        va, vb = ia.get(key), ib.get(key)
        if va != vb:
            changes.append(InputChange(what=key, a=va, b=vb))
    actors_a, actors_b = {x.id for x in a.actors}, {x.id for x in b.actors}
    for gone in sorted(actors_a - actors_b):
        changes.append(InputChange(what=f"{gone} (actor)", a="present", b="absent"))
    for new in sorted(actors_b - actors_a):
        changes.append(InputChange(what=f"{new} (actor)", a="absent", b="present"))
    pairs = []
    for m in resolve_models(models or ["procedural"]):
        seed = 0 if get_model(m).stochastic else None  # the same seed for both sides
        fa, fb = run_model(a, m, seed=seed), run_model(b, m, seed=seed)
        for i in fa.issues:
            try:
                j = fb.issue(i.issue)
            except KeyError:
                continue
            oa, ob = i.outcome, j.outcome
            changed = (i.adopted != j.adopted) or (
                (oa is None) != (ob is None)
                or (oa is not None and ob is not None and abs(oa - ob) > 1e-9)
            )
            pairs.append(
                ForecastPair(
                    model=m,
                    issue=i.issue,
                    outcome_a=i.outcome,
                    outcome_b=j.outcome,
                    adopted_a=i.adopted,
                    adopted_b=j.adopted,
                    blockers_a=list(i.blockers),
                    blockers_b=list(j.blockers),
                    changed=changed,
                )
            )
    return Comparison(
        a=name_a,
        b=name_b,
        input_hash_a=a.input_hash(),
        input_hash_b=b.input_hash(),
        changes=changes,
        forecasts=pairs,
    )
