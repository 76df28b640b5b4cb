"""The exchange model (Stokman & Van Oosten 1994): hand-derived cases, an independent loop
implementation of equations (1)-(5) as an oracle, and properties (equal gain, nobody loses
through an exchange it agrees to, equal relative saliences mean no exchange, seeds, links)."""

from __future__ import annotations

import copy

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from concilium.errors import InputError
from concilium.models import exchange, run_model
from concilium.models.exchange import run
from concilium.scenario import Scenario


def two_by_two(s_a, s_b, x_a=(100.0, 100.0), x_b=(0.0, 0.0), c=1.0, rounds=1):
    x = np.array([x_a, x_b], dtype=float)
    s = np.array([s_a, s_b], dtype=float)
    return run(x, np.full((2, 2), c), s, rounds=rounds)


def test_hand_symmetric_full_exchange():
    # A at (100, 100) with saliences (80, 20); B at (0, 0) with (20, 80); capabilities 1.
    # W_p = W_q = 100; O_p = 80*100/100 = 80, O_q = 20*100/100 = 20: opposite sides on both.
    # s_Ap s_Bq - s_Aq s_Bp = 6400 - 400 = 6000 > 0: A demands p, supplies q.
    # r = (80 + 20) / (20 + 80) = 1.  Limits of delta_p: B's move 20*100/100 = 20; A's distance
    # to O_p 20; A's move on q 20*100/100 = 20, / r = 20; B's distance to O_q 20 -> delta_p = 20.
    # G = 20 * 6000 / (20 + 80) = 1200; B moves 20*100/20 = 100 on p, A moves 100 on q.
    res = two_by_two((80, 20), (20, 80))
    assert len(res.exchanges) == 1
    e = res.exchanges[0]
    assert (e.i, e.j, e.p, e.q) == (0, 1, 0, 1)
    assert e.gain == pytest.approx(1200.0)
    assert e.move_j == pytest.approx(100.0) and e.move_i == pytest.approx(-100.0)
    np.testing.assert_allclose(res.outcome[-1], [100.0, 0.0])
    np.testing.assert_allclose(res.voting[-1], [[100.0, 0.0], [100.0, 0.0]])


def test_hand_asymmetric_rate_and_second_round():
    # A at (100, 100), saliences (60, 30); B at (0, 0), saliences (20, 40); capabilities 1.
    # W_p = 80, W_q = 70; O_p = 6000/80 = 75, O_q = 3000/70 = 42.857.
    # Cross 60*40 - 30*20 = 1800 > 0: A demands p.  r = (60 + 20)/(30 + 40) = 8/7.
    # delta_p limits: B's move 20*100/80 = 25; A's distance |100 - 75| = 25;
    #   A's move (30*100/70)/r = 37.5; B's distance (42.857)/r = 37.5  -> delta_p = 25,
    #   delta_q = 25*8/7 = 28.571.  G = 25*1800/70 = 642.857
    #   (check: EU_A = 60*25 - 30*28.571 = 642.86; EU_B = 40*28.571 - 20*25 = 642.86).
    # Moves: B on p 25*80/20 = 100 -> 100; A on q 28.571*70/30 = 66.667 -> 33.333.
    # Outcomes after round 1: O_p = 100, O_q = 30*33.333/70 = 14.286.
    res = two_by_two((60, 30), (20, 40), rounds=1)
    (e,) = res.exchanges
    assert e.gain == pytest.approx(1800 * 25 / 70)
    assert e.shift_q == pytest.approx(25 * 8 / 7)
    np.testing.assert_allclose(res.voting[-1], [[100.0, 100 - 200 / 3], [100.0, 0.0]])
    np.testing.assert_allclose(res.outcome[-1], [100.0, 100 / 7])

    # Round 2 starts from x + w (y - x), w = 0.1 + 0.4 (1 - s/100):
    #   B on p: w = 0.1 + 0.4*0.8 = 0.42 -> 42; A on q: w = 0.38 -> 100 - 0.38*66.667 = 74.667.
    # O_p = (6000 + 20*42)/80 = 85.5; O_q = 30*74.667/70 = 32.
    # delta_p limits: B 20*58/80 = 14.5; A's distance 14.5; A (30*74.667/70)/r = 28; B 32/r = 28.
    # delta_p = 14.5, delta_q = 16.571, G = 14.5*1800/70 = 372.857; B -> 100 on p;
    # A on q: 74.667 - 16.571*70/30 = 36 -> O_q = 30*36/70 = 15.4286.
    res2 = two_by_two((60, 30), (20, 40), rounds=2)
    assert [e.round for e in res2.exchanges] == [1, 2]
    np.testing.assert_allclose(res2.start[1], [[100.0, 100 - 0.38 * 200 / 3], [42.0, 0.0]])
    assert res2.exchanges[1].gain == pytest.approx(14.5 * 1800 / 70)
    np.testing.assert_allclose(res2.voting[2], [[100.0, 36.0], [100.0, 0.0]])
    np.testing.assert_allclose(res2.outcome[2], [100.0, 30 * 36 / 70])


