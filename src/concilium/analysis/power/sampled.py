"""Sampled (Monte Carlo) estimates of the Banzhaf and Shapley–Shubik indices.

For games too large to count exactly.  Both estimators are unbiased and come with a
confidence interval; results are labelled ``method = "sampled"``.

* **Banzhaf**: draw coalitions uniformly (each member in with probability 1/2).  For each
  draw and each member ``i``, ``S = draw \\ {i}`` is a uniform coalition of the others, and
  ``i`` swings when ``S`` loses and ``S ∪ {i}`` wins; ``β_i`` is the swing frequency
  (Owen 1975; Leech 2003, "Computing power indices for large voting games", Management
  Science 49(6)).  Intervals: Wilson score interval for each ``β_i``; the normalised index
  (a ratio of means) gets a delta-method interval.
* **Shapley–Shubik**: draw orderings uniformly; the pivot is the member whose arrival first
  makes the coalition win; ``φ_i`` is the pivot frequency (Mann & Shapley 1960).  Wilson
  score interval for each ``φ_i``.

All randomness comes from one ``numpy.random.Generator`` (pass ``rng`` or a ``seed``).
"""

from __future__ import annotations

from dataclasses import dataclass
from statistics import NormalDist

import numpy as np

from concilium.analysis.power._space import normalised_clauses
from concilium.games import SimpleGame, clauses_met

__all__ = ["SampledEstimate", "sample_banzhaf", "sample_shapley_shubik", "wilson_interval"]

_CHUNK_CELLS = 2_000_000  # draws x members per vectorised batch


@dataclass(frozen=True)
class SampledEstimate:
    """Point estimates and ``confidence`` intervals, one entry per member."""

    estimate: np.ndarray
    low: np.ndarray
    high: np.ndarray
    samples: int
    confidence: float
    extra: dict


def wilson_interval(hits: np.ndarray, m: int, confidence: float) -> tuple[np.ndarray, np.ndarray]:
    """Wilson score interval for binomial proportions ``hits / m``."""
    z = NormalDist().inv_cdf(0.5 + confidence / 2.0)
    p = hits / m
    denom = 1.0 + z * z / m
    centre = (p + z * z / (2 * m)) / denom
    half = z * np.sqrt(p * (1 - p) / m + z * z / (4 * m * m)) / denom
    return np.clip(centre - half, 0.0, 1.0), np.clip(centre + half, 0.0, 1.0)


def _quotas(game: SimpleGame) -> np.ndarray:
    return normalised_clauses(game)


_wins = clauses_met


def sample_banzhaf(
    game: SimpleGame, samples: int, rng: np.random.Generator, confidence: float = 0.95
) -> tuple[SampledEstimate, SampledEstimate]:
    """Estimate absolute and normalised Banzhaf indices from ``samples`` random coalitions."""
    n, w = game.n, game.weights
    q = _quotas(game)
    chunk = max(1, _CHUNK_CELLS // max(n * w.shape[1], 1))
    s1 = np.zeros(n)  # Σ x_i
    s_xx = np.zeros(n)  # Σ x_i X   (x_i in {0,1} so Σ x_i^2 = Σ x_i)
    s_x, s_x2 = 0.0, 0.0  # Σ X, Σ X^2 with X = Σ_j x_j
    done = 0
    while done < samples:
        m = min(chunk, samples - done)
        member = rng.random((m, n)) < 0.5
        tot = member.astype(np.int64) @ w  # (m, d)
        without = tot[:, None, :] - member[:, :, None] * w[None, :, :]  # (m, n, d)
        swing = ~_wins(without, q) & _wins(without + w[None, :, :], q)  # (m, n)
        x = swing.astype(np.float64)
        big_x = x.sum(axis=1)
        s1 += x.sum(axis=0)
        s_xx += (x * big_x[:, None]).sum(axis=0)
        s_x += big_x.sum()
        s_x2 += (big_x * big_x).sum()
        done += m
    m = samples
    beta = s1 / m
    lo, hi = wilson_interval(s1, m, confidence)
    absolute = SampledEstimate(beta, lo, hi, m, confidence, {"swings_seen": s1})
    z = NormalDist().inv_cdf(0.5 + confidence / 2.0)
    mean_x = s_x / m
    if mean_x > 0:
        r = s1 / s_x
        # Delta method for a ratio of means: Var(r_i) ≈ Var(x_i - r_i X) / (m · E[X]^2).
        e_z2 = (s1 - 2 * r * s_xx + r * r * s_x2) / m
        var = np.maximum(e_z2, 0.0) / (m * mean_x * mean_x)
        half = z * np.sqrt(var)
        normalised = SampledEstimate(
            r, np.clip(r - half, 0, 1), np.clip(r + half, 0, 1), m, confidence, {}
        )
    else:
        nan = np.full(n, np.nan)
        normalised = SampledEstimate(nan, nan, nan, m, confidence, {})
    return absolute, normalised


def sample_shapley_shubik(
    game: SimpleGame, samples: int, rng: np.random.Generator, confidence: float = 0.95
) -> SampledEstimate:
    """Estimate Shapley–Shubik indices from ``samples`` random orderings of the members."""
    n, w = game.n, game.weights
    q = _quotas(game)
    chunk = max(1, _CHUNK_CELLS // max(n * w.shape[1], 1))
    pivots = np.zeros(n, dtype=np.int64)
    done = 0
    while done < samples:
        m = min(chunk, samples - done)
        perm = np.argsort(rng.random((m, n)), axis=1)
        cum = np.cumsum(w[perm], axis=1)  # (m, n, d)
        first = _wins(cum, q).argmax(axis=1)  # the grand coalition always wins
        pivots += np.bincount(perm[np.arange(m), first], minlength=n)
        done += m
    est = pivots / samples
    lo, hi = wilson_interval(pivots.astype(np.float64), samples, confidence)
    return SampledEstimate(est, lo, hi, samples, confidence, {"pivots": pivots})
