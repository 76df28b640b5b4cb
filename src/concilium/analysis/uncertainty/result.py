"""The typed result of a simulation: schema ``concilium.simulation/1``.

Immutable pydantic models with ``to_dict``/``to_json``/``from_json``; documented field by
field in ``docs/simulation-json.md``.  Fields are only ever added within a schema version.
"""

from __future__ import annotations

import math
from typing import Any

from pydantic import Field, PrivateAttr

from concilium._version import __version__
from concilium.typed import Frozen, TypedResult

__all__ = [
    "SCHEMA",
    "Blocking",
    "InputSummary",
    "IssueSimulation",
    "ModelSummary",
    "OutcomeSummary",
    "RunInfo",
    "Simulation",
    "wilson",
]

SCHEMA = "concilium.simulation/1"
QUANTILES = (0.05, 0.25, 0.5, 0.75, 0.95)
Z95 = 1.959963984540054  # the standard normal's 97.5 % quantile


def wilson(k: int, n: int, z: float = Z95) -> tuple[float, float]:
    """Wilson's score interval for a binomial proportion k/n (Wilson 1927, JASA 22(158)):

    ``(p + z^2/2n -+ z sqrt(p(1-p)/n + z^2/4n^2)) / (1 + z^2/n)``; ``(0, 1)`` when n = 0.
    """
    if n <= 0:
        return (0.0, 1.0)
    p = k / n
    denom = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / denom
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denom
    # At k = 0 (k = n) centre and half-width are equal in exact arithmetic, so the interval
    # starts at 0 (ends at 1); floating point would leave 1e-17 there.
    lo = 0.0 if k == 0 else max(0.0, centre - half)
    hi = 1.0 if k == n else min(1.0, centre + half)
    return (lo, hi)


class InputSummary(Frozen):
    """One uncertain input: its point value and how it was drawn."""

    name: str = Field(description="ACTOR.ISSUE.FIELD, ACTOR.capability or ACTOR.participation")
    actor: str
    issue: str | None = None
    field: str
    kind: str = Field(description="number, choice (alternative stances) or participation")
    value: float
    low: float
    high: float
    dist: str
    describe: str
    params: dict[str, float] = Field(default_factory=dict)
    values: list[float] = Field(default_factory=list)
    weights: list[float] = Field(default_factory=list)
    labels: list[str] = Field(default_factory=list)


class OutcomeSummary(Frozen):
    """The distribution of the outcome over the draws that give one."""

    n: int = Field(description="draws with an outcome")
    mean: float | None = None
    quantiles: dict[str, float] = Field(
        default_factory=dict, description="'0.05' .. '0.95' -> outcome (linear interpolation)"
    )
    edges: list[float] = Field(default_factory=list, description="histogram bin edges (scale)")
    counts: list[int] = Field(default_factory=list, description="draws per bin")


class Blocking(Frozen):
    """How often an actor blocks (see concilium.analysis.uncertainty.voting)."""

    actor: str
    name: str
    blocks: float = Field(description="share of draws in which it blocks (pivotal or veto)")
    pivotal: float = Field(description="share of draws in which its yes alone would carry it")
    veto: float = Field(description="share of draws in which its vote alone stops it")


class ModelSummary(Frozen):
    """One model's (or all models') results on one issue."""

    model: str
    draws: int
    decided: int = Field(description="draws in which the model says adopted or not")
    adopted: int = Field(description="draws in which the proposal or point is adopted")
    p_adopted: float | None = Field(description="adopted / decided")
    interval: tuple[float, float] | None = Field(
        default=None, description="95 % Wilson score interval of p_adopted"
    )
    outcome: OutcomeSummary
    blocking: list[Blocking] = Field(
        default_factory=list, description="actors that ever block, most frequent first"
    )
    point_adopted: bool | None = Field(default=None, description="the point forecast's verdict")
    point_outcome: float | None = None
    per_draw: bool = Field(
        default=False,
        description="ran the point model once per draw "
        "(no vectorised engine for this model and scenario)",
    )


class IssueSimulation(Frozen):
    issue: str
    title: str
    scale: tuple[float, float]
    status_quo: float | None = None
    proposal: float | None = None
    models: list[ModelSummary]
    combined: ModelSummary | None = Field(
        default=None,
        description="all models together: every model's draws pooled with equal "
        "weight (the interval treats model-draws as independent: read it as indicative)",
    )


class RunInfo(Frozen):
    """How the run was executed (not part of the result's identity)."""

    engine: str = "serial"
    workers: int = 1
    seconds: float | None = None
    concilium_version: str = __version__


class Simulation(TypedResult):
    """A Monte Carlo simulation of a scenario under one or more models."""

    schema_: str = Field(default=SCHEMA, alias="schema")
    scenario: str
    title: str | None = None
    input_hash: str
    seed: int
    draws: int = Field(description="draws asked for")
    draws_done: int = Field(description="draws completed (fewer when interrupted)")
    complete: bool
    batch_size: int
    models: list[str]
    inputs: list[InputSummary]
    default_stance: dict[str, list[str]] = Field(
        default_factory=dict,
        description="issue -> members given the default stance (the scenario's or the body's)",
    )
    default_stance_from: str | None = Field(
        default=None,
        description="where that default stance comes from: 'scenario' or 'body' (None: none)",
    )
    issues: list[IssueSimulation]
    notes: list[str] = Field(default_factory=list)
    run: RunInfo = Field(default_factory=RunInfo)

    _rows: Any = PrivateAttr(default=None)

    def rows(self):
        """The tidy draw rows (a pandas DataFrame), when the run kept them (``keep_rows``):
        draw, stream (the batch's seed-sequence spawn key), model, issue, outcome, adopted,
        blockers (comma-separated actor ids), then one column per uncertain input."""
        if self._rows is None:
            raise ValueError("this simulation did not keep its rows: run it with keep_rows=True")
        return self._rows

    def issue(self, issue_id: str) -> IssueSimulation:
        for i in self.issues:
            if i.issue == issue_id:
                return i
        raise KeyError(issue_id)

    def summary(self, issue_id: str, model: str) -> ModelSummary:
        iss = self.issue(issue_id)
        if model == "all" and iss.combined is not None:
            return iss.combined
        for m in iss.models:
            if m.model == model:
                return m
        raise KeyError(model)