def test_equal_relative_saliences_no_exchange():
    # 60/30 = 40/20: neither actor values p relatively more, so no exchange gains anything.
    res = two_by_two((60, 30), (40, 20), rounds=5)
    assert res.exchanges == [] and res.stable and res.rounds_run == 1
    np.testing.assert_allclose(res.outcome[-1], res.outcome[0])


def test_same_side_no_exchange():
    # A and B differ in relative saliences but stand on the same side of the outcome on q:
    # C (capability 10 on q) pulls O_q to (20*100 + 80*90 + 1000*0)/1100 = 8.4, below both,
    # and exchanges only move it further down.  So A and B never trade.
    x = np.array([[100, 100], [0, 90], [50, 0]], dtype=float)
    s = np.array([[80, 20], [20, 80], [1, 100]], dtype=float)
    c = np.array([[1, 1], [1, 1], [1, 10]], dtype=float)
    res = run(x, c, s, rounds=3)
    assert res.outcome[0, 1] == pytest.approx(9200 / 1100)
    assert all({e.i, e.j} != {0, 1} for e in res.exchanges)


# ------------------------------------------------------------------ an independent oracle
def oracle_round(x, c, s, sides="current", candidates="live"):
    """One round by plain loops over (i, j, p, q) following equations (1)-(5); ``sides="start"``
    reads the sides of the outcome at the start of the round; ``candidates="start"`` lists the
    exchanges possible at the start of the round and strikes one off once it is realised or no
    longer possible (decide-exchange-model's list)."""
    n, m = x.shape
    y = x.copy()
    cs = c * s
    w = cs.sum(axis=0)
    dirs = np.zeros((n, m))
    seq = []
    o_start = (cs * y).sum(axis=0) / w
    listed = None  # candidates="start": the exchanges still on the list
    while True:
        o = (cs * y).sum(axis=0) / w
        os_ = o_start if sides == "start" else o
        best = None
        possible: set[tuple[int, int, int, int]] = set()
        for i in range(n):
            for j in range(n):
                for p in range(m):
                    for q in range(m):
                        if i == j or p == q:
                            continue
                        key = (i, j, p, q) if p < q else (j, i, q, p)
                        if listed is not None and key not in listed:
                            continue
                        # an actor within 1e-9 of the outcome stands at it (on neither side)
                        side = [
                            0.0 if abs(x[a, k] - os_[k]) <= 1e-9 else np.sign(x[a, k] - os_[k])
                            for a, k in ((i, p), (j, p), (i, q), (j, q))
                        ]
                        if not (side[0] * side[1] < 0 and side[2] * side[3] < 0):
                            continue
                        if not s[i, p] * s[j, q] > s[i, q] * s[j, p]:
                            continue
                        d_j = np.sign(x[i, p] - os_[p])
                        d_i = np.sign(x[j, q] - os_[q])
                        if dirs[j, p] not in (0, d_j) or dirs[i, q] not in (0, d_i):
                            continue
                        r = (s[i, p] + s[j, p]) / (s[i, q] + s[j, q])
                        room_j = max(0.0, (x[i, p] - y[j, p]) * d_j)
                        room_i = max(0.0, (x[j, q] - y[i, q]) * d_i)
                        dp = min(
                            cs[j, p] * room_j / w[p],
                            max(0.0, (x[i, p] - o[p]) * d_j),
                            cs[i, q] * room_i / w[q] / r,
                            max(0.0, (x[j, q] - o[q]) * d_i) / r,
                        )
                        g = dp * (s[i, p] * s[j, q] - s[i, q] * s[j, p]) / (s[i, q] + s[j, q])
                        if g > 1e-9:
                            possible.add(key)
                        if g > 1e-9 and (best is None or g > best[0]):
                            best = (g, i, j, p, q, dp, r, d_j, d_i)
        if best is None:
            return y, seq
        g, i, j, p, q, dp, r, d_j, d_i = best
        if candidates == "start":
            listed = possible - {(i, j, p, q) if p < q else (j, i, q, p)}
        y[j, p] += d_j * dp * w[p] / cs[j, p]
        y[i, q] += d_i * dp * r * w[q] / cs[i, q]
        dirs[j, p], dirs[i, q] = d_j, d_i
        seq.append((i, j, p, q, g))


