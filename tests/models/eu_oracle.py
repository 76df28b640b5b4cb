"""A straightforward per-dyad loop implementation of the expected-utility model: the test oracle.

It mirrors the pseudocode of the reference specification (``expected-utility.md`` §5 for variant
S, §3.2/§3.5 for variant M) statement by statement, with plain Python floats and loops and no
numpy, so that it can be read against the spec line by line.  The vectorised model in
:mod:`concilium.models.expected_utility` must agree with it (see ``test_expected_utility_oracle``).

Floating-point evaluation order follows the public reference codes (left to right, the same
grouping of sub-expressions, sequential sums over actors in input order), so on a given platform
this oracle reproduces those codes bit for bit; the vectorised model sums in a different order
and agrees to round-off.  Sums are explicit loops so the result does not depend on the Python
version (``sum`` of floats is compensated from Python 3.12 on).

Cost: O(n^3) per phase (the vote denominator V_all is the spec's triple sum, cached per phase,
and every dyad's numerator sums over all voters).  Only for small n.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

__all__ = ["OracleRound", "OracleRun", "run_oracle"]


@dataclass
class OracleRound:
    """What happened in one round (round numbers start at 1)."""

    danger: list[float]
    risk: list[float]
    # (i, j) -> (a, b, kind, candidate) for every ordered pair the actors considered
    offers: dict[tuple[int, int], tuple[float, float, str, float]] = field(default_factory=dict)
    # i -> (j, kind) of the offer i acted on; absent if i stayed
    chosen: dict[int, tuple[int, str]] = field(default_factory=dict)
    # smallest distance of a decision quantity from its threshold (ill-conditioned if tiny)
    margin: float = float("inf")


@dataclass
class OracleRun:
    positions: list[list[float]]  # round 0 = input
    medians: list[float]
    means: list[float]
    rounds: list[OracleRound]


HALF_TOLERANCE = 1e-12  # the project's tie rule for "reaches half" (concilium.stats docstring)


def weighted_median(x: list[float], w: list[float]) -> float:
    """Smallest x whose cumulative weight (sorted by x) is at least half the total (§3.7).

    "At least half" is read with the project's documented tie rule (``concilium.stats``): a
    cumulative weight within a relative 1e-12 of half the total counts as half, so weights
    meant to split exactly in two (saliences 6 + 3 against 9, times one capability) give the
    lower median whatever the rounding of the products.  A strict float comparison here made
    the oracle, not the model, depart from the equations on such exact splits (hypothesis
    counterexample: positions 0, 1, 0, 0, 0, saliences 0, 9, 6, 0, 3, q = 0.5).
    """
    order = sorted(range(len(x)), key=lambda k: x[k])
    total = 0.0
    for k in order:
        total += w[k]
    if not total > 0:
        return float("nan")  # no weight: undefined (the model's documented result)
    cum = 0.0
    for k in order:
        cum += w[k]
        if 2.0 * cum >= total * (1 - 2 * HALF_TOLERANCE):
            return x[k]
    return float("nan")


def weighted_mean(x: list[float], w: list[float]) -> float:
    top = 0.0
    bottom = 0.0
    for k in range(len(x)):
        top += w[k] * x[k]
        bottom += w[k]
    return top / bottom if bottom > 0 else float("nan")


class _State:
    """The model's state within one round: positions and everything the formulas read."""

    def __init__(self, x, c, s, w, dlt, q, t, mu, probability):
        self.x, self.c, self.s, self.w = x, c, s, w
        self.dlt, self.q, self.t, self.mu, self.probability = dlt, q, t, mu, probability
        self.vote_margin = float("inf")  # smallest |d(k, j) - d(k, i)| / Δ of a weighted voter

    def vote(self, k, a, b, r):
        """Voter k's vote for position a over position b (S, §3.2), with the voter's own r."""
        x, dlt = self.x, self.dlt
        dist_b = (abs(x[k] - b) / dlt) ** r[k]
        dist_a = (abs(x[k] - a) / dlt) ** r[k]
        return self.c[k] * self.s[k] * (dist_b - dist_a)

    def prob_table(self, r):
        """P[i][j] = probability that i prevails over j (§3.2)."""
        x, w = self.x, self.w
        n = len(x)
        P = [[0.0] * n for _ in range(n)]
        if self.probability == "scholz":
            vall = 0.0  # the triple sum over all voters and ordered pairs of actors
            for k in range(n):
                for m in range(n):
                    for nn in range(n):
                        vall += abs(self.vote(k, x[m], x[nn], r))
            for i in range(n):
                for j in range(n):
                    if x[i] == x[j] or vall == 0.0:
                        continue
                    top = 0.0
                    for k in range(n):
                        top += max(0.0, self.vote(k, x[i], x[j], r))
                    P[i][j] = top / vall
        else:  # "masad" (clipped net vote) or "paper" (positive votes), pair-normalised
            for i in range(n):
                for j in range(n):
                    if x[i] == x[j]:
                        continue
                    net = 0.0
                    pos = 0.0
                    bottom = 0.0
                    for k in range(n):
                        dd = abs(x[k] - x[j]) - abs(x[k] - x[i])
                        if dd != 0.0 and w[k] > 0:
                            # a voter (all but) equidistant from x_i and x_j: which side it is
                            # on is round-off (the model tests it against the midpoint), and
                            # with a pair-normalised denominator that can decide P outright
                            self.vote_margin = min(self.vote_margin, abs(dd) / self.dlt)
                        net += w[k] * dd
                        if dd > 0:
                            pos += w[k] * dd
                        bottom += w[k] * abs(dd)
                    if bottom == 0.0:
                        continue
                    top = max(0.0, net) if self.probability == "masad" else pos
                    P[i][j] = top / bottom
        return P

    def eu(self, i, j, rp, P):
        """EU of i challenging j with utilities at exponent rp (§3.3), target salience s_j."""
        x, s, dlt, q, t = self.x, self.s, self.dlt, self.q, self.t
        p = P[i][j]
        us = 2 - 4 * (0.5 - 0.5 * abs(x[i] - x[j]) / dlt) ** rp
        uf = 2 - 4 * (0.5 + 0.5 * abs(x[i] - x[j]) / dlt) ** rp
        usq = 2 - 4 * (0.5**rp)
        value = s[j] * (p * us + (1 - p) * uf) + (1 - s[j]) * us - q * usq
        if q != 1.0:
            dd = abs(x[i] - x[j]) / dlt
            dmu = abs(x[i] - self.mu) / dlt
            ub = 2 - 4 * (0.5 - 0.25 * (dmu + dd)) ** rp
            uw = 2 - 4 * (0.5 + 0.25 * (dmu + dd)) ** rp
            value = value - (1 - q) * (t * ub + (1 - t) * uw)
        return value


