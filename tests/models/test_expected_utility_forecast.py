"""The expected-utility model on scenarios: ``forecast(scenario, ...) -> Forecast``."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from concilium.errors import InputError
from concilium.forecast import Forecast
from concilium.io import load_scenario, parse_scenario
from concilium.models import expected_utility as eu

ROOT = Path(__file__).resolve().parents[2]
CASE = json.loads((ROOT / "tests" / "cases" / "bdm_ec.json").read_text(encoding="utf-8"))


def ec_scenario(stakeholder: bool = False):
    """The EC emission-standards data (tests/cases/bdm_ec.json) as a scenario of a unanimity
    council of the ten states; optionally with an outside stakeholder at 0 who cares a lot."""
    inp = CASE["inputs"]
    ids = [n[:3].upper() for n in inp["actors"]]
    members = "\n".join(
        f"    - {{id: {i}, name: {n}}}" for i, n in zip(ids, inp["actors"], strict=True)
    )
    actors = "\n".join(
        f"  - {{id: {i}, name: {n}, capability: {c}, stances: {{years: {{position: {x}, "
        f"salience: {s}}}}}}}"
        for i, n, c, x, s in zip(
            ids, inp["actors"], inp["capability"], inp["position"], inp["salience"], strict=True
        )
    )
    if stakeholder:
        actors += (
            "\n  - {id: IND, name: Car industry, capability: 0.3, stances: {years: "
            "{position: 10, salience: 100}}}"
        )
    text = f"""\
id: ec-emissions
title: EC auto-emission standards
date: 1990-01-01
body:
  id: ec
  name: European Community (10 states of the example)
  rule: {{kind: unanimity}}
  members:
{members}
issues:
  - id: years
    title: Years until standards apply to medium-sized cars
    scale: {{min: 0, max: 12}}
    status_quo: 12
actors:
{actors}
"""
    return parse_scenario(text, "ec.yaml")


def test_ec_forecast_follows_the_published_trajectory():
    # the published example runs 10 rounds (the default now runs until the run settles)
    f = eu.forecast(ec_scenario(), institutions=False, rounds=10)  # no rule check
    issue = f.issue("years")
    expected = next(c for c in CASE["cases"] if c["id"] == "S-trajectory")["expected"]
    # the forecast is the weighted median after round 10 (spec 7.2: 7.000000)
    assert issue.outcome == pytest.approx(7.0, abs=1e-9)
    assert np.allclose(issue.details["median_by_round"], expected["median"], atol=6e-7)
    assert np.allclose(issue.details["mean_by_round"], expected["mean"], atol=6e-7)
    assert np.allclose([r["positions"] for r in issue.trace], expected["positions"], atol=6e-7)
    assert issue.details["actor_ids"] == [a.id for a in ec_scenario().actors]
    assert issue.details["status"] == "open" and issue.details["rounds_run"] == 10
    assert f.model == eu.NAME and f.citation == eu.CITATION
    assert f.params["variant"] == "scholz" and f.params["rounds"] == 10
    assert f.params["institutions"] is False


def test_ec_trace_names_moves_and_offers():
    issue = eu.forecast(ec_scenario(), rounds=1).issue("years")
    moves = issue.trace[1]["moves"]
    # spec 7.2, round 1: Belgium compromises with France, Luxembourg and Ireland lose
    # confrontations with Belgium and Luxembourg
    assert [(m["actor"], m["kind"], m["counterpart"]) for m in moves] == [
        ("BEL", "compromise", "FRA"),
        ("LUX", "confrontation", "BEL"),
        ("IRE", "confrontation", "LUX"),
    ]
    assert moves[0]["a"] == pytest.approx(-0.1148305035, abs=6e-11)
    assert moves[0]["to"] == pytest.approx(8.4159323154, abs=6e-11)
    offers = issue.trace[1]["offers"]
    assert sum(o["chosen"] for o in offers) == 3
    assert {o["kind"] for o in offers} == {"confrontation", "compromise", "capitulation (ignored)"}
    assert json.loads(json.dumps(issue.trace)) == issue.trace


def test_explanation_says_who_moved_most_and_how_it_ended():
    text = " ".join(eu.forecast(ec_scenario(), rounds=10).issue("years").explanation)
    # from the spec's 7.2 positions: Ireland moves 23.07 in total, Luxembourg 21.52,
    # Belgium 18.67
    # net: from its input position 7 (tests/cases/bdm_ec.json) to Belgium's 4.145, where it
    # ends after losing the round-10 confrontation (see below): 7 - 4.145 = 2.855
    assert "Ireland moved the most: 10 move(s) covering 23.07 in all, 2.855 net (7 → 4.145)" in text
    assert "neither converged nor repeated a state within 10 rounds" in text
    assert "Forecast 7: the weighted median after round 10" in text
    # round 10 (spec 7.2 moves): the median drops 9.671 -> 7 because Luxembourg and Ireland,
    # both at 9.671, lose confrontations with Belgium (at 4.145 since round 9) and cross it
    assert (
        "round 10: 9.671 → 7 when Luxembourg lost a confrontation with Belgium (→ 4.145; "
        "a = 0.76, b = 1.41), Ireland lost a confrontation with Belgium (→ 4.145; "
        "a = 0.797, b = 1.72)"
    ) in text


def test_a_cycle_is_reported():
    # Honduras under S: a 2-cycle (spec 7.6); scenario with one member and four stakeholders
    text = """\
