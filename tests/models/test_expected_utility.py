"""Unit and property tests of the expected-utility model's numeric core.

Expected numbers come from the spec's analytic tables (§3.1), closed forms derived by hand in
the comments, or invariances of the model; the published trajectories are golden cases
(``test_expected_utility_golden.py``) and the loop oracle is ``test_expected_utility_oracle.py``.
"""

from __future__ import annotations

import json
import math

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from concilium.errors import InputError
from concilium.models import expected_utility as eu
from concilium.models.expected_utility import (
    basic_utilities,
    dyad_tables,
    expected_utility,
    run,
    weighted_mean,
    weighted_median,
)

EC_X = [4, 7, 4, 4, 10, 10, 10, 7, 4, 7]
EC_C = [0.08, 0.08, 0.03, 0.16, 0.16, 0.16, 0.16, 0.05, 0.05, 0.08]
EC_S = [80, 40, 20, 80, 60, 60, 90, 10, 100, 70]


# ------------------------------------------------------------------ building blocks (§3.1-§3.3)


@pytest.mark.parametrize(
    ("r", "d", "us", "uf", "usq"),
    [  # the spec's 'Analytic unit checks' table (§3.1)
        (2, 0.5, 1.75, -0.25, 1),
        (2, 0, 1, 1, 1),
        (2, 1, 2, -2, 1),
        (0.5, 1, 2, -2, -0.8284271247461903),
    ],
)
def test_basic_utilities_table(r, d, us, uf, usq):
    got = basic_utilities(d, r)
    assert np.allclose(got, (us, uf, usq), rtol=0, atol=1e-15)


@given(st.floats(0, 1))
def test_basic_utilities_linear_at_r1(d):
    # r = 1: U_s = 2d, U_f = -2d, U_sq = 0 (§3.1 table, first row)
    us, uf, usq = basic_utilities(d, 1.0)
    assert us == pytest.approx(2 * d, abs=1e-15)
    assert uf == pytest.approx(-2 * d, abs=1e-15)
    assert usq == 0


@given(st.floats(0, 1), st.floats(0, 1), st.floats(0, 1))
def test_expected_utility_closed_form_q1_r1(p, d, s):
    # §3.3: for Q = 1, r = 1: EU = 2d (1 - 2 s_j (1 - P))
    assert expected_utility(p, d, s, 1.0) == pytest.approx(2 * d * (1 - 2 * s * (1 - p)), abs=1e-14)


@given(
    st.floats(0, 1),
    st.floats(0, 1),
    st.floats(0, 1),
    st.floats(0, 1),
    st.floats(0, 1),
    st.floats(0, 1),
)
def test_expected_utility_closed_form_q_below_1(p, d, s, q, t, dmu):
    # r = 1: U_b = dmu + d and U_w = -(dmu + d), so
    # EU = 2d (1 - 2 s (1 - P)) - (1 - Q) (2T - 1)(dmu + d)
    want = 2 * d * (1 - 2 * s * (1 - p)) - (1 - q) * (2 * t - 1) * (dmu + d)
    got = expected_utility(p, d, s, 1.0, q=q, t=t, d_mu=dmu)
    assert got == pytest.approx(want, abs=1e-13)


@given(st.floats(0, 1), st.floats(0, 1), st.floats(0.5, 2))
def test_expected_utility_is_zero_at_zero_distance(p, s, r):
    # §3.1: at d = 0, U_s = U_f = U_sq, so EU = 0 when Q = 1
    assert expected_utility(p, 0.0, s, r) == pytest.approx(0.0, abs=1e-15)


def test_weighted_median_and_mean():
    # sorted (1, 2, 3) with weights (1, 1, 2): cumulative 1, 2, 4 -> first >= 2 is x = 2
    assert weighted_median([3, 1, 2], [2, 1, 1]) == 2
    assert weighted_mean([3, 1, 2], [2, 1, 1]) == pytest.approx(9 / 4)
    # an exact 50/50 split takes the smaller position (the definition in §3.7)
    assert weighted_median([10, 4], [1, 1]) == 4
    assert np.isnan(weighted_median([1, 2], [0, 0]))
    assert np.isnan(weighted_mean([1, 2], [0, 0]))
    # vectorised over a leading axis
    assert weighted_median([[3, 1, 2], [0, 5, 9]], [[2, 1, 1], [1, 1, 5]]).tolist() == [2, 9]


