r"""Bueno de Mesquita's expected-utility ("group decision") model, vectorised with numpy.

Citation
--------
Scholz, J. B., Calbert, G. J. and Smith, G. A. (2011). "Unravelling Bueno De Mesquita's group
decision model". *Journal of Theoretical Politics* 23(4) (conference version: ICAART 2011).  The model is Bueno de Mesquita's (1994, 1997); the EC emission-standards example is
BDM (1994, p. 78), reprinted as Scholz et al. Table 1.  Section labels (§3.1-§3.8) below are the
steps of the model as docs/models/expected-utility.md sets them out ("Equations"), which
reconstruct the paper's equations from the public replications (jmckib/dmasad ``bdm_scholz_model.py`` = variant S, Masad's
``GroupDecisionModel.py`` = variant M) with test vectors; ``docs/models/expected-utility.md``
is the theory page.

Inputs (one issue; every array here is also accepted with a leading issue axis)
------------------------------------------------------------------------------
Actors :math:`i = 1..n` with position :math:`x_i`, capability :math:`c_i \ge 0` and salience
:math:`s_i` given on 0..100 and used as :math:`s_i/100 \in [0, 1]` (a probability).
:math:`\Delta = \max_i x_i - \min_i x_i` of the *initial* positions, fixed
for the run (docs/models/expected-utility.md, "Inputs").
Weights :math:`w_i = c_i s_i`.  Q = 1 by default (the status quo persists if nobody challenges).

Equations
---------
(§3.1) Basic utilities with distance :math:`d = |x_i - x_j| / \Delta` and risk exponent r::

    U_s  = 2 - 4 (1/2 - d/2)^r          success of i's challenge of j
    U_f  = 2 - 4 (1/2 + d/2)^r          failure
    U_sq = 2 - 4 (1/2)^r                status quo
    U_b  = 2 - 4 (1/2 - (d_mu + d)/4)^r  better without a challenge (only if Q < 1)
    U_w  = 2 - 4 (1/2 + (d_mu + d)/4)^r  worse  (d_mu = |x_challenger - mu| / Delta)

(§3.2) Probability that i prevails over j (0 when :math:`x_i = x_j` exactly):

* S (default)::

      v_k(a, b) = w_k [ (|x_k - b|/Delta)^{r_k} - (|x_k - a|/Delta)^{r_k} ]
      P(i over j) = sum_k max(0, v_k(x_i, x_j)) / V_all,
      V_all = sum_k sum_m sum_n |v_k(x_m, x_n)|

  with *the voter's own* current :math:`r_k`.  V_all does not depend on (i, j); it is computed
  once per phase in O(n^2 log n) (sorting each voter's utilities), not by the O(n^5) triple sum.
* M: with :math:`\delta_k = |x_k - x_j| - |x_k - x_i|`,
  ``P = max(0, sum_k w_k delta_k) / sum_k w_k |delta_k|`` (clipped net vote).
* ``probability="paper"`` (the paper's printed formula, Masad's screenshot ``Prob.png``):
  ``P = sum_{delta_k > 0} w_k delta_k / sum_k w_k |delta_k|``.

  Numerators for all dyads are prefix sums over the voters sorted by position: in one dimension
  the voters who prefer :math:`x_i` to :math:`x_j` are those on :math:`x_i`'s side of the
  midpoint, whatever their (monotone) utility.

(§3.3) Expected utility of i challenging j, seen with exponent :math:`r_p`, target salience
:math:`s_j` (the probability that the target resists)::

    EU(i->j; r_p) = s_j [P U_s + (1 - P) U_f] + (1 - s_j) U_s - Q U_sq
                    - (1 - Q) [T U_b + (1 - T) U_w]

(§3.4) Risk exponents, recomputed every round from :math:`r_k = 1`::

    D_i = sum_{j != i} EU(j->i; 1)                        "danger" of i
    R_i = (2 D_i - max D - min D) / (max D - min D)        in [-1, 1]
    r_i = (1 - R_i/3) / (1 + R_i/3)                        in [1/2, 2]

(§3.5) Offers, all evaluated on the start-of-round positions with the new r, then a synchronous
update (everyone moves at once).

* S: for every i and every j with :math:`x_j \ne x_i`, ``a = EU(i->j; r_i)`` and
  ``b = EU(j->i; r_i)`` (j's gain as perceived by i).  ``b > a > 0``: confrontation that i
  loses, candidate :math:`x_j`; ``b > 0 > a, b > |a|``: compromise, candidate
  :math:`x_i + (x_j - x_i)|a/b|`; ``b > 0 > a, b < |a|``: capitulation, candidate
  :math:`x_j`.  Precedence: the nearest confrontation, else the compromise with the smallest
  key :math:`(|a| x_i + |b| x_j)/(|a| + |b|)`, else the nearest capitulation; ties go to the
  first j in input order.
* M: every j offers :math:`(x_j, EU(j->i; r_j))` to every i where that EU is positive; i takes
  the offer with the highest sender EU (ties: nearest, then first); with ``a = EU(i->j*; r_i)``
  and ``b`` the offer's EU: ``0 < a < b`` confrontation (to :math:`x_j`), ``a < 0, |a| < b``
  compromise (to :math:`x_i + (x_j - x_i)|a/b|`), ``a < 0, |a| > b`` capitulation (to
  :math:`x_j`), else stay.

(§3.7) Forecast after every round: the c·s-weighted median (the smallest position whose
cumulative weight reaches half the total: the Condorcet winner of the c·s votes) and the
c·s-weighted mean.  (§3.8) A fixed number of rounds; optionally stop when no actor moves; a
repeated state is reported as a cycle.

Quirks of variant S kept, and why
---------------------------------
Variant S is the default because it is the one public code that reproduces the published
trajectory (mean positions within ±0.06 of Scholz et al.'s figure, with the same rise-drop
shape; Scholz et al. 2011, Fig. 2); each quirk below is needed for that, so each is kept and can be switched off:

* **V_all denominator** (§3.2): the S probabilities are tiny (≈0.004-0.012 on the EC data)
  because they are normalised by the votes over *all* pairs of actors.  The paper's
  pair-normalised formula (``probability="paper"``) collapses the EC example to 7.0 by round 3,
  unlike the published series.
* **Voters' own r** in the votes (the paper's P has no risk exponent): as in the reference code.
* **Dead capitulation branch**: the reference code tests ``b < |b|``, never true, so i never
  capitulates; such pairs are recorded as ``"capitulation (ignored)"``.
  ``capitulation=True`` fixes it (no change on EC; changes Sultan and Honduras; tests/models/test_expected_utility_golden.py).
* **Smallest-key compromise choice** (not least movement; it makes Belgium jump to the low
  side in rounds 4 and 9 of EC).  ``compromise_choice="least_movement"`` is the fix that BDM's
  and Scholz's text describe (it departs from the published figure).
* **b as perceived by i** (i's exponent, not j's); M uses j's own, as the paper's notation does.

Floating point: positions are compared with exact equality where the reference code does, a
position copied in a confrontation is copied bit for bit, and the EU and probability formulas
keep the reference's evaluation order.  Sums run in a different order than the reference's
loops (and numpy's ``power`` may differ from libm's by an ulp), so values agree to round-off
(~1e-15 relative), not bit for bit; the published test vectors are stable under 1e-12
perturbations, so round-off does not change them.

Degenerate cases (the public codes crash on some of them)
---------------------------------------------------------
* All dangers equal (e.g. every actor at one position): R = 0, so r = 1 (§3.4 step 5).
* Zero range (Δ = 0: one actor, or all at one position): every d is 0; nothing can move, and
  the run is reported as converged in round 1.
* Zero total vote (V_all = 0, or a zero denominator in M/paper, e.g. all c·s = 0): P = 0.
* Zero total weight (all c·s = 0): the weighted median and mean are undefined (NaN); the
  dynamics still run on the EU formulas.

Numerics: the dyad numerators are differences of prefix (or suffix) sums over the voters
sorted by position, so a vote below ~1e-16 of the partial sums it is taken from is lost to
round-off; this matters only when weights span many orders of magnitude.

Entry points: :func:`run` (arrays in, an :class:`EUTrace` out), :func:`dyad_tables` (one
phase's probabilities and expected utilities), :func:`forecast` (every issue of a
scenario, all actors with a stance, members and stakeholders alike) and :func:`forecasts`
(the forecast of many independent runs at once: the Monte Carlo draws).

Batches: every array carries a leading group axis (issues, or draws) and every step of a
round works within one group's row (elementwise, or a reduction along that row), so a
group's numbers never depend on the others: :func:`forecasts` on a batch of draws gives,
bit for bit, what :func:`run` gives each draw alone, whatever the batch size.  One round
costs O(n² log n) per group: the dyad tables, three powers per pair (the offer phase's
exponents; once per actor and distinct position when positions have merged), one sort per voter row for V_all and a binary search per unordered pair for the
midpoints; no Python loop runs per pair or per draw (only per draw for the binary search,
which numpy does not batch, and per round).  While :func:`forecasts` runs, freed tables stay
in the process for the next round (:func:`_heap_kept`).

Variant M and ``q < 1``: μ is the c·s-weighted median (the paper's step 3); Masad's code uses
the weighted mean and adds the (1 - Q) term with the wrong sign; neither matters at Q = 1, the
only setting with published results.
"""

from __future__ import annotations

import ctypes
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache
from typing import Any, NamedTuple

import numpy as np

from concilium.errors import InputError
from concilium.models._spec import INSTITUTIONS, ModelSpec, Param
from concilium.stats import weighted_mean, weighted_median
from concilium.trace import Trace

__all__ = [
    "CITATION",
    "KIND_NAMES",
    "MEMORY_LIMIT_MB",
    "NAME",
    "SPEC",
    "SUMMARY",
    "VARIANTS",
    "Dyads",
    "EUTrace",
    "basic_utilities",
    "batch_memory",
    "batch_size",
    "check_memory",
    "dyad_tables",
    "expected_utility",
    "forecast",
    "forecasts",
    "memory_estimate",
    "run",
]

NAME = "expected_utility"
MEMORY_LIMIT_MB = 2048.0
"""Default memory budget (MiB) of a run: larger inputs are refused up front, with the need."""
CITATION = (
    "Scholz, J. B., Calbert, G. J. & Smith, G. A. (2011). Unravelling Bueno De Mesquita's group "
    "decision model. Journal of Theoretical Politics 23(4); model of Bueno de Mesquita, B. "
    "(1994). Political forecasting: an expected utility method. In Bueno de Mesquita & Stokman "
    "(eds.), European Community Decision Making, Yale University Press."
)

VARIANTS = ("scholz", "masad")
MAX_ROUNDS = 10_000  # a cap on --param rounds: each round costs O(n²) per issue
PROBABILITIES = ("scholz", "masad", "paper")
COMPROMISE_CHOICES = ("smallest_key", "least_movement")

