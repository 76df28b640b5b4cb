"""`concilium simulate` runs in the run store, and `concilium runs list|show|diff|export` on them.

The flagship's France has a certain position 0 (no range): with the status quo at 0 and the
proposal at 100 it prefers the status quo in every draw and, NATO deciding by consensus,
its objection alone stops the office in every draw.  So the procedural model adopts it in 0
of n draws, France blocks in all of them, and the 95 % Wilson interval of 0/n is
[0, z^2 / (n + z^2)] (the score interval at p = 0: centre and half-width are both
(z^2 / 2n) / (1 + z^2 / n)), with z = 1.959964, z^2 = 3.841459:
n = 200: 3.841459 / 203.841459 = 0.0188453; n = 100: 3.841459 / 103.841459 = 0.0369935.
"""

from __future__ import annotations

import csv
import json

import pytest

Z2 = 1.959963984540054**2


@pytest.fixture
def store(tmp_path, monkeypatch):
    path = tmp_path / "runs.sqlite"
    monkeypatch.setenv("CONCILIUM_STORE", str(path))
    return path


def test_simulate_is_stored_with_its_typed_result_not_its_rows(
    cli_main, flagship_path, store, tmp_path
):
    from concilium.store import RunStore

    rows = tmp_path / "rows.csv"
    r = cli_main(
        "simulate", flagship_path, "--draws", "200", "--seed", "7", "-f", "json", "-o", rows
    )
    assert r.exit_code == 0, r.stderr
    assert "stored as run 1" in r.stderr
    printed = json.loads(r.stdout)
    assert cli_main("simulate", flagship_path, "-n", "50", "--no-store").exit_code == 0
    with RunStore(store) as st:
        (listed,) = st.list()
        run = st.get(listed.id)
    assert run.kind == "simulate" and run.model == "procedural" and run.seed == 7
    assert run.params == {
        "draws": 200,
        "models": ["procedural"],
        "batch_size": printed["batch_size"],  # the engine's, which decides the seed streams
    }
    assert run.label == "nato-tokyo-office-2023"
    assert run.input_hash == printed["input_hash"]
    assert run.results == printed  # the typed result as printed; the 200 draw rows went to -o
    assert len(rows.read_text(encoding="utf-8").splitlines()) == 201
    main = run.results["issues"][0]["models"][0]
    assert main["adopted"] == 0 and main["decided"] == 200
    assert main["interval"][1] == pytest.approx(Z2 / (200 + Z2), rel=1e-9)  # 0.0188453
    assert main["blocking"][0]["actor"] == "FRA" and main["blocking"][0]["blocks"] == 1.0
    assert run.summary.startswith("tokyo-office: P(adopted) 0 [0, 0.0188]")


def test_runs_list_show_diff_export_handle_simulations(cli_main, flagship_path, store, tmp_path):
    assert cli_main("simulate", flagship_path, "-n", "200", "--seed", "7").exit_code == 0
    assert cli_main("simulate", flagship_path, "-n", "100", "--seed", "7").exit_code == 0
    r = cli_main("runs", "list", "--kind", "simulate")
    assert r.exit_code == 0 and "simulate" in r.stdout and "P(adopted) 0" in r.stdout
    r = cli_main("runs", "show", "1")
    assert r.exit_code == 0, r.stderr
    assert "Monte Carlo: 200 draws (seed 7)" in r.stdout
    assert "France blocks in 100.0 % of draws" in r.stdout
    r = cli_main("runs", "diff", "1", "2", "--format", "json")
    assert r.exit_code == 0, r.stderr
    changed = {c["path"]: (c["before"], c["after"]) for c in json.loads(r.stdout)["changes"]}
    assert changed["params.draws"] == (200, 100)
    assert changed["issues.tokyo-office.procedural.decided"] == (200, 100)
    lo_hi = changed["issues.tokyo-office.procedural.interval"]
    assert lo_hi[0][1] == pytest.approx(0.0188453, abs=1e-7)
    assert lo_hi[1][1] == pytest.approx(0.0369935, abs=1e-7)
    assert "issues.tokyo-office.procedural.p_adopted" not in changed  # 0 in both
    assert not any(p.startswith("actors.") for p in changed)  # same input
    out = tmp_path / "runs.csv"
    assert cli_main("runs", "export", "-o", out).exit_code == 0
    rows = list(csv.DictReader(out.read_text(encoding="utf-8").splitlines()))
    assert [(row["run"], row["model"], row["p_adopted"], row["draws"]) for row in rows] == [
        ("2", "procedural", "0.0", "100"),
        ("1", "procedural", "0.0", "200"),
    ]
    assert rows[0]["blockers"].startswith("FRA:1")


def test_simulations_of_several_models_are_one_run(cli_main, flagship_path, store):
    from concilium.store import RunStore

    r = cli_main("simulate", flagship_path, "-m", "procedural,compromise", "-n", "60")
    assert r.exit_code == 0, r.stderr
    with RunStore(store) as st:
        (run,) = [st.get(x.id) for x in st.list()]
    assert run.model == "procedural,compromise"
    assert run.params["models"] == ["procedural", "compromise"]
    assert run.results["issues"][0]["combined"]["model"] == "all"
    assert isinstance(run.seed, int)  # a fresh seed is recorded, so the run can be repeated