@settings(max_examples=40, deadline=None)
@given(
    st.integers(0, 2**32 - 1),
    st.integers(2, 5),
    st.integers(2, 4),
    st.sampled_from(["current", "start"]),
    st.sampled_from(["live", "start"]),
)
def test_matches_loop_oracle(seed, n, m, sides, candidates):
    gen = np.random.default_rng(seed)
    x = gen.uniform(0, 100, (n, m))
    s = gen.uniform(5, 100, (n, m))  # continuous: ties have probability 0
    c = gen.uniform(0.5, 3, (n, m))
    y, seq = oracle_round(x, c, s, sides, candidates)
    res = run(x, c, s, rounds=1, sides=sides, candidates=candidates)
    got = [(e.i, e.j, e.p, e.q) for e in res.exchanges]
    # (i, j, p, q) and (j, i, q, p) are the same exchange; the model lists it with p < q
    assert got == [(i, j, p, q) if p < q else (j, i, q, p) for i, j, p, q, _ in seq]
    np.testing.assert_allclose([e.gain for e in res.exchanges], [t[4] for t in seq], rtol=1e-9)
    np.testing.assert_allclose(res.voting[1], y, atol=1e-9)


@settings(max_examples=40, deadline=None)
@given(
    st.integers(0, 2**32 - 1),
    st.integers(2, 6),
    st.integers(2, 5),
    st.integers(1, 4),
    st.sampled_from(["current", "start"]),
)
def test_every_exchange_gains_equally_and_nobody_loses(seed, n, m, rounds, sides):
    # Replay every exchange: each party's utility -sum_k s_k |O_k - x_k| (x = its position in
    # that round) rises by exactly the recorded gain, and the gain is positive.  With sides
    # read at the start of the round, the outcome may since have passed a party's position on
    # the issue it gives up, so that it loses less there: it gains at least G.
    gen = np.random.default_rng(seed)
    x = np.round(gen.uniform(0, 100, (n, m)), 0)
    s = np.round(gen.uniform(0, 100, (n, m)), -1)  # coarse: many ties and zero saliences
    c = np.round(gen.uniform(0, 3, (n, m)), 0)
    if not np.all((c * s).sum(axis=0) > 0):
        return
    res = run(x, c, s, rounds=rounds, sides=sides)
    cs = c * s
    w = cs.sum(axis=0)
    for t, batch in enumerate(res.by_round()):
        if t == 0:
            continue
        pos = res.start[t - 1]
        y = pos.copy()
        for e in batch:
            o0 = (cs * y).sum(axis=0) / w
            y[e.j, e.p] += e.move_j
            y[e.i, e.q] += e.move_i
            o1 = (cs * y).sum(axis=0) / w
            for a in (e.i, e.j):
                u0 = -(s[a] * np.abs(o0 - pos[a])).sum()
                u1 = -(s[a] * np.abs(o1 - pos[a])).sum()
                if sides == "current":
                    assert u1 - u0 == pytest.approx(e.gain, rel=1e-6, abs=1e-6)
                else:
                    assert u1 - u0 >= e.gain * (1 - 1e-6) - 1e-6
            assert e.gain > 0
        np.testing.assert_allclose(y, res.voting[t], atol=1e-9)


@settings(max_examples=30, deadline=None)
@given(st.integers(0, 2**32 - 1), st.integers(2, 6), st.integers(2, 5))
def test_proportional_saliences_never_exchange(seed, n, m):
    # s_ik = alpha_i * beta_k: every actor's relative saliences are the same, so no trade.
    gen = np.random.default_rng(seed)
    x = gen.uniform(0, 100, (n, m))
    s = np.outer(gen.uniform(0.1, 1, n), gen.uniform(1, 100, m))
    res = run(x, np.ones((n, m)), s, rounds=3)
    assert res.exchanges == []


def test_ties_broken_by_seed_only():
    # B1 and B2 are identical, so their exchanges with A tie; the seed picks one, the listing
    # order does not, and the forecast (symmetric) is the same either way.
    x = np.array([[100, 100], [0, 0], [0, 0]], dtype=float)
    s = np.array([[80, 20], [20, 80], [20, 80]], dtype=float)
    c = np.ones((3, 2))
    picks = set()
    for seed in range(12):
        res = run(
            x,
            c,
            s,
            rounds=1,
            rng=np.random.default_rng(np.random.SeedSequence(seed)),
            actor_keys=["A", "B1", "B2"],
        )
        again = run(
            x,
            c,
            s,
            rounds=1,
            rng=np.random.default_rng(np.random.SeedSequence(seed)),
            actor_keys=["A", "B1", "B2"],
        )
        assert [(e.i, e.j) for e in res.exchanges] == [(e.i, e.j) for e in again.exchanges]
        assert res.exchanges[0].tied == 2
        picks.add(res.exchanges[0].j)
        # listed in another order, the same seed picks the same actor
        rev = run(
            x[[0, 2, 1]],
            c,
            s[[0, 2, 1]],
            rounds=1,
            rng=np.random.default_rng(np.random.SeedSequence(seed)),
            actor_keys=["A", "B2", "B1"],
        )
        assert {1: "B1", 2: "B2"}[res.exchanges[0].j] == {1: "B2", 2: "B1"}[rev.exchanges[0].j]
    assert picks == {1, 2}


