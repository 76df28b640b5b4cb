"""Procedures with several stages: a decision that needs more than one body (or rule) to say yes.

A scenario's decision is taken by a **procedure**: an ordered list of **stages**, each with
its own body (and date), members, rule and abstention treatment.  A scenario with one
``body:`` (and optionally ``rule:``) is the one-stage procedure; a ``procedure:`` adds stages::

    procedure:
      mode: sequence            # stage k is reached only if stages 1..k-1 passed
      setter: COM               # optional agenda setter (an actor id, name or alias)
      stages:
        - {id: parliament, body: ep}                      # a majority of the votes cast
        - {id: council, body: eu-council, rule: qmv, amend_rule: unanimity}
        - {id: host, consent: [JPN]}                      # an outside party's consent
        - {id: ratification, ratify: {of: council, default: {...}, thresholds: {...}}}

or by the name of a built-in procedure (``procedure: eu-olp``), or a built-in with the
scenario's own additions (``procedure: {use: host-consent, roles: {host: JPN}}``).  Built-in
procedures live in ``procedures_data/*.yaml`` with a legal source for every rule.

Stage kinds
    * **body stage**: the members of ``body`` on ``date`` vote under ``rule`` (a rule name of
      the body or an inline rule; default: the body's rule, or the scenario's ``rule:`` when
      the stage uses the scenario's body).  Actors stand for members as in the scenario: by
      id, name or alias.
    * **consent stage** (``consent: [actors]``): each listed party must consent, i.e. vote
      yes (unanimity with abstention blocking: an indifferent host has not consented).
    * **ratification stage** (``ratify: {of: stage}``): every member of that stage's body
      ratifies in its own chamber by its own threshold; it expands into one sub-stage per
      member.  Without the chamber's composition the member's actor votes for its chamber
      as one bloc (an assumption the output states).

Analysis (Tsebelis 2002, *Veto Players*, ch. 1-2: a policy changes only if every veto
player agrees, so the win set of the status quo is the intersection of the veto players'
win sets)
    * a point ``z`` passes the procedure iff it passes every stage; in ``sequence`` mode the
      first failing stage is where it stops and later stages are not reached; in ``together``
      mode every stage votes and every failing stage is reported;
    * the procedure's win set ``W(q) = ∩_s W_s(q)``, each ``W_s`` computed exactly
      (:func:`concilium.spatial.win_set_1d`); so adding a stage can only shrink it;
    * the veto players are the union over stages of each stage's veto players (members in
      every winning coalition of that stage's rule);
    * the agenda setter proposes its nearest point in the closure of ``W(q)`` (Romer &
      Rosenthal 1978), or keeps ``q`` when it prefers ``q``;
    * ``amend_rule``: the rule under which a stage could replace the setter's proposal ``p``
      (the Council of the EU needs unanimity to amend a Commission proposal, Art. 293(1)
      TFEU).  The set of amendments that would pass is the intersection over stages of the
      win sets of ``p``, each stage counted under its ``amend_rule`` when it has one; it is
      reported (the forecast itself stays with the vote on ``p``).

This module holds the typed procedure and its evaluation; the procedural model
(:mod:`concilium.models.procedural`) turns the evaluation into a forecast, and
:func:`passes` is the one question other models' rule checks can ask.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Literal

import numpy as np
from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from concilium.bodies import Body, Member, coerce_body
from concilium.errors import InputError, Problem
from concilium.rules import Rule, RuleDecision, Unanimity, VoteCounter
from concilium.spatial import Interval, closest_point, in_intervals, spatial_votes, win_set_1d

if TYPE_CHECKING:
    from concilium.scenario import Issue, Scenario

__all__ = [
    "BUILTIN_PROCEDURES",
    "Chamber",
    "Procedure",
    "ProcedureResult",
    "Ratification",
    "ResolvedStage",
    "Stage",
    "StageResult",
    "Threshold",
    "evaluate",
    "intersect",
    "list_procedures",
    "load_procedure",
    "passes",
    "procedure_of",
    "resolve",
    "win_sets",
]

BUILTIN_PROCEDURES = ("eu-olp", "nato-enlargement", "host-consent")

Id = Annotated[str, Field(min_length=1, max_length=80, pattern=r"^\S(.*\S)?$")]
UNLISTED = ("error", "abstain")
# Points closer than this share of the scale width are the same point.
_SAME = 1e-12


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Threshold(_Model):
    """A member's own ratification rule: which chamber, by what majority, and its source.

    The rule counts the chamber's members by their ``seats`` weight (a one-bloc chamber has
    one member with one seat).  Give ``source`` (the article) or, where the threshold could
    not be sourced, ``assumption`` saying so.
    """

    chamber: str = Field(min_length=1, description="e.g. 'United States Senate'")
    rule: Rule
    source: str | None = Field(default=None, description="the legal source, by article")
    assumption: str | None = Field(default=None, description="why, when it is not sourced")

    @model_validator(mode="after")
    def _sourced_or_assumed(self):
        if not self.source and not self.assumption:
            raise ValueError("a threshold needs its source, or an assumption saying why not")
        return self


class Chamber(_Model):
    """A member's chamber as blocs with seats (e.g. parties), for a ratification vote.

    Each bloc is a member with a ``seats`` weight; actors stand for blocs by id, name or
    alias, as for any body.
    """

    name: str | None = None
    members: tuple[Member, ...] = Field(min_length=1)
    sources: tuple[str, ...] = ()


class Ratification(_Model):
    """Every member of a stage's body ratifies, each by its own threshold."""

    of: Id = Field(description="id of the earlier stage whose members ratify")
    thresholds: dict[str, Threshold] = Field(
        default_factory=dict, description="by member id: the member's chamber and threshold"
    )
    default: Threshold | None = Field(
        default=None, description="the threshold of members not listed (else they are an error)"
    )


