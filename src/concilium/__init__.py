"""concilium: model councils and forecast their decisions.

>>> import concilium
>>> sc = concilium.load_scenario("examples/nato-tokyo-office.yaml")   # doctest: +SKIP
>>> sc.forecast("procedural").issue("tokyo-office").blockers        # doctest: +SKIP
['FRA']
"""

from concilium._version import __version__
from concilium.bodies import Body, Member, list_bodies, load_body
from concilium.errors import ConciliumError, InputError
from concilium.forecast import Forecast, IssueForecast
from concilium.io import load_scenario, parse_scenario, save_scenario
from concilium.models import MODELS, get_model, run_model
from concilium.scenario import Actor, Issue, Scenario

__all__ = [
    "MODELS",
    "Actor",
    "Body",
    "ConciliumError",
    "Forecast",
    "InputError",
    "Issue",
    "IssueForecast",
    "Member",
    "Scenario",
    "__version__",
    "get_model",
    "list_bodies",
    "load_body",
    "load_scenario",
    "parse_scenario",
    "run_model",
    "save_scenario",
]