# Classification codes of a dyad (i, j), seen from i (the actor who might move).
NONE, CONFRONTATION, COMPROMISE, CAPITULATION, IGNORED_CAPITULATION = range(5)
KIND_NAMES = ("none", "confrontation", "compromise", "capitulation", "capitulation (ignored)")


# --------------------------------------------------------------------------------------------
# Small public building blocks (used by the core and checked against the spec's unit tables)
# --------------------------------------------------------------------------------------------


def basic_utilities(d, r) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """U_s, U_f and U_sq of §3.1 for normalised distance ``d`` in [0, 1] and exponent ``r``."""
    d = np.asarray(d, dtype=float)
    r = np.asarray(r, dtype=float)
    us = 2 - 4 * (0.5 - 0.5 * d) ** r
    uf = 2 - 4 * (0.5 + 0.5 * d) ** r
    usq = 2 - 4 * (0.5**r)
    return us, uf, np.broadcast_to(usq, np.broadcast(us, usq).shape)


def expected_utility(prob, d, s_target, r, *, q: float = 1.0, t: float = 1.0, d_mu=0.0):
    """EU of a challenge (§3.3): success probability ``prob``, distance ``d``, target salience
    ``s_target`` in [0, 1], exponent ``r``; ``q``/``t``/``d_mu`` only matter when q < 1."""
    us, uf, usq = basic_utilities(d, r)
    p = np.asarray(prob, dtype=float)
    s = np.asarray(s_target, dtype=float)
    eu = s * (p * us + (1 - p) * uf) + (1 - s) * us - q * usq
    if q != 1.0:
        m = 0.25 * (np.asarray(d_mu, dtype=float) + np.asarray(d, dtype=float))
        ub = 2 - 4 * (0.5 - m) ** r
        uw = 2 - 4 * (0.5 + m) ** r
        eu = eu - (1 - q) * (t * ub + (1 - t) * uw)
    return eu


# --------------------------------------------------------------------------------------------
# Vectorised dyad computations.  Arrays carry a leading group axis g (issues, or Monte Carlo
# draws): x (G, n), dyads (G, n, n).  Every step works row by row along g (elementwise, or a
# reduction within one row), so a row's numbers never depend on the other rows: a batch of
# draws gives, bit for bit, what each draw gives alone (tests/models/test_expected_utility_batch.py).
# --------------------------------------------------------------------------------------------


class _Geometry(NamedTuple):
    """Everything that depends only on the current positions (shared by both phases)."""

    same: np.ndarray  # x_i == x_j exactly
    absdx: np.ndarray  # |x_i - x_j|
    vs: np.ndarray  # 1/2 - d/2, evaluated as 0.5 - (0.5|dx|)/Delta like the reference
    vf: np.ndarray  # 1/2 + d/2
    order: np.ndarray  # (G, n) actors sorted by position (stable)
    rank: np.ndarray  # (G, n) each actor's place in that order
    order_flat: np.ndarray  # order and rank as flat indices into a (G, n) array
    rank_flat: np.ndarray  # (``np.take`` with them: take_along_axis costs ~30 us a call)
    dist_voters: np.ndarray  # (n, G, n) dist[t, g, b] between the places t and b (voters first)
    take_i: np.ndarray  # (G, n, n) flat indices of the two entries of the stacked voter
    take_j: np.ndarray  # sums whose difference is the vote for x_i over x_j (see below)
    first: np.ndarray  # (G, n) the place is the first (in position order) at its position


_PAIRS: dict[int, tuple[np.ndarray, np.ndarray]] = {}


def _pairs(n: int) -> tuple[np.ndarray, np.ndarray]:
    """The pairs (a, b), a < b, of n places, row by row (cached: one per actor count)."""
    if n not in _PAIRS:
        _PAIRS[n] = np.triu_indices(n, 1)
    return _PAIRS[n]


def _geometry(x: np.ndarray, delta: np.ndarray) -> _Geometry:
    G, n = x.shape
    diff = x[:, :, None] - x[:, None, :]
    absdx = np.abs(diff)
    dlt = delta[:, None, None]
    half = (0.5 * absdx) / dlt
    order = np.argsort(x, axis=-1, kind="stable")
    offset = (np.arange(G) * n)[:, None]
    order_flat = order + offset
    rank = np.empty_like(order)
    np.put(rank, order_flat, np.broadcast_to(np.arange(n), (G, n)))
    xs = np.take(x, order_flat)
    first = np.empty((G, n), dtype=bool)
    first[:, 0] = True
    np.not_equal(xs[:, 1:], xs[:, :-1], out=first[:, 1:])

    # In position order (places a < b, x_(a) <= x_(b)): the voters strictly below the
    # midpoint of each pair, and at or below it.  The midpoint is symmetric, so only the
    # n(n-1)/2 pairs a < b are searched; each place's midpoints come in increasing order,
    # which the search exploits.  searchsorted has no batch axis: one call per group.
    pa, pb = _pairs(n)
    mid = 0.5 * (xs[:, pa] + xs[:, pb])
    below = np.empty(mid.shape, dtype=np.intp)
    search = np.searchsorted
    for g in range(G):
        below[g] = search(xs[g], mid[g], side="left")
    # at or below = below + the voters exactly at the midpoint: if xs[below] equals the
    # midpoint, every voter up to the end of that run of equal positions
    # (positions padded with +inf, so that below = n reads a value that equals no midpoint)
    pad = np.concatenate([xs, np.full((G, 1), np.inf)], axis=1)
    run_end = np.where(pad[:, 1:] != pad[:, :-1], np.arange(1, n + 1), n)
    run_end = np.minimum.accumulate(run_end[:, ::-1], axis=1)[:, ::-1]
    run_end = np.concatenate([run_end, np.full((G, 1), n)], axis=1)
    at = below + (np.arange(G) * (n + 1))[:, None]
    on = np.take(pad, at) == mid
    upto = below + (n + 1)  # (offset to the suffix rows, see below)
    if on.any():
        upto[on] = np.take(run_end, at[on]) + (n + 1)

    # The vote for x_i over x_j is a difference of two entries of one row of the stacked
    # sums over voters in position order (built in _positive_votes, shape (2n + 2, G, n)):
    # rows 0..n are the prefix sums (the lowest t voters), rows n+1..2n+1 the suffix sums
    # (the voters from the t-th up); the columns are the candidates in position order.
    # For x_(a) < x_(b) the voters for x_(a) are the lowest ``below``, those for x_(b) the
    # ones from ``upto`` up.  Co-located actors (and a place with itself) have equal
    # columns, so their vote is 0 whichever row is read: row 0 on the diagonal, and for
    # x_(a) == x_(b) the same rows as for distinct positions.
    row = np.zeros((G, n, n), dtype=np.intp)
    row[:, pa, pb] = below
    row[:, pb, pa] = upto
    # to actor order: row[g, i, j] = row in places (rank_i, rank_j); then the flat index
    # of column rank_i (and rank_j) of that row of group g
    ri = rank[:, :, None] * n
    row = np.take(row, ri + (rank[:, None, :] + (np.arange(G) * (n * n))[:, None, None]))
    row *= G * n
    row += (np.arange(G) * n)[:, None, None]
    # distances between places, voters first (C order, so that a voter's row of one group
    # is contiguous): dist[t, g, b] = |x_(t) - x_(b)| / Delta
    dist = np.empty((n, G, n))
    np.subtract(xs.T[:, :, None], xs[None, :, :], out=dist)
    np.abs(dist, out=dist)
    dist /= delta[None, :, None]
    return _Geometry(
        same=diff == 0,  # x_i - x_j == 0 exactly when x_i == x_j (gradual underflow)
        absdx=absdx,
        vs=0.5 - half,
        vf=0.5 + half,
        order=order,
        rank=rank,
        order_flat=order_flat,
        rank_flat=rank + offset,
        dist_voters=dist,
        take_i=row + rank[:, :, None],
        take_j=row + rank[:, None, :],
        first=first,
    )


def _positive_votes(geo: _Geometry, util: np.ndarray, w: np.ndarray):
    """``N[g, i, j] = sum_k w_k max(0, util[k, j] - util[k, i])``: the votes for x_i over x_j.

    ``util[t, g, b]`` (voters first) is voter order[t]'s utility loss at actor order[b]'s
    position (both in position order), non-decreasing in ``|x_k - x_m|`` for every voter.  Then
    the voters preferring x_i are those strictly on x_i's side of the midpoint, a contiguous
    run of the voters sorted by position, so every numerator is a difference of prefix (or,
    above the midpoint, suffix) sums: O(n^2) memory and O(n^2 log n) time instead of O(n^3).
    """
    G, n = w.shape
    # voters first, so that each step of the running sums adds two contiguous (G, n) blocks
    wu = util * np.take(w, geo.order_flat).T[:, :, None]
    # rows 0..n: sums of the lowest t voters; rows n+1..2n+1: of the voters from the t-th up
    # (a separate suffix sum, so that a small tail is not lost by subtracting two large
    # prefix sums); each vote is then two flat look-ups.  Summed voter by voter, in order.
    sums = np.empty((2 * (n + 1), G, n))
    sums[0] = 0.0
    sums[1] = wu[0]
    for k in range(1, n):
        np.add(sums[k], wu[k], out=sums[k + 1])
    sums[2 * n + 1] = 0.0
    sums[2 * n] = wu[n - 1]
    for k in range(n - 2, -1, -1):
        np.add(sums[n + 2 + k], wu[k], out=sums[n + 1 + k])
    flat = sums.reshape(-1)
    votes = np.take(flat, geo.take_j)
    votes -= np.take(flat, geo.take_i)
    # co-located actors (x_i == x_j) have equal columns, so their votes are exactly 0 already
    return np.maximum(votes, 0.0, out=votes)


def _vote_total(util: np.ndarray, w: np.ndarray, rank_flat: np.ndarray) -> np.ndarray:
    """``V_all = sum_k w_k sum_m sum_n |util[k, n] - util[k, m]|`` per group, via sorting:
    for sorted u, ``sum_{m,n} |u_m - u_n| = 2 sum_t u_(t) (2t - n + 1)``.  ``util`` as
    in :func:`_positive_votes` (voters in rows, position order); the sum over voters runs in
    actor order."""
    n = util.shape[-1]
    coef = 2.0 * np.arange(n) - (n - 1)
    # a sum along each voter's row, not ``@ coef``: BLAS's matrix-vector product may round a
    # row differently depending on where it sits in the batch
    per_voter = 2.0 * (np.sort(util, axis=-1) * coef).sum(axis=-1)  # (voters, G)
    per_voter = np.take(per_voter.T, rank_flat)  # back to actor order
    return (w * per_voter).sum(axis=-1)


