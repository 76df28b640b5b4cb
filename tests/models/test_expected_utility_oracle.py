"""The vectorised expected-utility model agrees with the per-dyad loop oracle (``eu_oracle``).

The model's dynamics are discontinuous (exact equality, strict inequalities, argmin ties), and
the two implementations sum in different orders, so they can only be required to agree while
every decision is well-conditioned.  The property therefore reads: round by round, dangers, risk
exponents, every move (who, against whom, of which kind) and all positions agree to 1e-9,
*unless* the oracle reports a decision in that round within 1e-7 of its threshold (a near-tie;
then the runs may legitimately part and the comparison stops there).  A seeded test on
continuous random data checks that such escapes are rare, so the property keeps its power.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import numpy as np
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from concilium.models.expected_utility import run


def _load_oracle():
    # tests are imported with --import-mode=importlib, so the sibling module is loaded by path
    name = "concilium_tests_eu_oracle"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(
            name, Path(__file__).with_name("eu_oracle.py")
        )
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


run_oracle = _load_oracle().run_oracle

TOL = 1e-9
NEAR_TIE = 1e-7


def _moves_from_trace(tr, t, x_prev):
    out = {}
    for i, j in enumerate(tr.chosen[t - 1, 0]):
        if j >= 0 and x_prev[j] != x_prev[i]:  # co-located offers (M) change nothing
            out[i] = (int(j), int(tr.move_kind[t - 1, 0, i]))
    return out


KIND_CODE = {"confrontation": 1, "compromise": 2, "capitulation": 3}


def compare(tr, orc) -> tuple[int, bool]:
    """Compare round by round; return (rounds that agreed, whether a near-tie stopped it)."""
    span = 1.0 + float(np.ptp(orc.positions[0]))
    for t in range(1, len(orc.rounds) + 1):
        rec = orc.rounds[t - 1]
        x_prev = orc.positions[t - 1]
        dmax, dmin = max(rec.danger), min(rec.danger)
        d_scale = 1.0 + max(abs(dmax), abs(dmin))
        ill = rec.margin < NEAR_TIE or (dmax - dmin) < 1e-6 * d_scale
        moves_o = {
            i: (j, KIND_CODE[k]) for i, (j, k) in rec.chosen.items() if x_prev[j] != x_prev[i]
        }
        agree = (
            np.allclose(tr.danger[t - 1, 0], rec.danger, rtol=0, atol=TOL * d_scale)
            and np.allclose(tr.risk[t - 1, 0], rec.risk, rtol=0, atol=TOL * 10)
            and _moves_from_trace(tr, t, x_prev) == moves_o
            and np.allclose(
                tr.positions[t, 0], orc.positions[t], rtol=0, atol=TOL * span, equal_nan=True
            )
            and np.allclose(
                tr.median[t, 0], orc.medians[t], rtol=0, atol=TOL * span, equal_nan=True
            )
            and np.allclose(tr.mean[t, 0], orc.means[t], rtol=0, atol=TOL * span, equal_nan=True)
        )
        if not agree:
            assert ill, (
                f"round {t}: vectorised and oracle disagree although every decision is "
                f"well-conditioned (margin {rec.margin:.3g}).\n"
                f"vectorised moves {_moves_from_trace(tr, t, x_prev)}, oracle {moves_o}\n"
                f"positions {tr.positions[t, 0].tolist()}\n vs {orc.positions[t]}\n"
                f"risk {tr.risk[t - 1, 0].tolist()}\n vs {rec.risk}"
            )
            return t - 1, True
    return len(orc.rounds), False


VARIANT_OPTIONS = [
    {"variant": "scholz"},
    {"variant": "masad"},
    {"variant": "scholz", "capitulation": True},
    {"variant": "scholz", "compromise_choice": "least_movement"},
    {
        "variant": "scholz",
        "probability": "paper",
        "compromise_choice": "least_movement",
        "capitulation": True,
    },
    {"variant": "masad", "probability": "scholz"},
    {"variant": "scholz", "q": 0.5, "t": 0.3},
    {"variant": "masad", "q": 0.2, "t": 1.0},
]


@st.composite
def scenarios(draw):
    """Realistic ranges: positions on a coarse grid (shared positions, as in real data) or at
    1e-4 resolution in 0..100; capabilities 0 or within 1e-3..1; saliences 0..100.  (Values
    like 1e-200 would only test underflow in Masad's raw-distance formula.)"""
    n = draw(st.integers(1, 6))
    step = draw(st.sampled_from([1.0, 1e-4]))
    top = 10 if step == 1.0 else 10**6
    x = [k * step for k in draw(st.lists(st.integers(0, top), min_size=n, max_size=n))]
    c = draw(st.lists(st.one_of(st.just(0.0), st.floats(1e-3, 1)), min_size=n, max_size=n))
    s = draw(st.lists(st.integers(0, 100), min_size=n, max_size=n))
    return x, c, [float(v) for v in s]


@given(scenarios(), st.sampled_from(VARIANT_OPTIONS), st.integers(0, 6))
# Counterexamples hypothesis found (both fixed in the oracle, not the model; see eu_oracle.py).
# 1. An exact weight split: capabilities c, c, c and saliences 9 | 6, 3 put exactly half of the
#    c·s weight at 0, so the median μ (used when q < 1) is the lower one, 0, by the documented
#    tie rule (concilium.stats: "reaches half" with a relative 1e-12 tolerance); the oracle's
#    strict float test 2·cum >= total missed it by one rounding (0.026942994093059666 against
#    0.02694299409305967) and took μ = 1, changing every danger with q = 0.5.
@example(
    sc=(
        [0.0, 1.0, 0.0, 0.0, 0.0],
        [0.0, 0.14968330051699816, 0.14968330051699816, 0.0, 0.14968330051699816],
        [0.0, 9.0, 6.0, 0.0, 3.0],
    ),
    options={"variant": "scholz", "q": 0.5, "t": 0.3},
    rounds=2,
)
# 2. A voter (all but) equidistant from two positions: 0.0051 lies between 0.0043 and 0.0059,
#    exactly half-way in decimals but 8.7e-19 off in binary.  Which side it votes for is
#    round-off, and under Masad's pair-normalised probability (one voter with weight) that
#    decides P = 0 or 1; the oracle now reports it as a near-tie (its vote margin).
@example(
    sc=([0.0043, 0.0, 0.0, 0.0051, 0.0059], [0.0, 0.0, 0.0, 1.0, 0.0], [1.0, 0.0, 0.0, 1.0, 0.0]),
    options={"variant": "masad", "q": 0.2, "t": 1.0},
    rounds=1,
)
def test_vectorised_agrees_with_oracle(sc, options, rounds):
    x, c, s = sc
    tr = run(x, c, s, rounds=rounds, **options)
    orc = run_oracle(x, c, s, rounds=rounds, **options)
    assert np.array_equal(tr.positions[0, 0], orc.positions[0])
    compare(tr, orc)


@pytest.mark.parametrize("options", VARIANT_OPTIONS, ids=lambda o: "-".join(map(str, o.values())))
def test_agreement_on_continuous_random_data_is_rarely_cut_short(options):
    """On generic (continuous) data near-ties are rare: the comparison must run to the end."""
    rng = np.random.default_rng(20110401)
    cut = 0
    for _ in range(25):
        n = int(rng.integers(2, 9))
        x = rng.uniform(0, 100, n)
        c = rng.uniform(0.05, 1, n)
        s = rng.uniform(5, 100, n)
        tr = run(x, c, s, rounds=8, **options)
        orc = run_oracle(x, c, s, rounds=8, **options)
        _, stopped = compare(tr, orc)
        cut += stopped
    assert cut <= 1


def test_oracle_and_model_agree_on_several_issues_at_once():
    """The issue axis is vectorised: each issue equals its own single-issue run."""
    rng = np.random.default_rng(7)
    x = rng.integers(0, 10, (3, 7)).astype(float)
    c = rng.uniform(0.1, 1, 7)  # shared by the issues
    s = rng.integers(10, 100, (3, 7)).astype(float)
    tr = run(x, c, s, rounds=6)
    for g in range(3):
        orc = run_oracle(x[g], c, s[g], rounds=6)
        one = run(x[g], c, s[g], rounds=6)
        assert np.array_equal(one.positions[:, 0], tr.positions[:, g])
        assert compare(one, orc) == (6, False)


@given(scenarios(), st.sampled_from(VARIANT_OPTIONS[:2]), st.randoms(use_true_random=False))
def test_permuting_actors_permutes_positions_unless_order_breaks_a_tie(sc, options, rnd):
    """Permutation equivariance, stated precisely: actor order is used only to break ties
    (first in input order), so permuting the actors permutes every actor's positions, dangers
    and risk exponents, in every round up to the first round in which the run had a tie
    between offers leading to *different* positions, or a near-tie (the oracle's margin,
    which is 0 for such an order-dependent tie).  Medians and means are unchanged."""
    x, c, s = sc
    n = len(x)
    perm = list(range(n))
    rnd.shuffle(perm)
    rounds = 5
    a = run(x, c, s, rounds=rounds, **options)
    b = run(
        [x[k] for k in perm], [c[k] for k in perm], [s[k] for k in perm], rounds=rounds, **options
    )
    orc = run_oracle(x, c, s, rounds=rounds, **options)
    span = 1.0 + float(np.ptp(x))
    for t in range(1, rounds + 1):
        rec = orc.rounds[t - 1]
        d_scale = 1.0 + max(abs(v) for v in rec.danger)
        if rec.margin < NEAR_TIE or max(rec.danger) - min(rec.danger) < 1e-6 * d_scale:
            break
        assert np.allclose(b.danger[t - 1, 0], a.danger[t - 1, 0][perm], atol=TOL * d_scale)
        assert np.allclose(b.risk[t - 1, 0], a.risk[t - 1, 0][perm], atol=TOL * 10)
        assert np.allclose(b.positions[t, 0], a.positions[t, 0][perm], atol=TOL * span)
        assert np.allclose(b.median[t], a.median[t], atol=TOL * span, equal_nan=True)
        assert np.allclose(b.mean[t], a.mean[t], atol=TOL * span, equal_nan=True)
