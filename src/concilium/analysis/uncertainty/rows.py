"""Writing draw rows to CSV or Parquet in chunks, atomically.

:class:`RowWriter` receives the tidy rows batch by batch (as :func:`.simulate.simulate`'s
``sink``) and writes them through :func:`concilium.io.output.open_output`: to a temporary file
next to the target that replaces it only when the run ends (a failed run leaves the target as
it was; an interrupted run keeps the rows of the draws that finished), never over an input
of the run, over an existing file only with ``force``; ``-`` is standard output.  Memory
stays constant whatever the number of draws.  Parquet needs pyarrow
(``pip install 'concilium[parquet]'``).
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Self

from concilium.errors import InputError
from concilium.io.output import check_output, is_stdout, open_output

__all__ = ["RowWriter"]

FORMATS = {".csv": "csv", ".parquet": "parquet", ".pq": "parquet"}


class RowWriter:
    """Context manager: ``with RowWriter(path, inputs=[scenario_file]) as w: w(frame)``."""

    def __init__(self, path: str | Path, *, inputs: Sequence[str | Path] = (), force: bool = False):
        self.path = path
        self.inputs = tuple(inputs)
        self.force = force
        check_output(path, inputs=self.inputs, force=force)
        suffix = "" if is_stdout(path) else Path(path).suffix.lower()
        self.format = "csv" if is_stdout(path) else FORMATS.get(suffix)
        if self.format is None:
            raise InputError(
                f"cannot write rows to {path}: unknown file type", hint="name it .csv or .parquet"
            )
        if self.format == "parquet":
            try:
                import pyarrow  # noqa: F401
            except ImportError:
                raise InputError(
                    "writing Parquet needs pyarrow",
                    hint="pip install 'concilium[parquet]', or write .csv",
                ) from None
        self.rows = 0
        self._cm: Any = None
        self._fh: Any = None
        self._text: Any = None
        self._writer: Any = None

    def __enter__(self) -> Self:
        self._cm = open_output(self.path, inputs=self.inputs, force=self.force)
        self._fh = self._cm.__enter__()
        return self

    def __call__(self, frame) -> None:
        assert self._fh is not None, "use RowWriter as a context manager"
        if self.format == "csv":
            if self._text is None:
                self._text = io.TextIOWrapper(self._fh, encoding="utf-8", newline="")
                frame.to_csv(self._text, index=False)
            else:
                frame.to_csv(self._text, index=False, header=False)
        else:
            import pyarrow as pa
            import pyarrow.parquet as pq

            table = pa.Table.from_pandas(frame, preserve_index=False)
            if self._writer is None:
                self._writer = pq.ParquetWriter(self._fh, table.schema)
            self._writer.write_table(table.cast(self._writer.schema))
        self.rows += len(frame)

    def __exit__(self, exc_type, exc, tb) -> bool:
        try:
            if self._text is not None:
                self._text.flush()
                self._text.detach()  # the handle belongs to open_output
            if self._writer is not None:
                self._writer.close()
        finally:
            self._cm.__exit__(exc_type, exc, tb)
        return False
