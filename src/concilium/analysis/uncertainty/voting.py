"""Decision rules counted for many vote profiles at once.

The rules of :mod:`concilium.rules` count one vote (a mapping member -> yes/no/abstain/
absent).  A simulation needs the same count for thousands of draws; this module compiles a
rule and the body's members into a :class:`VectorRule` that counts a whole ``(draws,
members)`` array of vote codes in one numpy pass, with exactly the rule's own reading of
abstention and absence (documented on each rule class), and with the same integer weights
and exact (``fractions.Fraction``) quotas.  The property tests check it against
``Rule.decide`` on random profiles for every built-in body.

Vote codes: ``YES = 0``, ``NO = 1``, ``ABSTAIN = 2``, ``ABSENT = 3``.

Blocking, per draw and member, when the proposal fails:

* **pivotal** (the ``blockers`` of :class:`~concilium.rules.RuleDecision`): the member
  counts against the proposal, and had it alone voted yes the proposal would have passed;
* **veto**: the member counts against the proposal, and its vote alone is enough to stop
  it (with every other member voting yes it would still fail).

A member *blocks* in a draw when it is pivotal or holds a veto there.  Under consensus
every objector blocks; under qualified majority nobody blocks alone, but a member can be
pivotal.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from fractions import Fraction

import numpy as np

from concilium.rules import (
    DoubleMajority,
    Majority,
    TripleMajority,
    Unanimity,
    VetoMajority,
    WeightedMajority,
    _at_least,
    _member_weights,
    integer_weights,
)

__all__ = ["ABSENT", "ABSTAIN", "CODES", "NO", "YES", "VectorRule", "compile_rule"]

YES, NO, ABSTAIN, ABSENT = 0, 1, 2, 3
CODES = ("yes", "no", "abstain", "absent")


def _ceil_frac(frac: Fraction, total: np.ndarray) -> np.ndarray:
    """ceil(frac * total), exactly, for an integer array ``total``."""
    p, q = frac.numerator, frac.denominator
    return -((-p * total) // q)


@dataclass(frozen=True, eq=False)
class VectorRule:
    """A rule compiled for one list of members; see the module docstring."""

    rule: object
    member_ids: tuple[str, ...]
    kind: str
    # integer weights (head count for rules without weights); (m, d) for a rule with several
    # weight columns (TripleMajority: votes, and population when checked)
    ints: np.ndarray
    holders: np.ndarray  # bool: veto holders (VetoMajority)
    scale: int = 1  # integer weights = weights * scale

    @property
    def m(self) -> int:
        return len(self.member_ids)

    # ------------------------------------------------------------------ counting
    def tallies(self, codes: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Per profile: head counts ``(..., 4)`` and integer weights ``(..., 4)`` by vote code,
        and the number of veto holders voting no ``(...)``: all a rule's count depends on."""
        c = np.asarray(codes)
        onehot = c[..., None] == np.arange(4)
        counts = onehot.sum(-2)
        if self.ints.ndim == 2:  # several weight columns: wsum is (..., 4, d)
            wsum = (onehot[..., None] * self.ints[:, None, :]).sum(-3)
        else:
            wsum = (onehot * self.ints[:, None]).sum(-2)
        hno = ((c == NO) & self.holders).sum(-1)
        return counts, wsum, hno

    def passes(self, codes: np.ndarray) -> np.ndarray:
        """Whether each profile passes: ``codes`` is ``(..., m)`` int, the result ``(...)``."""
        return self.passes_tallies(*self.tallies(codes))

    def passes_tallies(self, counts, wsum, hno) -> np.ndarray:
        """:meth:`passes` from :meth:`tallies` (so that one member's switch is a cheap update)."""
        r = self.rule
        n_yes = counts[..., YES]
        if isinstance(r, Unanimity):
            against = counts[..., NO] + (counts[..., ABSTAIN] if r.abstention_blocks else 0)
            return (against == 0) & (n_yes > 0)
        if isinstance(r, Majority):
            if r.base == "members":
                n_base = np.full(np.shape(n_yes), self.m)
            else:
                n_base = n_yes + counts[..., NO]
            frac = Fraction(str(r.threshold))
            if r.strict:
                needed = (frac.numerator * n_base) // frac.denominator + 1
            else:
                needed = _ceil_frac(frac, n_base)
            needed = np.maximum(1, needed)
            return (n_yes >= needed) & (n_base > 0)
        if isinstance(r, WeightedMajority):
            y = wsum[..., YES]
            if r.quota is not None:
                quota = max(1, math.ceil(Fraction(str(r.quota)) * self.scale))
                return (y >= quota) & (y > 0)
            if r.base == "votes_cast":  # abstentions leave the base too (rules.py)
                total = wsum[..., YES] + wsum[..., NO]
            else:
                total = wsum[..., :ABSENT].sum(-1)  # absent members leave the base
            wfrac = Fraction(str(r.threshold))
            if r.strict:
                wneeded = (wfrac.numerator * total) // wfrac.denominator + 1
            else:
                wneeded = _ceil_frac(wfrac, total)
            quota_arr = np.maximum(1, wneeded)
            return (y >= quota_arr) & (y > 0)
        if isinstance(r, DoubleMajority):
            n = counts[..., :ABSENT].sum(-1)
            total = wsum[..., :ABSENT].sum(-1)
            yes_w = wsum[..., YES]
            members_q = np.maximum(1, _ceil_frac(Fraction(str(r.member_threshold)), n))
            weight_q = _ceil_frac(Fraction(str(r.weight_threshold)), total)
            mb = r.min_blocking_members
            deemed_q = np.maximum(1, n - mb + 1 if mb > 0 else n + 1)
            double = (n_yes >= members_q) & (yes_w >= weight_q)
            deemed = (n_yes >= deemed_q) & (n_yes > 0)
            return (double | deemed) & (n > 0)
        if isinstance(r, TripleMajority):
            # the whole body's quotas: absent and abstaining members weigh as a no
            yes_w = wsum[..., YES, :]
            ok = (n_yes >= r.member_quota(self.m)) & (yes_w[..., 0] >= r.quota * self.scale)
            if r.population_threshold is not None:
                total = int(self.ints[:, 1].sum())
                ok &= yes_w[..., 1] >= max(1, _at_least(r.population_threshold, total))
            return ok & (n_yes > 0)
        if isinstance(r, VetoMajority):
            return (n_yes >= r.quota) & (hno == 0)
        raise TypeError(f"no vectorised count for rule {type(r).__name__}")

    def objects(self, codes: np.ndarray) -> np.ndarray:
        """Which members count against the proposal (the rule's ``objectors``)."""
        c = np.asarray(codes)
        r = self.rule
        if isinstance(r, Unanimity):
            return (c == NO) | ((c == ABSTAIN) if r.abstention_blocks else False)
        if isinstance(r, Majority):
            return (c == NO) if r.base == "votes_cast" else (c != YES)
        if isinstance(r, (WeightedMajority, DoubleMajority)):
            return (c == NO) | (c == ABSTAIN)
        return c != YES  # VetoMajority, TripleMajority

    def blocking(self, codes: np.ndarray, passed: np.ndarray | None = None):
        """``(pivotal, veto)`` boolean arrays shaped like ``codes`` (see the module docstring)."""
        c = np.asarray(codes)
        if passed is None:
            passed = self.passes(c)
        objecting = self.objects(c) & ~passed[..., None]
        m = self.m
        # pivotal: member k alone switches to yes -- a cheap update of the tallies, (..., m)
        counts, wsum, hno = self.tallies(c)
        onehot = c[..., None] == np.arange(4)  # (..., m, 4)
        to_yes = np.zeros(4, dtype=np.int64)
        to_yes[YES] = 1
        counts_k = counts[..., None, :] - onehot + to_yes
        if self.ints.ndim == 2:  # (..., m, 4, d)
            wsum_k = wsum[..., None, :, :] + (to_yes - onehot)[..., None] * self.ints[:, None, :]
        else:
            wsum_k = wsum[..., None, :] + (to_yes - onehot) * self.ints[:, None]
        hno_k = hno[..., None] - ((c == NO) & self.holders)
        pivotal = objecting & self.passes_tallies(counts_k, wsum_k, hno_k)
        # veto: everyone else yes, k keeps its vote; depends only on (k, code)
        idx = np.arange(m)
        alone = np.zeros((m, 4), dtype=bool)
        for code in range(4):
            prof = np.full((m, m), YES, dtype=np.int8)
            prof[idx, idx] = code
            alone[:, code] = ~self.passes(prof)
        veto = objecting & alone[idx, c]
        return pivotal, veto

    def decide_codes(self, codes: Sequence[int]) -> bool:
        """One profile (for tests and small searches)."""
        return bool(self.passes(np.asarray(codes)[None, :])[0])


def compile_rule(rule, members: Sequence) -> VectorRule:
    """Compile ``rule`` for ``members`` (``concilium.bodies.Member`` objects, body order)."""
    ids = tuple(m.id for m in members)
    n = len(ids)
    scale = 1
    ints = np.ones(n, dtype=np.int64)
    holders = np.zeros(n, dtype=bool)
    if isinstance(rule, (WeightedMajority, DoubleMajority)):
        ints, scale = integer_weights(_member_weights(members, rule.weight))
        ints = ints.astype(np.int64)
    if isinstance(rule, TripleMajority):
        votes, scale = integer_weights(_member_weights(members, rule.weight))
        cols = [votes]
        if rule.population_threshold is not None:
            cols.append(integer_weights(_member_weights(members, rule.population_weight))[0])
        ints = np.column_stack(cols).astype(np.int64)
    if isinstance(rule, VetoMajority):
        holders = np.array([rule.veto_tag in m.tags for m in members], dtype=bool)
    return VectorRule(
        rule=rule,
        member_ids=ids,
        kind=getattr(rule, "kind", ""),
        ints=ints,
        holders=holders,
        scale=scale,
    )
