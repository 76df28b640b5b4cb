"""The scenario: a body and its rule, the issues on the table, the actors and their stances.

A scenario is validated once, when it is built, and is immutable afterwards.  Every
number can carry its evidence (source, quote, date) or be marked as the analyst's
assumption; a number may also be written as a plain scalar.

Who votes is not a matter of opinion: an actor is a voting member exactly when the body's
membership on the scenario's date says so (matched by id, name or alias).  Everyone else
is an outside stakeholder, whose stance still counts in models of influence.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
import json
import math
from collections import defaultdict
from collections.abc import Mapping
from typing import Annotated, Any, Literal

import numpy as np
from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ModelWrapValidatorHandler,
    PrivateAttr,
    ValidationInfo,
    field_validator,
    model_serializer,
    model_validator,
)

from concilium._gcpause import paused as gc_paused
from concilium.bodies import BUILTIN_BODIES, Body, Member, coerce_body, load_body
from concilium.errors import InputError, Problem
from concilium.estimates import (
    DEFAULT_NOTE,
    DISTRIBUTIONS,
    DefaultStance,
    Distribution,
    Estimate,
    Evidence,
)
from concilium.numbers import BoundedFloat
from concilium.procedures import Procedure, coerce_procedure, load_procedure
from concilium.rules import Rule, VetoMajority

__all__ = [
    "DISTRIBUTIONS",
    "Actor",
    "Alternative",
    "DefaultStance",
    "Distribution",
    "Estimate",
    "Evidence",
    "Issue",
    "IssueArrays",
    "Level",
    "Link",
    "Participation",
    "Scale",
    "Scenario",
    "Stance",
    "VoteIntention",
]

FiniteFloat = BoundedFloat  # finite, |x| <= 1e15 (concilium.numbers)
Id = Annotated[str, Field(min_length=1, max_length=80, pattern=r"^\S(.*\S)?$")]


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Scale(_Model):
    """The issue's scale: numbers from ``min`` to ``max`` with labelled ends."""

    min: FiniteFloat = 0.0
    max: FiniteFloat = 100.0
    low: str | None = Field(default=None, description="what the low end means")
    high: str | None = Field(default=None, description="what the high end means")

    @model_validator(mode="after")
    def _ordered(self):
        if not self.min < self.max:
            raise ValueError(f"scale min ({self.min:g}) must be below max ({self.max:g})")
        return self

    def contains(self, x: float) -> bool:
        return self.min <= x <= self.max


class Level(_Model):
    """A labelled level of an ordinal issue."""

    value: FiniteFloat
    label: str = Field(min_length=1)


class Issue(_Model):
    """One dimension of the decision, with its status quo (reversion point) and the proposal.

    ``kind``: ``continuous`` (any point of the scale), ``binary`` (adopt the proposal or keep
    the status quo: bargaining models forecast one of the two, never a partial point) or
    ``ordinal`` (one of the labelled ``levels``: forecasts snap to a level).
    """

    id: Id
    title: str = Field(min_length=1)
    description: str | None = None
    kind: Literal["continuous", "binary", "ordinal"] = "continuous"
    levels: tuple[Level, ...] = Field(
        default=(), description="ordinal issues: the labelled levels, in increasing value"
    )
    scale: Scale = Scale()
    status_quo: FiniteFloat | None = Field(
        default=None, description="what happens if nothing is adopted (reversion point)"
    )
    proposal: FiniteFloat | None = Field(default=None, description="the proposal on the table")
    evidence: tuple[Evidence, ...] = ()

    @model_validator(mode="after")
    def _kind_fits(self):
        if self.kind == "binary":
            if self.status_quo is None or self.proposal is None:
                raise ValueError(
                    "a binary issue needs both a status_quo and a proposal (the two "
                    "outcomes: keep it, or adopt the proposal)"
                )
            if self.status_quo == self.proposal:
                raise ValueError("a binary issue's proposal must differ from its status quo")
        if self.kind == "ordinal":
            vals = [lv.value for lv in self.levels]
            if len(vals) < 2:
                raise ValueError("an ordinal issue needs at least two levels")
            if any(b <= a for a, b in itertools.pairwise(vals)):
                raise ValueError("levels must be listed in strictly increasing value")
            for name in ("status_quo", "proposal"):
                x = getattr(self, name)
                if x is not None and x not in vals:
                    raise ValueError(
                        f"the {name.replace('_', ' ')} {x:g} is not one of the "
                        f"levels {', '.join(f'{v:g}' for v in vals)}"
                    )
        elif self.levels:
            raise ValueError("levels apply to ordinal issues only (kind: ordinal)")
        return self

    def snap(self, z: float) -> float:
        """A point as this kind of issue allows it.

        continuous: ``z`` itself.  binary: the proposal when ``z`` is strictly nearer the
        proposal than the status quo, else the status quo (a tie keeps the status quo: a
        change needs a reason).  ordinal: the nearest level, a tie going to the level nearer
        the status quo (else the lower one).
        """
        if self.kind == "binary":
            assert self.proposal is not None and self.status_quo is not None
            return (
                self.proposal
                if abs(z - self.proposal) < abs(z - self.status_quo)
                else (self.status_quo)
            )
        if self.kind == "ordinal":
            q = self.status_quo
            return min(
                (lv.value for lv in self.levels),
                key=lambda v: (abs(v - z), abs(v - q) if q is not None else 0.0, v),
            )
        return z

    def label_of(self, v: float) -> str | None:
        """The label of a level (ordinal), or the scale end's label, for display."""
        for lv in self.levels:
            if lv.value == v:
                return lv.label
        if v == self.scale.max:
            return self.scale.high
        if v == self.scale.min:
            return self.scale.low
        return None