def _probabilities(kind, geo: _Geometry, w, r, util=None):
    """P[g, i, j] that i prevails over j (§3.2), and S's V_all (None for the others);
    ``util`` S's vote utilities if already computed (:func:`_risk_powers`)."""
    same = geo.same
    if kind == "scholz":
        if util is None:
            util = geo.dist_voters
            if r is not None:  # each voter's own exponent, voters (first axis) in position order
                util = util ** np.take(r, geo.order_flat).T[:, :, None]
        votes = _positive_votes(geo, util, w)
        vall = _vote_total(util, w, geo.rank_flat)
        with np.errstate(invalid="ignore", divide="ignore"):
            p = votes / np.where(vall > 0, vall, 1.0)[:, None, None]
        p[~(vall > 0)] = 0.0
        return p, vall
    votes = _positive_votes(geo, geo.dist_voters, w)  # paper and M: linear, no risk exponent
    back = votes.transpose(0, 2, 1)
    total = votes + back
    top = np.maximum(votes - back, 0.0) if kind == "masad" else votes
    ok = (total > 0) & ~same
    with np.errstate(invalid="ignore", divide="ignore"):
        p = np.where(ok, top / np.where(ok, total, 1.0), 0.0)
    return p, None


def _utility(v, rp):
    """``2 - 4 v**rp`` (U_s for v = 1/2 - d/2, U_f for v = 1/2 + d/2; rp None: r = 1, no
    power), each operation in that order, in place on one new table."""
    u = np.multiply(v, 4.0) if rp is None else np.power(v, rp)
    if rp is not None:
        u *= 4.0
    return np.subtract(2.0, u, out=u)


DISTINCT_SHARE = 0.6
"""The offer phase's powers are taken once per distinct position (see :func:`_risk_powers`)
when the distinct (actor, position) pairs are at most this share of all pairs."""


def _risk_powers(geo: _Geometry, risk: np.ndarray, votes: bool):
    """The offer phase's three powers with the new exponents r (G, n): S's vote utilities
    ``dist ** r_voter`` (voters first, as :func:`_probabilities` takes them; None unless
    ``votes``), and U_s, U_f = ``2 - 4 v ** r_i`` for v = 1/2 ∓ d/2 (as :func:`_utility`).

    All three depend only on an actor's own r and its distance to the other position, so
    co-located targets share every value: once positions have merged (after a few rounds
    half of the pairs or more are co-located), each power is taken once per actor and
    distinct position and copied out to the tables, bit for bit the numbers the full
    tables would hold.  Gathering and copying cost about as much as the powers saved when
    60-65 % of the pairs are distinct (measured on rounds of 298 flagship draws), so this is
    done only when the distinct pairs are at most :data:`DISTINCT_SHARE` of all pairs (a
    round is then 3 % faster at 57 %, 6-11 % at 37-46 %, 14 % at 25 %); else every cell's
    power is taken as before.
    Both ways pass the exponents as whole arrays, never broadcast along a row: numpy's
    ``power`` squares (or takes the square root) instead of calling pow when an exponent
    of exactly 2 (or 1/2) has stride 0 in its inner loop
    (numpy/_core/src/umath/loops_umath_fp.dispatch.c.src), which would make the two ways
    differ in the last bit for such exponents.  (With numpy 2.4 the broadcast
    ``r[:, :, None]`` used here before went through pow in every cell too, checked for
    draws x actors from 1 x 2 to 300 x 60, so no number changes.)
    """
    G, n = risk.shape
    first = geo.first
    rows = np.flatnonzero(first)  # (K,) flat place g * n + b of each distinct position
    K = len(rows)
    if n < 2 or K > DISTINCT_SHARE * G * n:
        rp = np.repeat(risk, n, axis=1).reshape(G, n, n)  # rp[g, i, j] = r[g, i]
        util = None
        if votes:  # the voter's exponent, voters in position order
            r_voter = np.take(risk, geo.order_flat).T
            util = geo.dist_voters ** np.repeat(r_voter, n, axis=1).reshape(n, G, n)
        return util, _utility(geo.vs, rp), _utility(geo.vf, rp)
    g_of = rows // n
    # compact cells (c, t), flat c * n + t: distinct position c (of group g_of[c]) seen by
    # the actor at place t of that group (its challenger, or voter)
    order_c = np.take(geo.order, g_of, axis=0)  # (K, n) the actor at place t
    rep = np.take(geo.order, rows)  # (K,) an actor at position c
    src = order_c * n
    src += (g_of * (n * n) + rep)[:, None]  # flat [g, i, j] of the actor-order tables
    r_c = np.take(np.take(risk, geo.order_flat), g_of, axis=0)  # (K, n) r of place t

    def utility(v):  # _utility's operations on the compact values
        u = np.power(v, r_c)
        u *= 4.0
        return np.subtract(2.0, u, out=u)

    # the compact position c of each place (G, n), and of each actor
    k = np.add.reduce(first, axis=1)
    col = np.cumsum(first, axis=1)
    col += (np.cumsum(k) - k - 1)[:, None]
    col *= n
    at = np.take(col, geo.rank_flat)[:, None, :] + geo.rank[:, :, None]  # [g, i, j] -> cell
    us = np.take(utility(np.take(geo.vs, src)), at)
    uf = np.take(utility(np.take(geo.vf, src)), at)
    util = None
    if votes:  # dist[t, g, b] is dist[b, g, t] (|a - b| and |b - a| are the same float)
        near = (rows // n * n + rows % n * (G * n))[:, None] + np.arange(n)
        util = np.take(
            np.power(np.take(geo.dist_voters, near), r_c), col + np.arange(n)[:, None, None]
        )
    return util, us, uf


def _challenge(p, s_target, us, uf, usq, q):
    """``s (p U_s + (1 - p) U_f) + (1 - s) U_s - q U_sq`` (§3.3 at Q's term), evaluated in
    this order as the reference does, in place on two new tables."""
    eu = np.multiply(p, us)
    tmp = np.subtract(1.0, p)
    tmp *= uf
    eu += tmp
    eu *= s_target
    np.multiply(1.0 - s_target, us, out=tmp)
    eu += tmp
    eu -= q * usq
    return eu


def _eu_table(p, s_target, vs, vf, rp, q, t, m, us=None, uf=None):
    """EU(challenger -> target) for whole dyad tables (§3.3), in the reference's evaluation order.

    ``vs = 1/2 - d/2`` and ``vf = 1/2 + d/2``; ``rp`` the perspective exponent (None: r = 1,
    where no power is taken, as ``v**1.0 == v``); ``m = (d_mu + d)/4`` (only used if q < 1).
    U_sq is read off the diagonal of U_s (d = 0 there) so that it is bit-identical to U_s at
    d = 0, as in the reference code.  ``us``, ``uf``: U_s and U_f if already computed.
    """
    if us is None or uf is None:
        us = _utility(vs, rp)
        uf = _utility(vf, rp)
    usq = np.diagonal(us, axis1=-2, axis2=-1)[..., :, None]
    eu = _challenge(p, s_target, us, uf, usq, q)
    if q != 1.0:
        ub = 2 - 4 * ((0.5 - m) if rp is None else (0.5 - m) ** rp)
        uw = 2 - 4 * ((0.5 + m) if rp is None else (0.5 + m) ** rp)
        eu = eu - (1 - q) * (t * ub + (1 - t) * uw)
    return eu, us, uf, usq


def _mu_terms(x, w, delta, geo, q):
    """(d_mu + d)/4 for challenger rows (m_row) and challenger columns (m_col); None if q == 1."""
    if q == 1.0:
        return None, None
    mu = weighted_median(x, w)
    mu = np.where(np.isnan(mu), np.median(x, axis=-1), mu)
    dmu = np.abs(x - mu[:, None]) / delta[:, None]
    dist = geo.absdx / delta[:, None, None]
    return 0.25 * (dmu[:, :, None] + dist), 0.25 * (dmu[:, None, :] + dist)


class Dyads(NamedTuple):
    """Dyad tables of one phase: ``prob[..., i, j]`` = P(i over j), ``eu[..., i, j]`` =
    EU(i -> j) with i's exponent, ``vote_total`` = S's V_all (None for other probabilities)."""

    prob: np.ndarray
    eu: np.ndarray
    vote_total: np.ndarray | None


def dyad_tables(
    positions,
    capabilities,
    saliences,
    risk=None,
    *,
    probability: str = "scholz",
    q: float = 1.0,
    t: float = 1.0,
    delta=None,
) -> Dyads:
    """Probabilities and expected utilities of every dyad for the current positions (§3.2-3.3).

    ``risk`` are the exponents (voters' in S's votes, challengers' in the utilities); None
    means all 1 (the danger phase).  Saliences on 0..100.  Shapes as in :func:`run`.
    """
    x, c, s, single, dlt = _validate(positions, capabilities, saliences, delta)
    _check_choice(probability, PROBABILITIES, "probability")
    w = c * s
    r = None if risk is None else np.broadcast_to(np.asarray(risk, dtype=float), x.shape)
    geo = _geometry(x, dlt)
    p, vall = _probabilities(probability, geo, w, r)
    m_row, _ = _mu_terms(x, w, dlt, geo, q)
    eu = _eu_table(
        p, s[:, None, :], geo.vs, geo.vf, None if r is None else r[:, :, None], q, t, m_row
    )[0]
    if single:
        return Dyads(p[0], eu[0], None if vall is None else vall[0])
    return Dyads(p, eu, vall)


# --------------------------------------------------------------------------------------------
# The trace
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, eq=False)
class EUTrace:
    """Everything a run computed.  Axes: round t, issue g, actor i, counterpart j.

    ``positions``, ``median``, ``mean`` have ``rounds_run + 1`` rows (row 0 = the input); the
    per-round arrays have ``rounds_run`` rows, row ``t - 1`` for round t.  The issue axis is
    always present (length 1 for one-issue input).

    Dyad tables (None when ``keep_pairs=False``), from the start-of-round positions:
    ``prob[t, g, i, j]`` P(i over j) in the offer phase; ``a[t, g, i, j]`` = EU(i -> j; r_i);
    ``b[t, g, i, j]`` = EU(j -> i) with r_i in S (as perceived by i), with r_j in M (the EU
    j's offer carries); ``kind`` the classification codes (:data:`KIND_NAMES`) and
    ``candidate`` the position i would move to.

    Per actor: ``danger`` D_i, ``acceptance`` R_i, ``risk`` r_i, ``chosen`` the counterpart whose offer i acted on
    (-1: none), ``move_kind``, ``move_a``/``move_b`` (a, b of that offer), ``moved`` (position
    changed).  Per issue: ``converged_round`` (first round in which no actor moved, -1 if
    none), ``cycle_start``/``cycle_period`` (first repeated state: positions after round
    ``cycle_start + cycle_period`` equal those after ``cycle_start``; -1/0 if none; a converged
    run has period 1), and ``settled_round``/``settled_period``: the first round t at which a
    whole period of p states repeats to within ``tolerance`` × Δ (the positions after rounds
    t-p+1..t equal those after t-2p+1..t-p; p = 1 is convergence; periods up to
    ``max_period``), or at which the state exactly repeats an earlier one (any period; the
    EC example under S repeats with period 70 from round 258), -1/0 if none.  Exact
    repetition is what ``cycle_*`` record; runs that approach a cycle only in the limit (the
    flagship: differences shrinking 1e-4 → 1e-13 over rounds 45-60) settle here first.
    """

    variant: str
    params: dict[str, Any]
    delta: np.ndarray
    weights: np.ndarray
    positions: np.ndarray
    median: np.ndarray
    mean: np.ndarray
    danger: np.ndarray
    acceptance: np.ndarray
    risk: np.ndarray
    chosen: np.ndarray
    move_kind: np.ndarray
    move_a: np.ndarray
    move_b: np.ndarray
    moved: np.ndarray
    converged_round: np.ndarray
    cycle_start: np.ndarray
    cycle_period: np.ndarray
    settled_round: np.ndarray
    settled_period: np.ndarray
    prob: np.ndarray | None = None
    a: np.ndarray | None = None
    b: np.ndarray | None = None
    kind: np.ndarray | None = None
    candidate: np.ndarray | None = None

    @property
    def rounds_run(self) -> int:
        return self.positions.shape[0] - 1

    @property
    def n_issues(self) -> int:
        return self.positions.shape[1]

    @property
    def n_actors(self) -> int:
        return self.positions.shape[2]

    def status(self, g: int = 0) -> str:
        """``"converged"``, ``"cycle"`` (a state repeated with period >= 2) or ``"open"``."""
        if self.converged_round[g] >= 0:
            return "converged"
        return "cycle" if self.cycle_period[g] >= 2 else "open"

    def settled(self, g: int = 0) -> str:
        """``"converged"`` or ``"cycled"`` (to within the tolerance), or ``"open"``."""
        if self.settled_round[g] < 0:
            return "open"
        return "converged" if self.settled_period[g] == 1 else "cycled"

    def forecast(self, g: int = 0) -> float:
        """The model's forecast, which no longer depends on the number of rounds once settled.

        * settled with period 1 (converged): the c·s-weighted median of the settled state;
        * settled in a cycle of period p: the c·s-weighted median of the positions pooled
          over the p states of the cycle (each actor's position in each state, with weight
          w_i / p): the point a c·s-weighted majority prefers over the whole cycle, as the
          per-round forecast is for one round.  A median, not a mean, so that a cycle
          alternating between two camps (100 and 0) forecasts a position actors hold, not a
          partial point nobody holds; the mean over the cycle is reported beside it;
        * not settled: the weighted median after the last round run (as published).
        """
        t, p = int(self.settled_round[g]), int(self.settled_period[g])
        if t < 0:
            return float(self.median[-1, g])
        return float(_pooled_median(self.positions[t - p + 1 : t + 1, g], self.weights[g]))

    def cycle_mean(self, g: int = 0) -> float | None:
        """The c·s-weighted mean position averaged over the settled cycle (None if open)."""
        t, p = int(self.settled_round[g]), int(self.settled_period[g])
        if t < 0:
            return None
        return float(np.mean(self.mean[t - p + 1 : t + 1, g]))

    def records(self, g: int = 0, actor_ids: Sequence[str] | None = None) -> list[dict]:
        """JSON-ready per-round records for issue ``g``: positions in actor order, the median
        and mean, and (from round 1) risk exponents, dangers, moves and the offers considered."""
        n = self.n_actors
        ids = list(actor_ids) if actor_ids is not None else [str(i) for i in range(n)]
        out: list[dict] = [
            {
                "round": 0,
                "positions": _floats(self.positions[0, g]),
                "median": _float(self.median[0, g]),
                "mean": _float(self.mean[0, g]),
            }
        ]
        for t in range(1, self.rounds_run + 1):
            rec = {
                "round": t,
                "positions": _floats(self.positions[t, g]),
                "median": _float(self.median[t, g]),
                "mean": _float(self.mean[t, g]),
                "risk": _floats(self.risk[t - 1, g]),
                "danger": _floats(self.danger[t - 1, g]),
                "moves": [
                    {
                        "actor": ids[i],
                        "kind": KIND_NAMES[self.move_kind[t - 1, g, i]],
                        "counterpart": ids[self.chosen[t - 1, g, i]],
                        "from": float(self.positions[t - 1, g, i]),
                        "to": float(self.positions[t, g, i]),
                        "a": float(self.move_a[t - 1, g, i]),
                        "b": float(self.move_b[t - 1, g, i]),
                    }
                    for i in range(n)
                    if self.chosen[t - 1, g, i] >= 0
                ],
            }
            if self.kind is not None:
                kinds = self.kind[t - 1, g]
                rec["offers"] = [
                    {
                        "actor": ids[i],
                        "counterpart": ids[j],
                        "kind": KIND_NAMES[kinds[i, j]],
                        "a": float(self.a[t - 1, g, i, j]),
                        "b": float(self.b[t - 1, g, i, j]),
                        "candidate": float(self.candidate[t - 1, g, i, j]),
                        "chosen": bool(self.chosen[t - 1, g, i] == j),
                    }
                    for i, j in zip(*np.nonzero(kinds), strict=True)
                ]
            out.append(rec)
        return out