class Stage(_Model):
    """One veto point of a procedure: a body voting under a rule, an outside party's
    consent, or the members' ratifications."""

    id: Id
    name: str | None = None
    body: Body | None = Field(
        default=None,
        description="a built-in body name or an inline body; default: the scenario's body",
    )
    rule: str | Rule | None = Field(
        default=None, description="a rule name of the stage's body or an inline rule"
    )
    date: dt.date | None = Field(default=None, description="default: the scenario's date")
    abstention_band: float | None = Field(default=None, ge=0, le=1)
    consent: tuple[str, ...] = Field(
        default=(), description="parties whose consent is needed (actor ids, names or roles)"
    )
    ratify: Ratification | None = None
    amend_rule: str | Rule | None = Field(
        default=None,
        description="the rule this stage needs to amend the agenda setter's proposal",
    )
    source: str | None = Field(default=None, description="legal source of the stage, by article")
    note: str | None = None

    @field_validator("body", mode="before")
    @classmethod
    def _body_by_name(cls, v: Any) -> Any:
        return coerce_body(v)

    @model_validator(mode="after")
    def _one_kind(self):
        kinds = [k for k, on in (("consent", self.consent), ("ratify", self.ratify)) if on]
        if len(kinds) > 1:
            raise ValueError("a stage is a consent or a ratification, not both")
        if kinds and (self.body is not None or self.rule is not None):
            raise ValueError(f"a {kinds[0]} stage has no body or rule of its own")
        if self.amend_rule is not None and kinds:
            raise ValueError("amend_rule applies to a body stage")
        return self

    @property
    def kind(self) -> str:
        return "consent" if self.consent else "ratify" if self.ratify else "body"


class Procedure(_Model):
    """The stages a decision passes through, in order, and who sets the agenda."""

    id: str | None = None
    name: str | None = None
    aliases: tuple[str, ...] = ()
    description: str | None = None
    body: str | None = Field(
        default=None, description="the principal body: the scenario's body when it gives none"
    )
    mode: Literal["sequence", "together"] = Field(
        default="sequence",
        description="sequence: a stage is reached only if the earlier ones passed; together: "
        "every stage votes and all must pass",
    )
    setter: str | None = Field(
        default=None, description="agenda setter: an actor id, name, alias or role"
    )
    roles: dict[str, str] = Field(
        default_factory=dict,
        description="placeholders used by the stages (e.g. host) -> actor id, name or alias",
    )
    chambers: dict[str, Chamber] = Field(
        default_factory=dict,
        description="ratification: a member's chamber as blocs with seats, by member id",
    )
    thresholds: dict[str, Threshold] = Field(
        default_factory=dict,
        description="ratification: a member's own threshold, by member id, overriding the "
        "stage's (e.g. a built-in's default)",
    )
    stages: tuple[Stage, ...] = Field(min_length=1)
    sources: tuple[str, ...] = ()
    notes: str | None = None

    @model_validator(mode="before")
    @classmethod
    def _by_name(cls, data: Any) -> Any:
        """A built-in by name, or ``{use: name, ...}``: the built-in with fields replaced."""
        if isinstance(data, str):
            return _builtin_data(_builtin_key(data))
        if isinstance(data, dict) and "use" in data:
            base = dict(_builtin_data(_builtin_key(str(data["use"]))))
            extra = {k: v for k, v in data.items() if k != "use"}
            for k in ("roles", "chambers", "thresholds"):
                if k in extra and isinstance(extra[k], dict):
                    extra[k] = {**(base.get(k) or {}), **extra[k]}
            return {**base, **extra}
        return data

    @model_validator(mode="after")
    def _stage_ids(self):
        seen: set[str] = set()
        for k, st in enumerate(self.stages):
            if st.id in seen:
                raise ValueError(f"stage id {st.id!r} is used twice")
            if st.ratify is not None and st.ratify.of not in seen:
                raise ValueError(
                    f"stage {st.id!r} ratifies {st.ratify.of!r}, which is not an earlier stage"
                )
            seen.add(st.id)
            del k
        return self

    @property
    def label(self) -> str:
        return self.name or " + ".join(s.name or s.id for s in self.stages)