def test_bad_parameters():
    x = np.zeros((2, 2))
    for kw in (
        {"rounds": 0},
        {"rounds": 1.5},
        {"carry_fixed": -0.1},
        {"carry_fixed": 0.7, "carry_salience": 0.5},
        {"max_exchanges": 0},
    ):
        with pytest.raises(InputError):
            run(x, np.ones((2, 2)), np.ones((2, 2)), **kw)
    with pytest.raises(InputError):
        run(np.full((2, 2), 101.0), np.ones((2, 2)), np.ones((2, 2)))

    for kw in (
        {"sides": "end"},
        {"bound": "median"},
        {"per_pair": "two"},
        {"rate": "random"},
        {"candidates": "all"},
        {"repetitions": 0},
        {"repetitions": 2.0},
    ):
        with pytest.raises(InputError):
            run(x, np.ones((2, 2)), np.ones((2, 2)), **kw)


# ------------------------------------------------------------------ the readings
def test_read_position_is_the_compromise_of_the_carried_positions():
    # The asymmetric case above, one round: the positions carried into round 2 are B on p 42
    # and A on q 74.667 (w = 0.42 and 0.38), so O_p = (60*100 + 20*42)/80 = 85.5 and
    # O_q = 30*74.667/70 = 32; the voting outcome is (100, 100/7).
    res = two_by_two((60, 30), (20, 40), rounds=1)
    np.testing.assert_allclose(res.mean_position_outcome[-1], [85.5, 32.0])
    np.testing.assert_allclose(res.mean_outcome[-1], [100.0, 100 / 7])
    np.testing.assert_allclose(res.mean_position_outcome[0], res.outcome[0])


def test_bound_outcome_stops_the_supplier_at_the_outcome():
    # The asymmetric case with bound="outcome": B may move on p only up to O_p = 75, which
    # shifts O_p by 20*75/80 = 18.75; A on q only down to O_q = 300/7, which shifts O_q by
    # 30*(100 - 300/7)/70 = 24.49, i.e. delta_p <= 24.49/r = 21.43 (r = 8/7); A's distance to
    # O_p is 25 and B's to O_q 37.5.  So delta_p = 18.75, delta_q = 21.43 and G = 18.75 *
    # 1800/70 = 482.14: B moves to 75, A to 100 - 21.43*70/30 = 50.
    res = run(
        np.array([[100.0, 100.0], [0.0, 0.0]]),
        np.ones((2, 2)),
        np.array([[60.0, 30.0], [20.0, 40.0]]),
        rounds=1,
        bound="outcome",
        max_exchanges=1,
    )
    (e,) = res.exchanges
    assert e.gain == pytest.approx(18.75 * 1800 / 70)
    assert e.move_j == pytest.approx(75.0) and e.move_i == pytest.approx(-50.0)
    np.testing.assert_allclose(res.voting[1], [[100.0, 50.0], [75.0, 0.0]])


def test_rate_rks_hand():
    # The asymmetric case at the Raiffa-Kalai-Smorodinsky rate.  Limits with r = 1:
    # l_p = 25 (B's move and A's distance to O_p), l_q = 300/7 (A's move 30*100/70 and B's
    # distance to O_q).  c = 60*40 - 30*20 = 1800.  Ideal gains: A's min(25, (300/7)*40/20)
    # * 1800/40 = 1125; B's min(300/7, 25*60/30) * 1800/60 = 9000/7.
    # r = (60*9000/7 + 20*1125) / (30*9000/7 + 40*1125) = 697500/585000 = 31/26 (equal gain:
    # 8/7).  delta_p = min(25, (300/7)/r) = 25, delta_q = 25*31/26 = 775/26.  Gains:
    # A 25*(60 - 30*31/26) = 15750/26, B 25*(40*31/26 - 20) = 18000/26, in the ratio of the
    # ideals (0.875); the smaller is recorded.  B moves 100 on p; A moves (775/26)*70/30 =
    # 5425/78 on q.
    res = run(
        np.array([[100.0, 100.0], [0.0, 0.0]]),
        np.ones((2, 2)),
        np.array([[60.0, 30.0], [20.0, 40.0]]),
        rounds=1,
        rate="rks",
    )
    (e,) = res.exchanges
    assert e.shift_p == pytest.approx(25.0) and e.shift_q == pytest.approx(775 / 26)
    assert e.gain == pytest.approx(15750 / 26)
    np.testing.assert_allclose(res.voting[1], [[100.0, 100 - 5425 / 78], [100.0, 0.0]])
    np.testing.assert_allclose(res.outcome[1], [100.0, 30 * (100 - 5425 / 78) / 70])