def _float(v) -> float | None:
    v = float(v)
    return v if np.isfinite(v) else None


def _floats(a) -> list[float | None]:
    return [_float(v) for v in a]


# --------------------------------------------------------------------------------------------
# Validation
# --------------------------------------------------------------------------------------------


def _check_choice(value, allowed, field):
    if value not in allowed:
        raise InputError(
            f"unknown {field} {value!r}", field=field, hint="use one of: " + ", ".join(allowed)
        )


def _as_2d(a, field) -> np.ndarray:
    try:
        arr = np.array(a, dtype=float)
    except (TypeError, ValueError):
        raise InputError(f"{field} must be numbers", field=field) from None
    if arr.ndim == 1:
        arr = arr[None, :]
    if arr.ndim != 2:
        raise InputError(
            f"{field} must have shape (n_actors,) or (n_issues, n_actors)", field=field
        )
    if not np.all(np.isfinite(arr)):
        raise InputError(
            f"{field} contains a missing or infinite value",
            field=field,
            hint="give every actor a finite number",
        )
    return arr


def _validate(positions, capabilities, saliences, delta):
    single = np.ndim(positions) == 1
    x = _as_2d(positions, "positions")
    if x.shape[1] == 0:
        raise InputError("there are no actors", field="positions", hint="give at least one actor")
    arrays = []
    for field, values in (("capabilities", capabilities), ("saliences", saliences)):
        arr = _as_2d(values, field)
        if arr.shape[1] != x.shape[1] or arr.shape[0] not in (1, x.shape[0]):
            raise InputError(
                f"{field} has shape {np.shape(values)}, positions {np.shape(positions)}",
                field=field,
                hint="give one value per actor (and per issue, or shared by all)",
            )
        arrays.append(np.broadcast_to(arr, x.shape).copy())
    c, s = arrays
    if np.any(c < 0):
        raise InputError(
            "a capability is negative",
            field="capabilities",
            hint="capabilities are non-negative (only ratios matter)",
        )
    if np.any((s < 0) | (s > 100)):
        raise InputError(
            "a salience is outside 0..100",
            field="saliences",
            hint="give salience on the 0..100 scale",
        )
    span = x.max(axis=1) - x.min(axis=1)
    if delta is None:
        dlt = span.copy()
    else:
        dlt = np.broadcast_to(np.asarray(delta, dtype=float), span.shape).copy()
        if not np.all(np.isfinite(dlt)) or np.any(dlt < span) or np.any(dlt < 0):
            raise InputError(
                "delta is smaller than the range of the positions",
                field="delta",
                hint="use at least max(position) - min(position), or leave it out",
            )
    dlt[dlt == 0] = 1.0  # zero range: every distance is 0, any positive range gives d = 0
    return x, c, s / 100.0, single, dlt


# --------------------------------------------------------------------------------------------
# The run
# --------------------------------------------------------------------------------------------


# Memory per actor pair, in units of one float64 table (8 n² bytes), measured with
# tracemalloc on 100-400 actors (benchmarks/bench_scale.py --only eu re-measures it): a run's
# working set of dyad tables, each round's share when the dyad tables are kept in the trace,
# and each round's share of a forecast's per-offer records (JSON-ready dicts).
_WORKING_TABLES, _KEPT_PER_ROUND, _RECORDS_PER_ROUND = 16, 9, 20


def memory_estimate(
    n_actors: int, rounds: int, *, issues: int = 1, keep_pairs: bool = True, records: bool = False
) -> int:
    """Estimated peak memory in bytes of :func:`run` (``records``: of :func:`forecast`, which
    also keeps every offer of every round as a record).  The model compares every pair of
    actors, so memory grows with the number of actors squared."""
    per_round = (_KEPT_PER_ROUND if keep_pairs else 5) + (_RECORDS_PER_ROUND if records else 0)
    return 8 * issues * n_actors**2 * (_WORKING_TABLES + per_round * max(rounds, 1))


def check_memory(need: int, limit_mb: float = MEMORY_LIMIT_MB) -> None:
    """Refuse up front (one clear error, with the memory needed) a run over the budget."""
    if isinstance(limit_mb, bool) or not isinstance(limit_mb, (int, float)) or not limit_mb > 0:
        raise InputError(
            f"memory_limit_mb must be a positive number, not {limit_mb!r}", field="memory_limit_mb"
        )
    if need > limit_mb * 2**20:
        raise InputError(
            f"the expected-utility model would need about {_mib(need)} of memory for this input "
            f"(it compares every pair of actors, in every round), over the limit of "
            f"{_mib(limit_mb * 2**20)}",
            field="memory_limit_mb",
            hint="use fewer actors or rounds, or raise the limit with "
            f"--param memory_limit_mb={int(need / 2**20) + 1} if the machine has the memory",
        )


def _mib(n_bytes: float) -> str:
    return f"{n_bytes / 2**30:,.1f} GiB" if n_bytes >= 2**30 else f"{n_bytes / 2**20:,.0f} MiB"


