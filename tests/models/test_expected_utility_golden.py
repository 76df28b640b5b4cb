"""Golden cases for the expected-utility model, stored as data in ``tests/cases/bdm_*.json``.

Each file holds a published dataset (inputs, with the source file named) and cases: parameters,
the expected numbers copied from the reference specification's test vectors (each case names its
section and the number of decimals printed there), and a tolerance of 1.2 units of the last
printed decimal.  Every key of ``expected`` must be understood by :data:`CHECKS`; an unknown key
fails the test, so a typo cannot silently skip a check.  ``"expect": "fail"`` marks a case that
must NOT match (variant M against the published series).
"""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import numpy as np
import pytest

from concilium.models.expected_utility import KIND_NAMES, dyad_tables, run

CASES_DIR = Path(__file__).resolve().parents[1] / "cases"
FILES = sorted(CASES_DIR.glob("bdm_*.json"))


def _load():
    for path in FILES:
        data = json.loads(path.read_text(encoding="utf-8"))
        for case in data["cases"]:
            yield pytest.param(data, case, id=f"{data['id']}:{case['id']}")


class Ctx:
    def __init__(self, data, case):
        inp = data["inputs"]
        assert inp["salience_scale"] == "0-100"
        self.names = inp["actors"]
        self.x = np.array(inp["position"], dtype=float)
        self.c = np.array(inp["capability"], dtype=float)
        self.s = np.array(inp["salience"], dtype=float)
        self.tol = case["tolerance"]
        self.params = case["params"]
        self.trace = run(self.x, self.c, self.s, **self.params)

    def idx(self, name):
        return self.names.index(name)


def close(actual, expected, tol, what):
    actual = np.asarray(actual, dtype=float)
    expected = np.asarray(expected, dtype=float)
    assert actual.shape == expected.shape, f"{what}: shape {actual.shape} != {expected.shape}"
    bad = np.abs(actual - expected) > tol
    assert not bad.any(), (
        f"{what}: differs beyond {tol} at {np.argwhere(bad).tolist()}: "
        f"got {actual[bad].tolist()}, expected {expected[bad].tolist()}"
    )


def check_series(attr):
    def check(ctx, exp):
        series = getattr(ctx.trace, attr)[:, 0]
        assert len(series) >= len(exp), f"{attr}: only {len(series)} rounds"
        close(series[: len(exp)], exp, ctx.tol, attr)

    return check


def check_series_from(attr):
    def check(ctx, exp):
        start, values = exp["start"], exp["values"]
        close(
            getattr(ctx.trace, attr)[start : start + len(values), 0],
            values,
            ctx.tol,
            f"{attr} from round {start}",
        )

    return check


def check_range_from(attr):
    def check(ctx, exp):
        series = getattr(ctx.trace, attr)[exp["start"] :, 0]
        close(
            [series.min(), series.max()],
            [exp["min"], exp["max"]],
            exp["tolerance"],
            f"range of {attr}",
        )

    return check


def check_positions(ctx, exp):
    close(ctx.trace.positions[: len(exp), 0], exp, ctx.tol, "positions")


def check_status(ctx, exp):
    assert ctx.trace.status(0) == exp


def check_converged(ctx, exp):
    assert (ctx.trace.converged_round[0] >= 0) == exp


def check_moves(ctx, exp):
    tr = ctx.trace
    for mv in exp:
        t, i = mv["round"], ctx.idx(mv["actor"])
        j = tr.chosen[t - 1, 0, i]
        assert j >= 0, f"round {t}: {mv['actor']} did not move"
        assert ctx.names[j] == mv["counterpart"], f"round {t}: {mv['actor']} vs {ctx.names[j]}"
        assert KIND_NAMES[tr.move_kind[t - 1, 0, i]] == mv["kind"]
        if "a" in mv:
            close(tr.move_a[t - 1, 0, i], mv["a"], ctx.tol, f"a of {mv}")
            close(tr.move_b[t - 1, 0, i], mv["b"], ctx.tol, f"b of {mv}")
        if "to" in mv:
            close(tr.positions[t, 0, i], mv["to"], ctx.tol, f"new position of {mv}")


