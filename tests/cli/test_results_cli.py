"""forecast/power/evaluate -o and --plot, the run store from the CLI, and `concilium runs`."""

from __future__ import annotations

import csv
import json
import os
import stat

import pytest

from concilium.models import MODELS


@pytest.fixture
def store(tmp_path, monkeypatch):
    path = tmp_path / "runs.sqlite"
    monkeypatch.setenv("CONCILIUM_STORE", str(path))
    return path


def test_forecast_is_stored_unless_no_store(cli_main, flagship_path, store):
    from concilium.store import RunStore

    r = cli_main("forecast", flagship_path)
    assert r.exit_code == 0, r.stderr
    assert "stored as run 1" in r.stderr
    r = cli_main("forecast", flagship_path, "--no-store")
    assert r.exit_code == 0
    with RunStore(store) as st:
        runs = st.list()
        assert len(runs) == 1
        run = st.get(runs[0].id)
    assert run.kind == "forecast" and run.model == "procedural"
    assert run.label == "nato-tokyo-office-2023"
    assert run.results["issues"][0]["blockers"] == ["FRA"]
    assert run.input_hash == run.results["provenance"]["input_hash"]


def test_store_option_moves_the_store(cli_main, flagship_path, tmp_path, store):
    other = tmp_path / "elsewhere" / "x.sqlite"
    r = cli_main("forecast", flagship_path, "--model", "all", "--store", other)
    assert r.exit_code == 0, r.stderr
    assert not store.exists()
    r = cli_main("runs", "list", "--store", other, "--format", "json")
    runs = json.loads(r.stdout)
    assert len(runs) == len(MODELS)  # one run per model
    assert {x["model"] for x in runs} >= {"procedural", "expected_utility"}


def test_runs_show_diff_export_rm(cli_main, flagship_path, tmp_path, store):
    text = flagship_path.read_text(encoding="utf-8")
    # France moves from 0 to 60 (the first 'value: 0' under FRA's position).
    head, _, tail = text.partition("  - id: FRA")
    tail = tail.replace(
        "        position:\n          value: 0\n", "        position:\n          value: 60\n", 1
    )
    moved = tmp_path / "moved.yaml"
    moved.write_text(head + "  - id: FRA" + tail, encoding="utf-8")
    assert cli_main("forecast", flagship_path).exit_code == 0
    assert cli_main("forecast", moved).exit_code == 0
    r = cli_main("runs", "show", "1")
    assert r.exit_code == 0 and "NOT ADOPTED" in r.stdout and "France blocks" in r.stdout
    r = cli_main("runs", "diff", "1", "2", "--format", "json")
    assert r.exit_code == 0, r.stderr
    d = json.loads(r.stdout)
    changed = {c["path"]: c for c in d["changes"]}
    assert changed["issues.tokyo-office.adopted"]["after"] is True
    assert any(p.startswith("actors.FRA.stances.tokyo-office.position") for p in changed)
    r = cli_main("runs", "diff", "1", "2")
    assert "Inputs" in r.stdout and "Results" in r.stdout
    out = tmp_path / "runs.csv"
    assert cli_main("runs", "export", "-o", out).exit_code == 0
    rows = list(csv.DictReader(out.read_text(encoding="utf-8").splitlines()))
    assert [(row["run"], row["adopted"]) for row in rows] == [("2", "True"), ("1", "False")]
    assert cli_main("runs", "export", "1", "-o", tmp_path / "one.json").exit_code == 0
    one = json.loads((tmp_path / "one.json").read_text(encoding="utf-8"))
    assert one["runs"][0]["input"]["id"] == "nato-tokyo-office-2023"
    assert cli_main("runs", "rm", "1").exit_code == 0
    r = cli_main("runs", "show", "1")
    assert r.exit_code == 2 and "no run" in r.stderr