def _settings(
    rounds, variant, q, t, capitulation, compromise_choice, probability, stop_when_stable=False
):
    """Check the run's parameters once; return (rounds, probability, compromise choice,
    capitulation, q, t) with the variant's defaults filled in."""
    _check_choice(variant, VARIANTS, "variant")
    prob_kind = variant if probability is None else probability
    _check_choice(prob_kind, PROBABILITIES, "probability")
    if compromise_choice is not None and variant != "scholz":
        raise InputError(
            "compromise_choice applies to variant 'scholz' only",
            field="compromise_choice",
            hint="variant 'masad' takes the offer with the highest sender EU",
        )
    choice = "smallest_key" if compromise_choice is None else compromise_choice
    _check_choice(choice, COMPROMISE_CHOICES, "compromise_choice")
    if capitulation is not None and not isinstance(capitulation, (bool, np.bool_)):
        raise InputError(
            f"capitulation must be true or false, not {capitulation!r}", field="capitulation"
        )
    capit = (variant == "masad") if capitulation is None else bool(capitulation)
    if not isinstance(stop_when_stable, (bool, np.bool_)):
        raise InputError(
            f"stop_when_stable must be true or false, not {stop_when_stable!r}",
            field="stop_when_stable",
        )
    if isinstance(rounds, bool) or not isinstance(rounds, (int, np.integer)) or rounds < 0:
        raise InputError(f"rounds must be a whole number >= 0, not {rounds!r}", field="rounds")
    out = []
    for name, val in (("q", q), ("t", t)):
        if (
            isinstance(val, bool)
            or not isinstance(val, (int, float, np.number))
            or not 0.0 <= float(val) <= 1.0
        ):
            raise InputError(f"{name} must be a number in [0, 1], not {val!r}", field=name)
        out.append(float(val))
    return int(rounds), prob_kind, choice, capit, out[0], out[1]


class _Rules(NamedTuple):
    """A run's checked settings (see :func:`_settings`)."""

    variant: str
    prob_kind: str
    choice: str
    capit: bool
    q: float
    t: float


class _Round(NamedTuple):
    """One round of every group: the new positions, what each actor did, and (if asked) the
    dyad tables ``(prob, a, b, kind, candidate)``."""

    x: np.ndarray
    danger: np.ndarray
    acceptance: np.ndarray
    risk: np.ndarray
    chosen: np.ndarray
    move_kind: np.ndarray
    move_a: np.ndarray
    move_b: np.ndarray
    pairs: tuple[np.ndarray, ...] | None


def _round(x, w, s, dlt, rules: _Rules, pairs: bool = False) -> _Round:
    """One round (§3.4-§3.5) for every row of ``x`` (G, n) at once: risk exponents from the
    dangers, then offers on the start-of-round positions and a synchronous move."""
    variant, prob_kind, choice, capit, q, t = rules
    G, n = x.shape
    s_col = s[:, None, :]  # target j's salience in EU(i -> j)
    s_row = s[:, :, None]  # target i's salience in EU(j -> i)
    geo = _geometry(x, dlt)
    m_row, m_col = _mu_terms(x, w, dlt, geo, q)
    # flat indices: row_start + j is [g, j] of a (G, n) array; of a (G, n, n) table,
    # cell + j is [g, i, j] and at_col + j * n is [g, j, i]
    row_start = (np.arange(G) * n)[:, None]
    cell = (np.arange(G * n) * n).reshape(G, n)
    at_col = (np.arange(G) * (n * n))[:, None] + np.arange(n)

    # Risk step (§3.4): every r = 1; E1[g, j, i] = EU(j -> i; 1); D_i sums column i.
    p1, _ = _probabilities(prob_kind, geo, w, None)
    e1 = _eu_table(p1, s_col, geo.vs, geo.vf, None, q, t, m_row)[0]
    e1.reshape(G, n * n)[:, :: n + 1] = 0.0  # nobody challenges itself
    danger = e1.sum(axis=1)
    dmax = danger.max(axis=1, keepdims=True)
    dmin = danger.min(axis=1, keepdims=True)
    flat = dmax == dmin
    big_r = np.where(flat, 0.0, (2 * danger - dmax - dmin) / np.where(flat, 1.0, dmax - dmin))
    risk = (1 - big_r / 3.0) / (1 + big_r / 3.0)

    # Offer phase (§3.5) with the new exponents; a[i, j] = EU(i -> j; r_i).
    util_r, us, uf = _risk_powers(geo, risk, prob_kind == "scholz")
    prob = _probabilities(prob_kind, geo, w, risk, util_r)[0] if prob_kind == "scholz" else p1
    a, us, uf, usq = _eu_table(
        prob, s_col, geo.vs, geo.vf, risk[:, :, None], q, t, m_row, us=us, uf=uf
    )
    if variant == "scholz":
        pt = np.ascontiguousarray(prob.transpose(0, 2, 1))
        b = _challenge(pt, s_row, us, uf, usq, q)
        if q != 1.0:
            rp = risk[:, :, None]
            ub = 2 - 4 * (0.5 - m_col) ** rp
            uw = 2 - 4 * (0.5 + m_col) ** rp
            b = b - (1 - q) * (t * ub + (1 - t) * uw)
    else:
        b = a.transpose(0, 2, 1)  # the EU j computed with its own r_j

    xi = x[:, :, None]
    xj = x[:, None, :]
    absa = np.abs(a)
    inf = np.inf
    if variant == "scholz":
        valid = ~geo.same
        conf = valid & (b > a) & (a > 0)
        comp = valid & ~conf & (b > 0) & (a < 0) & (b > absa)
        # capitulations matter only if acted on, or recorded
        cap = (valid & ~conf & ~comp & (b > 0) & (a < 0) & (b < absa)) if capit or pairs else None
    else:  # what i would do with j's offer; co-located j may offer too (as in M's code)
        valid = ~np.eye(n, dtype=bool)
        conf = valid & (a > 0) & (a < b)
        comp = valid & (a < 0) & (absa < b)
        cap = valid & (a < 0) & (absa > b)
    cap_code = CAPITULATION if capit else IGNORED_CAPITULATION
    comp_pos = None
    if pairs or (variant == "scholz" and choice == "least_movement"):
        with np.errstate(invalid="ignore", divide="ignore"):
            ratio = np.abs(a / np.where(b != 0, b, 1.0))
        comp_pos = xi + (xj - xi) * ratio

    if variant == "scholz":
        if choice == "smallest_key":
            absb = np.abs(b)
            comp_key = absa * xi
            comp_key += absb * xj
            absb += absa
            with np.errstate(invalid="ignore", divide="ignore"):
                comp_key /= absb
        else:
            comp_key = np.abs(xi - comp_pos)
        j_conf = np.argmin(np.where(conf, geo.absdx, inf), axis=-1)
        j_comp = np.argmin(np.where(comp, comp_key, inf), axis=-1)
        any_conf, any_comp = conf.any(-1), comp.any(-1)
        chosen = np.where(any_conf, j_conf, np.where(any_comp, j_comp, -1))
        move_kind = np.where(any_conf, CONFRONTATION, np.where(any_comp, COMPROMISE, NONE))
        if capit:
            has_cap = ~any_conf & ~any_comp & cap.any(-1)
            j_cap = np.argmin(np.where(cap, geo.absdx, inf), axis=-1)
            chosen = np.where(has_cap, j_cap, chosen)
            move_kind = np.where(has_cap, CAPITULATION, move_kind)
    else:
        offers = valid & (b > 0)
        best = np.where(offers, b, -inf).max(axis=-1, keepdims=True)
        tied = offers & (b == best)
        j_best = np.argmin(np.where(tied, geo.absdx, inf), axis=-1)
        best_at = j_best + cell

        def at_best(mask):
            return np.take(mask, best_at)

        k_conf, k_comp = at_best(conf), at_best(comp)
        k_cap = at_best(cap) & capit
        acts = offers.any(-1) & (k_conf | k_comp | k_cap)
        chosen = np.where(acts, j_best, -1)
        move_kind = np.where(
            acts,
            np.where(k_conf, CONFRONTATION, np.where(k_comp, COMPROMISE, CAPITULATION)),
            NONE,
        )

    has = chosen >= 0
    jsafe = np.maximum(chosen, 0)
    a_c = np.take(a, cell + jsafe)  # a[g, i, chosen_i]
    # b[g, i, chosen_i]; M's b is a transposed: a[g, chosen_i, i]
    b_c = np.take(b, cell + jsafe) if variant == "scholz" else np.take(a, at_col + jsafe * n)
    x_c = np.take(x, row_start + jsafe)  # x[g, chosen_i]
    # the move: to x_j, or (a compromise) x_i + (x_j - x_i)|a/b|, evaluated as in the table
    with np.errstate(invalid="ignore", divide="ignore"):
        to_comp = x + (x_c - x) * np.abs(a_c / np.where(b_c != 0, b_c, 1.0))
    new_x = np.where(has, np.where(move_kind == COMPROMISE, to_comp, x_c), x)

    table = None
    if pairs:
        kind = np.zeros((G, n, n), dtype=np.int8)
        kind[conf] = CONFRONTATION
        kind[comp] = COMPROMISE
        kind[cap] = cap_code
        candidate = np.where(comp, comp_pos, np.where(conf | cap, xj, np.nan))
        table = (prob, a, np.ascontiguousarray(b), kind, candidate)
    return _Round(
        x=new_x,
        danger=danger,
        acceptance=big_r,
        risk=risk,
        chosen=chosen,
        move_kind=move_kind.astype(np.int8),
        move_a=np.where(has, a_c, np.nan),
        move_b=np.where(has, b_c, np.nan),
        pairs=table,
    )


SETTLE_TOLERANCE = 1e-6  # share of Δ within which two states count as the same
MAX_PERIOD = 12  # longest cycle looked for
DEFAULT_MAX_ROUNDS = 1000  # the cap when forecast runs until it settles
_HASH = np.array([0x9E3779B97F4A7C15], dtype=np.uint64)  # odd multiplier for state hashes