def check_moves_complete(ctx, exp):
    """Exactly the listed (round, actor) pairs move, in the rounds the list covers."""
    moves = json_case_expected(ctx)["moves"]
    last = max(m["round"] for m in moves)
    listed = {(m["round"], m["actor"]) for m in moves}
    done = {
        (t + 1, ctx.names[i])
        for t, i in zip(*np.nonzero(ctx.trace.chosen[:last, 0] >= 0), strict=True)
    }
    assert done == listed, f"moved but not listed: {done - listed}; listed: {listed - done}"
    assert exp is True


def check_no_moves(ctx, exp):
    assert exp is True
    assert (ctx.trace.chosen == -1).all()
    assert (ctx.trace.positions == ctx.trace.positions[0]).all()


def check_risk(ctx, exp):
    close(ctx.trace.risk[: len(exp), 0], exp, ctx.tol, "risk exponents")


def check_risk_at_round(ctx, exp):
    close(ctx.trace.risk[exp["round"] - 1, 0], exp["values"], ctx.tol, "risk exponents")


def check_danger_round1(ctx, exp):
    close(ctx.trace.danger[0, 0], exp, ctx.tol, "dangers D_i")


def check_acceptance_round1(ctx, exp):
    close(ctx.trace.acceptance[0, 0], exp, ctx.tol, "R_i")


def check_prob_round1(ctx, exp):
    tables = {
        k: dyad_tables(ctx.x, ctx.c, ctx.s, probability=k).prob
        for k in ("scholz", "masad", "paper")
    }
    for row in exp:
        i, j = ctx.idx(row["i"]), ctx.idx(row["j"])
        for k, table in tables.items():
            close(table[i, j], row[k], ctx.tol, f"P_{k}({row['i']} over {row['j']})")


def check_vote_total_round1(ctx, exp):
    close(dyad_tables(ctx.x, ctx.c, ctx.s).vote_total, exp, ctx.tol, "V_all")


def check_eu_round1_rows(ctx, exp):
    eu = dyad_tables(ctx.x, ctx.c, ctx.s).eu
    assert set(exp) == set(ctx.names)
    for name, row in exp.items():
        close(eu[ctx.idx(name)], row, ctx.tol, f"EU row {name}")


def check_offers_round1(ctx, exp):
    tr = ctx.trace
    for off in exp:
        i, j = ctx.idx(off["actor"]), ctx.idx(off["counterpart"])
        what = f"{off['actor']} vs {off['counterpart']}"
        close(tr.a[0, 0, i, j], off["a"], ctx.tol, f"a, {what}")
        close(tr.b[0, 0, i, j], off["b"], ctx.tol, f"b, {what}")
        assert KIND_NAMES[tr.kind[0, 0, i, j]] == off["kind"], what
        if "candidate" in off:
            close(tr.candidate[0, 0, i, j], off["candidate"], ctx.tol, f"candidate, {what}")
            assert (tr.chosen[0, 0, i] == j) == off["chosen"], what


def check_offers_round1_complete(ctx, exp):
    assert exp is True
    listed = {
        (o["actor"], o["counterpart"])
        for o in json_case_expected(ctx)["offers_round1"]
        if o["kind"] != "none"
    }
    found = {
        (ctx.names[i], ctx.names[j]) for i, j in zip(*np.nonzero(ctx.trace.kind[0, 0]), strict=True)
    }
    assert found == listed, f"unlisted: {found - listed}; missing: {listed - found}"


def check_actor_series(ctx, exp):
    for name, values in exp.items():
        close(ctx.trace.positions[: len(values), 0, ctx.idx(name)], values, ctx.tol, name)


