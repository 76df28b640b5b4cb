"""Bodies as data: members with dated membership and weights, and the decision rule.

Built-in bodies live in ``bodies/data/*.yaml`` with their sources; a user's body can be a
YAML file of the same shape or an inline mapping in a scenario.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections import Counter
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from concilium.errors import InputError
from concilium.estimates import DefaultStance
from concilium.games import SimpleGame
from concilium.rules import Rule

__all__ = ["BUILTIN_BODIES", "Body", "Member", "list_bodies", "load_body"]

BUILTIN_BODIES = ("nato", "eu-council", "unsc", "european-council", "ep")


class Member(BaseModel):
    """A seat in a body.  ``joined`` and ``left`` are inclusive; ``left`` empty means still in."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str = Field(min_length=1, description="short stable id; ISO 3166 alpha-3 for states")
    name: str = Field(min_length=1)
    aliases: tuple[str, ...] = ()
    joined: dt.date | None = None
    left: dt.date | None = None
    weights: dict[str, Annotated[float, Field(ge=0, allow_inf_nan=False)]] = Field(
        default_factory=dict
    )
    tags: frozenset[str] = frozenset()
    source: str | None = None
    note: str | None = None

    @field_validator("weights")
    @classmethod
    def _finite_weights(cls, v: dict[str, float]) -> dict[str, float]:
        import math

        from concilium.numbers import MAX_MAGNITUDE

        for k, w in v.items():
            if not math.isfinite(w) or w < 0:
                raise ValueError(f"weight {k!r} must be a finite non-negative number, got {w}")
            if w > MAX_MAGNITUDE:
                raise ValueError(
                    f"weight {k!r} is too large ({w:g}): weights are accepted up "
                    "to 1e15 (give them in larger units)"
                )
        return v

    @model_validator(mode="after")
    def _dates_in_order(self):
        if self.joined and self.left and self.left < self.joined:
            raise ValueError(f"left ({self.left}) is before joined ({self.joined})")
        return self

    def member_on(self, on: dt.date) -> bool:
        return (self.joined is None or self.joined <= on) and (self.left is None or on <= self.left)

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


