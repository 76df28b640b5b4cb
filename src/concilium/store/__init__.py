"""The run store: every forecast, simulation and power run, kept in an embedded SQLite database.

One file (default ``$XDG_DATA_HOME/concilium/runs.sqlite``, else
``~/.local/share/concilium/runs.sqlite``; ``CONCILIUM_STORE`` or ``--store PATH`` moves it)
holds, per run: the input's content and hash (a scenario's canonical JSON, or the description
of a body for a power run), the model and its parameters, the seed, concilium's version,
when it started and finished, and the results as JSON.

Guarantees, and how they are kept:

* **No partial run.**  A run's input row and run row are written in one transaction
  (``BEGIN IMMEDIATE`` ... ``COMMIT``), after the computation is done; a process killed at any
  point leaves either the whole run or nothing (SQLite's write-ahead log, ``journal_mode=WAL``,
  rolls back an unfinished transaction when the database is next opened).
* **Concurrent writers lose nothing.**  Each writer waits for the write lock
  (``busy_timeout``) instead of failing; WAL lets readers go on meanwhile.
* **Versioned schema.**  ``PRAGMA user_version`` is the schema version; :data:`MIGRATIONS`
  bring an older file up to date in one transaction, and a file made by a newer concilium is
  refused with a clear message instead of being damaged.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import sqlite3
import uuid
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Self

from concilium._version import __version__
from concilium.errors import InputError

__all__ = [
    "ENV_VAR",
    "MIGRATIONS",
    "SCHEMA_VERSION",
    "Run",
    "RunRecord",
    "RunStore",
    "default_store_path",
    "now_utc",
]

ENV_VAR = "CONCILIUM_STORE"
BUSY_TIMEOUT_MS = 30_000

# Each entry brings the schema from version k to k + 1 (index k).  Never edit a released
# entry: add a new one.
MIGRATIONS: tuple[str, ...] = (
    # 0 -> 1: inputs (content-addressed) and runs.
    """
    CREATE TABLE inputs (
        hash        TEXT PRIMARY KEY,          -- 'sha256:...' of content
        kind        TEXT NOT NULL,             -- 'scenario' or 'body'
        label       TEXT,                      -- scenario id, or body name
        title       TEXT,
        content     TEXT NOT NULL,             -- canonical JSON
        first_seen  TEXT NOT NULL
    );
    CREATE TABLE runs (
        id                INTEGER PRIMARY KEY AUTOINCREMENT,
        uid               TEXT NOT NULL UNIQUE,
        kind              TEXT NOT NULL CHECK (kind IN ('forecast', 'simulate', 'power')),
        input_hash        TEXT NOT NULL REFERENCES inputs(hash),
        label             TEXT,
        source            TEXT,                -- the file or name the user gave
        model             TEXT NOT NULL,
        params            TEXT NOT NULL,       -- JSON object
        seed              INTEGER,
        concilium_version TEXT NOT NULL,
        started_at        TEXT NOT NULL,
        finished_at       TEXT NOT NULL,
        summary           TEXT,
        results           TEXT NOT NULL        -- JSON
    );
    CREATE INDEX runs_by_input ON runs(input_hash, id);
    CREATE INDEX runs_by_label ON runs(label, id);
    """,
)
SCHEMA_VERSION = len(MIGRATIONS)


def now_utc() -> str:
    """The current time as ISO 8601 UTC with microseconds (what the store records)."""
    return dt.datetime.now(dt.UTC).isoformat(timespec="microseconds")


def default_store_path() -> Path:
    """``$CONCILIUM_STORE``, else ``$XDG_DATA_HOME/concilium/runs.sqlite``, else
    ``~/.local/share/concilium/runs.sqlite``."""
    env = os.environ.get(ENV_VAR)
    if env:
        return Path(env).expanduser()
    base = os.environ.get("XDG_DATA_HOME")
    root = Path(base) if base and Path(base).is_absolute() else Path.home() / ".local" / "share"
    return root / "concilium" / "runs.sqlite"


def content_hash(content: str) -> str:
    return "sha256:" + hashlib.sha256(content.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class RunRecord:
    """A run to record: what went in, how it was run, what came out."""

    kind: str
    input_content: str  # canonical JSON of the input
    model: str
    results: dict[str, Any]
    input_kind: str = "scenario"
    label: str | None = None
    title: str | None = None
    source: str | None = None
    params: dict[str, Any] = field(default_factory=dict)
    seed: int | None = None
    started_at: str | None = None
    summary: str | None = None
    input_hash: str | None = None  # computed from input_content when not given


@dataclass(frozen=True)
class Run:
    """A stored run."""

    id: int
    uid: str
    kind: str
    input_hash: str
    label: str | None
    source: str | None
    model: str
    params: dict[str, Any]
    seed: int | None
    concilium_version: str
    started_at: str
    finished_at: str
    summary: str | None
    title: str | None = None
    results: dict[str, Any] | None = None  # None when listed without results
    input_content: str | None = None

    def input_data(self) -> Any:
        return json.loads(self.input_content) if self.input_content else None

    def to_dict(self) -> dict[str, Any]:
        out = {
            "schema": "concilium.run/1",
            "id": self.id,
            "uid": self.uid,
            "kind": self.kind,
            "label": self.label,
            "title": self.title,
            "source": self.source,
            "model": self.model,
            "params": self.params,
            "seed": self.seed,
            "input_hash": self.input_hash,
            "concilium_version": self.concilium_version,
            "started_at": self.started_at,
            "finished_at": self.finished_at,
            "summary": self.summary,
        }
        if self.results is not None:
            out["results"] = self.results
        if self.input_content is not None:
            out["input"] = self.input_data()
        return out


_LIST_COLS = (
    "r.id, r.uid, r.kind, r.input_hash, r.label, r.source, r.model, r.params, r.seed, "
    "r.concilium_version, r.started_at, r.finished_at, r.summary, i.title"
)


class RunStore:
    """A run store in one SQLite file.  Open it with ``RunStore(path)`` (created on first use)
    or ``RunStore.default()``; use it as a context manager or call :meth:`close`."""

    def __init__(self, path: str | os.PathLike[str], *, timeout_ms: int = BUSY_TIMEOUT_MS):
        self.path = Path(path)
        if self.path.is_dir():
            raise InputError(
                f"run store {self.path} is a folder",
                field="store",
                hint="give a file name such as runs.sqlite",
            )
        if not self.path.parent.exists():
            self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self._db = sqlite3.connect(
                self.path, timeout=timeout_ms / 1000, isolation_level=None, check_same_thread=False
            )
            self._db.execute(f"PRAGMA busy_timeout = {int(timeout_ms)}")
            self._db.execute("PRAGMA journal_mode = WAL")
            self._db.execute("PRAGMA synchronous = NORMAL")
            self._db.execute("PRAGMA foreign_keys = ON")
            self._migrate()
        except sqlite3.DatabaseError as exc:
            raise InputError(
                f"run store {self.path} cannot be opened: {exc}",
                field="store",
                hint="move the file aside, or choose another with --store",
            ) from None

    @classmethod
    def default(cls) -> RunStore:
        return cls(default_store_path())

    # ------------------------------------------------------------------ plumbing
    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One write transaction: all of it is committed, or none of it."""
        self._db.execute("BEGIN IMMEDIATE")
        try:
            yield self._db
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")

    @property
    def schema_version(self) -> int:
        return int(self._db.execute("PRAGMA user_version").fetchone()[0])

    def _migrate(self) -> None:
        version = self.schema_version
        if version > SCHEMA_VERSION:
            raise InputError(
                f"run store {self.path} has schema version {version}, newer than this "
                f"concilium understands ({SCHEMA_VERSION})",
                field="store",
                hint="upgrade concilium, or use another store with --store",
            )
        if version == SCHEMA_VERSION:
            return
        with self._write() as db:
            # Re-read inside the lock: another process may have migrated meanwhile.
            version = int(db.execute("PRAGMA user_version").fetchone()[0])
            for k in range(version, SCHEMA_VERSION):
                for statement in _statements(MIGRATIONS[k]):
                    db.execute(statement)
                db.execute(f"PRAGMA user_version = {k + 1}")

    # ------------------------------------------------------------------ writing
    def record(self, record: RunRecord) -> int:
        """Store one run; returns its id."""
        return self.record_many([record])[0]

    def record_many(self, records: Sequence[RunRecord]) -> list[int]:
        """Store several runs in one transaction (all or none); returns their ids."""
        finished = now_utc()
        ids: list[int] = []
        with self._write() as db:
            for rec in records:
                h = rec.input_hash or content_hash(rec.input_content)
                db.execute(
                    "INSERT OR IGNORE INTO inputs (hash, kind, label, title, content, first_seen) "
                    "VALUES (?, ?, ?, ?, ?, ?)",
                    (h, rec.input_kind, rec.label, rec.title, rec.input_content, finished),
                )
                cur = db.execute(
                    "INSERT INTO runs (uid, kind, input_hash, label, source, model, params, seed, "
                    "concilium_version, started_at, finished_at, summary, results) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        uuid.uuid4().hex,
                        rec.kind,
                        h,
                        rec.label,
                        rec.source,
                        rec.model,
                        _dumps(rec.params),
                        rec.seed,
                        __version__,
                        rec.started_at or finished,
                        finished,
                        rec.summary,
                        _dumps(rec.results),
                    ),
                )
                ids.append(int(cur.lastrowid or 0))
        return ids

    def remove(self, ids: Iterable[int]) -> int:
        """Delete runs (and inputs no run refers to any more); returns how many runs went."""
        wanted = [int(i) for i in ids]
        with self._write() as db:
            n = 0
            for i in wanted:
                n += db.execute("DELETE FROM runs WHERE id = ?", (i,)).rowcount
            db.execute("DELETE FROM inputs WHERE hash NOT IN (SELECT input_hash FROM runs)")
        return n

    # ------------------------------------------------------------------ reading
    def list(
        self,
        *,
        label: str | None = None,
        kind: str | None = None,
        input_hash: str | None = None,
        limit: int | None = None,
    ) -> list[Run]:
        """Runs, newest first, without their results."""
        where, args = [], []
        if label:
            where.append("(r.label = ? OR r.source = ?)")
            args += [label, label]
        if kind:
            where.append("r.kind = ?")
            args.append(kind)
        if input_hash:
            where.append("r.input_hash = ?")
            args.append(input_hash)
        sql = f"SELECT {_LIST_COLS} FROM runs r JOIN inputs i ON i.hash = r.input_hash"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY r.id DESC"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        return [_run(row) for row in self._db.execute(sql, args)]

    def count(self) -> int:
        return int(self._db.execute("SELECT COUNT(*) FROM runs").fetchone()[0])

    def get(self, ref: int | str) -> Run:
        """A run with its results and input, by id (``12``) or a uid prefix (``3fa9``)."""
        sql = (
            f"SELECT {_LIST_COLS}, r.results, i.content FROM runs r "
            "JOIN inputs i ON i.hash = r.input_hash WHERE "
        )
        text = str(ref).strip()
        rows = []
        if text.isdigit():
            rows = self._db.execute(sql + "r.id = ?", (int(text),)).fetchall()
        if not rows and len(text) >= 4 and all(c in "0123456789abcdef" for c in text.lower()):
            rows = self._db.execute(sql + "r.uid LIKE ?", (text.lower() + "%",)).fetchall()
        if not rows:
            raise InputError(
                f"no run {text!r} in the store {self.path}",
                hint="`concilium runs list` shows the runs and their ids",
            )
        if len(rows) > 1:
            raise InputError(f"{text!r} matches {len(rows)} runs", hint="give more of the uid")
        row = rows[0]
        run = _run(row[:-2])
        return Run(**{**run.__dict__, "results": json.loads(row[-2]), "input_content": row[-1]})

    def integrity_check(self) -> str:
        return str(self._db.execute("PRAGMA integrity_check").fetchone()[0])


def _statements(script: str) -> list[str]:
    lines = [ln.split("--", 1)[0] for ln in script.splitlines()]
    return [s.strip() for s in "\n".join(lines).split(";") if s.strip()]


def _dumps(data: Any) -> str:
    return json.dumps(
        data, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=_json_default
    )


def _json_default(x: Any) -> Any:
    if hasattr(x, "item"):
        return x.item()
    if hasattr(x, "isoformat"):
        return x.isoformat()
    if isinstance(x, (set, frozenset, tuple)):
        return list(x)
    return str(x)


def _run(row: Sequence[Any]) -> Run:
    (
        id_,
        uid,
        kind,
        input_hash,
        label,
        source,
        model,
        params,
        seed,
        version,
        started,
        finished,
        summary,
        title,
    ) = row
    return Run(
        id=int(id_),
        uid=uid,
        kind=kind,
        input_hash=input_hash,
        label=label,
        source=source,
        model=model,
        params=json.loads(params),
        seed=seed,
        concilium_version=version,
        started_at=started,
        finished_at=finished,
        summary=summary,
        title=title,
    )
