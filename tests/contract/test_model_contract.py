"""The contract every registered model must honour (parametrised over ``MODELS``).

* the same seed gives the identical forecast;
* the forecast survives a JSON round trip through ``Forecast.from_json``;
* a missing required input is one clear ``InputError`` naming it (through the registry and
  when the module is called directly);
* every outcome lies on its issue's scale, and every issue is forecast;
* listing the actors in another order changes nothing, unless the module declares
  ``order_dependent=True`` in its registry entry (e.g. a model that breaks ties by input order).
"""

from __future__ import annotations

import copy

import pytest

from concilium.errors import InputError
from concilium.forecast import Forecast
from concilium.models import MODELS, run_model
from concilium.scenario import Scenario

NAMES = sorted(MODELS)

# Five members (unanimity), one outside stakeholder, two issues on different scales; every
# input any model can require is given.
BASE = {
    "id": "contract",
    "title": "Contract scenario",
    "date": "2024-03-01",
    "body": {
        "id": "five",
        "name": "Council of Five",
        "rule": {"kind": "majority"},
        "members": [
            {"id": m, "name": n}
            for m, n in [
                ("AA", "Avalon"),
                ("BB", "Brigadoon"),
                ("CC", "Camelot"),
                ("DD", "Dorne"),
                ("EE", "Erewhon"),
            ]
        ],
    },
    "agenda_setter": "AA",
    "issues": [
        {
            "id": "budget",
            "title": "Budget",
            "scale": {"min": 0, "max": 100},
            "status_quo": 20,
            "proposal": 60,
        },
        {
            "id": "years",
            "title": "Years until it applies",
            "scale": {"min": 1, "max": 12},
            "status_quo": 12,
            "proposal": 4,
        },
    ],
    "actors": [
        {
            "id": "AA",
            "name": "Avalon",
            "capability": 40,
            "stances": {
                "budget": {"position": 70, "salience": 90},
                "years": {"position": 3, "salience": 60},
            },
        },
        {
            "id": "BB",
            "name": "Brigadoon",
            "capability": 25,
            "stances": {
                "budget": {"position": 55, "salience": 40},
                "years": {"position": 5, "salience": 80},
            },
        },
        {
            "id": "CC",
            "name": "Camelot",
            "capability": 10,
            "stances": {
                "budget": {"position": 35, "salience": 70},
                "years": {"position": 8, "salience": 30},
            },
        },
        {
            "id": "DD",
            "name": "Dorne",
            "capability": 15,
            "stances": {
                "budget": {"position": 10, "salience": 100},
                "years": {"position": 11, "salience": 90},
            },
        },
        {
            "id": "EE",
            "name": "Erewhon",
            "capability": 30,
            "stances": {
                "budget": {"position": 90, "salience": 20},
                "years": {"position": 2, "salience": 50},
            },
        },
        {
            "id": "OUT",
            "name": "Outland",
            "role": "stakeholder",
            "capability": 20,
            "stances": {
                "budget": {"position": 100, "salience": 60},
                "years": {"position": 1, "salience": 40},
            },
        },
    ],
}


def scenario(data=None) -> Scenario:
    return Scenario.model_validate(copy.deepcopy(data or BASE))


def _order_dependent(name: str) -> bool:
    return MODELS[name].order_dependent


@pytest.fixture(scope="module")
def base():
    return scenario()


@pytest.mark.parametrize("name", NAMES)
def test_same_seed_same_forecast(base, name):
    a = run_model(base, name, seed=12345)
    b = run_model(base, name, seed=12345)
    assert a.to_json() == b.to_json()
    assert a.model == name and a.provenance.model == name
    assert a.provenance.input_hash == base.input_hash()


@pytest.mark.parametrize("name", NAMES)
def test_json_round_trip(base, name):
    f = run_model(base, name, seed=1)
    again = Forecast.from_json(f.to_json())
    assert again == f
    assert again.to_json() == f.to_json()


@pytest.mark.parametrize("name", NAMES)
def test_outcomes_on_the_issue_scale(base, name):
    f = run_model(base, name, seed=2)
    assert [i.issue for i in f.issues] == [i.id for i in base.issues]
    for issue in base.issues:
        out = f.issue(issue.id).outcome
        if out is not None:
            assert issue.scale.min <= out <= issue.scale.max, (name, issue.id, out)


def _without(req: str) -> Scenario:
    data = copy.deepcopy(BASE)
    if req in ("status_quo", "proposal"):
        data["issues"][1].pop(req)
    elif req == "salience":
        data["actors"][2]["stances"]["years"].pop("salience")
    elif req == "capability":
        data["actors"][2].pop("capability")
    elif req == "body":
        data.pop("body")
        data.pop("date")
    return scenario(data)


REQUIREMENTS = [(n, r) for n in NAMES for r in MODELS[n].requires if r != "position"]


@pytest.mark.parametrize(("name", "req"), REQUIREMENTS)
def test_missing_required_input_is_one_clear_error(name, req):
    sc = _without(req)
    with pytest.raises(InputError) as err:
        run_model(sc, name, seed=3)
    assert req in str(err.value)
    # called directly (no registry check) it is still an InputError, not a crash
    with pytest.raises(InputError):
        MODELS[name].forecast(sc, rng=None)


@pytest.mark.parametrize("name", [n for n in NAMES if "body" not in MODELS[n].requires])
def test_runs_without_a_body_and_says_the_rule_check_is_absent(name):
    """A negotiation with no voting rule: every bargaining model runs, no rule is applied."""
    data = copy.deepcopy(BASE)
    del data["body"], data["date"]
    sc = scenario(data)
    assert not sc.has_rule and sc.members() == []
    f = run_model(sc, name, seed=5)
    assert f.body is None and f.rule is None
    for i in f.issues:
        assert i.adopted is None and i.votes == {} and i.blockers == []
        assert i.details["rule_check"].startswith("absent")
        assert i.outcome == i.details["bargaining_point"]
        assert any("No formal rule" in s for s in i.explanation)


@pytest.mark.parametrize("name", [n for n in NAMES if not _order_dependent(n)])
def test_order_of_actors_changes_nothing(base, name):
    data = copy.deepcopy(BASE)
    data["actors"] = list(reversed(data["actors"]))
    a = run_model(base, name, seed=4)
    b = run_model(scenario(data), name, seed=4)
    for x, y in zip(a.issues, b.issues):
        if x.outcome is None:
            assert y.outcome is None
        else:
            assert y.outcome == pytest.approx(x.outcome, abs=1e-9)
        assert x.adopted == y.adopted
        assert x.votes == y.votes
        assert sorted(x.blockers) == sorted(y.blockers)


def test_every_model_declares_its_metadata():
    for name, spec in MODELS.items():
        assert spec.name == name and spec.forecast.__name__ == "forecast"
        assert spec.citation and spec.summary
        assert set(spec.requires) <= {
            "position",
            "salience",
            "capability",
            "status_quo",
            "proposal",
            "body",
        }
        for p in spec.params:  # every declared default passes its own check
            assert p.check(p.default, name) == p.default


@pytest.mark.parametrize("name", NAMES)
def test_forecast_and_scenario_survive_pickle_and_copy(base, name):
    import pickle

    f = run_model(base, name, seed=5)
    for other in (pickle.loads(pickle.dumps(f)), copy.deepcopy(f)):
        assert other == f
    sc = pickle.loads(pickle.dumps(base))
    g = run_model(sc, name, seed=5)
    assert g.to_dict() == f.to_dict()  # the unpickled scenario forecasts the same
