"""The mean model: the unweighted mean of the actors' positions.

The simplest benchmark of the literature on forecasting collective decisions (e.g. Achen
2006, "Evaluating political decision-making models", ch. 10 of Thomson et al., *The
European Union Decides*): every actor with a position on the issue counts equally,
members and outside stakeholders alike::

    x* = (1/n) * sum_i x_i

The point is then checked against the body's rule (:mod:`concilium.models.institutions`):
when the rule would not let it pass against the status quo, the forecast is the status quo
(``institutions=False`` reports the raw mean).
"""

from __future__ import annotations

from concilium.forecast import Forecast
from concilium.models._spec import INSTITUTIONS, ModelSpec
from concilium.models.institutions import point_model_forecast
from concilium.scenario import Scenario

__all__ = ["CITATION", "NAME", "SPEC", "forecast", "mean_point"]

NAME = "mean"
CITATION = (
    "Achen (2006), 'Evaluating political decision-making models', in Thomson, Stokman, "
    "Achen & König (eds.), The European Union Decides, Cambridge UP, ch. 10"
)


def mean_point(positions) -> float:
    """The arithmetic mean of the positions."""
    import numpy as np

    return float(np.mean(np.asarray(positions, dtype=float)))


def forecast(scenario: Scenario, *, rng=None, institutions: bool = True) -> Forecast:
    """Forecast each issue as the mean position, checked against the rule.

    ``rng`` is accepted for the common model signature; the model is deterministic.
    """

    def point(inp):
        z = mean_point(inp.positions)
        return (
            z,
            [
                (
                    f"Mean model: the plain mean of the {len(inp.positions)} actors' positions "
                    f"is {z:g} (range {inp.positions.min():g} to {inp.positions.max():g})."
                )
            ],
            {"n_actors": len(inp.positions)},
        )

    return point_model_forecast(
        scenario, name=NAME, citation=CITATION, institutions=institutions, need=(), point=point
    )


SPEC = ModelSpec(
    name=NAME,
    citation=CITATION,
    summary="Benchmark: the plain mean of all positions, checked against the rule.",
    requires=("position",),
    forecast=forecast,
    tuning=(("institutions", (True, False)),),
    params=(INSTITUTIONS,),
)
