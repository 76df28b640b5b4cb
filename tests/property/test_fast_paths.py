"""Fast paths of the procedural model's per-issue work give what the general code gives.

* ``spatial_votes`` on one unweighted dimension skips the broadcasts of the general case:
  the same votes as the general code run on the same ideal points written as a column;
* ``integer_weights`` is made once per set of weights (cached): each caller still gets its
  own array, and the cache returns what a fresh computation returns.
"""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from concilium.rules import _integer_weights, _scale_weights, integer_weights
from concilium.spatial import spatial_votes

coords = st.integers(0, 40).map(lambda k: k * 2.5) | st.floats(0, 100, allow_nan=False)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(coords, min_size=1, max_size=12),
    coords,
    coords,
    st.sampled_from([100.0, 7.0, 1e-3]),
    st.sampled_from([0.0, 0.05, 0.25]),
)
def test_one_dimension_fast_path_votes_as_the_general_code(xs, q, z, width, band):
    x = np.array(xs)
    fast = spatial_votes(x, q, z, scale_width=width, band=band)
    general = spatial_votes(x[:, None], q, z, scale_width=width, band=band)  # (n, 1): general
    assert fast.tolist() == general.tolist()
    # ties are the point of the tolerance: a member halfway abstains on both paths
    assert spatial_votes(np.array([50.0]), 40.0, 60.0, scale_width=width).tolist() == ["abstain"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(0, 10**6).map(lambda k: k / 100) | st.floats(0, 1e6), min_size=1))
def test_cached_integer_weights_are_the_computed_ones(values):
    ints, scale = integer_weights(values)
    fresh, fresh_scale = _scale_weights(tuple(float(v) for v in values), 6)
    assert scale == fresh_scale and ints.tolist() == fresh.tolist()
    ints[0] += 1  # the caller's own copy: the cached array is not touched
    again, _ = integer_weights(values)
    assert again.tolist() == fresh.tolist()
    cached, _ = _integer_weights(tuple(float(v) for v in values), 6)
    assert not cached.flags.writeable