class _Settle:
    """When each row's run converges, repeats a state, or settles (see :class:`EUTrace`),
    vectorised over rows.  ``update`` takes the positions after each round in turn; ``keep``
    drops rows (the batched forecast drops draws once they have settled)."""

    def __init__(self, x0: np.ndarray, tol: np.ndarray, max_period: int):
        G = x0.shape[0]
        self.hist = [x0.copy()]
        self.hashes = np.empty((16, G), dtype=np.uint64)  # row t: the states' hashes after t
        self.hashes[0] = self._hash(x0)
        self.tol = tol
        self.max_period = max_period
        self.converged = np.full(G, -1)
        self.cycle_start = np.full(G, -1)
        self.cycle_period = np.zeros(G, dtype=int)
        self.settled = np.full(G, -1)
        self.settled_p = np.zeros(G, dtype=int)
        # streak[p - 1]: rounds in a row whose state is within tol of the state p rounds before
        self.streak = np.zeros((max_period, G), dtype=int)

    @staticmethod
    def _bits(x: np.ndarray) -> np.ndarray:
        return (x + 0.0).view(np.uint64)  # + 0.0: -0 and 0 are one state

    @classmethod
    def _hash(cls, x: np.ndarray) -> np.ndarray:
        """A hash of each row's state (an odd multiplier per actor, wrapping); equal hashes
        are then checked bit by bit."""
        mult = (2 * np.arange(x.shape[1], dtype=np.uint64) + np.uint64(1)) * _HASH
        return (cls._bits(x) * mult).sum(axis=-1)

    def update(self, x: np.ndarray) -> None:
        rnd = len(self.hist)
        prev = self.hist[-1]
        self.hist.append(x.copy())
        still = np.all(x == prev, axis=1)
        self.converged[still & (self.converged < 0)] = rnd
        # exact repetition of an earlier state (any period): the first round with this state
        h = self._hash(x)
        if rnd == len(self.hashes):
            self.hashes = np.concatenate([self.hashes, np.empty_like(self.hashes)])
        seen = self.hashes[:rnd]
        self.hashes[rnd] = h
        for g in np.flatnonzero((self.cycle_start < 0) & (seen == h).any(axis=0)):
            bits = self._bits(x[g])
            for s in np.flatnonzero(seen[:, g] == h[g]):
                if np.array_equal(self._bits(self.hist[s][g]), bits):
                    self.cycle_start[g], self.cycle_period[g] = s, rnd - s
                    if self.settled[g] < 0:
                        self.settled[g], self.settled_p[g] = rnd, rnd - s
                    break
        # repetition to within the tolerance: the last p states repeat the p before them
        # (all periods p = 1..P at once: past[p - 1] is the state p rounds before)
        P = min(self.max_period, rnd)
        past = np.stack(self.hist[rnd - 1 : rnd - P - 1 if rnd > P else None : -1])
        near = np.max(np.abs(x - past), axis=2) <= self.tol
        streak = self.streak[:P]
        streak[...] = np.where(near, streak + 1, 0)
        repeats = streak >= np.arange(1, P + 1)[:, None]
        found = np.where(repeats.any(axis=0), repeats.argmax(axis=0) + 1, 0)  # the smallest p
        new = (self.settled < 0) & (found > 0)
        self.settled[new], self.settled_p[new] = rnd, found[new]

    def keep(self, rows: np.ndarray) -> None:
        self.hist = [h[rows] for h in self.hist]
        self.hashes = self.hashes[:, rows]
        for name in ("tol", "converged", "cycle_start", "cycle_period", "settled", "settled_p"):
            setattr(self, name, getattr(self, name)[rows])
        self.streak = self.streak[:, rows]


def _pooled_median(states: np.ndarray, w: np.ndarray) -> np.ndarray:
    """The c·s-weighted median of the positions pooled over p states: ``states`` (..., p, n),
    weights ``w`` (..., n) (each actor's weight in each state; dividing by p changes nothing)."""
    p, n = states.shape[-2:]
    pooled = states.reshape(*states.shape[:-2], p * n)
    return weighted_median(pooled, np.tile(w, p) if w.ndim == 1 else np.tile(w, (1, p)))


def run(
    positions,
    capabilities,
    saliences,
    *,
    rounds: int = 10,
    variant: str = "scholz",
    q: float = 1.0,
    t: float = 1.0,
    delta=None,
    stop_when_stable: bool = False,
    capitulation: bool | None = None,
    compromise_choice: str | None = None,
    probability: str | None = None,
    keep_pairs: bool = True,
    stop_when_settled: bool = False,
    tolerance: float = SETTLE_TOLERANCE,
    max_period: int = MAX_PERIOD,
    memory_limit_mb: float = MEMORY_LIMIT_MB,
) -> EUTrace:
    """Run the expected-utility model (equations in the module docstring).

    Parameters
    ----------
    positions, capabilities, saliences
        Arrays of shape ``(n_actors,)`` or ``(n_issues, n_actors)``; saliences on 0..100
        (divided by 100 here); capabilities on any non-negative scale.
    rounds
        Maximum number of rounds (default 10, as in the published EC example).
    variant
        ``"scholz"`` (S, default: reproduces the published trajectory) or ``"masad"`` (M).
    q, t
        Probability that the status quo persists without a challenge, and that things then get
        better (§3.3).  Published results all use q = 1.
    delta
        The position range Δ (scalar or per issue); default the range of the initial positions.
    stop_when_stable
        Stop early once no actor moves in a round (in every issue).  Cycles are reported, never
        cut short: the forecast of a cycling run depends on the number of rounds asked for.
    capitulation
        Act on capitulations.  Default: False for S (its reference code's dead branch), True for M.
    compromise_choice
        S only: ``"smallest_key"`` (default, reference code) or ``"least_movement"``.
    probability
        ``"scholz"``, ``"masad"`` or ``"paper"`` (§3.2); default: the variant's own.
    keep_pairs
        Keep the per-round dyad tables (O(rounds · n²) memory) in the trace.
    stop_when_settled
        Stop once every issue has converged or cycled (to within ``tolerance``; see
        :class:`EUTrace`): what :func:`forecast` does by default, with ``rounds`` as the cap.
    tolerance, max_period
        Positions repeat when they differ by at most ``tolerance`` × Δ; cycles up to
        ``max_period`` rounds long are looked for.
    memory_limit_mb
        Refuse, before computing anything, a run whose estimated memory
        (:func:`memory_estimate`) exceeds this many MiB (default :data:`MEMORY_LIMIT_MB`);
        a run that stops when it settles is estimated for its first round.

    Returns
    -------
    EUTrace
    """
    rounds, prob_kind, choice, capit, q, t = _settings(
        rounds, variant, q, t, capitulation, compromise_choice, probability, stop_when_stable
    )
    rules = _Rules(variant, prob_kind, choice, capit, q, t)

    x, c, s, _, dlt = _validate(positions, capabilities, saliences, delta)
    G, n = x.shape
    check_memory(
        memory_estimate(n, 1 if stop_when_settled else rounds, issues=G, keep_pairs=keep_pairs),
        memory_limit_mb,
    )
    w = c * s
    names = ("danger", "acceptance", "risk", "chosen", "move_kind", "move_a", "move_b", "moved")
    log: dict[str, list] = {k: [] for k in (*names, "prob", "a", "b", "kind", "candidate")}
    track = _Settle(x, float(tolerance) * np.where(dlt > 0, dlt, 1.0).reshape(G), max_period)

    for _ in range(rounds):
        step = _round(x, w, s, dlt, rules, pairs=keep_pairs)
        for k in names[:-1]:
            log[k].append(getattr(step, k))
        log["moved"].append(step.x != x)
        if step.pairs is not None:
            for k, v in zip(("prob", "a", "b", "kind", "candidate"), step.pairs, strict=True):
                log[k].append(v)
        x = step.x
        track.update(x)
        if stop_when_stable and np.all(track.converged >= 0):
            break
        if stop_when_settled and np.all(track.settled >= 0):
            break

    pos = np.stack(track.hist)

    def stacked(name, shape, dtype=float):
        return np.stack(log[name]) if log[name] else np.zeros((0, *shape), dtype=dtype)

    pairs = {}
    if keep_pairs:
        pairs = {
            k: stacked(k, (G, n, n), np.int8 if k == "kind" else float)
            for k in ("prob", "a", "b", "kind", "candidate")
        }
    return EUTrace(
        variant=variant,
        params={
            "rounds": int(rounds),
            "variant": variant,
            "q": q,
            "t": t,
            "delta": None if delta is None else _floats(np.ravel(dlt)),
            "stop_when_stable": bool(stop_when_stable),
            "capitulation": capit,
            "compromise_choice": choice if variant == "scholz" else None,
            "probability": prob_kind,
        },
        delta=dlt,
        weights=w,
        positions=pos,
        median=weighted_median(pos, w[None]),
        mean=weighted_mean(pos, w[None]),
        danger=stacked("danger", (G, n)),
        acceptance=stacked("acceptance", (G, n)),
        risk=stacked("risk", (G, n)),
        chosen=stacked("chosen", (G, n), int),
        move_kind=stacked("move_kind", (G, n), np.int8),
        move_a=stacked("move_a", (G, n)),
        move_b=stacked("move_b", (G, n)),
        moved=stacked("moved", (G, n), bool),
        converged_round=track.converged,
        cycle_start=track.cycle_start,
        cycle_period=track.cycle_period,
        settled_round=track.settled,
        settled_period=track.settled_p,
        **pairs,
    )


# --------------------------------------------------------------------------------------------
# Many runs at once: the Monte Carlo draws
# --------------------------------------------------------------------------------------------

BATCH_MEMORY_MB = 64.0
"""Memory budget (MiB) of one batch of :func:`forecasts`: it sets how many draws run at once."""
# Live float64 dyad tables per draw in one round (measured with tracemalloc on the flagship,
# 34 actors: benchmarks/bench_simulate.py re-measures the peak), and the per-round history a
# draw keeps until it settles (positions and a hash).
_ROUND_TABLES = 24


def _draw_bytes(n_actors: int, rounds: int) -> int:
    """Memory of one draw in a batch: its dyad tables (``_ROUND_TABLES`` tables of n² floats)
    and up to ``rounds`` past states with their hashes."""
    return 8 * n_actors * (_ROUND_TABLES * n_actors + rounds + 1) + 8 * (rounds + 1)


