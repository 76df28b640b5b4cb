"""The garbage collector is paused only for the step that asks for it, then as it was."""

from __future__ import annotations

import gc

import pytest

from concilium._gcpause import paused
from concilium.errors import InputError
from concilium.io import parse_scenario
from concilium.models import run_model

SMALL = """\
id: small
title: A small council
date: 2025-03-01
body:
  id: trio
  name: Trio council
  rule: {kind: unanimity}
  members: [{id: A, name: Alpha}, {id: B, name: Beta}, {id: C, name: Gamma}]
issues: [{id: budget, title: Budget, status_quo: 20, proposal: 60}]
actors:
  - {id: A, name: Alpha, stances: {budget: {position: 70}}}
  - {id: B, name: Beta, stances: {budget: {position: 50}}}
  - {id: C, name: Gamma, stances: {budget: {position: 10}}}
"""


@pytest.fixture(autouse=True)
def _collector_back_on():
    yield
    gc.enable()  # whatever a failing test left


def test_paused_switches_the_collector_off_and_back_on():
    assert gc.isenabled()
    with paused():
        assert not gc.isenabled()
        with paused():  # nested: still off, and the outer step turns it on again
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()


def test_paused_leaves_a_disabled_collector_disabled():
    gc.disable()
    with paused():
        pass
    assert not gc.isenabled()


def test_paused_turns_the_collector_on_again_after_an_error():
    with pytest.raises(ZeroDivisionError), paused():
        1 / 0  # noqa: B018
    assert gc.isenabled()


def test_validating_hashing_and_forecasting_leave_the_collector_on():
    sc = parse_scenario(SMALL, "small.yaml")
    sc.input_hash()
    run_model(sc, "procedural")
    assert gc.isenabled()
    with pytest.raises(InputError):  # a validation error inside the paused step
        parse_scenario(SMALL.replace("position: 70", "position: 170"), "bad.yaml")
    assert gc.isenabled()
    with pytest.raises(InputError):  # and a model's own error
        run_model(sc, "procedural", unlisted="nonsense")
    assert gc.isenabled()
