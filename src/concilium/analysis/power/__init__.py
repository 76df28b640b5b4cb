"""Voting power and coalitions: exact power indices for any decision rule of the core.

Every rule compiles to a :class:`~concilium.games.SimpleGame` (integer weights, a
disjunction of quota clauses).  This package counts its coalitions exactly by dynamic
programming over weight totals, and estimates by sampling when counting is out of reach.

>>> from concilium.bodies import load_body
>>> from concilium.analysis.power import power_indices
>>> df = power_indices(load_body("unsc").game(), ["shapley", "banzhaf"])
>>> round(df.loc[df.member == "USA", "shapley_shubik"].item(), 4)
0.1963

Main entry points
-----------------
:func:`power_indices`
    Banzhaf (absolute, normalised, swing counts), Shapley–Shubik, Holler–Packel (Public
    Good Index) and Deegan–Packel, one row per member, in a pandas DataFrame.
:func:`minimal_winning`, :func:`minimal_blocking`, :func:`blocking_groups`,
:func:`veto_players`, :func:`count_winning`, :func:`dual_game`
    Coalition structure: counted exactly, listed up to a limit.
:func:`load_weights_file`
    A small CSV/YAML file of weights and quotas as a game.

See ``docs/power.md`` for the formulas, the citations and the choices made.
"""

from concilium.analysis.power.coalitions import (
    CoalitionList,
    blocking_groups,
    count_winning,
    dual_game,
    minimal_blocking,
    minimal_winning,
    veto_players,
)
from concilium.analysis.power.indices import INDICES, feasibility, power_indices, resolve_indices
from concilium.analysis.power.weights_file import WeightsFile, load_weights_file, weighted_game

__all__ = [
    "INDICES",
    "CoalitionList",
    "WeightsFile",
    "blocking_groups",
    "count_winning",
    "dual_game",
    "feasibility",
    "load_weights_file",
    "minimal_blocking",
    "minimal_winning",
    "power_indices",
    "resolve_indices",
    "veto_players",
    "weighted_game",
]
