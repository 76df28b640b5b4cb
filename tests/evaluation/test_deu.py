"""The DEU reader on a synthetic file (tests/evaluation/data/mini_deu.tsv) and on bad input.

Expected numbers are worked out by hand from the file's made-up values.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from concilium.errors import InputError
from concilium.evaluation import deu as deu_mod
from concilium.evaluation import load_cases, resolve_dataset
from concilium.evaluation.deu import COUNCIL_PERIODS, STATES, load_deu

DATA = Path(__file__).resolve().parent / "data"
MINI = DATA / "mini_deu.tsv"


@pytest.fixture(scope="module")
def mini():
    return load_deu(MINI)


def test_reads_every_issue_and_skips_the_non_data_row(mini):
    assert [i.issue for i in mini.issues] == ["t001i1", "t001i2", "t001i3", "f002i1", "c003i1"]
    assert mini.skipped == ("line 2: no proposal or issue id, so not data (skipped)",)
    assert [i.line for i in mini.issues] == [3, 4, 5, 6, 7]
    assert [i.issue for i in mini.with_outcome()] == ["t001i1", "t001i2", "f002i1", "c003i1"]
    assert [i.proposal for i in mini.issues] == ["t001", "t001", "t001", "f002", "c003"]


def test_actors_roles_and_stances(mini):
    sc = mini.issues[0].scenario
    assert [a.id for a in sc.actors] == ["COM", "EP", "FRA", "DEU"]
    assert [a.id for a in sc.members()] == ["FRA", "DEU"]
    assert [a.id for a in sc.stakeholders()] == ["COM", "EP"]
    assert sc.agenda_setter == "COM"
    arr = sc.issue_arrays("t001i1")
    assert arr.positions.tolist() == [100, 0, 100, 0]
    assert arr.saliences.tolist() == [50, 50, 100, 100]
    assert arr.capabilities.tolist() == [1, 1, 1, 1]  # capability "equal"
    assert sc.issues[0].status_quo == 0 and mini.issues[0].outcome == 40
    assert sc.date.isoformat() == "1999-03-15"
    assert "line 3" in sc.sources[0]


def test_missing_salience_is_imputed_and_marked(mini):
    sc = mini.issues[1].scenario
    fra = sc.actor("FRA").stances["t001i2"]
    assert fra.salience.value == 50 and "imputed" in fra.salience.assumption
    assert mini.imputed_saliences == 1
    unset = load_deu(MINI, missing_salience=None)
    assert unset.issues[1].scenario.actor("FRA").stances["t001i2"].salience is None
    assert unset.imputed_saliences == 0


def test_council_rules_and_periods(mini):
    t1, _, _, f2, c3 = mini.issues
    assert t1.scenario.decision_rule.kind == "weighted_majority"
    assert t1.period.startswith("EU-15")
    # a 2003 proposal on which Poland has a position was decided after 1 May 2004
    assert f2.period.startswith("EU-25 transitional")
    assert f2.scenario.decision_rule.kind == "unanimity"
    assert c3.period.startswith("Nice weighted votes, EU-25")
    assert [m.weights["votes"] for m in c3.scenario.body_members()] == [29, 29]  # FRA, DEU


def test_capability_votes(mini):
    v = load_deu(MINI, capability="votes")
    t1 = v.issues[0].scenario
    assert t1.actor("FRA").capability.value == 10  # EU-15: France 10 votes
    assert t1.actor("COM").capability.value == 10  # the largest state's votes
    assert "assumption" in t1.actor("COM").capability.model_dump()
    f2 = v.issues[3].scenario
    assert [f2.actor(a).capability.value for a in ("COM", "POL", "ESP")] == [8, 8, 8]


@pytest.mark.parametrize("period", COUNCIL_PERIODS, ids=lambda p: p.label)
def test_quota_with_every_member_present_is_the_treaty_quota(period):
    # Hand-checked totals: 87, 124, 321, 345, 352 votes
    assert period.total == {62: 87, 88: 124, 232: 321, 255: 345, 260: 352}[period.quota]
    codes = tuple(c for c in STATES if c in period.votes)
    body = deu_mod._body(period.start, "qmv", codes)
    game = body.rule.game(list(body.members))
    assert game.clauses == ((1, period.quota),)


def _write(tmp_path, header, *rows) -> Path:
    p = tmp_path / "bad.tsv"
    p.write_text(
        "\n".join(["\t".join(header)] + ["\t".join(r) for r in rows]) + "\n", encoding="utf-8"
    )
    return p


HEADER = ["prnr", "isnr", "intro", "counvte", "pcom", "scom", "pfr", "sfr", "rp", "out"]
GOOD = ["x1", "x1i1", "01-02-99", "QMV", "10", "50", "20", "50", "0", "15"]


def test_minimal_columns_suffice(tmp_path):
    d = load_deu(_write(tmp_path, HEADER, GOOD))
    assert d.issues[0].outcome == 15


@pytest.mark.parametrize(
    ("col", "value", "match"),
    [
        ("pfr", "abc", "not a number"),
        ("sfr", "120", "outside 0..100"),
        ("intro", "31-31-99", "not a date"),
        ("counvte", "Majority", "unknown Council voting rule"),
    ],
)
def test_bad_cells_name_line_and_field(tmp_path, col, value, match):
    row = list(GOOD)
    row[HEADER.index(col)] = value
    with pytest.raises(InputError, match=match) as err:
        load_deu(_write(tmp_path, HEADER, GOOD[:1] + ["x1i0"] + GOOD[2:], row))
    p = err.value.problems[0]
    assert p.line == 3 and p.field == col


def test_missing_column(tmp_path):
    with pytest.raises(InputError, match="out") as err:
        load_deu(_write(tmp_path, HEADER[:-1], GOOD[:-1]))
    assert err.value.problems[0].line == 1


def test_duplicate_issue(tmp_path):
    with pytest.raises(InputError, match="twice"):
        load_deu(_write(tmp_path, HEADER, GOOD, GOOD))


def test_no_state_position(tmp_path):
    row = list(GOOD)
    row[HEADER.index("pfr")] = ""
    with pytest.raises(InputError, match="no member state"):
        load_deu(_write(tmp_path, HEADER, row))


def test_missing_file():
    with pytest.raises(InputError, match="no such file"):
        load_deu(DATA / "nope.tsv")


def test_bad_capability_option():
    with pytest.raises(InputError, match="capability"):
        load_deu(MINI, capability="gdp")


def test_load_cases_keeps_issues_with_outcomes():
    cases, meta = load_cases(MINI)
    assert [c.issue for c in cases] == ["t001i1", "t001i2", "f002i1", "c003i1"]
    assert meta["issues_in_file"] == 5 and meta["issues_without_outcome"] == 1


def test_deu_shorthand_without_the_shared_file(monkeypatch):
    import concilium.evaluation as ev

    monkeypatch.setattr(ev, "default_deu_path", lambda: None)
    with pytest.raises(InputError, match="not shipped") as err:
        resolve_dataset("deu")
    assert "path" in err.value.problems[0].hint