def _link_schema(schema: dict[str, Any]) -> None:
    # A link may also be written as a plain list of issue ids (see Link._plain_list).
    as_object = dict(schema)
    schema.clear()
    schema["anyOf"] = [as_object, {"type": "array", "items": {"type": "string"}, "minItems": 2}]


class Link(_Model):
    """Issues declared linked: a concession on one can pay for a move on another.

    Written ``{issues: [a, b], note: ..., evidence: [...]}`` or as a plain list ``[a, b]``; a
    group of more than two issues links every pair in it.
    """

    model_config = ConfigDict(frozen=True, extra="forbid", json_schema_extra=_link_schema)

    issues: tuple[Id, ...] = Field(min_length=2, description="ids of the linked issues")
    note: str | None = None
    evidence: tuple[Evidence, ...] = ()

    @model_validator(mode="before")
    @classmethod
    def _plain_list(cls, data: Any) -> Any:
        if isinstance(data, (list, tuple)):
            return {"issues": list(data)}
        return data


class VoteIntention(_Model):
    """How an actor says it will vote on the issue's proposal: ``yes``, ``no`` or ``abstain``.

    Written ``vote: abstain`` or ``vote: {value: abstain, evidence: [...]}``.  A stated
    intention overrides the spatial vote (nearer of proposal and status quo) when the
    proposal itself is voted on, so "prefers the status quo but abstains" is a position near
    the status quo with ``vote: abstain``.
    """

    value: Literal["yes", "no", "abstain"]
    evidence: tuple[Evidence, ...] = ()
    assumption: str | None = None

    @model_validator(mode="before")
    @classmethod
    def _scalar(cls, data: Any) -> Any:
        if isinstance(data, bool):
            raise ValueError("write the vote as yes, no or abstain (not true/false)")  # noqa: TRY004
        if isinstance(data, str):
            return {"value": data.strip().lower()}
        return data

    @model_serializer(mode="wrap")
    def _compact(self, handler):
        data = handler(self)
        if not self.evidence and self.assumption is None:
            return data["value"]
        return {k: v for k, v in data.items() if v not in (None, [], ())}


class Alternative(_Model):
    """One stance an actor may take, with its probability (``weight``)."""

    weight: float = Field(gt=0, le=1, description="probability of this stance")
    position: Estimate = Field(description="the position under this stance (one number)")
    label: str | None = Field(default=None, description="e.g. 'accepts with conditions'")

    @model_validator(mode="after")
    def _certain(self):
        if self.position.range is not None:
            raise ValueError(
                "an alternative's position is one number, without a range: the "
                "alternatives themselves are the uncertainty"
            )
        return self


class Stance(_Model):
    """An actor's stance on one issue."""

    position: Estimate
    salience: Estimate | None = Field(
        default=None, description="0..100: how much the issue matters"
    )
    capability: Estimate | None = Field(
        default=None, description="influence on this issue; defaults to the actor's capability"
    )
    vote: VoteIntention | None = Field(
        default=None,
        description="stated vote on the proposal (yes, no or abstain), overriding the spatial vote",
    )
    alternatives: tuple[Alternative, ...] = Field(
        default=(),
        description="weighted alternative stances (weights sum to 1); simulations "
        "draw one of them, point forecasts use position",
    )
    note: str | None = None

    @model_validator(mode="after")
    def _weights_sum_to_one(self):
        if self.alternatives:
            if len(self.alternatives) < 2:
                raise ValueError("give at least two alternatives (one is just the position)")
            total = math.fsum(a.weight for a in self.alternatives)
            if abs(total - 1.0) > 1e-9:
                raise ValueError(f"the alternatives' weights sum to {total:g}, not 1")
            if self.position.range is not None:
                raise ValueError("give either a position range or alternatives, not both")
        return self


class Participation(_Model):
    """How likely a voting member is to stay away or abstain (simulations only)."""

    absent: float = Field(default=0.0, ge=0, le=1, description="probability of not taking part")
    abstain: float = Field(default=0.0, ge=0, le=1, description="probability of abstaining")

    @model_validator(mode="after")
    def _at_most_one(self):
        if self.absent + self.abstain > 1 + 1e-12:
            raise ValueError(
                f"absent ({self.absent:g}) and abstain ({self.abstain:g}) "
                "probabilities add up to more than 1"
            )
        return self


class Actor(_Model):
    """A member of the body or an outside stakeholder."""

    id: Id
    name: str = Field(min_length=1)
    aliases: tuple[str, ...] = ()
    role: Literal["member", "stakeholder"] | None = Field(
        default=None,
        description="optional check: the body's membership on the date decides who votes",
    )
    capability: Estimate | None = Field(default=None, description="default for every issue")
    stances: dict[str, Stance] = Field(default_factory=dict)
    participation: Participation | None = Field(
        default=None,
        description="voting members only: probability of being absent or "
        "abstaining, for simulations",
    )
    note: str | None = None

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)

    def capability_on(self, issue_id: str) -> float | None:
        st = self.stances.get(issue_id)
        if st is not None and st.capability is not None:
            return st.capability.value
        return self.capability.value if self.capability is not None else None


class IssueArrays(BaseModel):
    """One issue's inputs as numpy arrays, actors in scenario order (those with a stance)."""

    model_config = ConfigDict(arbitrary_types_allowed=True, frozen=True)

    issue: str
    actor_ids: tuple[str, ...]
    positions: np.ndarray
    saliences: np.ndarray  # 0..100; NaN where not given
    capabilities: np.ndarray  # NaN where not given
    is_member: np.ndarray  # bool


