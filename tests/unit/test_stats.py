"""The one weighted mean and median (concilium.stats), by hand and against expanded samples."""

from __future__ import annotations

import math

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from concilium.stats import weighted_mean, weighted_median


def test_by_hand():
    # positions 0, 50, 100 with weights 1, 1, 2: cumulative 1, 2, 4 of total 4; half is 2,
    # first reached at 50 -> the lower median is 50.  Mean: (0 + 50 + 200) / 4 = 62.5.
    assert weighted_median([0, 50, 100], [1, 1, 2]) == 50
    assert weighted_mean([0, 50, 100], [1, 1, 2]) == 62.5
    # decimal weights meant to split exactly in half: 0.1 + 0.2 vs 0.3 -> the lower, 10
    assert weighted_median([10, 20, 30], [0.1, 0.2, 0.3]) == 20
    assert weighted_median([10, 30], [0.1 + 0.2, 0.3]) == 10
    assert math.isnan(weighted_median([1, 2], [0, 0]))
    assert math.isnan(weighted_mean([1, 2], [0, 0]))


def test_last_axis_and_broadcasting():
    x = np.array([[0.0, 10.0, 20.0], [5.0, 1.0, 3.0]])
    assert weighted_median(x, [1, 1, 1]).tolist() == [10.0, 3.0]
    assert weighted_mean([0.0, 10.0], [[1, 1], [3, 1]]).tolist() == [5.0, 2.5]


@given(st.lists(st.tuples(st.integers(-50, 50), st.integers(0, 5)), min_size=1, max_size=12))
def test_integer_weights_match_the_expanded_sample(pairs):
    x = np.array([p[0] for p in pairs], dtype=float)
    w = np.array([p[1] for p in pairs])
    sample = np.sort(np.repeat(x, w))
    if len(sample) == 0:
        assert math.isnan(weighted_median(x, w))
        return
    # lower median of the expanded sample: 0-based rank ceil(m/2) - 1
    assert weighted_median(x, w) == sample[math.ceil(len(sample) / 2) - 1]
    assert weighted_mean(x, w) == sample.mean() or abs(weighted_mean(x, w) - sample.mean()) < 1e-9
