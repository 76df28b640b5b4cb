"""Bootstrap scoring: the resampling arithmetic against plain numpy on expanded samples."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from concilium.errors import InputError
from concilium.evaluation.scoring import cluster_weights, resampled_median, score
from concilium.stats import weighted_mean


@given(st.lists(st.floats(0, 100), min_size=1, max_size=15), st.data())
def test_weighted_median_equals_median_of_the_expanded_sample(values, data):
    v = np.array(values)
    w = np.array(data.draw(st.lists(st.integers(0, 4), min_size=len(v), max_size=len(v))))
    got = resampled_median(v, w[None, :])[0]
    if w.sum() == 0:
        assert np.isnan(got)
    else:
        assert got == pytest.approx(np.median(np.repeat(v, w)))


@given(st.lists(st.floats(0, 100), min_size=1, max_size=15), st.data())
def test_weighted_mean_equals_mean_of_the_expanded_sample(values, data):
    v = np.array(values)
    w = np.array(data.draw(st.lists(st.integers(1, 4), min_size=len(v), max_size=len(v))))
    assert weighted_mean(v, w[None, :])[0] == pytest.approx(np.mean(np.repeat(v, w)))


def test_cluster_weights_draw_whole_proposals():
    groups = np.array(["a", "a", "b", "c", "c", "c"])
    W = cluster_weights(groups, 500, 7)
    assert W.shape == (500, 6)
    # issues of one proposal always come together, and each replicate draws 3 proposals
    assert (W[:, 0] == W[:, 1]).all() and (W[:, 3] == W[:, 5]).all()
    per_group = W[:, [0, 2, 3]]
    assert (per_group.sum(axis=1) == 3).all()
    assert (cluster_weights(groups, 500, 7) == W).all()  # seeded
    assert not (cluster_weights(groups, 500, 8) == W).all()


def _errors():
    # model a is always 2 better than b; c has no forecast on the last two issues
    b = np.array([10.0, 20, 30, 40, 50, 60])
    return pd.DataFrame({"a": b - 2, "b": b, "c": [5.0, 5, 5, 5, np.nan, np.nan]}), [
        "p1",
        "p1",
        "p2",
        "p3",
        "p4",
        "p4",
    ]


def test_point_estimates_and_paired_differences():
    errors, groups = _errors()
    s = score(errors, groups, reference="b", n_boot=300, seed=1).set_index("model")
    assert s.loc["b", "mae"] == pytest.approx(35) and s.loc["b", "median_ae"] == pytest.approx(35)
    assert s.loc["a", "d_mae"] == pytest.approx(-2)
    # a constant difference has a degenerate interval
    assert s.loc["a", "d_mae_lo"] == pytest.approx(-2) and s.loc["a", "d_mae_hi"] == pytest.approx(
        -2
    )
    assert s.loc["a", "d_median"] == pytest.approx(-2)
    assert s.loc["a", "p_better"] == 1 and s.loc["a", "p_worse"] == 0
    assert s.loc["c", "n"] == 4 and s.loc["c", "n_paired"] == 4
    # paired on the four shared issues: 5 - mean(10, 20, 30, 40) = -20
    assert s.loc["c", "d_mae"] == pytest.approx(-20)
    for m in "abc":
        assert s.loc[m, "mae_lo"] <= s.loc[m, "mae"] <= s.loc[m, "mae_hi"]
    assert np.isnan(s.loc["b", "d_mae"])


def test_same_seed_same_intervals():
    errors, groups = _errors()
    a = score(errors, groups, reference="b", n_boot=200, seed=3)
    b = score(errors, groups, reference="b", n_boot=200, seed=3)
    pd.testing.assert_frame_equal(a, b)


def test_bad_arguments():
    errors, groups = _errors()
    with pytest.raises(InputError, match="reference"):
        score(errors, groups, reference="zzz")
    with pytest.raises(InputError):
        score(errors, groups, n_boot=0)
    with pytest.raises(InputError):
        score(errors, groups[:-1])
