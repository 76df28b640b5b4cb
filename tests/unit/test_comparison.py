"""Several models on one scenario (--model all / a list): parameters routed, failures kept."""

from __future__ import annotations

import pytest

from concilium.analysis.comparison import Comparison, compare
from concilium.errors import InputError
from concilium.models import MODELS, resolve_models


def test_a_list_of_models_and_all():
    assert [s.name for s in resolve_models("procedural, compromise")] == [
        "procedural",
        "compromise",
    ]
    assert [s.name for s in resolve_models("all")] == list(MODELS)
    with pytest.raises(InputError, match="unknown model 'compromize'"):
        resolve_models("procedural,compromize")


def test_each_parameter_goes_to_the_models_that_have_it(flagship):
    c = compare(flagship, resolve_models("compromise,expected_utility"), {"rounds": 3})
    eu = c.forecast("expected_utility")
    assert eu.params["rounds"] == 3 and eu.trace is not None and eu.trace.turns == 3
    assert "rounds" not in c.forecast("compromise").params


def test_a_parameter_no_selected_model_has_is_refused(flagship):
    with pytest.raises(InputError, match="no selected model has the parameter"):
        compare(flagship, resolve_models("procedural,compromise"), {"rounds": 3})


def test_one_failing_model_leaves_the_others(flagship):
    # procedural needs every member to have a position; drop France's stance
    fra = flagship.actor("FRA").model_copy(update={"stances": {}})
    partial = flagship.replace(actors=tuple(fra if a.id == "FRA" else a for a in flagship.actors))
    c = compare(partial, resolve_models("procedural,mean"))
    assert [f.model for f in c.forecasts] == ["mean"]
    assert [f.model for f in c.failures] == ["procedural"]
    assert "FRA" in c.failures[0].error or "France" in c.failures[0].error


def test_agreement_on_the_flagship_and_json_round_trip(flagship):
    c = compare(flagship, resolve_models("procedural,mean,compromise"))
    (a,) = c.agreement
    # every model is held to France's veto: none forecasts adoption (README)
    assert (a.models, a.adopting, a.not_adopting) == (3, 0, 3)
    assert a.outcome_min == a.outcome_max == 0.0
    assert Comparison.from_json(c.to_json()) == c


def test_cli_all_with_a_parameter(cli, flagship_path):
    r = cli("forecast", flagship_path, "-m", "all", "-p", "rounds=2", columns=120)
    assert r.exit_code == 0, r.stderr
    assert f"Agreement: 0 of {len(MODELS)} models forecast adoption" in r.stdout
    r = cli("forecast", flagship_path, "-m", "procedural,mean", "-p", "bogus=1")
    assert r.exit_code == 2 and "no selected model has the parameter(s) bogus" in r.stderr


def test_commands_without_a_date_say_which_date_they_use(cli):
    import datetime as dt

    from concilium.bodies import load_body

    unsc = load_body("unsc")
    # the UNSC data end on 2026-12-31 (src/concilium/bodies/data/unsc.yaml): from 2027 a
    # command without --date uses that day and says so, instead of failing
    day, note = unsc.default_date(dt.date(2027, 3, 1))
    assert day == dt.date(2026, 12, 31) and "last day the unsc data cover" in note
    r = cli("power", "eu-council", "--date", "2025-06-01")
    assert r.exit_code == 0 and "weights (e.g. population shares) as of 2025-01-01" in r.stdout
    r = cli("body", "nato")
    assert r.exit_code == 0 and "no --date given" in r.stderr
