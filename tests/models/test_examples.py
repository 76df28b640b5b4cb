"""Every shipped example forecasts what the public record says happened."""

from __future__ import annotations

from pathlib import Path

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
        assert load_scenario(f).members()
