r"""KTAB's Spatial Model of Politics (SMP), computed as KTAB computes it, vectorised with numpy.

Citation
--------
Wise, B. P., Lumley, L., Efird, B. et al., KAPSARC Toolkit for Behavioral Analysis (KTAB),
King Abdullah Petroleum Studies and Research Center, 2015-2019 (MIT licence; C++ source
``examples/smp/libsrc`` and ``KTAB/kmodel/libsrc`` of the public repository on GitHub,
``KAPSARC/KTAB``, mirrored with its history as ``lsyaseen/KTAB``; SMP tutorial
``web/tutorial/SMPTutorial.md``).  The model descends from Bueno de Mesquita's expected-utility
model of bargaining (Bueno de Mesquita 1994, 2002): actors weigh challenging each other by the
expected gain, with coalitions of third parties deciding the contests.  The theory page is
``docs/models/smp.md``.  This module is written from reading KTAB's source (the functions
named below are KTAB's); no KTAB code is copied.

Inputs
------
Actors :math:`i = 1..n` with capability :math:`c_i > 0`, a position :math:`x_i \in [0,1]^D`
(each issue of a scenario is one dimension; positions are mapped from the issue's scale to
0..1 and back) and saliences :math:`s_{ik} \in [0,1]` (the scenario's 0..100 divided by 100),
:math:`S_i = \sum_k s_{ik} \le 1`.  Ideals equal positions (KTAB's CSV input, the "cynical"
model; an XML accommodation matrix is not supported).

Equations (one turn; defaults Linear / Conditional / Deterministic / Prop / OneThird / Mid /
SemiCommit / S2P2 / InitOnlyInterp)
---------------------------------------------------------------------------------------------
Distance and utility (``SMPModel::bvDiff``, ``bsUtil``)::

    d_ij = sqrt( sum_k ((x_ik - x_jk) s_ik)^2 / sum_k s_ik^2 )
    u(d, R) = (1 - d)(1 + d R)

Vote of an actor with weight w between utilities a and b: ``v = w f(a - b)``, f the voting rule
(Prop: f(x) = x).  Coalitions over options (``Model::coalitions``)::

    C_ij = 1e-8 + sum_k max(0, v_k(i:j)),     P[i > j] = C_ij^q / (C_ij^q + C_ji^q)  (Linear: q=1)

Probabilistic Condorcet election, Conditional: ``p_i ∝ prod_j P[i > j]`` (computed in logs).

Risk attitudes, re-estimated every turn (``SMPState::setAllAUtil``): risk-neutral utilities
``1 - d_ij``, coalitions with weights :math:`c_k`, the PCE over all n positions gives
:math:`p_i`, then (BigRRange Mid)::

    R_i = (3 p_i - (p_max + 2 p_min)) / (2 (p_max - p_min))          in [-1/2, 1]

and actor h's estimate of i's attitude (BigRAdjust OneThird): ``r_hi = (2 R_h + R_i) / 3``, so
h's view of utilities is ``U^h_ij = u(d_ij, r_hi)``.

Challenges (``SMPState::probEduChlg(h, k, i, j)``: h's estimate of the effect on k of i
challenging j), all from h's view U = U^h::

    principals:  v_i = S_i c_i (U_ii - U_ij),   v_j = S_j c_j (U_ji - U_jj)
                 C_ij^0 = 1e-10 + sum of positive votes, C_ji^0 = 1e-10 + sum of |negative|
    third party n (not i, j), weight w_n = S_n c_n, "little contest":
                 p_n = (C_ij^0 + max(0, v_n)) / (C_ij^0 + C_ji^0 + |v_n|),  v_n = w_n (U_ni - U_nj)
                 SemiCommit: its vote  w_n [ p_n (2U_ni + U_nn) + (1-p_n) 3U_nj
                                             - p_n 3U_ni - (1-p_n)(2U_nj + U_nn) ]
    P_ij = C_ij / (C_ij + C_ji)           (C summed over principals and third parties)
    EU   = (1 - S_j) 2U_ki + S_j [P_ij 2U_ki + (1 - P_ij) 2U_kj]
    gain = EU - (U_ki + U_kj)

Each actor i challenges the j with the largest own-view gain (h = k = i) above 1e-5 (ties: the
lowest j).  Bargain (InterVecBrgn S2P2), per dimension with ``w_i = s_ik^2 P_ij^2``,
``w_j = s_jk^2 (1 - P_ij)^2``, ``ε = 1e-6``, rounded to 4 decimals (on 0..1)::

    b_i = round4(((w_i + ε) x_ik + w_j x_jk) / (w_i + ε + w_j))
    b_j = round4((w_i x_ik + (ε + w_j) x_jk) / (w_i + ε + w_j))

(InitOnlyInterp: only i's estimate P_ij is used.)  The bargain goes into i's and j's queues;
every queue also holds the status quo.  Resolution: every actor a values a queue option as the
mean over all n positions of its own utility (own risk attitude) with the two bargained
positions substituted; a scalar PCE (weights :math:`c_a`) gives the options' probabilities;
Deterministic: the queue owner takes its side of the most probable option (ties: the first
in queue order), Stochastic: one drawn by probability.  All move at once.

Stopping (``smpStopFn``): with :math:`\Delta(t) = \sum_i \lVert x_i^t - x_i^{t-1} \rVert`, stop
after turn t when ``t >= 100`` or ``t >= 2`` and ``Δ(t) / (Δ(1) + 1e-4) < 0.02``.

Reported per turn (KTAB's "prob" lines, ``SMPState::pDist(-1)``): positions within 1e-3 of
each other (Euclidean, 0..1 scale) are one option; each actor values the options with its own
view :math:`U^i_{ij}`; a scalar PCE (Prop votes, weights :math:`c_i`) gives one probability per
option, shown for every actor at it (so the column does not sum to 1).

Readings chosen (where KTAB or a scenario leave a choice)
---------------------------------------------------------
* The forecast on each issue is the final state's most probable position (the option with
  the largest PCE probability; ties: the first actor's); the capability × total-salience
  weighted mean of the final positions is in the details.
* KTAB's InitRcvrInterp / PWCompInterp pass the receiver's *estimated gain* (``get<1>`` of
  ``probEduChlg(j, i, i, j)``) where a probability is meant, and PWCompInterp weights the
  receiver's version by the *initiator's* capability times the receiver's salience; both kept
  as KTAB has them (these options are not the default).
* Asymmetric voting rules (ASymProsp) build coalitions from the lower triangle, as KTAB does:
  the vote on (i, j) is taken with i > j.
* Degenerate cases KTAB stops on (assertions, exceptions): when every position has the same
  probability, R = 0 for everyone; an actor with all saliences 0 sees every position at
  distance 0; zero weights simply cast zero votes.
* A scenario's saliences are per issue on 0..100; KTAB needs an actor's total at most 100.
  An actor whose saliences sum to more than 100 has them scaled down to sum to 100.
* The Conditional PCE is computed as a sum of logs (KTAB multiplies n probabilities, which
  underflows past a few hundred actors); the result is the same to round-off.

Left out: the XML ideal-accommodation matrix (ideals track positions), KTAB's database
logging and the O(n^4) diagnostic challenge tables (``calcUtils``) that feed only the GUI's
Quad Map; the ``--euSMP`` random-scenario mode.  All nine model parameters are options.

Stochastic mode: KTAB's is not reproducible (threads share one generator).  Here the
generator is the caller's ``numpy.random.Generator`` (through ``SeedSequence``); draws are taken
one per actor per turn in actor order, so the same seed gives the same run.

Cost: O(n^3 D) per turn in time (the best-challenge search: n^2 challenges, each summing over
n third parties; the coalition matrices), O(n^2) memory with chunking.  KTAB is O(n^4).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np

from concilium.errors import InputError
from concilium.models._spec import INSTITUTIONS, ModelSpec, Param
from concilium.trace import Move, Trace

__all__ = [
    "CITATION",
    "NAME",
    "OPTIONS",
    "SPEC",
    "SUMMARY",
    "SMPRun",
    "forecast",
    "run",
]

NAME = "smp"
CITATION = (
    "Wise, B. P., Lumley, L., Efird, B. et al. KAPSARC Toolkit for Behavioral Analysis (KTAB): "
    "Spatial Model of Politics, KAPSARC 2015-2019 (open-source C++, MIT); in the line of Bueno "
    "de Mesquita's expected-utility model of bargaining."
)
SUMMARY = (
    "KTAB's Spatial Model of Politics: multi-dimensional challenges, bargains and "
    "probabilistic Condorcet elections, turn by turn until movement dies down; the final "
    "most probable position."
)

# The nine KTAB model parameters: concilium name -> allowed values (KTAB's names in the
# XML <ModelParameters> block are accepted too, see concilium.io.ktab).
OPTIONS: dict[str, tuple[str, ...]] = {
    "victory_prob": ("linear", "square", "quartic", "octic", "binary"),
    "pce": ("conditional", "markov_incentive", "markov_uniform"),
    "transition": ("deterministic", "stochastic"),
    "voting_rule": ("binary", "prop_bin", "prop", "prop_cbc", "cubic", "asym_prosp"),
    "risk_adjust": ("none", "one_third", "half", "two_thirds", "full"),
    "risk_range": ("min", "mid", "max"),
    "third_party": ("no_commit", "semi_commit", "full_commit"),
    "interpolation": ("s1p1", "s2p2", "s2pmax"),
    "bargain_model": ("init_only", "init_rcvr", "pw_comp"),
}
DEFAULTS = {
    "victory_prob": "linear",
    "pce": "conditional",
    "transition": "deterministic",
    "voting_rule": "prop",
    "risk_adjust": "one_third",
    "risk_range": "mid",
    "third_party": "semi_commit",
    "interpolation": "s2p2",
    "bargain_model": "init_only",
}
# KTAB's own spellings of these values (its XML <ModelParameters>) are in
# concilium.io.ktab.KTAB_OPTION_NAMES, the reader of KTAB's formats.

MAX_TURNS = 100
MIN_DELTA_RATIO = 0.02
MIN_SIG_DELTA = 1e-4
POS_TOL = 1e-3  # positions closer than this (Euclidean, 0..1) are one option
_MIN_C = 1e-8  # empty coalition (Model::coalitions)
_MIN_CLTN = 1e-10  # empty coalition in a challenge (probEduChlg)
_MIN_SIG_EDU = 1e-5  # smallest expected gain worth a challenge
_CHUNK = 1 << 20  # elements per temporary block (queue elections)
_CACHE = 16384  # elements per (i, j, n) block of the challenge search (stays in cache)


def option_value(name: str, value: Any) -> str:
    """Validate one model option, accepting concilium's and KTAB's spellings."""
    if not isinstance(value, str):
        raise InputError(
            f"parameter {name} must be one of {', '.join(OPTIONS[name])}, not {value!r}"
        )
    from concilium.io.ktab import KTAB_OPTION_NAMES

    v = value.strip()
    if v in KTAB_OPTION_NAMES[name]:
        return KTAB_OPTION_NAMES[name][v]
    key = v.lower().replace("-", "_")
    if key in OPTIONS[name]:
        return key
    raise InputError(
        f"parameter {name} must be one of {', '.join(OPTIONS[name])} "
        f"(KTAB: {', '.join(KTAB_OPTION_NAMES[name])}), not {value!r}"
    )


# --------------------------------------------------------------------------------------------
# Small building blocks
# --------------------------------------------------------------------------------------------


def utility(d, r):
    """KTAB's ``bsUtil``: (1 - d)(1 + d r), and (1 - d)(1 + r) past d = 1."""
    d = np.asarray(d, dtype=float)
    return (1.0 - d) * (1.0 + np.minimum(d, 1.0) * r)


