"""The model registry: one typed entry per model, and one way to run any of them.

Each model is a module with a pure entry point ``forecast(scenario, *, rng=None,
**params) -> Forecast`` and a ``SPEC`` (:class:`~concilium.models._spec.ModelSpec`) naming
it, its citation, required inputs and parameters.  Adding a model means writing the module
and adding its name and module to :data:`_MODEL_MODULES`; the CLI's ``--model`` choices and
``--param`` checks, ``concilium models``, the docs' model list, the evaluation harness and
the shared contract tests all read :data:`MODELS`.

:data:`MODELS` is loaded lazily: its names (and their order) are known without importing
any model, and a model's module is imported the first time its ``ModelSpec`` is read (to run
it, check its parameters or list it).  Importing every model costs about half a second, so
``concilium --help`` or ``concilium forecast -m procedural`` imports only what it uses.
"""

from __future__ import annotations

import difflib
import importlib
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any

from concilium._gcpause import paused as gc_paused
from concilium.errors import InputError
from concilium.models._spec import REQUIREMENTS, ModelSpec, Param

if TYPE_CHECKING:
    import numpy as np

    from concilium.forecast import Forecast
    from concilium.scenario import Scenario

__all__ = [
    "MODELS",
    "REQUIREMENTS",
    "ModelSpec",
    "Param",
    "Registry",
    "check_requirements",
    "get_model",
    "models_markdown",
    "parse_param_value",
    "resolve_models",
    "run_model",
]

# Model name -> the module whose SPEC describes it, in the order they are listed to users.
_MODEL_MODULES = {
    "procedural": "concilium.models.procedural",
    "mean": "concilium.models.mean",
    "median_voter": "concilium.models.median",
    "salience_median": "concilium.models.salience_median",
    "compromise": "concilium.models.compromise",
    "nash": "concilium.models.nash",
    "expected_utility": "concilium.models.expected_utility",
    "exchange": "concilium.models.exchange",
    "smp": "concilium.models.smp",
}


class Registry(Mapping[str, ModelSpec]):
    """The registered models by name: a read-only mapping name -> :class:`ModelSpec`.

    The names are known up front; a model's module is imported, and its ``SPEC`` checked to
    carry the name it is registered under, the first time its entry is read.  Iterating
    over the names (``list(MODELS)``, ``name in MODELS``) imports nothing; ``MODELS.values()``
    imports every model.
    """

    def __init__(self, modules: Mapping[str, str]) -> None:
        self._modules = dict(modules)
        self._specs: dict[str, ModelSpec] = {}

    def module(self, name: str) -> str:
        """The module that defines model ``name`` (KeyError for an unknown name)."""
        return self._modules[name]

    def __getitem__(self, name: str) -> ModelSpec:
        spec = self._specs.get(name)
        if spec is None:
            spec = importlib.import_module(self._modules[name]).SPEC
            if not isinstance(spec, ModelSpec) or spec.name != name:
                raise RuntimeError(
                    f"{self._modules[name]}.SPEC should be the ModelSpec of {name!r}, not {spec!r}"
                )
            self._specs[name] = spec
        return spec

    def __iter__(self) -> Iterator[str]:
        return iter(self._modules)

    def __len__(self) -> int:
        return len(self._modules)

    def __contains__(self, name: object) -> bool:
        return name in self._modules

    def __repr__(self) -> str:
        return f"Registry({', '.join(self._modules)})"


MODELS = Registry(_MODEL_MODULES)


def get_model(name: str) -> ModelSpec:
    """A model by name, or an InputError suggesting the nearest name."""
    key = name.strip().lower().replace("-", "_")
    if key in MODELS:
        return MODELS[key]
    close = difflib.get_close_matches(key, list(MODELS), n=1)
    hint = f"did you mean {close[0]!r}? " if close else ""
    raise InputError(f"unknown model {name!r}", hint=hint + "models: " + ", ".join(MODELS))


def check_requirements(
    scenario: Scenario, spec: ModelSpec, params: dict[str, Any] | None = None
) -> None:
    """Raise one InputError listing every input the model (with these parameters) needs and
    the scenario lacks."""
    missing: list[str] = []
    if "body" in spec.needed(params or {}) and not scenario.has_rule:
        raise InputError(
            f"model {spec.name!r} needs a body with a decision rule; scenario {scenario.id} has none",
            field="body",
            hint="give the scenario a body (concilium bodies lists them), or use a bargaining "
            "model, which runs without a rule",
        )
    for req in spec.needed(params or {}):
        if req == "status_quo":
            missing += [
                f"issue {i.id}: status_quo" for i in scenario.issues if i.status_quo is None
            ]
        elif req == "proposal":
            missing += [f"issue {i.id}: proposal" for i in scenario.issues if i.proposal is None]
        elif req == "salience":
            missing += [
                f"actor {a.id}, issue {iid}: salience"
                for a in scenario.actors
                for iid, st in a.stances.items()
                if st.salience is None
            ]
        elif req == "capability":
            missing += [
                f"actor {a.id}, issue {iid}: capability"
                for a in scenario.actors
                for iid in a.stances
                if a.capability_on(iid) is None
            ]
    if missing:
        shown = "; ".join(missing[:8]) + (
            f"; and {len(missing) - 8} more" if len(missing) > 8 else ""
        )
        raise InputError(
            f"model {spec.name!r} needs inputs the scenario does not give: {shown}",
            hint="add them to the scenario, or choose a model that does not need them "
            "(`concilium models`)",
        )


