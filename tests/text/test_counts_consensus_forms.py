"""More ways a text tells that every member of an EU or NATO council took a decision (issue 13,
heldout22's low implied recall).

* the passive of a consensus named with its number: "was taken by consensus of the 28 allies"
  (not the rule "decisions are taken by consensus of the 28");
* the body's ministers or envoys with its possessive: "NATO's 28 foreign ministers agreed";
* "N of the M ... voting in favour" (the participle, as "voted in favour" already was);
* a result listed number first: "26 votes for, none against, one abstention".

Every sentence here is written for these tests (none is taken from the benchmark articles);
the expected counts are what a careful reader codes from the sentence alone, and each case says
why in its comment.
"""

from __future__ import annotations

import pytest
from drafted_labels import labels, needs_spacy

from concilium.text.counts import find_counts
from concilium.text.draft import draft_scenario


@pytest.mark.parametrize(
    "sentence, counts",
    [
        # a decision taken "by consensus of the 30 allies": all 30 agreed -> yes 30
        ("The extension of his term was taken by consensus of the 30 allies.", {"yes": 30}),
        # "among all the 27 member states", after "agreed": yes 27
        (
            "The sanctions package was agreed by consensus among all the 27 member states.",
            {"yes": 27},
        ),
        # the alliance's ministers with its possessive: all 30 -> yes 30
        ("NATO's 30 defence ministers agreed on Friday to expand the air mission.", {"yes": 30}),
        # the bloc's envoys, a day between them and the verb: yes 27
        ("The bloc's 27 ambassadors on Wednesday approved the new listings.", {"yes": 27}),
        # "with 25 of the 27 governments voting in favour": 25 for; the others are not told
        (
            "Ministers adopted the directive, with 25 of the 27 governments voting in favour.",
            {"yes": 25},
        ),
        # a result as a list, number first: 24 for, 0 against, 3 abstaining
        (
            "The council confirmed the text with the same result: 24 votes for, none against, "
            + "three abstentions.",
            {"yes": 24, "no": 0, "abstain": 3},
        ),
    ],
)
def test_every_member_or_a_count_told_in_these_forms(sentence, counts):
    assert find_counts(sentence).as_dict() == counts


@pytest.mark.parametrize(
    "sentence",
    [
        # the rule, not a decision taken: "are taken by consensus of the 30 allies"
        "Such decisions are taken by consensus of the 30 allies.",
        # what a decision must get, not what it got
        "Any enlargement must be agreed by consensus among the 30 allies.",
        # the ministers met: no decision verb
        "The alliance's 30 defence ministers met in Brussels on Friday.",
        # they agreed on not acting: no count of support for a proposal
        "NATO's 30 ambassadors agreed that no troops should be sent.",
        # "votes for" a candidate, not a list of the result (no count in this form)
        "Rivals mocked the 12 votes for the Belgian candidate.",
    ],
)
def test_no_count_from_a_rule_a_meeting_a_refusal_or_a_candidates_votes(sentence):
    assert find_counts(sentence).as_dict() == {}


@needs_spacy
def test_ministers_of_the_alliance_complete_the_members_not_named():
    # NATO on 2021-06-01 had 30 members. "NATO's 30 foreign ministers agreed" is all 30:
    # every member the text does not name gets support; Norway, named as backing it, keeps
    # its own support.
    text = (
        "NATO widens Iraq mission\n\n"
        "BRUSSELS, 1 June 2021 (Wire) - NATO's 30 foreign ministers agreed on Tuesday to widen "
        "the training mission in Iraq. Norway backed the plan from the start."
    )
    got = labels(draft_scenario(text, source="t.txt"))
    assert got["NOR"] == "support"
    assert got["MKD"] == "support"
    assert got["PRT"] == "support"
    assert len([a for a, lab in got.items() if lab == "support"]) == 30