def test_rate_rks_symmetric_is_equal_gain():
    # Symmetric saliences and limits: the ideals are equal, so RKS is equal gain (r = 1).
    a, b = (
        two_by_two((80, 20), (20, 80)),
        run(
            np.array([[100.0, 100.0], [0.0, 0.0]]),
            np.ones((2, 2)),
            np.array([[80.0, 20.0], [20.0, 80.0]]),
            rounds=1,
            rate="rks",
        ),
    )
    assert a.exchanges == b.exchanges


@settings(max_examples=25, deadline=None)
@given(st.integers(0, 2**32 - 1), st.integers(2, 5), st.integers(2, 4))
def test_rate_rks_both_gain_at_least_the_recorded_gain(seed, n, m):
    # Replay each exchange: both parties' utilities rise, each by at least the recorded
    # (smaller) gain.
    gen = np.random.default_rng(seed)
    x = gen.uniform(0, 100, (n, m))
    s = gen.uniform(5, 100, (n, m))
    c = gen.uniform(0.5, 3, (n, m))
    res = run(x, c, s, rounds=1, rate="rks")
    cs = c * s
    w = cs.sum(axis=0)
    y = x.copy()
    for e in res.exchanges:
        o0 = (cs * y).sum(axis=0) / w
        y[e.j, e.p] += e.move_j
        y[e.i, e.q] += e.move_i
        o1 = (cs * y).sum(axis=0) / w
        for a in (e.i, e.j):
            du = (s[a] * (np.abs(o0 - x[a]) - np.abs(o1 - x[a]))).sum()
            assert du >= e.gain * (1 - 1e-6) - 1e-6
        assert e.gain > 0
    np.testing.assert_allclose(y, res.voting[1], atol=1e-9)


def four_issues(**kw):
    # A at 100 on four issues with saliences (80, 20, 80, 20), B at 0 with (20, 80, 20, 80):
    # A demands issues 0 and 2 and supplies 1 and 3.  The exchanges (0,1), (0,3), (2,1) and
    # (2,3) each gain 20*6000/100 = 1200 and exhaust both issues (B moves to 100 on its
    # supply issue, A to 0: O_p = 100, O_q = 0), so two of them can be realised in a round.
    x = np.array([[100.0] * 4, [0.0] * 4])
    s = np.array([[80.0, 20.0, 80.0, 20.0], [20.0, 80.0, 20.0, 80.0]])
    return run(x, np.ones((2, 4)), s, rounds=1, **kw)


def test_candidates_start_realises_each_exchange_once():
    # Capabilities 1; actors 0, 1, 2 on issues p (0) and q (1):
    #   x = (50, 50), (0, 100), (100, 0);  s = (80, 80), (20, 40), (60, 80).
    # W_p = 160, O_p = (80*50 + 60*100) / 160 = 62.5;  W_q = 200, O_q = (80*50 + 40*100) / 200 = 40.
    # Opposite on both issues: (0, 2) and (1, 2).  (0, 2): s_0p/s_0q = 1 > 60/80, so 0 demands
    # p; r = (80 + 60) / (80 + 80) = 0.875; delta_p = min(60*50/160 = 18.75, |50 - 62.5| = 12.5,
    # 80*50/200/r = 22.86, 40/r) = 12.5; G = 12.5 (80*80 - 80*60) / 160 = 125.  (2, 1): 2 demands
    # p (60/80 > 20/40); r = 80/120; delta_p = min(20*100/160 = 12.5, 37.5, 40/r, 60/r) = 12.5,
    # G = 12.5 (60*40 - 80*20) / 120 = 83.33.  So (0, 2) first: 2 moves on p by
    # 12.5*160/60 = 33.33 to 66.67, 0 on q by 0.875*12.5*200/80 = 27.34 to 22.66; O = (50,
    # 29.06).  Then (2, 1): 1 moves on p by 100 to 100, 2 on q by (2/3)*12.5*200/80 = 20.83;
    # O = (62.5, 29.06 + 8.33 = 37.40).  Now O_p is back at 62.5, so 0's limit on p reopens:
    # (0, 2) again, delta_p = min(60*(66.67 - 50)/160 = 6.25, 12.5, 80*22.66/200/r = 10.36,
    # 37.40/r) = 6.25, G = 62.5; O = (56.25, 37.40 - 0.875*6.25 = 31.93).  With
    # candidates="start" (decide-exchange-model's list) (0, 2) left the list when it was
    # realised, (2, 1) is done (1 reached 100), so the round ends at O = (62.5, 37.40).
    x = np.array([[50.0, 50.0], [0.0, 100.0], [100.0, 0.0]])
    s = np.array([[80.0, 80.0], [20.0, 40.0], [60.0, 80.0]])
    c = np.ones((3, 2))
    live = run(x, c, s, rounds=1, repetitions=1)
    assert [(e.i, e.j) for e in live.exchanges] == [(0, 2), (2, 1), (0, 2)]
    np.testing.assert_allclose([e.gain for e in live.exchanges], [125.0, 250 / 3, 62.5])
    np.testing.assert_allclose(live.outcome[1], [56.25, 40 - 10.9375 + 25 / 3 - 5.46875])
    once = run(x, c, s, rounds=1, repetitions=1, candidates="start")
    assert [(e.i, e.j) for e in once.exchanges] == [(0, 2), (2, 1)]
    np.testing.assert_allclose([e.gain for e in once.exchanges], [125.0, 250 / 3])
    np.testing.assert_allclose(once.outcome[1], [62.5, 40 - 10.9375 + 25 / 3])
    np.testing.assert_allclose(once.voting[1][:, 0], [50.0, 100.0, 200 / 3])


