"""Splitting a NATO or Security Council article into its decisions (issue 13, fifteenth stop)
and putting each stance on the decision its sentence is about.

- A further text the deciders "also" adopt under its title ("also launched a Readiness
  Action Plan") is a decision of its own, as "also adopted a declaration" is: the title's
  last word is a kind of text.

Every article here is written for these tests (none is taken from the benchmark articles);
the expected stances are what a careful reader codes from the text alone, and each case says
why in its comment.
"""

from __future__ import annotations

import datetime as dt

import pytest
from drafted_labels import labels_by_issue

from concilium.text import nlp
from concilium.text.draft import draft_scenario

pytestmark = pytest.mark.skipif(
    not nlp.available(), reason="spaCy pipeline not installed (extra 'nlp')"
)
DAY = dt.date(2024, 3, 15)


def by_issue(text: str, body: str) -> dict[str, dict[str, str]]:
    sc = draft_scenario(text, source="t.txt", on=DAY, body=body)
    return labels_by_issue(sc, named_only=True)


def issue_with(issues: dict[str, dict[str, str]], word: str) -> dict[str, str]:
    """The stances of the one drafted issue whose id has ``word``."""
    found = [iid for iid in issues if word in iid]
    assert len(found) == 1, (word, list(issues))
    return issues[found[0]]


def test_a_titled_plan_the_leaders_also_launched_is_a_decision_of_its_own():
    # The strategy is what the leaders adopted first (Norway welcomed it); "also launched a
    # Readiness Action Plan" is a second decision, named by its title, which Poland and
    # Lithuania welcomed: their welcome is on the plan, not on the strategy.
    text = (
        "NATO adopts maritime strategy, launches readiness plan\n\n"
        "BRUSSELS, 15 March 2024 - NATO leaders on Friday adopted a new maritime strategy "
        "for the North Atlantic. Norway welcomed the strategy. The leaders also launched a "
        "Readiness Action Plan for the eastern allies. Poland and Lithuania welcomed the plan."
    )
    issues = by_issue(text, "nato")
    assert len(issues) == 2, issues
    assert issue_with(issues, "plan") == {"POL": "support", "LTU": "support"}
    assert issue_with(issues, "strategy") == {"NOR": "support"}


def test_one_titled_plan_the_leaders_adopted_stays_one_decision():
    # The leaders adopted the Readiness Action Plan and nothing else; "the plan" Poland
    # welcomed and Hungary criticised is that one plan: one issue, not two.
    text = (
        "NATO adopts readiness plan\n\n"
        "BRUSSELS, 15 March 2024 - NATO leaders on Friday adopted a Readiness Action Plan "
        "for the eastern allies. Poland welcomed the plan. Hungary criticised it."
    )
    issues = by_issue(text, "nato")
    assert len(issues) == 1, issues
    assert next(iter(issues.values())) == {"POL": "support", "HUN": "oppose"}
