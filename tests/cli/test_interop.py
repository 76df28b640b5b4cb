"""``concilium import ktab`` and KTAB files in ``concilium forecast`` (with ``--trace-csv``),
run in process through the console-script entry point (errors -> exit status 2)."""

from __future__ import annotations

import csv
import io
import json

import pytest


@pytest.fixture(autouse=True)
def _forget_written_files():
    """Commands run in process record the files they write (for Ctrl-C messages); forget
    this module's, so that later in-process commands start clean."""
    from concilium.io import limits

    before = len(limits._WRITTEN)
    yield
    del limits._WRITTEN[before:]


@pytest.fixture
def cli(run_cli):
    return run_cli


# the hand-derived case of tests/models/test_smp.py as a KTAB CSV: A and B at 0, C at 100,
# capabilities 1, saliences 50; KTAB's SMP moves everyone to 64 in turn 1 and stops after 2
THREE = (
    "Three,Hand-derived case,3,1,\n"
    "Actor,Description,Power,X Position,X Salience,\n"
    "A,Alpha,1,0,50,\nB,Beta,1,0,50,\nC,Gamma,1,100,50,\n"
)


@pytest.fixture
def three(tmp_path):
    p = tmp_path / "three.csv"
    p.write_text(THREE, encoding="utf-8")
    return p


def test_import_ktab_writes_a_valid_scenario(three, tmp_path, cli):
    from concilium.io import load_scenario

    out = tmp_path / "three.yaml"
    r = cli("import", "ktab", three, "-o", out)
    assert r.code == 0, r.err
    sc = load_scenario(out)
    assert [a.name for a in sc.actors] == ["Alpha", "Beta", "Gamma"]
    assert sc.actors[2].stances["X Position"].position.value == 100
    # the output exists now: refused without --force, and never over the input
    assert cli("import", "ktab", three, "-o", out).code == 2
    assert cli("import", "ktab", three, "-o", out, "--force").code == 0
    r = cli("import", "ktab", three, "-o", three.with_suffix(".csv"))
    assert r.code == 2


def test_import_ktab_to_stdout(three, cli):
    r = cli("import", "ktab", three)
    assert r.code == 0, r.err
    assert "id: A" in r.out and "X Position" in r.out


def test_import_ktab_bad_file_is_one_clear_error(tmp_path, cli):
    p = tmp_path / "bad.csv"
    p.write_text(THREE.replace("C,Gamma,1,100,50", "C,Gamma,1,150,50"), encoding="utf-8")
    r = cli("import", "ktab", p)
    assert r.code == 2
    assert "bad.csv, line 5" in r.err and "outside 0..100" in r.err
    assert "Traceback" not in r.err + r.out


def test_forecast_reads_ktab_files_and_writes_the_trace(three, tmp_path, cli):
    trace = tmp_path / "trace.csv"
    r = cli("forecast", three, "--model", "smp", "--format", "json", "--trace-csv", trace)
    assert r.code == 0, r.err
    f = json.loads(r.out)
    assert f["model"] == "smp" and f["issues"][0]["outcome"] == pytest.approx(64.0)
    rows = list(csv.DictReader(io.StringIO(trace.read_text(encoding="utf-8"))))
    assert list(rows[0]) == ["turn", "actor", "dimension", "position"]
    # 3 states (turns 0, 1, 2) x 3 actors x 1 dimension, positions on 0..100
    assert len(rows) == 9
    got = {(int(x["turn"]), x["actor"]): float(x["position"]) for x in rows}
    assert got[(0, "C")] == 100 and got[(1, "A")] == pytest.approx(64)
    assert got[(2, "C")] == pytest.approx(64)
    assert {x["dimension"] for x in rows} == {"X Position"}


def test_trace_csv_needs_an_iterative_model(three, tmp_path, cli):
    r = cli("forecast", three, "--model", "mean", "--trace-csv", tmp_path / "t.csv")
    assert r.code == 2 and "no per-turn trace" in r.err


def test_trace_csv_of_the_expected_utility_model(tmp_path, cli):
    from pathlib import Path

    flagship = Path(__file__).resolve().parents[2] / "examples" / "nato-tokyo-office.yaml"
    out = tmp_path / "eu.csv"
    r = cli("forecast", flagship, "--model", "expected_utility", "--trace-csv", out)
    assert r.code == 0, r.err
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert rows and all(0 <= float(x["position"]) <= 100 for x in rows)
    assert {int(x["turn"]) for x in rows} >= {0, 1}
