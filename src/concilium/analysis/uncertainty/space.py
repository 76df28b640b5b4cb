"""A scenario compiled for many draws: its inputs as arrays with a leading draw axis.

:func:`compile_space` reads a scenario once (default stances written out, uncertain inputs
listed, the rule compiled for the body's members) into a :class:`Space`, a small picklable
object that worker processes and Dask workers receive once.  ``Space.arrays(values)`` turns
a ``(draws, inputs)`` matrix of sampled values into each issue's ``(draws, actors)``
positions, saliences and capabilities, and the members' participation codes.
:func:`materialise` writes one draw back into a validated :class:`Scenario` (what-ifs, the
per-draw fallback and the tests that compare the vectorised models with the point models).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from concilium.analysis.uncertainty.inputs import UncertainInput, uncertain_inputs
from concilium.analysis.uncertainty.voting import VectorRule, compile_rule
from concilium.errors import InputError
from concilium.models.institutions import relative_voting_weights
from concilium.scenario import Estimate, Scenario

__all__ = ["IssueSpace", "Space", "compile_space", "materialise"]


@dataclass(frozen=True, eq=False)
class IssueSpace:
    """One issue's point inputs (actors with a stance, scenario order) and voting members."""

    id: str
    lo: float
    hi: float
    status_quo: float | None
    proposal: float | None
    actor_ids: tuple[str, ...]
    x0: np.ndarray
    s0: np.ndarray  # NaN where not given
    c0: np.ndarray  # NaN where not given
    is_member: np.ndarray
    member_actor: np.ndarray  # (m,) index into actor_ids of each body member; -1: no stance
    intent: np.ndarray  # (m,) stated vote on the proposal (voting codes), -1: none stated
    kind: str = "continuous"  # continuous, binary or ordinal (concilium.scenario.Issue.kind)
    # each actor's vote relative to the mean member's under a weighted-majority rule, else 1
    # (concilium.models.institutions.relative_voting_weights; the compromise model's weights)
    rel_votes: np.ndarray | None = None

    @property
    def width(self) -> float:
        return self.hi - self.lo


@dataclass(frozen=True, eq=False)
class Space:
    """See the module docstring."""

    scenario_id: str
    input_hash: str
    vote: str
    agenda_setter: str | None
    band: float  # the abstention band in force (share of the scale width)
    inputs: tuple[UncertainInput, ...]
    issues: tuple[IssueSpace, ...]
    rule: VectorRule
    member_ids: tuple[str, ...]  # body member ids, body order
    report_ids: tuple[str, ...]  # actor id holding each member (else the member id)
    names: dict[str, str]  # report id -> display name
    participation: np.ndarray  # (m,) input column of each member's participation, -1: none
    targets: tuple[tuple[tuple[int, str, int], ...], ...]  # per input: (issue, array, actor)
    default_stance: dict[str, tuple[str, ...]]  # issue -> members using the default stance
    staged: bool = False  # the scenario has a procedure: draws run the model itself

    @property
    def k(self) -> int:
        return len(self.inputs)

    def point_values(self) -> np.ndarray:
        """``(1, k)``: every input at its point value (the point forecast's inputs)."""
        return np.array([[inp.value for inp in self.inputs]], dtype=float).reshape(1, self.k)

    def arrays(self, values: np.ndarray) -> tuple[list[dict[str, np.ndarray]], np.ndarray]:
        """Per issue ``{"x", "s", "c"}`` arrays ``(D, n)``, and participation codes ``(D, m)``
        (0 vote, 1 abstain, 2 absent)."""
        v = np.asarray(values, dtype=float)
        d = v.shape[0]
        out = [
            {
                "x": np.repeat(i.x0[None, :], d, axis=0),
                "s": np.repeat(i.s0[None, :], d, axis=0),
                "c": np.repeat(i.c0[None, :], d, axis=0),
            }
            for i in self.issues
        ]
        for j, targets in enumerate(self.targets):
            for g, arr, a in targets:
                out[g][arr][:, a] = v[:, j]
        part = np.zeros((d, len(self.member_ids)), dtype=np.int8)
        for k, col in enumerate(self.participation):
            if col >= 0:
                part[:, k] = v[:, col].astype(np.int8)
        return out, part


