"""concilium: model councils and forecast their decisions.

The public names below are loaded on first use (PEP 562), so that ``import concilium`` and
commands that need little (``concilium scan``) stay fast.

>>> import concilium
>>> sc = concilium.load_scenario("examples/nato-tokyo-office.yaml")   # doctest: +SKIP
>>> concilium.run_model(sc, "procedural").issue("tokyo-office").blockers  # doctest: +SKIP
['FRA']
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from concilium._version import __version__

# public name -> module that defines it
_EXPORTS = {
    "Actor": "concilium.scenario",
    "Body": "concilium.bodies",
    "ConciliumError": "concilium.errors",
    "Forecast": "concilium.forecast",
    "InputError": "concilium.errors",
    "Issue": "concilium.scenario",
    "IssueForecast": "concilium.forecast",
    "MODELS": "concilium.models",
    "Member": "concilium.bodies",
    "Scenario": "concilium.scenario",
    "get_model": "concilium.models",
    "list_bodies": "concilium.bodies",
    "load_body": "concilium.bodies",
    "load_scenario": "concilium.io",
    "parse_scenario": "concilium.io",
    "run_model": "concilium.models",
    "save_scenario": "concilium.io",
}

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


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'concilium' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value  # later look-ups skip this function
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_EXPORTS))


if TYPE_CHECKING:  # for type checkers and editors
    from concilium.bodies import Body, Member, list_bodies, load_body
    from concilium.errors import ConciliumError, InputError
    from concilium.forecast import Forecast, IssueForecast
    from concilium.io import load_scenario, parse_scenario, save_scenario
    from concilium.models import MODELS, get_model, run_model
    from concilium.scenario import Actor, Issue, Scenario