# ------------------------------------------------------------------ probabilities (§3.2)


@st.composite
def actors(draw, min_n=2, max_n=7):
    n = draw(st.integers(min_n, max_n))
    x = draw(st.lists(st.integers(0, 10), min_size=n, max_size=n))
    c = draw(st.lists(st.floats(0.01, 1), min_size=n, max_size=n))
    s = draw(st.lists(st.integers(1, 100), min_size=n, max_size=n))
    return np.array(x, float), np.array(c), np.array(s, float)


@given(actors())
def test_paper_probabilities_of_a_pair_sum_to_one(data):
    # §3.2: the paper's P is pair-normalised, so P(i over j) + P(j over i) = 1 (x_i != x_j)
    x, c, s = data
    p = dyad_tables(x, c, s, probability="paper").prob
    distinct = x[:, None] != x[None, :]
    assert np.allclose((p + p.T)[distinct], 1.0, atol=1e-12)
    assert np.all(p[~distinct] == 0)


@given(actors())
def test_masad_probability_is_clipped_net_vote(data):
    # §3.2: P_M = max(0, 2 P_paper - 1)
    x, c, s = data
    pm = dyad_tables(x, c, s, probability="masad").prob
    pp = dyad_tables(x, c, s, probability="paper").prob
    distinct = x[:, None] != x[None, :]
    assert np.allclose(pm[distinct], np.maximum(0, 2 * pp - 1)[distinct], atol=1e-12)


@given(actors(), st.lists(st.floats(0.5, 2), min_size=7, max_size=7))
def test_scholz_probabilities_sum_to_one_half(data, r):
    # v_k(m, n) = -v_k(n, m), so the positive parts over all ordered pairs are half of V_all:
    # sum_{i,j} P_S(i over j) = 1/2, whatever the voters' exponents
    x, c, s = data
    tables = dyad_tables(x, c, s, risk=r[: len(x)])
    if len(set(x.tolist())) > 1:
        assert tables.prob.sum() == pytest.approx(0.5, abs=1e-12)
        assert tables.vote_total > 0
    else:
        assert tables.prob.sum() == 0 and tables.vote_total == 0


def test_vote_total_matches_the_triple_sum():
    # V_all by its definition (§3.2), computed naively, against the O(n^2 log n) formula
    rng = np.random.default_rng(3)
    x = rng.integers(0, 6, 6).astype(float)
    c = rng.uniform(0.1, 1, 6)
    s = rng.integers(1, 100, 6).astype(float)
    r = rng.uniform(0.5, 2, 6)
    delta = np.ptp(x)
    naive = sum(
        abs(
            c[k]
            * s[k]
            / 100
            * ((abs(x[k] - x[b]) / delta) ** r[k] - (abs(x[k] - x[a]) / delta) ** r[k])
        )
        for k in range(6)
        for a in range(6)
        for b in range(6)
    )
    assert dyad_tables(x, c, s, risk=r).vote_total == pytest.approx(naive, rel=1e-13)


# ------------------------------------------------------------------ a round worked by hand


def test_two_actors_by_hand_variant_s():
    """x = (0, 1), c = (0.4, 1), s = (0.5, 0.2): equal weights w = 0.2, Delta = 1.

    V_all = 2 (w0 + w1) and P_S(0 over 1) = P_S(1 over 0) = w / V_all = 1/4 (any r).
    Dangers (r = 1): D_0 = EU(1->0) = 2 (1 - 2 s0 (3/4)) = 2 - 3 s0 = 0.5, D_1 = 2 - 3 s1 = 1.4,
    so R = (-1, 1) and r = (2, 1/2).
    Actor 0 (r = 2; U_s = 2, U_f = -2, U_sq = 1): a = EU(0->1) = -s1 + 2(1 - s1) - 1 = 0.4,
    b = EU(1->0) = 1 - 3 s0 = -0.5: no offer.
    Actor 1 (r = 1/2; U_sq = 2 - 2 sqrt 2): a = -s0 + 2(1 - s0) - U_sq = 2 sqrt 2 - 1.5,
    b = -s1 + 2(1 - s1) - U_sq = 2 sqrt 2 - 0.6 > a > 0: actor 1 loses a confrontation, moves
    to 0.  Round 2: both at 0, nobody can move: converged.
    """
    tr = run([0, 1], [0.4, 1], [50, 20], rounds=3)
    assert np.allclose(tr.danger[0, 0], [0.5, 1.4], atol=1e-15)
    assert np.allclose(tr.risk[0, 0], [2, 0.5], atol=1e-15)
    assert np.allclose(tr.prob[0, 0], [[0, 0.25], [0.25, 0]], atol=1e-15)
    assert np.allclose(tr.a[0, 0], [[0, 0.4], [2 * math.sqrt(2) - 1.5, 0]], atol=1e-14)
    assert np.allclose(tr.b[0, 0], [[0, -0.5], [2 * math.sqrt(2) - 0.6, 0]], atol=1e-14)
    assert tr.chosen[0, 0].tolist() == [-1, 0]
    assert eu.KIND_NAMES[tr.move_kind[0, 0, 1]] == "confrontation"
    assert tr.positions[1, 0].tolist() == [0, 0]
    assert tr.converged_round[0] == 2 and tr.status() == "converged"
    assert tr.risk[1, 0].tolist() == [1, 1]  # all at one position: equal dangers -> r = 1