def test_per_pair_one_exchange_per_actor_pair_and_round():
    assert len(four_issues().exchanges) == 2
    (e,) = four_issues(per_pair="one").exchanges
    assert e.gain == pytest.approx(1200.0)
    # the two issues of the exchange moved to A's and B's positions, the others stay at the
    # compromise (80 and 20)
    want = np.array([80.0, 20.0, 80.0, 20.0])
    want[e.p], want[e.q] = 100.0, 0.0
    np.testing.assert_allclose(four_issues(per_pair="one").outcome[-1], want)


def test_repetitions_average_runs_with_spawned_tie_orders():
    # With per_pair="one" the four exchanges tie and the seed picks one; repetitions=R
    # averages the outcomes of the run with rng itself and of R-1 runs with rng.spawn(R-1)
    # (same seed, same result), and its first run is the plain run.
    def gen():
        return np.random.default_rng(np.random.SeedSequence(7))

    plain = four_issues(per_pair="one", repetitions=1, rng=gen())
    rep = four_issues(per_pair="one", repetitions=6, rng=gen())
    assert rep.exchanges == plain.exchanges
    np.testing.assert_allclose(rep.outcome, plain.outcome)
    np.testing.assert_allclose(plain.mean_outcome, plain.outcome)
    runs = [plain] + [four_issues(per_pair="one", repetitions=1, rng=g) for g in gen().spawn(5)]
    np.testing.assert_allclose(rep.mean_outcome[-1], np.mean([r.outcome[-1] for r in runs], 0))
    # each issue's outcome is 100, 0 or its compromise, so the mean lies between them
    assert np.all((rep.mean_outcome[-1] >= 0) & (rep.mean_outcome[-1] <= 100))
    again = four_issues(per_pair="one", repetitions=6, rng=gen())
    np.testing.assert_array_equal(again.mean_outcome, rep.mean_outcome)


def test_default_averages_ten_tie_orders():
    # four_issues with per_pair="one": every run realises exactly one of the four tied
    # exchanges, on the issue pairs (0, 1), (0, 3), (2, 3) (A demands the lower issue) and
    # (1, 2) (B demands issue 1): A's demand issue goes to 100, its supply issue to 0, the
    # other two stay at their compromises 80 and 20.  So in every run O_0 + O_2 = 100 + 80 =
    # 180 and O_1 + O_3 = 0 + 20 = 20, and the mean over R runs keeps both sums; O_0 = 80 +
    # 20 k / R with k the runs that picked issue 0.  By default R = 10: O_0 in {80, 82, ..., 100}.
    assert exchange.REPETITIONS == 10
    res = four_issues(per_pair="one")
    assert res.params["repetitions"] == 10
    o = res.mean_outcome[-1]
    assert o[0] + o[2] == pytest.approx(180.0) and o[1] + o[3] == pytest.approx(20.0)
    k = (o[0] - 80.0) / 2.0
    assert k == pytest.approx(round(k)) and 0 <= round(k) <= 10
    # The expected outcome over the tie lottery.  The rule draws a uniform random order of the
    # two actors and one of the four issues and realises the tied exchange first in (rank of
    # the demander of the lower issue, rank of its partner, rank of the lower issue, rank of
    # the higher).  B before A (probability 1/2): (1, 2).  Otherwise (1, 2) is last, and among
    # (0, 1), (0, 3), (2, 3) the issue order decides: issue 0 before issue 2 (1/2) gives
    # (0, 1) or (0, 3), 1/2 each (issue 1 before 3 or not, independent of 0 before 2), else
    # (2, 3).  P = (1/8, 1/8, 1/4, 1/2) for (0, 1), (0, 3), (2, 3), (1, 2), so
    # E[O_0] = 80 + 20 (1/8 + 1/8) = 85, E[O_2] = 80 + 20 (1/4 + 1/2) = 95,
    # E[O_1] = 20 (1 - 1/8 - 1/2) = 7.5, E[O_3] = 20 (1 - 1/8 - 1/4) = 12.5.  With R = 400
    # the mean's standard deviation is at most 20 sqrt(0.25/400) = 0.5; 3 is 6 of them.
    many = four_issues(per_pair="one", repetitions=400).mean_outcome[-1]
    np.testing.assert_allclose(many, [85.0, 7.5, 95.0, 12.5], atol=3.0)


