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

Rule-aware weights (``voting_weights``, default true; issue 10).  Capability is an actor's
potential to influence the outcome (Thomson et al. 2006); in a body that decides by a
weighted vote, part of a member's potential is its vote, and bargaining "in the shadow of the
vote" gives more to those whose votes a qualified majority needs more.  So under a
weighted-majority rule each voting member's weight is multiplied by its voting weight
relative to the mean member's, ``r_i = v_i / mean_j v_j``::

    x* = sum_i c_i s_i r_i x_i / sum_i c_i s_i r_i

Outside stakeholders keep ``r_i = 1``, and so does everyone under a rule without member
weights (unanimity or consensus, majority, the Security Council, the EU double majority), so
there the model is Thomson et al.'s published one; ``voting_weights=false`` gives it
everywhere.  This is a reading, not the published model: the DEU literature measures
capabilities in several ways (docs/models/baselines.md).  Do not combine it with
capabilities that are already the members' votes (it would count them twice).

The point is then checked against the body's rule (:mod:`concilium.models.institutions`):
under unanimity, a compromise that a member likes less than the status quo is not adopted;
the check says whether the point passes, and the forecast outcome is the status quo when it
does not, while ``details["if_adopted"]`` keeps where the act lands if adopted.
"""

from __future__ import annotations

import numpy as np

from concilium import stats
from concilium.errors import InputError
from concilium.forecast import Forecast
from concilium.models._spec import INSTITUTIONS, ModelSpec, Param
from concilium.models.institutions import (
    point_model_forecast,
    relative_voting_weights,
    top_weights,
)
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


def forecast(
    scenario: Scenario, *, rng=None, institutions: bool = True, voting_weights: bool = True
) -> Forecast:
    """Forecast each issue as the c·s-weighted mean position, checked against the rule.

    ``voting_weights``: under a weighted-majority rule, also weight each voting member by its
    vote relative to the mean member's (module docstring).  ``rng`` is accepted for the
    common model signature; the model is deterministic.
    """
    if not isinstance(voting_weights, bool):
        raise InputError(f"parameter voting_weights must be true or false, not {voting_weights!r}")

    def point(inp):
        r = (
            relative_voting_weights(scenario, inp.actor_ids)
            if voting_weights
            else np.ones(len(inp.positions))
        )
        ruled = bool(np.any(r != 1.0))
        z = compromise_point(inp.positions, inp.capabilities * r, inp.saliences)
        w = inp.capabilities * inp.saliences * r
        what = "capability × salience × relative vote" if ruled else "capability × salience"
        return (
            z,
            [
                (
                    f"Compromise model: the mean of the {len(inp.positions)} positions weighted "
                    f"by {what} is {z:g}."
                ),
                f"Heaviest pulls (shares of the weights): {top_weights(inp, w)}.",
            ],
            {"weights": "capability*salience*relative_vote" if ruled else "capability*salience"},
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
    summary="Positions averaged with weights capability × salience (× relative vote under a "
    "weighted majority), checked against the rule.",
    requires=("position", "salience", "capability"),
    forecast=forecast,
    tuning=(("institutions", (True, False)), ("voting_weights", (True, False))),
    params=(
        INSTITUTIONS,
        Param(
            "voting_weights",
            bool,
            True,
            "under a weighted-majority rule, weight each voting member also by its vote "
            "relative to the mean member's (false: Thomson et al.'s c·s weights everywhere)",
        ),
    ),
)
