"""Heldout 27's inversions (issue 13): calls for a change, conditions after their clause, a
subject the parser took from a preposition, and the author of a plan a finding faults.

- Calling for the decision to be put back, cut, watered down, wound down, scrapped or brought
  forward ("called for the ban to be put back to 2040") is a call for a change: it may stand
  against the decision as taken or be the decision itself, so it is no stance (it was read as
  support for the thing named, and the change's own cue as the caller's).  "called for the
  levy to be adopted quickly" stays support; "asked for more time" stays no stance.
- A condition told by inversion after its main clause ("The levy would collapse, should
  Estonia vote against it", "... had Poland backed it"), which the parser takes for the root,
  is no stance, as it is before the clause; "Voting against the levy were Estonia and
  Lithuania" (the subject put after the verb) stays a vote.
- "The ministers who will remain after Hungary's exit approved the levy", parsed with "exit"
  for the subject of "approved" (the preposition left with no object): Hungary did not
  approve it; "Hungary's envoy approved the levy" stays support, as does the lone subject of a
  clause such a preposition opens ("after Greece and Malta warned that ...").
- The author of a plan that a reported finding faults ("agreed that the plan put forward by
  Portugal would not work") is no stance: the finding may be the decision; the same author
  of a plan found sound stays support.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest
from drafted_labels import needs_spacy, stance_pairs

pytestmark = needs_spacy

S, O = "support", "oppose"


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Latvia called for the levy on aviation fuel to be put back to 2032.", set()),
        (
            (
                "Ireland circulated a note calling for the end of the coal subsidy to be pushed "
                "back to 2031."
            ),
            set(),
        ),
        ("Greece called for the emissions cap on shipping to be cut to 70 percent.", set()),
        ("Denmark called for the deployment of the monitors to be wound down.", set()),
        ("Sweden called for the package of fishing quotas to be watered down.", set()),
        ("Austria called for the ban on engines to be brought forward to 2030.", set()),
        ("Croatia called for the rules on asylum to be scrapped.", set()),
        # near misses: the decision's being taken, and what was already no stance
        ("Latvia called for the levy on aviation fuel to be adopted quickly.", {("LVA", S)}),
        ("Denmark called for the monitoring mission to be renewed.", {("DNK", S)}),
        ("Sweden asked for more time to study the quotas.", set()),
        ("Croatia called for the sanctions not to be extended.", set()),
        ("Austria brought forward the ban on engines.", {("AUT", S)}),
    ],
)
def test_a_call_for_a_change_is_no_stance(sentence, expected) -> None:
    assert stance_pairs(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("The levy would collapse, should Estonia vote against it.", set()),
        ("The quota would have been adopted, had Poland backed it.", set()),
        ("Slovenia would back the levy, should its fishermen be compensated.", set()),
        # near misses: the condition first (as before), a vote told, a subject put last
        ("Should Estonia vote against it, the levy would collapse.", set()),
        ("Estonia voted against the levy, as it had warned.", {("EST", O)}),
        ("Voting against the levy were Estonia and Lithuania.", {("EST", O), ("LTU", O)}),
    ],
)
def test_a_condition_after_its_clause_is_no_stance(sentence, expected) -> None:
    assert stance_pairs(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            (
                "The 26 ministers who will remain in the group after Hungary's exit next year "
                "approved the levy."
            ),
            set(),
        ),
        ("Hungary's envoy approved the levy.", {("HUN", S)}),
        ("After the vote in Brussels, Hungary approved the levy.", {("HUN", S)}),
        # the lone subject of a clause a preposition opens keeps its cue
        (
            (
                "The ministers shelved the levy on shipping, after Greece and Malta (two maritime "
                "states) warned that it would hurt their fleets."
            ),
            {("GRC", O), ("MLT", O)},
        ),
    ],
)
def test_a_subject_taken_from_a_preposition_is_no_actor(sentence, expected) -> None:
    assert stance_pairs(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("The ministers agreed that the plan put forward by Portugal would not work.", set()),
        ("The ministers said the proposal, drafted by Finland, was unacceptable.", set()),
        # near misses: a plan found sound keeps its author's support
        ("The ministers said the proposal drafted by Finland was a sound basis.", {("FIN", S)}),
        ("The ministers agreed that the plan put forward by Portugal would work.", {("PRT", S)}),
    ],
)
def test_the_author_of_a_faulted_plan_is_no_stance(sentence, expected) -> None:
    assert stance_pairs(sentence) == expected