# ------------------------------------------------------------------------------ built-ins
def _builtin_key(name: str) -> str:
    k = name.strip().casefold()
    if k in BUILTIN_PROCEDURES:
        return k
    for b in BUILTIN_PROCEDURES:
        data = _builtin_data(b)
        if k == str(data.get("name", "")).casefold() or k in (
            str(a).casefold() for a in data.get("aliases", ())
        ):
            return b
    raise InputError(
        f"unknown procedure {name!r}",
        hint="built-in procedures: " + ", ".join(BUILTIN_PROCEDURES) + "; or write the stages",
    )


@cache
def _builtin_raw(name: str) -> Any:
    from concilium.io.documents import parse_text, to_plain

    ref = resources.files("concilium").joinpath("procedures_data", f"{name}.yaml")
    return to_plain(parse_text(ref.read_text(encoding="utf-8"), f"built-in procedure {name}"))


def _builtin_data(name: str) -> dict:
    return dict(_builtin_raw(name))


def load_procedure(name_or_path: str | Path) -> Procedure:
    """A built-in procedure by name (``eu-olp``, ``nato-enlargement``, ``host-consent``) or
    a YAML/JSON file of the same shape."""
    from concilium.io.documents import read_document, validate

    p = Path(name_or_path)
    if p.suffix.lower() in (".yaml", ".yml", ".json") and p.exists():
        tree, source = read_document(p, what="a procedure file")
        return validate(Procedure, tree, source)
    return _builtin(_builtin_key(str(name_or_path)))


@cache
def _builtin(name: str) -> Procedure:
    from concilium.io.documents import validate

    return validate(Procedure, _builtin_data(name), f"built-in procedure {name}")


def list_procedures() -> list[Procedure]:
    return [_builtin(b) for b in BUILTIN_PROCEDURES]


def coerce_procedure(value: object) -> object:
    """Scenario field helper: a procedure name or path becomes a Procedure."""
    if isinstance(value, (str, Path)):
        return load_procedure(value)
    return value


# ------------------------------------------------------------------------------ resolving
@dataclass(frozen=True)
class ResolvedStage:
    """A stage made concrete for one scenario: its members on its date and who holds them."""

    id: str
    name: str
    kind: str  # body | consent | ratify
    body: Body
    rule: Any  # a concilium.rules rule
    date: dt.date | None
    band: float
    members: tuple[Member, ...]
    holders: dict[str, str]  # member id -> actor id
    group: str  # the stage id it came from (a ratification's sub-stages share it)
    amend_rule: Any = None
    source: str | None = None
    assumption: str | None = None  # the threshold's, where it is not sourced
    one_bloc: bool = False  # a ratifying chamber voting as one bloc with its member's actor

    @property
    def rule_label(self) -> str:
        return str(self.rule.label)

    def report_id(self, member_id: str) -> str:
        """The id a member is reported by: its actor's, else its own."""
        return self.holders.get(member_id, member_id)


@dataclass(frozen=True)
class ResolvedProcedure:
    mode: str
    label: str
    setter: str | None  # actor id
    stages: tuple[ResolvedStage, ...]
    explicit: bool  # False for a scenario's one body (the one-stage procedure)

    def describe(self) -> str:
        """One line: the stages in order with their rules (a ratification's sub-stages
        said once)."""
        groups: dict[str, str] = {}
        for st in self.stages:
            if st.group != st.id:
                n = sum(1 for s in self.stages if s.group == st.group)
                groups[st.group] = f"{st.group} (each of {n} members by its own threshold)"
            else:
                groups.setdefault(st.group, f"{st.group} ({st.rule_label})")
        arrow = " → " if self.mode == "sequence" else " + "
        return f"{self.label}: {arrow.join(groups.values())}"


