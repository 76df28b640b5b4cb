"""The salience-weighted median voter: the median position weighted by capability × salience.

Bueno de Mesquita's "median voter" forecast (BDM 1994; Scholz, Calbert & Smith 2011,
step 3.7 in docs/models/expected-utility.md): the same weighted median as
:mod:`concilium.models.median`, with weights ``w_i = c_i s_i`` (capability times
salience), so an actor counts by how much it can and how much it cares to push.  In one
dimension with distance-based preferences it is the Condorcet winner among the actors'
positions when each actor votes with weight c·s — the starting forecast (round 0) of the
expected-utility model.  Salience enters on its 0..100 scale; scaling every weight by the
same factor changes nothing.

The point is then checked against the body's rule (:mod:`concilium.models.institutions`).
"""

from __future__ import annotations

from concilium.forecast import Forecast
from concilium.models._spec import INSTITUTIONS, ModelSpec
from concilium.models.institutions import point_model_forecast, top_weights
from concilium.models.median import weighted_median
from concilium.scenario import Scenario

__all__ = ["CITATION", "NAME", "SPEC", "forecast"]

NAME = "salience_median"
CITATION = (
    "Bueno de Mesquita (1994), 'Political forecasting: an expected utility method', in "
    "European Community Decision Making, Yale UP; Scholz, Calbert & Smith (2011), "
    "Journal of Theoretical Politics 23(4)"
)


def forecast(scenario: Scenario, *, rng=None, institutions: bool = True) -> Forecast:
    """Forecast each issue as the c·s-weighted median position, checked against the rule.

    ``rng`` is accepted for the common model signature; the model is deterministic.
    """

    def point(inp):
        w = inp.capabilities * inp.saliences
        z = weighted_median(inp.positions, w)
        return (
            z,
            [
                (
                    f"Salience-weighted median voter: the capability × salience weighted median "
                    f"of the {len(inp.positions)} positions is {z:g}."
                ),
                f"Largest weights (c·s shares): {top_weights(inp, w)}.",
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
    summary="Benchmark: the capability × salience weighted median position, checked against "
    "the rule.",
    requires=("position", "salience", "capability"),
    forecast=forecast,
    tuning=(("institutions", (True, False)),),
    params=(INSTITUTIONS,),
)
