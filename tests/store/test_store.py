"""The run store: round trip, schema versions, no partial run after SIGKILL, concurrent writers."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from concilium.errors import InputError
from concilium.models import run_model
from concilium.store import SCHEMA_VERSION, RunRecord, RunStore, default_store_path
from concilium.store.records import diff_runs, forecast_record

SRC = Path(__file__).resolve().parents[2] / "src"


def _record(i: int, content: str = '{"x":1}') -> RunRecord:
    return RunRecord(
        kind="forecast",
        input_content=content,
        model="mean",
        label="s",
        params={"k": i},
        seed=i,
        results={"issues": [{"issue": "a", "outcome": i}]},
    )


def test_round_trip_and_remove(tmp_path):
    with RunStore(tmp_path / "r.sqlite") as st:
        assert st.schema_version == SCHEMA_VERSION
        ids = st.record_many([_record(1), _record(2, '{"x":2}')])
        assert ids == [1, 2]
        runs = st.list()
        assert [r.id for r in runs] == [2, 1]  # newest first
        got = st.get(1)
        assert got.params == {"k": 1} and got.seed == 1
        assert got.results == {"issues": [{"issue": "a", "outcome": 1}]}
        assert got.input_data() == {"x": 1}
        assert st.get(got.uid[:8]).id == 1
        # a uid prefix of digits only is still found (after trying it as an id)
        st._db.execute("UPDATE runs SET uid = '12345678abcdef' WHERE id = 2")
        assert st.get("12345678").id == 2
        assert st.remove([1]) == 1
        assert [r.id for r in st.list()] == [2]
        # the input only run 1 used went with it
        assert st._db.execute("SELECT COUNT(*) FROM inputs").fetchone()[0] == 1
        with pytest.raises(InputError, match="no run"):
            st.get(1)


def test_default_path_follows_env_and_xdg(monkeypatch, tmp_path):
    monkeypatch.setenv("CONCILIUM_STORE", str(tmp_path / "a.sqlite"))
    assert default_store_path() == tmp_path / "a.sqlite"
    monkeypatch.delenv("CONCILIUM_STORE")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert default_store_path() == tmp_path / "xdg" / "concilium" / "runs.sqlite"
    monkeypatch.delenv("XDG_DATA_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert default_store_path() == tmp_path / "home" / ".local/share/concilium/runs.sqlite"


def test_newer_schema_is_refused_and_left_alone(tmp_path):
    path = tmp_path / "r.sqlite"
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    db.close()
    with pytest.raises(InputError, match="newer than this concilium"):
        RunStore(path)
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION + 1
    db.close()


def test_not_a_database_is_a_clear_error(tmp_path):
    path = tmp_path / "r.sqlite"
    path.write_text("hello, I am not SQLite" * 100)
    with pytest.raises(InputError, match="cannot be opened"):
        RunStore(path)


def test_wal_mode(tmp_path):
    with RunStore(tmp_path / "r.sqlite") as st:
        assert st._db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_diff_of_two_forecasts(flagship, tmp_path):
    """France moved from 0 to 60: every member is then at least as close to the proposal 100
    as to the status quo 0 (Germany at 50 is indifferent and abstains, which does not block
    under NATO consensus), so the office passes: adopted False -> True, blockers [FRA] -> []."""
    from concilium.io.scenarios import parse_scenario

    data = json.loads(flagship.canonical_json())
    for a in data["actors"]:
        if a["id"] == "FRA":
            a["stances"]["tokyo-office"]["position"] = 60
    moved = parse_scenario(json.dumps(data), json_syntax=True)
    f1, f2 = run_model(flagship, "procedural"), run_model(moved, "procedural")
    with RunStore(tmp_path / "r.sqlite") as st:
        a, b = st.record_many([forecast_record(f1, flagship), forecast_record(f2, moved)])
        d = diff_runs(st.get(a), st.get(b))
    assert not d.same_input
    inputs = {c.path: (c.before, c.after) for c in d.section("input")}
    pos = [k for k in inputs if k.startswith("actors.FRA.stances.tokyo-office.position")]
    assert pos and inputs[pos[0]][1] == 60
    results = {c.path: (c.before, c.after) for c in d.section("results")}
    assert results["issues.tokyo-office.adopted"] == (False, True)
    assert results["issues.tokyo-office.blockers"] == (["FRA"], [])
    assert results["issues.tokyo-office.outcome"] == (0.0, 100.0)
    assert not d.section("run")  # same model, parameters, seed and version


# ---------------------------------------------------------------------------- processes

_CHILD = textwrap.dedent("""
    import sys, time
    sys.path.insert(0, {src!r})
    from concilium.store import RunStore, RunRecord

    class Slow:
        # Serialised inside the write transaction, after the input row went in.
        def __str__(self):
            open({flag!r}, "w").close()
            time.sleep(60)
            return "never"

    st = RunStore({db!r})
    for i in range(3):
        st.record(RunRecord(kind="forecast", input_content='{{"ok":%d}}' % i, model="m",
                            results={{"i": i}}))
    st.record(RunRecord(kind="forecast", input_content='{{"killed":1}}', model="m",
                        results={{"slow": Slow()}}))
""")


def test_sigkill_mid_write_leaves_no_partial_run(tmp_path):
    db, flag = tmp_path / "r.sqlite", tmp_path / "inside-transaction"
    code = _CHILD.format(src=str(SRC), db=str(db), flag=str(flag))
    proc = subprocess.Popen([sys.executable, "-c", code])
    try:
        deadline = time.monotonic() + 60
        while not flag.exists():
            assert proc.poll() is None, "writer exited early"
            assert time.monotonic() < deadline, "writer never reached the transaction"
            time.sleep(0.02)
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    with RunStore(db) as st:
        assert st.integrity_check() == "ok"
        assert st.count() == 3
        contents = [r[0] for r in st._db.execute("SELECT content FROM inputs")]
        assert sorted(contents) == ['{"ok":0}', '{"ok":1}', '{"ok":2}']  # no half-written run
        # the store still takes writes
        st.record(_record(9))
        assert st.count() == 4


_WRITER = textwrap.dedent("""
    import sys
    sys.path.insert(0, {src!r})
    from concilium.store import RunStore, RunRecord

    st = RunStore({db!r})
    for i in range({n}):
        st.record(RunRecord(kind="forecast", input_content='{{"w":"{tag}","i":%d}}' % i,
                            model="m", label={tag!r}, results={{"i": i}}))
""")


def test_two_processes_writing_at_once_lose_nothing(tmp_path):
    db, n = tmp_path / "r.sqlite", 40
    RunStore(db).close()  # schema in place; the writers then race on the runs only
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", _WRITER.format(src=str(SRC), db=str(db), n=n, tag=tag)]
        )
        for tag in ("a", "b")
    ]
    for p in procs:
        assert p.wait(timeout=120) == 0
    with RunStore(db) as st:
        assert st.integrity_check() == "ok"
        runs = st.list()
        assert len(runs) == 2 * n
        assert {r.label for r in runs} == {"a", "b"}
        assert len({r.uid for r in runs}) == 2 * n
        assert sorted(r.id for r in runs) == list(range(1, 2 * n + 1))
