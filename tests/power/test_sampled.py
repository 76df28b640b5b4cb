"""Monte Carlo estimates: labelled as sampled, reproducible from a seed, and their confidence
intervals cover the exact values at about the stated rate."""

from __future__ import annotations

import numpy as np
import pytest

from concilium.analysis.power import power_indices
from concilium.errors import InputError


def test_sampled_estimates_are_labelled_and_reproducible(eu_qmv):
    a = power_indices(eu_qmv, "banzhaf,shapley", method="sampled", samples=20_000, seed=11)
    b = power_indices(
        eu_qmv, "banzhaf,shapley", method="sampled", samples=20_000, rng=np.random.default_rng(11)
    )
    assert (a["method"] == "sampled").all() and a.attrs["method"] == "sampled"
    assert a.attrs["samples"] == 20_000 and a.attrs["seed"] == 11
    for col in ("banzhaf", "banzhaf_normalised", "shapley_shubik"):
        assert {f"{col}_ci_low", f"{col}_ci_high"} <= set(a.columns)
        assert (a[f"{col}_ci_low"] <= a[col]).all() and (a[col] <= a[f"{col}_ci_high"]).all()
    assert a.equals(b)
    c = power_indices(eu_qmv, "banzhaf", method="sampled", samples=20_000, seed=12)
    assert not np.allclose(a["banzhaf"], c["banzhaf"])


def test_sampled_intervals_cover_the_exact_eu_values(eu_qmv):
    exact = power_indices(eu_qmv, "banzhaf,shapley")
    est = power_indices(
        eu_qmv, "banzhaf,shapley", method="sampled", samples=100_000, seed=5, confidence=0.999
    )
    for col in ("banzhaf", "banzhaf_normalised", "shapley_shubik"):
        inside = (est[f"{col}_ci_low"] <= exact[col]) & (exact[col] <= est[f"{col}_ci_high"])
        assert inside.all(), col
        assert np.abs(est[col] - exact[col]).max() < 0.01


def test_confidence_intervals_are_calibrated_on_the_security_council():
    from concilium.bodies import load_body

    game = load_body("unsc").game()
    exact = power_indices(game, "banzhaf,shapley")
    hits = total = 0
    for seed in range(30):
        est = power_indices(game, "banzhaf,shapley", method="sampled", samples=4000, seed=seed)
        for col in ("banzhaf", "shapley_shubik"):
            ok = (est[f"{col}_ci_low"] <= exact[col]) & (exact[col] <= est[f"{col}_ci_high"])
            hits += int(ok.sum())
            total += len(ok)
    assert 0.90 <= hits / total <= 0.99  # nominal 95 %


def test_no_sampled_estimate_for_minimal_winning_indices(eu_qmv):
    with pytest.raises(InputError, match="no sampled estimate for holler_packel"):
        power_indices(eu_qmv, "pgi", method="sampled", samples=100)