class Scenario(_Model):
    """A decision to forecast.  See ``concilium schema`` for the file format."""

    id: Id
    title: str = Field(min_length=1)
    date: dt.date | None = Field(
        default=None,
        description="the date of the decision; decides who is a member (required with a body)",
    )
    description: str | None = None
    body: Body | None = Field(
        default=None,
        description="a built-in body name (nato, eu-council, unsc, ...) or an inline body; leave "
        "it out for a negotiation with no voting rule (every actor is a stakeholder)",
    )
    rule: str | Rule | None = Field(
        default=None,
        description="override the body's rule: a rule name of the body or an inline rule",
    )
    procedure: Procedure | None = Field(
        default=None,
        description="a decision with several stages (bodies, consents, ratifications): a "
        "built-in procedure name (eu-olp, nato-enlargement, host-consent), {use: name, ...} "
        "or the stages inline; without it the body alone decides (docs/procedures.md)",
    )
    vote: Literal["separate", "package"] = Field(
        default="separate",
        description="separate: each issue is decided on its own; package: the proposals on all "
        "issues are voted on together as one package",
    )
    agenda_setter: str | None = Field(default=None, description="actor id of the proposer")
    abstention_band: float | None = Field(
        default=None,
        ge=0,
        le=1,
        description="override the body's abstention band: a member abstains when the proposal "
        "and the status quo are within this share of the scale width of equally far from it",
    )
    default_stance: DefaultStance | None = Field(
        default=None,
        description="the stance of every voting member that has none on an issue "
        "(instead of an error); replaces the body's default_stance when the body has one; "
        "listed as such in every output",
    )
    issues: tuple[Issue, ...] = Field(min_length=1)
    actors: tuple[Actor, ...] = Field(min_length=1)
    links: tuple[Link, ...] = Field(
        default=(),
        description="issues that can be traded against each other (exchange model); "
        "none declared: every pair can be",
    )
    sources: tuple[str, ...] = ()
    notes: str | None = None

    _member_of: dict[str, str] = PrivateAttr(default_factory=dict)  # actor id -> member id
    # The comment-keeping document tree the scenario was read from (concilium.io), so that
    # saving keeps the analyst's comments; it lives and dies with the scenario.
    _source_tree: Any = PrivateAttr(default=None)
    # canonical_json(), made once: a forecast's provenance and the run store both ask for it
    # (and for the hash of it), and for 10,000 actors each dump took about half a second
    _canonical: str | None = PrivateAttr(default=None)

    @model_validator(mode="wrap")
    @classmethod
    def _collector_paused(cls, data: Any, handler: ModelWrapValidatorHandler[Scenario]) -> Any:
        # a large scenario is a million small objects: see concilium._gcpause
        with gc_paused():
            return handler(data)

    @model_validator(mode="before")
    @classmethod
    def _drop_extensions(cls, data: Any) -> Any:
        # Top-level keys starting with "x-" are the analyst's own (notes, YAML anchors).
        if isinstance(data, dict):
            data = {k: v for k, v in data.items() if not str(k).startswith("x-")}
            proc = _procedure_in(data)
            data = _body_from_procedure(data, proc)
            data = _names_from_body(data, proc)
        return data

    @field_validator("body", mode="before")
    @classmethod
    def _body_by_name(cls, v: Any) -> Any:
        return coerce_body(v)

    @field_validator("procedure", mode="before")
    @classmethod
    def _procedure_by_name(cls, v: Any) -> Any:
        return coerce_procedure(v)

    @model_serializer(mode="wrap")
    def _builtin_body_by_name(self, handler):
        data = handler(self)
        try:
            if self.body is not None and "body" in data and load_body(self.body.id) == self.body:
                data["body"] = self.body.id
        except InputError:
            pass
        try:
            p = self.procedure
            if p is not None and p.id is not None and load_procedure(p.id) == p:
                data["procedure"] = p.id
        except InputError:
            pass
        return {k: v for k, v in data.items() if v not in (None, [], (), {})}

    # ------------------------------------------------------------------ validation
    # info: pydantic's ValidationInfo, whose context may mark a draft (_check_rule_applies)
    @model_validator(mode="after")
    def _check(self, info: ValidationInfo):
        problems: list[Problem] = []
        add = lambda msg, field, hint=None: problems.append(Problem(msg, field=field, hint=hint))

        issue_ids = [i.id for i in self.issues]
        first_at: dict[str, int] = {}  # issue id -> its first position (one look-up each)
        # the hint names a few known issues, not all 1,000 of a big scenario in every problem
        known = "known issues: " + ", ".join(issue_ids[:10])
        if len(issue_ids) > 10:
            known += f" and {len(issue_ids) - 10:,} more"
        for k, issue in enumerate(self.issues):
            if first_at.setdefault(issue.id, k) != k:
                add(
                    f"duplicate issue id {issue.id!r}",
                    f"issues[{k}].id",
                    "issue ids must be unique",
                )
            for lv in issue.levels:
                if not issue.scale.contains(lv.value):
                    add(
                        f"level {lv.label!r} ({lv.value:g}) is outside the scale "
                        f"{issue.scale.min:g}..{issue.scale.max:g}",
                        f"issues[{k}].levels",
                        "move it onto the scale or widen the scale",
                    )
            for name in ("status_quo", "proposal"):
                x = getattr(issue, name)
                if x is not None and not issue.scale.contains(x):
                    add(
                        f"{name.replace('_', ' ')} {x:g} is outside the scale "
                        f"{issue.scale.min:g}..{issue.scale.max:g}",
                        f"issues[{k}].{name}",
                        "move it onto the scale or widen the scale",
                    )
        issues = {i.id: i for i in self.issues}
        for k, link in enumerate(self.links):
            for n, iid in enumerate(link.issues):
                if iid not in issues:
                    add(
                        f"link to unknown issue {iid!r}",
                        f"links[{k}].issues[{n}]",
                        known,
                    )
                elif link.issues.index(iid) != n:
                    add(
                        f"issue {iid!r} is listed twice in one link",
                        f"links[{k}].issues[{n}]",
                        "a link names two or more different issues",
                    )

        seen_ids: dict[str, int] = {}
        for a, actor in enumerate(self.actors):
            key = actor.id.casefold()
            if key in seen_ids:
                add(
                    f"duplicate actor id {actor.id!r} (also actors[{seen_ids[key]}])",
                    f"actors[{a}].id",
                    "actor ids must be unique",
                )
            seen_ids.setdefault(key, a)
            if actor.capability is not None and actor.capability.value < 0:
                add("capability must not be negative", f"actors[{a}].capability")
            for issue_id, st in actor.stances.items():
                base = f"actors[{a}].stances.{issue_id}"
                stance_issue = issues.get(issue_id)
                if stance_issue is None:
                    add(
                        f"stance on unknown issue {issue_id!r}",
                        base,
                        known,
                    )
                    continue
                sc = stance_issue.scale
                for what, est in (("position", st.position),):
                    _check_on_scale(est, sc.min, sc.max, f"{base}.{what}", what, add)
                for k, alt in enumerate(st.alternatives):
                    _check_on_scale(
                        alt.position,
                        sc.min,
                        sc.max,
                        f"{base}.alternatives[{k}].position",
                        "position",
                        add,
                    )
                if st.salience is not None:
                    _check_on_scale(st.salience, 0, 100, f"{base}.salience", "salience", add)
                if st.capability is not None and (
                    st.capability.value < 0 or (st.capability.range and st.capability.range[0] < 0)
                ):
                    add("capability must not be negative", f"{base}.capability")

        if self.body is not None and self.date is None:
            add(
                "a scenario with a body needs a date: membership changes over time",
                "date",
                "give the date of the decision as YYYY-MM-DD",
            )
            raise InputError(problems=problems)
        ds = self.default_stance_in_force
        if ds is not None:
            # A body's default stance is checked against this scenario's scales here.
            where = "default_stance" if self.default_stance is not None else "body.default_stance"
            for issue in self.issues:
                _check_on_scale(
                    ds.position,
                    issue.scale.min,
                    issue.scale.max,
                    f"{where}.position",
                    "position",
                    add,
                )
            if ds.salience is not None:
                _check_on_scale(ds.salience, 0, 100, "default_stance.salience", "salience", add)
            if ds.capability is not None and (
                ds.capability.value < 0 or (ds.capability.range and ds.capability.range[0] < 0)
            ):
                add("capability must not be negative", "default_stance.capability")

        problems += self._check_names()
        problems += self._resolve_members()
        for a, actor in enumerate(self.actors):
            if actor.participation is None or actor.id in self._member_of:
                continue
            if self.body is None:
                # Without a body no one votes, so there is nothing to stay away from.
                add(
                    f"{actor.name} has a participation but the scenario has no body",
                    f"actors[{a}].participation",
                    "add a body (with a date), or remove participation: only voting members "
                    "can be absent or abstain",
                )
            else:
                add(
                    f"{actor.name} does not vote in {self.body.name} on {self.date}, so it has "
                    "no participation",
                    f"actors[{a}].participation",
                    "remove participation: only voting members can be absent or abstain",
                )

        if self.agenda_setter is not None and self.agenda_setter not in {a.id for a in self.actors}:
            add(
                f"agenda setter {self.agenda_setter!r} is not an actor",
                "agenda_setter",
                "use the id of one of the actors",
            )
        if self.rule is not None and self.body is None:
            add(
                "a rule needs a body to apply to",
                "rule",
                "give a body (or leave out the rule for a negotiation with no voting rule)",
            )
        elif isinstance(self.rule, str) and self.body is not None:
            try:
                self.body.get_rule(self.rule, on=self.date)
            except InputError as exc:
                problems += [Problem(p.message, field="rule", hint=p.hint) for p in exc.problems]
        # The rule's game depends only on the body, the rule and the date: build it unless
        # one of those is already in error, so that its problems come with the others.
        if self.body is not None and not any(
            p.field is not None and p.field.split(".")[0].split("[")[0] in ("body", "rule", "date")
            for p in problems
        ):
            # {"draft": True}: concilium draft writes a stand-in body short of members
            problems += self._check_rule_applies(draft=bool((info.context or {}).get("draft")))
        if not problems and self.procedure is not None:
            from concilium.procedures import resolve

            try:
                resolve(self)
            except InputError as exc:
                problems += exc.problems
        if problems:
            raise InputError(problems=problems)
        return self

    def _check_rule_applies(self, draft: bool = False) -> list[Problem]:
        """Build the rule's game for the members on the date, as every forecast will, so that
        ``validate`` reports what ``forecast`` would reject (a quota above the total weight,
        all weights zero, a weight no member has, a non-finite quota).  A stand-in body short
        of members gets one line saying so (see :meth:`stand_in_shortfall`), except in a
        ``draft``, which is written so that the analyst adds them."""
        field = "rule" if self.rule is not None else "body.rule"
        short = self.stand_in_shortfall()
        if short is not None:
            return [] if draft else [Problem(short, field=field)]
        try:
            self.decision_rule.game(self.body_members())
        except InputError as exc:
            return [Problem(p.message, field=p.field or field, hint=p.hint) for p in exc.problems]
        except OverflowError:
            return [
                Problem(
                    "the members' weights are too large to count exactly",
                    field=field,
                    hint="express the weights in larger units",
                )
            ]
        except (ValueError, ZeroDivisionError) as exc:
            return [
                Problem(
                    f"the rule cannot be applied to the members on {self.date}: {exc}",
                    field=field,
                    hint="check the rule's quota and the members' weights",
                )
            ]
        return []

    def stand_in_shortfall(self) -> str | None:
        """Why the body, a stand-in, cannot decide under its rule yet; None if it can, or if
        the body is no stand-in.

        A stand-in is an inline body with a built-in body's id on a date the built-in's data
        do not cover: ``concilium draft`` writes one with only the seats the data date (the
        permanent members) and the built-in's own rule, which may need more members (nine
        votes) or their weights (populations) than it lists until the analyst adds them.
        Validation, and so every forecast, refuses such a body with this one line."""
        if self.body is None or self.date is None or self.body.id not in BUILTIN_BODIES:
            return None
        builtin = load_body(self.body.id)
        if self.body is builtin or builtin.covers(self.date):
            return None
        rule, members = self.decision_rule, self.body_members()
        try:
            rule.game(members)
            return None
        except (InputError, OverflowError, ValueError, ZeroDivisionError) as exc:
            error = str(exc)
        todo = f"add the other members of {self.date} by hand"
        if isinstance(rule, VetoMajority) and rule.quota > len(members):
            needs = f"needs at least {rule.quota}"
        elif isinstance(getattr(rule, "weight", None), str) and any(
            rule.weight not in m.weights for m in members
        ):
            needs = f"needs each member's {rule.weight!r} weight"
            todo = f"{todo}, each with its {rule.weight} on that date"
        else:
            needs = f"cannot be counted for them ({error})"
        return (
            f"the body {self.body.id!r} stand-in has {len(members)} members; its rule "
            f"{rule.label!r} {needs}: {todo} (see the draft's warning 'membership unknown': "
            f"the {self.body.id} data do not cover that date)"
        )

    def _check_names(self) -> list[Problem]:
        """Reject spoofed names: look-alike characters, or names that differ only by them."""
        from concilium.text.confusables import first_lookalikes, skeleton

        problems: list[Problem] = []
        # skeleton -> (spelling, owner, description); owners are members and actors
        seen: dict[str, tuple[str, str, str]] = {}
        body_id = self.body.id if self.body is not None else ""
        # ids too: a stakeholder "ІТА" (Cyrillic) is not "ITA"
        for m in self.body.members if self.body is not None else ():
            for n in (m.id, *m.names):
                seen.setdefault(skeleton(n), (n, f"member:{m.id}", f"member {m.id} of {body_id}"))
        for a, actor in enumerate(self.actors):
            labelled = [("id", actor.id), ("name", actor.name)] + [
                (f"aliases[{i}]", al) for i, al in enumerate(actor.aliases)
            ]
            for field, text in labelled:
                found, total = first_lookalikes(text, _SHOWN_LOOKALIKES)
                if found:
                    more = f"; and {total - len(found)} more" if total > len(found) else ""
                    problems.append(
                        Problem(
                            f"{_shorten(text)!r} contains characters that are not what they seem: "
                            + "; ".join(f.describe() for f in found)
                            + more,
                            field=f"actors[{a}].{field}",
                            hint="retype the name in plain characters of one script",
                        )
                    )
                    continue
                sk = skeleton(text)
                spelling, owner, desc = seen.get(sk, (text, "", ""))
                if (
                    owner
                    and spelling.casefold() != text.casefold()
                    and owner != f"actor:{actor.id}"
                ):
                    problems.append(
                        Problem(
                            f"{text!r} looks like {spelling!r} ({desc}) but is spelt with different "
                            "characters",
                            field=f"actors[{a}].{field}",
                            hint="use exactly the same spelling, or a clearly different name",
                        )
                    )
                    continue
                seen.setdefault(sk, (text, f"actor:{actor.id}", f"actor {actor.id}"))
        return problems

    def _resolve_members(self) -> list[Problem]:
        problems: list[Problem] = []
        self._member_of.clear()
        if self.body is None:
            return [
                Problem(
                    f"{a.name} cannot be a member: the scenario has no body",
                    field=f"actors[{k}].role",
                    hint="give the scenario a body, or remove role: member",
                )
                for k, a in enumerate(self.actors)
                if a.role == "member"
            ]
        try:
            members = self.body.members_on(self.date)
        except InputError as exc:
            return [Problem(p.message, field="date", hint=p.hint) for p in exc.problems]
        taken: dict[str, str] = {}
        mapping: dict[str, str] = {}
        index = _MemberIndex(members)
        everyone: _MemberIndex | None = None
        terms: dict[str, list[str]] | None = None  # member id -> its seats' spans, in order
        for a, actor in enumerate(self.actors):
            m = index.match(actor)
            if m is not None and m.id in taken:
                problems.append(
                    Problem(
                        f"actors {taken[m.id]!r} and {actor.id!r} are both member {m.id} ({m.name})",
                        field=f"actors[{a}].id",
                        hint="list each member once",
                    )
                )
                continue
            if m is None and actor.role == "member":
                everyone = everyone or _MemberIndex(self.body.members)
                elsewhere = everyone.match(actor)
                when = ""
                if elsewhere is not None:
                    # every seat the state held (UNSC: Japan 2009-2010, 2016-2017, 2023-2024)
                    if terms is None:
                        terms = defaultdict(list)
                        for seat in self.body.members:
                            span = [f"from {seat.joined}"] if seat.joined else []
                            span += [f"to {seat.left}"] if seat.left else []
                            terms[seat.id].append(" ".join(span))
                    spans = terms[elsewhere.id]
                    listed = ", ".join(spans[:-1]) + " and " if len(spans) > 1 else ""
                    when = f" (member {listed}{spans[-1]})"
                problems.append(
                    Problem(
                        f"{actor.name} is not a member of {self.body.name} on {self.date}{when}",
                        field=f"actors[{a}].role",
                        hint="mark it role: stakeholder, or change the scenario date",
                    )
                )
            elif m is not None and actor.role == "stakeholder":
                problems.append(
                    Problem(
                        f"{actor.name} is a member of {self.body.name} on {self.date} ({m.id}), so it votes",
                        field=f"actors[{a}].role",
                        hint="remove role: stakeholder",
                    )
                )
            elif m is not None:
                taken[m.id] = actor.id
                mapping[actor.id] = m.id
        self._member_of.clear()
        self._member_of.update(mapping)
        return problems

    # ------------------------------------------------------------------ accessors
    @property
    def has_rule(self) -> bool:
        """Whether the scenario has a body with a decision rule (False: free negotiation)."""
        return self.body is not None

    @property
    def decision_rule(self):
        """The rule in force: the scenario's override, else the body's default.

        Raises :class:`InputError` for a scenario without a body (check :attr:`has_rule`).
        """
        if self.body is None:
            raise InputError(
                f"scenario {self.id} has no body, so no decision rule",
                hint="give the scenario a body to check outcomes against a rule",
            )
        if self.rule is None or isinstance(self.rule, str):
            return self.body.get_rule(self.rule, on=self.date)  # the rule in force on the date
        return self.rule

    @property
    def band(self) -> float:
        """The abstention band in force: the scenario's override, else the body's (0 without)."""
        if self.abstention_band is not None:
            return self.abstention_band
        return self.body.abstention_band if self.body is not None else 0.0

    def body_members(self) -> list[Member]:
        if self.body is None:
            return []
        return self.body.members_on(self.date)

    def is_member(self, actor_id: str) -> bool:
        return actor_id in self._member_of

    def member_id(self, actor_id: str) -> str | None:
        """The body member an actor holds, or None for an outside stakeholder."""
        return self._member_of.get(actor_id)

    def member_map(self) -> dict[str, str]:
        """Actor id -> the body member it holds, for every voting actor (a copy)."""
        return dict(self._member_of)

    def members(self) -> list[Actor]:
        """Actors who vote in the body on the scenario's date."""
        member_of = self._member_of  # private attributes are slow to reach: once, not per actor
        return [a for a in self.actors if a.id in member_of]

    def stakeholders(self) -> list[Actor]:
        member_of = self._member_of
        return [a for a in self.actors if a.id not in member_of]

    def missing_members(self) -> list[Member]:
        """Members of the body on the date that no actor stands for."""
        held = set(self._member_of.values())
        return [m for m in self.body_members() if m.id not in held]

    def without_stance(self, issue_id: str) -> list[str]:
        """Voting members with no stance on an issue: their actor's id, else the member's id.

        With a default stance (the scenario's or its body's) these are the members it stands in for; otherwise the
        procedural model refuses them.  A scenario from :meth:`with_default_stances` reports
        the members it filled in.
        """
        out = [m.id for m in self.missing_members()]
        for a in self.members():
            st = a.stances.get(issue_id)
            if st is None or st.note == DEFAULT_NOTE:
                out.append(a.id)
        return out

    @property
    def default_stance_in_force(self) -> DefaultStance | None:
        """The default stance members without a stance take: the scenario's own
        ``default_stance``, else its body's (a body file may declare one), else None."""
        if self.default_stance is not None:
            return self.default_stance
        return self.body.default_stance if self.body is not None else None

    @property
    def default_stance_origin(self) -> Literal["scenario", "body"] | None:
        """Where :attr:`default_stance_in_force` comes from: ``"scenario"``, ``"body"`` (the
        body's data file or inline body), or None when there is none."""
        if self.default_stance is not None:
            return "scenario"
        if self.body is not None and self.body.default_stance is not None:
            return "body"
        return None

    def default_stance_described(self) -> str | None:
        """Whose default stance is in force, in words: "the scenario's default stance" or
        "the default stance of body nato"; None without one."""
        origin = self.default_stance_origin
        if origin == "scenario":
            return "the scenario's default stance"
        if origin == "body" and self.body is not None:
            return f"the default stance of body {self.body.id}"
        return None

    def with_default_stances(self) -> Scenario:
        """The scenario with the default stance written out for every member without one.

        Members without an actor become actors (id and name of the member); member actors
        without a stance on an issue get it.  Each stance written so carries the note
        :data:`DEFAULT_NOTE`, so :meth:`without_stance` still names them.  The default stance
        is :attr:`default_stance_in_force` (the scenario's, else the body's); without one the
        scenario itself is returned.
        """
        ds = self.default_stance_in_force
        if ds is None:
            return self

        def stance(with_capability: bool) -> dict[str, Any]:
            st: dict[str, Any] = {"position": ds.position, "note": DEFAULT_NOTE}
            if ds.salience is not None:
                st["salience"] = ds.salience
            if with_capability and ds.capability is not None:
                st["capability"] = ds.capability
            return st

        actors = []
        for a in self.actors:
            if a.id in self._member_of:
                need = [i.id for i in self.issues if i.id not in a.stances]
                if need:
                    extra = {iid: stance(a.capability is None) for iid in need}
                    a = a.model_copy(update={"stances": {**a.stances, **extra}})
            actors.append(a)
        for m in self.missing_members():
            actors.append(
                Actor(
                    id=m.id,
                    name=m.name,
                    note=DEFAULT_NOTE,
                    stances={i.id: Stance(**stance(True)) for i in self.issues},
                )
            )
        return self.replace(actors=tuple(actors))

    def actor(self, actor_id: str) -> Actor:
        for a in self.actors:
            if a.id == actor_id:
                return a
        raise InputError(f"no actor {actor_id!r} in scenario {self.id}")

    def issue(self, issue_id: str) -> Issue:
        for i in self.issues:
            if i.id == issue_id:
                return i
        raise InputError(
            f"no issue {issue_id!r} in scenario {self.id}",
            hint="issues: " + ", ".join(i.id for i in self.issues),
        )

    def link_matrix(self) -> np.ndarray | None:
        """Which issue pairs are linked (issues in scenario order), or None when no link is
        declared (then every pair can be traded)."""
        if not self.links:
            return None
        index = {i.id: k for k, i in enumerate(self.issues)}
        out = np.zeros((len(self.issues), len(self.issues)), dtype=bool)
        for link in self.links:
            ks = [index[i] for i in link.issues]
            out[np.ix_(ks, ks)] = True
        np.fill_diagonal(out, False)
        return out

    def issue_arrays(self, issue_id: str) -> IssueArrays:
        """Positions, saliences and capabilities of the actors with a stance on an issue."""
        self.issue(issue_id)
        rows = [(a, a.stances[issue_id]) for a in self.actors if issue_id in a.stances]
        nan = float("nan")
        member_of = self._member_of
        return IssueArrays(
            issue=issue_id,
            actor_ids=tuple(a.id for a, _ in rows),
            positions=np.array([st.position.value for _, st in rows], dtype=float),
            saliences=np.array(
                [st.salience.value if st.salience else nan for _, st in rows], dtype=float
            ),
            capabilities=np.array(
                [c if (c := a.capability_on(issue_id)) is not None else nan for a, _ in rows],
                dtype=float,
            ),
            is_member=np.array([a.id in member_of for a, _ in rows], dtype=bool),
        )

    # ------------------------------------------------------------------ edits
    def replace(self, **changes: Any) -> Scenario:
        """A new scenario with top-level fields changed, validated again from scratch (so
        membership, names and the rule are checked and resolved anew).  The source document
        is kept, so saving the edited scenario keeps the file's comments."""
        unknown = sorted(set(changes) - set(type(self).model_fields))
        if unknown:
            raise InputError(
                f"a scenario has no field(s) {unknown}",
                hint="fields: " + ", ".join(type(self).model_fields),
            )
        data = {name: getattr(self, name) for name in type(self).model_fields}
        data.update(changes)
        new = type(self).model_validate(data)
        new._source_tree = self._source_tree
        return new

    def with_stance(self, actor_id: str, issue_id: str, **fields: Any) -> Scenario:
        """A new scenario in which one actor's stance on one issue has some fields changed
        (``position``, ``salience``, ``capability``, as numbers or estimates); the stance is
        created if the actor had none on that issue.  Validated like :meth:`replace`."""
        actor = self.actor(actor_id)
        self.issue(issue_id)
        old = actor.stances.get(issue_id)
        base = old.model_dump(exclude_none=True) if old is not None else {}
        stance = Stance.model_validate({**base, **fields})
        new_actor = actor.model_copy(update={"stances": {**actor.stances, issue_id: stance}})
        return self.replace(actors=tuple(new_actor if a.id == actor_id else a for a in self.actors))

    def model_copy(
        self, *, update: Mapping[str, Any] | None = None, deep: bool = False
    ) -> Scenario:
        """A copy; with ``update``, the same as :meth:`replace` (validated again), never a
        copy that skips validation and keeps a stale member mapping."""
        if update:
            return self.replace(**update)
        return super().model_copy(deep=deep)

    # ------------------------------------------------------------------ identity
    def canonical_json(self) -> str:
        """The scenario as canonical JSON (sorted keys, full body): what the hash covers.

        Made once per scenario (it is frozen; a changed copy is a new scenario)."""
        if self._canonical is None:
            # the body is dumped once, in full (not first by name and then again); the actors
            # by _actor_json, which gives pydantic's JSON dump of each without a Python
            # serializer call per number (a third of a second for 1,000 issues)
            with gc_paused():  # about a million values for 10,000 actors (concilium._gcpause)
                data = self.model_dump(mode="json", exclude={"body", "procedure", "actors"})
                data["actors"] = [_actor_json(a) for a in self.actors]
                if self.body is not None:
                    data["body"] = self.body.model_dump(mode="json")
                if self.procedure is not None:
                    data["procedure"] = self.procedure.model_dump(mode="json")
                self._canonical = json.dumps(
                    data, sort_keys=True, separators=(",", ":"), ensure_ascii=False
                )
        return self._canonical

    def input_hash(self) -> str:
        """SHA-256 of the canonical JSON: two scenarios with the same hash are the same input."""
        return "sha256:" + hashlib.sha256(self.canonical_json().encode("utf-8")).hexdigest()


