"""Several models on one scenario: their forecasts side by side, what they agree on, and
which could not run and why.

``compare`` applies each ``--param`` to the selected models that have it, refuses a
parameter none of them has, and keeps the other models' results when one model fails (its
error is reported, not raised), so ``concilium forecast FILE --model all`` always shows what
could be computed.  The JSON form is ``concilium.comparison/1`` (docs/forecast-json.md).
"""

from __future__ import annotations

import statistics
from collections.abc import Mapping, Sequence
from typing import Any

from pydantic import Field

from concilium.errors import InputError, Problem
from concilium.forecast import Forecast
from concilium.models import ModelSpec, run_model
from concilium.scenario import Scenario
from concilium.typed import Frozen, TypedResult

__all__ = ["COMPARISON_SCHEMA", "Comparison", "IssueAgreement", "ModelFailure", "compare"]

COMPARISON_SCHEMA = "concilium.comparison/1"


class ModelFailure(Frozen):
    """A model that could not forecast this scenario, and the user error that says why."""

    model: str
    error: str


class IssueAgreement(Frozen):
    """How far the models agree on one issue."""

    issue: str
    models: int = Field(description="models that forecast the issue")
    adopting: int = Field(description="models that forecast the proposal adopted")
    not_adopting: int
    outcome_min: float | None = None
    outcome_max: float | None = None
    outcome_median: float | None = None
    bargaining_point_spread: float | None = Field(
        default=None,
        description="max - min of the models' bargaining points (before the rule "
        "check), where models report one",
    )

    def summary(self) -> str:
        verdict = (
            f"{self.adopting} of {self.models} models forecast adoption"
            if self.models
            else "no model forecast this issue"
        )
        if self.outcome_min is not None and self.outcome_max is not None:
            verdict += f"; outcomes {self.outcome_min:g} to {self.outcome_max:g}"
        if self.bargaining_point_spread is not None:
            verdict += f"; bargaining points spread over {self.bargaining_point_spread:.4g}"
        return verdict


class Comparison(TypedResult):
    """Every selected model's forecast of one scenario."""

    schema_: str = Field(default=COMPARISON_SCHEMA, alias="schema")
    scenario: str
    forecasts: list[Forecast]
    failures: list[ModelFailure] = Field(default_factory=list)
    agreement: list[IssueAgreement] = Field(default_factory=list)

    def forecast(self, model: str) -> Forecast:
        for f in self.forecasts:
            if f.model == model:
                return f
        raise KeyError(model)


def compare(
    scenario: Scenario,
    models: Sequence[ModelSpec],
    params: Mapping[str, Any] | None = None,
    *,
    seed: int | None = None,
) -> Comparison:
    """Run ``models`` on ``scenario``; each parameter goes to the models that have it."""
    params = dict(params or {})
    accepted = {p.name for spec in models for p in spec.params}
    orphans = sorted(set(params) - accepted)
    if orphans:
        have = "; ".join(
            f"{s.name}: {', '.join(p.name for p in s.params) or 'none'}" for s in models
        )
        raise InputError(
            f"no selected model has the parameter(s) {', '.join(orphans)}",
            hint=f"parameters by model: {have}",
        )
    forecasts: list[Forecast] = []
    failures: list[ModelFailure] = []
    for spec in models:
        own = {k: v for k, v in params.items() if k in {p.name for p in spec.params}}
        try:
            forecasts.append(run_model(scenario, spec.name, seed=seed, **own))
        except InputError as exc:
            failures.append(ModelFailure(model=spec.name, error=str(exc)))
    if not forecasts:
        raise InputError(problems=[Problem(f"model {f.model}: {f.error}") for f in failures])
    return Comparison(
        scenario=scenario.id,
        forecasts=forecasts,
        failures=failures,
        agreement=[_agreement(issue.id, forecasts) for issue in scenario.issues],
    )


def _agreement(issue_id: str, forecasts: Sequence[Forecast]) -> IssueAgreement:
    rows = [f.issue(issue_id) for f in forecasts]
    outcomes = [r.outcome for r in rows if r.outcome is not None]
    points = [
        float(r.details["bargaining_point"])
        for r in rows
        if isinstance(r.details.get("bargaining_point"), (int, float))
    ]
    return IssueAgreement(
        issue=issue_id,
        models=len(rows),
        adopting=sum(r.adopted is True for r in rows),
        not_adopting=sum(r.adopted is False for r in rows),
        outcome_min=min(outcomes) if outcomes else None,
        outcome_max=max(outcomes) if outcomes else None,
        outcome_median=statistics.median(outcomes) if outcomes else None,
        bargaining_point_spread=max(points) - min(points) if len(points) >= 2 else None,
    )