class Body(BaseModel):
    """A council: its members over time and how it decides."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str = Field(min_length=1)
    name: str = Field(min_length=1)
    aliases: tuple[str, ...] = ()
    description: str | None = None
    rule: Rule
    rules: dict[str, Rule] = Field(
        default_factory=dict, description="other rules the body uses, by name (e.g. unanimity)"
    )
    abstention: str | None = Field(default=None, description="how the body treats abstention")
    abstention_band: float = Field(
        default=0.0,
        ge=0,
        le=1,
        description="indifference threshold: a member abstains when the proposal and the status "
        "quo are equally far from its position to within this share of the scale width (0: only "
        "exact indifference); how the abstention counts is the rule's business",
    )
    members: tuple[Member, ...] = Field(min_length=1)
    default_stance: DefaultStance | None = Field(
        default=None,
        description="the stance assumed for every voting member without one, in every scenario "
        "of this body that states none of its own (a scenario's default_stance replaces it); "
        "no built-in body ships one: what to assume about silent members is the analyst's call",
    )
    sources: tuple[str, ...] = ()
    valid_from: dt.date | None = Field(
        default=None, description="first date the member data covers"
    )
    valid_until: dt.date | None = None
    weights_as_of: dt.date | None = None
    weights_note: str | None = None

    @model_validator(mode="after")
    def _default_stance_in_bounds(self):
        # The position is checked against each issue's scale by the scenario that uses it;
        # salience and capability have fixed bounds and are checked here, where they are written.
        ds = self.default_stance
        if ds is not None:
            if ds.salience is not None:
                lo, hi = ds.salience.range or (ds.salience.value, ds.salience.value)
                if min(lo, ds.salience.value) < 0 or max(hi, ds.salience.value) > 100:
                    raise ValueError("default_stance.salience must lie within 0..100 (range too)")
            if ds.capability is not None:
                lo = ds.capability.range[0] if ds.capability.range else ds.capability.value
                if min(lo, ds.capability.value) < 0:
                    raise ValueError("default_stance.capability must not be negative")
        return self

    @model_validator(mode="after")
    def _unique_members(self):
        counts = Counter(m.id for m in self.members)
        dup = sorted(i for i, c in counts.items() if c > 1)
        # The same state may hold a seat twice (UNSC terms), but not at overlapping times.
        for d in dup:
            spans = sorted(
                ((m.joined or dt.date.min), (m.left or dt.date.max))
                for m in self.members
                if m.id == d
            )
            for (a0, a1), (b0, b1) in itertools.pairwise(spans):
                if b0 <= a1:
                    raise ValueError(f"member {d!r} is listed twice for overlapping dates")
        return self

    # ------------------------------------------------------------------ membership
    def default_date(self, today: dt.date | None = None) -> tuple[dt.date, str]:
        """The date to use when the user gave none, and a sentence saying so: today if the
        data cover it, else the nearest date they cover (the UN Security Council data end on
        2026-12-31; from 2027 a command without --date uses that day and says so)."""
        today = today or dt.date.today()
        if self.valid_until and today > self.valid_until:
            return self.valid_until, (
                f"no --date given: using {self.valid_until}, the last day "
                f"the {self.id} data cover (today is {today})"
            )
        if self.valid_from and today < self.valid_from:
            return self.valid_from, (
                f"no --date given: using {self.valid_from}, the first day the {self.id} data cover"
            )
        return today, f"no --date given: membership as of today, {today}"

    def members_on(self, on: dt.date | None = None) -> list[Member]:
        """Members on a date (default: today), in the body's order."""
        on = on or dt.date.today()
        if self.valid_from and on < self.valid_from:
            raise InputError(
                f"the {self.id} data cover {self.valid_from} onwards, not {on}",
                hint="change the date, or give the body's members for that date inline",
            )
        if self.valid_until and on > self.valid_until:
            raise InputError(
                f"the {self.id} data cover up to {self.valid_until}, not {on}",
                hint="change the date, or give the body's members for that date inline",
            )
        members = [m for m in self.members if m.member_on(on)]
        if not members:
            raise InputError(
                f"{self.name} has no members on {on}",
                hint="check the date and the members' joined/left dates",
            )
        return members

    def member(self, key: str, on: dt.date | None = None) -> Member | None:
        """The member (on a date, if given) whose id, name or alias is ``key``, case-insensitive."""
        k = key.casefold()
        pool = self.members_on(on) if on else list(self.members)
        for m in pool:
            if m.id.casefold() == k or any(n.casefold() == k for n in m.names):
                return m
        return None

    def get_rule(self, name: str | None = None):
        """The default rule, or one of ``rules`` by name."""
        if name is None:
            return self.rule
        if name in self.rules:
            return self.rules[name]
        raise InputError(
            f"{self.id} has no rule named {name!r}",
            hint="available: " + (", ".join(self.rules) or "only the default rule"),
        )

    def game(self, on: dt.date | None = None, rule=None) -> SimpleGame:
        """The yes/no game of the body's rule (or ``rule``) among its members on a date."""
        return (rule or self.rule).game(self.members_on(on))


# ------------------------------------------------------------------------------ loading
@cache
def _builtin(name: str) -> Body:
    from concilium.io.documents import parse_text, validate

    ref = resources.files("concilium.bodies").joinpath("data", f"{name}.yaml")
    text = ref.read_text(encoding="utf-8")
    return validate(Body, parse_text(text, f"built-in body {name}"), f"built-in body {name}")


def _builtin_key(name: str) -> str | None:
    k = name.strip().casefold()
    for b in BUILTIN_BODIES:
        body = _builtin(b)
        if k == b or k == body.name.casefold() or k in (a.casefold() for a in body.aliases):
            return b
    return None


def load_body(name_or_path: str | Path) -> Body:
    """A built-in body by name or alias (``nato``, ``eu-council``, ``unsc``) or a YAML/JSON file."""
    from concilium.io.documents import read_document, validate

    key = _builtin_key(str(name_or_path))
    if key:
        return _builtin(key)
    p = Path(name_or_path)
    if p.suffix.lower() in (".yaml", ".yml", ".json") or p.exists():
        tree, source = read_document(p, what="a body file")
        return validate(Body, tree, source)
    raise InputError(
        f"unknown body {str(name_or_path)!r}",
        hint="built-in bodies: " + ", ".join(BUILTIN_BODIES) + "; or give a path to a body file",
    )


def list_bodies() -> list[Body]:
    return [_builtin(b) for b in BUILTIN_BODIES]


def coerce_body(value: object) -> object:
    """Scenario field helper: a body name or path becomes a Body; a mapping stays for pydantic."""
    if isinstance(value, str):
        return load_body(value)
    return value