def procedure_of(scenario: Scenario) -> Procedure | None:
    """The scenario's procedure: its ``procedure:``, else the one-stage procedure of its body
    and rule, or None for a scenario without a body."""
    if scenario.procedure is not None:
        return scenario.procedure
    if scenario.body is None:
        return None
    return Procedure(stages=(Stage(id=scenario.body.id, name=scenario.body.name),))


def _keys(actor: Any) -> set[str]:
    return {actor.id.casefold(), *(n.casefold() for n in actor.names)}


def _actor_for(scenario: Scenario, key: str, roles: dict[str, str]) -> str | None:
    """The actor a key names (through ``roles`` first), by id, name or alias; None if none."""
    key = roles.get(key, key)
    k = key.casefold()
    for a in scenario.actors:
        if a.id == key:
            return str(a.id)
    for a in scenario.actors:
        if k in _keys(a):
            return str(a.id)
    return None


def _holders(scenario: Scenario, members: Sequence[Member]) -> tuple[dict[str, str], list[str]]:
    """member id -> actor id, matching as the scenario does (id, name, alias; first member
    in body order); and the problems (an actor standing for two members)."""
    first: dict[str, int] = {}
    for k, m in enumerate(members):
        for key in (m.id, *m.names):
            first.setdefault(key.casefold(), k)
    out: dict[str, str] = {}
    problems: list[str] = []
    for a in scenario.actors:
        hits = [first[key] for key in _keys(a) if key in first]
        if not hits:
            continue
        m = members[min(hits)]
        if m.id in out:
            problems.append(f"actors {out[m.id]!r} and {a.id!r} are both member {m.id}")
            continue
        out[m.id] = a.id
    return out, problems


def resolve(scenario: Scenario, procedure: Procedure | None = None) -> ResolvedProcedure:
    """The scenario's procedure (or ``procedure``) with every stage's members, holders, rule,
    date and band; ratification stages expanded per member.  Raises one InputError listing
    every problem, each with its field (``procedure.stages[k]...``)."""
    proc = procedure if procedure is not None else procedure_of(scenario)
    if proc is None:
        raise InputError(
            f"scenario {scenario.id} has no body and no procedure, so no decision rule",
            hint="give the scenario a body (or a procedure) to check outcomes against a rule",
        )
    explicit = procedure is not None or scenario.procedure is not None
    problems: list[Problem] = []
    out: list[ResolvedStage] = []
    by_id: dict[str, ResolvedStage] = {}
    for k, st in enumerate(proc.stages):
        where = f"procedure.stages[{k}]" if explicit else "body"
        try:
            made = _resolve_stage(scenario, proc, st, by_id, where)
        except InputError as exc:
            problems += [
                Problem(p.message, field=p.field or where, hint=p.hint) for p in exc.problems
            ]
            continue
        out += made
        if made and st.kind == "body":
            by_id[st.id] = made[0]
    setter = None
    key = scenario.agenda_setter or proc.setter
    if key is not None:
        setter = _actor_for(scenario, key, proc.roles)
        if setter is None and scenario.agenda_setter is None and key in proc.roles:
            problems.append(
                Problem(
                    f"the procedure's agenda setter {key!r} ({proc.roles[key]!r}) is not an actor",
                    field="procedure.roles",
                    hint="use the id of one of the actors",
                )
            )
    if problems:
        raise InputError(problems=problems)
    return ResolvedProcedure(
        mode=proc.mode, label=proc.label, setter=setter, stages=tuple(out), explicit=explicit
    )


def _rule_named(body: Body, rule: Any, where: str, on: dt.date | None = None) -> Any:
    if rule is None or not isinstance(rule, str):
        return rule
    try:
        return body.get_rule(rule, on=on)
    except InputError as exc:
        raise InputError(
            problems=[Problem(p.message, field=where, hint=p.hint) for p in exc.problems]
        ) from None


