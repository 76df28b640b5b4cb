"""The uncertainty commands, in process."""

from __future__ import annotations

import json

import pandas as pd
from typer.testing import CliRunner

from concilium.cli import app

runner = CliRunner()


def test_simulate_flagship_says_unlikely_and_names_france(flagship_path):
    res = runner.invoke(app, ["simulate", str(flagship_path), "--draws", "2000", "--seed", "7"])
    assert res.exit_code == 0, res.output
    assert "very unlikely" in res.output
    assert "France blocks in 100.0 % of draws" in res.output


def test_simulate_json_and_rows(flagship_path, tmp_path):
    out = tmp_path / "rows.csv"
    res = runner.invoke(
        app,
        [
            "simulate",
            str(flagship_path),
            "--draws",
            "1200",
            "--seed",
            "1",
            "-f",
            "json",
            "-o",
            str(out),
        ],
    )
    assert res.exit_code == 0, res.output
    data = json.loads(res.stdout[: res.stdout.rindex("}") + 1])
    assert data["schema"] == "concilium.simulation/1" and data["draws_done"] == 1200
    rows = pd.read_csv(out)
    assert len(rows) == 1200 and not rows["adopted"].any()
    assert rows["blockers"].str.contains("FRA").all()


def test_simulate_what_if_france_moves(flagship_path):
    # France at 60 prefers the proposal 100 (40 away) to the status quo 0 (60 away): it no
    # longer objects, and the office passes whenever no other ally draws a position below 50.
    res = runner.invoke(
        app,
        [
            "simulate",
            str(flagship_path),
            "--draws",
            "500",
            "--seed",
            "1",
            "--set",
            "FRA.tokyo-office.position=60",
            "-f",
            "json",
        ],
    )
    assert res.exit_code == 0, res.output
    data = json.loads(res.stdout)
    blockers = [b["actor"] for b in data["issues"][0]["models"][0]["blocking"]]
    assert "FRA" not in blockers


def _main(args, capsys) -> tuple[int, str]:
    """Run the console entry point in process: exit status and stderr."""
    import pytest

    from concilium.cli import main

    with pytest.raises(SystemExit) as ex:
        main(args)
    return ex.value.code, " ".join(capsys.readouterr().err.split())


def test_simulate_bad_input_exit_2(flagship_path, tmp_path, capsys):
    for args, message in (
        (["--draws", "0"], "at least 1"),
        (["--set", "FRA.tokyo-office.position=160"], "outside 0..100"),
        (["--set", "XXX.tokyo-office.position=1"], "no actor"),
        (["-f", "yaml"], "--format"),
        (["-o", str(tmp_path / "rows.txt")], "unknown file type"),
        (["-o", str(flagship_path)], "input of this run"),
    ):
        code, err = _main(["simulate", str(flagship_path), "--draws", "10", *args], capsys)
        assert code == 2, (args, err)
        assert message in err and "Traceback" not in err
