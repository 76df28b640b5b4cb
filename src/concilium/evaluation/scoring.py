"""Scores against known outcomes: mean and median absolute error with bootstrap intervals.

Issues of one legislative proposal are decided together and their errors are correlated,
so the bootstrap resamples **proposals** (clusters), not issues: each replicate draws as
many proposals as there are, with replacement, and takes every issue of each drawn
proposal (the cluster bootstrap; Cameron, Gelbach & Miller 2008; Davison & Hinkley 1997,
§3.8).  Intervals are percentile intervals.  Every model is scored on the same replicates,
so paired differences (model minus reference, on the issues both forecast) come with
intervals too.  All randomness comes from one ``numpy.random.SeedSequence``.
"""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np
import pandas as pd

from concilium.errors import InputError
from concilium.stats import weighted_mean

__all__ = ["SUMMARY_COLUMNS", "cluster_weights", "resampled_median", "score"]

# the summary's columns after "model": accuracy with its interval, then the paired
# difference from the reference model with its interval and how often each side wins
SUMMARY_COLUMNS = (
    "n",
    "mae",
    "mae_lo",
    "mae_hi",
    "median_ae",
    "median_lo",
    "median_hi",
    "n_paired",
    "d_mae",
    "d_mae_lo",
    "d_mae_hi",
    "d_median",
    "d_median_lo",
    "d_median_hi",
    "p_better",
    "p_worse",
)


def cluster_weights(
    groups: np.ndarray, n_boot: int, seed: np.random.SeedSequence | int
) -> np.ndarray:
    """``(n_boot, n_items)`` multiplicities: how often each item is drawn in each replicate.

    Clusters (``groups``) are drawn with replacement; an item's multiplicity is its
    cluster's count.
    """
    return np.concatenate(list(_weight_blocks(groups, n_boot, seed, max_cells=None)))


#: bootstrap multiplicities held at once (replicates x issues): 1 Mi int64 values, 8 MiB (the
#: statistics make a few float copies of a block)
MAX_CELLS = 1 << 20