def batch_size(n_actors: int, rounds: int, memory_mb: float = BATCH_MEMORY_MB) -> int:
    """Draws per batch of :func:`forecasts`, so that one batch stays within ``memory_mb`` (at
    least one draw, at most 1,000)."""
    return int(max(1, min(1000, memory_mb * 2**20 // _draw_bytes(n_actors, rounds))))


def batch_memory(n_actors: int, rounds: int, memory_mb: float = BATCH_MEMORY_MB) -> int:
    """Peak bytes of one batch of :func:`forecasts` (about ``memory_mb``, more only when a
    single draw needs more)."""
    return batch_size(n_actors, rounds, memory_mb) * _draw_bytes(n_actors, rounds)


def forecasts(
    positions,
    capabilities,
    saliences,
    *,
    rounds: int = DEFAULT_MAX_ROUNDS,
    variant: str = "scholz",
    q: float = 1.0,
    t: float = 1.0,
    delta=None,
    capitulation: bool | None = None,
    compromise_choice: str | None = None,
    probability: str | None = None,
    tolerance: float = SETTLE_TOLERANCE,
    max_period: int = MAX_PERIOD,
    memory_mb: float = BATCH_MEMORY_MB,
) -> np.ndarray:
    """The model's forecast (:meth:`EUTrace.forecast`) for each row of ``positions`` (D, n):
    one issue per row, e.g. the draws of a Monte Carlo simulation, all run at once.

    Row ``d`` gets exactly (bit for bit) ``run(positions[d], ..., rounds=rounds).forecast()``:
    every row runs until it settles (converges or cycles, :class:`EUTrace`) or ``rounds``
    rounds have run, and is then frozen; the forecast is the settled state's (or cycle's)
    weighted median, or the median after the last round.  Rows are evaluated in batches whose
    size follows from ``memory_mb`` (:func:`batch_size`); within a batch each round is one
    numpy pass over draws x actors x actors, and draws that have settled leave the batch.
    Parameters as in :func:`run` (``capabilities`` and ``saliences`` of shape (D, n) or (n,)).
    """
    rounds, prob_kind, choice, capit, q, t = _settings(
        rounds, variant, q, t, capitulation, compromise_choice, probability
    )
    rules = _Rules(variant, prob_kind, choice, capit, q, t)
    x, c, s, _, dlt = _validate(positions, capabilities, saliences, delta)
    D, n = x.shape
    size = batch_size(n, rounds, memory_mb)
    out = np.empty(D)
    with _heap_kept(memory_mb):
        for lo in range(0, D, size):
            sl = slice(lo, lo + size)
            out[sl] = _forecast_batch(
                x[sl], c[sl] * s[sl], s[sl], dlt[sl], rules, rounds, tolerance, max_period
            )
    return out


_M_TRIM_THRESHOLD, _M_MMAP_THRESHOLD = -1, -3  # mallopt's parameter numbers (glibc malloc.h)


@cache
def _glibc() -> Any:
    """The C library if it has glibc's ``mallopt`` and ``malloc_trim`` (Linux), else None."""
    try:
        libc = ctypes.CDLL(None)
    except (OSError, TypeError):  # pragma: no cover - no dlopen(NULL) (Windows)
        return None
    return libc if hasattr(libc, "mallopt") and hasattr(libc, "malloc_trim") else None


@contextmanager
def _heap_kept(memory_mb: float) -> Iterator[None]:
    """Keep freed memory in the process while the rounds run, and give it back at the end.

    Every round allocates and frees a few dozen dyad tables per batch (numpy's temporaries).
    By default glibc's malloc serves blocks over an adaptive threshold with a fresh ``mmap``
    and returns the top of the heap to the system as soon as more than about twice that
    threshold is free, so each round faults its tables back in page by page: measured on
    the flagship (benchmarks/bench_simulate.py), a quarter to a half of the CPU time was
    system time spent on those page faults.  Here the heap keeps up to twice a batch's
    budget free (M_TRIM_THRESHOLD) and serves blocks up to 32 MiB, glibc's ceiling for its
    adaptive threshold (M_MMAP_THRESHOLD), from the heap; ``malloc_trim`` returns the free
    memory at the end.  glibc cannot go back to its adaptive thresholds, so these two stay
    set for the rest of the process (they only decide when memory goes back to the system,
    not how much is used).  No effect elsewhere (other C libraries) and on no number.
    """
    libc = _glibc()
    if libc is not None:
        keep = int(min(2**31 - 1, max(128 * 2**20, 2 * memory_mb * 2**20)))
        libc.mallopt(_M_MMAP_THRESHOLD, 32 * 2**20)
        libc.mallopt(_M_TRIM_THRESHOLD, keep)
    try:
        yield
    finally:
        if libc is not None:
            libc.malloc_trim(0)


def _forecast_batch(x, w, s, dlt, rules: _Rules, rounds: int, tolerance: float, max_period: int):
    """:func:`forecasts` for one batch: rows leave as soon as they settle (frozen, with their
    forecast taken then); the rest run on to the cap."""
    out = np.full(len(x), np.nan)
    rows = np.arange(len(x))  # the batch row of each row still running
    track = _Settle(x, float(tolerance) * np.where(dlt > 0, dlt, 1.0), max_period)
    for rnd in range(1, rounds + 1):
        x = _round(x, w, s, dlt, rules).x
        track.update(x)
        done = track.settled >= 0
        if not done.any():
            continue
        for p in np.unique(track.settled_p[done]):
            idx = np.flatnonzero(done & (track.settled_p == p))
            states = np.stack([track.hist[k][idx] for k in range(rnd - p + 1, rnd + 1)], axis=1)
            out[rows[idx]] = _pooled_median(states, w[idx])
        keep = ~done
        if not keep.any():
            return out
        track.keep(keep)
        x, w, s, dlt, rows = x[keep], w[keep], s[keep], dlt[keep], rows[keep]
    out[rows] = weighted_median(x, w)  # not settled within the rounds: the last round's median
    return out


# --------------------------------------------------------------------------------------------
# The model entry point on a Scenario
# --------------------------------------------------------------------------------------------

SUMMARY = (
    "Bueno de Mesquita's expected-utility model: rounds of challenges, compromises and "
    "capitulations among all actors; the forecast is the capability × salience weighted "
    "median after the last round."
)

_VERB = {
    CONFRONTATION: "lost a confrontation with",
    COMPROMISE: "compromised with",
    CAPITULATION: "capitulated to",
}
_SHORT = {CONFRONTATION: "lost to", COMPROMISE: "compromised with", CAPITULATION: "capitulated to"}


def forecast(
    scenario,
    *,
    rng=None,
    rounds: int | None = None,
    variant: str = "scholz",
    q: float = 1.0,
    t: float = 1.0,
    distance_range: str = "data",
    stop_when_stable: bool = False,
    capitulation: bool | None = None,
    compromise_choice: str | None = None,
    probability: str | None = None,
    institutions: bool = True,
    memory_limit_mb: float = MEMORY_LIMIT_MB,
):
    """Run the expected-utility model on every issue of a scenario.

    All actors with a stance take part, members and outside stakeholders alike (the model is
    about influence, weighted by capability × salience).  By default the model runs until
    the positions converge or cycle (at most ``DEFAULT_MAX_ROUNDS`` rounds); the forecast for
    an issue is then the c·s-weighted median of the settled state, or pooled over the cycle
    (:meth:`EUTrace.forecast`), so that it does not depend on the number of rounds: once a run
    has reached its cycle, one more round does not change it.  An issue that neither
    converges nor cycles within the rounds run is forecast by the weighted median after the
    last round, and the explanation says so.  The full trace (positions per round in actor
    order, risk exponents, dangers, moves and every offer considered) is in
    ``IssueForecast.trace``; ``details`` holds the per-round medians and means and whether the
    run converged or cycled.

    Parameters
    ----------
    scenario
        A :class:`concilium.scenario.Scenario`.
    rng
        Accepted for the common model signature; the model is deterministic.
    rounds
        None (default): run until every issue converges or cycles, at most
        ``DEFAULT_MAX_ROUNDS``.  A number: run exactly that many rounds (Scholz et al.'s
        published example uses 10); the forecast still comes from the cycle if one was
        reached within them.
    variant, q, t, stop_when_stable, capitulation, compromise_choice, probability
        As in :func:`run`.
    distance_range
        Δ that normalises distances: ``"data"`` (default; the range of the initial positions,
        as in the reference replication) or ``"scale"`` (the issue's scale, max - min).
    institutions
        True (default, as for every bargaining model in concilium): the forecast is the
        status quo when the body's rule would not let the median pass against it (the
        "institutions matter" check); the median itself is reported as the bargaining
        point.  False: the forecast is the model's median, as BDM and Scholz et al. report
        it; the rule check is still reported.
    memory_limit_mb
        Refuse up front an issue whose run and per-offer records would need more memory than
        this (MiB; default :data:`MEMORY_LIMIT_MB`), saying how much they would need.
    """
    from concilium.models.institutions import (
        apply_rule,
        check_institutions,
        issue_inputs,
        make_forecast,
    )

    institutions = check_institutions(institutions)
    _check_choice(distance_range, ("data", "scale"), "distance_range")
    until_settled = rounds is None
    n_rounds = DEFAULT_MAX_ROUNDS if rounds is None else rounds
    _settings(
        n_rounds, variant, q, t, capitulation, compromise_choice, probability, stop_when_stable
    )
    params = {
        "rounds": rounds,
        "variant": variant,
        "q": q,
        "t": t,
        "distance_range": distance_range,
        "stop_when_stable": stop_when_stable,
        "capitulation": capitulation,
        "compromise_choice": compromise_choice,
        "probability": probability,
        "institutions": institutions,
    }
    if memory_limit_mb != MEMORY_LIMIT_MB:  # recorded only when set, so outputs stay as they were
        params["memory_limit_mb"] = memory_limit_mb
    names = {a.id: a.name for a in scenario.actors}
    out = []
    runs: list[tuple[list[str], np.ndarray]] = []  # per issue: actor ids, positions by round
    for issue in scenario.issues:
        inp = issue_inputs(scenario, issue, need=("salience", "capability"), model=NAME)
        try:
            # a run until it settles is estimated for its first round (its length is unknown)
            check_memory(
                memory_estimate(len(inp.positions), 1 if until_settled else n_rounds, records=True),
                memory_limit_mb,
            )
        except InputError as exc:
            p = exc.problems[0]
            raise InputError(
                f"issue {issue.id!r}: {p.message}", field=p.field, hint=p.hint
            ) from None
        is_member = scenario.issue_arrays(issue.id).is_member
        delta = None
        if distance_range == "scale":
            delta = max(issue.scale.max - issue.scale.min, float(np.ptp(inp.positions)))
        try:
            tr = run(
                inp.positions,
                inp.capabilities,
                inp.saliences,
                rounds=n_rounds,
                variant=variant,
                q=q,
                t=t,
                delta=delta,
                stop_when_stable=stop_when_stable,
                capitulation=capitulation,
                compromise_choice=compromise_choice,
                probability=probability,
                stop_when_settled=until_settled,
                memory_limit_mb=memory_limit_mb,
            )
        except InputError as exc:
            p = exc.problems[0]
            raise InputError(
                f"issue {issue.id!r}: {p.message}", field=p.field, hint=p.hint
            ) from None
        z = tr.forecast(0)
        if not np.isfinite(z):
            raise InputError(
                f"issue {issue.id!r}: every actor has capability × salience 0, so the weighted "
                "median is undefined",
                field=f"issues.{issue.id}",
                hint="give at least one actor a positive capability and salience",
            )
        ids = list(inp.actor_ids)
        runs.append((ids, tr.positions[:, 0]))
        actor_names = [names[a] for a in ids]
        explain = _explain(tr, actor_names, is_member)
        details = {
            "actor_ids": ids,
            "variant": tr.variant,
            "rounds_run": tr.rounds_run,
            "status": tr.status(0),
            "converged_round": _opt_int(tr.converged_round[0]),
            "cycle_start": _opt_int(tr.cycle_start[0]),
            "cycle_period": int(tr.cycle_period[0]) or None,
            "settled": tr.settled(0),
            "settled_round": _opt_int(tr.settled_round[0]),
            "settled_period": int(tr.settled_period[0]) or None,
            "forecast_from": {
                "converged": "the converged state",
                "cycled": "the weighted median pooled over the cycle",
                "open": "the weighted median after the last round",
            }[tr.settled(0)],
            "cycle_mean": tr.cycle_mean(0) if tr.settled(0) == "cycled" else None,
            "median_by_round": _floats(tr.median[:, 0]),
            "mean_by_round": _floats(tr.mean[:, 0]),
            "movement_by_actor": dict(
                zip(
                    ids,
                    _floats(np.abs(np.diff(tr.positions[:, 0], axis=0)).sum(axis=0)),
                    strict=True,
                )
            ),
            "delta": float(tr.delta[0]),
            "weights": "capability*salience",
            "settings": dict(tr.params),
        }
        out.append(
            apply_rule(
                scenario,
                issue,
                z,
                institutions=institutions,
                explanation=explain,
                details=details,
                trace=tr.records(0, ids),
            )
        )
    return make_forecast(
        scenario,
        name=NAME,
        citation=CITATION,
        params=params,
        issues=out,
        trace=_trace(scenario, runs, out),
    )


def _trace(scenario, runs: list[tuple[list[str], np.ndarray]], issues) -> Trace:
    """All issues' rounds as one :class:`~concilium.trace.Trace`.  Issues that stopped early
    keep their last positions in the later rounds; actors without a stance on an issue are
    NaN there."""
    actors = [a.id for a in scenario.actors]
    where = {a: i for i, a in enumerate(actors)}
    turns = max(p.shape[0] for _, p in runs)
    pos = np.full((turns, len(actors), len(runs)), np.nan)
    for d, (ids, p) in enumerate(runs):
        cols = [where[a] for a in ids]
        pos[: p.shape[0], cols, d] = p
        pos[p.shape[0] :, cols, d] = p[-1]
    statuses = {i.details.get("status") for i in issues}
    status = (
        "converged"
        if statuses == {"converged"}
        else ("cycle" if "cycle" in statuses else "stopped")
    )
    periods = [i.details.get("cycle_period") for i in issues if i.details.get("cycle_period")]
    return Trace.from_array(
        NAME,
        actors,
        [i.id for i in scenario.issues],
        pos,
        status=status,
        cycle_period=max(periods) if status == "cycle" and periods else None,
        stop_reason="; ".join(
            f"{i.issue}: {i.details.get('status')} after {i.details.get('rounds_run')} round(s)"
            for i in issues
        ),
        per_turn={"median": _padded([i.details["median_by_round"] for i in issues], turns)},
    )


def _padded(series: list[list[float]], turns: int) -> list[list[float]]:
    """Per turn, one value per issue (an issue that stopped early repeats its last value)."""
    return [[s[min(t, len(s) - 1)] for s in series] for t in range(turns)]


def _opt_int(v) -> int | None:
    return int(v) if v >= 0 else None


def _explain(tr: EUTrace, names: list[str], is_member) -> list[str]:
    """Sentences: the setting, how the run ended, who moved the most, which moves shifted the
    median, and who holds the forecast position."""
    g = 0
    n, R = tr.n_actors, tr.rounds_run
    med, mean, pos = tr.median[:, g], tr.mean[:, g], tr.positions[:, g]
    members = int(np.sum(is_member))
    label = {"scholz": "variant S, Scholz et al. 2011", "masad": "variant M, Masad"}[tr.variant]
    lines = [
        (
            f"Expected-utility model ({label}): {n} actors ({members} voting members, "
            f"{n - members} outside stakeholder{'' if n - members == 1 else 's'}) weighted by capability × salience, {R} round(s): "
            f"the weighted median moved from {med[0]:.4g} to {med[-1]:.4g} (weighted mean "
            f"{mean[0]:.4g} → {mean[-1]:.4g})."
        )
    ]
    status, settled = tr.status(g), tr.settled(g)
    ts, ps = int(tr.settled_round[g]), int(tr.settled_period[g])
    if status == "converged":
        k = int(tr.converged_round[g])
        lines.append(
            ("No actor had an offer worth taking: the positions are stable from the start.")
            if k == 1
            else (
                f"The run converged: nobody moved in round {k}, so the positions after "
                f"round {k - 1} are final."
            )
        )
    elif settled == "converged":
        lines.append(
            f"The run converged: from round {ts} on the positions change by less than "
            f"{SETTLE_TOLERANCE:g} of the range."
        )
    elif settled == "cycled":
        in_cycle = sorted({float(v) for v in med[ts - ps + 1 : ts + 1]})
        cm = tr.cycle_mean(g)
        lines.append(
            f"The run cycles with period {ps}: by round {ts} the positions repeat every {ps} "
            f"rounds (to within {SETTLE_TOLERANCE:g} of the range), and the weighted median "
            f"alternates among {', '.join(f'{v:.4g}' for v in in_cycle)}. The forecast is the "
            f"weighted median of the positions pooled over the cycle, {tr.forecast(g):.4g} "
            f"(the weighted mean over the cycle is {cm:.4g}), so more rounds do not change it."
        )
    elif R > 0:
        last = med[max(1, R - 3) :]
        lines.append(
            f"The run neither converged nor repeated a state within {R} rounds; over the last "
            f"{len(last)} round(s) the weighted median ranged {last.min():.4g}–{last.max():.4g}; "
            "the forecast is the median after the last round, and more rounds may change it."
        )
    if R == 0:
        return lines + [f"Forecast {med[-1]:.4g}: the weighted median of the input positions."]

    movement = np.abs(np.diff(pos, axis=0)).sum(axis=0)
    if movement.max() > 0:
        top = int(np.argmax(movement))
        moved = tr.moved[:, g, top]
        kinds: dict[tuple[int, int], int] = {}
        for t in np.flatnonzero(moved):
            key = (int(tr.move_kind[t, g, top]), int(tr.chosen[t, g, top]))
            kinds[key] = kinds.get(key, 0) + 1
        how = "; ".join(
            f"{cnt}× {_SHORT[k]} {names[j]}"
            for (k, j), cnt in sorted(kinds.items(), key=lambda kv: -kv[1])
        )
        # distance summed over moves: an actor going back and forth travels more than the
        # scale's width, so say "in all" and give the net move as well
        net = abs(pos[-1, top] - pos[0, top])
        lines.append(
            f"{names[top]} moved the most: {int(moved.sum())} move(s) covering "
            f"{movement[top]:.4g} in all, {net:.4g} net ({pos[0, top]:.4g} → "
            f"{pos[-1, top]:.4g}) ({how})."
        )
    else:
        lines.append("Nobody moved.")

    changes = [t for t in range(1, R + 1) if med[t] != med[t - 1]]
    told = []
    for t in changes[-3:]:
        # the moves that decided it: onto the new median, or across it
        m = med[t]
        movers = [
            i
            for i in range(n)
            if tr.moved[t - 1, g, i]
            and (pos[t, i] == m or np.sign(pos[t - 1, i] - m) != np.sign(pos[t, i] - m))
        ]
        movers.sort(key=lambda i: pos[t, i] != m)
        said = [
            f"{names[i]} {_VERB[int(tr.move_kind[t - 1, g, i])]} "
            f"{names[int(tr.chosen[t - 1, g, i])]} (→ {pos[t, i]:.4g}; "
            f"a = {tr.move_a[t - 1, g, i]:.3g}, b = {tr.move_b[t - 1, g, i]:.3g})"
            for i in movers[:3]
        ]
        if len(movers) > 3:
            said.append(f"{len(movers) - 3} more")
        told.append(
            f"round {t}: {med[t - 1]:.4g} → {m:.4g} when " + ", ".join(said)
            if said
            else f"round {t}: {med[t - 1]:.4g} → {m:.4g} as weight shifted past it"
        )
    if changes:
        more = f" ({len(changes) - 3} earlier change(s) not shown)" if len(changes) > 3 else ""
        lines.append("The median shifted in " + "; ".join(told) + more + ".")
    if settled == "cycled":
        z = tr.forecast(g)
        states = pos[ts - ps + 1 : ts + 1]
        holders = [names[i] for i in range(n) if np.any(states[:, i] == z)]
        lines.append(
            f"Forecast {z:.4g}: the weighted median pooled over the {ps}-round cycle, "
            f"a position held in it by {', '.join(holders[:6])}"
            f"{' and others' if len(holders) > 6 else ''}."
        )
        return lines
    t_f = ts if settled == "converged" else R
    z = float(med[t_f])
    holders = [names[i] for i in range(n) if pos[t_f, i] == z]
    lines.append(
        f"Forecast {z:.4g}: the weighted median after round {t_f}, the position of "
        f"{', '.join(holders[:6])}{' and others' if len(holders) > 6 else ''}."
    )
    return lines


SPEC = ModelSpec(
    name=NAME,
    citation=CITATION,
    summary=SUMMARY,
    requires=("position", "salience", "capability"),
    forecast=forecast,
    tuning=(("institutions", (True, False)),),
    iterative=True,
    order_dependent=True,  # variant S breaks ties between equally good offers by actor order
    params=(
        Param(
            "rounds",
            int,
            None,
            "rounds of challenges and moves (default: until the "
            f"positions converge or cycle, at most {DEFAULT_MAX_ROUNDS})",
            minimum=0,
            maximum=MAX_ROUNDS,
            optional=True,
        ),
        Param(
            "variant",
            str,
            "scholz",
            "Scholz et al. 2011 (S) or Masad's (M) reading",
            choices=VARIANTS,
        ),
        Param(
            "q",
            float,
            1.0,
            "probability that the status quo holds if nobody challenges",
            minimum=0.0,
            maximum=1.0,
        ),
        Param(
            "t",
            float,
            1.0,
            "weight of better-case over worse-case utility",
            minimum=0.0,
            maximum=1.0,
        ),
        Param(
            "distance_range", str, "data", "what normalises distances", choices=("data", "scale")
        ),
        Param("stop_when_stable", bool, False, "stop early once no actor moves"),
        Param(
            "capitulation", bool, None, "capitulation moves (default: the variant's)", optional=True
        ),
        Param(
            "compromise_choice",
            str,
            None,
            "which compromise offer is taken (variant S)",
            choices=COMPROMISE_CHOICES,
            optional=True,
        ),
        Param(
            "probability",
            str,
            None,
            "the probability of winning (default: the variant's)",
            choices=PROBABILITIES,
            optional=True,
        ),
        INSTITUTIONS,
        Param(
            "memory_limit_mb",
            float,
            MEMORY_LIMIT_MB,
            "refuse up front an issue whose run "
            "would need more memory than this (MiB); the error says how much it needs",
            minimum=1.0,
        ),
    ),
)