def check_actors_at_round(ctx, exp):
    t = exp["round"]
    for name, value in exp["positions"].items():
        close(ctx.trace.positions[t, 0, ctx.idx(name)], value, ctx.tol, f"{name}, round {t}")


def _band_of(value, bands, tol):
    hits = [k for k, (lo, hi) in enumerate(bands) if lo - tol <= value <= hi + tol]
    assert len(hits) == 1, f"{value} is in none (or several) of {bands}"
    return hits[0]


def check_actor_alternates(ctx, exp):
    """From ``start`` on, the actor's position lies in one of two bands, switching every round."""
    for item in exp:
        series = ctx.trace.positions[item["start"] :, 0, ctx.idx(item["actor"])]
        bands = [_band_of(v, item["bands"], ctx.tol) for v in series]
        assert len(series) >= 4
        assert all(b1 != b2 for b1, b2 in itertools.pairwise(bands)), (item, series)
        if "last_in_first_band" in item:
            last = [v for v, b in zip(series, bands) if b == 0][-1]
            close(last, item["last_in_first_band"], ctx.tol, item["actor"])


def check_median_alternates(ctx, exp):
    series = ctx.trace.median[exp["start"] :, 0]
    bands = [[v, v] for v in exp["values"]]
    seq = [_band_of(v, bands, ctx.tol) for v in series]
    assert len(seq) >= 4 and all(a != b for a, b in itertools.pairwise(seq)), series


def check_all_at_from_round(ctx, exp):
    pos = ctx.trace.positions[exp["start"] :, 0]
    assert pos.shape[0] >= 2
    close(pos, np.full(pos.shape, exp["value"]), ctx.tol, "all positions")


CHECKS = {
    "median": check_series("median"),
    "mean": check_series("mean"),
    "median_from_round": check_series_from("median"),
    "mean_from_round": check_series_from("mean"),
    "median_range_from_round": check_range_from("median"),
    "mean_range_from_round": check_range_from("mean"),
    "positions": check_positions,
    "status": check_status,
    "converged": check_converged,
    "moves": check_moves,
    "moves_complete": check_moves_complete,
    "no_moves": check_no_moves,
    "risk": check_risk,
    "risk_at_round": check_risk_at_round,
    "danger_round1": check_danger_round1,
    "R_round1": check_acceptance_round1,
    "prob_round1": check_prob_round1,
    "vote_total_round1": check_vote_total_round1,
    "eu_round1_rows": check_eu_round1_rows,
    "offers_round1": check_offers_round1,
    "offers_round1_complete": check_offers_round1_complete,
    "actor_series": check_actor_series,
    "actors_at_round": check_actors_at_round,
    "actor_alternates": check_actor_alternates,
    "median_alternates": check_median_alternates,
    "all_at_from_round": check_all_at_from_round,
}

_CURRENT: dict = {}


def json_case_expected(ctx):
    return _CURRENT["expected"]


def test_case_files_exist():
    assert {p.name for p in FILES} >= {
        "bdm_ec.json",
        "bdm_sultan.json",
        "bdm_china.json",
        "bdm_honduras.json",
        "bdm_iran.json",
    }


@pytest.mark.parametrize(("data", "case"), list(_load()))
def test_golden_case(data, case):
    unknown = set(case["expected"]) - set(CHECKS)
    assert not unknown, f"unknown expectation keys {unknown}"
    assert case.get("source") and data["source"]["data"], "every case names its source"
    ctx = Ctx(data, case)
    _CURRENT["expected"] = case["expected"]
    failures = []
    for key, exp in case["expected"].items():
        try:
            CHECKS[key](ctx, exp)
        except AssertionError as exc:
            failures.append(f"{key}: {exc}")
    if case.get("expect", "pass") == "fail":
        assert failures, "this case is documented NOT to match, but it did"
    else:
        assert not failures, "\n".join(failures)