def _resolve_stage(
    scenario: Scenario,
    proc: Procedure,
    st: Stage,
    earlier: dict[str, ResolvedStage],
    where: str,
) -> list[ResolvedStage]:
    date = st.date or scenario.date
    if st.kind == "consent":
        ids = []
        for n, key in enumerate(st.consent):
            aid = _actor_for(scenario, key, proc.roles)
            if aid is None:
                raise InputError(
                    f"stage {st.id!r}: the consenting party {key!r} is not an actor",
                    field=f"{where}.consent[{n}]",
                    hint="add it as an actor (a stakeholder) with a position, or name it in "
                    "procedure.roles",
                )
            ids.append(aid)
        members = tuple(Member(id=a, name=scenario.actor(a).name) for a in ids)
        names = ", ".join(m.name for m in members)
        consent_rule = Unanimity(
            kind="unanimity", abstention_blocks=True, name=f"consent of {names}"
        )
        consent_body = Body(
            id=f"{st.id}-consent",
            name=st.name or f"consent of {names}",
            rule=consent_rule,
            members=members,
        )
        band = st.abstention_band if st.abstention_band is not None else scenario.band
        return [
            ResolvedStage(
                id=st.id,
                name=st.name or f"consent of {names}",
                kind="consent",
                body=consent_body,
                rule=consent_rule,
                date=date,
                band=band,
                members=members,
                holders={m.id: m.id for m in members},
                group=st.id,
                source=st.source,
            )
        ]
    if st.kind == "ratify":
        assert st.ratify is not None
        return _ratifications(scenario, proc, st, earlier, where, date)
    own = st.body is None or (scenario.body is not None and st.body == scenario.body)
    body = st.body if st.body is not None else scenario.body
    if body is None:
        raise InputError(
            f"stage {st.id!r} has no body and the scenario has none",
            field=f"{where}.body",
            hint="give the stage a body (a built-in name such as eu-council, or inline)",
        )
    if date is None:
        raise InputError(
            f"stage {st.id!r} needs a date: membership changes over time",
            field=f"{where}.date",
            hint="give the scenario (or the stage) a date",
        )
    rule: Any
    if st.rule is not None:
        rule = _rule_named(body, st.rule, f"{where}.rule", date)
    elif own and st.body is None:
        rule = scenario.decision_rule
    else:
        rule = body.rule_on(date)
    amend = _rule_named(body, st.amend_rule, f"{where}.amend_rule", date)
    try:
        members = tuple(body.members_on(date))
    except InputError as exc:
        raise InputError(
            problems=[Problem(p.message, field=f"{where}.date", hint=p.hint) for p in exc.problems]
        ) from None
    _check_game(rule, members, f"{where}.rule")
    if amend is not None:
        _check_game(amend, members, f"{where}.amend_rule")
    if own:
        holders = {m: a for a, m in scenario.member_map().items()}
    else:
        holders, clash = _holders(scenario, members)
        if clash:
            raise InputError(
                problems=[Problem(c, field="actors", hint="list each member once") for c in clash]
            )
    if st.abstention_band is not None:
        band = st.abstention_band
    elif own:
        band = scenario.band
    else:
        band = body.abstention_band
    return [
        ResolvedStage(
            id=st.id,
            name=st.name or body.name,
            kind="body",
            body=body,
            rule=rule,
            date=date,
            band=band,
            members=members,
            holders=holders,
            group=st.id,
            amend_rule=amend,
            source=st.source,
        )
    ]


def _check_game(rule: Any, members: Sequence[Member], where: str) -> None:
    try:
        rule.game(list(members))
    except InputError as exc:
        raise InputError(
            problems=[Problem(p.message, field=where, hint=p.hint) for p in exc.problems]
        ) from None


def _ratifications(
    scenario: Scenario,
    proc: Procedure,
    st: Stage,
    earlier: dict[str, ResolvedStage],
    where: str,
    date: dt.date | None,
) -> list[ResolvedStage]:
    rat = st.ratify
    assert rat is not None
    ref = earlier.get(rat.of)
    if ref is None:
        raise InputError(
            f"stage {st.id!r} ratifies {rat.of!r}, which is not an earlier body stage",
            field=f"{where}.ratify.of",
        )
    out = []
    band = st.abstention_band if st.abstention_band is not None else scenario.band
    for m in ref.members:
        th = proc.thresholds.get(m.id) or rat.thresholds.get(m.id) or rat.default
        if th is None:
            raise InputError(
                f"stage {st.id!r}: no ratification threshold for member {m.id} ({m.name})",
                field=f"{where}.ratify.thresholds",
                hint="add the member's threshold, or a default",
            )
        chamber = proc.chambers.get(m.id)
        if chamber is None:
            # the member's actor votes for its chamber as one bloc of one seat
            members: tuple[Member, ...] = (
                Member(id=m.id, name=m.name, aliases=m.aliases, weights={"seats": 1}),
            )
            holders = {m.id: ref.holders[m.id]} if m.id in ref.holders else {}
        else:
            members = chamber.members
            holders, clash = _holders(scenario, members)
            if clash:
                raise InputError(
                    problems=[Problem(c, field="actors", hint="list each bloc once") for c in clash]
                )
        body = Body(
            id=f"{st.id}-{m.id}",
            name=chamber.name if chamber is not None and chamber.name else th.chamber,
            rule=th.rule,
            members=members,
            sources=tuple(x for x in (th.source,) if x),
        )
        _check_game(th.rule, members, f"{where}.ratify.thresholds.{m.id}.rule")
        out.append(
            ResolvedStage(
                id=f"{st.id}/{m.id}",
                name=f"{st.name or st.id}: {body.name}",
                kind="ratify",
                body=body,
                rule=th.rule,
                date=date,
                band=band,
                members=members,
                holders=holders,
                group=st.id,
                source=th.source,
                assumption=th.assumption,
                one_bloc=chamber is None,
            )
        )
    return out


