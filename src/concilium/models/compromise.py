"""The compromise model: the mean of the positions weighted by capability × salience.

Thomson, Stokman, Achen & König (eds., 2006), *The European Union Decides* (Cambridge UP):
the outcome is a compromise in which each actor pulls towards its position with the
weight of its capability ``c_i`` times its salience ``s_i``::

    x* = sum_i c_i s_i x_i / sum_i c_i s_i

It is the point that minimises the weighted sum of squared distances
``sum_i c_i s_i (x - x_i)^2``, and Achen derives it as a limit of the Nash bargaining
solution: with the power-weighted Nash product ``sum_i c_i ln(u_i(x) - u_i(d))``, quadratic
salience-weighted losses ``u_i(x) = -s_i (x - x_i)^2`` and a disagreement outcome that is
equally and extremely bad for everyone (``u_i(d) = -M``, ``M -> infinity``), maximising the
product is minimising ``sum_i c_i s_i (x - x_i)^2`` (Achen 2006,
in Thomson et al. (eds.), The European Union Decides; Leinaweaver & Thomson 2014 call the model "a computationally simple variant of the Nash
Bargaining Solution").  With a real status quo as the disagreement point see
:mod:`concilium.models.nash`.

The point is then checked against the body's rule (:mod:`concilium.models.institutions`):
under unanimity, a compromise that a member likes less than the status quo is not adopted.
"""

from __future__ import annotations

import numpy as np

from concilium import stats
from concilium.errors import InputError
from concilium.forecast import Forecast
from concilium.models._spec import INSTITUTIONS, ModelSpec
from concilium.models.institutions import point_model_forecast, top_weights
from concilium.scenario import Scenario

__all__ = ["CITATION", "NAME", "SPEC", "compromise_point", "forecast"]

NAME = "compromise"
CITATION = (
    "Thomson, Stokman, Achen & König (eds.) (2006), The European Union Decides, "
    "Cambridge UP (compromise model)"
)


def compromise_point(positions, capabilities, saliences) -> float:
    """``sum c s x / sum c s``; InputError when every c·s is zero."""
    x = np.asarray(positions, dtype=float)
    w = np.asarray(capabilities, dtype=float) * np.asarray(saliences, dtype=float)
    if np.any(w < 0):
        raise InputError("capabilities and saliences must not be negative")
    total = w.sum()
    if not total > 0:
        raise InputError(
            "every actor has zero capability × salience, so there is no compromise",
            hint="give at least one actor a positive capability and salience",
        )
    return float(stats.weighted_mean(x, w))


def forecast(scenario: Scenario, *, rng=None, institutions: bool = True) -> Forecast:
    """Forecast each issue as the c·s-weighted mean position, checked against the rule.

    ``rng`` is accepted for the common model signature; the model is deterministic.
    """

    def point(inp):
        z = compromise_point(inp.positions, inp.capabilities, inp.saliences)
        w = inp.capabilities * inp.saliences
        return (
            z,
            [
                (
                    f"Compromise model: the mean of the {len(inp.positions)} positions weighted "
                    f"by capability × salience is {z:g}."
                ),
                f"Heaviest pulls (c·s shares): {top_weights(inp, w)}.",
            ],
            {"weights": "capability*salience"},
        )

    return point_model_forecast(
        scenario,
        name=NAME,
        citation=CITATION,
        institutions=institutions,
        need=("salience", "capability"),
        point=point,
    )


SPEC = ModelSpec(
    name=NAME,
    citation=CITATION,
    summary="Positions averaged with weights capability × salience, checked against the rule.",
    requires=("position", "salience", "capability"),
    forecast=forecast,
    tuning=(("institutions", (True, False)),),
    params=(INSTITUTIONS,),
)
