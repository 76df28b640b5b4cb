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
    assert (sum(v == "yes" for v in i.votes.values()), sum(v == "no" for v in i.votes.values()),
            sum(v == "abstain" for v in i.votes.values())) == (11, 1, 3)
    assert i.blockers == ["RUS"]
    assert i.details["decision"]["vetoes"] == ["RUS"]
    # China abstained: a permanent member's abstention is not a veto
    assert i.votes["CHN"] == "abstain" and "CHN" not in i.blockers
    assert sorted(i.veto_players) == ["CHN", "FRA", "GBR", "RUS", "USA"]


def test_every_example_validates():
    files = sorted(EXAMPLES.glob("*.yaml"))
    assert len(files) >= 2
    for f in files:
        assert load_scenario(f).members()
