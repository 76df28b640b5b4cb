"""Results written to files: JSON, tidy CSV, or Parquet, the format chosen by the suffix.

Tables are *tidy*: one row per observation (per issue and model for forecasts, per member for
power indices), one column per variable, so that pandas, R or a spreadsheet reads them as is.
Parquet (for large tables) needs the optional ``pyarrow`` (``pip install 'concilium[parquet]'``).
Every file goes through :func:`write_file` (atomic; the user's usual permissions; an existing
file is kept unless ``force``; ``-`` writes to standard output).
"""

from __future__ import annotations

import csv
import io
import json
import os
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from concilium.errors import InputError

__all__ = ["FORMATS", "forecast_rows", "output_format", "write_file", "write_table_or_json"]

FORMATS = {".json": "json", ".csv": "csv", ".parquet": "parquet"}


def output_format(path: str | os.PathLike[str]) -> str:
    """``json``, ``csv`` or ``parquet`` from the file's suffix (``-`` is JSON on stdout)."""
    if str(path) == "-":
        return "json"
    suffix = Path(path).suffix.lower()
    if suffix not in FORMATS:
        raise InputError(
            f"cannot tell the format of {str(path)!r} from its suffix",
            field="output",
            hint="name it .json, .csv or .parquet",
        )
    return FORMATS[suffix]


def write_file(
    path: str | os.PathLike[str],
    data: str | bytes,
    *,
    inputs: Iterable[str | os.PathLike[str]] = (),
    force: bool = False,
) -> None:
    """Write through :func:`concilium.io.output.write_output`: atomic, the user's umask, no
    overwrite without ``force``, never over an input, ``-`` for standard output."""
    from concilium.io.output import write_output

    write_output(path, data, inputs=tuple(inputs), force=force)


def _csv(rows: Sequence[Mapping[str, Any]]) -> str:
    cols: list[str] = []
    for r in rows:
        cols += [k for k in r if k not in cols]
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=cols, lineterminator="\n")
    w.writeheader()
    for r in rows:
        w.writerow({k: _scalar(v) for k, v in r.items()})
    return buf.getvalue()


def _scalar(v: Any) -> Any:
    if isinstance(v, (list, tuple, set)):
        return ",".join(map(str, v))
    if isinstance(v, dict):
        return json.dumps(v, ensure_ascii=False, sort_keys=True)
    if hasattr(v, "item"):
        return v.item()
    return v


def _parquet(rows: Sequence[Mapping[str, Any]]) -> bytes:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise InputError(
            "writing Parquet needs pyarrow, which is not installed",
            field="output",
            hint="pip install 'concilium[parquet]', or use .csv",
        ) from None
    cols: list[str] = []
    for r in rows:
        cols += [k for k in r if k not in cols]
    table = pa.table({c: [_scalar(r.get(c)) for r in rows] for c in cols})
    buf = io.BytesIO()
    pq.write_table(table, buf)
    return buf.getvalue()


def write_table_or_json(
    path: str | os.PathLike[str],
    payload: Any,
    rows: Sequence[Mapping[str, Any]],
    *,
    force: bool = False,
    inputs: Iterable[str | os.PathLike[str]] = (),
) -> str:
    """Write ``payload`` as JSON or ``rows`` as a CSV/Parquet table, by suffix; returns the
    format written."""
    fmt = output_format(path)
    if fmt == "json":
        data: str | bytes = (
            json.dumps(payload, ensure_ascii=False, indent=2, default=_scalar) + "\n"
        )
    elif fmt == "csv":
        data = _csv(rows)
    else:
        data = _parquet(rows)
    write_file(path, data, inputs=inputs, force=force)
    return fmt


def forecast_rows(forecasts: Iterable[Any]) -> list[dict[str, Any]]:
    """One row per issue and model: the decision, the model's bargaining point if any, and
    the provenance that makes the row reproducible."""
    rows = []
    for f in forecasts:
        for i in f.issues:
            bp = i.details.get("bargaining_point")
            rows.append(
                {
                    "scenario": f.scenario,
                    "model": f.model,
                    "issue": i.issue,
                    "status_quo": i.status_quo,
                    "proposal": i.proposal,
                    "outcome": i.outcome,
                    "adopted": i.adopted,
                    "blockers": ",".join(i.blockers),
                    "bargaining_point": bp if isinstance(bp, (int, float)) else None,
                    "seed": f.provenance.seed,
                    "input_hash": f.provenance.input_hash,
                    "concilium_version": f.provenance.concilium_version,
                }
            )
    return rows
