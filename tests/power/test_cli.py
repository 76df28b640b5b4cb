"""``concilium power`` as a user runs it (in process: tests/clirun.py)."""

from __future__ import annotations

import json
from fractions import Fraction

import pytest
from clirun import run_cli

from .test_input import NASSAU


def run(*args: str, cwd=None):
    return run_cli("power", *args, cwd=cwd, columns=100)


def test_unsc_json_has_the_textbook_values():
    res = run("unsc", "--index", "all", "--format", "json", "--date", "2025-06-01")
    assert res.returncode == 0, res.stderr
    out = json.loads(res.stdout)
    assert out["schema"] == "concilium.power/1" and out["method"] == "exact"
    rows = {r["member"]: r for r in out["members"]}
    assert Fraction(out["exact"]["shapley_shubik"][list(rows).index("USA")]) == Fraction(421, 2145)
    assert rows["USA"]["swings"] == 848 and rows["USA"]["veto"] is True
    assert rows["USA"]["shapley_shubik"] == pytest.approx(0.1963, abs=5e-5)
    elected = [r for r in out["members"] if not r["veto"]]
    assert len(elected) == 10 and all(r["swings"] == 84 for r in elected)
    assert set(out["citations"]) == {"banzhaf", "shapley_shubik", "holler_packel", "deegan_packel"}


def test_eu_table_with_blocking_groups():
    res = run("eu-council", "--date", "2025-06-01", "--block", "3", "--coalitions", "--limit", "2")
    assert res.returncode == 0, res.stderr
    out = res.stdout
    assert "Exact count" in out and "Germany" in out and "18.49" in out
    assert "Blocking groups of 3 members: 0 (none)" in out
    assert "Minimal blocking coalitions" in out and "Germany, France, Italy, Spain" in out
    assert "Veto players: none" in out


def test_weights_csv_file(tmp_path):
    f = tmp_path / "nassau.csv"
    f.write_text(NASSAU)
    res = run(str(f), "--index", "banzhaf,shapley", "--format", "json")
    assert res.returncode == 0, res.stderr
    rows = {r["member"]: r for r in json.loads(res.stdout)["members"]}
    assert rows["H1"]["banzhaf_normalised"] == pytest.approx(1 / 3)
    assert rows["OB"]["swings"] == 0 and rows["OB"]["dummy"] is True
    assert rows["H1"]["weight"] == 9


def test_sampled_output_says_so():
    res = run(
        "eu-council",
        "--date",
        "2025-06-01",
        "--method",
        "sampled",
        "--samples",
        "5000",
        "--seed",
        "3",
    )
    assert res.returncode == 0, res.stderr
    assert "SAMPLED estimate: 5,000 random draws, seed 3" in res.stdout
    assert "95% CI" in res.stdout


def flat(text: str) -> str:
    return " ".join(text.split())  # rich wraps long messages


@pytest.mark.parametrize(
    "args, message",
    [
        (["nowhere-council"], "unknown body 'nowhere-council'"),
        (["unsc", "--index", "johnston"], "unknown power index 'johnston'"),
        (["unsc", "--date", "June"], "is not a date"),
        (["eu-council", "--block", "40"], "a group of 40 members is impossible"),
    ],
)
def test_bad_arguments_exit_2_with_one_message(args, message):
    res = run(*args)
    assert res.returncode == 2
    assert message in flat(res.stderr)
    assert "Traceback" not in res.stderr
    assert res.stderr.startswith("error:")


def test_bad_file_and_too_large_game_exit_2(tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("member,weight\nA,3\nA,1\nquota,2\n")
    res = run(str(bad))
    assert res.returncode == 2
    assert "duplicate member 'A'" in flat(res.stderr) and "line 3" in res.stderr
    big = tmp_path / "big.csv"
    rows = "\n".join(f"m{i},{(i * 7919) % 9_999_991 + 1_000_000}" for i in range(60))
    big.write_text("member,weight\n" + rows + "\nquota,50%\n")
    res = run(str(big), "--index", "shapley")
    assert res.returncode == 2
    assert "too large for an exact count" in flat(res.stderr)
    assert "--method sampled" in flat(res.stderr)


def test_plot_is_written(tmp_path):
    import matplotlib  # noqa: F401  (a test dependency: the chart must really be drawn)

    out = tmp_path / "power.png"
    res = run("unsc", "--plot", str(out))
    assert res.returncode == 0, res.stderr
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
