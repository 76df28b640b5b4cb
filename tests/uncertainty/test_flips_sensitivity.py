"""Flips agree with brute force; Sobol indices match an analytic case; compare and what-ifs."""

from __future__ import annotations

import itertools

import numpy as np
import pytest

from concilium.analysis.uncertainty.compare import compare
from concilium.analysis.uncertainty.flips import FlipReport, flips
from concilium.analysis.uncertainty.sensitivity import sensitivity, sobol
from concilium.analysis.uncertainty.whatif import apply_sets
from concilium.errors import InputError
from concilium.io import parse_scenario
from concilium.models import run_model


def test_flagship_flip_names_france_and_its_move(flagship):
    report = flips(flagship, "procedural")
    (iss,) = report.issues
    assert iss.verdict is False
    movers = [a for a in iss.actors if any(f.to is not None for f in a.fields)]
    assert [a.actor for a in movers] == ["FRA"]
    pos = movers[0].smallest("position")
    # France votes yes or abstains once it is no nearer the status quo 0 than the proposal
    # 100: at 50 minus the vote tolerance (1e-9 of the scale width), abstention does not block
    # under consensus, and every other Ally (at 70, Germany at 50 abstaining) lets it pass.
    assert pos.current == 0 and pos.to == pytest.approx(50, abs=1e-6)
    assert movers[0].smallest("salience").to is None
    assert iss.groups == []
    assert FlipReport.from_json(report.to_json()) == report


MAJORITY = """
id: m
title: Five members, simple majority of members
date: 2024-01-01
body:
  id: five
  name: Five
  rule: {kind: majority, threshold: 0.5, strict: true}
  members: [{id: A, name: A}, {id: B, name: B}, {id: C, name: C}, {id: D, name: D},
            {id: E, name: E}]
issues: [{id: x, title: X, status_quo: 20, proposal: 70}]
actors:
  - {id: A, name: A, capability: 1, stances: {x: {position: 10, salience: 50}}}
  - {id: B, name: B, capability: 2, stances: {x: {position: 30, salience: 50}}}
  - {id: C, name: C, capability: 3, stances: {x: {position: 44, salience: 50}}}
  - {id: D, name: D, capability: 1, stances: {x: {position: 60, salience: 50}}}
  - {id: E, name: E, capability: 2, stances: {x: {position: 90, salience: 50}}}
"""


def _brute_single(sc, model, actor, grid):
    """Smallest |change| of one actor's position on ``grid`` that flips the verdict."""
    base = run_model(sc, model).issues[0].adopted
    best = None
    cur = sc.actor(actor).stances["x"].position.value
    for v in grid:
        moved = apply_sets(sc, [f"{actor}.x.position={v}"])
        flipped = run_model(moved, model).issues[0].adopted != base
        if flipped and (best is None or abs(v - cur) < abs(best - cur)):
            best = v
    return best


@pytest.mark.parametrize("model", ["procedural", "compromise"])
def test_single_flips_agree_with_brute_force(model):
    # two members vote yes (D at 60, E at 90: nearer 70 than 20), so it fails 2:3 under the
    # procedural model; brute force moves each actor over a 2.5-step grid of the scale
    sc = parse_scenario(MAJORITY)
    report = flips(sc, model)
    grid = np.arange(0, 101, 2.5)
    for a in report.issues[0].actors:
        found = a.smallest("position").to
        brute = _brute_single(sc, model, a.actor, grid)
        if brute is None:
            assert found is None, a.actor
        else:  # the exact boundary lies within one grid step of the brute-force point
            assert found is not None and abs(found - brute) <= 2.5 + 1e-6, (a.actor, found, brute)


