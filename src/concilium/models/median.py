"""The median voter model: the capability-weighted median of the actors' positions.

In one dimension, with preferences that fall with distance, the position of the weighted
median actor beats every other position in pairwise votes where each actor casts its
weight (Black 1948, the median voter theorem).  As a forecasting benchmark (Bueno de
Mesquita 1994; Achen 2006 in Thomson et al., *The European Union Decides*, ch. 10) the
weights are the actors' capabilities::

    sort the actors by position x_(1) <= ... <= x_(n), with weights w_(1) ... w_(n);
    x* = the smallest x_(j) with  sum_{i<=j} w_(i) >= (1/2) sum_i w_i

(the tie rule of :mod:`concilium.stats`: the smallest x_i whose cumulative weight is
≥ ½ Σ w; with an exact tie at one half this picks the lower of the two middle positions).
The salience-and-capability-weighted variant (weights c·s, BDM's "median voter") is the
separate model ``salience_median`` (:mod:`concilium.models.salience_median`), because it
needs saliences that this one does not.

The point is then checked against the body's rule (:mod:`concilium.models.institutions`).
"""

from __future__ import annotations

import numpy as np

from concilium import stats
from concilium.errors import InputError
from concilium.forecast import Forecast
from concilium.models._spec import INSTITUTIONS, ModelSpec
from concilium.models.institutions import point_model_forecast, top_weights
from concilium.scenario import Scenario

__all__ = ["CITATION", "NAME", "SPEC", "forecast", "weighted_median"]

NAME = "median_voter"
CITATION = (
    "Black (1948), Journal of Political Economy 56(1); Bueno de Mesquita (1994), in "
    "European Community Decision Making, Yale UP; Achen (2006), in Thomson et al. (eds.), "
    "The European Union Decides, ch. 10"
)


def weighted_median(positions, weights) -> float:
    """The lower weighted median (:func:`concilium.stats.weighted_median`: the smallest
    position whose cumulative weight reaches half the total), with the inputs checked.

    Raises
    ------
    InputError
        If a weight is negative or all weights are zero.
    """
    x = np.asarray(positions, dtype=float)
    w = np.asarray(weights, dtype=float)
    if x.shape != w.shape or x.ndim != 1 or len(x) == 0:
        raise InputError("weighted median: give one weight per position")
    if np.any(w < 0) or not np.all(np.isfinite(w)):
        raise InputError("weights must be finite and non-negative")
    if w.sum() <= 0:
        raise InputError(
            "every weight is zero, so there is no weighted median",
            hint="give at least one actor a positive capability (and salience)",
        )
    return float(stats.weighted_median(x, w))


def forecast(scenario: Scenario, *, rng=None, institutions: bool = True) -> Forecast:
    """Forecast each issue as the capability-weighted median position, checked against the rule.

    ``rng`` is accepted for the common model signature; the model is deterministic.
    """

    def point(inp):
        z = weighted_median(inp.positions, inp.capabilities)
        return (
            z,
            [
                (
                    f"Median voter model: the capability-weighted median of the "
                    f"{len(inp.positions)} positions is {z:g}: actors at or below it hold at "
                    f"least half the capability, and so do those at or above it."
                ),
                f"Largest capabilities: {top_weights(inp, inp.capabilities)}.",
            ],
            {"weights": "capability"},
        )

    return point_model_forecast(
        scenario,
        name=NAME,
        citation=CITATION,
        institutions=institutions,
        need=("capability",),
        point=point,
    )


SPEC = ModelSpec(
    name=NAME,
    citation=CITATION,
    summary="Benchmark: the capability-weighted median position (median voter), checked "
    "against the rule.",
    requires=("position", "capability"),
    forecast=forecast,
    tuning=(("institutions", (True, False)),),
    params=(INSTITUTIONS,),
)
