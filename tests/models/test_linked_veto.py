"""examples/linked-veto.yaml: Türkiye's hold on Sweden's NATO accession, linked to F-16s.

Hand derivation of the first exchange (capability c, salience s; A = sweden-accession,
B = f16-sale).  On A: c*s = USA 100*80 = 8000, TUR 25*40 = 1000, GRC 10*40 = 400,
HUN 10*20 = 200, SWE 25*100 = 2500, DEU/FRA/GBR 3*50*60 = 9000, ITA/CAN/ESP/POL/NLD 5*25*60 =
7500, 19 other small Allies 19*10*60 = 11400: W_A = 40000; everyone at 100 except TUR (0) and
HUN (70): O_A = (38800*100 + 200*70)/40000 = 97.35.  On B: USA 1000*40 = 40000 (its stance
capability), TUR 25*90 = 2250, GRC 10*60 = 600, the other 28 at 50 with c*s 2500 in all:
W_B = 45350, O_B = (40000*40 + 2250*100 + 2500*50)/45350 = 43.0.
TUR (A 0, B 100) and USA (A 100, B 40) stand on opposite sides on both issues;
s_USA,A s_TUR,B - s_USA,B s_TUR,A = 80*90 - 40*40 = 5600 > 0: the USA demands A.
r = (80 + 40)/(40 + 90) = 12/13.  delta_A = min(TUR's move 1000*100/40000 = 2.5,
USA's distance 2.65, ...) = 2.5, so Türkiye moves its voting position 0 -> 100;
delta_B = 2.5*12/13 = 2.3077, the USA moves 2.3077*45350/40000 = 2.616 (40 -> 42.616);
G = 2.5*5600/130 = 107.69 (= 80*2.5 - 40*2.3077 = 90*2.3077 - 40*2.5).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from concilium.io import load_scenario
from concilium.models import run_model

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "linked-veto.yaml"


@pytest.fixture(scope="module")
def scenario():
    return load_scenario(EXAMPLE)


def test_first_exchange_buys_off_the_holdout(scenario):
    f = run_model(scenario, "exchange", seed=1)
    acc, f16 = f.issue("sweden-accession"), f.issue("f16-sale")
    first = acc.details["exchanges"][0]
    assert (first["round"], first["step"]) == (1, 1)
    assert (first["demander"], first["supplier"]) == ("USA", "TUR")
    assert (first["supplier_from"], first["supplier_to"]) == (0.0, pytest.approx(100.0))
    assert first["demander_to"] == pytest.approx(40 + 2.5 * 12 / 13 * 45350 / 40000)
    assert first["gain"] == pytest.approx(2.5 * 5600 / 130)
    assert acc.details["outcome_by_round"][0] == pytest.approx(97.35)
    assert f16.details["outcome_by_round"][0] == pytest.approx(1_950_000 / 45350)
    # Türkiye votes by its voting position, so the accession passes the consensus rule
    assert acc.adopted is True and acc.blockers == [] and acc.votes["TUR"] == "yes"
    assert acc.details["voting_positions"]["TUR"] > 50
    assert any("Türkiye gave ground here to United States" in s for s in acc.explanation)
    # the F-16 sale is not a Council decision: no status quo, no rule check
    assert f16.adopted is None and f16.details["rule_check"].startswith("skipped")
    assert f16.outcome > f16.details["outcome_by_round"][0]


def test_without_the_exchange_turkiye_blocks(scenario):
    for model in ("compromise", "mean"):
        acc = run_model(scenario, model).issue("sweden-accession")
        assert acc.adopted is False and acc.blockers == ["TUR"]


def test_typed_trace_and_trace_csv(scenario, tmp_path):
    from typer.testing import CliRunner

    from concilium.cli import app

    f = run_model(scenario, "exchange", seed=1)
    tr = f.trace
    assert tr.model == "exchange" and tr.dimensions == ["sweden-accession", "f16-sale"]
    tur = tr.actors.index("TUR")
    # turn 0 is the input, turn 1 the voting positions after round 1 (Türkiye moved 0 -> 100)
    assert tr.positions[0][tur][0] == 0.0 and tr.positions[1][tur][0] == pytest.approx(100.0)
    first = tr.moves[0]
    assert (first.turn, first.actor, first.dimension, first.counterpart) == (
        1,
        "TUR",
        "sweden-accession",
        "USA",
    )
    assert "in return for its move on f16-sale" in first.reason
    assert tr.per_turn["outcome"][0][0] == pytest.approx(97.35)
    out = tmp_path / "trace.csv"
    r = CliRunner().invoke(
        app,
        ["forecast", str(EXAMPLE), "--model", "exchange", "--seed", "1", "--trace-csv", str(out)],
    )
    assert r.exit_code == 0, r.output
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "turn,actor,dimension,position"
    assert "1,TUR,sweden-accession,100" in lines  # (the CLI writes %g-style numbers)