def test_two_actors_by_hand_variant_m():
    """Same actors under M.  P_M = max(0, w0 - w1)/(w0 + w1) = 0 both ways.
    D_0 = EU(1->0; 1) = 2 (1 - 2 s0) = 0, D_1 = 2 (1 - 2 s1) = 1.2, so r = (2, 1/2).
    A[0,1] = EU(0->1; 2) = s1 U_f + (1 - s1) U_s - U_sq = -0.4 + 1.6 - 1 = 0.2;
    A[1,0] = EU(1->0; 1/2) = -1 + 1 - (2 - 2 sqrt 2) = 2 sqrt 2 - 2.
    Actor 0 receives 1's offer (EU 0.83 > 0) and 0 < 0.2 < 0.83: it loses, moves to 1.
    Actor 1 receives 0's offer (EU 0.2) but its own EU 0.83 exceeds it: stays.
    """
    tr = run([0, 1], [0.4, 1], [50, 20], rounds=1, variant="masad")
    assert np.allclose(tr.danger[0, 0], [0, 1.2], atol=1e-15)
    assert np.allclose(tr.risk[0, 0], [2, 0.5], atol=1e-15)
    assert np.allclose(tr.a[0, 0], [[0, 0.2], [2 * math.sqrt(2) - 2, 0]], atol=1e-14)
    assert tr.chosen[0, 0].tolist() == [1, -1]
    assert tr.positions[1, 0].tolist() == [1, 1]


# ------------------------------------------------------------------ invariants


@given(actors(min_n=1))
def test_risk_exponents_lie_in_their_range_and_hit_the_ends(data):
    # §3.4: r in [1/2, 2]; the most endangered actor gets 1/2 and the least 2 (or all 1)
    x, c, s = data
    tr = run(x, c, s, rounds=2)
    r, d = tr.risk[:, 0], tr.danger[:, 0]
    assert np.all((r >= 0.5 - 1e-12) & (r <= 2 + 1e-12))
    for t in range(tr.rounds_run):
        if d[t].max() == d[t].min():
            assert np.all(r[t] == 1)
        else:
            assert r[t][np.argmax(d[t])] == pytest.approx(0.5)
            assert r[t][np.argmin(d[t])] == pytest.approx(2)


@given(actors(min_n=1), st.sampled_from(["scholz", "masad"]))
def test_positions_stay_within_the_initial_range(data, variant):
    # moves copy a position or go part of the way to one: the convex hull never grows
    x, c, s = data
    tr = run(x, c, s, rounds=5, variant=variant)
    assert tr.positions.min() >= x.min() and tr.positions.max() <= x.max()
    assert np.all((tr.median[:, 0] >= x.min()) & (tr.median[:, 0] <= x.max()))


