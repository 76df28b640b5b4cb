"""Numbers with their uncertainty and evidence: the building blocks of stances.

:class:`Estimate` (a value, its plausible range, how it spreads over the range, its evidence
or the analyst's assumption), :class:`Evidence`, :class:`Distribution` and
:class:`DefaultStance` (the stance assumed for voting members that state none).  They live
below both the bodies and the scenario so that a body's data file can declare a default
stance as well as a scenario (:mod:`concilium.scenario` re-exports them all).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    field_validator,
    model_serializer,
    model_validator,
)

from concilium.numbers import BoundedFloat

__all__ = [
    "DEFAULT_NOTE",
    "DISTRIBUTIONS",
    "DefaultStance",
    "Distribution",
    "Estimate",
    "Evidence",
]

FiniteFloat = BoundedFloat  # finite, |x| <= 1e15 (concilium.numbers)


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


_PARTIAL_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?$")


def _evidence_date(v: Any) -> Any:
    """A full date, or a year (``2022``) or month (``2022-05``) kept exactly as written."""
    if isinstance(v, bool):
        raise ValueError("expected a date, not true/false")  # noqa: TRY004 (pydantic validators raise ValueError)
    if isinstance(v, int):  # YAML reads a bare year as a number
        v = str(v)
    if isinstance(v, str):
        text = v.strip()
        m = _PARTIAL_DATE.match(text)
        if m:
            year, month = int(m.group(1)), m.group(2)
            if not 1 <= year <= 9999 or (month is not None and not 1 <= int(month) <= 12):
                raise ValueError(f"{text!r} is not a valid year or year-month")
            return text
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            raise ValueError(f"{text!r} is not a date: write YYYY-MM-DD, YYYY-MM or YYYY") from None
    return v


class Evidence(_Model):
    """Where a number comes from."""

    source: str = Field(min_length=1, description="URL or citation")
    quote: str | None = Field(default=None, description="the words that support the number")
    date: dt.date | str | None = Field(
        default=None,
        description="date of the statement or report: YYYY-MM-DD, or YYYY-MM / YYYY when only "
        "the month or year is known (kept as written)",
    )
    note: str | None = None

    @field_validator("date", mode="before")
    @classmethod
    def _partial_date(cls, v: Any) -> Any:
        return _evidence_date(v)


DISTRIBUTIONS = ("uniform", "triangular", "truncnormal", "beta")
_DIST_PARAMS = {
    "uniform": (),
    "triangular": ("mode",),
    "truncnormal": ("mean", "sd"),
    "beta": ("a", "b"),
}


class Distribution(_Model):
    """How an uncertain number spreads over its ``range`` (never beyond it).

    ``uniform`` (the default for any number with a range); ``triangular`` with its peak at
    ``mode`` (default: the value); ``truncnormal``, a normal with ``mean`` (default: the
    value) and ``sd`` cut to the range; ``beta`` with shapes ``a`` and ``b`` stretched over
    the range.  Written as a name (``dist: triangular``) or a mapping
    (``dist: {kind: truncnormal, sd: 10}``).
    """

    kind: Literal["uniform", "triangular", "truncnormal", "beta"]
    mode: FiniteFloat | None = Field(default=None, description="triangular: the peak")
    mean: FiniteFloat | None = Field(default=None, description="truncnormal: the centre")
    sd: FiniteFloat | None = Field(default=None, gt=0, description="truncnormal: the spread")
    a: FiniteFloat | None = Field(default=None, gt=0, description="beta: first shape")
    b: FiniteFloat | None = Field(default=None, gt=0, description="beta: second shape")

    @model_validator(mode="before")
    @classmethod
    def _by_name(cls, data: Any) -> Any:
        if isinstance(data, str):
            return {"kind": data}
        if isinstance(data, dict) and data.get("kind") not in (None, *DISTRIBUTIONS):
            raise ValueError(
                f"unknown distribution {data.get('kind')!r}; use one of {', '.join(DISTRIBUTIONS)}"
            )
        return data

    @model_validator(mode="after")
    def _params_fit(self):
        allowed = _DIST_PARAMS[self.kind]
        given = [k for k in ("mode", "mean", "sd", "a", "b") if getattr(self, k) is not None]
        stray = [k for k in given if k not in allowed]
        if stray:
            raise ValueError(
                f"{', '.join(stray)} is not a parameter of the {self.kind} "
                f"distribution (its parameters: {', '.join(allowed) or 'none'})"
            )
        if self.kind == "truncnormal" and self.sd is None:
            raise ValueError("a truncnormal distribution needs sd (its standard deviation)")
        if self.kind == "beta" and (self.a is None or self.b is None):
            raise ValueError("a beta distribution needs both shapes a and b")
        return self

    @model_serializer(mode="wrap")
    def _compact(self, handler):
        data = {k: v for k, v in handler(self).items() if v is not None}
        return data["kind"] if len(data) == 1 else data


class Estimate(_Model):
    """A number with its uncertainty range and its evidence, or marked as an assumption.

    Written either as a plain number (``position: 0``) or as a mapping
    (``position: {value: 0, range: [0, 10], evidence: [...], assumption: "why"}``).
    A number with a range is uncertain: simulations draw it from ``dist`` over the range
    (uniform unless said otherwise).
    """

    value: FiniteFloat
    range: tuple[FiniteFloat, FiniteFloat] | None = Field(
        default=None, description="plausible low and high values, for uncertainty analysis"
    )
    dist: Distribution | None = Field(
        default=None,
        description="how the number spreads over its range (default uniform): "
        "uniform, triangular, truncnormal or beta",
    )
    evidence: tuple[Evidence, ...] = ()
    assumption: str | None = Field(
        default=None, description="set when the number is the analyst's assumption; say why"
    )

    @model_validator(mode="before")
    @classmethod
    def _scalar(cls, data: Any) -> Any:
        if isinstance(data, bool):
            raise ValueError("expected a number, not true/false")  # noqa: TRY004 (pydantic)
        if isinstance(data, (int, float)):
            return {"value": data}
        return data

    @model_validator(mode="after")
    def _range_holds_value(self):
        if self.range is not None:
            lo, hi = self.range
            if lo > hi:
                raise ValueError(f"range [{lo:g}, {hi:g}] has its low end above its high end")
            if lo == hi:
                raise ValueError(
                    f"range [{lo:g}, {hi:g}] is empty; leave the range out for a "
                    "number that is certain"
                )
            if not lo <= self.value <= hi:
                raise ValueError(f"value {self.value:g} lies outside its range [{lo:g}, {hi:g}]")
        d = self.dist
        if d is not None:
            if self.range is None:
                raise ValueError(f"dist {d.kind} needs a range to spread over")
            lo, hi = self.range
            for name in ("mode", "mean"):
                x = getattr(d, name)
                if x is not None and not lo <= x <= hi:
                    raise ValueError(f"dist {name} {x:g} lies outside the range [{lo:g}, {hi:g}]")
        return self

    @model_serializer(mode="wrap")
    def _compact(self, handler):
        data = handler(self)
        if (
            self.range is None
            and self.dist is None
            and not self.evidence
            and self.assumption is None
        ):
            return data["value"]
        return {k: v for k, v in data.items() if v not in (None, [], ())}

    @property
    def sourced(self) -> bool:
        return bool(self.evidence)


DEFAULT_NOTE = "default stance: this member gave none"


class DefaultStance(_Model):
    """The stance assumed for every voting member that has none on an issue.

    Say why in ``position.assumption``; give ranges so that simulations spread it.  Every
    output lists the members it is used for.
    """

    position: Estimate
    salience: Estimate | None = Field(default=None, description="0..100")
    capability: Estimate | None = Field(
        default=None, description="used when the member has no capability of its own"
    )

    @model_validator(mode="after")
    def _said_why(self):
        if self.position.assumption is None and not self.position.evidence:
            raise ValueError("a default stance is an assumption: say why in position.assumption")
        return self