def compile_space(scenario: Scenario) -> Space:
    """Compile a scenario (see the module docstring)."""
    if scenario.body is None:
        raise InputError(
            "a simulation needs the body whose rule decides",
            field="body",
            hint="give the scenario a body and a date",
        )
    sc = scenario.with_default_stances()
    inputs = tuple(uncertain_inputs(sc))
    members = sc.body_members()
    vr = compile_rule(sc.decision_rule, members)
    held = {sc.member_id(a.id): a.id for a in sc.members()}
    report_ids = tuple(held.get(m.id, m.id) for m in members)
    names = {m.id: m.name for m in members}
    names.update({a.id: a.name for a in sc.actors})
    issues = []
    for iss in sc.issues:
        arr = sc.issue_arrays(iss.id)
        pos = {aid: k for k, aid in enumerate(arr.actor_ids)}
        member_actor = np.array([pos.get(r, -1) for r in report_ids], dtype=np.int64)
        code = {"yes": 0, "no": 1, "abstain": 2}
        intent = np.full(len(report_ids), -1, dtype=np.int8)
        if not (sc.vote == "package" and len(sc.issues) > 1):
            for k, r in enumerate(report_ids):
                a = next((x for x in sc.actors if x.id == r), None)
                st = a.stances.get(iss.id) if a is not None else None
                if st is not None and st.vote is not None:
                    intent[k] = code[st.vote.value]
        issues.append(
            IssueSpace(
                id=iss.id,
                lo=iss.scale.min,
                hi=iss.scale.max,
                status_quo=iss.status_quo,
                proposal=iss.proposal,
                actor_ids=arr.actor_ids,
                x0=arr.positions,
                s0=arr.saliences,
                c0=arr.capabilities,
                is_member=arr.is_member,
                member_actor=member_actor,
                intent=intent,
                kind=iss.kind,
                rel_votes=relative_voting_weights(sc, arr.actor_ids),
            )
        )
    issue_index = {i.id: g for g, i in enumerate(issues)}
    targets = []
    participation = np.full(len(members), -1, dtype=np.int64)
    for j, inp in enumerate(inputs):
        t: list[tuple[int, str, int]] = []
        if inp.field == "participation":
            participation[report_ids.index(inp.actor)] = j
        elif inp.issue is None:  # an actor's capability: every issue without its own
            actor = sc.actor(inp.actor)
            for g, i in enumerate(issues):
                st = actor.stances.get(i.id)
                if st is not None and st.capability is None:
                    t.append((g, "c", i.actor_ids.index(inp.actor)))
        else:
            g = issue_index[inp.issue]
            arr_name = {"position": "x", "stance": "x", "salience": "s", "capability": "c"}[
                inp.field
            ]
            t.append((g, arr_name, issues[g].actor_ids.index(inp.actor)))
        targets.append(tuple(t))
    return Space(
        scenario_id=sc.id,
        input_hash=scenario.input_hash(),
        vote=sc.vote,
        agenda_setter=sc.agenda_setter,
        band=float(sc.band),
        inputs=inputs,
        issues=tuple(issues),
        rule=vr,
        member_ids=tuple(m.id for m in members),
        report_ids=report_ids,
        names=names,
        participation=participation,
        targets=tuple(targets),
        default_stance={
            i.id: tuple(sc.without_stance(i.id))
            for i in sc.issues
            if scenario.default_stance_in_force is not None
        },
        staged=sc.procedure is not None,
    )


def materialise(scenario: Scenario, inputs, row) -> Scenario:
    """The scenario with each uncertain input set to its value in ``row`` (made certain).

    Participation cannot be written into a scenario (it is not part of a point forecast):
    an input of that kind is an error here.
    """
    sc = scenario.with_default_stances()
    by_actor: dict[str, list[tuple[UncertainInput, float]]] = {}
    for inp, v in zip(inputs, np.asarray(row, dtype=float).tolist(), strict=True):
        if inp.field == "participation":
            raise InputError(
                f"{inp.name}: participation cannot be written into one scenario",
                hint="point models assume every member votes",
            )
        by_actor.setdefault(inp.actor, []).append((inp, v))
    actors = []
    for a in sc.actors:
        changes = by_actor.get(a.id)
        if not changes:
            actors.append(a)
            continue
        stances = dict(a.stances)
        capability = a.capability
        for inp, v in changes:
            if inp.issue is None:
                capability = Estimate(value=v)
                continue
            st = stances[inp.issue]
            if inp.field in ("position", "stance"):
                st = st.model_copy(update={"position": Estimate(value=v), "alternatives": ()})
            else:
                st = st.model_copy(update={inp.field: Estimate(value=v)})
            stances[inp.issue] = st
        actors.append(a.model_copy(update={"stances": stances, "capability": capability}))
    return sc.replace(actors=tuple(actors))