def test_forecast_outputs_by_suffix(cli_main, flagship_path, tmp_path):
    j, c, p = tmp_path / "f.json", tmp_path / "f.csv", tmp_path / "f.parquet"
    for path in (j, c, p):
        r = cli_main("forecast", flagship_path, "--model", "all", "-o", path, "--no-store")
        assert r.exit_code == 0, r.stderr
    assert json.loads(j.read_text())["schema"] == "concilium.comparison/1"
    rows = list(csv.DictReader(c.read_text(encoding="utf-8").splitlines()))
    assert len(rows) == len(MODELS)  # tidy: one row per issue x model (1 issue)
    assert {r["model"] for r in rows} >= {"procedural", "nash"}
    assert all(r["adopted"] == "False" for r in rows)  # France's veto binds every model
    assert {r["model"]: r["blockers"] for r in rows}["procedural"] == "FRA"
    pq = pytest.importorskip("pyarrow.parquet")
    table = pq.read_table(p)
    assert table.num_rows == len(MODELS) and "outcome" in table.column_names


def test_output_refuses_overwrite_and_keeps_umask(cli_main, flagship_path, tmp_path):
    out = tmp_path / "f.json"
    old = os.umask(0o022)
    try:
        assert cli_main("forecast", flagship_path, "-o", out, "--no-store").exit_code == 0
    finally:
        os.umask(old)
    assert stat.S_IMODE(out.stat().st_mode) == 0o644  # 0666 & ~022, not mkstemp's 0600
    r = cli_main("forecast", flagship_path, "-o", out, "--no-store")
    assert r.exit_code == 2 and "--force" in r.stderr
    assert cli_main("forecast", flagship_path, "-o", out, "--force", "--no-store").exit_code == 0
    r = cli_main("forecast", flagship_path, "-o", tmp_path / "f.txt", "--no-store")
    assert r.exit_code == 2 and ".csv" in r.stderr


def test_output_never_overwrites_the_input(cli_main, tmp_path, flagship_path):
    copy = tmp_path / "s.json"
    copy.write_text(flagship_path.read_text(encoding="utf-8"), encoding="utf-8")
    before = copy.read_bytes()
    r = cli_main("forecast", copy, "-o", copy, "--force", "--no-store")
    assert r.exit_code == 2
    assert copy.read_bytes() == before


def test_forecast_plot(cli_main, flagship_path, tmp_path):
    out = tmp_path / "f.svg"
    r = cli_main("forecast", flagship_path, "--plot", out, "--no-store")
    assert r.exit_code == 0, r.stderr
    assert out.read_text(encoding="utf-8").lstrip().startswith("<?xml")
    r = cli_main("forecast", flagship_path, "--plot", tmp_path / "f.gif", "--no-store")
    assert r.exit_code == 2


def test_power_output_and_store(cli_main, tmp_path, store):
    out = tmp_path / "p.csv"
    r = cli_main("power", "unsc", "--date", "2023-06-01", "-o", out)
    assert r.exit_code == 0, r.stderr
    rows = list(csv.DictReader(out.read_text(encoding="utf-8").splitlines()))
    assert len(rows) == 15  # one row per member of the Security Council
    r = cli_main("runs", "list", "--kind", "power", "--format", "json")
    runs = json.loads(r.stdout)
    assert len(runs) == 1 and runs[0]["label"] == "unsc"


def test_hostile_markup_in_stored_names_is_printed_as_text(cli_main, tmp_path, store):
    from concilium.store import RunRecord, RunStore

    with RunStore(store) as st:
        st.record(
            RunRecord(
                kind="forecast",
                input_content="{}",
                model="m",
                label="[bold red]x[/]",
                summary="[link=http://e]y[/link]",
                results={"issues": [{"issue": "[blink]i", "explanation": ["[b]z"]}]},
            )
        )
    r = cli_main("runs", "list")
    assert "[bold red]x[/]" in r.stdout and "[link=http://e]y[/link]" in r.stdout
    r = cli_main("runs", "show", "1")
    assert "[blink]i" in r.stdout and "[b]z" in r.stdout


def test_output_to_stdout_is_refused_for_commands_that_print_tables(cli_main, flagship_path):
    r = cli_main("forecast", flagship_path, "-o", "-", "--no-store")
    assert r.exit_code == 2 and "--format json" in r.stderr