def test_permuting_actors_permutes_the_ec_trajectory_exactly():
    """EC reversed: the same positions per actor, bit for bit.  Actor order only breaks ties,
    and the EC ties are between counterparts at the same position (France/Italy), so only the
    counterpart's name may change: Belgium now 'compromises with Italy'."""
    perm = np.arange(10)[::-1]
    a = run(EC_X, EC_C, EC_S)
    b = run(np.array(EC_X)[perm], np.array(EC_C)[perm], np.array(EC_S)[perm])
    assert np.allclose(b.positions[:, 0], a.positions[:, 0][:, perm], rtol=0, atol=1e-12)
    assert np.allclose(b.median, a.median, atol=1e-12) and np.allclose(b.mean, a.mean, atol=1e-12)
    belgium_a, belgium_b = 1, int(np.flatnonzero(perm == 1)[0])
    assert a.chosen[0, 0, belgium_a] == 4  # France, first of France/Italy in input order
    assert perm[b.chosen[0, 0, belgium_b]] == 5  # Italy comes first once reversed
    assert EC_X[4] == EC_X[5]


@given(actors(), st.floats(0.01, 100), st.sampled_from(["scholz", "masad"]))
def test_scaling_all_capabilities_changes_nothing(data, factor, variant):
    # capabilities enter only through ratios (§2)
    x, c, s = data
    a = run(x, c, s, rounds=3, variant=variant)
    b = run(x, c * factor, s, rounds=3, variant=variant)
    # round-off may flip a near-tie; compare up to the first round where any move differs
    for t in range(1, 4):
        if not np.array_equal(a.chosen[t - 1], b.chosen[t - 1]):
            x_t = a.positions[t - 1, 0]
            pairs = x_t[:, None] != x_t[None, :]
            aa, bb = a.a[t - 1, 0][pairs], a.b[t - 1, 0][pairs]
            margins = np.abs(np.concatenate([bb - aa, aa, bb, bb - np.abs(aa)]))
            assert margins.min() < 1e-7, "moves differ although no decision was near a tie"
            break
        assert np.allclose(a.positions[t], b.positions[t], atol=1e-9)


# ------------------------------------------------------------------ degenerate cases


def test_all_actors_at_one_position():
    tr = run([5, 5, 5], [1, 2, 3], [10, 50, 90], rounds=4)
    assert tr.positions.tolist() == [[[5, 5, 5]]] * 5
    assert (tr.risk == 1).all() and (tr.danger == 0).all() and (tr.chosen == -1).all()
    assert tr.converged_round[0] == 1 and tr.status() == "converged"
    assert tr.median[-1, 0] == 5


def test_single_actor():
    tr = run([3.5], [1], [70], rounds=2, variant="masad")
    assert tr.positions[:, 0, 0].tolist() == [3.5, 3.5, 3.5] and tr.risk[0, 0, 0] == 1
    assert tr.forecast() == 3.5


def test_zero_weights_run_and_report_undefined_median():
    tr = run([0, 5, 10], [0, 0, 0], [50, 50, 50], rounds=2)
    assert np.isnan(tr.median).all() and np.isnan(tr.mean).all()
    assert (tr.prob == 0).all()  # no votes at all: P = 0
    assert np.isfinite(tr.positions).all()
    assert json.dumps(tr.records(0))  # NaN becomes null in the records


def test_zero_salience_actor_is_inert_as_a_voter():
    # salience 0: weight 0 -> no votes; a target with s = 0 never resists: EU = U_s - U_sq
    tr = run([0, 4, 10], [1, 1, 1], [0, 50, 50], rounds=1)
    assert tr.weights[0, 0] == 0
    eu_table = dyad_tables([0, 4, 10], [1, 1, 1], [0, 50, 50]).eu
    assert eu_table[1, 0] == pytest.approx(2 * 0.4)  # U_s at r = 1, d = 4/10


def test_zero_range_issue_next_to_a_normal_one():
    tr = run([[2, 2, 2], [0, 5, 10]], [1, 1, 1], [[50, 60, 70], [50, 60, 70]], rounds=3)
    assert tr.converged_round[0] == 1
    assert (tr.positions[:, 0] == 2).all()
    assert tr.delta.tolist() == [1.0, 10.0]


def test_rounds_zero_reports_inputs_only():
    tr = run(EC_X, EC_C, EC_S, rounds=0)
    assert tr.rounds_run == 0 and tr.danger.shape == (0, 1, 10)
    assert tr.median[0, 0] == 7 and tr.status() == "open"


# ------------------------------------------------------------------ options and trace