def _weight_blocks(
    groups: np.ndarray,
    n_boot: int,
    seed: np.random.SeedSequence | int,
    max_cells: int | None,
) -> Iterator[np.ndarray]:
    """The rows of :func:`cluster_weights` a block at a time, at most ``max_cells`` values
    per block: the same draws (the generator gives each replicate's counts in turn, so
    drawing them in blocks or at once gives the same numbers), in bounded memory."""
    ss = seed if isinstance(seed, np.random.SeedSequence) else np.random.SeedSequence(seed)
    rng = np.random.default_rng(ss)
    labels, idx = np.unique(np.asarray(groups), return_inverse=True)
    g = len(labels)
    step = n_boot if max_cells is None else max(1, max_cells // max(len(idx), g, 1))
    for start in range(0, n_boot, step):
        counts = rng.multinomial(g, np.full(g, 1.0 / g), size=min(step, n_boot - start))
        yield counts[:, idx]  # (block, G) -> (block, n_items)


def resampled_median(values: np.ndarray, weights: np.ndarray) -> np.ndarray:
    """Row-wise medians of bootstrap resamples in which item i appears ``weights[b, i]`` times.

    Not a model's weighted median (concilium.stats): the sample median of the resample, the
    statistic whose interval is reported (with numpy's even-size rule below).

    The median of an expanded sample of size m is the mean of its order statistics at
    0-based ranks floor((m-1)/2) and floor(m/2), as ``numpy.median`` computes it.
    """
    order = np.argsort(values, kind="stable")
    v = values[order]
    cum = np.cumsum(weights[:, order], axis=1)
    m = cum[:, -1]
    out = np.full(len(m), np.nan)
    ok = m > 0
    if not ok.any():
        return out
    c = cum[ok]
    lo_rank = (m[ok] - 1) // 2
    hi_rank = m[ok] // 2
    lo = np.argmax(c > lo_rank[:, None], axis=1)
    hi = np.argmax(c > hi_rank[:, None], axis=1)
    out[ok] = 0.5 * (v[lo] + v[hi])
    return out


def _ci(samples: np.ndarray, level: float) -> tuple[float, float]:
    s = samples[np.isfinite(samples)]
    if len(s) == 0:
        return (np.nan, np.nan)
    a = (1 - level) / 2
    lo, hi = np.quantile(s, [a, 1 - a])
    return float(lo), float(hi)


def score(
    errors: pd.DataFrame,
    groups,
    *,
    reference: str | None = None,
    n_boot: int = 2000,
    seed: int | np.random.SeedSequence = 0,
    level: float = 0.95,
) -> pd.DataFrame:
    """Per-model scores and paired differences with the reference model.

    Parameters
    ----------
    errors
        Absolute errors, one row per issue and one column per model (NaN where a model gave
        no forecast).
    groups
        The cluster (proposal) of each row.
    reference
        The model the others are compared with (paired, on the issues both forecast).
    n_boot, seed, level
        Bootstrap replicates, their seed, and the interval's coverage.

    Returns
    -------
    pandas.DataFrame
        One row per model: ``n``, ``mae`` with ``mae_lo``/``mae_hi``, ``median_ae`` with
        ``median_lo``/``median_hi``; and against the reference: ``n_paired``, ``d_mae``
        (model minus reference) with ``d_mae_lo``/``d_mae_hi``, ``d_median`` with
        ``d_median_lo``/``d_median_hi``, and ``p_better`` (share of paired issues where the
        model is strictly closer, ``p_worse`` strictly farther).
    """
    if n_boot < 1:
        raise InputError("the number of bootstrap replicates must be at least 1")
    if not 0 < level < 1:
        raise InputError("the confidence level must lie between 0 and 1")
    groups = np.asarray(groups)
    if len(groups) != len(errors):
        raise InputError("one group label per issue is needed")
    if reference is not None and reference not in errors.columns:
        raise InputError(
            f"reference model {reference!r} is not among the scored models",
            hint="scored: " + ", ".join(map(str, errors.columns)),
        )
    # The replicates are drawn in blocks (memory: a block of weights, not n_boot x issues);
    # each model's replicate statistics are collected block by block, then summarised.
    models = list(errors.columns)
    ref = None if reference is None else errors[reference].to_numpy(float)
    errs = [errors[m].to_numpy(float) for m in models]
    boot: list[tuple[list, list, list, list]] = [([], [], [], []) for _ in models]
    blocks = (
        _weight_blocks(groups, n_boot, seed, MAX_CELLS)
        if len(groups)
        else [np.zeros((n_boot, 0), int)]
    )
    for W in blocks:
        for model, e, (b_mae, b_med, b_dmae, b_dmed) in zip(models, errs, boot, strict=True):
            have = np.isfinite(e)
            if have.any():
                Wm = W[:, have]
                b_mae.append(weighted_mean(e[have], Wm))
                b_med.append(resampled_median(e[have], Wm))
            if ref is not None and model != reference:
                both = have & np.isfinite(ref)
                if both.any():
                    a, b = e[both], ref[both]
                    Wp = W[:, both]
                    b_dmae.append(weighted_mean(a, Wp) - weighted_mean(b, Wp))
                    b_dmed.append(resampled_median(a, Wp) - resampled_median(b, Wp))
    rows = []
    for model, e, (b_mae, b_med, b_dmae, b_dmed) in zip(models, errs, boot, strict=True):
        have = np.isfinite(e)
        row: dict = {"model": model, "n": int(have.sum())}
        if have.any():
            row.update(mae=float(e[have].mean()), median_ae=float(np.median(e[have])))
            row["mae_lo"], row["mae_hi"] = _ci(np.concatenate(b_mae), level)
            row["median_lo"], row["median_hi"] = _ci(np.concatenate(b_med), level)
        if ref is not None:
            both = have & np.isfinite(ref)
            row["n_paired"] = int(both.sum())
            if both.any() and model != reference:
                a, b = e[both], ref[both]
                row["d_mae"] = float(a.mean() - b.mean())
                row["d_mae_lo"], row["d_mae_hi"] = _ci(np.concatenate(b_dmae), level)
                row["d_median"] = float(np.median(a) - np.median(b))
                row["d_median_lo"], row["d_median_hi"] = _ci(np.concatenate(b_dmed), level)
                row["p_better"] = float(np.mean(a < b))
                row["p_worse"] = float(np.mean(a > b))
        rows.append(row)
    return pd.DataFrame(rows).reindex(columns=["model", *SUMMARY_COLUMNS])
