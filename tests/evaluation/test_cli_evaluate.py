"""``concilium evaluate`` as a user runs it (in process), on the synthetic DEU file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from clirun import run_cli

MINI = Path(__file__).resolve().parent / "data" / "mini_deu.tsv"
T2 = abs(8600 / 190 - 50)  # see test_harness.py for the hand-worked table


def run(*args, cwd=None):
    return run_cli("evaluate", *args, cwd=cwd)


def test_json_output_is_reproducible_and_matches_hand_values():
    args = (
        MINI,
        "--models",
        "compromise,compromise:institutions=false,mean",
        "--format",
        "json",
        "--bootstrap",
        "200",
        "--seed",
        "11",
    )
    a, b = run(*args), run(*args)
    assert a.returncode == 0, a.stderr
    assert a.stdout == b.stdout
    out = json.loads(a.stdout)
    assert out["schema"] == "concilium.evaluation/1"
    rows = {r["model"]: r for r in out["summary"]}
    assert rows["compromise:institutions=false"]["mae"] == pytest.approx((10 + T2 + 10) / 4)
    # acts known to be adopted are scored where they land if adopted: the bargaining point
    assert rows["compromise"]["mae"] == pytest.approx((10 + T2 + 10) / 4)
    assert rows["compromise"]["n_forecast_adopted"] == 1 and rows["compromise"]["n_verdict"] == 3
    assert out["n_cases"] == 4 and out["reference"] == "compromise"
    assert out["seed"] == 11 and out["bootstrap"] == 200 and out["scored"] == "if_adopted"
    # --score outcome: the failed points count as the reference points 0 and 90
    o = json.loads(run(*args, "--score", "outcome").stdout)
    assert {r["model"]: r for r in o["summary"]}["compromise"]["mae"] == pytest.approx(
        (40 + T2 + 60) / 4
    )


def test_table_output_with_tuning_and_predictions(tmp_path):
    dest = tmp_path / "preds.csv"
    r = run(
        MINI,
        "--models",
        "mean,compromise",
        "--tune",
        "compromise",
        "--folds",
        "3",
        "--bootstrap",
        "100",
        "--predictions",
        dest,
    )
    assert r.returncode == 0, r.stderr
    assert "compromise[cv]" in r.stdout
    assert "MAE" in r.stdout and "Paired with compromise" in r.stdout
    assert "adopted" in r.stdout and "1/3" in r.stdout
    assert "line 2" in r.stdout  # the skipped non-data row is reported
    text = dest.read_text(encoding="utf-8")
    assert text.splitlines()[0].startswith("dataset,proposal,issue,model")
    assert len(text.splitlines()) == 1 + 3 * 4


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("nope.tsv",), "no such file"),
        ((MINI, "--models", "compromize"), "unknown model"),
        ((MINI, "--format", "xml"), "--format"),
        ((MINI, "--bootstrap", "0"), "--bootstrap"),
        ((MINI, "--models", "mean", "--reference", "nash"), "reference"),
        ((MINI, "--score", "landing"), "score must be"),
    ],
)
def test_bad_input_is_one_error_with_status_2(tmp_path, args, message):
    r = run(*args, cwd=tmp_path)
    assert r.returncode == 2
    assert "error:" in r.stderr and message in r.stderr
    assert "Traceback" not in r.stderr