# ------------------------------------------------------------------------------ voting
@dataclass
class _StageVoters:
    """One stage's voters on one issue: ideal points of the members with a position; a
    member with no actor or no stance takes the scenario's ``default_stance``, else its stage
    body's, when there is one (``defaulted``), else it is an error, or silent (abstaining) with ``unlisted=abstain``."""

    stage: ResolvedStage
    member_ids: list[str]
    actor_ids: list[str]
    ideals: np.ndarray
    intent: np.ndarray
    silent: list[str]  # member ids
    names: dict[str, str]
    defaulted: list[str] = field(default_factory=list)  # member ids given the default stance

    @classmethod
    def build(cls, scenario: Scenario, stage: ResolvedStage, issue: Issue, unlisted: str):
        mids: list[str] = []
        aids: list[str] = []
        xs: list[float] = []
        intents: list[str] = []
        silent: list[str] = []
        defaulted: list[str] = []
        names = {m.id: m.name for m in stage.members}
        # the scenario's own default stance, else the stage body's (a body file may declare
        # one: for the scenario's own body that is Scenario.default_stance_in_force)
        ds = scenario.default_stance or stage.body.default_stance
        for m in stage.members:
            aid = stage.holders.get(m.id)
            st = scenario.actor(aid).stances.get(issue.id) if aid is not None else None
            if (aid is None or st is None) and ds is not None:
                mids.append(m.id)
                aids.append(aid or m.id)
                xs.append(ds.position.value)
                intents.append("")
                defaulted.append(m.id)
                continue
            if aid is None or st is None:
                silent.append(m.id)
                continue
            mids.append(m.id)
            aids.append(aid)
            xs.append(st.position.value)
            intents.append(st.vote.value if st.vote is not None else "")
            names[m.id] = scenario.actor(aid).name
        if silent and unlisted == "error":
            shown = ", ".join(f"{names[s]} ({s})" for s in silent[:12])
            more = f" and {len(silent) - 12} more" if len(silent) > 12 else ""
            raise InputError(
                f"stage {stage.id!r} ({stage.name}): {len(silent)} member(s) have no position "
                f"on issue {issue.id!r}: {shown}{more}",
                field="actors",
                hint="add an actor with a position for each (matched by id, name or alias), "
                "or state what to assume about them with a default_stance",
            )
        return cls(
            stage,
            mids,
            aids,
            np.array(xs, dtype=float),
            np.array(intents, dtype=object),
            silent,
            names,
            defaulted,
        )

    def counting(self):
        counter = VoteCounter(self.stage.rule, list(self.stage.members))
        return counter.among(self.member_ids, list(self.silent))

    def decide(self, votes: np.ndarray, rule: Any = None) -> RuleDecision:
        full = dict(zip(self.member_ids, (str(v) for v in votes)))
        full.update(dict.fromkeys(self.silent, "abstain"))
        return (rule or self.stage.rule).decide(full, list(self.stage.members), self.names)

    def report(self, member_ids: Sequence[str]) -> list[str]:
        return [self.stage.report_id(m) for m in member_ids]

    def votes_by_actor(self, votes: np.ndarray) -> dict[str, str]:
        out = {self.stage.report_id(m): str(v) for m, v in zip(self.member_ids, votes)}
        out.update({self.stage.report_id(m): "abstain" for m in self.silent})
        return out


