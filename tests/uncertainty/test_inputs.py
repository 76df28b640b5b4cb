"""Uncertain inputs: the scenario format's checks and the samplers' properties."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy import stats

from concilium.analysis.uncertainty.inputs import UncertainInput, ppf, uncertain_inputs
from concilium.errors import InputError
from concilium.io import parse_scenario

BASE = """
id: t
title: T
date: 2023-06-15
body: nato
issues: [{id: x, title: X, status_quo: 0, proposal: 100}]
actors:
  - id: FRA
    name: France
    capability: 50
    stances:
      x: {position: POSITION, salience: 50}
"""


def scenario(position: str):
    return parse_scenario(BASE.replace("POSITION", position))


@pytest.mark.parametrize(
    "position,message",
    [
        ("{value: 50, range: [60, 90]}", "outside its range"),
        ("{value: 50, range: [90, 10]}", "low end above its high end"),
        ("{value: 50, range: [50, 50]}", "is empty"),
        ("{value: 50, range: [-10, 90]}", "reaches outside 0..100"),
        ("{value: 50, range: [0, 90], dist: gamma}", "gamma"),
        ("{value: 50, range: [0, 90], dist: {kind: triangular, sd: 3}}", "not a parameter"),
        ("{value: 50, range: [0, 90], dist: {kind: truncnormal}}", "needs sd"),
        ("{value: 50, range: [0, 90], dist: {kind: beta, a: 2}}", "needs both shapes"),
        ("{value: 50, range: [0, 90], dist: {kind: uniform, width: 3}}", "width"),
        ("{value: 50, dist: uniform}", "needs a range"),
        (
            "{value: 0, alternatives: [{weight: 0.7, position: 0}, {weight: 0.2, position: 40}]}",
            "sum to 0.9",
        ),
        ("{value: 0, alternatives: [{weight: 1, position: 0}]}", "at least two"),
        (
            "{value: 0, alternatives: [{weight: 0.5, position: 0}, {weight: 0.5, position: 140}]}",
            "outside 0..100",
        ),
    ],
)
def test_bad_uncertainty_is_one_clear_error(position, message):
    text = BASE.replace("POSITION", "{value: 0}") if "alternatives" in position else None
    if text is not None:  # alternatives belong to the stance, next to its position
        alts = position[position.index("alternatives") : -1]
        text = text.replace(
            "x: {position: {value: 0}, salience: 50}",
            f"x: {{position: {{value: 0}}, salience: 50, {alts}}}",
        )
    with pytest.raises(InputError) as err:
        parse_scenario(text) if text else scenario(position)
    assert message in str(err.value)


def test_participation_only_for_members():
    text = (
        BASE.replace("POSITION", "0")
        + """  - id: JPN
    name: Japan
    participation: {absent: 0.1}
    stances: {x: {position: 80}}
"""
    )
    with pytest.raises(InputError, match="does not vote"):
        parse_scenario(text)
    with pytest.raises(InputError, match="more than 1"):
        parse_scenario(
            BASE.replace("POSITION", "0").replace(
                "    capability: 50\n",
                "    capability: 50\n    participation: {absent: 0.6, abstain: 0.5}\n",
            )
        )


def test_participation_without_a_body_is_one_clear_error():
    # It used to raise AttributeError (the message named the missing body's name).
    text = (
        BASE.replace("POSITION", "0")
        .replace("date: 2023-06-15\nbody: nato\n", "")
        .replace("    capability: 50\n", "    capability: 50\n    participation: {abstain: 0.2}\n")
    )
    with pytest.raises(InputError) as err:
        parse_scenario(text)
    assert "France has a participation but the scenario has no body" in str(err.value)
    assert "actors[0].participation" in str(err.value)


def test_inputs_are_listed_with_their_distribution():
    sc = scenario("{value: 50, range: [20, 90], dist: {kind: truncnormal, sd: 10}}")
    (inp,) = uncertain_inputs(sc)
    assert (inp.name, inp.low, inp.high, inp.dist) == ("FRA.x.position", 20, 90, "truncnormal")
    assert inp.params == {"mean": 50, "sd": 10}


def _number(dist, lo, hi, **params):
    return UncertainInput(
        name="a.x.position",
        actor="a",
        issue="x",
        field="position",
        kind="number",
        value=lo,
        low=lo,
        high=hi,
        dist=dist,
        params=params,
    )


bounds = st.tuples(st.floats(-1e3, 1e3), st.floats(1e-3, 1e3)).map(lambda t: (t[0], t[0] + t[1]))


@settings(max_examples=60, deadline=None)
@given(
    b=bounds,
    frac=st.floats(0, 1),
    shape=st.tuples(st.floats(0.2, 5), st.floats(0.2, 5)),
    u=st.lists(st.floats(0, 1, exclude_max=True), min_size=1, max_size=50),
)
def test_samples_stay_in_the_range(b, frac, shape, u):
    lo, hi = b
    mid = lo + frac * (hi - lo)
    for inp in (
        _number("uniform", lo, hi),
        _number("triangular", lo, hi, mode=mid),
        _number("truncnormal", lo, hi, mean=mid, sd=(hi - lo) / 3),
        _number("beta", lo, hi, a=shape[0], b=shape[1]),
    ):
        x = ppf(inp, np.array(u))
        assert np.all((x >= lo) & (x <= hi)), inp.dist


def test_inverse_cdfs_match_scipy():
    u = np.linspace(0.001, 0.999, 101)
    tri = ppf(_number("triangular", 10, 50, mode=20), u)
    assert np.allclose(tri, stats.triang.ppf(u, c=(20 - 10) / 40, loc=10, scale=40))
    assert np.allclose(ppf(_number("uniform", 10, 50), u), 10 + 40 * u)


@settings(max_examples=20, deadline=None)
@given(w=st.lists(st.floats(0.05, 1), min_size=2, max_size=5), seed=st.integers(0, 2**31))
def test_alternative_frequencies_converge_to_their_weights(w, seed):
    w = np.array(w) / np.sum(w)
    inp = UncertainInput(
        name="a.x.stance",
        actor="a",
        issue="x",
        field="stance",
        kind="choice",
        value=0,
        low=0,
        high=len(w) - 1,
        dist="choice",
        values=tuple(float(k) for k in range(len(w))),
        weights=tuple(w),
    )
    n = 20_000
    x = ppf(inp, np.random.default_rng(seed).random(n))
    freq = np.bincount(x.astype(int), minlength=len(w)) / n
    # binomial standard error <= sqrt(0.25 / n) = 0.0035; 5 standard errors
    assert np.all(np.abs(freq - w) < 5 * np.sqrt(w * (1 - w) / n) + 1e-9)
