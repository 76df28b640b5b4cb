"""The expected-utility model over many draws at once (``forecasts``) is the point model, row by
row, bit for bit: every step of a round works within one row, a draw that has settled leaves its
batch frozen, and the batch size (set by the memory budget) changes nothing."""

from __future__ import annotations

import numpy as np
import pytest

from concilium.analysis.uncertainty.engines import evaluate
from concilium.analysis.uncertainty.inputs import ppf
from concilium.analysis.uncertainty.space import compile_space, materialise
from concilium.models import run_model
from concilium.models.expected_utility import _Settle, batch_size, forecasts, run

OPTIONS = [
    {},
    {"variant": "masad"},
    {"capitulation": True},
    {"compromise_choice": "least_movement"},
    {"probability": "paper"},
    {"q": 0.5, "t": 0.3},
]


def _draws(seed: int, d: int, n: int):
    """Positions on 0..100 (half of the draws on a coarse grid, so positions are shared and
    midpoints fall exactly on voters), capabilities 0..1, saliences 0..100."""
    rng = np.random.default_rng(seed)
    x = rng.uniform(0, 100, (d, n))
    x[::2] = np.round(x[::2], -1)
    return x, rng.uniform(0, 1, (d, n)), rng.uniform(0, 100, (d, n))


@pytest.mark.parametrize("options", OPTIONS, ids=lambda o: "-".join(map(str, o.values())) or "S")
@pytest.mark.parametrize("rounds", [0, 1, 7, 60])
def test_each_draw_is_its_own_point_run_bit_for_bit(options, rounds):
    x, c, s = _draws(3, 8, 6)
    got = forecasts(x, c, s, rounds=rounds, **options)
    want = [run(x[d], c[d], s[d], rounds=rounds, keep_pairs=False, **options) for d in range(8)]
    assert got.tolist() == [tr.forecast(0) for tr in want]


def test_batch_size_changes_nothing():
    """Batches of 1 draw, of 3 and all at once give the same numbers (workers run whole
    batches, so this is also why the number of workers cannot change a result)."""
    x, c, s = _draws(5, 9, 12)  # 200 rounds: some draws settle late, some not at all
    assert batch_size(12, 200, memory_mb=1e-6) == 1
    one = forecasts(x, c, s, rounds=200, memory_mb=1e-6)
    # 8*12*(24*12 + 200 + 1) + 8*201 = 48,552 bytes a draw; 0.15 MiB = 157,286 bytes hold 3
    assert batch_size(12, 200, memory_mb=0.15) == 3
    three = forecasts(x, c, s, rounds=200, memory_mb=0.15)
    every = forecasts(x, c, s, rounds=200)
    assert one.tolist() == three.tolist() == every.tolist()


def test_issues_of_one_run_are_independent_rows():
    x, c, s = _draws(8, 4, 9)
    together = run(x, c[0], s, rounds=12)
    for g in range(4):
        alone = run(x[g], c[0], s[g], rounds=12)
        assert np.array_equal(alone.positions[:, 0], together.positions[:, g])
        assert np.array_equal(alone.risk[:, 0], together.risk[:, g])
        assert alone.settled_round[0] == together.settled_round[g]


def test_memory_budget_sets_the_batch():
    # per draw 8 n (24 n + rounds + 1) + 8 (rounds + 1) bytes: n = 34, 1,000 rounds gives
    # 8*34*(816 + 1001) + 8*1001 = 502,232 bytes, so 64 MiB = 67,108,864 bytes hold 133 draws
    assert batch_size(34, 1000) == 133
    assert batch_size(34, 10) == 67_108_864 // (8 * 34 * (816 + 11) + 88)
    assert batch_size(3, 0) == 1000  # capped


