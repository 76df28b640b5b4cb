"""The uncertainty commands, in process."""

from __future__ import annotations

import json

import pandas as pd
from typer.testing import CliRunner

from concilium.cli import app

runner = CliRunner()


def test_simulate_flagship_says_unlikely_and_names_france(flagship_path):
    res = runner.invoke(
        app,
        [
            "simulate",
            str(flagship_path),
            "--draws",
            "2000",
            "--seed",
            "7",
            "-m",
            "procedural,compromise",
        ],
    )
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
    existing = tmp_path / "old.csv"
    existing.write_text("keep me\n", encoding="utf-8")
    for args, message in (
        (["--draws", "0"], "at least 1"),
        (["--set", "FRA.tokyo-office.position=160"], "outside 0..100"),
        (["--set", "XXX.tokyo-office.position=1"], "no actor"),
        (["-f", "yaml"], "--format"),
        (["-o", str(tmp_path / "rows.txt")], "unknown file type"),
        (["-o", str(flagship_path)], "same file as the input"),
        (["-o", str(existing)], "already exists"),
    ):
        code, err = _main(["simulate", str(flagship_path), "--draws", "10", *args], capsys)
        assert code == 2, (args, err)
        assert message in err and "Traceback" not in err
    assert existing.read_text(encoding="utf-8") == "keep me\n"


def test_flips_names_france_and_the_move(flagship_path):
    res = runner.invoke(app, ["flips", str(flagship_path)])
    assert res.exit_code == 0, res.output
    text = " ".join(res.output.split())
    assert "France would have to move from 0 to 50 (+50 on the 0..100 scale)" in text
    res = runner.invoke(app, ["flips", str(flagship_path), "-f", "json"])
    data = json.loads(res.stdout)
    assert data["schema"] == "concilium.flips/1"


def test_compare_shows_the_change_and_the_flip(flagship_path, tmp_path):
    text = flagship_path.read_text(encoding="utf-8").replace(
        '        position:\n          value: 0\n          evidence:\n            - source: "AFP',
        '        position:\n          value: 60\n          evidence:\n            - source: "AFP',
        1,
    )
    other = tmp_path / "france-moves.yaml"
    other.write_text(text, encoding="utf-8")
    res = runner.invoke(app, ["compare", str(flagship_path), str(other), "-f", "json"])
    assert res.exit_code == 0, res.output
    data = json.loads(res.stdout)
    assert [c["what"] for c in data["changes"]] == ["FRA.tokyo-office.position"]
    assert data["forecasts"][0]["adopted_a"] is False and data["forecasts"][0]["adopted_b"]
    res = runner.invoke(app, ["compare", str(flagship_path), str(other)])
    assert res.exit_code == 0 and "FRA.tokyo-office.position" in res.output


def test_sensitivity_table_and_json(flagship_path):
    res = runner.invoke(
        app,
        [
            "sensitivity",
            str(flagship_path),
            "-m",
            "compromise",
            "--output",
            "point",
            "--samples",
            "64",
            "-f",
            "json",
        ],
    )
    assert res.exit_code == 0, res.output
    data = json.loads(res.stdout)
    assert data["schema"] == "concilium.sensitivity/1"
    assert data["issues"][0]["tornado"][0]["swing"] > 0
    res = runner.invoke(app, ["sensitivity", str(flagship_path), "--samples", "16"])
    assert res.exit_code == 0 and "no variance" in " ".join(res.output.split())


def test_sensitivity_table_at_80_columns_shows_every_number_whole(flagship_path, cli):
    """Each tornado row keeps its range, outputs, swing and both Sobol indices whole at 80
    columns (before: the Sobol columns were squeezed to nothing and names cut)."""
    args = ["sensitivity", str(flagship_path), "-m", "compromise", "--output", "point"]
    data = json.loads(cli(*args, "--samples", "64", "-f", "json").stdout)
    shown = cli(*args, "--samples", "64", columns=80).stdout
    assert max(len(line) for line in shown.splitlines()) <= 80
    lines = {line.split("│")[1].strip(): line for line in shown.splitlines() if "│" in line}
    issue = data["issues"][0]
    sobol = {r["input"]: r for r in issue["sobol"]}
    for row in issue["tornado"][:12]:
        actor, _, field = row["input"].partition(".tokyo-office.")
        cells = [c.strip() for c in lines[f"{actor} {field}"].split("│")[2:-1]]
        s1, st = sobol[row["input"]]["first"], sobol[row["input"]]["total"]
        assert cells[0] == f"{row['low']:g}..{row['high']:g}"
        # the table shows four significant digits
        assert float(cells[1]) == float(f"{row['outcome_at_low']:.4g}")
        assert float(cells[2]) == float(f"{row['outcome_at_high']:.4g}")
        assert float(cells[3]) == float(f"{round(row['swing'], 4):.4g}")
        assert cells[5:] == [f"{s1:.2f}", f"{st:.2f}"]
