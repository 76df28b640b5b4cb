"""What an iterative model did, turn by turn: one typed record for every dynamic model.

The expected-utility model, KTAB's Spatial Model of Politics and the exchange model all move
actors' positions over turns (rounds).  A :class:`Trace` holds

* ``positions[t][i][d]``: actor ``actors[i]``'s position on dimension (issue)
  ``dimensions[d]`` after turn ``t``, on that issue's own scale; turn 0 is the input.  An
  actor with no stance on a dimension has ``None`` there;
* ``moves``: per-move records (who moved, on which dimension, from where to where, in reply
  to whom, and why);
* ``per_turn``: named series with one value per turn (a median, a probability vector...);
* how the run ended: ``status`` (``converged``, ``cycle``, ``stopped`` at the turn cap, or
  ``open``), the cycle's period, and a sentence saying why it stopped.

``to_rows()`` gives the long form ``turn, actor, dimension, position`` used by
``--trace-csv``, so runs can be compared with other tools (KTAB writes the same shape).
The JSON form is the schema ``concilium.trace/1`` (docs/trace-json.md).
"""

from __future__ import annotations

import csv
import io
import math
from collections.abc import Iterator, Sequence
from typing import Any, Literal

from pydantic import Field, model_validator

from concilium.typed import Frozen, TypedResult

__all__ = ["TRACE_SCHEMA", "Move", "Trace"]

TRACE_SCHEMA = "concilium.trace/1"

Status = Literal["converged", "cycle", "stopped", "open"]


class Move(Frozen):
    """One actor's move in one turn."""

    turn: int = Field(ge=1)
    actor: str
    dimension: str
    before: float
    after: float
    counterpart: str | None = Field(default=None, description="whose offer or challenge")
    reason: str = Field(default="", description="why, in a few words")

    @property
    def distance(self) -> float:
        return abs(self.after - self.before)


class Trace(TypedResult):
    """Positions per turn (turns x actors x dimensions), moves, and how the run ended."""

    schema_: str = Field(default=TRACE_SCHEMA, alias="schema")
    model: str
    actors: list[str]
    dimensions: list[str]
    positions: list[list[list[float | None]]]
    moves: list[Move] = Field(default_factory=list)
    per_turn: dict[str, list[Any]] = Field(default_factory=dict)
    status: Status = "open"
    cycle_period: int | None = Field(default=None, ge=1)
    stop_reason: str = ""

    @model_validator(mode="after")
    def _shapes_agree(self) -> Trace:
        n, k = len(self.actors), len(self.dimensions)
        for t, turn in enumerate(self.positions):
            if len(turn) != n or any(len(row) != k for row in turn):
                raise ValueError(f"turn {t}: positions must be {n} actors x {k} dimensions")
        for name, series in self.per_turn.items():
            if len(series) != len(self.positions):
                raise ValueError(
                    f"per_turn[{name!r}] has {len(series)} values for {len(self.positions)} turns"
                )
        return self

    # ------------------------------------------------------------------ building
    @classmethod
    def from_array(
        cls,
        model: str,
        actors: Sequence[str],
        dimensions: Sequence[str],
        positions: Any,
        **fields: Any,
    ) -> Trace:
        """From a numpy array of shape (turns, actors, dimensions); NaN means "no stance"."""
        rows = [
            [[None if not math.isfinite(x) else float(x) for x in actor] for actor in turn]
            for turn in positions.tolist()
        ]
        return cls(
            model=model, actors=list(actors), dimensions=list(dimensions), positions=rows, **fields
        )

    # ------------------------------------------------------------------ reading
    @property
    def turns(self) -> int:
        """Turns run (the input, turn 0, not counted)."""
        return len(self.positions) - 1

    def to_array(self) -> Any:
        """numpy array (turns + 1, actors, dimensions), NaN where an actor has no stance."""
        import numpy as np

        return np.array(
            [
                [[math.nan if x is None else x for x in row] for row in turn]
                for turn in self.positions
            ],
            dtype=float,
        )

    def to_rows(self) -> Iterator[dict[str, Any]]:
        """Long form: one row per turn, actor and dimension (actors without a stance left out)."""
        for t, turn in enumerate(self.positions):
            for actor, row in zip(self.actors, turn, strict=True):
                for dim, x in zip(self.dimensions, row, strict=True):
                    if x is not None:
                        yield {"turn": t, "actor": actor, "dimension": dim, "position": x}

    def to_csv(self) -> str:
        buf = io.StringIO()
        w = csv.DictWriter(buf, ["turn", "actor", "dimension", "position"], lineterminator="\n")
        w.writeheader()
        for row in self.to_rows():
            w.writerow({**row, "position": repr(row["position"])})
        return buf.getvalue()

    def describe_end(self) -> str:
        """How the run ended, in a few words."""
        if self.status == "converged":
            return f"converged after {self.turns} turn(s)"
        if self.status == "cycle":
            return f"entered a cycle of period {self.cycle_period} by turn {self.turns}"
        if self.status == "stopped":
            return f"stopped at the cap of {self.turns} turn(s) without converging"
        return f"ran {self.turns} turn(s)"