def run_model(
    scenario: Scenario,
    model: str = "procedural",
    *,
    seed: int | None = None,
    rng: np.random.Generator | None = None,
    **params: Any,
) -> Forecast:
    """Run a registered model on a scenario.

    Randomness comes from ``seed`` (through ``numpy.random.SeedSequence``) or from ``rng``,
    never both.  The seed actually used is recorded in the forecast's provenance.
    """
    with gc_paused():  # a forecast of 1,000 issues builds many small objects (concilium._gcpause)
        return _run_model(scenario, model, seed=seed, rng=rng, **params)


def _run_model(
    scenario: Scenario,
    model: str,
    *,
    seed: int | None,
    rng: np.random.Generator | None,
    **params: Any,
) -> Forecast:
    import numpy as np

    spec = get_model(model)
    if seed is not None and rng is not None:
        raise InputError("give a seed or a random generator, not both")
    params = spec.check_params(params)
    check_requirements(scenario, spec, params)
    stochastic = spec.is_stochastic(params)
    if stochastic and rng is None:
        if seed is None:
            seed = int(np.random.SeedSequence().entropy) % (2**63)  # type: ignore[arg-type]
        rng = np.random.default_rng(np.random.SeedSequence(seed))
    filled = scenario.with_default_stances()
    result = spec.forecast(filled, rng=rng, **params)
    if filled is not scenario:
        result = _note_default_stances(result, filled)
    if stochastic and seed is not None:
        prov = result.provenance.model_copy(update={"seed": seed})
        result = result.model_copy(update={"provenance": prov})
    return result


def resolve_models(text: str) -> list[ModelSpec]:
    """``all``, one name, or a comma-separated list (``procedural,compromise``) -> specs."""
    names = [n.strip() for n in text.split(",") if n.strip()]
    if not names:
        raise InputError("no model given", hint="models: " + ", ".join(MODELS))
    if [n.lower() for n in names] == ["all"]:
        return list(MODELS.values())
    specs = [get_model(n) for n in names]
    unique: dict[str, ModelSpec] = {}
    for s in specs:
        unique.setdefault(s.name, s)
    return list(unique.values())


def _note_default_stances(result: Forecast, scenario: Scenario) -> Forecast:
    """Name, in each issue's explanation and details, the members given the default stance."""
    ds = scenario.default_stance_in_force
    if ds is None:
        return result
    whose = scenario.default_stance_described() or "the default stance"
    issues = []
    for f in result.issues:
        who = scenario.without_stance(f.issue)
        if who:
            shown = ", ".join(who[:12]) + (f" and {len(who) - 12} more" if len(who) > 12 else "")
            line = (
                f"Assumption (default_stance): {len(who)} member(s) without a stance take "
                f"{whose}, position {ds.position.value:g}: {shown}."
            )
            f = f.model_copy(
                update={
                    "explanation": [*f.explanation, line],
                    "details": {
                        **f.details,
                        "default_stance": who,
                        "default_stance_from": scenario.default_stance_origin,
                    },
                }
            )
        issues.append(f)
    return result.model_copy(update={"issues": issues})


def parse_param_value(raw: str) -> Any:
    """A model parameter written as text (CLI ``--param k=v``, ``name:k=v`` specs):
    true/false, an integer, a float, or else the string itself."""
    text = raw.strip()
    if text.lower() in ("true", "false"):
        return text.lower() == "true"
    for cast in (int, float):
        try:
            return cast(text)
        except ValueError:
            pass
    return text


def models_markdown() -> str:
    """The docs' model list (docs/models/index.md), generated from the registry."""
    lines = [
        "# Models",
        "",
        "Generated from the registry by `concilium models --format markdown`; do not edit by hand.",
        "",
        "| model | what it forecasts | needs | stochastic | parameters | citation |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for s in MODELS.values():
        params = ", ".join(f"`{p.describe()}`" for p in s.params) or "–"
        lines.append(
            f"| `{s.name}` | {s.summary} | {', '.join(s.requires)} | "
            f"{_stochastic_label(s)} | {params} | {s.citation} |"
        )
    return "\n".join(lines) + "\n"


def _stochastic_label(spec: ModelSpec) -> str:
    if spec.stochastic:
        return "yes"
    if spec.stochastic_when:
        return "if " + ", ".join(f"{k}={v}" for k, v in spec.stochastic_when)
    return "no"
