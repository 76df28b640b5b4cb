"""Reading and writing scenarios, bodies and results."""

from concilium.io.scenarios import (
    load_scenario,
    parse_scenario,
    save_scenario,
    scenario_from_frame,
    scenario_json_schema,
    scenario_to_frame,
)

__all__ = [
    "load_scenario",
    "parse_scenario",
    "save_scenario",
    "scenario_from_frame",
    "scenario_json_schema",
    "scenario_to_frame",
]