def test_stop_when_stable_stops_converged_runs_only():
    tr = run([5, 5, 5], [1, 1, 1], [50, 50, 50], rounds=10, stop_when_stable=True)
    assert tr.rounds_run == 1
    ec = run(EC_X, EC_C, EC_S, rounds=10, stop_when_stable=True)
    assert ec.rounds_run == 10  # EC never settles (spec §3.8)


def test_exact_cycle_is_detected():
    # Honduras under S: the United States alternates 0.5 <-> 0.123023 (spec §7.6), and the
    # model is deterministic, so the state after round 2 equals the input: a 2-cycle from 0
    tr = run(
        [1, 0, 0.5, 0.5, 0.5],
        [0.0001958, 0.0001515, 0.0001189, 0.2550486, 0.0005362],
        [100, 100, 30, 10, 30],
        rounds=6,
    )
    assert tr.status() == "cycle"
    assert (tr.cycle_start[0], tr.cycle_period[0]) == (0, 2)
    assert np.array_equal(tr.positions[2], tr.positions[0])
    assert tr.converged_round[0] == -1


def test_keep_pairs_false_keeps_everything_else():
    a = run(EC_X, EC_C, EC_S, rounds=4)
    b = run(EC_X, EC_C, EC_S, rounds=4, keep_pairs=False)
    assert b.a is None and b.kind is None
    assert np.array_equal(a.positions, b.positions) and np.array_equal(a.chosen, b.chosen)
    assert "offers" not in b.records()[1] and b.records()[1]["moves"] == a.records()[1]["moves"]


def test_records_are_json_and_list_positions_in_actor_order():
    names = ["NL", "BE", "LU", "DE", "FR", "IT", "UK", "IE", "DK", "GR"]
    recs = run(EC_X, EC_C, EC_S, rounds=2).records(0, names)
    text = json.dumps(recs)
    assert json.loads(text) == recs
    assert recs[0]["positions"] == [float(v) for v in EC_X]
    assert [m["actor"] for m in recs[1]["moves"]] == ["BE", "LU", "IE"]
    be = recs[1]["moves"][0]
    assert (be["kind"], be["counterpart"], be["from"]) == ("compromise", "FR", 7.0)
    assert any(o["kind"] == "capitulation (ignored)" for o in recs[1]["offers"])


def test_several_issues_share_one_code_path():
    x = np.array([EC_X, EC_X[::-1]], float)
    s = np.array([EC_S, EC_S[::-1]], float)
    c = np.array([EC_C, EC_C[::-1]])
    tr = run(x, c, s, rounds=3)
    one = run(EC_X, EC_C, EC_S, rounds=3)
    assert np.allclose(tr.positions[:, 0], one.positions[:, 0], atol=1e-12)
    assert np.allclose(tr.positions[:, 1], one.positions[:, 0][:, ::-1], atol=1e-12)


def test_delta_larger_than_the_range_is_used():
    # a wider Delta shrinks every d: at r = 1 the EU scales with d (closed form above)
    a = dyad_tables(EC_X, EC_C, EC_S, probability="paper")
    b = dyad_tables(EC_X, EC_C, EC_S, probability="paper", delta=12)
    assert np.allclose(b.eu, a.eu / 2, atol=1e-15)


# ------------------------------------------------------------------ bad input: one clear error


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"positions": [1, float("nan")]}, "positions"),
        ({"capabilities": [1, -1]}, "capabilities"),
        ({"saliences": [50, 101]}, "saliences"),
        ({"saliences": [50, 50, 50]}, "saliences"),
        ({"positions": []}, "positions"),
        ({"variant": "bdm"}, "variant"),
        ({"variant": "masad", "compromise_choice": "least_movement"}, "compromise_choice"),
        ({"compromise_choice": "nearest"}, "compromise_choice"),
        ({"probability": "logit"}, "probability"),
        ({"rounds": -1}, "rounds"),
        ({"rounds": 2.5}, "rounds"),
        ({"delta": 0.5}, "delta"),
        ({"q": 1.5}, "q"),
    ],
)
def test_bad_input_raises_one_input_error(kwargs, field):
    args = {"positions": [0, 1], "capabilities": [1, 1], "saliences": [50, 50]}
    args.update(kwargs)
    pos, cap, sal = args.pop("positions"), args.pop("capabilities"), args.pop("saliences")
    with pytest.raises(InputError) as err:
        run(pos, cap, sal, **args)
    assert err.value.problems[0].field == field
