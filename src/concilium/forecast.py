"""What a model returns: a forecast per issue, why, and where it came from.

The JSON form (``Forecast.to_json()``) is the documented, stable output schema
``concilium.forecast/1`` (see docs/forecast-json.md).  Fields are only ever
added, never renamed or removed, within a schema version.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from concilium._version import __version__
from concilium.trace import Trace
from concilium.typed import Frozen, TypedResult

__all__ = ["SCHEMA", "Forecast", "IssueForecast", "Provenance", "Trace"]

SCHEMA = "concilium.forecast/1"

VoteValue = Literal["yes", "no", "abstain"]


class Provenance(Frozen):
    """Enough to reproduce the numbers: which code, which model and parameters, which input."""

    concilium_version: str = __version__
    model: str
    params: dict[str, Any] = Field(default_factory=dict)
    input_hash: str
    seed: int | None = None


class IssueForecast(Frozen):
    """The forecast for one issue."""

    issue: str
    outcome: float | None = Field(description="forecast outcome on the issue's scale")
    adopted: bool | None = Field(
        default=None,
        description="whether the proposal (or the bargained point) is adopted "
        "under the body's rule; None when the model does not say",
    )
    status_quo: float | None = None
    proposal: float | None = None
    votes: dict[str, VoteValue] = Field(
        default_factory=dict, description="each voting member's vote, by actor id"
    )
    blockers: list[str] = Field(
        default_factory=list,
        description="actors whose objection alone stops adoption (had any one voted yes, it passes)",
    )
    veto_players: list[str] = Field(
        default_factory=list, description="actors who can stop any proposal alone under the rule"
    )
    explanation: list[str] = Field(default_factory=list, description="why, in sentences")
    details: dict[str, Any] = Field(default_factory=dict, description="model-specific results")
    trace: list[dict[str, Any]] | None = Field(
        default=None, description="per-round records of iterative models"
    )


class Forecast(TypedResult):
    """A model's forecast for a scenario."""

    schema_: str = Field(default=SCHEMA, alias="schema")
    scenario: str
    title: str | None = None
    date: str | None = None
    body: str | None = None
    rule: str | None = None
    model: str
    citation: str | None = None
    params: dict[str, Any] = Field(default_factory=dict)
    issues: list[IssueForecast]
    provenance: Provenance
    trace: Trace | None = Field(
        default=None,
        description="iterative models: positions per turn on every issue "
        "(schema concilium.trace/1)",
    )

    def issue(self, issue_id: str) -> IssueForecast:
        for i in self.issues:
            if i.issue == issue_id:
                return i
        raise KeyError(issue_id)

    def to_frame(self) -> Any:
        """One tidy row per issue (a pandas DataFrame): scenario, model, issue, outcome, adopted,
        status quo, proposal, blockers, input hash."""
        import pandas as pd

        return pd.DataFrame(
            [
                {
                    "scenario": self.scenario,
                    "model": self.model,
                    "issue": i.issue,
                    "outcome": i.outcome,
                    "adopted": i.adopted,
                    "status_quo": i.status_quo,
                    "proposal": i.proposal,
                    "blockers": ",".join(i.blockers),
                    "input_hash": self.provenance.input_hash,
                }
                for i in self.issues
            ]
        )
