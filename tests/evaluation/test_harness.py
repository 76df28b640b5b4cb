"""Running, tuning and scoring models on the synthetic DEU file.

Hand-worked values (equal capability, missing salience imputed as 50):

=========  =====================================================  ====  ==========================
issue      salience-weighted mean (compromise)                    out   rule check (QMV / unan.)
=========  =====================================================  ====  ==========================
t001i1     (100*50 + 0*50 + 100*100 + 0*100) / 300 = 50            40   FRA yes 10, DEU no 10 of
                                                                        20 votes, quota 15: fails
t001i2     (80*20 + 20*80 + 60*50 + 60*40) / 190 = 8600/190        50   no reference point: none
f002i1     (30*60 + 30*90 + 90*30) / 180 = 40                      30   Spain (at 90 = q) objects
c003i1     60                                                      60   all at 60: passes
=========  =====================================================  ====  ==========================

Raw compromise MAE = (10 + |8600/190 - 50| + 10 + 0) / 4; with the rule check the failed points
become the reference points 0 and 90: MAE = (40 + |8600/190 - 50| + 60 + 0) / 4.

What is scored (issue 10): the DEU acts are known to be adopted, so by default the harness
scores where the model says each act lands *if adopted* (the bargaining point: the failed rule
check moves nothing), i.e. the raw MAE above, and counts apart the acts the rule check forecast
to pass: of the three it checks (t001i2 has no reference point), only c003i1.  With
``score="outcome"`` the forecast outcome is scored (the reference points 0 and 90).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from concilium.errors import InputError
from concilium.evaluation import (
    cross_validate,
    evaluate,
    load_cases,
    parse_model_spec,
    predict,
    tuning_grid,
)

MINI = Path(__file__).resolve().parent / "data" / "mini_deu.tsv"
T2 = abs(8600 / 190 - 50)


@pytest.fixture(scope="module")
def cases():
    return load_cases(MINI)[0]


def test_salience_weighted_mean_by_hand(cases):
    p = predict(cases, parse_model_spec("compromise:institutions=false")).set_index("issue")
    assert p["prediction"].tolist() == pytest.approx([50, 8600 / 190, 40, 60])
    assert p["abs_error"].mean() == pytest.approx((10 + T2 + 10 + 0) / 4)


def test_rule_check_by_hand(cases):
    p = predict(cases, parse_model_spec("compromise"), score="outcome").set_index("issue")
    assert p["prediction"].tolist() == pytest.approx([0, 8600 / 190, 90, 60])
    assert p["rule_passes"].tolist() == [False, None, False, True]
    assert p["bargaining_point"].tolist() == pytest.approx([50, 8600 / 190, 40, 60])


def test_acts_known_adopted_are_scored_where_they_land_if_adopted(cases):
    assert all(c.adopted is True for c in cases)
    p = predict(cases, parse_model_spec("compromise")).set_index("issue")
    # the failed rule check (t001i1, f002i1) moves nothing: the point if adopted is the
    # bargaining point; the forecast outcome is still the reference point
    assert p["prediction"].tolist() == pytest.approx([50, 8600 / 190, 40, 60])
    assert p["if_adopted"].tolist() == pytest.approx([50, 8600 / 190, 40, 60])
    assert p["forecast_outcome"].tolist() == pytest.approx([0, 8600 / 190, 90, 60])
    assert p["adopted"].tolist() == [False, None, False, True]
    assert p["abs_error"].mean() == pytest.approx((10 + T2 + 10 + 0) / 4)
    with pytest.raises(InputError, match="score must be"):
        predict(cases, parse_model_spec("compromise"), score="landing")


def test_models_that_cannot_forecast_leave_a_note(cases):
    p = predict(cases, parse_model_spec("nash")).set_index("issue")
    assert np.isnan(p.loc["t001i2", "prediction"])
    assert "status_quo" in p.loc["t001i2", "note"]
    assert np.isfinite(p.loc["t001i1", "prediction"])


def test_evaluate_summary(cases):
    runs = [parse_model_spec(s) for s in ("compromise", "compromise:institutions=false", "nash")]
    ev = evaluate(cases, runs, n_boot=100, seed=5, score="outcome")
    s = ev.summary.set_index("model")
    assert ev.meta["reference"] == "compromise" and ev.meta["scored"] == "outcome"
    assert s.loc["compromise", "mae"] == pytest.approx((40 + T2 + 60 + 0) / 4)
    assert s.loc["compromise:institutions=false", "d_mae"] == pytest.approx(
        (10 + T2 + 10) / 4 - (40 + T2 + 60) / 4
    )
    # the rule check gave a verdict on 3 acts (t001i2 has no reference point), 1 passes
    assert s.loc["compromise", "n_verdict"] == 3 and s.loc["compromise", "n_forecast_adopted"] == 1
    # the same verdicts without institutions: the check is made and reported, not applied
    assert s.loc["compromise:institutions=false", "n_verdict"] == 3
    assert s.loc["compromise:institutions=false", "n_forecast_adopted"] == 1
    # scored where the acts land if adopted (the default), the rule check costs nothing
    s2 = evaluate(cases, runs, n_boot=100, seed=5).summary.set_index("model")
    assert s2.loc["compromise", "mae"] == pytest.approx((10 + T2 + 10 + 0) / 4)
    assert s2.loc["compromise:institutions=false", "d_mae"] == pytest.approx(0)
    assert s.loc["nash", "n"] == 3 and s.loc["nash", "n_paired"] == 3
    assert set(ev.predictions["model"]) == set(s.index)
    d = ev.to_dict()
    assert d["schema"] == "concilium.evaluation/1" and len(d["summary"]) == 3


def test_cross_validation_chooses_on_training_folds_only(cases):
    preds, folds = cross_validate(cases, "compromise", folds=3, seed=0)
    assert len(folds) == 3 and folds["issues"].sum() == len(cases)
    # proposals never straddle folds
    by_prop = preds.groupby("proposal")["params"].nunique()
    assert (by_prop == 1).all()
    # each fold's forecast is the forecast of the parameters chosen for it
    fixed = {
        str(g): predict(
            cases,
            parse_model_spec(
                "compromise" + "".join(f":{k}={str(v).lower()}" for k, v in g.items())
            ),
        ).set_index("issue")
        for g in tuning_grid("compromise")
    }
    for _, row in preds.iterrows():
        ref = fixed[row["params"]].loc[row["issue"], "prediction"]
        assert row["prediction"] == pytest.approx(ref)


def test_cross_validation_picks_the_better_value_by_training_mae(cases):
    # Three folds of one proposal each; every training pair contains t001 or f002, where
    # institutions=false is strictly better (hand table above), so it is chosen every time.
    _, folds = cross_validate(cases, "compromise", folds=3, seed=0, score="outcome")
    assert all(c["institutions"] is False for c in folds["chosen"])


def test_bad_evaluation_requests(cases):
    with pytest.raises(InputError, match="no parameter"):
        parse_model_spec("compromise:alpha=2")
    with pytest.raises(InputError, match="NAME=VALUE"):
        parse_model_spec("compromise:institutions")
    with pytest.raises(InputError, match="unknown model"):
        parse_model_spec("compromize_model")
    with pytest.raises(InputError, match="folds"):
        cross_validate(cases, "compromise", folds=7)
    with pytest.raises(InputError, match="twice"):
        evaluate(cases, [parse_model_spec("mean"), parse_model_spec("mean")])
    with pytest.raises(InputError, match="nothing to tune|no parameter to tune"):
        cross_validate(cases, "procedural", folds=2)
