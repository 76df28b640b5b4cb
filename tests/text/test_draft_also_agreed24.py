"""A further decision the deciders "also agreed" after the lead (issue 13, heldout24).

* "Ministers also agreed to place the navies of Sweden and Finland under the maritime
  command" after a lead on fighter jets: a decision of its own, named by its object, holding
  the stances its paragraph tells after it, though no kind of decision names it and its noun
  may have been written before ("forces").  Only an "also" act on a place or party the lead
  does not name: "also agreed to send more jets to the Baltic states" after a lead on the
  Baltic jets, "also agreed to the plan", "also welcomed ..." stay on the lead's decision.
* "agreed to a request from Moldova" is the request granted, as "granted Moldova's
  request" is: its asker supports it.  Not a request refused, nor one a member agrees to.

Every sentence here is written for these tests (none is taken from the benchmark articles);
the expected stances are what a careful reader codes from the text alone.
"""

from __future__ import annotations

import datetime as dt

import pytest
from drafted_labels import labels_by_issue, needs_spacy, stance_pairs

pytestmark = needs_spacy
DAY = dt.date(2027, 5, 3)

HEAD = (
    "NATO agrees Baltic air patrols\n\n"
    "BRUSSELS, 3 May 2027 - NATO defence ministers agreed on Tuesday to send more fighter "
    "jets to patrol the skies over the Baltic states.\n\n"
    "Norway welcomed the jets.\n\n"
)


def _draft(text: str) -> dict[str, dict[str, str]]:
    from concilium.text.draft import draft_scenario

    return labels_by_issue(draft_scenario(text, source="t.txt", engine="spacy"), named_only=True)


def test_an_also_agreed_step_on_new_parties_is_a_decision_of_its_own():
    issues = _draft(
        # ("forces" was written before: the step is still new for its parties)
        HEAD + "Spain said its forces were ready.\n\n"
        "The ministers also agreed to place the land and air forces of Sweden and Finland "
        "under the command of the alliance's northern headquarters. Denmark, which had held up "
        "the step, dropped its objection, clearing the way for the decision.\n"
    )
    assert len(issues) == 2, issues
    forces = next(i for i in issues if "sweden" in i)
    jets = next(i for i in issues if i != forces)
    assert issues[forces] == {"DNK": "support"}
    assert issues[jets] == {"NOR": "support"}


def test_a_request_agreed_to_after_the_lead_is_its_askers_decision():
    issues = _draft(
        HEAD + "Ministers also agreed to a request from the Moldovan government for help in "
        "training its border guards.\n"
    )
    assert len(issues) == 2, issues
    request = next(i for i in issues if "moldovan" in i)
    jets = next(i for i in issues if i != request)
    assert issues[request] == {"MDA": "support"}
    assert issues[jets] == {"NOR": "support"}


@pytest.mark.parametrize(
    "sentence",
    [
        # the lead's own places: the same decision told again
        (
            "Ministers also agreed to send two more jets to the Baltic states. Denmark, which "
            "had held up the step, dropped its objection."
        ),
        # no place or party named: perhaps a part of the first
        (
            "Ministers also agreed to the plan. Denmark, which had held up the step, dropped "
            "its objection."
        ),
        # no act of theirs
        (
            "Ministers also welcomed the patrols of Sweden and Finland. Denmark, which had "
            "held up the step, dropped its objection."
        ),
    ],
)
def test_near_misses_keep_one_decision(sentence):
    issues = _draft(HEAD + sentence + "\n")
    assert len(issues) == 1, issues
    assert next(iter(issues.values())) == {"NOR": "support", "DNK": "support"}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The allies agreed to a request from Moldova for border training.", {("MDA", "support")}),
        ("NATO agreed to a request by Georgia to train its coast guard.", {("GEO", "support")}),
        # near misses: a request refused or not granted, a member's agreeing, no request
        ("The allies did not agree to a request from Moldova for border training.", set()),
        ("Spain agreed to a request from Moldova for border training.", set()),
        ("The allies agreed to a plan from Moldova for border training.", set()),
    ],
)
def test_agreeing_to_a_members_request(sentence, expected):
    # (Spain's own agreeing is read apart: not the request's)
    got = {p for p in stance_pairs(sentence, DAY) if p[0] != "ESP"}
    assert got == expected