def test_forecast_default_votes_by_the_mean_voting_positions():
    # A at (100, 100) with saliences (80, 20); B1 and B2 identical at (0, 0) with (20, 80);
    # capabilities 1, one round.  W_p = 80 + 20 + 20 = 120, W_q = 20 + 80 + 80 = 180:
    # O_p = 8000/120 = 200/3, O_q = 2000/180 = 100/9.  A demands p; r = (80 + 20)/(20 + 80)
    # = 1; delta_p = min(B's move 20*100/120 = 16.67, A's distance 100/3, A's move on q
    # 20*100/180 = 11.11, B's distance to O_q 11.11) = 100/9.  The partner moves
    # (100/9)*120/20 = 200/3 on p, A moves (100/9)*180/20 = 100 on q (to 0).  Then O_p =
    # 200/3 + 100/9 = 700/9 and O_q = 0; the other B stands at O_q, on neither side, so there
    # is no second exchange.  The two exchanges tie (B1 and B2 are identical); either way the
    # outcomes are the same, and over the R = 10 runs the mean voting positions on p of B1
    # and B2 are (200/3) k/10 and (200/3) (10 - k)/10: they sum to 200/3.
    d = copy.deepcopy(BASE)
    d["body"]["members"] = [
        {"id": "A", "name": "Aland"},
        {"id": "B1", "name": "Borduria"},
        {"id": "B2", "name": "Bozen"},
    ]
    d["issues"] = [{"id": "p", "title": "P"}, {"id": "q", "title": "Q"}]
    b = {"p": {"position": 0, "salience": 20}, "q": {"position": 0, "salience": 80}}
    d["actors"] = [
        {
            "id": "A",
            "name": "Aland",
            "capability": 1,
            "stances": {
                "p": {"position": 100, "salience": 80},
                "q": {"position": 100, "salience": 20},
            },
        },
        {"id": "B1", "name": "Borduria", "capability": 1, "stances": copy.deepcopy(b)},
        {"id": "B2", "name": "Bozen", "capability": 1, "stances": copy.deepcopy(b)},
    ]
    f = exchange.forecast(Scenario.model_validate(d), rounds=1, institutions=False)
    assert f.params["repetitions"] == 10
    p, q = f.issue("p"), f.issue("q")
    assert p.outcome == pytest.approx(700 / 9) and q.outcome == pytest.approx(0.0, abs=1e-9)
    vp, vq = p.details["voting_positions"], q.details["voting_positions"]
    assert vp["A"] == pytest.approx(100.0) and vq["A"] == pytest.approx(0.0, abs=1e-9)
    assert vp["B1"] + vp["B2"] == pytest.approx(200 / 3)
    k = vp["B1"] / (20 / 3)
    assert k == pytest.approx(round(k)) and 0 <= round(k) <= 10
    assert vq["B1"] == pytest.approx(0.0) and vq["B2"] == pytest.approx(0.0)
    assert "the first of 10 runs" in p.explanation[0]


# ------------------------------------------------------------------ on scenarios
BASE = {
    "id": "ex",
    "title": "Exchange",
    "date": "2024-01-01",
    "body": {
        "id": "two",
        "name": "Council of Two",
        "rule": {"kind": "unanimity"},
        "members": [{"id": "A", "name": "Aland"}, {"id": "B", "name": "Borduria"}],
    },
    "issues": [
        {"id": "p", "title": "P", "status_quo": 0},
        {"id": "q", "title": "Q", "scale": {"min": 0, "max": 10}, "status_quo": 10},
        {"id": "r", "title": "R"},
    ],
    "actors": [
        {
            "id": "A",
            "name": "Aland",
            "capability": 1,
            "stances": {
                "p": {"position": 100, "salience": 80},
                "q": {"position": 10, "salience": 20},
                "r": {"position": 100, "salience": 50},
            },
        },
        {
            "id": "B",
            "name": "Borduria",
            "capability": 1,
            "stances": {
                "p": {"position": 0, "salience": 20},
                "q": {"position": 0, "salience": 80},
                "r": {"position": 0, "salience": 50},
            },
        },
    ],
}