def _estimate_json(e: Estimate | None) -> Any:
    """``e.model_dump(mode="json")``: a number alone is its value (Estimate._compact)."""
    if e is None:
        return None
    if e.range is None and e.dist is None and not e.evidence and e.assumption is None:
        return e.value
    return e.model_dump(mode="json")


# The fields _stance_json and _actor_json write; tests check these are the models' fields.
_STANCE_FIELDS = ("position", "salience", "capability", "vote", "alternatives", "note")
_ACTOR_FIELDS = ("id", "name", "aliases", "role", "capability", "stances", "participation", "note")


def _stance_json(st: Stance) -> Any:
    """``st.model_dump(mode="json")``, written out for the common stance (numbers only)."""
    if st.vote is not None or st.alternatives:
        return st.model_dump(mode="json")
    return {
        "position": _estimate_json(st.position),
        "salience": _estimate_json(st.salience),
        "capability": _estimate_json(st.capability),
        "vote": None,
        "alternatives": [],
        "note": st.note,
    }


def _actor_json(a: Actor) -> dict[str, Any]:
    """``a.model_dump(mode="json")`` without a pydantic call per stance (the same values:
    tests compare the two)."""
    return {
        "id": a.id,
        "name": a.name,
        "aliases": list(a.aliases),
        "role": a.role,
        "capability": _estimate_json(a.capability),
        "stances": {k: _stance_json(st) for k, st in a.stances.items()},
        "participation": (
            None if a.participation is None else a.participation.model_dump(mode="json")
        ),
        "note": a.note,
    }


