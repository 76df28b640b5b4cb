"""The model registry: one entry per model module, and one way to run any of them.

Each model is a module with a pure entry point ``forecast(scenario, *, rng=None,
**params) -> Forecast`` and module-level metadata ``NAME``, ``CITATION``, ``REQUIRES``,
``STOCHASTIC`` and ``SUMMARY``.  Adding a model means writing the module and adding its
name to ``_MODULES``; the CLI's ``--model`` choices, the docs' model list and the shared
contract tests are all generated from :data:`MODELS`.
"""

from __future__ import annotations

import difflib
import importlib
import inspect
import math
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from concilium.errors import InputError
from concilium.forecast import Forecast
from concilium.scenario import Scenario

__all__ = ["MODELS", "ModelSpec", "check_requirements", "get_model", "models_markdown", "run_model"]

# Module names under concilium.models, in the order they are listed to users.
_MODULES = (
    "procedural",
    "mean",
    "median",
    "salience_median",
    "compromise",
    "nash",
    "expected_utility",
    "exchange",
    "smp",
)

# What a model can require of a scenario, and how to check it.
REQUIREMENTS = {
    "position": "every actor with a stance has a position (always true)",
    "salience": "every stance has a salience",
    "capability": "every actor has a capability (on the actor or on each stance)",
    "status_quo": "every issue has a status quo",
    "proposal": "every issue has a proposal",
}


@dataclass(frozen=True)
class ModelSpec:
    """What the registry knows about a model."""

    name: str
    citation: str
    requires: tuple[str, ...]
    stochastic: bool
    summary: str
    forecast: Callable[..., Forecast] = field(repr=False)
    module: str = ""
    stochastic_if: dict[str, str] = field(default_factory=dict)

    def is_stochastic(self, params: dict[str, Any]) -> bool:
        """Whether a run with these parameters draws random numbers: always for a stochastic
        model; for a deterministic one with a random mode (``STOCHASTIC_IF``), when chosen."""
        return self.stochastic or any(
            str(params.get(k, "")).strip().lower() == v for k, v in self.stochastic_if.items()
        )

    @property
    def params(self) -> dict[str, Any]:
        """The model's keyword parameters and their defaults."""
        sig = inspect.signature(self.forecast)
        return {
            n: (None if p.default is inspect.Parameter.empty else p.default)
            for n, p in sig.parameters.items()
            if p.kind is inspect.Parameter.KEYWORD_ONLY and n != "rng"
        }


def _load() -> dict[str, ModelSpec]:
    out: dict[str, ModelSpec] = {}
    for mod_name in _MODULES:
        mod = importlib.import_module(f"concilium.models.{mod_name}")
        spec = ModelSpec(
            name=mod.NAME,
            citation=mod.CITATION,
            requires=tuple(mod.REQUIRES),
            stochastic=bool(mod.STOCHASTIC),
            summary=getattr(mod, "SUMMARY", (mod.__doc__ or "").strip().splitlines()[0]),
            forecast=mod.forecast,
            module=mod.__name__,
            stochastic_if=dict(getattr(mod, "STOCHASTIC_IF", {})),
        )
        if spec.name in out:
            raise RuntimeError(f"two models are called {spec.name!r}")
        out[spec.name] = spec
    return out


MODELS: dict[str, ModelSpec] = _load()


def get_model(name: str) -> ModelSpec:
    """A model by name, or an InputError suggesting the nearest name."""
    key = name.strip().lower().replace("-", "_")
    if key in MODELS:
        return MODELS[key]
    close = difflib.get_close_matches(key, list(MODELS), n=1)
    hint = f"did you mean {close[0]!r}? " if close else ""
    raise InputError(f"unknown model {name!r}", hint=hint + "models: " + ", ".join(MODELS))


def check_requirements(scenario: Scenario, spec: ModelSpec) -> None:
    """Raise one InputError listing every input the model needs and the scenario lacks."""
    missing: list[str] = []
    for req in spec.requires:
        if req == "status_quo":
            missing += [f"issue {i.id}: status_quo" for i in scenario.issues if i.status_quo is None]
        elif req == "proposal":
            missing += [f"issue {i.id}: proposal" for i in scenario.issues if i.proposal is None]
        elif req == "salience":
            missing += [
                f"actor {a.id}, issue {iid}: salience"
                for a in scenario.actors for iid, st in a.stances.items() if st.salience is None
            ]
        elif req == "capability":
            missing += [
                f"actor {a.id}, issue {iid}: capability"
                for a in scenario.actors for iid in a.stances if a.capability_on(iid) is None
            ]
    if missing:
        shown = "; ".join(missing[:8]) + (f"; and {len(missing) - 8} more" if len(missing) > 8 else "")
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
    spec = get_model(model)
    if seed is not None and rng is not None:
        raise InputError("give a seed or a random generator, not both")
    allowed = spec.params
    unknown = sorted(set(params) - set(allowed))
    if unknown:
        raise InputError(
            f"model {spec.name!r} has no parameter(s) {unknown}",
            hint="its parameters: " + (", ".join(allowed) or "none"),
        )
    for k, v in params.items():
        if isinstance(v, float) and not math.isfinite(v):
            raise InputError(f"parameter {k} must be a finite number")
    check_requirements(scenario, spec)
    stochastic = spec.is_stochastic(params)
    if stochastic and rng is None:
        if seed is None:
            seed = int(np.random.SeedSequence().entropy % (2**63))
        rng = np.random.default_rng(np.random.SeedSequence(seed))
    result = spec.forecast(scenario, rng=rng, **params)
    if stochastic and seed is not None:
        prov = result.provenance.model_copy(update={"seed": seed})
        result = result.model_copy(update={"provenance": prov})
    return result


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
        params = ", ".join(f"`{k}={v!r}`" for k, v in s.params.items()) or "–"
        lines.append(f"| `{s.name}` | {s.summary} | {', '.join(s.requires)} | "
                     f"{'yes' if s.stochastic else 'no'} | {params} | {s.citation} |")
    return "\n".join(lines) + "\n"