def distances(ideals: np.ndarray, positions: np.ndarray, sal: np.ndarray) -> np.ndarray:
    """``d[i, j]``: salience-weighted distance from i's ideal to j's position, i's weights."""
    n, D = positions.shape
    num = np.zeros((n, n))
    den = np.zeros(n)
    for k in range(D):  # accumulate dimension by dimension, in KTAB's order
        t = (ideals[:, k][:, None] - positions[:, k][None, :]) * sal[:, k][:, None]
        num += t * t
        den += sal[:, k] * sal[:, k]
    with np.errstate(invalid="ignore", divide="ignore"):
        d = np.sqrt(num / den[:, None])
    d[den <= 0] = 0.0  # an actor who cares about nothing sees every position at distance 0
    return d


def vote(rule: str, w, du):
    """``Model::vote`` for arrays: the weight w times the rule's response to du."""
    w = np.asarray(w, dtype=float)
    du = np.asarray(du, dtype=float)
    if rule == "prop":
        return w * du
    if rule == "binary":
        return w * np.clip(du / 1e-8, -1.0, 1.0)
    if rule == "prop_bin":
        return w * (0.8 * du + 0.2 * np.clip(du / 1e-8, -1.0, 1.0))
    if rule == "prop_cbc":
        return w * (0.5 * du + 0.5 * (du * du * du))
    if rule == "cubic":
        return w * (du * du * du)
    if rule == "asym_prosp":
        return np.where(du < 0, w * du, np.where(du > 0, (2.0 * w * du) / 3.0, 0.0))
    raise ValueError(rule)


