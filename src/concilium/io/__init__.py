"""Reading and writing: low-level documents and outputs, and scenarios.

``concilium.io.documents`` (YAML/JSON with line numbers) and ``concilium.io.output`` (safe
writes) sit at the bottom of the package and are used by bodies and weights files; the
scenario functions below sit above ``concilium.scenario``.  They are loaded on first use
(PEP 562), so that importing the low-level modules never pulls in the scenario layer.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

_EXPORTS = {
    "load_scenario": "concilium.io.scenarios",
    "parse_scenario": "concilium.io.scenarios",
    "save_scenario": "concilium.io.scenarios",
    "scenario_from_frame": "concilium.io.scenarios",
    "scenario_json_schema": "concilium.io.scenarios",
    "scenario_to_frame": "concilium.io.scenarios",
}

__all__ = [
    "load_scenario",
    "parse_scenario",
    "save_scenario",
    "scenario_from_frame",
    "scenario_json_schema",
    "scenario_to_frame",
]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'concilium.io' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


if TYPE_CHECKING:
    from concilium.io.scenarios import (
        load_scenario,
        parse_scenario,
        save_scenario,
        scenario_from_frame,
        scenario_json_schema,
        scenario_to_frame,
    )
