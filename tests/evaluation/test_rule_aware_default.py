"""The default institution-aware compromise forecast on a synthetic DEU-like file (issue 10).

Two made-up issues, introduced 15-03-99 (EU-15 weighted votes, quota 62 of 87: the share
floor(62/87 * 1e9) / 1e9 = 0.712643678 of the votes of the states taking part):

``v001i1`` (QMV): Commission at 100, Germany at 0 (10 votes), Luxembourg at 100 (2 votes),
Spain at 40 (8 votes); every salience 50, capability equal (1); reference point 0, recorded
outcome 50.

* Published compromise (c·s): (100 + 0 + 100 + 40) / 4 = 60.
* Rule-aware weights: the members' mean vote is (10 + 2 + 8) / 3 = 20/3, so r = 1.5 for
  Germany, 0.3 for Luxembourg, 1.2 for Spain and 1 for the Commission (not a member):
  (100 + 1.5*0 + 0.3*100 + 1.2*40) / (1 + 1.5 + 0.3 + 1.2) = 178 / 4 = 44.5.
* Rule check of 44.5 against 0: Germany (at 0) votes no; Spain (|40 - 44.5| = 4.5 < 40) and
  Luxembourg vote yes: 10 of 20 votes against a quota of 0.712643678 * 20 = 14.25: fails.
  Had Germany voted yes (20 votes) it would pass, so Germany is the one blocker; it sits at
  the reference point and is needed for any majority, so nothing passes (W(0) is empty).
* So the forecast outcome is 0 (not adopted, Germany blocks), and if adopted the act lands
  at 44.5: error |44.5 - 50| = 5.5 (published compromise: |60 - 50| = 10; the forecast
  outcome: |0 - 50| = 50).

``u001i1`` (unanimity): Germany at 0, France at 100, saliences 50, reference point 100,
outcome 50.  Unanimity gives members no voting weights, so both weightings give
(0 + 100) / 2 = 50.  Against 100, Germany prefers 50 (|0 - 50| = 50 < |0 - 100| = 100) and
votes yes; France, at the reference point, votes no and blocks: the forecast outcome is 100
(error 50), and if adopted the act lands at 50 (error 0).

MAE where the acts land if adopted (the default): (5.5 + 0) / 2 = 2.75; published
compromise (10 + 0) / 2 = 5; forecast outcome with the status-quo fallback (50 + 50) / 2 = 50.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from concilium.evaluation import evaluate, load_cases, parse_model_spec, predict
from concilium.models import run_model

MINI = Path(__file__).resolve().parent / "data" / "mini_deu.tsv"


def _file(tmp_path: Path) -> Path:
    header = MINI.read_text(encoding="utf-8").splitlines()[0].split("\t")
    cols = [h.strip('"') for h in header]

    def row(**cells) -> str:
        return "\t".join(str(cells.get(c, "")) for c in cols)

    common = {"intro": "15-03-99", "proc": "COD"}
    rows = [
        row(
            prnr="v001",
            isnr="v001i1",
            counvte="QMV",
            pcom=100,
            scom=50,
            pde=0,
            sde=50,
            plu=100,
            slu=50,
            pes=40,
            ses=50,
            rp=0,
            out=50,
            **common,
        ),
        row(
            prnr="u001",
            isnr="u001i1",
            counvte="Unan",
            pde=0,
            sde=50,
            pfr=100,
            sfr=50,
            rp=100,
            out=50,
            **common,
        ),
    ]
    path = tmp_path / "rule.tsv"
    path.write_text("\n".join(["\t".join(header), *rows]) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def cases(tmp_path):
    return load_cases(_file(tmp_path))[0]


def test_the_default_weights_members_by_their_relative_vote(cases):
    sc = next(c.scenario for c in cases if c.issue == "v001i1")
    f = run_model(sc, "compromise").issue("v001i1")
    assert f.details["bargaining_point"] == pytest.approx(44.5)
    assert f.details["weights"] == "capability*salience*relative_vote"
    # will it pass: no, Germany blocks; the forecast outcome is the reference point
    assert f.adopted is False and f.outcome == 0 and f.blockers == ["DEU"]
    assert f.votes == {"DEU": "no", "LUX": "yes", "ESP": "yes"}
    # where it lands if adopted: the bargaining point, not moved by the failed check
    assert f.details["if_adopted"] == pytest.approx(44.5)
    plain = run_model(sc, "compromise", voting_weights=False).issue("v001i1")
    assert plain.details["bargaining_point"] == pytest.approx(60)


def test_unanimity_gives_no_voting_weights(cases):
    sc = next(c.scenario for c in cases if c.issue == "u001i1")
    f = run_model(sc, "compromise").issue("u001i1")
    assert f.details["weights"] == "capability*salience"
    assert f.details["bargaining_point"] == pytest.approx(50)
    assert f.adopted is False and f.blockers == ["FRA"] and f.outcome == 100


def test_evaluate_scores_the_default_where_acts_land(cases):
    runs = [parse_model_spec(s) for s in ("compromise", "compromise:voting_weights=false")]
    p = predict(cases, runs[0]).set_index("issue")
    assert p.loc["v001i1", "prediction"] == pytest.approx(44.5)
    assert p.loc["v001i1", "forecast_outcome"] == 0
    s = evaluate(cases, runs, n_boot=50, seed=1).summary.set_index("model")
    assert s.loc["compromise", "mae"] == pytest.approx((5.5 + 0) / 2)
    assert s.loc["compromise:voting_weights=false", "mae"] == pytest.approx((10 + 0) / 2)
    # the rule check's verdict: neither act passes, yet both were adopted
    assert s.loc["compromise", "n_verdict"] == 2 and s.loc["compromise", "n_forecast_adopted"] == 0
    out = evaluate(cases, runs, n_boot=50, seed=1, score="outcome").summary.set_index("model")
    assert out.loc["compromise", "mae"] == pytest.approx((50 + 50) / 2)


def test_the_simulation_engine_uses_the_same_weights(cases):
    """The vectorised compromise engine of `concilium simulate` (one numpy pass per batch of
    draws) follows the point model: the same 44.5 (hand-derived above), blocked by Germany."""
    from concilium.analysis.uncertainty.engines import evaluate as run_draws
    from concilium.analysis.uncertainty.space import compile_space

    sc = next(c.scenario for c in cases if c.issue == "v001i1")
    space = compile_space(sc)
    (res,) = run_draws(space, "compromise", space.point_values())
    assert res.point[0] == pytest.approx(44.5)
    assert res.outcome[0] == 0 and res.adopted[0] == 0
    assert list(np.array(space.report_ids)[res.pivotal[0]]) == ["DEU"]