def test_groups_agree_with_brute_force():
    # Under unanimity (abstention does not block) A (10) and C (44) are nearer the status quo
    # 20 than the proposal 70, so both object: neither flips it alone, the pair must move.
    text = MAJORITY.replace(
        "{kind: majority, threshold: 0.5, strict: true}", "{kind: unanimity}"
    ).replace("position: 30", "position: 80")
    sc = parse_scenario(text)
    votes = run_model(sc, "procedural").issues[0].votes
    assert sorted(k for k, v in votes.items() if v == "no") == ["A", "C"]
    iss = flips(sc, "procedural", max_group=2).issues[0]
    assert not any(f.to is not None for a in iss.actors for f in a.fields)
    assert iss.group_size == 2 and [g.actors for g in iss.groups] == [["A", "C"]]
    # brute force over pairs on a grid: {A, C} is the only pair that flips it
    grid = [0, 25, 44, 46, 75, 100]  # around the midpoint 45, and the ends
    flipping = set()
    for p, q in itertools.combinations("ABCDE", 2):
        for u, v in itertools.product(grid, grid):
            moved = apply_sets(sc, [f"{p}.x.position={u}", f"{q}.x.position={v}"])
            if run_model(moved, "procedural").issues[0].adopted:
                flipping.add((p, q))
                break
    assert flipping == {("A", "C")}
    # each must reach the midpoint 45 of status quo and proposal (minus the vote tolerance:
    # indifferent, it abstains, which does not block)
    moves = iss.groups[0].moves
    assert moves["A"] == (10, pytest.approx(45, abs=1e-6))
    assert moves["C"] == (44, pytest.approx(45, abs=1e-6))


LINEAR = """
id: s
title: Sobol check
date: 2024-01-01
body:
  id: three
  name: Three
  rule: {kind: majority, threshold: 0.5, strict: true}
  members: [{id: A, name: A}, {id: B, name: B}, {id: C, name: C}]
issues: [{id: x, title: X, status_quo: 0, proposal: 100}]
actors:
  - {id: A, name: A, stances: {x: {position: {value: 50, range: [45, 55]}}}}
  - {id: B, name: B, stances: {x: {position: {value: 50, range: [40, 60]}}}}
  - {id: C, name: C, stances: {x: {position: {value: 50, range: [30, 70]}}}}
"""


def test_sobol_indices_of_a_linear_model():
    # mean model, bargaining point z = (xA + xB + xC) / 3 with independent uniforms of widths
    # 10, 20, 40: Var(x_i) = w_i^2 / 12, so S_i = S_Ti = w_i^2 / sum w^2
    # = 100/2100, 400/2100, 1600/2100 = 0.0476, 0.1905, 0.7619.
    sc = parse_scenario(LINEAR)
    (rows, var) = sobol(sc, "mean", samples=4096, seed=3, output="point")["x"]
    assert var == pytest.approx(2100 / 12 / 9, rel=0.1)
    got = {r.input.split(".")[0]: r for r in rows}
    for k, s in {"A": 100 / 2100, "B": 400 / 2100, "C": 1600 / 2100}.items():
        assert got[k].first == pytest.approx(s, abs=0.04)
        assert got[k].total == pytest.approx(s, abs=0.04)
    res = sensitivity(sc, "mean", samples=256, output="point")
    # tornado: C's range moves the mean by 40/3, the most
    assert res.issues[0].tornado[0].input == "C.x.position"
    assert res.issues[0].tornado[0].swing == pytest.approx(40 / 3)


def test_compare_and_what_ifs(flagship):
    moved = apply_sets(flagship, ["France.tokyo-office.position=60"])
    cmp = compare(flagship, moved, ["procedural"])
    assert [c.what for c in cmp.changes] == ["FRA.tokyo-office.position"]
    (pair,) = cmp.forecasts
    # France at 60 prefers the proposal; Germany (50) abstains, which does not block; the
    # other Allies (70) vote yes: adopted.
    assert pair.adopted_a is False and pair.adopted_b is True and pair.changed
    for bad in (
        "FRA.tokyo-office.position",
        "FRA.nope.position=1",
        "FRA.tokyo-office.mood=1",
        "tokyo-office.proposal=500",
    ):
        with pytest.raises(InputError):
            apply_sets(flagship, [bad])
