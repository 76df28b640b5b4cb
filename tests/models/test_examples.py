"""Every shipped example forecasts what the public record says happened."""

from __future__ import annotations

from pathlib import Path

import pytest

from concilium.io import load_scenario
from concilium.models import procedural

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def test_unsc_draft_on_ukraine_vetoed_by_russia():
    # Recorded vote (UN press release SC/14808): 11-1-3; not adopted owing to Russia's veto.
    sc = load_scenario(EXAMPLES / "unsc-ukraine-2022.yaml")
    i = procedural.forecast(sc).issue("draft")
    assert i.adopted is False and i.outcome == 0
    assert (
        sum(v == "yes" for v in i.votes.values()),
        sum(v == "no" for v in i.votes.values()),
        sum(v == "abstain" for v in i.votes.values()),
    ) == (11, 1, 3)
    assert i.blockers == ["RUS"]
    assert i.details["decision"]["vetoes"] == ["RUS"]
    # China abstained: a permanent member's abstention is not a veto
    assert i.votes["CHN"] == "abstain" and "CHN" not in i.blockers
    assert sorted(i.veto_players) == ["CHN", "FRA", "GBR", "RUS", "USA"]
    # the votes are the stated (recorded) votes, and only Russia is named as vetoing
    assert sorted(i.details["stated_votes"]) == sorted(i.votes)
    vetoing = [s for s in i.explanation if "vetoes" in s or "vetoed by" in s]
    assert vetoing and all("China" not in s for s in vetoing)
    assert any(s.startswith("Russian Federation vetoes") for s in i.explanation)


def test_unsc_china_prefers_no_resolution_but_abstains():
    """China's position (30) is nearer the status quo (0) than the draft (100): voting by
    position it would vote no, and a permanent member's no is a veto.  Its stated abstention
    overrides that, so it does not veto."""
    sc = load_scenario(EXAMPLES / "unsc-ukraine-2022.yaml")
    china = sc.actor("CHN").stances["draft"]
    assert abs(china.position.value - 0) < abs(china.position.value - 100)
    assert china.vote.value == "abstain" and china.vote.evidence
    data = sc.model_dump(mode="json")
    for a in data["actors"]:
        for st in a["stances"].values():
            st.pop("vote", None)
    spatial = procedural.forecast(type(sc).model_validate(data)).issue("draft")
    assert sorted(spatial.details["decision"]["vetoes"]) == ["CHN", "RUS"]


def test_every_example_validates():
    files = sorted(EXAMPLES.glob("*.yaml"))
    assert len(files) >= 2
    for f in files:
        sc = load_scenario(f)
        assert sc.members() or sc.body is None  # free-negotiation.yaml has no body


def test_free_negotiation_example_binary_and_ordinal_without_a_rule():
    from concilium.models import run_model

    sc = load_scenario(EXAMPLES / "free-negotiation.yaml")
    assert sc.body is None and sc.issue("open-office").evidence[0].date == "2023-05"
    f = run_model(sc, "compromise")
    office, presence = f.issue("open-office"), f.issue("presence")
    # c*s weights: SG 40*70 = 2800 (at 100), Japan 30*40 = 1200 (80), France 50*80 = 4000
    # (0), Germany 45*30 = 1350 (40): (280000 + 96000 + 54000) / 9350 = 45.99, nearer the
    # status quo 0 than the proposal 100: keep the status quo
    assert office.details["model_point"] == pytest.approx(430000 / 9350)
    assert office.outcome == 0 and office.adopted is None
    # presence: France 50*60 = 3000 and Germany 1350 at 50: (280000 + 96000 + 150000 +
    # 67500) / 8350 = 71.08, nearer the level 50 (21.1 away) than 100 (28.9)
    assert presence.details["model_point"] == pytest.approx(593500 / 8350)
    assert presence.outcome == 50
    assert all(i.details["rule_check"].startswith("absent") for i in f.issues)