@dataclass(frozen=True)
class StageResult:
    """How one stage voted on a point, or that it was not reached."""

    stage: str
    name: str
    group: str
    rule: str
    reached: bool
    passed: bool | None = None
    reason: str = ""
    votes: dict[str, str] = field(default_factory=dict)
    tally: dict[str, int] = field(default_factory=dict)
    blockers: list[str] = field(default_factory=list)
    vetoes: list[str] = field(default_factory=list)
    objectors: list[str] = field(default_factory=list)
    assumption: str | None = None
    totals: dict[str, dict[str, float]] = field(default_factory=dict)  # weight totals
    defaulted: list[str] = field(default_factory=list)  # members given the default stance

    def to_dict(self) -> dict[str, Any]:
        d = {
            "stage": self.stage,
            "name": self.name,
            "rule": self.rule,
            "reached": self.reached,
            "passed": self.passed,
            "reason": self.reason,
            "votes": self.votes,
            "tally": self.tally,
            "blockers": self.blockers,
            "vetoes": self.vetoes,
        }
        if self.group != self.stage:
            d["group"] = self.group
        if self.assumption:
            d["assumption"] = self.assumption
        if self.totals:
            d["totals"] = self.totals
        if self.defaulted:
            d["default_stance"] = self.defaulted
        return d


@dataclass(frozen=True)
class ProcedureResult:
    """Whether a point passes the whole procedure, where it stops and who blocks it there."""

    point: float
    status_quo: float
    passed: bool
    mode: str
    stages: list[StageResult]
    stopped_at: list[str]  # ids of the failing stages (sequence: at most one)
    blockers: list[str]  # blockers at the failing stage(s), actor ids where held

    def stage(self, stage_id: str) -> StageResult:
        for s in self.stages:
            if s.stage == stage_id:
                return s
        raise KeyError(stage_id)


def _check_unlisted(unlisted: str) -> None:
    if unlisted not in UNLISTED:
        raise InputError(f"unlisted must be one of {', '.join(UNLISTED)}, not {unlisted!r}")


def _status_quo(issue: Issue) -> float:
    if issue.status_quo is None:
        raise InputError(
            f"issue {issue.id!r} has no status quo",
            field=f"issues.{issue.id}.status_quo",
            hint="a procedure compares the proposal with the status quo (reversion point)",
        )
    return float(issue.status_quo)


def evaluate(
    scenario: Scenario,
    issue_id: str,
    point: float,
    *,
    unlisted: str = "error",
    resolved: ResolvedProcedure | None = None,
    limit_point: bool = False,
) -> ProcedureResult:
    """Vote ``point`` against the status quo at every stage of the scenario's procedure.

    Members vote spatially (nearer of ``point`` and the status quo, abstaining within the
    stage's band); when ``point`` is the issue's proposal, stated votes (``vote:``) override.
    ``limit_point``: the point is the setter's limit point (an open end of the win set), where
    indifferent members accept (Romer & Rosenthal 1978).
    """
    _check_unlisted(unlisted)
    proc = resolved or resolve(scenario)
    issue = scenario.issue(issue_id)
    q = _status_quo(issue)
    width = issue.scale.max - issue.scale.min
    is_proposal = issue.proposal is not None and abs(point - issue.proposal) <= _SAME * width
    results: list[StageResult] = []
    stopped: list[str] = []
    blockers: list[str] = []
    failed_groups: set[str] = set()
    for st in proc.stages:
        # in sequence, a stage is reached only if every earlier stage passed; the sub-stages
        # of one ratification (one group) all vote once the group is reached
        if proc.mode == "sequence" and failed_groups - {st.group}:
            results.append(StageResult(st.id, st.name, st.group, st.rule_label, reached=False))
            continue
        voters = _StageVoters.build(scenario, st, issue, unlisted)
        v = spatial_votes(voters.ideals, q, point, scale_width=width, band=st.band)
        if limit_point:
            v = np.where(v == "abstain", "yes", v)
        if is_proposal:
            v = np.where(voters.intent != "", voters.intent, v)
        d = voters.decide(v)
        res = StageResult(
            st.id,
            st.name,
            st.group,
            st.rule_label,
            reached=True,
            passed=d.passed,
            reason=d.reason,
            votes=voters.votes_by_actor(v),
            tally=d.tally,
            blockers=voters.report(d.blockers),
            vetoes=voters.report(d.vetoes),
            objectors=voters.report(d.objectors),
            assumption=_stage_assumption(st),
            totals=d.totals,
            defaulted=voters.report(voters.defaulted),
        )
        results.append(res)
        if not d.passed:
            failed_groups.add(st.group)
            stopped.append(st.id)
            blockers += [b for b in res.blockers if b not in blockers]
    return ProcedureResult(
        point=float(point),
        status_quo=q,
        passed=not stopped,
        mode=proc.mode,
        stages=results,
        stopped_at=stopped,
        blockers=blockers,
    )


