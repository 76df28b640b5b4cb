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

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    PrivateAttr,
    field_validator,
    model_serializer,
    model_validator,
)

from concilium.errors import InputError
from concilium.estimates import DefaultStance
from concilium.games import SimpleGame
from concilium.rules import Rule

__all__ = [
    "BUILTIN_BODIES",
    "Body",
    "Member",
    "RulePeriod",
    "WeightTable",
    "list_bodies",
    "load_body",
]

BUILTIN_BODIES = ("nato", "eu-council", "unsc", "european-council", "ep")


def _check_weights(v: dict[str, float]) -> dict[str, float]:
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
        return _check_weights(v)

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


class WeightTable(BaseModel):
    """One weight for every member in office, in force from ``from`` until the day before the
    next table's ``from`` (the last table: as long as the body's data cover).

    The Council of the EU, for one, sets the population figures of Annex III of its Rules of
    Procedure with effect from 1 January each year (Art. 11(6) of the Rules): one table a
    year.  ``as_of`` is the day from which the figures are the official ones; a table whose
    ``as_of`` is not its ``from`` is a fallback (another period's figures, used where the
    period's own could not be read), and its ``note`` says so.
    """

    model_config = ConfigDict(
        frozen=True, extra="forbid", populate_by_name=True, serialize_by_alias=True
    )

    from_: dt.date = Field(alias="from", description="first day the table is in force")
    weight: str = Field(default="population", min_length=1, description="the weight's name")
    values: dict[str, Annotated[float, Field(ge=0, allow_inf_nan=False)]] = Field(
        min_length=1, description="member id -> weight, for exactly the members in office"
    )
    as_of: dt.date | None = Field(
        default=None, description="the day from which these figures are the official ones"
    )
    source: str | None = None
    note: str | None = None

    @field_validator("values")
    @classmethod
    def _finite_values(cls, v: dict[str, float]) -> dict[str, float]:
        return _check_weights(v)

    @property
    def fallback(self) -> bool:
        """Whether the table holds figures of another period than the one it is used for."""
        return self.as_of is not None and self.as_of != self.from_


class RulePeriod(BaseModel):
    """Rules in force on a span of dates, in place of the body's own there.

    The Council of the EU, for one, voted with the Nice weighted votes until 31 October 2014
    and with the double majority from 1 November 2014 (Protocol No 36, Art. 3): its file
    gives the double majority as ``rule`` and the weighted votes in a period ending on
    2014-10-31.  On a date in the period, ``rule`` (if given) replaces the body's default
    rule and each of ``rules`` replaces the body's rule of the same name (the others stay).
    """

    model_config = ConfigDict(
        frozen=True, extra="forbid", populate_by_name=True, serialize_by_alias=True
    )

    from_: dt.date = Field(alias="from", description="first day the period's rules are in force")
    until: dt.date = Field(description="last day they are in force (inclusive)")
    rule: Rule | None = Field(default=None, description="the default rule on these dates")
    rules: dict[str, Rule] = Field(
        default_factory=dict, description="rules by name on these dates, replacing the body's"
    )
    source: str | None = None
    note: str | None = None

    @model_validator(mode="after")
    def _dates_in_order(self):
        if self.until < self.from_:
            raise ValueError(f"until ({self.until}) is before from ({self.from_})")
        return self

    def covers(self, on: dt.date) -> bool:
        return self.from_ <= on <= self.until