def coalitions(util: np.ndarray, w: np.ndarray, rule: str = "prop") -> np.ndarray:
    """``Model::coalitions``: ``C[i, j] = 1e-8 + sum_k positive part of v_k(i:j)`` where
    ``util[k, i]`` is voter k's utility of option i and ``w[k]`` its weight.  O(K m^2)."""
    K, m = util.shape
    if rule == "prop":
        # sum_k w_k max(0, u_ki - u_kj) = (L_i - L_j + S_ij) / 2 with L = w u and the symmetric
        # S_ij = sum_k w_k |u_ki - u_kj|: only the upper triangle of S is computed
        S = np.zeros((m, m))
        block = max(1, _CACHE // max(1, K * m))
        buf = np.empty((K, min(block, m) * m))
        for a in range(0, m, block):
            b = min(m, a + block)
            du = buf[:, : (b - a) * (m - a)].reshape(K, b - a, m - a)
            np.subtract(util[:, a:b, None], util[:, None, a:], out=du)
            np.abs(du, out=du)
            S[a:b, a:] = (w @ du.reshape(K, -1)).reshape(b - a, m - a)
        S = np.triu(S, 1)
        S += S.T
        L = w @ util
        c = 0.5 * ((L[:, None] - L[None, :]) + S)
        np.maximum(c, 0.0, out=c)
        c += _MIN_C
        np.fill_diagonal(c, _MIN_C)
        return c
    pos = np.empty((m, m))
    asym = rule == "asym_prosp"
    neg = np.empty((m, m)) if asym else pos
    block = max(1, _CACHE // max(1, K * m))
    for a in range(0, m, block):
        b = min(m, a + block)
        du = util[:, a:b, None] - util[:, None, :]  # u_k(i) - u_k(j)
        v = vote(rule, w[:, None, None], du)
        pos[a:b] = np.maximum(v, 0.0).sum(axis=0)
        if asym:
            neg[a:b] = np.maximum(-v, 0.0).sum(axis=0)
    if asym:  # KTAB takes each pair once, oriented (i > j)
        low = np.tril(np.ones((m, m), dtype=bool), -1)
        c = np.where(low, pos, neg.T)
    else:
        c = pos.copy()
    c += _MIN_C
    np.fill_diagonal(c, _MIN_C)
    return c


def _vp(c, cji, model: str):
    """P[i > j] from the coalitions for and against (elementwise)."""
    if model == "binary":
        with np.errstate(invalid="ignore", divide="ignore"):
            r = c / (c + cji)
            mid = (r * 2.1 - 1.0) / 0.1
        x1 = np.where(c >= 1.1 * cji, 1.0, np.where(cji >= 1.1 * c, 1e-6, mid))
        x2 = np.where(c >= 1.1 * cji, 1e-6, np.where(cji >= 1.1 * c, 1.0, 1.0 - mid))
    elif model == "linear":
        x1, x2 = c, cji
    else:
        q = {"square": 2, "quartic": 4, "octic": 8}[model]
        x1 = c**q
        x2 = cji**q
    return x1 / (x1 + x2)


def victory_probabilities(c: np.ndarray, model: str = "linear") -> np.ndarray:
    """``Model::vProb``: P[i > j] from coalition strengths (diagonal 1/2)."""
    p = _vp(c, c.T, model)
    np.fill_diagonal(p, 0.5)
    return p


def pce(c: np.ndarray, vp_model: str = "linear", pce_model: str = "conditional") -> np.ndarray:
    """``Model::probCE2``: one probability per option from the coalition matrix."""
    pv = victory_probabilities(c, vp_model)
    m = c.shape[0]
    if pce_model == "conditional":
        with np.errstate(divide="ignore"):
            lg = np.log(pv).sum(axis=1)
        lg -= lg.max()
        p = np.exp(lg)
        return p / p.sum()
    if pce_model == "markov_uniform":
        p = np.full(m, 1.0 / m)
        for _ in range(1000):
            q = (pv * (p[:, None] + p[None, :])).sum(axis=1) / m
            change = np.abs(q - p).max()
            p = (p + q) / 2.0
            if change <= 1e-6:
                return p
        raise InputError(
            "the Markov-uniform PCE did not converge in 1000 iterations", hint="use pce=conditional"
        )
    # Markov incentive (markov-incentives.tex): challenge j with probability ∝ C_ij P_ij
    inc = c * pv
    inc[np.diag_indices(m)] += 1e-10
    chlg = inc / inc.sum(axis=0, keepdims=True)  # chlg[i, j]: i challenges favourite j
    p = np.full(m, 1.0 / m)
    for _ in range(1000):
        ct = p[:, None] * chlg.T  # ct[i, j] = p_i * chlg[j, i]
        q = (pv * (ct + ct.T)).sum(axis=1)
        change = np.abs(q - p).max()
        p = (p + q) / 2.0
        if change <= 1e-8:
            return p
    raise InputError(
        "the Markov-incentive PCE did not converge in 1000 iterations", hint="use pce=conditional"
    )


def risk_attitudes(p: np.ndarray, rng_mode: str = "mid") -> np.ndarray:
    """``Model::bigRfromProb``: the most probable positions' holders are the most risk-averse."""
    lo, hi = float(p.min()), float(p.max())
    if hi <= lo:  # every position equally likely (KTAB divides by zero)
        return np.zeros_like(p)
    if rng_mode == "min":
        return (p - lo) / (hi - lo)
    if rng_mode == "mid":
        return (3 * p - (hi + 2 * lo)) / (2 * (hi - lo))
    return (2 * p - (hi + lo)) / (hi - lo)


def perceived_risk(r_h, r_i, adjust: str):
    """``Model::estNRA``: h's estimate of i's risk attitude."""
    if adjust == "full":
        return r_i + 0.0 * r_h
    if adjust == "two_thirds":
        return (r_h + (2.0 * r_i)) / 3.0
    if adjust == "half":
        return (r_h + r_i) / 2
    if adjust == "one_third":
        return ((2.0 * r_h) + r_i) / 3.0
    return r_h + 0.0 * r_i


def _round4(x):
    return np.floor(0.5 + x * 10000.0) / 10000.0


def interpolate(xi, si, pi, xj, sj, pj, mode: str = "s2p2"):
    """``SMPActor::interpolateBrgn``: the bargained positions of i and j (per dimension)."""
    if mode == "s2pmax":
        di = np.maximum(pj - pi, 0.0)
        dj = np.maximum(pi - pj, 0.0)
        si2, sj2 = si * si, sj * sj
        dik = (di * sj2) / ((di * sj2) + 1e-6 + ((1 - di) * si2))
        djk = (dj * si2) / ((dj * si2) + 1e-6 + ((1 - dj) * sj2))
        return xi + dik * (xj - xi), xj + djk * (xi - xj)
    e = 1 if mode == "s1p1" else 2
    wi = si**e * pi**e
    wj = sj**e * pj**e
    den = wi + 1e-6 + wj
    return (
        _round4(((wi + 1e-6) * xi + wj * xj) / den),
        _round4((wi * xi + (1e-6 + wj) * xj) / den),
    )


# --------------------------------------------------------------------------------------------
# One state's utilities, and the challenge estimates
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _View:
    """What a state's players know: distances, risk attitudes, weights."""

    d: np.ndarray  # (n, n)
    R: np.ndarray  # (n,) risk attitudes
    caps: np.ndarray  # (n,)
    tsal: np.ndarray  # (n,) total salience
    adjust: str

    def util(self, h, a, b):
        """U^h[a, b] for broadcastable index arrays."""
        return utility(self.d[a, b], perceived_risk(self.R[h], self.R[a], self.adjust))

    def own(self) -> np.ndarray:
        """U^a[a, b]: each actor's own view (aUtil[a](a, b))."""
        return utility(self.d, perceived_risk(self.R, self.R, self.adjust)[:, None])


def _state_view(x: np.ndarray, sal: np.ndarray, caps: np.ndarray, opt: dict[str, str]) -> _View:
    d = distances(x, x, sal)
    rn = utility(d, 0.0)
    p = pce(coalitions(rn, caps, opt["voting_rule"]), opt["victory_prob"], opt["pce"])
    R = risk_attitudes(p, opt["risk_range"])
    return _View(d=d, R=R, caps=caps, tsal=sal.sum(axis=1), adjust=opt["risk_adjust"])


def challenge_estimates(
    view: _View, h, k, i, j, *, rule: str = "prop", commit: str = "semi_commit"
) -> tuple[np.ndarray, np.ndarray]:
    """``probEduChlg(h, k, i, j)`` for arrays of index tuples: h's estimate of P[i beats j]
    and of the expected gain to k of i challenging j.  O(len(h) * n)."""
    h, k, i, j = (np.asarray(a, dtype=np.intp) for a in (h, k, i, j))
    m = h.size
    n = view.caps.size
    P = np.empty(m)
    gain = np.empty(m)
    w = view.tsal * view.caps
    dd = view.d[np.arange(n), np.arange(n)]
    dT = view.d.T  # dT[b, a] = d[a, b]: row b gathers everyone's distance to b
    block = max(1, (1 << 18) // max(1, n))
    for a0 in range(0, m, block):
        sl = slice(a0, min(m, a0 + block))
        hh, kk, ii, jj = h[sl], k[sl], i[sl], j[sl]
        uii = view.util(hh, ii, ii)
        uij = view.util(hh, ii, jj)
        uji = view.util(hh, jj, ii)
        ujj = view.util(hh, jj, jj)
        uki = view.util(hh, kk, ii)
        ukj = view.util(hh, kk, jj)
        eu_sq = uki + ukj
        u_vict = uki + uki
        u_lose = ukj + ukj
        sj = view.tsal[jj]
        ci = vote(rule, view.tsal[ii] * view.caps[ii], uii - uij)
        cj = vote(rule, sj * view.caps[jj], uji - ujj)
        chij = _MIN_CLTN + np.maximum(ci, 0.0) + np.maximum(cj, 0.0)
        chji = _MIN_CLTN + np.maximum(-ci, 0.0) + np.maximum(-cj, 0.0)
        # third parties: rows = tuples, columns = third party n
        r_hn = perceived_risk(view.R[hh][:, None], view.R[None, :], view.adjust)
        uni = utility(dT[ii], r_hn)
        unj = utility(dT[jj], r_hn)
        unn = utility(dd[None, :], r_hn)
        vn = vote(rule, w[None, :], uni - unj)
        cni = chij[:, None] + np.maximum(vn, 0.0)
        cnj = chji[:, None] + np.maximum(-vn, 0.0)
        pin = cni / (cni + cnj)
        pjn = 1.0 - pin
        if commit == "semi_commit":
            u_ik_j = pin * (uni + uni + unn) + pjn * (unj + unj + unj)
            u_i_jk = pin * (uni + uni + uni) + pjn * (unj + unj + unn)
        elif commit == "full_commit":
            u_ik_j = pin * (uni + uni + uni) + pjn * (unj + unj + unj)
            u_i_jk = u_ik_j.copy()
        else:
            u_ik_j = pin * (uni + uni + unn) + pjn * (unj + unj + unn)
            u_i_jk = pin * (uni + uni + unn) + pjn * (unj + unj + unn)
        vk = vote(rule, w[None, :], u_ik_j - u_i_jk)
        cols = np.arange(n)[None, :]
        vk[(cols == ii[:, None]) | (cols == jj[:, None])] = 0.0
        chij = chij + np.maximum(vk, 0.0).sum(axis=1)
        chji = chji + np.maximum(-vk, 0.0).sum(axis=1)
        phij = chij / (chij + chji)
        phji = chji / (chij + chji)
        eu = (1 - sj) * u_vict + sj * (phij * u_vict + phji * u_lose)
        P[sl] = phij
        gain[sl] = eu - eu_sq
    return P, gain


def _challenges(view: _View, rule: str, commit: str) -> tuple[np.ndarray, np.ndarray]:
    """Every actor's own estimate (h = k = i) of every challenge i -> j: ``P[i, j]`` and
    ``gain[i, j]`` (the diagonal is -inf).  Same equations as :func:`challenge_estimates`,
    arranged by initiator: only U^i[n, j] depends on all three of i, j and n."""
    d, n = view.d, view.caps.size
    Rp = perceived_risk(view.R[:, None], view.R[None, :], view.adjust)  # Rp[h, a] = r_ha
    w = view.tsal * view.caps
    dd = d[np.arange(n), np.arange(n)]
    r_ii = Rp[np.arange(n), np.arange(n)]
    uii = utility(dd, r_ii)  # U^i[i, i]
    uij = utility(d, r_ii[:, None])  # U^i[i, j]
    uni = utility(d.T, Rp)  # U^i[n, i] (also U^i[j, i])
    unn = utility(dd[None, :], Rp)  # U^i[n, n] (also U^i[j, j])
    sj = view.tsal[None, :]
    ci = vote(rule, w[:, None], uii[:, None] - uij)
    cj = vote(rule, w[None, :], uni - unn)
    chij0 = _MIN_CLTN + np.maximum(ci, 0.0) + np.maximum(cj, 0.0)
    chji0 = _MIN_CLTN + np.maximum(-ci, 0.0) + np.maximum(-cj, 0.0)
    chij = chij0.copy()
    chji = chji0.copy()
    if commit == "semi_commit":  # (under No/FullCommit a third party's two contests tie: no vote)
        _third_parties(d, Rp, w, uni, unn, chij0, chji0, chij, chji, rule)
    phij = chij / (chij + chji)
    phji = chji / (chij + chji)
    u_vict = uii[:, None] + uii[:, None]
    u_lose = uij + uij
    eu = (1 - sj) * u_vict + sj * (phij * u_vict + phji * u_lose)
    gain = eu - (uii[:, None] + uij)
    np.fill_diagonal(gain, -np.inf)
    return phij, gain


def _third_parties(d, Rp, w, uni, unn, chij0, chji0, chij, chji, rule) -> None:
    """Add the third parties' votes (SemiCommit) to ``chij``/``chji`` in place.

    For initiator i, target j and third party n (views of i): ``x = U_ni - U_nj``, the
    little-contest probability ``p = (C0_ij + max(0, w_n x)) / (C0_ij + C0_ji + |w_n x|)`` and
    the vote ``w_n [p (U_nn - U_ni) + (1 - p)(U_nj - U_nn)]``, zero for n = i and n = j.
    Blocks of initiators keep the (i, j, n) temporaries in cache."""
    n = w.size
    A = 1.0 - d.T  # U^i[n, j] = A[j, n] + B[j, n] r_in
    B = A * np.minimum(d.T, 1.0)
    c0 = chij0 + chji0
    a = unn - uni  # (i, n)
    prop = rule == "prop"
    block = max(1, _CACHE // (n * n))
    ar = np.arange(n)
    buf = [np.empty((block, n, n)) for _ in range(4)]
    for i0 in range(0, n, block):
        b = min(n, i0 + block) - i0
        ib = slice(i0, i0 + b)
        unj, x, t, u = (z[:b] for z in buf)
        np.multiply(B[None, :, :], Rp[ib, None, :], out=unj)
        unj += A[None, :, :]
        np.subtract(uni[ib, None, :], unj, out=x)  # U_ni - U_nj
        if prop:
            x *= w  # the third party's vote in its little contest
        else:
            x[...] = vote(rule, w, x)
        np.maximum(x, 0.0, out=t)
        t += chij0[ib, :, None]  # C0_ij + its support
        np.abs(x, out=u)
        u += c0[ib, :, None]
        t /= u  # p: i wins the little contest
        np.subtract(unj, unn[ib, None, :], out=x)  # e = U_nj - U_nn
        np.subtract(a[ib, None, :], x, out=u)
        u *= t
        u += x  # p (U_nn - U_ni) + (1 - p)(U_nj - U_nn)
        u[ar[:b], :, ar[ib]] = 0.0  # n == i
        u[:, ar, ar] = 0.0  # n == j
        if prop:
            np.maximum(u, 0.0, out=t)
            pos = t @ w
            tot = u @ w
        else:
            v = vote(rule, w, u)
            pos = np.maximum(v, 0.0).sum(axis=-1)
            tot = v.sum(axis=-1)
        chij[ib] += pos
        chji[ib] += pos - tot


def _choose(p: np.ndarray, draws: np.ndarray | None) -> np.ndarray:
    """Rows of option probabilities -> the chosen option: the most probable (the first of
    ties, as KTAB's ``ndxMaxAbs``), or one drawn by probability with the given uniforms."""
    if draws is None:
        return np.argmax(p, axis=1)
    cum = np.cumsum(p, axis=1)
    m = np.argmax(cum > draws[:, None] * cum[:, -1:], axis=1)
    return np.minimum(m, p.shape[1] - 1)


def _resolve(
    util: np.ndarray,
    caps: np.ndarray,
    queues: list[list[int]],
    rule: str,
    opt: dict[str, str],
    draws: np.ndarray | None,
) -> tuple[np.ndarray, np.ndarray]:
    """The scalar PCE over each actor's queue (``util[a, o]``: actor a's utility of option o);
    returns the position in the queue of the option each actor takes, and its probability.
    Queues of the same length are batched (in chunks that bound the temporaries)."""
    n = len(queues)
    na = caps.size
    pick = np.zeros(n, dtype=np.intp)
    prob = np.ones(n)
    by_len: dict[int, list[int]] = {}
    for k, q in enumerate(queues):
        if len(q) > 1:
            by_len.setdefault(len(q), []).append(k)
    batchable = rule == "prop" and opt["pce"] == "conditional"
    for m, ks_all in by_len.items():
        step = _CHUNK // (na * m * m)
        if not batchable or step < 1:
            for k in ks_all:
                pk = pce(
                    coalitions(util[:, queues[k]], caps, rule), opt["victory_prob"], opt["pce"]
                )
                sel = _choose(pk[None, :], None if draws is None else draws[k : k + 1])[0]
                pick[k], prob[k] = sel, pk[sel]
            continue
        diag = np.arange(m)
        for c0 in range(0, len(ks_all), step):
            ks = np.array(ks_all[c0 : c0 + step])
            u = util[:, np.array([queues[k] for k in ks.tolist()])]  # (na, B, m)
            du = np.maximum(u[:, :, :, None] - u[:, :, None, :], 0.0)  # (na, B, m, m)
            c = (caps @ du.reshape(na, -1)).reshape(ks.size, m, m) + _MIN_C
            c[:, diag, diag] = _MIN_C
            pv = _vp(c, np.swapaxes(c, 1, 2), opt["victory_prob"])
            pv[:, diag, diag] = 0.5
            lg = np.log(pv).sum(axis=2)
            lg -= lg.max(axis=1, keepdims=True)
            p = np.exp(lg)
            p /= p.sum(axis=1, keepdims=True)
            sel = _choose(p, None if draws is None else draws[ks])
            pick[ks] = sel
            prob[ks] = p[np.arange(ks.size), sel]
    return pick, prob


def position_probabilities(x: np.ndarray, view: _View, opt: dict[str, str]):
    """KTAB's per-turn "prob" line (``pDist(-1)`` and ``posProb``): the PCE probability of each
    actor's position, options being positions within 1e-3 of each other."""
    n = x.shape[0]
    diff = x[:, None, :] - x[None, :, :]
    close = np.sqrt((diff * diff).sum(axis=-1)) < POS_TOL
    # KTAB's greedy grouping: an actor opens a new option unless it is close to an earlier
    # option.  When closeness is transitive (the usual case) "no earlier actor is close" says
    # the same; otherwise group one by one.
    first = np.argmax(close, axis=1)  # the first actor each one is close to (itself at worst)
    cand = first == np.arange(n)
    if cand[first].all():
        uniq = np.flatnonzero(cand).tolist()
    else:
        uniq = []
        for a in range(n):
            if not uniq or not close[a, uniq].any():
                uniq.append(a)
    u = view.own()[:, uniq]
    p = pce(coalitions(u, view.caps, "prop"), opt["victory_prob"], opt["pce"])
    cu = close[:, uniq]
    # posProb: the last option the actor's position is equivalent to
    last = len(uniq) - 1 - np.argmax(cu[:, ::-1], axis=1)
    return p[last], np.asarray(uniq), p


# --------------------------------------------------------------------------------------------
# The run
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, eq=False)
class SMPRun:
    """Everything a run computed.  Axes: state t (0 = input), actor i, dimension k.

    ``positions[t]`` on 0..1 (``turns + 1`` states); ``probabilities[t, i]`` KTAB's per-turn
    "prob" of actor i's position; ``risk[t, i]`` R_i in state t.  Per turn t (row t - 1):
    ``target[i]`` the actor i challenged (-1: none), ``target_gain`` and ``target_prob`` i's
    estimates of the gain and of P[i beats target]; ``adopted_init``/``adopted_rcvr`` the
    initiator and receiver of the option actor i took (both i: it stayed, status quo) and
    ``adopted_prob`` its probability in i's queue; ``queue_size``.  ``movement[t - 1]`` the
    summed distance moved in turn t, ``ratio[t - 1]`` that over the first turn's (+1e-4).
    """

    positions: np.ndarray
    probabilities: np.ndarray
    risk: np.ndarray
    target: np.ndarray
    target_gain: np.ndarray
    target_prob: np.ndarray
    adopted_init: np.ndarray
    adopted_rcvr: np.ndarray
    adopted_prob: np.ndarray
    queue_size: np.ndarray
    movement: np.ndarray
    ratio: np.ndarray
    stop_reason: str
    options: dict[str, str] = field(default_factory=dict)
    options_probability: list[np.ndarray] = field(default_factory=list)
    options_index: list[np.ndarray] = field(default_factory=list)

    @property
    def turns(self) -> int:
        return self.positions.shape[0] - 1

    def most_probable(self, t: int = -1) -> int:
        """Index of an actor holding the most probable position in state t (the first)."""
        p = self.options_probability[t]
        return int(self.options_index[t][int(np.argmax(p))])


def _check_inputs(positions, saliences, capabilities):
    x = np.array(positions, dtype=float)
    if x.ndim == 1:
        x = x[:, None]
    s = np.array(saliences, dtype=float).reshape(x.shape)
    c = np.array(capabilities, dtype=float).reshape(x.shape[0])
    if x.shape[0] < 2:
        raise InputError("the SMP needs at least two actors", hint="add actors")
    for name, a in (("position", x), ("salience", s), ("capability", c)):
        if not np.all(np.isfinite(a)):
            raise InputError(f"every {name} must be a finite number")
    if (x < 0).any() or (x > 1).any():
        raise InputError("positions must lie in 0..1 (the issue's scale mapped to 0..1)")
    if (s < 0).any() or (s > 1).any():
        raise InputError("saliences must lie in 0..1 (0..100 divided by 100)")
    if (s.sum(axis=1) > 1 + 1e-9).any():
        raise InputError("an actor's saliences must sum to at most 1 (100 on the 0..100 scale)")
    if (c < 0).any():
        raise InputError("capabilities must not be negative")
    return x, s, c


def run(
    positions,
    saliences,
    capabilities,
    *,
    max_turns: int = MAX_TURNS,
    rng: np.random.Generator | None = None,
    **options: str,
) -> SMPRun:
    """Run the SMP on arrays: ``positions`` (n, D) on 0..1, ``saliences`` (n, D) on 0..1 with
    row sums at most 1, ``capabilities`` (n,).  ``options``: the nine KTAB parameters
    (:data:`OPTIONS`; KTAB's spellings accepted).  ``rng`` is needed for
    ``transition="stochastic"``."""
    opt = dict(DEFAULTS)
    for key, v in options.items():
        if key not in OPTIONS:
            raise InputError(f"unknown SMP option {key!r}", hint="options: " + ", ".join(OPTIONS))
        opt[key] = option_value(key, v)
    if (
        isinstance(max_turns, bool)
        or not isinstance(max_turns, (int, np.integer))
        or not 1 <= max_turns <= 10_000
    ):
        raise InputError(f"max_turns must be an integer from 1 to 10000, not {max_turns!r}")
    if opt["transition"] == "stochastic" and rng is None:
        raise InputError("transition=stochastic needs a random generator (give a seed)")
    x, sal, caps = _check_inputs(positions, saliences, capabilities)
    n = x.shape[0]
    rule = opt["voting_rule"]

    hist = [x]
    views = [_state_view(x, sal, caps, opt)]
    cols: dict[str, list[np.ndarray]] = {
        k: []
        for k in (
            "target",
            "target_gain",
            "target_prob",
            "adopted_init",
            "adopted_rcvr",
            "adopted_prob",
            "queue_size",
        )
    }
    movement: list[float] = []
    ratio: list[float] = []
    stop = "max_turns"
    for t in range(1, max_turns + 1):
        x, view = hist[-1], views[-1]
        step = _turn(x, sal, caps, view, opt, rule, rng)
        x2 = step.pop("positions")
        for key, arr in step.items():
            cols[key].append(arr)
        hist.append(x2)
        views.append(_state_view(x2, sal, caps, opt))
        dxy = float(np.sqrt(((x2 - x) ** 2).sum(axis=1)).sum())
        movement.append(dxy)
        r = dxy / (movement[0] + MIN_SIG_DELTA)
        ratio.append(r)
        if t >= 2 and r < MIN_DELTA_RATIO:
            stop = "quiet"
            break
    probs, opt_p, opt_i = [], [], []
    for xs, vw in zip(hist, views, strict=True):
        pa, ui, pu = position_probabilities(xs, vw, opt)
        probs.append(pa)
        opt_i.append(ui)
        opt_p.append(pu)
    return SMPRun(
        positions=np.stack(hist),
        probabilities=np.stack(probs),
        risk=np.stack([v.R for v in views]),
        **{k: np.stack(v) if v else np.empty((0, n)) for k, v in cols.items()},
        movement=np.asarray(movement),
        ratio=np.asarray(ratio),
        stop_reason=stop,
        options=opt,
        options_probability=opt_p,
        options_index=opt_i,
    )


def _turn(x, sal, caps, view: _View, opt, rule, rng) -> dict[str, np.ndarray]:
    n, D = x.shape
    Pm, G = _challenges(view, rule, opt["third_party"])
    ok = G > _MIN_SIG_EDU
    target = np.where(ok.any(axis=1), np.argmax(np.where(ok, G, -np.inf), axis=1), -1)
    rows = np.arange(n)
    has = target >= 0
    tg = np.where(has, G[rows, np.maximum(target, 0)], np.nan)
    tp = np.where(has, Pm[rows, np.maximum(target, 0)], np.nan)

    # bargains: (initiator, receiver, initiator's new position, receiver's new position)
    I = rows[has]
    J = target[has]
    p_i = tp[has]
    bi, bj = interpolate(
        x[I], sal[I], p_i[:, None], x[J], sal[J], (1 - p_i)[:, None], opt["interpolation"]
    )
    bm = opt["bargain_model"]
    if bm != "init_only":
        _, g_ji = challenge_estimates(view, J, I, I, J, rule=rule, commit=opt["third_party"])
        ri, rj = interpolate(
            x[I], sal[I], g_ji[:, None], x[J], sal[J], (1 - g_ji)[:, None], opt["interpolation"]
        )
        if bm == "pw_comp":
            wi = (caps[I] * sal[I].sum(axis=1))[:, None]
            wj = (caps[I] * sal[J].sum(axis=1))[:, None]  # KTAB: initiator's capability
            bi = (wi * bi + wj * ri) / (wi + wj)
            bj = (wi * bj + wj * rj) / (wi + wj)
    # every option: status quo of each actor (index k), then the bargains
    b_init = [I]
    b_rcvr = [J]
    b_pi = [bi]
    b_pr = [bj]
    if bm == "init_rcvr":
        b_init.append(I)
        b_rcvr.append(J)
        b_pi.append(ri)
        b_pr.append(rj)
    binit = np.concatenate(b_init)
    brcvr = np.concatenate(b_rcvr)
    bpi = np.concatenate(b_pi) if binit.size else np.empty((0, D))
    bpr = np.concatenate(b_pr) if binit.size else np.empty((0, D))
    nb = binit.size
    # queue of actor k, in KTAB's order: for initiator i = 0..n-1, i's status quo goes to i's
    # queue, then i's bargain(s) to i's and its target's queues
    nbi = 2 if bm == "init_rcvr" else 1
    nI = int(I.size)
    owner_of = [-1] * n
    for b_, i_ in enumerate(I.tolist()):
        owner_of[i_] = b_
    tgt = target.tolist()
    queues: list[list[int]] = [[] for _ in range(n)]  # option ids: k -> SQ of k, n + b -> bargain
    for i in range(n):
        queues[i].append(i)
        b_ = owner_of[i]
        if b_ >= 0:
            ids = [n + b_ + r * nI for r in range(nbi)]
            queues[i].extend(ids)
            queues[tgt[i]].extend(ids)

    # utility to each actor a of each option: mean over positions with the bargain's two moved
    own = view.own()  # (n, n)
    base = own.sum(axis=1)  # status quo, summed
    u_opt = np.empty((n, n + nb))
    u_opt[:, :n] = (base / n)[:, None]
    if nb:
        R_own = view.R[:, None]
        u_i = utility(_dist_to(x, sal, bpi), R_own)  # (n, nb)
        u_r = utility(_dist_to(x, sal, bpr), R_own)
        tot = base[:, None] - own[:, binit] - own[:, brcvr] + u_i + u_r
        u_opt[:, n:] = tot / n
    qsize = np.array([len(q) for q in queues])
    draws = rng.random(n) if opt["transition"] == "stochastic" else None
    pick, adopted_p = _resolve(u_opt, caps, queues, rule, opt, draws)
    adopted = np.array([q[m] for q, m in zip(queues, pick.tolist(), strict=True)])
    x2 = x.copy()
    a_init = np.arange(n)
    a_rcvr = np.arange(n)
    moved = np.flatnonzero(adopted >= n)
    if moved.size:
        b_ = adopted[moved] - n
        a_init[moved] = binit[b_]
        a_rcvr[moved] = brcvr[b_]
        x2[moved] = np.where((binit[b_] == moved)[:, None], bpi[b_], bpr[b_])
    return {
        "positions": x2,
        "target": target,
        "target_gain": tg,
        "target_prob": tp,
        "adopted_init": a_init,
        "adopted_rcvr": a_rcvr,
        "adopted_prob": adopted_p,
        "queue_size": qsize,
    }


def _dist_to(ideals: np.ndarray, sal: np.ndarray, pts: np.ndarray) -> np.ndarray:
    """d[a, b]: distance from a's ideal to point b, a's saliences (as ``distances``)."""
    n, D = ideals.shape
    num = np.zeros((n, pts.shape[0]))
    den = np.zeros(n)
    for k in range(D):
        t = (ideals[:, k][:, None] - pts[:, k][None, :]) * sal[:, k][:, None]
        num += t * t
        den += sal[:, k] * sal[:, k]
    with np.errstate(invalid="ignore", divide="ignore"):
        d = np.sqrt(num / den[:, None])
    d[den <= 0] = 0.0
    return d


def scenario_arrays(scenario) -> dict[str, Any]:
    """The SMP's inputs from a scenario: every issue is a dimension, every actor needs a
    stance with a salience on every issue and a capability.

    Returns actor ids and names, positions (n, D) mapped from each issue's scale to 0..1,
    saliences (n, D) on 0..1 (an actor's are scaled down to sum to 1 when they sum to more),
    capabilities (n,) (an actor's capability on the issues; their mean when they differ) and
    the notes on any such adjustment."""
    from concilium.models.institutions import issue_inputs

    issues = list(scenario.issues)
    per_issue = [
        issue_inputs(scenario, iss, need=("salience", "capability"), model=NAME) for iss in issues
    ]
    ids = [a.id for a in scenario.actors]
    missing = [
        f"{aid} ({iss.id})"
        for iss, inp in zip(issues, per_issue, strict=True)
        for aid in ids
        if aid not in inp.actor_ids
    ]
    if missing:
        shown = ", ".join(missing[:10]) + (
            f" and {len(missing) - 10} more" if len(missing) > 10 else ""
        )
        raise InputError(
            f"the smp model treats every issue as a dimension of one space, so every actor "
            f"needs a stance on every issue; missing: {shown}",
            field="actors",
            hint="give those stances (position and salience), or forecast the "
            "issues in separate scenarios",
        )
    n, D = len(ids), len(issues)
    pos = np.empty((n, D))
    sal = np.empty((n, D))
    cap = np.empty((n, D))
    for g, (iss, inp) in enumerate(zip(issues, per_issue, strict=True)):
        order = [inp.actor_ids.index(a) for a in ids]
        lo, hi = iss.scale.min, iss.scale.max
        pos[:, g] = np.clip((inp.positions[order] - lo) / (hi - lo), 0.0, 1.0)
        sal[:, g] = inp.saliences[order] / 100.0
        cap[:, g] = inp.capabilities[order]
    notes: list[str] = []
    total = sal.sum(axis=1)
    over = total > 1.0
    if over.any():
        sal[over] /= total[over, None]
        who = [ids[i] for i in np.flatnonzero(over)]
        notes.append(
            f"{len(who)} actor(s) have saliences summing to more than 100 over the "
            f"{D} issues ({', '.join(who[:6])}{' ...' if len(who) > 6 else ''}); "
            "KTAB allows at most 100 in all, so theirs were scaled down to sum to 100."
        )
    caps = cap.mean(axis=1)
    differ = [ids[i] for i in range(n) if np.ptp(cap[i]) > 0]
    if differ:
        notes.append(
            f"{len(differ)} actor(s) have different capabilities on different issues "
            f"({', '.join(differ[:6])}); the SMP has one capability per actor, so their "
            "mean is used."
        )
    names = {a.id: a.name for a in scenario.actors}
    return {
        "ids": ids,
        "names": [names[a] for a in ids],
        "positions": pos,
        "saliences": sal,
        "capabilities": caps,
        "notes": notes,
    }


def forecast(
    scenario,
    *,
    rng=None,
    victory_prob: str = "linear",
    pce: str = "conditional",
    transition: str = "deterministic",
    voting_rule: str = "prop",
    risk_adjust: str = "one_third",
    risk_range: str = "mid",
    third_party: str = "semi_commit",
    interpolation: str = "s2p2",
    bargain_model: str = "init_only",
    max_turns: int = MAX_TURNS,
    institutions: bool = True,
):
    """Run KTAB's SMP on a scenario (all issues at once, as the dimensions of one space).

    The forecast on each issue is the final state's most probable position (KTAB's
    probabilistic Condorcet election over the actors' positions), put to the body's rule
    against the status quo like every bargaining model (``institutions``, see
    :mod:`concilium.models.institutions`).  ``IssueForecast.trace`` holds the per-turn
    positions (issue's scale, actor order) and probabilities; ``details`` the run's summary.

    Parameters
    ----------
    victory_prob, pce, transition, voting_rule, risk_adjust, risk_range, third_party,
    interpolation, bargain_model
        KTAB's nine model parameters (:data:`OPTIONS`; KTAB's own spellings such as
        ``PropCbc`` are accepted).  Defaults are KTAB's.
    max_turns
        KTAB stops after 100 turns at the latest.
    rng
        ``transition="stochastic"`` draws each actor's bargain by probability from ``rng``
        (``run_model``/``--seed`` give ``default_rng(SeedSequence(seed))``: the same seed gives
        the same run).  Deterministic runs do not use it.
    institutions
        As for every bargaining model: the forecast is the status quo when the rule does
        not let the SMP's position pass against it.
    """
    from concilium.models.institutions import apply_rule, check_institutions, make_forecast

    institutions = check_institutions(institutions)
    options = {
        "victory_prob": victory_prob,
        "pce": pce,
        "transition": transition,
        "voting_rule": voting_rule,
        "risk_adjust": risk_adjust,
        "risk_range": risk_range,
        "third_party": third_party,
        "interpolation": interpolation,
        "bargain_model": bargain_model,
    }
    options = {k: option_value(k, v) for k, v in options.items()}
    if options["transition"] == "stochastic" and rng is None:
        raise InputError(
            "transition=stochastic draws the bargains at random and needs a seed",
            hint="give --seed N (the same seed gives the same run)",
        )
    arr = scenario_arrays(scenario)
    try:
        tr = run(
            arr["positions"],
            arr["saliences"],
            arr["capabilities"],
            max_turns=max_turns,
            rng=rng,
            **options,
        )
    except InputError as exc:
        p = exc.problems[0]
        raise InputError(f"smp: {p.message}", field=p.field, hint=p.hint) from None
    params = {**options, "max_turns": max_turns, "institutions": institutions}
    ids, names = arr["ids"], arr["names"]
    member = np.array([scenario.is_member(a) for a in ids], dtype=bool)
    top = tr.most_probable(-1)
    weights = arr["capabilities"] * arr["saliences"].sum(axis=1)
    out = []
    for g, issue in enumerate(scenario.issues):
        lo, hi = issue.scale.min, issue.scale.max
        scale = (tr.positions[:, :, g] * (hi - lo)) + lo  # (T+1, n) on the issue's scale
        z = float(scale[-1, top])
        records = [
            {
                "round": t,
                "positions": [float(v) for v in scale[t]],
                "probabilities": [float(v) for v in tr.probabilities[t]],
            }
            for t in range(tr.turns + 1)
        ]
        mp = [float(scale[t, tr.most_probable(t)]) for t in range(tr.turns + 1)]
        wmean = float(weights @ scale[-1] / weights.sum()) if weights.sum() > 0 else None
        details = {
            "actor_ids": ids,
            "dimensions": [i.id for i in scenario.issues],
            "turns": tr.turns,
            "stop_reason": tr.stop_reason,
            "change_ratio": [float(v) for v in tr.ratio],
            "most_probable_by_turn": mp,
            "final_positions": dict(zip(ids, (float(v) for v in scale[-1]), strict=True)),
            "final_probabilities": dict(
                zip(ids, (float(v) for v in tr.probabilities[-1]), strict=True)
            ),
            "weighted_mean": wmean,
            "risk_attitudes": dict(zip(ids, (float(v) for v in tr.risk[-1]), strict=True)),
            "settings": dict(tr.options),
        }
        explain = _explain(tr, g, scale, names, member, issue, top) + arr["notes"]
        out.append(
            apply_rule(
                scenario,
                issue,
                z,
                institutions=institutions,
                explanation=explain,
                details=details,
                trace=records,
            )
        )
    return make_forecast(
        scenario,
        name=NAME,
        citation=CITATION,
        params=params,
        issues=out,
        trace=_trace(scenario, tr, ids),
    )


def _trace(scenario, tr: SMPRun, ids: list[str]) -> Trace:
    """The run as a :class:`~concilium.trace.Trace`: positions per turn on each issue's scale,
    one move record per actor, turn and issue on which it moved (the bargain it took: whose
    challenge, and its probability in the actor's queue), KTAB's per-turn probabilities."""
    issues = list(scenario.issues)
    lo = np.array([i.scale.min for i in issues])
    width = np.array([i.scale.max - i.scale.min for i in issues])
    pos = tr.positions * width + lo  # (T+1, n, D)
    moves = []
    for t in range(1, tr.turns + 1):
        for k in np.flatnonzero(tr.adopted_init[t - 1] != tr.adopted_rcvr[t - 1]).tolist():
            ini, rcv = int(tr.adopted_init[t - 1, k]), int(tr.adopted_rcvr[t - 1, k])
            other = rcv if ini == k else ini
            why = (
                f"took the bargain of {'its own challenge of' if ini == k else 'the challenge by'} "
                f"{ids[other]} (probability {tr.adopted_prob[t - 1, k]:.3f} among "
                f"{int(tr.queue_size[t - 1, k])} option(s))"
            )
            for d, issue in enumerate(issues):
                if pos[t, k, d] != pos[t - 1, k, d]:
                    moves.append(
                        Move(
                            turn=t,
                            actor=ids[k],
                            dimension=issue.id,
                            before=float(pos[t - 1, k, d]),
                            after=float(pos[t, k, d]),
                            counterpart=ids[other],
                            reason=why,
                        )
                    )
    if tr.stop_reason == "quiet":
        status, why_stop = (
            "converged",
            (
                f"movement in turn {tr.turns} was {tr.ratio[-1]:.2%} of the first turn's, below "
                "KTAB's 2% threshold"
            ),
        )
    else:
        status, why_stop = "stopped", f"reached the cap of {tr.turns} turn(s)"
    return Trace.from_array(
        NAME,
        ids,
        [i.id for i in issues],
        pos,
        moves=moves,
        status=status,
        stop_reason=why_stop,
        per_turn={
            "probabilities": [[float(v) for v in row] for row in tr.probabilities],
            "most_probable_actor": [ids[tr.most_probable(t)] for t in range(tr.turns + 1)],
            "movement": [0.0, *(float(v) for v in tr.movement)],
        },
    )


def _explain(
    tr: SMPRun, g: int, scale: np.ndarray, names: list[str], member: np.ndarray, issue, top: int
) -> list[str]:
    """Sentences: the setting, how the run ended, the forecast, who moved most and why."""
    n = len(names)
    D = tr.positions.shape[2]
    T = tr.turns
    m = int(member.sum())
    lines = [
        (
            f"KTAB Spatial Model of Politics: {n} actors ({m} voting member(s), {n - m} outside "
            f"stakeholder(s)) bargaining over {D} issue(s) as the dimensions of one space."
        )
    ]
    if tr.stop_reason == "quiet":
        lines.append(
            f"It stopped after {T} turn(s): the movement in turn {T} was "
            f"{tr.ratio[-1]:.1%} of the first turn's, below KTAB's 2% threshold."
        )
    else:
        lines.append(
            f"It ran to the limit of {T} turn(s) without the movement dying down "
            f"(last turn: {tr.ratio[-1]:.1%} of the first turn's)."
            if T
            else "It ran no turns."
        )
    holders = [
        names[i]
        for i in range(n)
        if abs(scale[-1, i] - scale[-1, top]) <= POS_TOL * (issue.scale.max - issue.scale.min)
    ]
    pz = float(tr.probabilities[-1, top])
    lines.append(
        f"Forecast {scale[-1, top]:.4g} on {issue.id}: the most probable position after "
        f"turn {T} (probability {pz:.3f} in the final Condorcet election), held by "
        f"{', '.join(holders[:6])}{' and others' if len(holders) > 6 else ''}."
    )
    if T == 0:
        return lines
    steps = np.abs(np.diff(scale, axis=0))  # (T, n)
    total = steps.sum(axis=0)
    if total.max() <= 0:
        lines.append(f"Nobody moved on {issue.id}.")
        return lines
    who = int(np.argmax(total))
    t_big = int(np.argmax(steps[:, who]))  # row t_big = turn t_big + 1
    ini, rcv = int(tr.adopted_init[t_big, who]), int(tr.adopted_rcvr[t_big, who])
    other = rcv if ini == who else ini
    role = "its own challenge of" if ini == who else "the challenge from"
    p_win = tr.target_prob[t_big, ini]
    gain = tr.target_gain[t_big, ini]
    moves = int((steps[:, who] > 0).sum())
    lines.append(
        f"{names[who]} moved most on {issue.id}: {scale[0, who]:.4g} → {scale[-1, who]:.4g} "
        f"({total[who]:.4g} along the scale in {moves} move(s)); its largest move, in turn "
        f"{t_big + 1} ({scale[t_big, who]:.4g} → {scale[t_big + 1, who]:.4g}), took the bargain "
        f"from {role} {names[other]} ({names[ini]} put its chance of winning at {p_win:.2f} "
        f"and its expected gain at {gain:.3g}; the bargain won {tr.adopted_prob[t_big, who]:.2f} "
        f"of the vote among {int(tr.queue_size[t_big, who])} option(s) in {names[who]}'s queue)."
    )
    return lines


_OPTION_HELP = {
    "victory_prob": "probability of victory from coalition strengths (KTAB VictoryProbModel)",
    "pce": "probabilistic Condorcet election (KTAB PCEModel)",
    "transition": "state transition: deterministic, or stochastic from a seed",
    "voting_rule": "how an actor's vote scales with its utility difference (KTAB VotingRule)",
    "risk_adjust": "per-turn risk attitudes (KTAB BigRAdjust)",
    "risk_range": "range of risk attitudes (KTAB BigRRange)",
    "third_party": "third-party commitment (KTAB ThirdPartyCommit)",
    "interpolation": "bargain interpolation (KTAB InterVecBrgn)",
    "bargain_model": "bargaining model (KTAB BargnModel)",
}

SPEC = ModelSpec(
    name=NAME,
    citation=CITATION,
    summary=SUMMARY,
    requires=("position", "salience", "capability"),
    forecast=forecast,
    stochastic_when=(("transition", "stochastic"),),
    # as in KTAB, ties (challenge targets, queue options) go to the first actor
    order_dependent=True,
    iterative=True,
    scope="decision",
    params=(
        *(
            Param(name, str, DEFAULTS[name], _OPTION_HELP[name], choices=OPTIONS[name])
            for name in OPTIONS
        ),
        Param("max_turns", int, MAX_TURNS, "cap on turns", minimum=1, maximum=10_000),
        INSTITUTIONS,
    ),
)