def _stage_assumption(st: ResolvedStage) -> str | None:
    parts = [st.assumption] if st.assumption else []
    if st.one_bloc:
        parts.append(
            f"{st.body.name} votes as one bloc with {st.members[0].name}'s own position (no "
            "chamber composition in procedure.chambers)"
        )
    return "; ".join(parts) or None


def passes(scenario: Scenario, issue_id: str, point: float, *, unlisted: str = "error") -> bool:
    """Would ``point`` replace the status quo under the scenario's whole procedure?

    The hook for other models' rule checks: for a one-body scenario it is the body's vote
    (as :func:`concilium.models.procedural.assess_point`), for a procedure every stage's.
    """
    return evaluate(scenario, issue_id, point, unlisted=unlisted).passed


def intersect(a: Sequence[Interval], b: Sequence[Interval]) -> list[Interval]:
    """The intersection of two finite unions of disjoint intervals, as disjoint intervals."""
    out: list[Interval] = []
    for x in a:
        for y in b:
            lo, hi = max(x.lo, y.lo), min(x.hi, y.hi)
            if lo > hi:
                continue
            lo_closed = (x.lo_closed if x.lo == lo else True) and (
                y.lo_closed if y.lo == lo else True
            )
            hi_closed = (x.hi_closed if x.hi == hi else True) and (
                y.hi_closed if y.hi == hi else True
            )
            if lo == hi and not (lo_closed and hi_closed):
                continue
            out.append(Interval(lo, hi, lo_closed, hi_closed))
    out.sort(key=lambda iv: (iv.lo, not iv.lo_closed))
    return out


@dataclass(frozen=True)
class WinSets:
    """Each stage's win set of a reference point and their intersection."""

    reference: float
    by_stage: dict[str, list[Interval]]
    procedure: list[Interval]
    veto_players: list[str]
    veto_by_stage: dict[str, list[str]]


def win_sets(
    scenario: Scenario,
    issue_id: str,
    *,
    unlisted: str = "error",
    resolved: ResolvedProcedure | None = None,
    reference: float | None = None,
    amend: bool = False,
) -> WinSets:
    """The win set of the status quo (or of ``reference``) at every stage, exactly, and the
    procedure's: their intersection.  With ``amend``, each stage counts under its
    ``amend_rule`` where it has one (the amendments that would pass against ``reference``)."""
    _check_unlisted(unlisted)
    proc = resolved or resolve(scenario)
    issue = scenario.issue(issue_id)
    q = _status_quo(issue) if reference is None else float(reference)
    lo, hi = issue.scale.min, issue.scale.max
    by_stage: dict[str, list[Interval]] = {}
    veto_by: dict[str, list[str]] = {}
    total: list[Interval] | None = None
    vetoes: list[str] = []
    for st in proc.stages:
        voters = _StageVoters.build(scenario, st, issue, unlisted)
        stage = st
        if amend and st.amend_rule is not None:
            stage = _with_rule(st, st.amend_rule)
            voters = _StageVoters.build(scenario, stage, issue, unlisted)
        columns, test = voters.counting()
        ws = win_set_1d(voters.ideals, q, lo, hi, test, band=st.band, columns=columns)
        by_stage[st.id] = ws
        total = ws if total is None else intersect(total, ws)
        veto = [stage.report_id(m) for m in stage.rule.veto_players(list(stage.members))]
        veto_by[st.id] = veto
        vetoes += [v for v in veto if v not in vetoes]
    return WinSets(q, by_stage, total or [], vetoes, veto_by)


def _with_rule(st: ResolvedStage, rule: Any) -> ResolvedStage:
    from dataclasses import replace

    return replace(st, rule=rule)


def setter_point(
    scenario: Scenario, issue_id: str, setter: str, win_set: Sequence[Interval]
) -> tuple[float, bool]:
    """The setter's best point: its nearest point in the closure of the win set, or the
    status quo when it prefers that (``(point, attained)``; see Romer & Rosenthal 1978)."""
    issue = scenario.issue(issue_id)
    q = _status_quo(issue)
    st = scenario.actor(setter).stances.get(issue_id)
    if st is None:
        raise InputError(
            f"agenda setter {setter!r} has no position on issue {issue_id!r}",
            field="agenda_setter",
        )
    s = st.position.value
    best = closest_point(win_set, s)
    if best is None or abs(s - q) <= abs(best[0] - s):
        return q, True
    return best


def contains(win_set: Sequence[Interval], z: float) -> bool:
    return in_intervals(win_set, z)
