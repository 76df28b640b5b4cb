"""Failure classes read from the first run of the fresh training split train9 (c01-c24, issue
13, twelfth stop): a headline whose comma joins two clauses ("... talks with US, France votes
no"), a legal case a state brings ("a case brought by Gambia"), staying out of a standing
structure ("will stay outside the integrated military command"), states led by one of them
("eight countries led by France backed ..."), signing or agreeing beside the others ("Greece,
which had blocked it for a decade, signed along with the other allies", "also signed"), and a
kind of measure named again after a second decision ("Russia has said the sanctions are
illegal").

Every sentence here is written for these tests (none is taken from the benchmark articles);
the expected stances are what a careful reader codes from the sentence alone, and each case
says why in its comment.  Negative cases check that nothing is guessed.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest
from drafted_labels import needs_spacy, stance_pairs

pytestmark = needs_spacy
DAY = dt.date(2016, 5, 17)
read = partial(stance_pairs, on=DAY)


# ------------------------------------------- a headline's comma joins two clauses, not a list


@pytest.mark.parametrize(
    "text, expected",
    [
        # "with Turkey" is what the deal is with; after the comma Hungary is the subject of a
        # finite "votes": its own clause, so Turkey takes no vote
        ("Council clears deal with Turkey, Hungary votes no", {("HUN", "oppose")}),
        # the same with a finite "abstains": Croatia abstains, Serbia (the talks' partner) not
        ("Talks with Serbia open, Croatia abstains", {("HRV", "abstain")}),
        # an absolute "with" clause keeps its participles: each list takes the vote after it
        (
            "The text passed, with Chile and Peru voting against and Mexico abstaining.",
            {("CHL", "oppose"), ("PER", "oppose"), ("MEX", "abstain")},
        ),
    ],
)
def test_with_then_a_finite_vote(text, expected):
    assert read(text) == expected


# ------------------------------------------------------ a case brought to court is no sponsorship


@pytest.mark.parametrize(
    "text, expected",
    [
        # Ecuador is a litigant against Colombia; the sentence says nothing of any council text
        ("The vote followed a lawsuit brought by Ecuador against Colombia.", set()),
        ("Weeks earlier, the complaint was brought by Ukraine.", set()),
        # a text brought by a state is still its text (sponsor: support)
        ("The resolution, brought by Ecuador, passed.", {("ECU", "support")}),
    ],
)
def test_legal_action_is_no_sponsorship(text, expected):
    assert read(text) == expected


# ----------------------------------------------- staying out of a standing structure


@pytest.mark.parametrize(
    "text, expected",
    [
        # outside the euro is where Sweden stands, whatever the decision: no abstention
        ("Sweden will stay outside the euro, its minister said.", set()),
        # Denmark's stance is the main verb's ("backed the plan"), not its euro opt-out
        ("Denmark, which will stay out of the eurozone, backed the plan.", {("DNK", "support")}),
        # staying out of the new scheme (what a decision sets up) is abstaining from it
        ("Ireland will stay outside the new scheme.", {("IRL", "abstain")}),
    ],
)
def test_staying_out_of_a_standing_structure(text, expected):
    assert read(text) == expected


# ---------------------------------------------------------------- states led by one of them


@pytest.mark.parametrize(
    "text, expected",
    [
        # the leader of the six is one of those that opposed
        ("Six countries led by Portugal opposed the plan.", {("PRT", "oppose")}),
        # set off by commas, two leaders
        (
            "A dozen states, led by Chile and Peru, backed the draft.",
            {("CHL", "support"), ("PER", "support")},
        ),
        # "headed by" says the same as "led by"
        ("A group of nine states headed by Ghana backed the draft.", {("GHA", "support")}),
        # leading a group in doing it: the leader does it
        ("Portugal led six countries in opposing the plan.", {("PRT", "oppose")}),
        # a delegation headed by a state's minister names no stance; leading talks is none
        ("The delegation headed by Ghana's minister arrived.", set()),
        ("Portugal led the talks in Lisbon.", set()),
    ],
)
def test_states_led_by_one_of_them(text, expected):
    assert read(text) == expected


# ------------------------------------------------------------------ signing beside the others


@pytest.mark.parametrize(
    "text, expected",
    [
        # signing with the other allies is signing what they sign: the decision
        ("Turkey signed alongside the other allies.", {("TUR", "support")}),
        # a past resistance in the relative clause gives way to the signature (the parser
        # loses the main verb here: "signed" read as a participle on "accord")
        (
            "Portugal, which had long resisted the accord, signed along with the others.",
            {("PRT", "support")},
        ),
        (
            (
                "Portugal, which for years had resisted the accord over its fishing rights, "
                "signed along with the other members."
            ),
            {("PRT", "support")},
        ),
        # signing with one state says nothing of what was signed
        ("Norway signed with Sweden.", set()),
        # a negated signature with the others is no support
        ("Hungary did not sign along with the other members.", set()),
        # "its partners" are the rest of the deciders too; "some allies" are not all of them
        ("Latvia signed along with its partners.", {("LVA", "support")}),
        ("Latvia signed along with some allies.", set()),
        # assenting beside the others: a past block in the relative clause gives way to it
        (
            "Romania, which had held up the bid for months, agreed along with the other allies.",
            {("ROU", "support")},
        ),
        # agreeing with the others that something is so is an opinion, not assent
        ("Romania agreed with the other allies that the plan was flawed.", set()),
        # "also signed" with nothing else: signing what the sentence before says was signed
        ("Estonia also signed.", {("EST", "support")}),
        ("Estonia signed too, its minister said.", {("EST", "support")}),
        # not signed (yet), or signing only on a condition: no stance
        ("Estonia has not signed too.", set()),
        ("Estonia would also sign if its demands were met.", set()),
    ],
)
def test_signing_beside_the_others(text, expected):
    assert read(text) == expected


# ------------------------------------- a kind of measure named again after a second decision

TWO_DECISIONS = """EU extends Iran sanctions and adopts migration pact

BRUSSELS, 17 May 2016 (Wire) - European Union leaders on Tuesday agreed that the sanctions on \
Iran's missile programme will stay in place for another year. Italy, which has criticised the \
sanctions, did not block the decision.

At the same summit, the leaders endorsed a new asylum system with shared reception centres. \
Spain welcomed the asylum system.

Iran said the sanctions were unjust.
"""


def test_sanctions_named_again_after_a_second_decision():
    # two decisions: the sanctions (named first) and the asylum system.  Iran's last sentence
    # is about "the sanctions" (oppose), not about the asylum system named just before it;
    # Spain welcomed the asylum system (support).  Italy's "did not block" is no stance of its
    # own (and no count is stated, so no one else gets one).
    from drafted_labels import labels_by_issue

    from concilium.text.draft import draft_scenario

    got = labels_by_issue(draft_scenario(TWO_DECISIONS, source="t.txt"), named_only=True)
    by_kind = {("sanctions" if "sanctions" in iid else "asylum"): v for iid, v in got.items()}
    assert by_kind == {"sanctions": {"IRN": "oppose"}, "asylum": {"ESP": "support"}}