def test_settle_tracker_by_hand():
    """States fed in turn (row 0: a 2-cycle that repeats exactly; row 1: converges; row 2:
    approaches a 2-cycle to within the tolerance; row 3: keeps moving)."""
    tol = np.full(4, 1e-6)
    seq = [
        [[0.0, 5.0], [1.0, 1.0], [0.0, 0.0], [0.0, 0.0]],
        [[1.0, 5.0], [2.0, 2.0], [1.0, 1.0], [1.0, 1.0]],
        [[0.0, 5.0], [2.0, 2.0], [1e-9, 0.0], [2.0, 2.0]],
        [[1.0, 5.0], [2.0, 2.0], [1.0 + 1e-9, 1.0], [3.0, 3.0]],
    ]
    tr = _Settle(np.array(seq[0]), tol, max_period=12)
    for state in seq[1:]:
        tr.update(np.array(state))
    # row 0: round 2 repeats round 0 exactly: cycle from 0 with period 2, settled then
    assert (tr.cycle_start[0], tr.cycle_period[0], tr.settled[0], tr.settled_p[0]) == (0, 2, 2, 2)
    # row 1: round 2 equals round 1 (nobody moved): converged in round 2, period 1
    assert (tr.converged[1], tr.cycle_period[1], tr.settled[1], tr.settled_p[1]) == (2, 1, 2, 1)
    # row 2: rounds 2, 3 repeat rounds 0, 1 to within 1e-9 <= tol, but not exactly: settled
    # in round 3 with period 2, no exact cycle
    assert (tr.cycle_start[2], tr.settled[2], tr.settled_p[2]) == (-1, 3, 2)
    # row 3: 0, 1, 2, 3: never
    assert (tr.converged[3], tr.cycle_start[3], tr.settled[3]) == (-1, -1, -1)


def test_simulation_engine_equals_the_point_model_on_the_flagship(flagship):
    """Draw by draw, the simulation's expected-utility bargaining point is the point model's
    on the materialised scenario (default settings: run until settled), to 1e-12."""
    space = compile_space(flagship)
    u = np.random.default_rng(2026).random((2, space.k))  # a point run with records is slow
    values = np.column_stack([ppf(inp, u[:, j]) for j, inp in enumerate(space.inputs)])
    (res,) = evaluate(space, "expected_utility", values)
    for d in range(len(values)):
        f = run_model(materialise(flagship, space.inputs, values[d]), "expected_utility")
        issue = f.issues[0]
        assert res.point[d] == pytest.approx(issue.details["bargaining_point"], abs=1e-12)
        assert res.outcome[d] == pytest.approx(issue.outcome, abs=1e-12)


def test_allocator_setting_changes_no_number(monkeypatch):
    """forecasts() asks glibc to keep freed tables between rounds (a speed measure only):
    without it (another C library, or none found) every number is the same, bit for bit."""
    import concilium.models.expected_utility as eu

    x, c, s = _draws(12, 6, 8)
    kept = forecasts(x, c, s, rounds=30)
    monkeypatch.setattr(eu, "_glibc", lambda: None)
    assert forecasts(x, c, s, rounds=30).tobytes() == kept.tobytes()


@pytest.mark.parametrize("votes", [True, False])
def test_powers_once_per_distinct_position_are_the_full_tables_bit_for_bit(votes, monkeypatch):
    """The offer phase's powers taken once per (actor, distinct position) and copied out are
    the powers of every cell, bit for bit, with positions shared by several actors and for
    exponents of exactly 2 and 1/2: numpy's power squares (or takes the root) for those when
    the exponent is broadcast along the row; the model passes whole exponent arrays so
    that every cell goes through pow either way."""
    from concilium.models import expected_utility as eu

    x = np.random.default_rng(5).uniform(0, 100, (40, 30))
    x[:, 20:] = x[:, :10]  # co-located actors in every draw (a third of the actors)
    x[::2, 10:20] = x[::2, 20:30]  # and half of them in every other draw
    x[3] = 50.0  # one draw with every actor at one position
    risk = np.random.default_rng(6).uniform(0.5, 2.0, x.shape)
    risk[:, :12], risk[:, 12:20], risk[0, 20] = 2.0, 0.5, 1.0  # special exponents
    geo = eu._geometry(x, np.full(len(x), 100.0))
    assert geo.first.sum() <= 0.7 * x.size  # many positions are shared
    monkeypatch.setattr(eu, "DISTINCT_SHARE", 1.0)
    compact = eu._risk_powers(geo, risk, votes)
    monkeypatch.setattr(eu, "DISTINCT_SHARE", -1.0)
    full = eu._risk_powers(geo, risk, votes)
    for got, want in zip(compact, full, strict=True):
        if want is None:
            assert got is None
        else:
            assert got.shape == want.shape
            assert np.array_equal(got.view(np.uint64), want.view(np.uint64))
    # U_s is 2 - 4 pow(v, r) cell by cell, for the special exponents too; and here pow
    # differs from the square and the root in some cells, so a path that squared would fail
    r_full = np.broadcast_to(risk[:, :, None], geo.vs.shape).copy()
    assert np.array_equal(full[1], 2.0 - 4.0 * np.power(geo.vs, r_full))
    sq, rt = geo.vs[:, :12, :], geo.vs[:, 12:20, :]
    assert (np.power(sq, r_full[:, :12, :]) != sq * sq).any()
    assert (np.power(rt, r_full[:, 12:20, :]) != np.sqrt(rt)).any()
