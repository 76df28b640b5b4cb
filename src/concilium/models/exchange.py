r"""Stokman & Van Oosten's exchange model of issue linkage (log-rolling), vectorised with numpy.

Citations
---------
Stokman, F. N. & Van Oosten, R. (1994). "The exchange of voting positions: an object-oriented
model of policy networks". In B. Bueno de Mesquita & F. N. Stokman (eds.), *European Community
Decision Making*, Yale UP, 105-127.  Evaluated on EU legislation in Thomson, Stokman, Achen &
König (eds.) (2006), *The European Union Decides*, Cambridge UP (the exchange model of Arregui,
Stokman & Thomson's chapter), and in Stokman & Thomson (2004), "Winners and losers in the
European Union", *European Union Politics* 5(1).  The repeated rounds follow the Python
implementation ``decide-exchange-model`` (Decide; github.com/foarsitter/decide-exchange-model,
GPL-3.0), whose choices are compared below; no code of it is used here.
``docs/models/exchange.md`` is the theory page.

Idea
----
Actors care more about some issues than others.  Two actors who stand on opposite sides of the
expected outcome on two issues, and whose relative saliences differ, can both gain by trading
*voting positions*: each moves its voting position towards the other on the issue it cares
less about, and so pulls the outcome towards itself on the issue it cares more about.

Inputs and the outcome
----------------------
Actor :math:`i` has on issue :math:`k` a position :math:`x_{ik}` (its interest, fixed within a
round), a voting position :math:`y_{ik}` (starts at :math:`x_{ik}`), a capability
:math:`c_{ik}` and a salience :math:`s_{ik}` (0..100).  Positions are put on a 0..100 scale per
issue (``(x - min) / (max - min) * 100`` with the issue's scale) so that moves on different
issues are commensurable, and put back at the end.  The expected outcome of issue :math:`k` is
the compromise of the voting positions (the "Nash bargaining solution" of the Decide
literature, the compromise model of Thomson et al. 2006)::

    O_k = sum_i c_ik s_ik y_ik / W_k,        W_k = sum_i c_ik s_ik          (1)

Utility is linear loss weighted by salience: :math:`U_i = -\sum_k s_{ik} |O_k - x_{ik}|`.

An exchange (i, j, p, q)
------------------------
*Possible* when (a) i and j stand on opposite sides of the outcome on both issues
(:math:`(x_{ip} - O_p)(x_{jp} - O_p) < 0` and the same on q), (b) their relative saliences
differ, :math:`s_{ip}/s_{iq} > s_{jp}/s_{jq}` (written :math:`s_{ip}s_{jq} > s_{iq}s_{jp}`),
so that i *demands* p (wants j to move on p) and *supplies* q; j supplies p and demands q;
(c) when the scenario declares ``links``, p and q are linked.

j moves its voting position on p towards :math:`x_{ip}` by :math:`\Delta_{jp}`, which shifts
the outcome towards i by :math:`\delta_p = c_{jp}s_{jp}\Delta_{jp}/W_p`; i moves on q towards
:math:`x_{jq}` by :math:`\Delta_{iq}`, shifting :math:`O_q` by
:math:`\delta_q = c_{iq}s_{iq}\Delta_{iq}/W_q`.  Expected gains::

    EU_i = s_ip delta_p - s_iq delta_q,      EU_j = s_jq delta_q - s_jp delta_p        (2)

*Equal gain* (Stokman & Van Oosten's rate of exchange) sets EU_i = EU_j::

    delta_q = r delta_p,   r = (s_ip + s_jp) / (s_iq + s_jq)                           (3)
    G = EU_i = EU_j = delta_p (s_ip s_jq - s_iq s_jp) / (s_iq + s_jq)                    (4)

G is positive exactly when (b) holds and grows with delta_p, so the exchange is as large as
the limits allow::

    delta_p = min( c_jp s_jp R_jp / W_p,  |x_ip - O_p|,                                (5)
                   (c_iq s_iq R_iq / W_q) / r,  |x_jq - O_q| / r )

where :math:`R_{jp}` is how far j's voting position may still move towards :math:`x_{ip}`
(a supplier never moves past the demander's position) and the second and fourth terms stop
the outcome at the demander's own position (beyond it the demander would lose, and (2) would
not hold).  The moves are :math:`\Delta_{jp} = \delta_p W_p/(c_{jp}s_{jp})` and
:math:`\Delta_{iq} = r\delta_p W_q/(c_{iq}s_{iq})`.

A round
-------
All possible exchanges are evaluated (vectorised over actor pairs and issue pairs); the one
with the highest gain is realised, the outcomes are updated with (1), every exchange is
re-evaluated on the new voting positions and outcomes, and so on until no exchange with a
positive gain is left (or ``max_exchanges`` per round).  Within a round an actor moves its
voting position on an issue in one direction only (an exchange that would take it back is not
possible), as in Stokman & Van Oosten.  Each realised exchange exhausts one of the limits in
(5), so it is not repeated.

Ties (exchanges whose gains are equal to within a relative 1e-9) are broken by a seeded rule:
the generator (from ``numpy.random.SeedSequence``) draws a random order of the actors and one of
the issues, each in sorted-id order, and the tied exchange that comes first in
(rank of the demander of the lower issue, rank of its partner, rank of p, rank of q) is
realised.  The rule does not depend on the order in which actors are listed, and the same seed
gives the same result.  (decide-exchange-model flips an unseeded coin between the first two
tied exchanges, so its results move between runs.)

Which tied exchange comes first is arbitrary, and it changes what follows: a forecast that
depends on an arbitrary tie order carries noise that is not in the model.  So the forecast is
the *expected* outcome over the tie lottery, estimated by the mean of ``repetitions`` runs with
independent tie orders (``rng`` itself and ``rng.spawn(R - 1)``), R = ``REPETITIONS`` = 10 by
default.  The precedent is decide-exchange-model's own ``--repetitions`` and the "avg voting
MDS" of its summary (the mean over repetitions).  For absolute error the mean is never worse on
average than a single draw: |E[O] - o| <= E|O - o| for any outcome o (Jensen), per issue.  Ten
runs shrink the tie noise of a one-run forecast by sqrt(10) = 3.2 at ten times the cost (0.1 s
-> about 1 s of CPU for CoP21's 15 actors x 13 issues x 10 rounds); ``repetitions=1`` gives the
single run.  The exchanges, the trace and the explanations are the first run's; the members'
voting positions for the rule check are the mean over the runs, whose outcome (1) is the
forecast (the outcome is linear in the voting positions).

Rounds
------
After round t the outcome (1) of the voting positions is the round's forecast.  Before the next
round every actor that moved carries part of its move into its position, as in
decide-exchange-model: :math:`x'_{ik} = x_{ik} + w_{ik}(y_{ik} - x_{ik})` with
:math:`w_{ik} = f + g(1 - s_{ik}/100)` (``carry_fixed`` f = 0.1, ``carry_salience`` g = 0.4);
voting positions restart at :math:`x'`.  Rounds stop after ``rounds`` rounds or when a round
realises no exchange.  ``rounds=1`` is the model of Stokman & Van Oosten (1994).

Where this differs from decide-exchange-model (reasons in docs/models/exchange.md)
--------------------------------------------------------------------------------------
* sides of the outcome are re-read after every exchange (``sides="current"``, the default), so
  the gains (2) are the parties' true gains; ``sides="start"`` fixes them at the start of each
  round, as decide does (an exchange is then possible between actors on opposite sides of the
  round's starting outcome; the parties gain at least G, more when the outcome has since moved
  past one of them);
* every exchange is re-evaluated after each realised one, so an exchange whose limits reopen
  (another exchange moved the outcome away from its demander again) can be realised again
  (``candidates="live"``, the default); ``candidates="start"`` is decide's list: the exchanges
  possible at the start of the round, each struck off once realised or no longer possible;
* ties are broken by the seeded rule above, not by an unseeded coin;
* the limit that the outcome must not pass the demander's position is applied in closed form
  (5) rather than by decide's sequence of adjustments;
* decide checks the limit "the outcome must not pass the demander" on the round's starting
  outcome moved only by the exchange's own two actors and those who moved for the same
  demander (its ``updates``), and recomputes a pending exchange only when a realised one shares
  an actor and an issue with it; here the outcome is always the compromise (1) of all voting
  positions.  decide's move history also keeps a stale tentative move after a recalculation,
  which strikes off some possible exchanges (``sum(moves) > 100``); neither is reproduced
  (docs/models/exchange.md, "Why the two implementations differ");
* the randomised "p" variant and the random-rate model of decide are not implemented (the
  latter does not run in decide-exchange-model 2022.1.28).

Readings (parameters; which the evaluation harness tunes is in ``SPEC.tuning``)
--------------------------------------------------------------------------------
* ``sides``: above.
* ``rate``: ``equal`` (default; equal gain, (3)) or ``rks``, the Raiffa-Kalai-Smorodinsky rate
  of van Assen, Stokman & Van Oosten (2003, *Rationality and Society* 15(1)): the gains are in
  proportion to each actor's ideal gain, the most it could get while the other loses nothing
  (:func:`_rks` has the equations); exchanges are then realised in the order of the smaller of
  the two gains (our choice; with equal gain it is the gain).
* ``per_pair``: ``any`` (default, as decide-exchange-model) lets a pair of actors realise
  several exchanges in a round, on different issue pairs; ``one`` lets each pair realise only
  its best, after which the pair is done for the round (the reading of Stokman & Van Oosten's
  round given in issue 12; the chapter itself was not at hand to check).
* ``repetitions``: R runs with independent tie orders (``rng`` and ``rng.spawn(R - 1)``) whose
  outcomes are averaged, as decide-exchange-model's ``--repetitions`` and its summary's
  "avg voting MDS" (default 10, see "Ties" above; 1 = a single run, decide's default); the
  exchanges and the trace are the first run's.
* ``read``: the forecast is the outcome of the voting positions after the last round
  (``voting``, default; decide's "voting MDS") or of the positions carried into the next
  round (``position``; decide's "MDS" of the next round).  ``position`` moves each actor only
  ``w`` (0.1..0.5) of the way from its position to its voting position, so it lies between the
  compromise of the positions and ``voting``: a shrinkage towards the compromise model, which
  is why the harness does not tune it.
* ``candidates``: ``live`` (default) re-evaluates every exchange after each realised one;
  ``start`` follows decide-exchange-model's list (``determine_groups_and_calculate_exchanges``
  lists the exchanges at the start of a round, ``highest_gain`` takes the realised one off and
  ``remove_invalid_exchanges`` strikes off those no longer possible, for the rest of the round).
* ``bound``: a supplier moves its voting position at most to the demander's position
  (``position``, default, as in (5) and decide) or, not in the sources, at most to the
  current outcome (``outcome``); the same pair then repeats the exchange in ever smaller steps
  as the outcome follows.  Evaluated, not tuned.

The forecast
------------
Per issue, the outcome (1) after the last round, put to the body's rule against the status quo
(:mod:`concilium.models.institutions`) with every member voting by its *voting* position: an
exchange of voting positions is precisely a promise to vote differently, which is how a holdout
bought off on a linked issue stops blocking.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, NamedTuple

import numpy as np

from concilium.errors import InputError
from concilium.models._spec import INSTITUTIONS, ModelSpec, Param
from concilium.trace import Move, Trace

__all__ = [
    "CITATION",
    "NAME",
    "REPETITIONS",
    "SPEC",
    "SUMMARY",
    "Exchange",
    "ExchangeRun",
    "forecast",
    "run",
]

NAME = "exchange"
CITATION = (
    "Stokman & Van Oosten (1994), The exchange of voting positions, in Bueno de Mesquita "
    "& Stokman (eds.), European Community Decision Making, Yale UP; Thomson et al. (eds.) "
    "(2006), The European Union Decides, Cambridge UP"
)
SUMMARY = (
    "Stokman & Van Oosten's exchange model: actors trade voting positions on pairs of "
    "(linked) issues at equal gain, round by round; the forecast is the c·s-weighted "
    "mean of the voting positions, checked against the rule."
)

_TIE = 1e-9  # relative tolerance for equal gains
# default number of runs with independent tie orders whose outcomes are averaged (the module
# notes, "Ties"; docs/models/exchange.md gives the DEU measurements behind the number)
REPETITIONS = 10
_AT = {"equal": "at equal gain", "rks": "at the Raiffa-Kalai-Smorodinsky rate"}
_GAIN_IS = {"equal": "each gains", "rks": "the smaller gain is"}
_PAREN = {"equal": "equal gain", "rks": "smaller gain"}
_EPS = 1e-9  # smallest gain and move (0..100 scale, salience 0..100) that counts


class Exchange(NamedTuple):
    """One realised exchange: ``demander`` gets ``supplier``'s move on ``demand_issue`` and
    moves in return on ``supply_issue`` (indices into the run's actors and issues).  A named
    tuple: a round can realise thousands, and a tuple is several times cheaper to make than a
    frozen dataclass."""

    round: int
    step: int
    i: int  # demands p, supplies q
    j: int  # supplies p, demands q
    p: int
    q: int
    move_j: float  # signed move of j on p (0..100 scale)
    move_i: float  # signed move of i on q
    from_j: float
    from_i: float
    shift_p: float  # how far O_p moved towards i
    shift_q: float  # how far O_q moved towards j
    gain: float  # each actor's expected gain (salience x scale points)
    tied: int  # how many exchanges were tied at the top (1 = no tie)


@dataclass
class ExchangeRun:
    """The result of :func:`run` (positions on the 0..100 scale of each issue).

    ``voting[t]`` are the voting positions at the end of round t (``voting[0]`` the initial
    positions), ``start[t]`` the positions each round starts from, ``outcome[t]`` the outcomes
    (1) of ``voting[t]``.
    """

    voting: np.ndarray  # (rounds+1, n, m)
    start: np.ndarray  # (rounds+1, n, m)
    outcome: np.ndarray  # (rounds+1, m)
    exchanges: list[Exchange]
    rounds_run: int
    stable: bool  # True when the last round realised no exchange
    capped: bool  # True when some round hit max_exchanges
    params: dict[str, Any] = field(default_factory=dict)
    # outcomes per round averaged over the repetitions (the first run's when there is one; a
    # run that stopped early keeps its last outcome), of the voting positions and of the
    # positions carried into the next round
    mean_outcome: np.ndarray | None = None  # (rounds+1, m)
    mean_position_outcome: np.ndarray | None = None  # (rounds+1, m)
    # the voting positions after each run's last round, averaged over the repetitions; the
    # outcome (1) is linear in them, so their outcome is ``mean_outcome[-1]``
    mean_voting: np.ndarray | None = None  # (n, m)

    def by_round(self) -> list[list[Exchange]]:
        out: list[list[Exchange]] = [[] for _ in range(self.rounds_run + 1)]
        for e in self.exchanges:
            out[e.round].append(e)
        return out


def _outcome(y, cs, w):
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(w > 0, np.nansum(cs * y, axis=0) / np.where(w > 0, w, 1.0), np.nan)


def run(
    positions,
    capabilities,
    saliences,
    *,
    links=None,
    rounds: int = 10,
    carry_fixed: float = 0.1,
    carry_salience: float = 0.4,
    max_exchanges: int | None = None,
    sides: str = "current",
    bound: str = "position",
    per_pair: str = "any",
    rate: str = "equal",
    candidates: str = "live",
    repetitions: int = REPETITIONS,
    rng: np.random.Generator | None = None,
    actor_keys: Sequence[str] | None = None,
    issue_keys: Sequence[str] | None = None,
) -> ExchangeRun:
    """Run the exchange model on arrays (actors x issues).

    Parameters
    ----------
    positions, capabilities, saliences
        ``(n, m)`` arrays; positions on 0..100, saliences 0..100, capabilities >= 0.  NaN in
        ``positions`` means the actor takes no part in that issue.
    links
        ``(m, m)`` boolean array of the issue pairs that may be traded; None = every pair.
    rounds, carry_fixed, carry_salience, max_exchanges, sides, bound, per_pair, rate, candidates
        See the module notes.  ``max_exchanges`` per round defaults to ``20 * n * m``.
    repetitions
        Runs with independent tie orders (the first from ``rng`` itself, the others from
        ``rng.spawn``); default ``REPETITIONS`` (10).  The run's exchanges and positions are
        the first's; ``mean_outcome`` and ``mean_voting`` average all runs (as
        decide-exchange-model's ``--repetitions`` summary).
    rng
        Breaks ties (see the module notes); None = ``SeedSequence(0)``.
    actor_keys, issue_keys
        Ids used to order actors and issues for the tie rule (default: their indices).
    """
    x = np.array(positions, dtype=float)
    if x.ndim != 2:
        raise InputError("positions must be an actors x issues table")
    n, m = x.shape
    c = np.broadcast_to(np.asarray(capabilities, dtype=float), (n, m)).copy()
    s = np.broadcast_to(np.asarray(saliences, dtype=float), (n, m)).copy()
    _check_inputs(x, c, s, rounds, carry_fixed, carry_salience, max_exchanges)
    for name, value, allowed, hint in (
        (
            "sides",
            sides,
            _SIDES,
            (
                "current: re-read after every exchange; start: fixed at the "
                "start of each round (as decide-exchange-model)"
            ),
        ),
        (
            "bound",
            bound,
            _BOUNDS,
            (
                "position: a supplier moves at most to the demander's "
                "position; outcome: at most to the expected outcome"
            ),
        ),
        (
            "rate",
            rate,
            _RATES,
            (
                "equal: equal gain (Stokman & Van Oosten 1994); rks: Raiffa-Kalai-Smorodinsky "
                "(van Assen, Stokman & Van Oosten 2003)"
            ),
        ),
        (
            "candidates",
            candidates,
            _CANDIDATES,
            (
                "live: every exchange is re-evaluated after each realised one; start: the "
                "exchanges possible at the start of a round, each realised at most once (as "
                "decide-exchange-model)"
            ),
        ),
        (
            "per_pair",
            per_pair,
            _PER_PAIR,
            (
                "any: a pair of actors may exchange on several issue "
                "pairs in a round; one: on one at most"
            ),
        ),
    ):
        if value not in allowed:
            raise InputError(
                f"parameter {name} must be one of {', '.join(map(repr, allowed))}, not {value!r}",
                hint=hint,
            )
    if (
        isinstance(repetitions, bool)
        or not isinstance(repetitions, (int, np.integer))
        or not 1 <= repetitions <= 1000
    ):
        raise InputError(f"repetitions must be a whole number in 1..1000, not {repetitions!r}")
    present = ~np.isnan(x)
    c[~present] = 0.0
    s[~present] = 0.0
    cs = c * s
    w = cs.sum(axis=0)
    cap = int(max_exchanges) if max_exchanges is not None else 20 * n * m
    if links is None:
        lk = ~np.eye(m, dtype=bool)
    else:
        lk = np.asarray(links, dtype=bool) & ~np.eye(m, dtype=bool)
        lk = lk | lk.T
    pi, qi = np.nonzero(np.triu(lk, 1))  # the issue pairs that can be traded, p < q
    pairs = _Pairs(s, pi, qi)

    gen = rng if rng is not None else np.random.default_rng(np.random.SeedSequence(0))
    gens = [gen, *(gen.spawn(repetitions - 1) if repetitions > 1 else [])]
    a_keys = list(actor_keys) if actor_keys is not None else [f"{k:09d}" for k in range(n)]
    i_keys = list(issue_keys) if issue_keys is not None else [f"{k:09d}" for k in range(m)]
    carry = carry_fixed + carry_salience * (1.0 - s / 100.0)
    sims = [
        _simulate(
            x,
            present=present,
            cs=cs,
            s=s,
            w=w,
            pairs=pairs,
            arank=_ranks(a_keys, g),
            irank=_ranks(i_keys, g),
            cap=cap,
            rounds=rounds,
            carry=carry,
            sides=sides,
            bound=bound,
            per_pair=per_pair,
            rate=rate,
            candidates=candidates,
        )
        for g in gens
    ]
    voting, start, outcomes, exchanges, rounds_run, stable, _ = sims[0]
    span = max(len(sim[2]) for sim in sims)

    def padded(rows: list[np.ndarray]) -> np.ndarray:  # a stable run keeps its last outcome
        return np.stack(rows + [rows[-1]] * (span - len(rows)))

    mean_outcome = np.mean([padded(sim[2]) for sim in sims], axis=0)
    mean_position = np.mean([padded([_outcome(p, cs, w) for p in sim[1]]) for sim in sims], axis=0)
    mean_voting = np.mean([sim[0][-1] for sim in sims], axis=0)
    params = {
        "rounds": rounds,
        "carry_fixed": carry_fixed,
        "carry_salience": carry_salience,
        "max_exchanges": cap,
        "sides": sides,
        "bound": bound,
        "per_pair": per_pair,
        "rate": rate,
        "candidates": candidates,
        "repetitions": repetitions,
        "links": None if links is None else "declared",
    }
    return ExchangeRun(
        voting=np.stack(voting),
        start=np.stack(start),
        outcome=np.stack(outcomes),
        exchanges=exchanges,
        rounds_run=rounds_run,
        stable=stable,
        capped=any(sim[6] for sim in sims),
        params=params,
        mean_outcome=mean_outcome,
        mean_position_outcome=mean_position,
        mean_voting=mean_voting,
    )


_SIDES = ("current", "start")
_READS = ("voting", "position")
_BOUNDS = ("position", "outcome")
_PER_PAIR = ("any", "one")
_RATES = ("equal", "rks")
_CANDIDATES = ("live", "start")


def _simulate(x, *, present, cs, s, w, pairs, arank, irank, cap, rounds, carry, **how):
    """The rounds of one run: voting positions, start positions and outcomes per round, the
    exchanges, the rounds run, whether the last round realised none, whether a round hit the
    cap."""
    start = [x.copy()]
    voting = [x.copy()]
    outcomes = [_outcome(x, cs, w)]
    exchanges: list[Exchange] = []
    capped = False
    rounds_run = 0
    stable = False
    pos = x.copy()
    for t in range(1, rounds + 1):
        y, done, hit = _round(
            pos,
            y0=pos.copy(),
            cs=cs,
            s=s,
            w=w,
            pairs=pairs,
            arank=arank,
            irank=irank,
            cap=cap,
            t=t,
            **how,
        )
        rounds_run = t
        capped |= hit
        exchanges += done
        voting.append(y.copy())
        outcomes.append(_outcome(y, cs, w))
        if not done:
            start.append(pos.copy())
            stable = True
            break
        moved = present & (y != pos)
        pos = np.where(moved, pos + carry * (y - pos), pos)
        start.append(pos.copy())
    return voting, start, outcomes, exchanges, rounds_run, stable, capped


def _check_inputs(x, c, s, rounds, carry_fixed, carry_salience, max_exchanges) -> None:
    if isinstance(rounds, bool) or not isinstance(rounds, (int, np.integer)) or rounds < 1:
        raise InputError(f"rounds must be a whole number of at least 1, not {rounds!r}")
    if rounds > 10_000:
        raise InputError(f"rounds must be at most 10000, not {rounds}")
    for name, v in (("carry_fixed", carry_fixed), ("carry_salience", carry_salience)):
        if isinstance(v, bool) or not isinstance(v, (int, float)) or not 0 <= v <= 1:
            raise InputError(f"parameter {name} must be a number in 0..1, not {v!r}")
    if carry_fixed + carry_salience > 1:
        raise InputError(
            "carry_fixed + carry_salience must be at most 1 (an actor cannot carry "
            "more than its whole move into its position)"
        )
    if max_exchanges is not None and (
        isinstance(max_exchanges, bool)
        or not isinstance(max_exchanges, (int, np.integer))
        or max_exchanges < 1
    ):
        raise InputError(f"max_exchanges must be a positive whole number, not {max_exchanges!r}")
    present = ~np.isnan(x)
    if not np.all(np.isfinite(x[present])) or np.any((x[present] < 0) | (x[present] > 100)):
        raise InputError("positions must lie on 0..100")
    for name, a in (("capabilities", c), ("saliences", s)):
        v = a[present]
        if not np.all(np.isfinite(v)) or np.any(v < 0):
            raise InputError(f"{name} must be finite and not negative where a position is given")
    if np.any(s[present] > 100):
        raise InputError("saliences must lie on 0..100")


def _ranks(keys: Sequence[str], gen: np.random.Generator) -> np.ndarray:
    """A random rank for each key, drawn in sorted-key order (independent of listing order)."""
    order = sorted(range(len(keys)), key=lambda k: keys[k])
    perm = gen.permutation(len(keys))
    rank = np.empty(len(keys), dtype=np.int64)
    rank[order] = perm
    return rank


def _offers(st, ks):
    """``M[k, a, b]`` for the issues ``ks``: how far b's voting-position move on issue k can
    shift the outcome towards a -- the first two limits of (5): b moves towards x_ak (not past
    it, and only in the direction it already moved this round), the outcome stops at x_ak; 0
    unless a and b stand on opposite sides of the outcome (``st.o_side``: the current outcome,
    or the one at the start of the round).

    Written with few numpy calls, as it runs twice per exchange: a row is 0 unless a is off the
    outcome (``d`` = +1 above, -1 below, else 0, which makes the second limit 0); a column is 0
    unless b is on the other side and may still move towards a (``csw`` is kept per direction,
    0 once b moved the other way); where b is already at or past x_ak the room is not positive
    and the final clip gives 0."""
    f = st.fields[ks]  # (K, 5, n): one gather for every per-actor field
    o = st.o[ks]
    diff = f[:, _XN] - (o if st.o_side is st.o else st.o_side[ks])[:, None]  # NaN if absent
    up = diff > _EPS
    dn = diff < -_EPS
    xk = f[:, _X]
    # a above the outcome: b must be below it and free to move up (+csw); a below: the mirror
    # (-csw, the sign of the room towards a; (x - y) * -c is exactly -((x - y) * c))
    col = np.where(
        up[:, :, None], (f[:, _CSW_UP] * dn)[:, None, :], (f[:, _NCSW_DN] * up)[:, None, :]
    )
    if st.to_outcome:  # b moves at most to the outcome
        lim = np.subtract(o[:, None, None], f[:, _Y, None, :]) * col
    else:  # b moves at most to x_ak
        lim = np.subtract(xk[:, :, None], f[:, _Y, None, :])
        lim *= col  # room towards a, times csw
    stop = np.maximum((xk - o[:, None]) * np.subtract(up, dn, dtype=float), 0.0)
    np.minimum(lim, stop[:, :, None], out=lim)  # the outcome stops at x_ak
    return np.maximum(lim, 0.0, out=lim)


_XN, _X, _Y, _CSW_UP, _NCSW_DN = range(5)  # the fields of _State.fields


class _State:
    """One round's state, issue-major: positions x, voting positions y, capability x salience
    (cs) and the same over W (csw), move directions and the outcomes.  The per-actor fields
    that :func:`_offers` reads live in one (m, 5, n) array ``fields``: x with NaN where absent,
    x with 0 there, y, csw where the actor may still move up this round and -csw where it may
    still move down (0 once it moved the other way, and where absent)."""

    def __init__(self, x, y0, cs, w, sides, bound="position"):
        pres = ~np.isnan(x)
        n, m = x.shape
        self.to_outcome = bound == "outcome"
        self.fields = f = np.empty((m, 5, n))
        f[:, _XN] = x.T
        f[:, _X] = np.where(pres, x, 0.0).T
        f[:, _Y] = np.where(pres, y0, 0.0).T
        self.pres = pres.T.astype(float)
        self.x = f[:, _X]  # views: writes go to ``fields``
        self.y = f[:, _Y]
        self.cs = cs.T.copy()
        self.w = w
        self.csw = self.cs / w[:, None]
        f[:, _CSW_UP] = np.where(pres.T, self.csw, 0.0)
        f[:, _NCSW_DN] = -f[:, _CSW_UP]
        self.dirs = np.zeros((m, n), dtype=np.int8)
        self.o = (self.cs * self.y).sum(axis=1) / w
        self.o_side = self.o.copy() if sides == "start" else self.o  # same array: follows o

    def moved(self, k: int, a: int, direction: int) -> None:
        """Actor a moved its voting position on issue k up (+1) or down (-1): it may not move
        back this round."""
        self.dirs[k, a] = direction
        self.fields[k, _NCSW_DN if direction > 0 else _CSW_UP, a] = 0.0


class _Pairs:
    """What does not change within a run for the issue pairs (p, q), p < q: the exchange rate
    1/r (3) and the gain factor of (4), zero unless the first actor demands p
    (``s_ap s_bq > s_aq s_bp``); shapes (K, n, n)."""

    _CACHE_BYTES = 64 * 2**20  # per run: the gathered rates and factors of affected pairs

    def __init__(self, s, pi, qi):
        sp, sq = s[:, pi].T, s[:, qi].T  # (K, n)
        cross = sp[:, :, None] * sq[:, None, :] - sq[:, :, None] * sp[:, None, :]
        den_q = sq[:, :, None] + sq[:, None, :]
        den_p = sp[:, :, None] + sp[:, None, :]
        demands = cross > 0
        self.inv_r = np.where(demands, den_q / np.where(den_p > 0, den_p, 1.0), 0.0)
        self.factor = np.where(demands, cross / np.where(den_q > 0, den_q, 1.0), 0.0)
        self.pi, self.qi = pi, qi
        self.sp, self.sq = sp, sq
        self._cache: dict[tuple[int, int], tuple[np.ndarray, ...]] = {}
        self._pq: dict[tuple[int, int], np.ndarray] = {}
        self._budget = self._CACHE_BYTES

    def issues(self, p: int, q: int) -> np.ndarray:
        """``np.array((p, q))``, made once per issue pair."""
        got = self._pq.get((p, q))
        if got is None:
            got = self._pq[(p, q)] = np.array((p, q))
        return got

    def affected(self, p: int, q: int) -> tuple[np.ndarray, ...]:
        """For the pairs that involve issue p or q: their indices, their issues, and their
        rates and gain factors (gathered once per (p, q) while the cache budget lasts)."""
        got = self._cache.get((p, q))
        if got is None:
            pi, qi = self.pi, self.qi
            kk = np.flatnonzero((pi == p) | (qi == p) | (pi == q) | (qi == q))
            got = (
                kk,
                self.pi[kk],
                self.qi[kk],
                self.inv_r[kk],
                self.factor[kk],
                self.sp[kk],
                self.sq[kk],
            )
            size = got[3].nbytes + got[4].nbytes
            if size <= self._budget:
                self._budget -= size
                self._cache[(p, q)] = got
        return got


def _gains(offers, offers_t, pk, qk, inv_r, factor):
    """Gains (4) at the limits (5) for the pairs with issues ``pk``, ``qk``: (K, n, n), 0 (or
    at most _EPS) where no exchange is possible.  ``offers_t`` is ``offers`` with the actor
    axes swapped, so ``offers_t[q, a, b]`` is how far a can shift O_q towards b."""
    a_gets = offers[pk]  # M[p, a, b]
    b_gets = offers_t[qk]  # M[q, b, a]
    np.multiply(b_gets, inv_r, out=b_gets)
    np.minimum(a_gets, b_gets, out=a_gets)  # delta_p
    np.multiply(a_gets, factor, out=a_gets)
    return a_gets


def _rks(lp, lq, sap, saq, sbp, sbq):
    """The Raiffa-Kalai-Smorodinsky exchange (van Assen, Stokman & Van Oosten 2003) where a
    demands p from b and b demands q from a, with the limits lp of delta_p and lq of delta_q
    (the limits of (5) with r = 1): the rate r = delta_q / delta_p, delta_p and the smaller of
    the two gains.  Each actor's ideal gain is the most it can get while the other loses
    nothing, I_a = min(lp, lq s_bq/s_bp) c / s_bq and I_b = min(lq, lp s_ap/s_aq) c / s_ap
    (c = s_ap s_bq - s_aq s_bp); the gains are in proportion to the ideals, which gives
    r = (s_ap I_b + s_bp I_a) / (s_aq I_b + s_bq I_a) (equal gain is I_a = I_b).  Arrays or
    numpy scalars (the same arithmetic either way); NaN where a limit is 0."""
    with np.errstate(divide="ignore", invalid="ignore"):
        cross = sap * sbq - saq * sbp
        ideal_a = np.minimum(lp, lq * sbq / sbp) * cross / sbq
        ideal_b = np.minimum(lq, lp * sap / saq) * cross / sap
        r = (sap * ideal_b + sbp * ideal_a) / (saq * ideal_b + sbq * ideal_a)
        dp = np.minimum(lp, lq / r)
        gain = np.minimum(dp * (sap - r * saq), dp * (r * sbq - sbp))
    return r, dp, gain


def _gains_rks(offers, offers_t, pk, qk, sp, sq, factor):
    """As :func:`_gains` at the RKS rate: the smaller of the two gains."""
    _, _, g = _rks(
        offers[pk], offers_t[qk], sp[:, :, None], sq[:, :, None], sp[:, None, :], sq[:, None, :]
    )
    return np.where((factor > 0) & (g > 0), g, 0.0)


_ABOVE_EPS = float(np.nextafter(_EPS, np.inf))


def _round(
    x, *, y0, cs, s, w, pairs, arank, irank, cap, t, sides, bound, per_pair, rate, candidates
):
    n, m = x.shape
    rks = rate == "rks"
    st = _State(x, y0, cs, w, sides, bound)
    done: list[Exchange] = []
    pi, qi = pairs.pi, pairs.qi
    K = len(pi)
    if K == 0 or n < 2:
        return y0.copy(), done, False
    offers = _offers(st, np.arange(m))
    offers_t = offers.transpose(0, 2, 1).copy()
    if rks:
        g = _gains_rks(offers, offers_t, pi, qi, pairs.sp, pairs.sq, pairs.factor)
    else:
        g = _gains(offers, offers_t, pi, qi, pairs.inv_r, pairs.factor)
    flat_g = g.reshape(K, n * n)
    best_k = flat_g.max(axis=1)
    # tie key: (rank of the demander of p, rank of its partner, rank of p, rank of q)
    key = (
        (arank[None, :, None] * n + arank[None, None, :]) * m + irank[pi][:, None, None]
    ) * m + irank[qi][:, None, None]
    flat_key = key.reshape(K, n * n)
    big = np.iinfo(np.int64).max
    xs, ys, os_, o, cst = st.x, st.y, st.o_side, st.o, st.cs
    inv_r = pairs.inv_r
    w_l = w.tolist()
    once = np.ones((n, n)) if per_pair == "one" else None
    # candidates="start": the exchanges possible now; one leaves the list for the round once it
    # is realised or no longer possible (gain <= _EPS), and does not come back
    alive = (g > _EPS).astype(float) if candidates == "start" else None
    hit = False
    for step in range(1, cap + 2):
        k = int(best_k.argmax())
        best = float(best_k[k])
        if not best > _EPS:
            break
        if step > cap:
            hit = True
            break
        thr = max(best * (1 - _TIE), _ABOVE_EPS)
        above = best_k >= thr
        if np.count_nonzero(above) == 1:
            sub = flat_g[k]
            tied = sub >= thr
            ntied = int(np.count_nonzero(tied))
            flat = (
                int(sub.argmax()) if ntied == 1 else int(np.where(tied, flat_key[k], big).argmin())
            )
            a, b = divmod(flat, n)
        else:
            cand = np.flatnonzero(above)
            sub = flat_g[cand]
            tied = sub >= thr
            ntied = int(np.count_nonzero(tied))
            kc, flat = divmod(int(np.where(tied, flat_key[cand], big).argmin()), n * n)
            a, b = divmod(flat, n)
            k = int(cand[kc])
        p, q = int(pi[k]), int(qi[k])
        if rks:
            sp_k, sq_k = pairs.sp[k], pairs.sq[k]
            r_, dp_, _ = _rks(offers[p, a, b], offers[q, b, a], sp_k[a], sq_k[a], sp_k[b], sq_k[b])
            d_p = float(dp_)
            d_q = d_p * float(r_)
        else:
            ir = float(inv_r[k, a, b])
            d_p = min(float(offers[p, a, b]), float(offers[q, b, a]) * ir)
            d_q = d_p / ir
        xap, xbq = float(xs[p, a]), float(xs[q, b])
        dir_b = 1 if xap > os_[p] else -1
        dir_a = 1 if xbq > os_[q] else -1
        yb, ya = float(ys[p, b]), float(ys[q, a])
        if st.to_outcome:  # the limits the moves were sized by (before o moves)
            xap, xbq = float(o[p]), float(o[q])
        new_b = _clip_towards(yb, dir_b * d_p * w_l[p] / float(cst[p, b]), xap)
        new_a = _clip_towards(ya, dir_a * d_q * w_l[q] / float(cst[q, a]), xbq)
        done.append(
            Exchange(
                t,
                step,
                a,
                b,
                p,
                q,
                new_b - yb,
                new_a - ya,
                yb,
                ya,
                d_p,
                d_q,
                best if ntied == 1 else float(flat_g[k, flat]),
                ntied,
            )
        )
        ys[p, b] = new_b
        ys[q, a] = new_a
        st.moved(p, b, dir_b)
        st.moved(q, a, dir_a)
        o[p] = cst[p] @ ys[p] / w_l[p]
        o[q] = cst[q] @ ys[q] / w_l[q]
        got = _offers(st, pairs.issues(p, q))
        offers[p], offers[q] = got
        offers_t[p], offers_t[q] = got[0].T, got[1].T
        kk, pk, qk, ir_kk, f_kk, sp_kk, sq_kk = pairs.affected(p, q)
        if rks:
            gk = _gains_rks(offers, offers_t, pk, qk, sp_kk, sq_kk, f_kk)
        else:
            gk = _gains(offers, offers_t, pk, qk, ir_kk, f_kk)
        if alive is not None:
            alive[k, a, b] = 0.0  # realised: it leaves the list
            gk *= alive[kk]
            alive[kk] = gk > _EPS
        g[kk] = gk
        if once is None:
            best_k[kk] = gk.reshape(len(kk), n * n).max(axis=1)
        else:  # a and b are done with each other this round
            once[a, b] = once[b, a] = 0.0
            g *= once
            best_k = flat_g.max(axis=1)
    return np.where(st.pres.T > 0, ys.T, np.nan), done, hit


def _clip_towards(y: float, move: float, target: float) -> float:
    new = y + move
    if (move > 0 and new > target) or (move < 0 and new < target):
        return float(target)
    return float(new)


# --------------------------------------------------------------------------------------------
# The model entry point on a Scenario
# --------------------------------------------------------------------------------------------


def forecast(
    scenario,
    *,
    rng=None,
    rounds: int = 10,
    carry_fixed: float = 0.1,
    carry_salience: float = 0.4,
    max_exchanges: int | None = None,
    sides: str = "current",
    bound: str = "position",
    per_pair: str = "any",
    rate: str = "equal",
    candidates: str = "live",
    repetitions: int = REPETITIONS,
    read: str = "voting",
    institutions: bool = True,
):
    """Run the exchange model on all the issues of a scenario at once.

    Every actor with a stance takes part (members and outside stakeholders).  Issues are traded
    in pairs: only the pairs declared in the scenario's ``links`` when there are any, else every
    pair.  The forecast for an issue is the c·s-weighted mean of the voting positions after the
    last round, checked against the body's rule with members voting by their voting positions.

    Parameters
    ----------
    scenario
        A :class:`concilium.scenario.Scenario`.
    rng
        A ``numpy.random.Generator``; it only breaks ties between equally good exchanges.
        None: ``SeedSequence(0)``.
    rounds, carry_fixed, carry_salience, max_exchanges, sides, bound, per_pair, rate, candidates,
    repetitions
        As in :func:`run`.
    read
        ``voting`` (default): the forecast is the outcome of the voting positions after the
        last round; ``position``: of the positions carried into the next round (see the
        module notes).  With ``repetitions`` > 1 either is averaged over the runs.
    institutions
        True (default): the forecast is the status quo when the rule does not let the point
        pass; False: the point itself (the check is still reported).
    """
    from concilium.models.institutions import apply_rule, check_institutions, make_forecast

    institutions = check_institutions(institutions)
    if read not in _READS:
        raise InputError(
            f"parameter read must be 'voting' or 'position', not {read!r}",
            hint="voting: the outcome of the voting positions after the last round; position: "
            "of the positions carried into the next round",
        )
    issues = list(scenario.issues)
    actors = list(scenario.actors)
    n, m = len(actors), len(issues)
    x = np.full((n, m), np.nan)
    c = np.zeros((n, m))
    s = np.zeros((n, m))
    missing: list[str] = []
    for a, actor in enumerate(actors):
        for k, iss in enumerate(issues):
            st = actor.stances.get(iss.id)
            if st is None:
                continue
            cap = actor.capability_on(iss.id)
            if st.salience is None:
                missing.append(f"{actor.id} on {iss.id} (salience)")
            if cap is None:
                missing.append(f"{actor.id} on {iss.id} (capability)")
            lo, hi = iss.scale.min, iss.scale.max
            x[a, k] = (st.position.value - lo) / (hi - lo) * 100.0
            s[a, k] = st.salience.value if st.salience is not None else 0.0
            c[a, k] = cap if cap is not None else 0.0
    if missing:
        shown = ", ".join(missing[:10]) + (
            f" and {len(missing) - 10} more" if len(missing) > 10 else ""
        )
        raise InputError(
            f"the exchange model needs salience and capability; missing for {shown}",
            hint="give each stance a salience (0..100) and each actor a capability",
        )
    for k, iss in enumerate(issues):
        if not np.any(~np.isnan(x[:, k])):
            raise InputError(
                f"no actor has a position on issue {iss.id!r}",
                field=f"issues.{iss.id}",
                hint="the exchange model needs at least one actor's position",
            )
        if not np.nansum(c[:, k] * s[:, k]) > 0:
            raise InputError(
                f"issue {iss.id!r}: every actor has capability × salience 0, so there is no "
                "compromise",
                field=f"issues.{iss.id}",
                hint="give at least one actor a positive capability and salience",
            )
    ids = [a.id for a in actors]
    res = run(
        x,
        c,
        s,
        links=scenario.link_matrix(),
        rounds=rounds,
        carry_fixed=carry_fixed,
        carry_salience=carry_salience,
        max_exchanges=max_exchanges,
        sides=sides,
        bound=bound,
        per_pair=per_pair,
        rate=rate,
        candidates=candidates,
        repetitions=repetitions,
        rng=rng,
        actor_keys=ids,
        issue_keys=[i.id for i in issues],
    )
    lo = np.array([i.scale.min for i in issues])
    width = np.array([i.scale.max - i.scale.min for i in issues])

    def back(v):
        return np.clip(lo + np.asarray(v) / 100.0 * width, lo, lo + width)

    lo_l, width_l = lo.tolist(), width.tolist()

    def conv(v: float, k: int) -> float:  # one value, 0..100 -> issue k's scale
        return min(max(lo_l[k] + v / 100.0 * width_l[k], lo_l[k]), lo_l[k] + width_l[k])

    voting = back(res.voting)  # (rounds+1, n, m)
    start = back(res.start)
    outcome = back(res.outcome)  # (rounds+1, m)
    point = back(res.mean_outcome if read == "voting" else res.mean_position_outcome)
    res.params["read"] = read
    # members vote by their voting positions; with repetitions, by the mean over the runs,
    # whose outcome (1) is the forecast point (the outcome is linear in the voting positions)
    final_voting = back(res.mean_voting if res.mean_voting is not None else res.voting[-1])
    voting_scn = _with_positions(scenario, final_voting)
    params = {
        "rounds": rounds,
        "carry_fixed": carry_fixed,
        "carry_salience": carry_salience,
        "max_exchanges": max_exchanges,
        "sides": sides,
        "bound": bound,
        "per_pair": per_pair,
        "rate": rate,
        "candidates": candidates,
        "repetitions": repetitions,
        "read": read,
        "institutions": institutions,
    }
    names = {a.id: a.name for a in actors}
    records = [_record(e, issues, ids, conv) for e in res.exchanges]
    touching: list[list[int]] = [[] for _ in issues]
    for idx, e in enumerate(res.exchanges):
        touching[e.p].append(idx)
        touching[e.q].append(idx)
    links = scenario.link_matrix()
    status = "stable" if res.stable else ("capped" if res.capped else "rounds")
    out = []
    for k, iss in enumerate(issues):
        rows = np.flatnonzero(~np.isnan(x[:, k]))
        mine = touching[k]
        moves: list[list[dict[str, Any]]] = [[] for _ in range(res.rounds_run + 1)]
        for idx in mine:
            moves[res.exchanges[idx].round] += _moves(res.exchanges[idx], records[idx], k, rate)
        details = {
            "actor_ids": [ids[a] for a in rows],
            "rounds_run": res.rounds_run,
            "status": status,
            "outcome_by_round": point[:, k].tolist(),
            "initial_compromise": float(outcome[0, k]),
            "voting_positions": {ids[a]: float(final_voting[a, k]) for a in rows},
            "exchanges": [records[idx] for idx in mine],
            "exchanges_total": len(res.exchanges),
            "linked_with": [issues[j].id for j in _partners(links, k, m)],
            "weights": "capability*salience",
        }
        trace = [
            {
                "round": t,
                "positions": voting[t, rows, k].tolist(),
                "start_positions": start[t, rows, k].tolist(),
                "mean": float(outcome[t, k]),
                "moves": moves[t],
            }
            for t in range(res.rounds_run + 1)
        ]
        explain = _explain(
            res,
            k,
            issues,
            ids,
            names,
            point[:, k],
            scenario.links,
            [(res.exchanges[i], records[i]) for i in mine],
        )
        out.append(
            apply_rule(
                voting_scn,
                iss,
                float(point[-1, k]),
                institutions=institutions,
                explanation=explain,
                details=details,
                trace=trace,
            )
        )
    return make_forecast(
        scenario,
        name=NAME,
        citation=CITATION,
        params=params,
        issues=out,
        trace=_trace(res, ids, issues, voting, outcome, records),
    )


def _trace(res: ExchangeRun, ids, issues, voting, outcome, records) -> Trace:
    """The run as a :class:`~concilium.trace.Trace`: turn t is round t, positions are the
    voting positions at the end of the round on each issue's scale (turn 0: the input); one
    move per party and exchange (who gave ground on which issue, to whom, in return for what);
    per turn the outcomes (the c·s-weighted means of the voting positions) and the exchanges."""
    moves = []
    for e, rec in zip(res.exchanges, records, strict=True):
        for k in (e.p, e.q):
            for mv in _moves(e, rec, k, res.params.get("rate", "equal")):
                moves.append(
                    # built from checked values: skip pydantic's validation (thousands of moves)
                    Move.model_construct(
                        turn=e.round,
                        actor=mv["actor"],
                        dimension=mv["issue"],
                        before=mv["from"],
                        after=mv["to"],
                        counterpart=mv["counterpart"],
                        reason=mv["why"],
                    )
                )
    if res.stable:
        status, why = "converged", f"no profitable exchange was left in round {res.rounds_run}"
    else:
        status = "stopped"
        why = f"reached the cap of {res.rounds_run} round(s)" + (
            " (a round hit max_exchanges)" if res.capped else ""
        )
    per_round = [0] * (res.rounds_run + 1)
    for e in res.exchanges:
        per_round[e.round] += 1
    return Trace.from_array(
        NAME,
        ids,
        [i.id for i in issues],
        voting,
        moves=moves,
        status=status,
        stop_reason=why,
        per_turn={"outcome": outcome.tolist(), "exchanges": per_round},
    )


def _partners(links, k: int, m: int) -> list[int]:
    if links is None:
        return [j for j in range(m) if j != k]
    return [int(j) for j in np.flatnonzero(links[k])]


def _with_positions(scenario, positions: np.ndarray):
    """The scenario with every stance's position replaced by the actor's voting position (for
    the rule check: members vote by their voting positions)."""
    from concilium.scenario import Estimate

    actors = []
    for a, actor in enumerate(scenario.actors):
        stances = {}
        for k, iss in enumerate(scenario.issues):
            st = actor.stances.get(iss.id)
            if st is not None:
                stances[iss.id] = st.model_copy(
                    update={"position": Estimate(value=float(positions[a, k]))}
                )
        actors.append(actor.model_copy(update={"stances": stances}))
    return scenario.model_copy(update={"actors": tuple(actors)})


def _record(e: Exchange, issues, ids, conv) -> dict[str, Any]:
    """One exchange, positions on the issues' scales."""
    return {
        "round": e.round,
        "step": e.step,
        "demander": ids[e.i],
        "supplier": ids[e.j],
        "demand_issue": issues[e.p].id,
        "supply_issue": issues[e.q].id,
        "supplier_from": conv(e.from_j, e.p),
        "supplier_to": conv(e.from_j + e.move_j, e.p),
        "demander_from": conv(e.from_i, e.q),
        "demander_to": conv(e.from_i + e.move_i, e.q),
        "gain": e.gain,
        "tied": e.tied,
    }


def _moves(e: Exchange, rec: dict[str, Any], k: int, rate: str = "equal") -> list[dict[str, Any]]:
    """The per-move records of an exchange on issue k: who moved, on which issue, for whom,
    by how much, and why."""
    out = []
    if e.p == k:
        out.append(
            {
                "actor": rec["supplier"],
                "issue": rec["demand_issue"],
                "counterpart": rec["demander"],
                "from": rec["supplier_from"],
                "to": rec["supplier_to"],
                "by": rec["supplier_to"] - rec["supplier_from"],
                "gain": e.gain,
                "why": (
                    f"gives ground on {rec['demand_issue']} to {rec['demander']} in return for "
                    f"its move on {rec['supply_issue']} ({_PAREN[rate]} {e.gain:.4g})"
                ),
            }
        )
    if e.q == k:
        out.append(
            {
                "actor": rec["demander"],
                "issue": rec["supply_issue"],
                "counterpart": rec["supplier"],
                "from": rec["demander_from"],
                "to": rec["demander_to"],
                "by": rec["demander_to"] - rec["demander_from"],
                "gain": e.gain,
                "why": (
                    f"gives ground on {rec['supply_issue']} to {rec['supplier']} in return for "
                    f"its move on {rec['demand_issue']} ({_PAREN[rate]} {e.gain:.4g})"
                ),
            }
        )
    return out


def _explain(res: ExchangeRun, k: int, issues, ids, names, o, links, mine_recs) -> list[str]:
    rate = res.params.get("rate", "equal")
    m = len(issues)
    n_ex = len(res.exchanges)
    scope = "between the declared linked issues" if links else "between every pair of issues"
    ending = (
        "no profitable exchange was left"
        if res.stable
        else "the round limit was reached" + (" (a round hit max_exchanges)" if res.capped else "")
    )
    lines = [
        (
            f"Exchange model (Stokman & Van Oosten 1994): {len(ids)} actors trade voting positions "
            f"{scope} ({m} issues) {_AT[res.params.get('rate', 'equal')]}; {n_ex} exchange(s) in {res.rounds_run} round(s), "
            f"after which {ending}."
        )
    ]
    if res.params.get("repetitions", 1) > 1:
        lines[0] = lines[0][:-1] + (
            f" (the first of {res.params['repetitions']} runs with independent orders for "
            "breaking ties; the forecast is the mean of their outcomes)."
        )
    mine = [e for e, _ in mine_recs]
    if not mine:
        lines.append(
            f"No exchange touched this issue: the forecast is the compromise of the "
            f"positions, {o[0]:.4g}."
            if o[-1] == o[0]
            else f"No exchange of the first run touched this issue; forecast {o[-1]:.4g} "
            f"(the mean of {res.params.get('repetitions', 1)} runs)."
        )
        return lines
    what = (
        "the voting positions"
        if res.params.get("read", "voting") == "voting"
        else "the positions carried into the next round"
    )
    reps = res.params.get("repetitions", 1)
    first = ""
    if reps > 1:
        what += f" (mean of {reps} runs with independent tie orders)"
        first = f"In the first of the {reps} runs (the exchanges shown), "
    lines.append(
        f"{first}{len(mine)} exchange(s) moved voting positions on this issue; the c·s-weighted "
        f"mean of {what} went from {o[0]:.4g} to {o[-1]:.4g}."
    )
    # the exchanges that moved this issue's outcome the most
    size = [abs(e.shift_p if e.p == k else e.shift_q) for e in mine]
    for idx in np.argsort(size, kind="stable")[::-1][:3]:
        e, rec = mine_recs[int(idx)]
        if e.p == k:  # the supplier gave ground here; the demander paid on the other issue
            lines.append(
                f"Round {e.round}: {names[ids[e.j]]} gave ground here to {names[ids[e.i]]} "
                f"(voting position {rec['supplier_from']:.4g} → {rec['supplier_to']:.4g}) in "
                f"return for {names[ids[e.i]]}'s move on {issues[e.q].id} "
                f"({rec['demander_from']:.4g} → {rec['demander_to']:.4g}); {_GAIN_IS[rate]} "
                f"{e.gain:.4g}."
            )
        else:
            lines.append(
                f"Round {e.round}: {names[ids[e.i]]} gave ground here to {names[ids[e.j]]} "
                f"(voting position {rec['demander_from']:.4g} → {rec['demander_to']:.4g}) in "
                f"return for {names[ids[e.j]]}'s move on {issues[e.p].id} "
                f"({rec['supplier_from']:.4g} → {rec['supplier_to']:.4g}); {_GAIN_IS[rate]} "
                f"{e.gain:.4g}."
            )
    if len(mine) > 3:
        lines.append(f"({len(mine) - 3} smaller exchange(s) on this issue not shown.)")
    lines.append(f"Forecast {o[-1]:.4g}: the c·s-weighted mean of {what} after round {len(o) - 1}.")
    return lines


SPEC = ModelSpec(
    name=NAME,
    citation=CITATION,
    summary=SUMMARY,
    requires=("position", "salience", "capability"),
    forecast=forecast,
    stochastic=True,  # only ties between equally good exchanges depend on the seed
    iterative=True,
    scope="decision",
    # the readings of the sources (docs/models/exchange.md; ``candidates`` and ``sides`` "start"
    # are decide-exchange-model's); ``bound`` (not in the sources) and
    # ``read`` (``position`` is a shrinkage towards the compromise) are left out on purpose;
    # ``repetitions`` is not a reading but the size of the tie-order average (default 10)
    tuning=(
        ("institutions", (True, False)),
        ("rounds", (1, 10)),
        ("sides", _SIDES),
        ("per_pair", _PER_PAIR),
        ("rate", _RATES),
        ("candidates", _CANDIDATES),
    ),
    params=(
        Param("rounds", int, 10, "rounds of exchanges", minimum=1, maximum=10_000),
        Param(
            "carry_fixed",
            float,
            0.1,
            "share of a position change carried into the next round, fixed part",
            minimum=0.0,
            maximum=1.0,
        ),
        Param(
            "carry_salience",
            float,
            0.4,
            "share carried into the next round, per unit of salience",
            minimum=0.0,
            maximum=1.0,
        ),
        Param(
            "max_exchanges",
            int,
            None,
            "cap on exchanges per round (default: 20 x actors x issues)",
            minimum=1,
            optional=True,
        ),
        Param(
            "sides",
            str,
            "current",
            "sides of the outcome: re-read after every exchange "
            "(current) or fixed at the start of each round (start, as decide-exchange-model)",
            choices=_SIDES,
        ),
        Param(
            "bound",
            str,
            "position",
            "how far a supplier moves its voting position: at most to the demander's position "
            "(position, Stokman & Van Oosten) or to the expected outcome (outcome, not in the "
            "sources)",
            choices=_BOUNDS,
        ),
        Param(
            "per_pair",
            str,
            "any",
            "exchanges per pair of actors and round: any number, on different issue pairs "
            "(any, as decide-exchange-model) or only the best (one)",
            choices=_PER_PAIR,
        ),
        Param(
            "rate",
            str,
            "equal",
            "rate of exchange: equal gain (equal, Stokman & Van Oosten 1994) or "
            "Raiffa-Kalai-Smorodinsky (rks, van Assen, Stokman & Van Oosten 2003)",
            choices=_RATES,
        ),
        Param(
            "candidates",
            str,
            "live",
            "which exchanges a round can realise: every exchange, re-evaluated after each "
            "realised one (live), or those possible at the start of the round, each at most "
            "once and dropped once impossible (start, as decide-exchange-model)",
            choices=_CANDIDATES,
        ),
        Param(
            "repetitions",
            int,
            REPETITIONS,
            "runs with independent tie orders whose outcomes are averaged (decide's --repetitions)",
            minimum=1,
            maximum=1000,
        ),
        Param(
            "read",
            str,
            "voting",
            "forecast from the voting positions after the last round (voting) or from the "
            "positions carried into the next round (position)",
            choices=_READS,
        ),
        INSTITUTIONS,
    ),
)
