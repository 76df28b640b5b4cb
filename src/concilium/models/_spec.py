"""What the registry knows about a model: one typed object per model, defined in its module.

Each model module ends with ``SPEC = ModelSpec(...)`` naming its entry point, citation,
required inputs and parameters (type, default, allowed values or range).  The CLI
(``--model``, ``--param``), ``concilium models``, the generated docs, the evaluation harness
and the contract tests all read these objects; nothing reads module globals by name.
"""

from __future__ import annotations

import difflib
import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from concilium.errors import InputError

if TYPE_CHECKING:
    from concilium.forecast import Forecast

__all__ = ["INSTITUTIONS", "REQUIREMENTS", "ModelSpec", "Param"]

# What a model can require of a scenario (checked by concilium.models.check_requirements).
REQUIREMENTS = (
    "position",
    "salience",
    "capability",
    "status_quo",
    "proposal",
    "body",  # the scenario has a body with a decision rule
)


@dataclass(frozen=True)
class Param:
    """One keyword parameter of a model: its type, default and what values it allows.

    ``kind`` is ``bool``, ``int``, ``float`` or ``str``; ``optional`` allows ``None`` (the
    model then picks a default that depends on other parameters, as ``help`` says).
    """

    name: str
    kind: type
    default: Any
    help: str
    choices: tuple[Any, ...] | None = None
    minimum: float | None = None
    maximum: float | None = None
    optional: bool = False

    def check(self, value: Any, model: str) -> Any:
        """``value`` converted to this parameter's type, or an InputError saying what fits."""
        where = f"model {model!r} parameter {self.name}"
        if value is None and self.optional:
            return None
        ok: Any
        if self.kind is bool:
            ok = value if isinstance(value, bool) else None
        elif self.kind is int:
            ok = value if isinstance(value, int) and not isinstance(value, bool) else None
        elif self.kind is float:
            ok = (
                float(value)
                if isinstance(value, (int, float)) and not isinstance(value, bool)
                else None
            )
            if ok is not None and not math.isfinite(ok):
                raise InputError(f"{where} must be a finite number, not {value!r}", field=self.name)
        else:
            ok = value if isinstance(value, str) else None
        if ok is None:
            raise InputError(
                f"{where} must be {self.describe_type()}, not {value!r}",
                field=self.name,
                hint=self.help,
            )
        if self.choices is not None and ok not in self.choices:
            close = difflib.get_close_matches(str(ok), [str(c) for c in self.choices], n=1)
            raise InputError(
                f"{where} must be one of {', '.join(map(str, self.choices))}, not {value!r}",
                field=self.name,
                hint=f"did you mean {close[0]!r}?" if close else self.help,
            )
        if (
            self.minimum is not None
            and ok < self.minimum
            or (self.maximum is not None and ok > self.maximum)
        ):
            lo = "" if self.minimum is None else f"{self.minimum:g}"
            hi = "" if self.maximum is None else f"{self.maximum:g}"
            raise InputError(
                f"{where} must be in [{lo}, {hi}], not {value!r}", field=self.name, hint=self.help
            )
        return ok

    def describe_type(self) -> str:
        base = {bool: "true or false", int: "a whole number", float: "a number", str: "a word"}[
            self.kind
        ]
        return base + (" (or left out)" if self.optional else "")

    def describe(self) -> str:
        """``name=default`` with the allowed values, for help texts and the docs."""
        allowed = ""
        if self.choices is not None:
            allowed = " (" + " | ".join(map(str, self.choices)) + ")"
        elif self.minimum is not None or self.maximum is not None:
            lo = "" if self.minimum is None else f"{self.minimum:g}"
            hi = "" if self.maximum is None else f"{self.maximum:g}"
            allowed = f" ({lo}..{hi})"
        return f"{self.name}={self.default!r}{allowed}"


@dataclass(frozen=True)
class ModelSpec:
    """A registered model: its entry point and everything the tools need to know about it."""

    name: str
    citation: str
    summary: str
    requires: tuple[str, ...]
    forecast: Callable[..., Forecast] = field(repr=False)
    params: tuple[Param, ...] = ()
    stochastic: bool = False
    # a deterministic model with a random mode: stochastic when a parameter has this value
    stochastic_when: tuple[tuple[str, Any], ...] = ()
    order_dependent: bool = False  # actor order may change the result (documented tie rules)
    iterative: bool = False  # returns a Trace of rounds
    # "issue": each issue can be forecast alone; "decision": the model must see every issue
    # of a decision at once (it links issues), so the evaluation harness forecasts them together
    scope: str = "issue"
    # parameter values cross-validation chooses among (concilium.evaluation.tuning_grid)
    tuning: tuple[tuple[str, tuple[Any, ...]], ...] = ()
    # the inputs needed with these parameters (default: ``requires``)
    needs: Callable[[dict[str, Any]], tuple[str, ...]] | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        unknown = set(self.requires) - set(REQUIREMENTS)
        if unknown:
            raise ValueError(f"model {self.name}: unknown requirements {sorted(unknown)}")

    def is_stochastic(self, params: Mapping[str, Any]) -> bool:
        """Whether a run with these parameters draws random numbers (run_model then seeds a
        generator through SeedSequence and records the seed)."""
        return self.stochastic or any(params.get(k) == v for k, v in self.stochastic_when)

    def needed(self, params: Mapping[str, Any]) -> tuple[str, ...]:
        return self.requires if self.needs is None else self.needs(dict(params))

    @property
    def defaults(self) -> dict[str, Any]:
        return {p.name: p.default for p in self.params}

    def param(self, name: str) -> Param:
        for p in self.params:
            if p.name == name:
                return p
        close = difflib.get_close_matches(name, [p.name for p in self.params], n=1)
        hint = (f"did you mean {close[0]!r}? " if close else "") + (
            "its parameters: " + ", ".join(p.describe() for p in self.params)
            if self.params
            else "it has no parameters"
        )
        raise InputError(f"model {self.name!r} has no parameter {name!r}", hint=hint)

    def check_params(self, params: Mapping[str, Any]) -> dict[str, Any]:
        """The parameters converted and checked; every problem reported at once."""
        out: dict[str, Any] = {}
        problems = []
        for name, value in params.items():
            try:
                out[name] = self.param(name).check(value, self.name)
            except InputError as exc:
                problems += exc.problems
        if problems:
            raise InputError(problems=problems)
        return out


# The parameter every bargaining model shares (concilium.models.institutions).
INSTITUTIONS = Param(
    "institutions",
    bool,
    True,
    "check the bargaining point against the body's rule (false: report the raw point)",
)
