"""Bar chart of power indices (matplotlib, imported only when a chart is drawn).

One horizontal bar group per member, one bar per index, members sorted by the first index;
sampled estimates get their confidence intervals as error bars.  Uses
:class:`matplotlib.figure.Figure` directly (no pyplot, no GUI backend).
"""

from __future__ import annotations

import io
import os
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import pandas as pd

from concilium.errors import InputError

__all__ = ["power_bar_chart", "save_power_chart"]

_LABELS = {
    "banzhaf": "Banzhaf (absolute)",
    "banzhaf_normalised": "Banzhaf (normalised)",
    "shapley_shubik": "Shapley-Shubik",
    "holler_packel": "Holler-Packel (PGI)",
    "deegan_packel": "Deegan-Packel",
}


def _figure_class():
    try:
        from matplotlib.figure import Figure
    except ImportError:  # pragma: no cover - depends on the environment
        raise InputError(
            "drawing a chart needs matplotlib, which is not installed",
            hint="pip install matplotlib",
        ) from None
    return Figure


def power_bar_chart(
    df: pd.DataFrame,
    columns: Sequence[str] | None = None,
    *,
    title: str | None = None,
    top: int | None = None,
):
    """A matplotlib Figure with the power indices of ``df`` (from ``power_indices``).

    ``columns`` defaults to every index column present except absolute Banzhaf when the
    normalised one is there (so that all bars share the same 0..1 "share of power" scale).
    ``top`` keeps only the strongest members by the first column.
    """
    if columns is None:
        columns = [
            c
            for c in (
                "banzhaf_normalised",
                "shapley_shubik",
                "holler_packel",
                "deegan_packel",
                "banzhaf",
            )
            if c in df.columns
        ]
        if "banzhaf_normalised" in columns and "banzhaf" in columns:
            columns.remove("banzhaf")
    columns = list(columns)
    if not columns:
        raise InputError("no power index columns to plot")
    data = df.sort_values(columns[0], ascending=True)
    if top is not None:
        data = data.tail(top)
    Figure = _figure_class()
    height = max(3.0, 0.28 * len(data) * max(1, len(columns)) ** 0.5 + 1.2)
    fig = Figure(figsize=(8, height), layout="constrained")
    ax = fig.add_subplot()
    k = len(columns)
    bar = 0.8 / k
    ys = range(len(data))
    for j, col in enumerate(columns):
        pos = [y - 0.4 + bar * (j + 0.5) for y in ys]
        err = None
        if f"{col}_ci_low" in data and f"{col}_ci_high" in data:
            err = [
                (data[col] - data[f"{col}_ci_low"]).clip(lower=0).to_numpy(),
                (data[f"{col}_ci_high"] - data[col]).clip(lower=0).to_numpy(),
            ]
        ax.barh(
            pos,
            data[col].to_numpy(dtype=float),
            height=bar,
            xerr=err,
            label=_LABELS.get(col, col),
            capsize=2 if err is not None else 0,
        )
    ax.set_yticks(list(ys), [str(x) for x in data["name"]])
    method = str(df["method"].iloc[0]) if "method" in df else "exact"
    ax.set_xlabel("power" + (" (sampled estimate, 95% CI)" if method == "sampled" else ""))
    ax.set_title(title or "Voting power")
    ax.legend(loc="lower right", fontsize="small")
    ax.grid(axis="x", alpha=0.3)
    return fig


def save_power_chart(
    df: pd.DataFrame,
    path: str | os.PathLike[str],
    *,
    force: bool = False,
    inputs: Iterable[str | os.PathLike[str]] = (),
    **kwargs: Any,
) -> Path:
    """Draw :func:`power_bar_chart` and write it to ``path`` (format from the suffix), by the
    rules of :mod:`concilium.io.output` (atomic, never over an input, ``force`` to replace)."""
    from concilium.io.output import check_output, write_output

    p = Path(path)
    fmt = p.suffix.lstrip(".").lower() or "png"
    if fmt not in ("png", "svg", "pdf"):
        raise InputError(
            f"cannot write a chart as {p.suffix!r}",
            field="plot",
            hint="use a .png, .svg or .pdf file name",
        )
    check_output(p, inputs=inputs, force=force)
    fig = power_bar_chart(df, **kwargs)
    buf = io.BytesIO()
    fig.savefig(buf, format=fmt, dpi=150)
    write_output(p, buf.getvalue(), inputs=inputs, force=force)
    return p