_SHOWN_LOOKALIKES = 5  # a name's first look-alikes described in its error; the rest counted


def _shorten(text: str, limit: int = 80) -> str:
    """A long user string cut for a message: its start, an ellipsis and its length."""
    return text if len(text) <= limit else f"{text[:limit]}... ({len(text):,} characters)"


def _check_on_scale(est: Estimate, lo: float, hi: float, field: str, what: str, add) -> None:
    if not lo <= est.value <= hi:
        add(
            f"{what} {est.value:g} is outside {lo:g}..{hi:g}",
            field,
            f"give a {what} between {lo:g} and {hi:g}",
        )
    elif est.range is not None and not (lo <= est.range[0] and est.range[1] <= hi):
        add(
            f"{what} range [{est.range[0]:g}, {est.range[1]:g}] reaches outside {lo:g}..{hi:g}",
            field,
            "keep the range on the scale",
        )


def _procedure_in(data: dict) -> Procedure | None:
    """The scenario's procedure read early (None when absent or invalid: the field reports it)."""
    if data.get("procedure") is None:
        return None
    try:
        proc = coerce_procedure(data["procedure"])
        return proc if isinstance(proc, Procedure) else Procedure.model_validate(proc)
    except (InputError, ValueError):
        return None


def _body_from_procedure(data: dict, proc: Procedure | None) -> dict:
    """A scenario with a procedure and no body takes the procedure's principal body (its
    ``body``, else its first stage's), so that membership and the bargaining models' rule
    check have a body to refer to."""
    if data.get("body") is not None or proc is None:
        return data
    if proc.body is not None:
        return {**data, "body": proc.body}
    first = next((st.body for st in proc.stages if st.body is not None), None)
    return data if first is None else {**data, "body": first}


