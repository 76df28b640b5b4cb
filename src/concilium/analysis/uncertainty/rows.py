"""Writing draw rows to CSV or Parquet in chunks, atomically.

:class:`RowWriter` receives the tidy rows batch by batch (as :func:`.simulate.simulate`'s
``sink``) and writes them to a temporary file next to the target, which replaces the target
only when the run ends; a failed run leaves no half-written file.  Memory stays constant
whatever the number of draws.  Parquet needs pyarrow (``pip install 'concilium[parquet]'``).
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Self

from concilium.errors import InputError

__all__ = ["RowWriter"]

FORMATS = {".csv": "csv", ".parquet": "parquet", ".pq": "parquet"}


class RowWriter:
    """Context manager: ``with RowWriter(path, inputs=[scenario_file]) as w: w(frame)``."""

    def __init__(self, path: str | Path, *, inputs: Sequence[str | Path] = ()):
        self.path = Path(path)
        for src in inputs:
            try:
                if Path(src).resolve() == self.path.resolve():
                    raise InputError(
                        f"{self.path} is an input of this run; refusing to overwrite it",
                        hint="choose another file name",
                    )
            except OSError:
                pass
        self.format = FORMATS.get(self.path.suffix.lower())
        if self.format is None:
            raise InputError(
                f"cannot write rows to {self.path}: unknown file type",
                hint="name it .csv or .parquet",
            )
        if self.path.exists() and not self.path.is_file():
            raise InputError(f"{self.path} is not a regular file", hint="choose a file name")
        if self.format == "parquet":
            try:
                import pyarrow  # noqa: F401
            except ImportError:
                raise InputError(
                    "writing Parquet needs pyarrow",
                    hint="pip install 'concilium[parquet]', or write .csv",
                ) from None
        self.rows = 0
        self._tmp: str | None = None
        self._writer: Any = None
        self._fh: Any = None

    def __enter__(self) -> Self:
        parent = self.path.parent if str(self.path.parent) else Path(".")
        fd, self._tmp = tempfile.mkstemp(prefix=f".{self.path.name}.", suffix=".part", dir=parent)
        os.close(fd)
        return self

    def __call__(self, frame) -> None:
        assert self._tmp is not None, "use RowWriter as a context manager"
        if self.format == "csv":
            if self._fh is None:
                self._fh = open(self._tmp, "w", encoding="utf-8", newline="")  # noqa: SIM115
                frame.to_csv(self._fh, index=False)
            else:
                frame.to_csv(self._fh, index=False, header=False)
        else:
            import pyarrow as pa
            import pyarrow.parquet as pq

            table = pa.Table.from_pandas(frame, preserve_index=False)
            if self._writer is None:
                self._writer = pq.ParquetWriter(self._tmp, table.schema)
            self._writer.write_table(table.cast(self._writer.schema))
        self.rows += len(frame)

    def __exit__(self, exc_type, exc, tb) -> None:
        if self._fh is not None:
            self._fh.close()
        if self._writer is not None:
            self._writer.close()
        if exc_type is not None and not issubclass(exc_type, KeyboardInterrupt):
            if self._tmp and os.path.exists(self._tmp):
                os.unlink(self._tmp)
            return
        if self._tmp is not None:
            os.chmod(self._tmp, 0o644)
            os.replace(self._tmp, self.path)
