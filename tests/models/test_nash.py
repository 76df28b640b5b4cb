"""Nash bargaining with the status quo as the disagreement point.

Golden values: the reference specification's §8 NBS test vectors (``tests/cases/nash_*.json``),
each checked there against a 200k-point grid search.  Properties: the solution maximises the
weighted Nash product (checked against a grid here too), stays in the individually rational
set, is the status quo when that set is empty, mirrors with the problem, and tends to the
compromise point as the status quo moves far away (Achen's derivation, spec §8).
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from concilium.errors import InputError
from concilium.models import nash, run_model
from concilium.models.compromise import compromise_point
from concilium.models.nash import nash_point
from concilium.scenario import Scenario

CASES = Path(__file__).resolve().parents[1] / "cases"


def scenario_from_inputs(inputs: dict, *, status_quo, rule="unanimity") -> Scenario:
    names = inputs["actors"]
    ids = [f"a{k:02d}" for k in range(len(names))]
    lo, hi = inputs["scale"]
    factor = 100.0 if inputs["salience_scale"] == "0-1" else 1.0
    return Scenario.model_validate(
        {
            "id": "golden",
            "title": "golden case",
            "date": "2020-01-01",
            "body": {
                "id": "golden-body",
                "name": "Golden case body",
                "rule": {"kind": rule},
                "members": [{"id": a, "name": n} for a, n in zip(ids, names)],
            },
            "issues": [
                {
                    "id": "x",
                    "title": "the issue",
                    "scale": {"min": lo, "max": hi},
                    "status_quo": status_quo,
                }
            ],
            "actors": [
                {
                    "id": a,
                    "name": n,
                    "capability": c,
                    "stances": {"x": {"position": x, "salience": s * factor}},
                }
                for a, n, c, x, s in zip(
                    ids, names, inputs["capability"], inputs["position"], inputs["salience"]
                )
            ],
        }
    )


def _golden():
    out = []
    for path in sorted(CASES.glob("nash_*.json")):
        doc = json.loads(path.read_text(encoding="utf-8"))
        for k, case in enumerate(doc["cases"]):
            p = case["params"]
            out.append(
                pytest.param(
                    doc,
                    case,
                    id=f"{doc['id']}-q{case['status_quo']}-k{p['exponent']}-{p['weights']}-{k}",
                )
            )
    return out


@pytest.mark.parametrize(("doc", "case"), _golden())
def test_golden_nbs_vectors(doc, case):
    sc = scenario_from_inputs(doc["inputs"], status_quo=case["status_quo"])
    f = run_model(sc, "nash", **case["params"]).issue("x")
    assert f.outcome == pytest.approx(case["expected"], abs=doc["tolerance"])
    ir = f.details["individually_rational"]
    if case["individually_rational"] is None:
        assert ir is None
        assert f.outcome == case["status_quo"]
        assert f.adopted is False
    else:
        assert ir == pytest.approx(case["individually_rational"])
        # every member strictly gains, so unanimity lets it pass (institutions matter, trivially)
        assert f.details["rule_passes"] is True
        assert f.adopted is True
        assert set(f.votes.values()) == {"yes"}


def test_default_is_quadratic_loss_with_cs_weights():
    doc = json.loads((CASES / "nash_ec.json").read_text(encoding="utf-8"))
    f = run_model(scenario_from_inputs(doc["inputs"], status_quo=0), "nash")
    assert f.params == {
        "exponent": 2.0,
        "weights": "capability_salience",
        "bargainers": "members",
        "institutions": True,
    }
    assert f.issue("x").outcome == pytest.approx(5.3382, abs=6e-5)  # spec §8: EC, q=0, k=2, w=c·s


def test_empty_individually_rational_set_explained():
    doc = json.loads((CASES / "nash_iran.json").read_text(encoding="utf-8"))
    f = run_model(scenario_from_inputs(doc["inputs"], status_quo=6), "nash").issue("x")
    assert f.outcome == 6
    assert any("No point makes every bargainer better off" in s for s in f.explanation)


def test_outside_stakeholders_do_not_bargain_by_default():
    """Members at 60 and 80 (equal weights), status quo 0, a stakeholder sitting at 0.

    Members only: IR = (0, 120) clipped by the scale; quadratic loss with equal weights gives
    the gains g1 = 3600 - (z-60)^2 and g2 = 6400 - (z-80)^2.  The solution is where the
    derivative of ln g1 + ln g2, -2(z-60)/g1 - 2(z-80)/g2, vanishes between 60 and 80 (the
    first term is negative there, the second positive); the test checks that condition.
    With the stakeholder bargaining too, 0 lies within the positions' range: the status quo.
    """
    sc = Scenario.model_validate(
        {
            "id": "s",
            "title": "s",
            "date": "2020-01-01",
            "body": {
                "id": "b",
                "name": "B",
                "rule": {"kind": "unanimity"},
                "members": [{"id": "A", "name": "A"}, {"id": "B", "name": "B"}],
            },
            "issues": [{"id": "x", "title": "x", "status_quo": 0}],
            "actors": [
                {
                    "id": "A",
                    "name": "A",
                    "capability": 1,
                    "stances": {"x": {"position": 60, "salience": 50}},
                },
                {
                    "id": "B",
                    "name": "B",
                    "capability": 1,
                    "stances": {"x": {"position": 80, "salience": 50}},
                },
                {
                    "id": "C",
                    "name": "Outsider",
                    "capability": 1,
                    "stances": {"x": {"position": 0, "salience": 50}},
                },
            ],
        }
    )
    members = run_model(sc, "nash").issue("x")
    z = members.outcome
    g1, g2 = 3600 - (z - 60) ** 2, 6400 - (z - 80) ** 2
    assert -2 * (z - 60) / g1 - 2 * (z - 80) / g2 == pytest.approx(0, abs=1e-9)
    assert 60 < z < 80 and members.adopted is True
    everyone = run_model(sc, "nash", bargainers="all").issue("x")
    assert everyone.outcome == 0 and everyone.adopted is False
    with pytest.raises(InputError, match="bargainers"):
        run_model(sc, "nash", bargainers="some")


def test_bad_parameters_are_input_errors():
    doc = json.loads((CASES / "nash_ec.json").read_text(encoding="utf-8"))
    sc = scenario_from_inputs(doc["inputs"], status_quo=0)
    with pytest.raises(InputError, match="exponent"):
        run_model(sc, "nash", exponent=0.5)
    with pytest.raises(InputError, match="weights"):
        run_model(sc, "nash", weights="salience")


def test_needs_a_status_quo():
    doc = json.loads((CASES / "nash_ec.json").read_text(encoding="utf-8"))
    sc = scenario_from_inputs(doc["inputs"], status_quo=None)
    with pytest.raises(InputError, match="status_quo"):
        run_model(sc, "nash")
    with pytest.raises(InputError, match="status quo"):
        nash.forecast(sc)  # called directly, not through the registry


def test_zero_weight_actor_constrains_but_does_not_pull():
    # Actors at 10 (weight 1) and 3 (weight 0), q = 0: IR = (0, 6) from the actor at 3. The
    # weighted optimum alone would be 10, so the solution is the limit 6.
    sol = nash_point([10, 3], [1, 0], 0.0, 2)
    assert sol.ir == (0.0, 6.0)
    assert sol.point == pytest.approx(6.0, abs=1e-9)
    assert sol.at_limit


# ------------------------------------------------------------------------- properties
@st.composite
def problems(draw):
    n = draw(st.integers(1, 7))
    x = np.array(draw(st.lists(st.floats(0, 100), min_size=n, max_size=n)))
    w = np.array(draw(st.lists(st.floats(0.05, 10), min_size=n, max_size=n)))
    side = draw(st.sampled_from([-1, 1]))
    gap = draw(st.floats(0.5, 80))
    q = float(x.min() - gap) if side < 0 else float(x.max() + gap)
    k = draw(st.sampled_from([1.0, 1.5, 2.0, 3.0]))
    return x, w, q, k


def _objective(z, x, w, q, k):
    g = np.abs(q - x) ** k - np.abs(z[:, None] - x) ** k
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(
            (g > 0).all(axis=1), (w * np.log(np.where(g > 0, g, 1))).sum(axis=1), -np.inf
        )


@given(problems())
def test_solution_maximises_the_nash_product_on_a_grid(p):
    x, w, q, k = p
    sol = nash_point(x, w, q, k)
    lo, hi = sol.ir
    assert lo < sol.point < hi
    grid = np.linspace(lo, hi, 2001)[1:-1]
    best = _objective(grid, x, w, q, k).max()
    assert _objective(np.array([sol.point]), x, w, q, k)[0] >= best - 1e-9 * max(1, abs(best))


@given(problems())
def test_individually_rational_interval_by_definition(p):
    x, w, q, k = p
    sol = nash_point(x, w, q, k)
    lo, hi = sol.ir
    # every actor strictly gains inside, some actor gains nothing at each end
    mid = 0.5 * (lo + hi)
    assert np.all(np.abs(mid - x) < np.abs(q - x))
    for end in (lo, hi):
        assert np.any(np.isclose(np.abs(end - x), np.abs(q - x), rtol=0, atol=1e-9))


@given(problems(), st.floats(0, 100))
def test_symmetric_problems_give_symmetric_results(p, m):
    # Reflect the whole problem about m: the solution reflects (Nash's symmetry axiom).
    x, w, q, k = p
    a = nash_point(x, w, q, k).point
    b = nash_point(2 * m - x, w, 2 * m - q, k).point
    assert b == pytest.approx(2 * m - a, abs=1e-7)


@given(st.floats(0, 100), st.floats(0.1, 50), st.floats(0.1, 10), st.sampled_from([1.0, 2.0]))
def test_two_symmetric_actors_about_the_status_quo_keep_it(m, a, w, k):
    # Mirror-image actors around q: the problem is its own reflection, the set of points
    # both prefer to q is empty, and the solution is q itself.
    assert nash_point([m - a, m + a], [w, w], m, k).point == m


@given(problems(), st.randoms(use_true_random=False))
def test_order_of_actors_changes_nothing(p, rnd):
    x, w, q, k = p
    perm = list(range(len(x)))
    rnd.shuffle(perm)
    assert nash_point(x[perm], w[perm], q, k).point == pytest.approx(
        nash_point(x, w, q, k).point, abs=1e-9
    )


@given(problems())
def test_identical_actors_can_be_merged(p):
    # Two actors at one position with weights w1 and w2 pull like one actor with w1 + w2.
    x, w, q, k = p
    split = nash_point(np.append(x, x[0]), np.append(w, w[0]), q, k).point
    merged_w = w.copy()
    merged_w[0] *= 2
    assert split == pytest.approx(nash_point(x, merged_w, q, k).point, abs=1e-7)


@given(problems().filter(lambda p: p[3] == 2.0))
def test_far_status_quo_gives_the_compromise(p):
    # Achen's derivation (spec §8): with quadratic losses and an extremely bad disagreement
    # point the Nash solution becomes the weighted mean.  With |q| = 1e8 the effective weights
    # differ by a relative 2 x_i / |q| <= 2e-6, moving the point by at most ~range * 2e-6.
    x, w, _, k = p
    q = -1e8
    z = nash_point(x, w, q, k).point
    assert z == pytest.approx(compromise_point(x, w, np.ones_like(w)), abs=1e-3)


@given(st.lists(st.floats(0, 100), min_size=2, max_size=7), st.data())
def test_status_quo_inside_the_positions_is_kept(x, data):
    x = np.array(x)
    assume(x.max() > x.min())
    q = data.draw(st.floats(float(x.min()), float(x.max())))
    assert nash_point(x, np.ones_like(x), q, 2).point == q