def _names_from_body(data: dict, proc: Procedure | None = None) -> dict:
    """Give each actor without a ``name`` its body member's name (matched by id or alias).

    A member of a built-in body needs only its id in a scenario.  Actors left without a name
    (not members of the body) fail validation with "name: field required".
    """
    actors = data.get("actors")
    if not isinstance(actors, (list, tuple)) or not any(
        isinstance(a, dict) and "name" not in a for a in actors
    ):
        return data
    body = data.get("body")
    pool: list[tuple[str, tuple[str, ...]]] = []  # (name, keys)
    try:
        if isinstance(body, str):
            body = load_body(body)
    except InputError:
        return data  # the body field reports it
    if isinstance(body, Body):
        pool = [(m.name, (m.id, *m.names)) for m in body.members]
    elif isinstance(body, dict) and isinstance(body.get("members"), (list, tuple)):
        for m in body["members"]:
            if isinstance(m, dict) and isinstance(m.get("name"), str):
                al = m.get("aliases") or ()
                keys = (
                    str(m.get("id", "")),
                    m["name"],
                    *(str(x) for x in (al if isinstance(al, (list, tuple)) else ())),
                )
                pool.append((m["name"], keys))
    if proc is not None:  # members of the procedure's other bodies and chambers too
        for st in proc.stages:
            if st.body is not None:
                pool += [(m.name, (m.id, *m.names)) for m in st.body.members]
        for chamber in proc.chambers.values():
            pool += [(m.name, (m.id, *m.names)) for m in chamber.members]
    if not pool:
        return data
    first: dict[str, int] = {}  # casefolded key -> first pool entry holding it (one look-up each)
    for k, (_, keys) in enumerate(pool):
        for key in keys:
            first.setdefault(key.casefold(), k)
    out = []
    for a in actors:
        if isinstance(a, dict) and "name" not in a and isinstance(a.get("id"), str):
            wanted = {a["id"].casefold()} | {
                str(x).casefold() for x in (a.get("aliases") or ()) if isinstance(x, str)
            }
            hits = [first[w] for w in wanted if w in first]
            if hits:
                a = {**a, "name": pool[min(hits)][0]}
        out.append(a)
    return {**data, "actors": out}


class _MemberIndex:
    """Members by casefolded id, name and alias, for matching actors in one look-up each.

    An actor stands for the first member (in the body's order) whose id, name or any alias
    equals the actor's id, name or any alias, case-insensitively (so "France", or an actor
    with alias France, is FRA); the index keeps each key's first member, so matching every
    actor costs time linear in the number of names, not members x actors.
    """

    def __init__(self, members) -> None:
        self.members = list(members)
        self.first: dict[str, int] = {}
        for k, m in enumerate(self.members):
            for key in (m.id, *m.names):
                self.first.setdefault(key.casefold(), k)

    def match(self, actor: Actor) -> Member | None:
        keys = {actor.id.casefold(), *(n.casefold() for n in actor.names)}
        hits = [self.first[k] for k in keys if k in self.first]
        return self.members[min(hits)] if hits else None
