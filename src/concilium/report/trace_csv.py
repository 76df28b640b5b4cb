"""Per-turn positions of iterative models as a long table: ``turn, actor, dimension, position``.

For comparing runs with other tools (KTAB's ``VectorPosition`` table, spreadsheets, R): one row
per turn (round), actor and issue, positions rescaled from the issue's scale to 0..100, read
from the forecast's :class:`~concilium.trace.Trace`.
"""

from __future__ import annotations

import csv
import io
from typing import Any

from concilium.errors import InputError
from concilium.forecast import Forecast

__all__ = ["COLUMNS", "trace_csv", "trace_rows"]

COLUMNS = ("turn", "actor", "dimension", "position")


def trace_rows(forecast: Forecast, scenario: Any) -> list[dict[str, Any]]:
    """The long-form rows of a forecast's trace (:meth:`concilium.trace.Trace.to_rows`, turns,
    then actors, then issues), positions rescaled from each issue's scale to 0..100.  Models
    that keep per-round records only on their issues (``IssueForecast.trace`` with ``round``
    and ``positions``) are read from those.

    Raises :class:`InputError` when the model keeps no per-turn trace."""
    scale = {i.id: (i.scale.min, i.scale.max - i.scale.min) for i in scenario.issues}

    def pct(dim: str, x: Any) -> float | None:
        lo, width = scale[dim]
        return None if x is None else 100.0 * (float(x) - lo) / width

    rows: list[dict[str, Any]] = []
    if forecast.trace is not None:
        rows = [
            {**r, "position": pct(r["dimension"], r["position"])} for r in forecast.trace.to_rows()
        ]
    else:
        for issue in forecast.issues:
            ids = issue.details.get("actor_ids") or []
            for rec in issue.trace or []:
                turn = int(rec.get("round", rec.get("turn", 0)))
                for aid, x in zip(ids, rec["positions"], strict=True):
                    rows.append(
                        {
                            "turn": turn,
                            "actor": aid,
                            "dimension": issue.issue,
                            "position": pct(issue.issue, x),
                        }
                    )
    if not rows:
        raise InputError(
            f"the {forecast.model} model keeps no per-turn trace",
            hint="--trace-csv works with iterative models: smp, expected_utility, exchange",
        )
    return rows


def trace_csv(forecast: Forecast, scenario: Any) -> str:
    """:func:`trace_rows` as CSV text (positions with up to 10 significant digits)."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(COLUMNS)
    for r in trace_rows(forecast, scenario):
        p = r["position"]
        w.writerow([r["turn"], r["actor"], r["dimension"], "" if p is None else f"{p:.10g}"])
    return buf.getvalue()


def write_trace_csv(
    path: Any, forecasts: list[Forecast], scenario: Any, *, inputs=(), force: bool = False
) -> str:
    """Write the trace CSV of one forecast through :func:`concilium.io.output.write_output`
    (``-`` is standard output; never over an input; an existing file only with ``force``).
    Returns the text written."""
    from concilium.io.output import write_output

    if len(forecasts) != 1:
        raise InputError("--trace-csv needs a single model", hint="choose one with --model")
    text = trace_csv(forecasts[0], scenario)
    write_output(path, text, inputs=inputs, force=force)
    return text