id: honduras
title: Honduras-Nicaragua crisis
date: 2000-01-01
body: {id: h, name: Honduras, rule: {kind: unanimity}, members: [{id: HON, name: Honduras}]}
issues: [{id: crisis, title: Crisis, scale: {min: 0, max: 1}}]
actors:
  - {id: NIC, name: Nicaragua, capability: 0.0001958, stances: {crisis: {position: 1, salience: 100}}}
  - {id: HON, name: Honduras, capability: 0.0001515, stances: {crisis: {position: 0, salience: 100}}}
  - {id: CRI, name: Costa Rica, capability: 0.0001189, stances: {crisis: {position: 0.5, salience: 30}}}
  - {id: USA, name: United States, capability: 0.2550486, stances: {crisis: {position: 0.5, salience: 10}}}
  - {id: DOM, name: Dominican Republic, capability: 0.0005362, stances: {crisis: {position: 0.5, salience: 30}}}
"""
    issue = eu.forecast(parse_scenario(text), rounds=9, institutions=False).issue("crisis")
    assert issue.details["status"] == "cycle" and issue.details["settled"] == "cycled"
    assert (issue.details["cycle_start"], issue.details["cycle_period"]) == (0, 2)
    said = " ".join(issue.explanation)
    assert "The run cycles with period 2" in said and "more rounds do not change it" in said
    # the per-round medians alternate: 0.1230 after odd rounds, 0.5 after even (spec 7.6) ...
    med = issue.details["median_by_round"]
    assert med[9] == pytest.approx(0.1230, abs=6e-5) and med[8] == 0.5
    # ... and the forecast comes from the cycle: the c·s-weighted median of the positions of
    # both states pooled, the same after 9 rounds, 10 rounds, or run until it settles
    states = np.array([r["positions"] for r in issue.trace[2:4]])  # rounds 2 and 3
    w = (
        np.array([0.0001958 * 100, 0.0001515 * 100, 0.0001189 * 30, 0.2550486 * 10, 0.0005362 * 30])
        / 100
    )
    order = np.argsort(states.ravel(), kind="stable")
    cum = np.cumsum(np.tile(w, 2)[order])
    pooled = states.ravel()[order][np.searchsorted(cum, cum[-1] / 2)]
    assert issue.outcome == pytest.approx(pooled)
    for rounds in (10, None):
        again = eu.forecast(parse_scenario(text), rounds=rounds, institutions=False)
        assert again.issue("crisis").outcome == issue.outcome


def test_all_actors_take_part_members_and_stakeholders():
    with_ind = eu.forecast(ec_scenario(stakeholder=True), rounds=3).issue("years")
    alone = eu.forecast(ec_scenario(), rounds=3).issue("years")
    assert with_ind.details["actor_ids"][-1] == "IND"
    assert len(with_ind.trace[0]["positions"]) == 11
    # the car industry (c.s = 0.3 at 10) moves the input median from 7 to 10:
    # weight at 4 = 0.248, at 7 = 0.093, at 10 = 0.336 + 0.3 (spec 6.1 inputs)
    assert with_ind.details["median_by_round"][0] == 10
    assert alone.details["median_by_round"][0] == 7
    assert "1 outside stakeholder)" in with_ind.explanation[0]


def test_rule_check_reported_and_applied_on_request():
    """Status quo 12 years, forecast 7: France, Italy and the UK (at 10) are nearer 12 than 7,
    so under unanimity the point fails; no single switch carries it (three objectors)."""
    sc = ec_scenario()
    loose = eu.forecast(sc, institutions=False, rounds=10).issue("years")
    assert loose.outcome == pytest.approx(7.0)
    assert loose.details["bargaining_point"] == loose.outcome
    assert loose.details["rule_passes"] is False and loose.adopted is None
    assert sorted(loose.details["objectors"]) == ["FRA", "ITA", "UK"]
    strict = eu.forecast(sc, rounds=10).issue("years")  # institutions=True is the default
    assert strict.outcome == 12 and strict.adopted is False
    assert "Institutions matter" in " ".join(strict.explanation)
    # with fallback="nearest" the failing point moves to the nearest point that passes: under
    # unanimity W(12) is the intersection of the members' preferred-to sets
    # (x - |12 - x|, x + |12 - x|); the members at 10 prefer only (8, 12), those at 4 and 7
    # wider sets, so the closure of W(12) is [8, 12], nearest the bargaining point 7: 8
    from concilium.models.institutions import apply_rule

    near = apply_rule(sc, "years", loose.outcome, fallback="nearest")
    assert near.outcome == 8 and near.adopted is True
    assert near.details["rule_check"].startswith("failed; moved")


def test_flagship_rule_check_with_and_without_institutions():
    sc = load_scenario(ROOT / "examples" / "nato-tokyo-office.yaml")
    free = eu.forecast(sc, institutions=False).issue(sc.issues[0].id)
    bound = eu.forecast(sc).issue(sc.issues[0].id)
    arrays = sc.issue_arrays(sc.issues[0].id)
    core = eu.run(
        arrays.positions, arrays.capabilities, arrays.saliences, rounds=1000, stop_when_settled=True
    )
    assert free.outcome == core.forecast()  # all actors, stakeholders included
    # France sits at the status quo 0: any bargaining point above 0 is worse for it, and
    # under consensus its objection blocks.
    assert free.outcome > 0
    assert free.details["rule_passes"] is False and free.adopted is None
    assert bound.outcome == 0 and bound.adopted is False
    assert "FRA" in bound.blockers
    assert bound.details["bargaining_point"] == free.outcome


def test_forecast_is_deterministic_and_round_trips_through_json():
    sc = ec_scenario()
    a = eu.forecast(sc, rounds=4)
    b = eu.forecast(sc, rounds=4, rng=np.random.default_rng(1))
    assert a == b
    assert Forecast.from_json(a.to_json()) == a
    assert a.provenance.input_hash == sc.input_hash() and a.provenance.seed is None


def test_options_reach_the_core():
    sc = ec_scenario()
    m = eu.forecast(sc, variant="masad", rounds=10).issue("years")
    expected = next(c for c in CASE["cases"] if c["id"] == "M-trajectory")["expected"]
    assert np.allclose(m.details["median_by_round"], expected["median"], atol=6e-7)
    scale = eu.forecast(sc, distance_range="scale", rounds=1).issue("years")
    assert scale.details["delta"] == 12
    stable = eu.forecast(sc, stop_when_stable=True, rounds=50).issue("years")
    assert stable.details["rounds_run"] == 50  # EC never settles under S (spec 3.8)


@pytest.mark.parametrize(
    "params",
    [
        {"variant": "bdm"},
        {"distance_range": "width"},
        {"rounds": -2},
        {"institutions": "yes"},
        {"compromise_choice": "least_movement", "variant": "masad"},
        {"q": "abc"},
        {"capitulation": "yes"},
        {"stop_when_stable": "no"},
        {"probability": "logit"},
    ],
)
def test_bad_parameters_give_one_input_error(params):
    with pytest.raises(InputError) as err:
        eu.forecast(ec_scenario(), **params)
    # names the parameter, not an issue
    assert any(name in str(err.value) for name in params) and "issue" not in str(err.value)


def test_missing_salience_is_named():
    sc = parse_scenario("""\
