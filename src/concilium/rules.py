"""Decision rules: who must say yes, who can say no.

Each rule is a small frozen pydantic model with a ``kind`` tag, so that rules can be
written in scenario and body files::

    rule: {kind: double_majority, member_threshold: 0.55, weight: population,
           weight_threshold: 0.65, min_blocking_members: 4}

and two operations:

``decide(votes, members)``
    the ternary vote (yes / no / abstain / absent) as the body counts it, including how the
    body treats abstention, giving a :class:`RuleDecision` with the reason and the blockers;
``game(members)``
    the yes/no skeleton as a :class:`~concilium.games.SimpleGame` (everyone not voting yes
    votes no), used for win sets, veto players and power indices.

How each rule treats abstention is part of the rule and is documented on its class.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Callable, Mapping, Sequence
from fractions import Fraction
from typing import Annotated, Literal, Protocol

import numpy as np
from pydantic import BaseModel, ConfigDict, Field, model_validator

from concilium.errors import InputError
from concilium.games import SimpleGame
from concilium.numbers import BoundedFloat

__all__ = [
    "VOTES",
    "DoubleMajority",
    "Majority",
    "Rule",
    "RuleDecision",
    "RuleMember",
    "TripleMajority",
    "Unanimity",
    "VetoMajority",
    "Vote",
    "VoteCounter",
    "WeightedMajority",
]

Vote = Literal["yes", "no", "abstain", "absent"]
VOTES: tuple[str, ...] = ("yes", "no", "abstain", "absent")


class RuleMember(Protocol):
    """What a rule needs to know about a member (``concilium.bodies.Member`` satisfies it)."""

    id: str
    weights: Mapping[str, float]
    tags: frozenset[str] | set[str]


class RuleDecision(BaseModel):
    """The result of counting one vote under a rule."""

    model_config = ConfigDict(frozen=True)

    passed: bool
    reason: str
    tally: dict[str, int]
    objectors: list[str] = Field(
        default_factory=list, description="members whose vote counts against the proposal"
    )
    blockers: list[str] = Field(
        default_factory=list,
        description="objectors who alone could turn the result: had any one of them voted yes, "
        "the proposal would have passed",
    )
    vetoes: list[str] = Field(
        default_factory=list, description="members who blocked it with a veto right"
    )
    totals: dict[str, dict[str, float]] = Field(
        default_factory=dict, description="weight totals per weight name: yes, base, share"
    )


class _RuleBase(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    name: str | None = Field(default=None, description="display name, e.g. 'qualified majority'")

    # -- to be provided by each rule ---------------------------------------------------
    def _count(
        self,
        votes: Mapping[str, str],
        members: Sequence[RuleMember],
        names: Mapping[str, str] | None = None,
    ) -> RuleDecision:
        raise NotImplementedError

    def game(self, members: Sequence[RuleMember]) -> SimpleGame:
        raise NotImplementedError

    def describe(self) -> str:
        raise NotImplementedError

    def _counting(self, members: Sequence[RuleMember]) -> tuple[np.ndarray, _TotalsTest]:
        """``(columns, test)``: ``(n, d)`` integer columns, and ``test(totals)`` that gives,
        for ``(k, 3, d)`` yes/no/abstain totals of those columns, what ``_count(...).passed``
        gives when every member takes part (see :class:`VoteCounter`)."""
        raise NotImplementedError

    # -- shared --------------------------------------------------------------------------
    def decide(
        self,
        votes: Mapping[str, str],
        members: Sequence[RuleMember],
        names: Mapping[str, str] | None = None,
    ) -> RuleDecision:
        """Count ``votes`` (member id -> yes/no/abstain/absent; missing means absent).

        ``names`` (member id -> display name) is used in the decision's ``reason`` text.
        """
        _check_members(members)
        ids = {m.id for m in members}
        unknown = sorted(set(votes) - ids)
        if unknown:
            raise InputError(f"votes given for non-members {unknown}")
        bad = sorted({v for v in votes.values() if v not in VOTES})
        if bad:
            raise InputError(f"unknown vote value(s) {bad}", hint="use yes, no, abstain or absent")
        full = {m.id: votes.get(m.id, "absent") for m in members}
        decision = self._count(full, members, names)
        if decision.passed or not decision.objectors:
            return decision
        # Blockers: objectors whose switch to yes alone would have carried the proposal.
        if len(decision.objectors) <= _FEW or "absent" in full.values():
            blockers = [
                o
                for o in decision.objectors
                if self._count({**full, o: "yes"}, members, names).passed
            ]
        else:  # everyone takes part: all switches counted at once, in time linear in members
            counter = VoteCounter(self, members)
            codes = np.array([_CODE[full[m.id]] for m in members], dtype=np.int8)
            pos = {m.id: k for k, m in enumerate(members)}
            switched = counter.switch_to_yes(codes, [pos[o] for o in decision.objectors])
            blockers = [o for o, ok in zip(decision.objectors, switched) if ok]
        return decision.model_copy(update={"blockers": blockers})

    def veto_players(self, members: Sequence[RuleMember]) -> list[str]:
        """Members in every winning coalition: each can stop any proposal alone."""
        return list(self.game(members).veto_players())

    @property
    def label(self) -> str:
        return self.name or self.describe()

    @property
    def label_and_description(self) -> str:
        """``name (what it requires)``, or the description alone when the rule has no name
        (it would be said twice: "weighted majority: ... (weighted majority: ...)")."""
        described = self.describe()
        return described if self.label == described else f"{self.label} ({described})"


_CODE = {"yes": 0, "no": 1, "abstain": 2}
# Up to this many objectors, blockers are found by recounting once per objector (cheaper
# than setting up a VoteCounter); beyond it, all switches are counted at once.
_FEW = 8
_TotalsTest = Callable[[np.ndarray], np.ndarray]


class VoteCounter:
    """Count many vote profiles of one rule at once, when every member takes part.

    Every rule's verdict depends only on a few integer totals per kind of vote (head counts,
    weight totals, veto holders voting no), so a profile is summarised by ``totals`` of shape
    ``(3, d)``: the sum of :attr:`columns` over the members voting yes, no and abstain (in
    that order).  :meth:`passes` gives, for ``(k, 3, d)`` totals, exactly what
    ``rule.decide(...).passed`` gives for the same profiles (a property test checks it on
    every rule kind); profiles with absent members are not covered (use ``decide``).
    """

    YES, NO, ABSTAIN = 0, 1, 2

    def __init__(self, rule: _RuleBase, members: Sequence[RuleMember]):
        _check_members(members)
        self.rule = rule
        self.ids = tuple(m.id for m in members)
        self._pos = {mid: k for k, mid in enumerate(self.ids)}  # for among(), made once
        columns, self._test = rule._counting(members)
        self.columns = np.asarray(columns, dtype=np.int64)

    def passes(self, totals: np.ndarray) -> np.ndarray:
        """Whether each profile, given by its ``(k, 3, d)`` totals, passes."""
        t = np.asarray(totals, dtype=np.int64)
        if t.ndim != 3 or t.shape[1:] != (3, self.columns.shape[1]):
            raise ValueError(
                f"totals must have shape (k, 3, {self.columns.shape[1]}), got {t.shape}"
            )
        return np.asarray(self._test(t), dtype=bool)

    def totals(self, codes: np.ndarray) -> np.ndarray:
        """``(k, 3, d)`` totals of ``(k, n)`` vote codes (0 yes, 1 no, 2 abstain)."""
        c = np.atleast_2d(np.asarray(codes))
        return np.stack([(c == v).astype(np.int64) @ self.columns for v in range(3)], axis=1)

    def passes_codes(self, codes: np.ndarray, chunk: int = 256) -> np.ndarray:
        """Whether each of ``(k, n)`` vote-code profiles passes, ``chunk`` rows at a time."""
        c = np.atleast_2d(np.asarray(codes))
        out = [self.passes(self.totals(c[i : i + chunk])) for i in range(0, len(c), chunk)]
        return np.concatenate(out) if out else np.zeros(0, dtype=bool)

    def among(
        self, voters: Sequence[str], abstaining: Sequence[str]
    ) -> tuple[np.ndarray, _TotalsTest]:
        """``(columns, test)`` for profiles of ``voters`` alone: one row of columns per voter
        (in that order), and ``test`` mapping their ``(k, 3, d)`` totals to pass/fail with the
        ``abstaining`` members added as abstentions (members without a stance)."""
        pos = self._pos
        cols = self.columns[[pos[m] for m in voters]].reshape(len(voters), self.columns.shape[1])
        silent = self.columns[[pos[m] for m in abstaining]].sum(axis=0)

        def test(totals: np.ndarray) -> np.ndarray:
            t = np.array(totals, dtype=np.int64, copy=True)
            t[:, 2] += silent
            return self.passes(t)

        return cols, test

    def switch_to_yes(self, codes: np.ndarray, who: Sequence[int]) -> np.ndarray:
        """For each member index in ``who``: does the profile pass once that member votes yes?"""
        codes = np.asarray(codes)
        idx = np.asarray(who, dtype=np.intp)
        base = self.totals(codes)[0]
        t = np.repeat(base[None], len(idx), axis=0)
        cols = self.columns[idx]
        t[np.arange(len(idx)), codes[idx]] -= cols
        t[:, self.YES] += cols
        return self.passes(t)


def _needed_heads(threshold: float, strict: bool, bases: np.ndarray) -> np.ndarray:
    """``max(1, _at_least(threshold, b, strict))`` for each base ``b``, computed once per value."""
    values, inverse = np.unique(bases, return_inverse=True)
    needed = np.array(
        [max(1, _at_least(threshold, int(b), strict)) for b in values], dtype=np.int64
    )
    return needed[inverse].reshape(bases.shape)


def _check_members(members: Sequence[RuleMember]) -> None:
    if not members:
        raise InputError("the body has no members", hint="add members, or check the date")
    ids = [m.id for m in members]
    if len(set(ids)) != len(ids):
        dup = sorted({i for i in ids if ids.count(i) > 1})
        raise InputError(f"duplicate members {dup}")


def _names(ids: Sequence[str], names: Mapping[str, str] | None) -> str:
    return ", ".join((names or {}).get(i, i) for i in ids)


def _tally(votes: Mapping[str, str]) -> dict[str, int]:
    t = dict.fromkeys(VOTES, 0)
    for v in votes.values():
        t[v] += 1
    return t


def _head_count_game(members: Sequence[RuleMember], quota: int) -> SimpleGame:
    ids = tuple(m.id for m in members)
    return SimpleGame(ids, np.ones((len(ids), 1), dtype=np.int64), ("members",), ((quota,),))


@functools.lru_cache(maxsize=1024)  # the same thresholds and totals for every issue
def _at_least(fraction: float, of: int, strict: bool = False) -> int:
    """Smallest integer count that is >= fraction * of (or > when strict), exactly."""
    f = Fraction(str(fraction)) * of
    if strict:
        return math.floor(f) + 1
    return math.ceil(f)


def integer_weights(values: Sequence[float], max_decimals: int = 6) -> tuple[np.ndarray, int]:
    """Scale non-negative weights to integers: ``(ints, scale)`` with ints = values * scale.

    Uses the fewest decimals that represent every value exactly (population shares with two
    decimals become hundredths); beyond ``max_decimals`` the weights are rounded.
    """
    ints, scale = _integer_weights(tuple(float(v) for v in values), max_decimals)
    return ints.copy(), scale


@functools.lru_cache(maxsize=16)
def _integer_weights(vals: tuple[float, ...], max_decimals: int) -> tuple[np.ndarray, int]:
    """:func:`integer_weights` of these values, made once: a rule counts the same members'
    weights for every issue and every blocker it tries (the array is read-only: shared)."""
    ints, scale = _scale_weights(vals, max_decimals)
    ints.flags.writeable = False
    return ints, scale


def _scale_weights(vals: tuple[float, ...], max_decimals: int) -> tuple[np.ndarray, int]:
    for v in vals:
        if not math.isfinite(v) or v < 0:
            raise InputError(f"weight {v!r} is not a finite non-negative number")
    for k in range(max_decimals + 1):
        scale = 10**k
        if all(abs(v * scale - round(v * scale)) < 1e-9 * max(1.0, v * scale) for v in vals):
            return _int64(vals, scale), scale
    scale = 10**max_decimals
    return _int64(vals, scale), scale


def _int64(vals: Sequence[float], scale: int) -> np.ndarray:
    """The scaled weights as int64, refusing totals that would overflow (sums of subsets
    are taken in int64 by the games)."""
    ints = [round(v * scale) for v in vals]
    if sum(ints) >= 2**62:
        big = max(vals)
        raise InputError(
            f"weights are too large to count exactly (the largest is {big:g}, "
            f"the total {sum(vals):g} in units of 1/{scale})",
            hint="give the weights in larger units or with fewer decimals",
        )
    return np.array(ints, dtype=np.int64)


def _member_weights(members: Sequence[RuleMember], weight: str) -> list[float]:
    missing = [m.id for m in members if weight not in m.weights]
    if missing:
        raise InputError(
            f"members {missing} have no {weight!r} weight",
            hint=f"give every member a weights.{weight} value",
        )
    return [float(m.weights[weight]) for m in members]


# --------------------------------------------------------------------------- unanimity
class Unanimity(_RuleBase):
    """Unanimity or consensus: any single objection blocks.

    ``kind: consensus`` (NATO's North Atlantic Council, OSCE) is the absence of any
    objection: members who stay silent or abstain do not block.  ``kind: unanimity``
    counts the same way by default (Art. 238(4) TFEU: abstentions of members present do
    not prevent adoption of acts requiring unanimity); set ``abstention_blocks: true`` for
    bodies where every member must say yes.  At least one member must support a proposal.
    """

    kind: Literal["unanimity", "consensus"] = "unanimity"
    abstention_blocks: bool = False

    def _count(self, votes, members, names=None):
        tally = _tally(votes)
        against = ("no", "abstain") if self.abstention_blocks else ("no",)
        objectors = [m for m, v in votes.items() if v in against]
        if objectors:
            verb = "objects" if len(objectors) == 1 else "object"
            reason = (
                f"{_names(objectors, names)} {verb}, and under {self.kind} one objection blocks"
            )
            return RuleDecision(
                passed=False, reason=reason, tally=tally, objectors=objectors, vetoes=objectors
            )
        if tally["yes"] == 0:
            return RuleDecision(passed=False, reason="no member supports the proposal", tally=tally)
        return RuleDecision(passed=True, reason=f"no member objects ({self.kind})", tally=tally)

    def game(self, members):
        return _head_count_game(members, len(members))

    def _counting(self, members):
        def test(totals):
            yes, no, abstain = totals[:, 0, 0], totals[:, 1, 0], totals[:, 2, 0]
            objection = (no > 0) | (abstain > 0) if self.abstention_blocks else no > 0
            return ~objection & (yes > 0)

        return np.ones((len(members), 1), dtype=np.int64), test

    def describe(self) -> str:
        base = (
            "consensus: any objection blocks"
            if self.kind == "consensus"
            else ("unanimity: any objection blocks")
        )
        return base + (
            "; abstention blocks too" if self.abstention_blocks else "; abstention does not block"
        )


# --------------------------------------------------------------------------- majority
class Majority(_RuleBase):
    """Simple, absolute or qualified majority of heads.

    ``threshold`` is a fraction; ``strict: true`` means "more than" (simple majority:
    threshold 0.5, strict), otherwise "at least" (two thirds: threshold 0.6667 is safer
    written as ``threshold: 0.666667`` with ``strict: false``).  ``base: members`` counts
    against all members of the body (absolute majority; abstaining and absent members
    count against in effect); ``base: votes_cast`` counts against yes + no votes only.
    """

    kind: Literal["majority"] = "majority"
    threshold: float = Field(default=0.5, gt=0, le=1)
    strict: bool = True
    base: Literal["members", "votes_cast"] = "members"

    def _count(self, votes, members, names=None):
        tally = _tally(votes)
        n_base = len(members) if self.base == "members" else tally["yes"] + tally["no"]
        needed = max(1, _at_least(self.threshold, n_base, self.strict))
        passed = tally["yes"] >= needed and n_base > 0
        against = ("no",) if self.base == "votes_cast" else ("no", "abstain", "absent")
        objectors = [m for m, v in votes.items() if v in against]
        reason = (
            f"{tally['yes']} yes of {n_base} {'members' if self.base == 'members' else 'votes cast'}"
            f"; {needed} needed"
        )
        return RuleDecision(
            passed=passed, reason=reason, tally=tally, objectors=[] if passed else objectors
        )

    def game(self, members):
        return _head_count_game(
            members, max(1, _at_least(self.threshold, len(members), self.strict))
        )

    def _counting(self, members):
        n = len(members)

        def test(totals):
            yes, no = totals[:, 0, 0], totals[:, 1, 0]
            n_base = np.full(len(totals), n, dtype=np.int64) if self.base == "members" else yes + no
            return (yes >= _needed_heads(self.threshold, self.strict, n_base)) & (n_base > 0)

        return np.ones((n, 1), dtype=np.int64), test

    def describe(self) -> str:
        rel = "more than" if self.strict else "at least"
        return f"majority: {rel} {self.threshold:.4g} of {self.base.replace('_', ' ')}"


# --------------------------------------------------------------------------- weighted
class WeightedMajority(_RuleBase):
    """Weighted majority: the yes votes' total weight must reach a quota.

    Give either ``quota`` (an absolute weight) or ``threshold`` (a fraction of the total
    weight of participating members).  Abstention counts as not-yes; absent members are
    left out of the base when the quota is a threshold.  ``strict: true`` means "more than"
    the threshold (a majority); ``base: votes_cast`` leaves abstentions out of the base too:
    the European Parliament's "majority of the votes cast" (Art. 231 TFEU) with party groups
    as weighted members.
    """

    kind: Literal["weighted_majority"] = "weighted_majority"
    weight: str = "votes"
    quota: BoundedFloat | None = Field(default=None, gt=0)
    threshold: float | None = Field(default=None, gt=0, le=1)
    strict: bool = False
    base: Literal["participants", "votes_cast"] = "participants"

    @model_validator(mode="after")
    def _one_quota(self):
        if (self.quota is None) == (self.threshold is None):
            raise ValueError("give exactly one of quota or threshold")
        return self

    def _quota_int(self, total_int: int, scale: int) -> int:
        if self.quota is not None:
            return max(1, math.ceil(Fraction(str(self.quota)) * scale))
        assert self.threshold is not None  # _one_quota: exactly one of quota and threshold
        return max(1, _at_least(self.threshold, total_int, self.strict))

    def _count(self, votes, members, names=None):
        tally = _tally(votes)
        out = ("absent", "abstain") if self.base == "votes_cast" else ("absent",)
        part = [m for m in members if votes[m.id] not in out] if self.threshold else list(members)
        ints, scale = _integer_weights(tuple(_member_weights(members, self.weight)), 6)
        by_id = dict(zip([m.id for m in members], ints.tolist()))
        total = sum(by_id[m.id] for m in part)
        yes = sum(by_id[m.id] for m in part if votes[m.id] == "yes")
        quota = self._quota_int(total, scale)
        passed = yes >= quota and yes > 0
        objectors = [m.id for m in members if votes[m.id] in ("no", "abstain")]
        reason = f"yes weight {yes / scale:g} of {total / scale:g} {self.weight}; {quota / scale:g} needed"
        return RuleDecision(
            passed=passed,
            reason=reason,
            tally=tally,
            objectors=[] if passed else objectors,
            totals={
                self.weight: {
                    "yes": yes / scale,
                    "base": total / scale,
                    "share": yes / total if total else 0.0,
                }
            },
        )

    def game(self, members):
        ints, scale = integer_weights(_member_weights(members, self.weight))
        quota = self._quota_int(int(ints.sum()), scale)
        if quota > int(ints.sum()):
            raise InputError(
                f"quota {quota / scale:g} exceeds the members' total weight {ints.sum() / scale:g}",
                hint="lower the quota",
            )
        ids = tuple(m.id for m in members)
        w = np.column_stack([np.ones(len(ids), dtype=np.int64), ints])
        return SimpleGame(ids, w, ("members", self.weight), ((1, quota),))

    def _counting(self, members):
        # every member takes part, so the base is every member (as in _count), except that
        # base: votes_cast leaves the abstainers out: then the quota follows yes + no weight
        ints, scale = integer_weights(_member_weights(members, self.weight))
        everyone = self._quota_int(int(ints.sum()), scale)
        per_profile = self.threshold is not None and self.base == "votes_cast"

        def test(totals):
            yes = totals[:, 0, 0]
            quota: int | np.ndarray = everyone
            if per_profile:
                base = yes + totals[:, 1, 0]
                values, inverse = np.unique(base, return_inverse=True)
                quotas = [self._quota_int(int(b), scale) for b in values]
                quota = np.array(quotas, dtype=np.int64)[inverse].reshape(base.shape)
            return (yes >= quota) & (yes > 0)

        return ints[:, None], test

    def describe(self) -> str:
        if self.quota is not None:
            return f"weighted majority: {self.weight} of yes votes at least {self.quota:g}"
        rel = "more than" if self.strict else "at least"
        of = "votes cast" if self.base == "votes_cast" else f"total {self.weight}"
        return f"weighted majority: {rel} {self.threshold:.4g} of {of} ({self.weight})"


# --------------------------------------------------------------------------- double majority
class DoubleMajority(_RuleBase):
    """Double majority with a blocking-minority clause: the Council of the EU's QMV.

    Adopted when at least ``member_threshold`` of the participating members (55 %, i.e. 15
    of 27) vote yes **and** they represent at least ``weight_threshold`` of the
    participating population (65 %) — **or** when fewer than ``min_blocking_members`` (4)
    members do not vote yes, since "a blocking minority must include at least four Council
    members ... otherwise the qualified majority shall be deemed attained" (Art. 16(4) TEU).
    Reinforced QMV (proposal not from the Commission): ``member_threshold: 0.72``.
    Abstention counts as a vote against ("an abstention under qualified majority voting
    counts as a vote against"); absent (non-participating) members leave the base.
    """

    kind: Literal["double_majority"] = "double_majority"
    member_threshold: float = Field(default=0.55, gt=0, le=1)
    weight: str = "population"
    weight_threshold: float = Field(default=0.65, gt=0, le=1)
    min_blocking_members: int = Field(default=4, ge=0)

    def _quotas(self, n: int, total_int: int) -> tuple[int, int, int]:
        members_q = _at_least(self.member_threshold, n)
        weight_q = _at_least(self.weight_threshold, total_int)
        # fewer than min_blocking_members against <=> at least n - min_blocking + 1 in favour
        deemed_q = n - self.min_blocking_members + 1 if self.min_blocking_members > 0 else n + 1
        # some member must vote yes for anything to pass
        return max(1, members_q), weight_q, max(1, deemed_q)

    def _count(self, votes, members, names=None):
        tally = _tally(votes)
        part = [m for m in members if votes[m.id] != "absent"]
        if not part:
            return RuleDecision(passed=False, reason="no member takes part", tally=tally)
        ints, scale = integer_weights(_member_weights(part, self.weight))
        yes_mask = np.array([votes[m.id] == "yes" for m in part])
        n, total = len(part), int(ints.sum())
        yes_n, yes_w = int(yes_mask.sum()), int(ints[yes_mask].sum())
        members_q, weight_q, deemed_q = self._quotas(n, total)
        double = yes_n >= members_q and yes_w >= weight_q
        deemed = yes_n >= deemed_q and yes_n > 0
        passed = double or deemed
        against = [m.id for m in part if votes[m.id] != "yes"]
        share = yes_w / total if total else 0.0
        if double:
            reason = (
                f"{yes_n} of {n} members ({members_q} needed) with {share:.2%} of "
                f"{self.weight} ({self.weight_threshold:.0%} needed)"
            )
        elif deemed:
            reason = (
                f"only {len(against)} against, fewer than the {self.min_blocking_members} "
                "a blocking minority needs: qualified majority deemed attained"
            )
        else:
            parts = []
            if yes_n < members_q:
                parts.append(f"{yes_n} of {n} members in favour, {members_q} needed")
            if yes_w < weight_q:
                parts.append(
                    f"{share:.2%} of {self.weight} in favour, {self.weight_threshold:.0%} needed"
                )
            reason = "; ".join(parts) + f"; blocking minority of {len(against)} members"
        return RuleDecision(
            passed=passed,
            reason=reason,
            tally=tally,
            objectors=[] if passed else against,
            totals={self.weight: {"yes": yes_w / scale, "base": total / scale, "share": share}},
        )

    def game(self, members):
        ints, _ = integer_weights(_member_weights(members, self.weight))
        n, total = len(members), int(ints.sum())
        members_q, weight_q, deemed_q = self._quotas(n, total)
        ids = tuple(m.id for m in members)
        w = np.column_stack([np.ones(n, dtype=np.int64), ints])
        clauses = [(members_q, weight_q)]
        if deemed_q <= n:
            clauses.append((deemed_q, 0))
        return SimpleGame(ids, w, ("members", self.weight), tuple(clauses))

    def _counting(self, members):
        # every member takes part: the weights are scaled over all of them (as in _count)
        ints, _ = integer_weights(_member_weights(members, self.weight))
        n = len(members)
        members_q, weight_q, deemed_q = self._quotas(n, int(ints.sum()))

        def test(totals):
            yes_n, yes_w = totals[:, 0, 0], totals[:, 0, 1]
            return ((yes_n >= members_q) & (yes_w >= weight_q)) | (
                (yes_n >= deemed_q) & (yes_n > 0)
            )

        return np.column_stack([np.ones(n, dtype=np.int64), ints]), test

    def describe(self) -> str:
        return (
            f"double majority: {self.member_threshold:.0%} of members and "
            f"{self.weight_threshold:.0%} of {self.weight}; a blocking minority needs "
            f"{self.min_blocking_members} members; abstention counts against"
        )


# --------------------------------------------------------------------------- triple majority
class TripleMajority(_RuleBase):
    """Weighted votes cast by enough members, with a population check on request: the
    qualified majority of the Treaty of Nice, the Council of the EU's until 31 October 2014.

    Art. 205(2) and (4) EC (as replaced by Art. 10 of the 2005 Act of Accession for the
    EU-27, in force 1 January 2007) and, from 1 December 2009 to 31 October 2014, Art. 3(3) of
    Protocol No 36 on transitional provisions (as replaced by Art. 20 of the 2012 Act of
    Accession for the EU-28, from 1 July 2013): an act is adopted when

    * the votes in favour weigh at least ``quota`` (255 of 345 in the EU-27, 260 of 352 in
      the EU-28) in the ``weight`` (``votes``), **and**
    * they are cast by ``of_members`` of the members: ``majority`` (more than half: 14 of 27,
      15 of 28) where the act is on a Commission proposal, ``two_thirds`` (at least two
      thirds: 18 of 27, 19 of 28) in other cases, **and**
    * when ``population_threshold`` is given (0.62: the check "a member of the Council may
      request"), the members in favour represent at least that share of the members' total
      ``population_weight``.

    The quota, the members and the population are those of the whole Council, not of the
    members taking part: a no, an abstention and an absence all count as not in favour.
    (Protocol No 36, Art. 3(4), scales the thresholds where the Treaties leave some members
    out of a vote, as in enhanced cooperation; give such a vote its own members and quota.)
    """

    kind: Literal["triple_majority"] = "triple_majority"
    weight: str = "votes"
    quota: int = Field(ge=1, description="weighted votes needed in favour (255 EU-27, 260 EU-28)")
    of_members: Literal["majority", "two_thirds"] = Field(
        default="majority",
        description="members who must vote yes: more than half (on a Commission proposal) or "
        "at least two thirds (other acts)",
    )
    population_threshold: float | None = Field(
        default=None,
        gt=0,
        le=1,
        description="share of the total population the members in favour must represent, "
        "when a member requests the check (0.62); none: not requested",
    )
    population_weight: str = "population"

    def member_quota(self, n: int) -> int:
        """Members who must vote yes out of ``n``."""
        # more than half: n // 2 + 1 (14 of 27, 15 of 28); two thirds: ceil(2n / 3) (18, 19)
        return n // 2 + 1 if self.of_members == "majority" else -(-2 * n // 3)

    def _columns(self, members: Sequence[RuleMember]) -> tuple[np.ndarray, tuple[int, ...]]:
        """``(n, d)`` columns (heads, votes, and population when checked) and their quotas."""
        votes, scale = integer_weights(_member_weights(members, self.weight))
        cols = [np.ones(len(members), dtype=np.int64), votes]
        quotas = [self.member_quota(len(members)), self.quota * scale]
        if self.population_threshold is not None:
            pop, _ = integer_weights(_member_weights(members, self.population_weight))
            cols.append(pop)
            quotas.append(max(1, _at_least(self.population_threshold, int(pop.sum()))))
        return np.column_stack(cols), tuple(quotas)

    def _count(self, votes, members, names=None):
        tally = _tally(votes)
        cols, quotas = self._columns(members)
        yes_mask = np.array([votes[m.id] == "yes" for m in members])
        yes, total = cols[yes_mask].sum(axis=0), cols.sum(axis=0)
        met = [int(y) >= q for y, q in zip(yes, quotas)]
        passed = all(met) and int(yes[0]) > 0
        _, scale = integer_weights(_member_weights(members, self.weight))
        n = len(members)
        # one part per column, in the columns' order: heads, votes, population
        parts = [
            f"{int(yes[0])} of {n} members in favour ({quotas[0]} needed)",
            (
                f"{int(yes[1]) / scale:g} of {int(total[1]) / scale:g} {self.weight} "
                f"({quotas[1] / scale:g} needed)"
            ),
        ]
        totals = {
            self.weight: {
                "yes": int(yes[1]) / scale,
                "base": int(total[1]) / scale,
                "share": int(yes[1]) / int(total[1]) if total[1] else 0.0,
            }
        }
        if self.population_threshold is not None:
            _, pscale = integer_weights(_member_weights(members, self.population_weight))
            share = int(yes[2]) / int(total[2]) if total[2] else 0.0
            parts.append(
                f"{share:.2%} of {self.population_weight} ({self.population_threshold:.0%} needed)"
            )
            totals[self.population_weight] = {
                "yes": int(yes[2]) / pscale,
                "base": int(total[2]) / pscale,
                "share": share,
            }
        if passed:
            reason = "; ".join(parts)
        else:  # the criteria not met (or, with nobody in favour, the head count)
            reason = "; ".join(p for p, ok in zip(parts, met) if not ok) or parts[0]
        objectors = [m.id for m in members if votes[m.id] != "yes"]
        return RuleDecision(
            passed=passed,
            reason=reason,
            tally=tally,
            objectors=[] if passed else objectors,
            totals=totals,
        )

    def game(self, members):
        cols, quotas = self._columns(members)
        total = cols.sum(axis=0)
        if quotas[1] > int(total[1]):
            _, scale = integer_weights(_member_weights(members, self.weight))
            raise InputError(
                f"quota {self.quota} exceeds the members' total {self.weight} "
                f"{int(total[1]) / scale:g}",
                hint="lower the quota, or check the members and their weights on the date",
            )
        labels = ["members", self.weight]
        if self.population_threshold is not None:
            labels.append(self.population_weight)
        ids = tuple(m.id for m in members)
        return SimpleGame(ids, cols, tuple(labels), (tuple(max(1, q) for q in quotas),))

    def _counting(self, members):
        cols, quotas = self._columns(members)
        q = np.array(quotas, dtype=np.int64)

        def test(totals):
            yes = totals[:, 0, :]
            return (yes >= q).all(axis=1) & (yes[:, 0] > 0)

        return cols, test

    def describe(self) -> str:
        who = "a majority" if self.of_members == "majority" else "at least two thirds"
        text = f"weighted votes: at least {self.quota} {self.weight} in favour, cast by {who} of the members"
        if self.population_threshold is not None:
            text += (
                f", representing at least {self.population_threshold:.0%} of the "
                f"{self.population_weight} (checked on a member's request)"
            )
        return text + "; abstention and absence count as not in favour"


# --------------------------------------------------------------------------- veto majority
class VetoMajority(_RuleBase):
    """A quota of yes votes and no negative vote from a veto holder: the UN Security Council.

    Substantive decisions need ``quota`` (9) affirmative votes "including the concurring
    votes of the permanent members" (Art. 27(3) UN Charter); by settled practice a
    permanent member's **abstention is not a veto** — only its negative vote is.  Veto
    holders are the members tagged ``veto_tag`` (``permanent``).
    """

    kind: Literal["veto_majority"] = "veto_majority"
    quota: int = Field(default=9, ge=1)
    veto_tag: str = "permanent"

    def _holders(self, members) -> list[str]:
        return [m.id for m in members if self.veto_tag in m.tags]

    def _count(self, votes, members, names=None):
        tally = _tally(votes)
        holders = set(self._holders(members))
        vetoes = [m for m, v in votes.items() if v == "no" and m in holders]
        enough = tally["yes"] >= self.quota
        passed = enough and not vetoes
        parts = [f"{tally['yes']} yes, {self.quota} needed"]
        if vetoes:
            parts.append(f"vetoed by {_names(vetoes, names)}")
        objectors = [m for m, v in votes.items() if v in ("no", "abstain", "absent")]
        return RuleDecision(
            passed=passed,
            reason="; ".join(parts),
            tally=tally,
            objectors=[] if passed else objectors,
            vetoes=vetoes,
        )

    def game(self, members):
        if self.quota > len(members):
            raise InputError(f"quota {self.quota} exceeds the {len(members)} members")
        ids = tuple(m.id for m in members)
        holders = set(self._holders(members))
        perm = np.array([1 if i in holders else 0 for i in ids], dtype=np.int64)
        w = np.column_stack([np.ones(len(ids), dtype=np.int64), perm])
        return SimpleGame(ids, w, ("members", self.veto_tag), ((self.quota, int(perm.sum())),))

    def _counting(self, members):
        holders = set(self._holders(members))
        perm = np.array([1 if m.id in holders else 0 for m in members], dtype=np.int64)

        def test(totals):
            return (totals[:, 0, 0] >= self.quota) & (totals[:, 1, 1] == 0)

        return np.column_stack([np.ones(len(members), dtype=np.int64), perm]), test

    def describe(self) -> str:
        return (
            f"{self.quota} affirmative votes and no negative vote of a {self.veto_tag} "
            "member (abstention is not a veto)"
        )


Rule = Annotated[
    Unanimity | Majority | WeightedMajority | DoubleMajority | TripleMajority | VetoMajority,
    Field(discriminator="kind"),
]
