"""Baseline models: mean, median voter, salience-weighted median, compromise.

Golden values come from the reference specification's §8 table (``tests/cases/baselines_*.json``
name the data files and the table); the properties are the models' defining characterisations
(the weighted median is a Condorcet winner, the compromise minimises weighted squared distance).
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from concilium.errors import InputError
from concilium.models import compromise as compromise_mod
from concilium.models import run_model
from concilium.models.compromise import compromise_point
from concilium.models.mean import mean_point
from concilium.models.median import weighted_median
from concilium.scenario import Scenario

CASES = Path(__file__).resolve().parents[1] / "cases"


def scenario_from_inputs(
    inputs: dict, *, status_quo=None, rule="unanimity", equal_salience=False
) -> Scenario:
    """A one-issue scenario whose body has every actor of a case file as a member."""
    names = inputs["actors"]
    ids = [f"a{k:02d}" for k in range(len(names))]
    factor = 100.0 if inputs["salience_scale"] == "0-1" else 1.0
    lo, hi = inputs["scale"]
    actors = []
    for aid, name, c, x, s in zip(
        ids, names, inputs["capability"], inputs["position"], inputs["salience"]
    ):
        sal = 50.0 if equal_salience else s * factor
        actors.append(
            {
                "id": aid,
                "name": name,
                "capability": c,
                "stances": {"x": {"position": x, "salience": sal}},
            }
        )
    return Scenario.model_validate(
        {
            "id": "golden",
            "title": "golden case",
            "date": "2020-01-01",
            "body": {
                "id": "golden-body",
                "name": "Golden case body",
                "rule": {"kind": rule},
                "members": [{"id": aid, "name": n} for aid, n in zip(ids, names)],
            },
            "issues": [
                {
                    "id": "x",
                    "title": "the issue",
                    "scale": {"min": lo, "max": hi},
                    "status_quo": status_quo,
                }
            ],
            "actors": actors,
        }
    )


def _golden():
    out = []
    for path in sorted(CASES.glob("baselines_*.json")):
        doc = json.loads(path.read_text(encoding="utf-8"))
        for k, case in enumerate(doc["cases"]):
            out.append(pytest.param(doc, case, id=f"{doc['id']}-{k}-{case['model']}"))
    return out


GOLDEN = _golden()


def test_every_dataset_of_the_spec_table_is_covered():
    ids = {p.values[0]["id"] for p in GOLDEN}
    assert (
        len(ids) == 10
    )  # EC, Sultan, China, Honduras, Iran, UK-Labour, UK-Cons, Brexit, Greece, Columbus


@pytest.mark.parametrize(("doc", "case"), GOLDEN)
def test_golden_baseline(doc, case):
    sc = scenario_from_inputs(doc["inputs"], equal_salience=case.get("equal_salience", False))
    f = run_model(sc, case["model"]).issue("x")
    assert f.outcome == pytest.approx(case["expected"], abs=doc["tolerance"])
    # no status quo: nothing to vote against, and the output says so
    assert f.details["rule_check"].startswith("skipped")
    assert f.details["bargaining_point"] == f.outcome
    assert f.adopted is None


@pytest.mark.parametrize("path", sorted(CASES.glob("baselines_*.json")), ids=lambda p: p.stem)
def test_published_checks(path):
    doc = json.loads(path.read_text(encoding="utf-8"))
    for check in doc.get("published_checks", []):
        sc = scenario_from_inputs(doc["inputs"])
        got = run_model(sc, check["model"]).issue("x").outcome
        assert got == pytest.approx(check["value"], abs=check.get("tolerance", 1e-9))


# ------------------------------------------------------------------------- hand-worked
def test_weighted_median_by_hand():
    assert weighted_median([1, 2, 3], [1, 1, 1]) == 2
    assert weighted_median([1, 2], [1, 1]) == 1  # an exact tie at one half picks the lower
    assert weighted_median([1, 2], [1, 2]) == 2
    assert weighted_median([5, 1, 9], [0, 0, 3]) == 9
    # EC, capability weights (spec §6.1): 4 holds 0.32 of 1.01, 4 and 7 hold 0.53 >= 0.505
    x = [4, 7, 4, 4, 10, 10, 10, 7, 4, 7]
    c = [0.08, 0.08, 0.03, 0.16, 0.16, 0.16, 0.16, 0.05, 0.05, 0.08]
    assert weighted_median(x, c) == 7


def test_compromise_by_hand():
    # (2*1*0 + 1*2*30 + 1*1*90) / (2 + 2 + 1) = 150 / 5 = 30
    assert compromise_point([0, 30, 90], [2, 1, 1], [1, 2, 1]) == pytest.approx(30)
    assert mean_point([0, 30, 90]) == pytest.approx(40)


@pytest.mark.parametrize("bad", [([1, 2], [0, 0]), ([1, 2], [1, -1])])
def test_weighted_median_rejects_bad_weights(bad):
    with pytest.raises(InputError):
        weighted_median(*bad)


def test_compromise_rejects_all_zero_weights():
    with pytest.raises(InputError, match="zero"):
        compromise_point([1, 2], [1, 1], [0, 0])


def test_missing_salience_is_one_clear_error_when_called_directly():
    doc = json.loads((CASES / "baselines_ec.json").read_text(encoding="utf-8"))
    sc = scenario_from_inputs(doc["inputs"])
    data = sc.model_dump(mode="json")
    del data["actors"][3]["stances"]["x"]["salience"]
    bare = Scenario.model_validate(data)
    with pytest.raises(InputError, match="salience") as err:
        compromise_mod.forecast(bare)
    assert "a03" in str(err.value)


def test_explanation_names_the_heaviest_pulls():
    doc = json.loads((CASES / "baselines_greece.json").read_text(encoding="utf-8"))
    f = run_model(scenario_from_inputs(doc["inputs"]), "compromise").issue("x")
    assert "82.2222" in f.explanation[0]
    assert "Greece" in f.explanation[1] and "Germany" in f.explanation[1]


# ------------------------------------------------------------------------- properties
# Positions with three decimals: distances between them are then exact enough in floating
# point that "strictly closer" comparisons mean what they say.
positions = st.lists(st.floats(0, 100).map(lambda v: round(v, 3)), min_size=1, max_size=12)


@st.composite
def weighted(draw, min_w=0.01):
    x = draw(positions)
    c = draw(st.lists(st.floats(min_w, 100), min_size=len(x), max_size=len(x)))
    s = draw(st.lists(st.floats(min_w, 100), min_size=len(x), max_size=len(x)))
    return np.array(x), np.array(c), np.array(s)


@given(weighted())
def test_compromise_lies_within_the_positions(data):
    x, c, s = data
    z = compromise_point(x, c, s)
    assert x.min() - 1e-9 <= z <= x.max() + 1e-9


@given(weighted())
def test_compromise_minimises_weighted_squared_distance(data):
    # first-order condition of min sum c s (z - x)^2: sum c s (z - x) = 0
    x, c, s = data
    z = compromise_point(x, c, s)
    w = c * s
    assert abs((w * (z - x)).sum()) <= 1e-9 * w.sum() * max(1.0, np.abs(x).max())


@given(weighted(), st.floats(-50, 50))
def test_compromise_moves_with_the_positions(data, d):
    x, c, s = data
    assert compromise_point(x + d, c, s) == pytest.approx(compromise_point(x, c, s) + d, abs=1e-9)


@given(weighted(), st.integers(0, 11), st.floats(0.5, 50))
def test_compromise_follows_an_actor_who_moves_up(data, k, step):
    x, c, s = data
    k %= len(x)
    moved = x.copy()
    moved[k] += step
    assert compromise_point(moved, c, s) > compromise_point(x, c, s)


@given(weighted(), st.randoms(use_true_random=False))
def test_baselines_ignore_the_order_of_actors(data, rnd):
    x, c, s = data
    perm = list(range(len(x)))
    rnd.shuffle(perm)
    assert compromise_point(x[perm], c[perm], s[perm]) == pytest.approx(compromise_point(x, c, s))
    assert weighted_median(x[perm], c[perm]) == weighted_median(x, c)
    assert mean_point(x[perm]) == pytest.approx(mean_point(x))


@given(weighted(min_w=0.0).filter(lambda d: d[1].sum() > 0))
def test_weighted_median_is_a_condorcet_winner(data):
    # Median voter theorem: against any other position y, the weight of the actors strictly
    # closer to the weighted median is at least the weight strictly closer to y.
    x, c, _ = data
    z = weighted_median(x, c)
    assert z in x
    for y in x:
        closer_z = c[np.abs(x - z) < np.abs(x - y)].sum()
        closer_y = c[np.abs(x - y) < np.abs(x - z)].sum()
        assert closer_z >= closer_y - 1e-9 * c.sum()


@given(weighted(min_w=0.0).filter(lambda d: d[1].sum() > 0))
def test_weighted_median_is_the_smallest_position_reaching_half(data):
    x, c, _ = data
    z = weighted_median(x, c)
    half = 0.5 * c.sum()
    reaching = [p for p in np.unique(x) if c[x <= p].sum() >= half * (1 - 1e-12)]
    assert z == min(reaching)