id: s
title: t
date: 2020-01-01
body: {id: b, name: B, rule: {kind: unanimity}, members: [{id: A, name: A}, {id: B, name: B}]}
issues: [{id: i, title: I}]
actors:
  - {id: A, name: A, capability: 1, stances: {i: {position: 1, salience: 50}}}
  - {id: B, name: B, capability: 1, stances: {i: {position: 2}}}
""")
    with pytest.raises(InputError, match="salience"):
        eu.forecast(sc)


def test_zero_weights_give_a_clear_error():
    sc = ec_scenario()
    zero = sc.model_copy(
        update={
            "actors": [
                a.model_copy(update={"capability": a.capability.model_copy(update={"value": 0.0})})
                for a in sc.actors
            ]
        }
    )
    with pytest.raises(InputError, match="weighted median is undefined"):
        eu.forecast(zero)


def test_flagship_forecast_does_not_depend_on_the_round_count():
    """Issue 10: on the flagship the weighted median after 10, 11, 50 and 51 rounds was 65.8,
    21.9, 2.6 and 49.5.  The run approaches a 2-cycle (medians 2.606 and 49.47): the
    positions 2 rounds apart differ by 9.8e-6 at rounds 47-48 (below 1e-6 of the range 100),
    so it has settled by round 48, and the forecast comes from the cycle."""
    sc = load_scenario(ROOT / "examples" / "nato-tokyo-office.yaml")
    iid = sc.issues[0].id
    runs = {r: eu.forecast(sc, rounds=r, institutions=False).issue(iid) for r in (50, 51, None)}
    assert runs[50].outcome == runs[51].outcome == runs[None].outcome
    d = runs[None].details
    assert d["settled"] == "cycled" and d["settled_period"] == 2 and d["settled_round"] <= 50
    assert d["rounds_run"] == d["settled_round"]  # the default stops once it has settled
    med = d["median_by_round"]
    assert {round(med[-1], 2), round(med[-2], 2)} == {2.61, 49.47}
    assert "cycles with period 2" in " ".join(runs[None].explanation)
    # with the rule check, France (at the status quo 0) blocks under consensus either way
    assert eu.forecast(sc).issue(iid).outcome == 0
