"""Weighted mean and weighted median: the one implementation every model uses.

Both work along the last axis, so the same call serves one issue (``x`` of shape ``(n,)``),
many issues or Monte Carlo draws (``(..., n)``).  Weights broadcast against ``x``.

Tie rule of the weighted median (the *lower* weighted median): sort the positions, and
return the smallest position whose cumulative weight reaches half the total weight.  When
the cumulative weight equals exactly half at some position (an even split), that lower
position is the median; a relative tolerance of 1e-12 makes sums of decimal weights (0.1 +
0.2 ...) that are meant to be exactly half count as half.  This is the median voter of
Black (1948) with weights, as the compromise-family models of Thomson et al. (2006) and the
expected-utility model (Scholz et al. 2011) use it.

Where the total weight is zero the result is NaN; callers that need a number raise a clear
error (see ``concilium.models.median``).
"""

from __future__ import annotations

from typing import Any

import numpy as np

__all__ = ["HALF_TOLERANCE", "weighted_mean", "weighted_median"]

# Relative tolerance for "cumulative weight reaches one half" (see the module docstring).
HALF_TOLERANCE = 1e-12


def weighted_mean(x: Any, w: Any) -> Any:
    """``sum(w x) / sum(w)`` along the last axis; NaN where the weights sum to 0."""
    x, w = np.broadcast_arrays(np.asarray(x, dtype=float), np.asarray(w, dtype=float))
    total = w.sum(axis=-1)
    with np.errstate(invalid="ignore", divide="ignore"):
        out = np.where(total > 0, (w * x).sum(axis=-1) / np.where(total > 0, total, 1.0), np.nan)
    return float(out) if out.ndim == 0 else out


def weighted_median(x: Any, w: Any) -> Any:
    """The lower weighted median along the last axis (tie rule in the module docstring);
    NaN where the weights sum to 0."""
    x, w = np.broadcast_arrays(np.asarray(x, dtype=float), np.asarray(w, dtype=float))
    order = np.argsort(x, axis=-1, kind="stable")
    xs = np.take_along_axis(x, order, axis=-1)
    cum = np.cumsum(np.take_along_axis(w, order, axis=-1), axis=-1)
    total = cum[..., -1:]
    # 2·cum ≥ total rather than cum ≥ total/2: halving a subnormal total underflows to 0
    idx = np.argmax(2.0 * cum >= total * (1 - 2 * HALF_TOLERANCE), axis=-1)
    med = np.take_along_axis(xs, idx[..., None], axis=-1)[..., 0]
    out = np.where(total[..., 0] > 0, med, np.nan)
    return float(out) if out.ndim == 0 else out
