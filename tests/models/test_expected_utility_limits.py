"""Expected utility on large inputs: refused up front with the memory it would need, never a
MemoryError half way (issue 14); the estimate is checked against a measured peak."""

from __future__ import annotations

import tracemalloc

import numpy as np
import pytest

from concilium.errors import InputError
from concilium.models import expected_utility as eu
from concilium.models import run_model
from concilium.scenario import Scenario


def _scenario(n: int) -> Scenario:
    rng = np.random.default_rng(3)
    members = [{"id": f"M{i}", "name": f"Member {i}", "weights": {"votes": 1}} for i in range(n)]
    actors = [
        {
            "id": m["id"],
            "name": m["name"],
            "capability": float(rng.uniform(1, 100)),
            "stances": {
                "i": {
                    "position": float(rng.uniform(0, 100)),
                    "salience": float(rng.uniform(1, 100)),
                }
            },
        }
        for m in members
    ]
    return Scenario.model_validate(
        {
            "id": "big",
            "title": "Big",
            "date": "2024-01-01",
            "body": {"id": "big", "name": "Big", "rule": {"kind": "majority"}, "members": members},
            "issues": [{"id": "i", "title": "I", "status_quo": 0}],
            "actors": actors,
        }
    )


def test_ten_thousand_actors_are_refused_up_front_with_the_memory_needed():
    # before: numpy tried to allocate 763 MiB (one 10,000 x 10,000 float table) and the run
    # died with MemoryError.  Now nothing of that size is allocated.
    sc = _scenario(10_000)
    tracemalloc.start()
    try:
        with pytest.raises(InputError) as err:
            run_model(sc, "expected_utility")
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    msg = str(err.value)
    assert "would need about" in msg and "GiB" in msg and "memory_limit_mb" in msg
    # by default the run goes on until it settles, so its first round is estimated:
    # 8 bytes x 10,000^2 pairs x (16 + 1 round x (9 + 20)) tables = 8e8 x 45 = 3.6e10 bytes
    # = 33.5 GiB
    assert "33.5 GiB" in msg
    assert peak < 200 * 2**20


def test_run_refuses_too_with_its_own_smaller_estimate():
    x = np.linspace(0, 100, 5_000)
    with pytest.raises(InputError, match="would need about"):
        eu.run(x, np.ones_like(x), np.full_like(x, 50.0))
    # keep_pairs=False, one round: 8 x 5,000^2 x (16 + 5) = 4.2 GB, still over 2 GiB
    with pytest.raises(InputError, match="3.9 GiB"):
        eu.run(x, np.ones_like(x), np.full_like(x, 50.0), rounds=1, keep_pairs=False)


def test_the_limit_can_be_raised_and_is_recorded():
    sc = _scenario(40)
    # 8 bytes x 40^2 x (16 + 10 x 29) = 3.9 MB: over a 1 MiB limit
    with pytest.raises(InputError, match="over the limit"):
        run_model(sc, "expected_utility", rounds=10, memory_limit_mb=1.0)
    f = run_model(sc, "expected_utility", memory_limit_mb=4096.0)
    assert f.params["memory_limit_mb"] == 4096.0
    assert "memory_limit_mb" not in run_model(sc, "expected_utility").params
    with pytest.raises(InputError) as err:
        run_model(sc, "expected_utility", memory_limit_mb=-1.0)
    assert err.value.problems[0].field == "memory_limit_mb"


def test_estimate_bounds_the_measured_peak():
    """The estimate is an upper bound of the traced peak, and not a wild one (within 3x)."""
    sc = _scenario(120)
    tracemalloc.start()
    try:
        run_model(sc, "expected_utility", rounds=4)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    est = eu.memory_estimate(120, 4, records=True)
    assert peak <= est <= 3 * peak