def run_oracle(
    positions,
    capabilities,
    saliences,
    *,
    rounds: int = 10,
    variant: str = "scholz",
    q: float = 1.0,
    t: float = 1.0,
    delta: float | None = None,
    capitulation: bool | None = None,
    compromise_choice: str | None = None,
    probability: str | None = None,
) -> OracleRun:
    """Run the model for one issue; ``saliences`` on the 0..100 scale (divided by 100 here)."""
    x = [float(v) for v in positions]
    c = [float(v) for v in capabilities]
    s = [float(v) / 100.0 for v in saliences]
    n = len(x)
    if capitulation is None:
        capitulation = variant == "masad"
    if compromise_choice is None:
        compromise_choice = "smallest_key"
    if probability is None:
        probability = variant
    rng = max(x) - min(x)
    dlt = float(delta) if delta is not None else rng
    if dlt == 0.0:
        dlt = 1.0  # every distance is 0, so any range gives d = 0

    w = [c[k] * s[k] for k in range(n)]
    run = OracleRun([list(x)], [weighted_median(x, w)], [weighted_mean(x, w)], [])

    for _ in range(rounds):
        mu = weighted_median(x, w)
        if math.isnan(mu):  # no weight at all: the plain median stands in for mu
            xs = sorted(x)
            mu = (xs[(n - 1) // 2] + xs[n // 2]) / 2

        st = _State(x, c, s, w, dlt, q, t, mu, probability)
        prob_table = st.prob_table
        eu = st.eu

        # risk step (§3.4): dangers with every r = 1
        ones = [1.0] * n
        P1 = prob_table(ones)
        D = []
        for i in range(n):
            total = 0.0
            for j in range(n):
                if j != i:
                    total += eu(j, i, 1.0, P1)
            D.append(total)
        dmax, dmin = max(D), min(D)
        margin = dmax - dmin if dmax != dmin else float("inf")
        r = []
        for i in range(n):
            R = 0.0 if dmax == dmin else (2 * D[i] - dmax - dmin) / (dmax - dmin)
            r.append((1 - R / 3.0) / (1 + R / 3.0))
        rec = OracleRound(danger=D, risk=list(r))

        P = prob_table(r) if probability == "scholz" else P1
        new = list(x)
        if variant == "scholz":
            for i in range(n):
                conf, comp, capit = [], [], []  # (key, j, candidate)
                for j in range(n):
                    if x[j] == x[i]:
                        continue
                    a = eu(i, j, r[i], P)
                    b = eu(j, i, r[i], P)
                    margin = min(margin, abs(b - a), abs(a), abs(b), abs(b - abs(a)))
                    if b > a > 0:
                        kind, cand = "confrontation", x[j]
                        conf.append((abs(x[i] - x[j]), j, cand))
                    elif b > 0 > a and b > abs(a):
                        kind = "compromise"
                        cand = x[i] + (x[j] - x[i]) * abs(a / b)
                        if compromise_choice == "least_movement":
                            key = abs(x[i] - cand)
                        else:
                            key = (abs(a) * x[i] + abs(b) * x[j]) / (abs(a) + abs(b))
                        comp.append((key, j, cand))
                    elif b > 0 > a and b < abs(a):
                        kind, cand = "capitulation", x[j]
                        if capitulation:
                            capit.append((abs(x[i] - x[j]), j, cand))
                        else:
                            kind = "capitulation (ignored)"
                    else:
                        continue
                    rec.offers[(i, j)] = (a, b, kind, cand)
                for group, kind in (
                    (conf, "confrontation"),
                    (comp, "compromise"),
                    (capit, "capitulation"),
                ):
                    if group:
                        best = group[0]
                        for cand in group[1:]:
                            if cand[0] < best[0]:  # ties: first in input order
                                best = cand
                        for cand in group:
                            if cand is not best and cand[2] != best[2]:
                                # a near-tie between offers that lead to different positions
                                margin = min(margin, abs(cand[0] - best[0]))
                        new[i] = best[2]
                        rec.chosen[i] = (best[1], kind)
                        break
        else:  # masad: offers (x_j, EU(j->i; r_j)) sent when positive
            A = [[eu(i, j, r[i], P) if i != j else 0.0 for j in range(n)] for i in range(n)]
            for i in range(n):
                offers = [j for j in range(n) if j != i and A[j][i] > 0]
                for j in range(n):
                    if j != i and x[j] != x[i]:
                        ui, uj = A[i][j], A[j][i]
                        margin = min(margin, abs(uj), abs(ui), abs(uj - ui), abs(uj - abs(ui)))
                if not offers:
                    continue
                best_u = max(A[j][i] for j in offers)
                for j in offers:
                    if A[j][i] != best_u and x[j] != x[i]:
                        margin = min(margin, best_u - A[j][i])
                tied = [j for j in offers if A[j][i] == best_u]
                js = tied[0]
                for j in tied[1:]:
                    if abs(x[i] - x[j]) < abs(x[i] - x[js]):
                        js = j
                ui, uj = A[i][js], A[js][i]
                if 0 < ui < uj:
                    kind, cand = "confrontation", x[js]
                elif ui < 0 and abs(ui) < uj:
                    kind, cand = "compromise", x[i] + (x[js] - x[i]) * abs(ui / uj)
                elif ui < 0 and abs(ui) > uj and capitulation:
                    kind, cand = "capitulation", x[js]
                else:
                    continue
                rec.offers[(i, js)] = (ui, uj, kind, cand)
                rec.chosen[i] = (js, kind)
                new[i] = cand
        rec.margin = min(margin, st.vote_margin)
        x = new
        run.positions.append(list(x))
        run.medians.append(weighted_median(x, w))
        run.means.append(weighted_mean(x, w))
        run.rounds.append(rec)
    return run
