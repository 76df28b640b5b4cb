"""Models that forecast a decision's issues together (registry scope ``decision``), tuning
grids read from the registry, and scoring only multi-issue proposals (``min_issues``)."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from concilium.cli import app
from concilium.errors import InputError
from concilium.evaluation import load_cases, parse_model_spec, predict, tuning_grid
from concilium.models import MODELS

MINI = Path(__file__).resolve().parent / "data" / "mini_deu.tsv"


def test_registry_scope_and_tuning():
    assert MODELS["exchange"].scope == "decision"
    assert MODELS["compromise"].scope == "issue"
    assert len(tuning_grid("nash")) == 2 * 3  # exponent {1, 2} x weights {c·s, c, equal}
    assert tuning_grid("compromise") == [
        {"institutions": i, "voting_weights": v} for i in (True, False) for v in (True, False)
    ]
    grid = tuning_grid("exchange")
    # institutions {true, false} x rounds {1, 10} x sides {current, start} x per_pair {any,
    # one} x rate {equal, rks} x candidates {live, start}: 2**6 combinations
    assert len(grid) == 64
    assert {"institutions", "rounds", "sides", "per_pair", "rate", "candidates"} == set(grid[0])
    untunable = [m for m, spec in MODELS.items() if not spec.tuning]
    assert "procedural" in untunable
    with pytest.raises(InputError, match="no parameter to tune"):
        tuning_grid("procedural")


def test_cases_carry_their_proposal_with_every_issue():
    cases, _ = load_cases(MINI)
    t001 = [c for c in cases if c.proposal == "t001"]
    # t001 has three issues in the file; t001i3 has no outcome, so it is not a case, but it is
    # part of the decision the exchange model sees
    assert [c.issue for c in t001] == ["t001i1", "t001i2"]
    assert t001[0].decision is t001[1].decision
    assert [i.id for i in t001[0].decision.issues] == ["t001i1", "t001i2", "t001i3"]
    assert all(c.decision is None for c in cases if c.proposal != "t001")
    # every stance keeps its issue's capability
    assert all(
        st.capability is not None for a in t001[0].decision.actors for st in a.stances.values()
    )
    only, meta2 = load_cases(MINI, min_issues=2)
    assert [c.issue for c in only] == ["t001i1", "t001i2"] and meta2["issues_left_out"] == 2
    with pytest.raises(InputError):
        load_cases(MINI, min_issues=0)


def test_decision_models_run_once_per_decision(monkeypatch):
    import concilium.models as registry

    calls = []
    real = registry.run_model

    def counting(scenario, model, **kw):
        calls.append((model, tuple(i.id for i in scenario.issues)))
        return real(scenario, model, **kw)

    monkeypatch.setattr(registry, "run_model", counting)
    cases, _ = load_cases(MINI)
    p = predict(cases, parse_model_spec("exchange:institutions=false"))
    assert calls.count(("exchange", ("t001i1", "t001i2", "t001i3"))) == 1
    assert len(calls) == 3  # t001 once, f002 and c003 on their own
    assert p["prediction"].notna().all()
    calls.clear()
    predict(cases, parse_model_spec("compromise"))
    assert len(calls) == 4 and all(len(issues) == 1 for _, issues in calls)


def test_cli_min_issues():
    r = CliRunner().invoke(
        app,
        [
            "evaluate",
            str(MINI),
            "--models",
            "compromise,exchange",
            "--min-issues",
            "2",
            "--bootstrap",
            "50",
        ],
    )
    assert r.exit_code == 0, r.output
    assert "2 issues" in r.output and "Only proposals with at least 2 issues" in r.output