def scn(**changes) -> Scenario:
    d = copy.deepcopy(BASE)
    d.update(changes)
    return Scenario.model_validate(d)


def test_scenario_forecast_voting_positions_pass_unanimity():
    # As in the symmetric hand case (q on 0..10): B moves to 100 on p, A to 0 on q.  Under
    # unanimity each votes by its voting position, so both points pass against the status quo.
    f = exchange.forecast(scn())
    p, q = f.issue("p"), f.issue("q")
    assert p.outcome == pytest.approx(100.0) and p.adopted is True
    assert q.outcome == pytest.approx(0.0) and q.adopted is True
    assert p.details["voting_positions"] == pytest.approx({"A": 100.0, "B": 100.0})
    moves = [mv for rec in p.trace for mv in rec["moves"]]
    assert moves[0]["actor"] == "B" and moves[0]["counterpart"] == "A"
    assert moves[0]["by"] == pytest.approx(100.0)
    assert any("Borduria gave ground here to Aland" in s for s in p.explanation)


def test_scenario_forecast_read_position():
    # The same single exchange; read="position" forecasts the compromise of the positions
    # carried into round 2: B on p moves w = 0.1 + 0.4*(1 - 20/100) = 0.42 of its 100, to 42;
    # A on q the same share, 100 -> 58 on 0..100 (5.8 on q's 0..10).  O_p = (80*100 +
    # 20*42)/100 = 88.4; O_q = (20*58 + 80*0)/100 = 11.6, i.e. 1.16; r is not traded (50).
    f = exchange.forecast(scn(), rounds=1, read="position", institutions=False)
    assert f.issue("p").outcome == pytest.approx(88.4)
    assert f.issue("q").outcome == pytest.approx(1.16)
    assert f.issue("r").outcome == pytest.approx(50.0)
    assert any("carried into the next round" in s for s in f.issue("p").explanation)
    with pytest.raises(InputError):
        exchange.forecast(scn(), read="votes")


def test_links_restrict_trades():
    # Linking only p and r: the best trade (p for q, cross 80*80 - 20*20) is not allowed; on p
    # and r, s_Ap s_Br - s_Ar s_Bp = 80*50 - 50*20 > 0, so A gets B's move on p for its own on r.
    f = exchange.forecast(scn(links=[["p", "r"]]), rounds=1)
    q = f.issue("q")
    assert q.details["exchanges"] == [] and q.details["linked_with"] == []
    # q untouched: its point is the compromise (20*10 + 80*0)/100 = 2 on 0..10, which A (at
    # 10, the status quo) vetoes under unanimity
    assert q.details["bargaining_point"] == pytest.approx(2.0)
    assert q.outcome == 10.0 and q.blockers == ["A"]
    (ex,) = f.issue("p").details["exchanges"]
    assert (ex["demander"], ex["supplier"], ex["supply_issue"]) == ("A", "B", "r")


LINKED = """\
id: l
title: Links
date: 2024-01-01
body: {id: two, name: Two, rule: {kind: unanimity}, members: [{id: A, name: Aland}]}
issues:
  - {id: p, title: P}
  - {id: q, title: Q}
actors:
  - {id: A, name: Aland, capability: 1, stances: {p: {position: 0, salience: 10}}}
links:
  - [p, q]
  - {issues: [p, nope], note: arms for a veto}
  - {issues: [q, q]}
"""


def test_link_validation_errors_name_the_line():
    from concilium.io import parse_scenario

    with pytest.raises(InputError) as ei:
        parse_scenario(LINKED, "links.yaml")
    probs = ei.value.problems
    assert [p.field for p in probs] == ["links[1].issues[1]", "links[2].issues[1]"]
    assert "unknown issue 'nope'" in probs[0].message and probs[0].line == 12
    assert "listed twice" in probs[1].message and probs[1].line == 13
    with pytest.raises(InputError):
        parse_scenario(LINKED.replace("  - [p, q]\n", "  - [p]\n"), "links.yaml")


def test_link_matrix_groups_link_every_pair():
    sc = scn(links=[{"issues": ["p", "q", "r"], "note": "one package"}])
    m = sc.link_matrix()
    assert m.tolist() == [[False, True, True], [True, False, True], [True, True, False]]
    assert scn().link_matrix() is None


def test_run_model_seed_recorded_and_reproducible():
    a = run_model(scn(), "exchange", seed=7)
    b = run_model(scn(), "exchange", seed=7)
    assert a == b and a.provenance.seed == 7