_DAY = dt.timedelta(days=1)


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
    weight_tables: tuple[WeightTable, ...] = Field(
        default=(),
        description="dated weights (e.g. a population table a year), sorted by their `from` "
        "date, the first starting on valid_from; each names exactly the members in office on "
        "its dates, and its weight replaces the members' own on those dates",
    )
    rule_periods: tuple[RulePeriod, ...] = Field(
        default=(),
        description="rules in force on spans of dates instead of `rule` and `rules` (e.g. a "
        "voting rule replaced by a treaty), sorted and not overlapping",
    )
    # members with the table's weight, per table (members do not change within a table)
    _weighted: dict[int, tuple[Member, ...]] = PrivateAttr(default_factory=dict)

    @model_serializer(mode="wrap")
    def _dump(self, handler):
        # a body without dated weights dumps as before (so its scenarios' input hashes stay)
        data = handler(self)
        if isinstance(data, dict) and not self.weight_tables:
            data.pop("weight_tables", None)
        if isinstance(data, dict) and not self.rule_periods:
            data.pop("rule_periods", None)
        return data

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

    @model_validator(mode="after")
    def _rule_periods_in_order(self):
        """Periods sorted, not overlapping, within the dates the data cover."""
        from concilium.errors import Problem

        problems: list[Problem] = []
        hint = "see docs/bodies.md, 'Rules by date'"
        for i, p in enumerate(self.rule_periods):
            where = f"rule_periods[{i}]"
            if i and p.from_ <= self.rule_periods[i - 1].until:
                problems.append(
                    Problem(
                        f"rule period {i} starts on {p.from_}, not after the one before it "
                        f"ends ({self.rule_periods[i - 1].until}): the periods must be sorted "
                        "and must not overlap",
                        field=f"{where}.from",
                        hint=hint,
                    )
                )
            if self.valid_from and p.until < self.valid_from:
                problems.append(
                    Problem(
                        f"rule period {i} ends on {p.until}, before the data start "
                        f"({self.valid_from})",
                        field=f"{where}.until",
                        hint=hint,
                    )
                )
            if self.valid_until and p.from_ > self.valid_until:
                problems.append(
                    Problem(
                        f"rule period {i} starts on {p.from_}, after the data end "
                        f"({self.valid_until})",
                        field=f"{where}.from",
                        hint=hint,
                    )
                )
        if problems:
            raise InputError(problems=problems)
        return self

    @model_validator(mode="after")
    def _weight_tables_cover_the_members(self):
        """Every table in date order, the first starting on valid_from, none after
        valid_until, each giving a weight to exactly the members in office on each of its
        dates (so a membership change is a table boundary)."""
        tables = self.weight_tables
        if not tables:
            return self
        from concilium.errors import Problem

        problems: list[Problem] = []
        hint = "see docs/bodies.md, 'Dated weights'"
        if self.valid_from is None:
            problems.append(
                Problem(
                    "weight_tables need valid_from (the first day the body's data cover)",
                    field="valid_from",
                    hint="give valid_from, the same day as the first table's `from`",
                )
            )
        elif tables[0].from_ != self.valid_from:
            problems.append(
                Problem(
                    f"the first weight table starts on {tables[0].from_}, but the data cover "
                    f"{self.valid_from} onwards: the tables must start on valid_from",
                    field="weight_tables[0].from",
                    hint=hint,
                )
            )
        for i, (a, b) in enumerate(itertools.pairwise(tables), 1):
            if b.from_ <= a.from_:
                problems.append(
                    Problem(
                        f"weight table {i} starts on {b.from_}, not after the one before it "
                        f"({a.from_}): the tables must be sorted by date, each a later day",
                        field=f"weight_tables[{i}].from",
                        hint=hint,
                    )
                )
        if problems:
            raise InputError(problems=problems)
        for i, t in enumerate(tables):
            if self.valid_until and t.from_ > self.valid_until:
                problems.append(
                    Problem(
                        f"weight table {i} starts on {t.from_}, after valid_until "
                        f"({self.valid_until})",
                        field=f"weight_tables[{i}].from",
                        hint=hint,
                    )
                )
                continue
            end = tables[i + 1].from_ - _DAY if i + 1 < len(tables) else self.valid_until
            problem = self._table_mismatch(i, t, end)
            if problem is not None:
                problems.append(problem)
            for k, m in enumerate(self.members):
                if t.weight in m.weights:
                    problems.append(
                        Problem(
                            f"member {m.id} gives its own {t.weight!r} weight, which the "
                            "weight tables give too",
                            field=f"members[{k}].weights",
                            hint=f"give {t.weight!r} only in weight_tables",
                        )
                    )
        if problems:
            raise InputError(problems=problems)
        return self

    def _table_mismatch(self, i: int, table: WeightTable, end: dt.date | None):
        """A problem if the members in office on some day of ``table``'s span (from its
        ``from`` to ``end``, inclusive; None: open) are not exactly the table's."""
        from concilium.errors import Problem

        start = table.from_
        days = {start}
        for m in self.members:
            for d in (m.joined, m.left + _DAY if m.left and m.left < dt.date.max else None):
                if d is not None and start < d and (end is None or d <= end):
                    days.add(d)
        keys = set(table.values)
        for d in sorted(days):
            ids = {m.id for m in self.members if m.member_on(d)}
            if ids == keys:
                continue
            parts = []
            if ids - keys:
                parts.append("no weight for " + ", ".join(sorted(ids - keys)))
            if keys - ids:
                parts.append("not members then: " + ", ".join(sorted(keys - ids)))
            span = f"{start} to {end}" if end else f"{start} onwards"
            return Problem(
                f"weight table {i} (in force {span}) must give a weight to exactly the "
                f"members in office on each of its days; on {d}: " + "; ".join(parts),
                field=f"weight_tables[{i}].values",
                hint="start a new table on the day membership changes, or fix the ids",
            )
        return None

    def weights_on(self, on: dt.date) -> WeightTable | None:
        """The weight table in force on a date (None: the body has no dated weights, or the
        date is before its first table)."""
        found = None
        for t in self.weight_tables:
            if t.from_ > on:
                break
            found = t
        return found

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

    def covers(self, on: dt.date) -> bool:
        """Whether the member data cover a date (``members_on`` refuses one they do not)."""
        return not (self.valid_from and on < self.valid_from) and not (
            self.valid_until and on > self.valid_until
        )

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
        table = self.weights_on(on)
        if table is not None:
            return list(self._with_table(table))
        members = [m for m in self.members if m.member_on(on)]
        if not members:
            raise InputError(
                f"{self.name} has no members on {on}",
                hint="check the date and the members' joined/left dates",
            )
        return members

    def _with_table(self, table: WeightTable) -> tuple[Member, ...]:
        """The members in office while ``table`` is in force, each with the table's weight
        (validated: the same members on every day of the table)."""
        key = table.from_.toordinal()
        got = self._weighted.get(key)
        if got is None:
            got = tuple(
                m.model_copy(update={"weights": {**m.weights, table.weight: table.values[m.id]}})
                for m in self.members
                if m.member_on(table.from_)
            )
            self._weighted[key] = got
        return got

    def member(self, key: str, on: dt.date | None = None) -> Member | None:
        """The member (on a date, if given) whose id, name or alias is ``key``, case-insensitive."""
        k = key.casefold()
        pool = self.members_on(on) if on else list(self.members)
        for m in pool:
            if m.id.casefold() == k or any(n.casefold() == k for n in m.names):
                return m
        return None

    def rule_period_on(self, on: dt.date | None) -> RulePeriod | None:
        """The rule period covering a date (None: no date, or the body's own rules)."""
        if on is None:
            return None
        return next((p for p in self.rule_periods if p.covers(on)), None)

    def rule_on(self, on: dt.date | None = None) -> Rule:
        """The default rule in force on a date (no date: the body's own ``rule``)."""
        period = self.rule_period_on(on)
        return period.rule if period is not None and period.rule is not None else self.rule

    def rules_on(self, on: dt.date | None = None) -> dict[str, Rule]:
        """The named rules in force on a date (no date: the body's own ``rules``)."""
        period = self.rule_period_on(on)
        return {**self.rules, **period.rules} if period is not None else dict(self.rules)

    def get_rule(self, name: str | None = None, on: dt.date | None = None) -> Rule:
        """The default rule, or one of ``rules`` by name, in force on ``on`` (see
        ``rule_periods``; no date: the body's own)."""
        if name is None:
            return self.rule_on(on)
        rules = self.rules_on(on)
        if name in rules:
            return rules[name]
        when = f" on {on}" if on is not None and self.rule_periods else ""
        raise InputError(
            f"{self.id} has no rule named {name!r}{when}",
            hint="available: " + (", ".join(rules) or "only the default rule"),
        )

    def game(self, on: dt.date | None = None, rule=None) -> SimpleGame:
        """The yes/no game of the body's rule in force on a date (or ``rule``) among its
        members on that date."""
        return (rule or self.rule_on(on)).game(self.members_on(on))


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
